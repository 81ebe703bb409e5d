"""The veto items (一票否决): a tick and the evidence for each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QStyle, QVBoxLayout, QWidget

from reviewdesk.core.formats.text_rules import escape_for_display
from reviewdesk.core.scoring import Problem, ProblemCode, VetoClaim
from reviewdesk.core.templates.model import VetoItem
from reviewdesk.gui.plain_text import keep_narrow, plain_tooltip, set_plain
from reviewdesk.gui.scoring.criterion_editor import Notice, plain_text_edit
from reviewdesk.gui.scoring.texts import pick, veto_label

EVIDENCE_LINES = 2


class VetoEditor(QWidget):
    """One veto item. The evidence is kept while unticked, so ticking again restores it."""

    changed = Signal(str, bool, str)  # item key, claimed, evidence
    fieldLeft = Signal(str)  # "veto:KEY"

    def __init__(self, item: VetoItem, parent: QWidget | None = None, *, number: int = 0) -> None:
        super().__init__(parent)
        self.item = item
        self.number = number  # its place on the form, 1..n (keys may skip: V1 V2 V3 V5)
        self._loading = False
        self.check = QCheckBox(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.evidence = plain_text_edit(EVIDENCE_LINES, self)
        self.evidence.hide()  # shown once ticked
        self.notice = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        # The rest lines up with the check box's text, so it reads as part of the item.
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        indent += self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        details = QVBoxLayout()
        details.setContentsMargins(indent, 0, 0, 0)
        details.addWidget(self.description)
        details.addWidget(self.evidence)
        details.addWidget(self.notice)
        layout.addLayout(details)
        self.check.toggled.connect(self._toggled)
        self.evidence.textChanged.connect(self._evidence_edited)
        self.evidence.installEventFilter(self)
        self.retranslate()

    def load(self, claim: VetoClaim | None) -> None:
        self._loading = True
        try:
            self.check.setChecked(claim is not None)
            self.evidence.setPlainText("" if claim is None else claim.evidence)
            self.evidence.setVisible(claim is not None)
        finally:
            self._loading = False

    def claim(self) -> VetoClaim | None:
        if not self.check.isChecked():
            return None
        return VetoClaim(self.item.key, self.evidence.toPlainText())

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.evidence.setReadOnly(read_only)

    def show_problems(self, problems: list[Problem]) -> None:
        missing = any(p.code is ProblemCode.VETO_WITHOUT_EVIDENCE for p in problems)
        self.notice.show_text(self.tr("Give the evidence for this veto item.") if missing else "")

    def retranslate(self) -> None:
        name = veto_label(self.number, self.item.key, pick(self.item.name))
        shown = escape_for_display(name)
        self.check.setText(shown.replace("&", "&&"))  # "S&T" is not a keyboard shortcut
        self.check.setToolTip(plain_tooltip(name) if len(name) > 80 else "")
        keep_narrow(self.check)
        self.check.setAccessibleName(self.tr("Veto item {item}").format(item=name))
        set_plain(self.description, pick(self.item.description))
        self.check.setAccessibleDescription(pick(self.item.description))
        self.evidence.setPlaceholderText(self.tr("Evidence: what in the materials shows this"))
        self.evidence.setAccessibleName(self.tr("{item} evidence").format(item=name))

    def _toggled(self, checked: bool) -> None:
        self.evidence.setVisible(checked)
        if not self._loading:
            self.changed.emit(self.item.key, checked, self.evidence.toPlainText())
            if checked:
                self.evidence.setFocus()

    def _evidence_edited(self) -> None:
        if not self._loading and self.check.isChecked():
            self.changed.emit(self.item.key, True, self.evidence.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.evidence and event.type() == QEvent.Type.FocusOut:
            self.fieldLeft.emit(f"veto:{self.item.key}")
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
