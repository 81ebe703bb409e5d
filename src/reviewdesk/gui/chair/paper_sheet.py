"""A paper sheet typed in by the chair for an assigned expert who scored on paper.

The form is the expert's own :class:`ScoringForm` (same editors, same checks as it is
typed, from the same ``validate_sheet``); here it keeps the sheet in memory instead of
autosaving a draft, and "Enter the sheet" hands it with the chair's note to the chair core,
which validates it exactly like a signed sheet and stores it marked "entered by the chair"
(signed by the chair's key at finalising). The core's problems are shown; nothing invalid
is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.scoring import ScoreSheet
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.chair import texts
from reviewdesk.gui.expert import common
from reviewdesk.gui.plain_text import plain_item_text
from reviewdesk.gui.scoring.scoring_form import ScoringForm
from reviewdesk.gui.scoring.texts import problem_text

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk

TODO_LINES = 6


class PaperSheetForm(ScoringForm):
    """The scoring form over a sheet held in memory (no draft autosave)."""

    def open_paper(self, template: Template, sheet: ScoreSheet) -> None:
        if template != self.template:
            self._build(template)
        self.sheet_id, self.template, self._sheet = None, template, sheet
        self._loaded_saved_at = None
        self._loading = True
        try:
            for key, editor in self.criteria.items():
                editor.load(sheet.scores.get(key), sheet.comments.get(key, ""))
            claims = {claim.item: claim for claim in sheet.vetoes}
            for key, veto in self.vetoes.items():
                veto.load(claims.get(key))
            self.opinion.setPlainText(sheet.overall_opinion)
        finally:
            self._loading = False
        for editor in self.criteria.values():
            editor.set_read_only(False)
        for veto in self.vetoes.values():
            veto.set_read_only(False)
        self.opinion.setReadOnly(False)
        self.summary.revise.setVisible(False)
        self._refresh()
        self._show_save_state()

    def _save(self, key: str, function: object, *args: object) -> None:
        """Kept in the form; the chair core stores it when the chair enters the sheet."""

    def _show_save_state(self) -> None:
        self.summary.show_saving(
            None,
            self.tr("Entered by the chair: stored when you press “Enter the sheet”"),
        )


class PaperSheetDialog(QDialog):
    entered = Signal()

    def __init__(
        self,
        desk: ChairDesk,
        applicant: str | None = None,
        expert: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chairPaperSheetDialog")
        self.desk = desk
        self.info = desk.info()
        self.names = {e.keyid: e.name for e in self.info.experts}
        self.applicant_combo = QComboBox(self)
        self.expert_combo = QComboBox(self)
        self.note = QLineEdit(self)
        self.mark = QLabel(self)
        self.mark.setWordWrap(True)
        self.form = PaperSheetForm(desk.db, self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.error = common.ErrorLine(QLabel(self), QPushButton(self))
        self.enter_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.applicant_label = QLabel(self)
        self.expert_label = QLabel(self)
        self.note_label = QLabel(self)
        self.applicant_label.setBuddy(self.applicant_combo)
        self.expert_label.setBuddy(self.expert_combo)
        self.note_label.setBuddy(self.note)
        top = QFormLayout()
        top.addRow(self.applicant_label, self.applicant_combo)
        top.addRow(self.expert_label, self.expert_combo)
        top.addRow(self.note_label, self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error.label, 1)
        buttons.addWidget(self.error.button)
        buttons.addStretch(0)
        buttons.addWidget(self.enter_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mark)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        for combo in (self.applicant_combo, self.expert_combo):  # a long name never widens
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)
        for entry in self.info.applicants:
            self.applicant_combo.addItem(plain_item_text(f"{entry.ref}  {entry.name}"), entry.ref)
        if applicant is not None:
            self.applicant_combo.setCurrentIndex(max(0, self.applicant_combo.findData(applicant)))
        self.applicant_combo.currentIndexChanged.connect(self._applicant_chosen)
        self.expert_combo.currentIndexChanged.connect(self._load)
        self.enter_button.clicked.connect(self.enter)
        self.close_button.clicked.connect(self.close)
        self._retranslate()
        self._applicant_chosen()
        if expert is not None:
            self.expert_combo.setCurrentIndex(max(0, self.expert_combo.findData(expert)))
        # The to-do list shows six lines (the expert's form shows four beside a long sheet):
        # here it is what the chair works down while typing a paper sheet in.
        todo = self.form.problem_list
        row = max(todo.fontMetrics().lineSpacing(), todo.iconSize().height()) + 2
        todo.setFixedHeight(row * TODO_LINES + 2 * todo.frameWidth() + 4)
        char = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().lineSpacing()
        self.resize(char * 100, line * 40)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Paper sheet entered by the chair"))
        self.mark.setText(
            self.tr(
                "For an assigned expert who scored on paper. The sheet is checked exactly like "
                "a signed one, marked everywhere as “entered by the chair” with your note, and "
                "signed with your key when the panel is finalised."
            )
        )
        self.applicant_label.setText(self.tr("&Applicant:"))
        self.expert_label.setText(self.tr("&Expert:"))
        self.note_label.setText(self.tr("Chair's &note:"))
        self.note.setPlaceholderText(
            self.tr("e.g. paper sheet handed in at the meeting, signed by the expert")
        )
        self.enter_button.setText(self.tr("E&nter the sheet"))
        self.close_button.setText(self.tr("&Close"))

    def _applicant_chosen(self, *_args: Any) -> None:
        ref = self.applicant_combo.currentData()
        self.expert_combo.blockSignals(True)
        self.expert_combo.clear()
        for expert in self.desk.assigned_experts(ref):
            self.expert_combo.addItem(plain_item_text(self.names.get(expert, expert[:16])), expert)
        self.expert_combo.blockSignals(False)
        self._load()

    def _load(self, *_args: Any) -> None:
        ref, expert = self.applicant_combo.currentData(), self.expert_combo.currentData()
        if ref is None or expert is None:
            return
        held = [
            h for h in self.desk.held_sheets(ref)
            if h.entered_by_chair and h.sheet.expert_id == expert
        ]  # fmt: skip
        sheet = held[-1].sheet if held else ScoreSheet(expert_id=expert, applicant_id=ref)
        if held:
            self.note.setText(held[-1].chair_note)
        self.form.open_paper(self.info.template, sheet)
        self.problems.clear()
        self.error.clear()

    def enter(self) -> bool:
        """Hand the sheet to the core; True when it was stored."""
        sheet = self.form.sheet()
        if sheet is None:
            return False
        try:
            problems = self.desk.enter_paper_sheet(sheet, self.note.text())
        except Exception as error:  # refused by the core (e.g. no note, not assigned)
            self.error.show(error)
            return False
        self.error.clear()
        if problems:
            lines = [problem_text(self.info.template, p) for p in problems]
            # The form's to-do list (six lines, each a link to its place) shows the same
            # checks; only what it does not show is listed here, so the buttons stay on
            # screen however many things are missing.
            listed = {
                self.form.problem_list.item(row).text()
                for row in range(self.form.problem_list.count())
            }
            extra = [line for line in lines if plain_item_text(line) not in listed]
            self.problems.setText(
                "\n".join(
                    [
                        self.tr(
                            "Not entered — the sheet is not complete: {count} matters, "
                            "listed under “Still to do”."
                        ).format(count=len(lines))
                    ]
                    + [f"{texts.ALARM_MARK} {line}" for line in extra]
                )
            )
            self.problems.setToolTip("\n".join(lines))
            return False
        self.problems.setToolTip("")
        self.problems.setText(
            self.tr("{mark} Entered for {expert} (entered by the chair).").format(
                mark=texts.DONE_MARK, expert=self.expert_combo.currentText()
            )
        )
        self.entered.emit()
        return True
