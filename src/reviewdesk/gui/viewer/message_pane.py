"""What the viewer shows instead of a document: a wait, an error, a type it cannot show."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.plain_text import set_plain


class MessagePane(QWidget):
    """A title, a sentence, optional technical details behind a toggle, optional busy bar.

    The words come from the viewer (already translated); this pane only lays them out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)  # relative: follows the user's font size
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: decryption reports no steps
        self.busy.setTextVisible(False)
        self.details_button = QPushButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.details_button.toggled.connect(self._toggle_details)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        heading = QHBoxLayout()
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.busy)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 3)
        layout.addStretch(2)
        self.show_message("", "")
        self._retranslate()

    def show_message(
        self, title: str, text: str, *, details: str = "", warning: bool = False, busy: bool = False
    ) -> None:
        set_plain(self.title, title, tooltip=False)  # titles quote attachment names
        self.title.setVisible(bool(title))
        set_plain(self.text, text, tooltip=False)
        self.text.setVisible(bool(text))
        self.busy.setVisible(busy)
        # An icon as well as words: the kind of message never rests on colour alone.
        style_icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        self.icon.setPixmap(self.style().standardIcon(style_icon).pixmap(size, size))
        self.icon.setVisible(bool(title) and not busy)
        self.icon.setAccessibleName(self.tr("Warning") if warning else self.tr("Information"))
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self._toggle_details(False)
        self.setAccessibleDescription(f"{title}\n{text}".strip())

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        text = self.tr("Hide details") if shown else self.tr("Show details")
        self.details_button.setText(text)
        self.details_button.setAccessibleName(text)

    def _retranslate(self) -> None:
        self.busy.setAccessibleName(self.tr("Opening the attachment"))
        self.details.setAccessibleName(self.tr("Technical details"))
        self._toggle_details(self.details_button.isChecked())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
