"""The expert's scoring form for one applicant, generated from its template.

Every edit updates the form's copy of the sheet at once (problems, total, grade and stage are
asked from the core on each change) and is saved through ``core.expert.sheets`` by
the :class:`Autosaver`: text after a short pause or when the field is left, ticks at once.
The "saved" line says saved only after the commit returned.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.sheets import SheetId, Stage
from reviewdesk.core.scoring import (
    Problem,
    ProblemCode,
    ScoreSheet,
    VetoClaim,
    grade_for,
    running_total,
    sheet_grade,
    sheet_total,
    validate_sheet,
)
from reviewdesk.core.scoring.score_entry import score_text
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.plain_text import plain_item_text, plain_message_box, set_plain
from reviewdesk.gui.scoring.autosave import Autosaver
from reviewdesk.gui.scoring.criterion_editor import CriterionEditor, plain_text_edit
from reviewdesk.gui.scoring.summary_bar import SummaryBar
from reviewdesk.gui.scoring.texts import grade_label, pick, problem_text, saved_label, stage_label
from reviewdesk.gui.scoring.veto_editor import VetoEditor

OPINION_LINES = 6
PROBLEM_LINES = 4
ProblemRole = Qt.ItemDataRole.UserRole + 1


class ScoringForm(QWidget):
    """Open a sheet with :meth:`open_sheet`; close or switch only after :meth:`finish_saving`."""

    saved = Signal(object)  # core Saved, after its commit
    stageChanged = Signal(object)  # Stage of what the form shows, on every change
    revisionStarted = Signal(object)  # SheetId of the new revision after a submitted one

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sheet_id: SheetId | None = None
        self.template: Template | None = None
        self._sheet: ScoreSheet | None = None
        self._stage: Stage | None = None
        self._loaded_saved_at: datetime | None = None
        self.problems: list[Problem] = []
        self.criteria: dict[str, CriterionEditor] = {}
        self.vetoes: dict[str, VetoEditor] = {}

        self.autosaver = Autosaver(parent=self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.stateChanged.connect(self._show_save_state)
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: quitting must not drop the last keystrokes
            app.aboutToQuit.connect(self.finish_saving)

        self.summary = SummaryBar(self)
        self.summary.retry.clicked.connect(self.autosaver.retry)
        self.summary.revise.clicked.connect(self.start_revision)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.body)

        self.veto_box = QGroupBox(self.body)
        self.veto_layout = QVBoxLayout(self.veto_box)
        self.opinion_box = QGroupBox(self.body)
        self.opinion = plain_text_edit(OPINION_LINES, self.opinion_box)
        self.opinion.textChanged.connect(self._opinion_edited)
        self.opinion.installEventFilter(self)
        opinion_layout = QVBoxLayout(self.opinion_box)
        opinion_layout.addWidget(self.opinion)

        self.problem_box = QGroupBox(self)
        self.problem_list = QListWidget(self.problem_box)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.problem_list.setIconSize(QSize(icon, icon))
        rows = self.problem_list.fontMetrics().lineSpacing() * PROBLEM_LINES
        self.problem_list.setMaximumHeight(rows + 2 * self.problem_list.frameWidth() + 4)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)  # one click goes there
        self.problem_list.setWordWrap(True)  # a long line wraps: no sideways scrolling
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        problem_layout = QVBoxLayout(self.problem_box)
        problem_layout.addWidget(self.problem_list)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problem_box)
        self._loading = False
        self.retranslate()

    # Opening ------------------------------------------------------------------------------

    def open_sheet(self, sheet_id: SheetId) -> None:
        """Show a stored sheet (saving whatever the form still holds first)."""
        self.finish_saving()
        template = sheets.sheet_template(self.db, sheet_id)
        sheet = sheets.load_sheet(self.db, sheet_id)
        status = sheets.sheet_status(self.db, sheet_id)
        if template != self.template:
            self._build(template)
        self.sheet_id, self.template, self._sheet = sheet_id, template, sheet
        self._loaded_saved_at = None if status.stage is Stage.NOT_STARTED else status.saved_at
        self.autosaver.last_saved = None
        self._loading = True
        try:
            for key, editor in self.criteria.items():
                editor.load(sheet.scores.get(key), sheet.comments.get(key, ""))
            claims = {claim.item: claim for claim in sheet.vetoes}
            for key, veto in self.vetoes.items():
                veto.load(claims.get(key))
            self.opinion.setPlainText(sheet.overall_opinion)  # clears undo: not an edit
        finally:
            self._loading = False
        read_only = sheet.signed
        for editor in self.criteria.values():
            editor.set_read_only(read_only)
        for veto in self.vetoes.values():
            veto.set_read_only(read_only)
        self.opinion.setReadOnly(read_only)
        self.summary.revise.setVisible(read_only)
        self._refresh()
        self._show_save_state()

    def prepare(self, template: Template) -> None:
        """Build the editors for ``template`` ahead of ``open_sheet`` (while nothing is
        shown yet), so that opening a sheet later only fills them in."""
        if template != self.template:
            self._build(template)

    def finish_saving(self, timeout: float = 10.0) -> bool:
        """Commit every pending edit now (before closing or switching); True when saved."""
        return self.autosaver.finish(timeout)

    def sheet(self) -> ScoreSheet | None:
        """What the form shows, as the engine's sheet (saved or about to be)."""
        return self._sheet

    def start_revision(self) -> None:
        """Change a submitted sheet: its next revision opens, the signed one stays as it was."""
        if self.sheet_id is None:
            return
        try:
            new_id = sheets.start_new_revision(self.db, self.sheet_id)
        except Exception as exc:
            summary, details = error_message(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Scoring form"), summary, parent=self
            )
            box.setDetailedText(details)
            plain_message_box(box)
            box.open()
            return
        self.open_sheet(new_id)
        self.revisionStarted.emit(new_id)

    def _build(self, template: Template) -> None:
        for editor in [*self.criteria.values(), *self.vetoes.values()]:
            editor.setParent(None)
            editor.deleteLater()
        self.criteria.clear()
        self.vetoes.clear()
        while self.body_layout.count():
            self.body_layout.takeAt(0)
        self.template = template
        self.body_layout.addWidget(self.heading)
        for criterion in template.criteria:
            editor = CriterionEditor(criterion, self.body)
            editor.scoreChanged.connect(self._score_edited)
            editor.commentChanged.connect(self._comment_edited)
            editor.fieldLeft.connect(self.autosaver.flush)
            editor.typedProblemChanged.connect(lambda _key: self._refresh())
            self.criteria[criterion.key] = editor
            self.body_layout.addWidget(editor)
        for number, item in enumerate(template.veto_items, start=1):
            veto = VetoEditor(item, self.veto_box, number=number)
            veto.changed.connect(self._veto_edited)
            veto.fieldLeft.connect(self.autosaver.flush)
            self.vetoes[item.key] = veto
            self.veto_layout.addWidget(veto)
        self.body_layout.addWidget(self.veto_box)
        self.body_layout.addWidget(self.opinion_box)
        self.body_layout.addStretch(1)
        chain: list[QWidget] = []
        for editor in self.criteria.values():
            chain += [editor.score, editor.comment]
        for veto in self.vetoes.values():
            chain += [veto.check, veto.evidence]
        chain += [self.opinion, self.problem_list, self.summary.retry, self.summary.revise]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # Edits --------------------------------------------------------------------------------

    def _score_edited(self, key: str, value: Decimal | None) -> None:
        sheet = self._current()
        scores = dict(sheet.scores)
        scores[key] = value
        self._changed(replace(sheet, scores={k: v for k, v in scores.items() if v is not None}))
        self._save(f"score:{key}", sheets.save_criterion_score, key, value)

    def _comment_edited(self, key: str, text: str) -> None:
        sheet = self._current()
        comments = dict(sheet.comments)
        comments[key] = text
        self._changed(replace(sheet, comments=comments))
        self._save(f"comment:{key}", sheets.save_criterion_comment, key, text)

    def _veto_edited(self, item: str, claimed: bool, evidence: str) -> None:
        sheet = self._current()
        was_claimed = any(claim.item == item for claim in sheet.vetoes)
        vetoes = [claim for claim in sheet.vetoes if claim.item != item]
        if claimed:
            vetoes.append(VetoClaim(item, evidence))
        order = list(self.vetoes)
        vetoes.sort(key=lambda claim: order.index(claim.item) if claim.item in order else 99)
        self._changed(replace(sheet, vetoes=tuple(vetoes)))
        # A tick is saved at once; typing the evidence waits for the pause like any text.
        self._save(f"veto:{item}", sheets.save_veto, item, claimed, evidence)
        if claimed != was_claimed:
            self.autosaver.flush(f"veto:{item}")

    def _opinion_edited(self) -> None:
        if self._loading or self._sheet is None:
            return
        text = self.opinion.toPlainText()
        self._changed(replace(self._current(), overall_opinion=text))
        self._save("opinion", sheets.save_overall_opinion, text)

    def _save(self, key: str, function: object, *args: object) -> None:
        assert self.sheet_id is not None and callable(function)
        self.autosaver.edit(key, partial(function, self.db, self.sheet_id, *args))

    def _current(self) -> ScoreSheet:
        assert self._sheet is not None, "open_sheet first"
        return self._sheet

    def _changed(self, sheet: ScoreSheet) -> None:
        self._sheet = sheet
        self._refresh()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.opinion and event.type() == QEvent.Type.FocusOut:
            self.autosaver.flush("opinion")
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # Showing what the core says -----------------------------------------------------------

    def _refresh(self) -> None:
        template, sheet = self.template, self._sheet
        if template is None or sheet is None:
            return
        self.problems = validate_sheet(template, sheet)
        for key, editor in self.criteria.items():
            editor.show_problems([p for p in self.problems if p.criterion == key])
        for key, veto in self.vetoes.items():
            veto.show_problems([p for p in self.problems if p.veto_item == key])
        total = sheet_total(template, sheet)
        shown = running_total(template, sheet) if total is None else total
        self.summary.total.setText(
            self.tr("Total {total} of {max}").format(
                total=score_text(shown), max=score_text(template.total_points)
            )
        )
        if sheet.vetoes:  # a claimed veto: the sheet says 不合格 (the chair decides)
            grade = sheet_grade(template, total, True)
            assert grade is not None
            self.summary.grade.setText(
                self.tr("Grade: {grade} (veto claimed)").format(grade=grade_label(grade))
            )
        elif total is None:
            self.summary.grade.setText(self.tr("Grade: when every criterion has a score"))
        else:
            self.summary.grade.setText(
                self.tr("Grade: {grade}").format(grade=grade_label(grade_for(template, total)))
            )
        stage = sheets.stage_of(template, sheet)
        self.summary.stage.setText(
            self.tr("Status: {stage}").format(stage=stage_label(stage, sheet.revision))
        )
        self._show_problem_list()
        if stage is not self._stage:
            self._stage = stage
            self.stageChanged.emit(stage)

    def typed_problems(self) -> dict[str, Problem]:
        """Score boxes whose text is not a score, by criterion: why (the core's problem).
        Such a box holds no score, so ``problems`` lists its score as missing."""
        typed = {key: editor.score.typed_problem() for key, editor in self.criteria.items()}
        return {key: problem for key, problem in typed.items() if problem is not None}

    def _show_problem_list(self) -> None:
        assert self.template is not None
        self.problem_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        typed = self.typed_problems()
        for problem in self.problems:
            shown = problem
            if problem.code is ProblemCode.MISSING_SCORE and problem.criterion in typed:
                shown = typed[problem.criterion]  # "35: at most 30 points", not "no score"
            item = QListWidgetItem(icon, plain_item_text(problem_text(self.template, shown)))
            item.setData(ProblemRole, problem)  # the sheet's problem: what the submit check names
            self.problem_list.addItem(item)
        if not self.problems:
            done = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.problem_list.addItem(
                QListWidgetItem(done, self.tr("Nothing is missing: the sheet is complete."))
            )
        self.problem_box.setTitle(
            self.tr("Still to do ({count})").format(count=len(self.problems))
            if self.problems
            else self.tr("Still to do")
        )

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        problem = item.data(ProblemRole)
        if not isinstance(problem, Problem):
            return
        target: QWidget = self.opinion
        if problem.criterion in self.criteria:
            editor = self.criteria[problem.criterion]
            wants_comment = problem.code is ProblemCode.COMMENT_REQUIRED
            target = editor.comment if wants_comment else editor.score
        elif problem.veto_item in self.vetoes:
            veto = self.vetoes[problem.veto_item]
            target = veto.evidence if veto.check.isChecked() else veto.check
        self.scroll_area.ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, _key: str, saved: sheets.Saved) -> None:
        self.saved.emit(saved)

    def _show_save_state(self) -> None:
        saver = self.autosaver
        if saver.error is not None:
            reason, details = error_message(saver.error)
            self.summary.show_saving(
                QStyle.StandardPixmap.SP_MessageBoxCritical,
                self.tr("Not saved: {reason}").format(reason=reason),
                details,
                retry=True,
            )
        elif saver.busy:
            self.summary.show_saving(QStyle.StandardPixmap.SP_BrowserReload, self.tr("Saving…"))
        elif saver.last_saved is not None:
            text = saved_label(saver.last_saved.saved_at)
            self.summary.show_saving(QStyle.StandardPixmap.SP_DialogApplyButton, text)
        elif self._loaded_saved_at is not None:
            text = saved_label(self._loaded_saved_at)
            self.summary.show_saving(QStyle.StandardPixmap.SP_DialogApplyButton, text)
        else:
            self.summary.show_saving(None, self.tr("Nothing entered yet"))

    # Language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.summary.retranslate()
        if self.template is not None:
            set_plain(self.heading, pick(self.template.name))
        self.veto_box.setTitle(self.tr("Veto items: tick only with evidence"))
        rules = self.template.comment_rules if self.template else None
        if rules is not None and rules.overall_opinion_required:
            self.opinion_box.setTitle(self.tr("Overall opinion (required)"))
        else:
            self.opinion_box.setTitle(self.tr("Overall opinion"))
        self.opinion.setAccessibleName(self.tr("Overall opinion"))
        self.opinion.setPlaceholderText(
            self.tr("Your overall opinion of the applicant: strengths, weaknesses, advice")
        )
        self.problem_list.setAccessibleName(self.tr("What is still missing"))
        self._refresh()
        self._show_save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_saving()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
