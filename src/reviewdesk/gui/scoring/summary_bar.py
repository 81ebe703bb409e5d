"""The line above the form: total, grade, stage, and whether the last edit is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QStyle, QWidget

from reviewdesk.gui.flow_layout import FlowLayout


class SummaryBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.total = QLabel(self)
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.total.setFont(font)
        self.grade = QLabel(self)
        self.stage = QLabel(self)
        self.saving_icon = QLabel(self)
        self.saving = QLabel(self)
        self.saving.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self)
        self.retry.hide()
        self.revise = QPushButton(self)
        self.revise.hide()
        # A row that wraps (docs/UI.md): a longer status never widens the window.
        layout = FlowLayout(self)
        for label in (self.total, self.grade, self.stage):
            layout.addWidget(label)
            layout.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        layout.addWidget(self.saving_icon)
        layout.addWidget(self.saving)
        layout.addWidget(self.retry)
        layout.addWidget(self.revise)
        self.retranslate()

    def show_saving(
        self,
        icon: QStyle.StandardPixmap | None,
        text: str,
        details: str = "",
        *,
        retry: bool = False,
    ) -> None:
        if icon is None:
            self.saving_icon.clear()
        else:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.saving_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.saving.setText(text)
        self.saving.setToolTip(details)
        self.saving.setAccessibleName(text)
        self.retry.setVisible(retry)

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Retry saving"))
        self.revise.setText(self.tr("Change scores (new revision)"))
        self.revise.setToolTip(
            self.tr("The submitted revision stays as signed; your changes become the next one.")
        )
