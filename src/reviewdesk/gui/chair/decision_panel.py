"""Deciding one applicant: resolve each flag with a note, confirm or dismiss each veto claim
with a reason, accept the computed grade or override it (the reason is the core's to demand),
the recognition recommendation, and the panel opinion (专家组意见, saved after a pause).

Every control calls the chair core and shows what it answers: the refreshed result, a
refused decision (its ``DecisionProblem``) or an error sentence. No rule lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.scoring import FlagKind, VetoVerdict
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.matrix_model import MatrixRow
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk

FlagRole = Qt.ItemDataRole.UserRole + 1
OPINION_PAUSE_MS = 800


def _plain_edit(lines: int, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on: every screen works from the keyboard
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class DecisionPanel(QWidget):
    decided = Signal(str)  # applicant ref: the core recorded something, refresh the matrix

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: ChairDesk | None = None
        self.template: Template | None = None
        self.row: MatrixRow | None = None
        self.names: dict[str, str] = {}
        self._loading = False

        body = QWidget()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.error.font()
        bold.setBold(True)
        self.error.setFont(bold)
        self.error.hide()

        # Flags
        self.flag_box = QGroupBox(body)
        self.flag_list = QListWidget(self.flag_box)
        self.flag_list.setWordWrap(True)
        self.flag_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.flag_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.flag_list.currentItemChanged.connect(self._flag_chosen)
        self.flag_note = _plain_edit(3, self.flag_box)
        self.flag_save = QPushButton(self.flag_box)
        self.flag_save.clicked.connect(self.save_flag_note)
        flag_layout = QVBoxLayout(self.flag_box)
        flag_layout.addWidget(self.flag_list)
        self.flag_note_label = QLabel(self.flag_box)
        self.flag_note_label.setBuddy(self.flag_note)
        flag_layout.addWidget(self.flag_note_label)
        flag_layout.addWidget(self.flag_note)
        flag_row = QHBoxLayout()
        flag_row.addStretch(1)
        flag_row.addWidget(self.flag_save)
        flag_layout.addLayout(flag_row)

        # Vetoes
        self.veto_box = QGroupBox(body)
        self.veto_item = QComboBox(self.veto_box)
        self.veto_item.setSizeAdjustPolicy(  # a template's long veto label never widens
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.veto_item.setMinimumContentsLength(16)
        self.veto_item.currentIndexChanged.connect(self._veto_chosen)
        self.veto_claims = QLabel(self.veto_box)
        self.veto_claims.setTextFormat(Qt.TextFormat.PlainText)
        self.veto_claims.setWordWrap(True)
        self.veto_verdict = QComboBox(self.veto_box)
        self.veto_reason = QLineEdit(self.veto_box)
        self.veto_save = QPushButton(self.veto_box)
        self.veto_save.clicked.connect(self.save_veto)
        veto_form = QFormLayout(self.veto_box)
        self.veto_item_label = QLabel(self.veto_box)
        self.veto_verdict_label = QLabel(self.veto_box)
        self.veto_reason_label = QLabel(self.veto_box)
        self.veto_item_label.setBuddy(self.veto_item)
        self.veto_verdict_label.setBuddy(self.veto_verdict)
        self.veto_reason_label.setBuddy(self.veto_reason)
        veto_form.addRow(self.veto_item_label, self.veto_item)
        veto_form.addRow(self.veto_claims)
        veto_form.addRow(self.veto_verdict_label, self.veto_verdict)
        veto_form.addRow(self.veto_reason_label, self.veto_reason)
        veto_form.addRow(self.veto_save)

        # Grade
        self.grade_box = QGroupBox(body)
        self.computed = QLabel(self.grade_box)
        self.computed.setWordWrap(True)
        self.computed.setTextFormat(Qt.TextFormat.PlainText)
        self.grade_choice = QComboBox(self.grade_box)
        self.grade_reason = _plain_edit(2, self.grade_box)
        self.grade_save = QPushButton(self.grade_box)
        self.grade_save.clicked.connect(self.save_grade)
        self.grade_choice_label = QLabel(self.grade_box)
        self.grade_reason_label = QLabel(self.grade_box)
        self.grade_choice_label.setBuddy(self.grade_choice)
        self.grade_reason_label.setBuddy(self.grade_reason)
        grade_form = QFormLayout(self.grade_box)
        grade_form.addRow(self.computed)
        grade_form.addRow(self.grade_choice_label, self.grade_choice)
        grade_form.addRow(self.grade_reason_label, self.grade_reason)
        grade_form.addRow(self.grade_save)
        self.rec_choice = QComboBox(self.grade_box)
        self.rec_reason = QLineEdit(self.grade_box)
        self.rec_save = QPushButton(self.grade_box)
        self.rec_save.clicked.connect(self.save_recommendation)
        self.rec_choice_label = QLabel(self.grade_box)
        self.rec_choice_label.setBuddy(self.rec_choice)
        self.rec_reason_label = QLabel(self.grade_box)
        self.rec_reason_label.setBuddy(self.rec_reason)
        grade_form.addRow(self.rec_choice_label, self.rec_choice)
        grade_form.addRow(self.rec_reason_label, self.rec_reason)
        grade_form.addRow(self.rec_save)

        # Problems the core reported, and the panel opinion
        self.problems = QLabel(body)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.opinion_box = QGroupBox(body)
        self.opinion = _plain_edit(6, self.opinion_box)
        self.opinion.textChanged.connect(self._opinion_edited)
        self.opinion.installEventFilter(self)
        self.opinion_state = QLabel(self.opinion_box)
        opinion_layout = QVBoxLayout(self.opinion_box)
        opinion_layout.addWidget(self.opinion)
        opinion_layout.addWidget(self.opinion_state)
        self._opinion_timer = QTimer(self)
        self._opinion_timer.setSingleShot(True)
        self._opinion_timer.setInterval(OPINION_PAUSE_MS)
        self._opinion_timer.timeout.connect(self.save_opinion)

        layout = QVBoxLayout(body)
        layout.addWidget(self.problems)
        layout.addWidget(self.flag_box)
        layout.addWidget(self.veto_box)
        layout.addWidget(self.grade_box)
        layout.addWidget(self.opinion_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.error)
        outer.addWidget(self.scroll_area, 1)
        self.retranslate()
        self.show_row(None, None, None, {})

    # Showing -----------------------------------------------------------------------------

    def show_row(
        self,
        desk: ChairDesk | None,
        template: Template | None,
        row: MatrixRow | None,
        names: dict[str, str],
    ) -> None:
        """Show the decisions of ``row`` (keeps what is being typed for the same flag)."""
        same = self.row is not None and row is not None and self.row.ref == row.ref
        if not same:
            # A refusal belongs to the applicant it was about: gone when the chair moves on,
            # unless saving the opinion of the applicant being left is itself refused.
            self.error.hide()
            leaving = self.row
            if not self.save_opinion() and leaving is not None and not self.error.isHidden():
                refusal = self.error.text().removeprefix(texts.ALARM_MARK).strip()
                set_plain(self.error, f"{texts.ALARM_MARK} {leaving.ref} · {refusal}",
                          tooltip=False)  # fmt: skip
        chosen_flag = self._current_flag_id() if same else None
        self.desk, self.template, self.row, self.names = desk, template, row, names
        self._loading = True
        try:
            self._fill(chosen_flag, keep_text=same)
        finally:
            self._loading = False
        self.setEnabled(row is not None)

    def _fill(self, chosen_flag: str | None, *, keep_text: bool) -> None:
        row = self.row
        self.flag_list.clear()
        self.veto_item.clear()
        if row is None:
            self.computed.clear()
            self.problems.clear()
            if not keep_text:
                self.opinion.clear()
            return
        result = row.result
        for flag in result.flags:
            if flag.kind is FlagKind.UNDECIDED_VETO:
                continue  # settled in the veto box, by a verdict
            name = self.names.get(flag.expert_id or "", "")
            item = QListWidgetItem(plain_item_text(texts.flag_line(flag, name, self.template)))
            item.setData(FlagRole, flag.id)
            if flag.resolved:
                item.setToolTip(plain_tooltip(flag.resolution or ""))
            self.flag_list.addItem(item)
            if flag.id == chosen_flag:
                self.flag_list.setCurrentItem(item)
        if self.flag_list.count() and self.flag_list.currentItem() is None:
            first_open = next(
                (i for i in range(self.flag_list.count())
                 if self.flag_list.item(i).text().startswith(texts.OPEN_MARK)),
                0,
            )  # fmt: skip
            self.flag_list.setCurrentRow(first_open)
        self._flag_chosen()
        self.flag_box.setTitle(self.tr("Flags ({n})").format(n=self.flag_list.count()))
        self.flag_box.setVisible(self.flag_list.count() > 0)
        for veto in result.vetoes:
            title = self._veto_title(veto.item)
            self.veto_item.addItem(plain_item_text(title), veto.item)
            last = self.veto_item.count() - 1  # the box elides a long label: whole here
            self.veto_item.setItemData(last, plain_tooltip(title), Qt.ItemDataRole.ToolTipRole)
        self.veto_box.setVisible(bool(result.vetoes))
        self._veto_chosen()
        self.computed.setText(
            self.tr("Computed: {computed}. Decided: {decided}.").format(
                computed=texts.grade_text(result.computed_grade),
                decided=texts.decided_grade_text(result),
            )
        )
        override = result.grade_override
        self.grade_choice.setCurrentIndex(
            0 if override is None else self.grade_choice.findData(override.grade.value)
        )
        if not keep_text:
            self.grade_reason.setPlainText("" if override is None else override.reason)
        recognition = self.template is not None and self.template.recognition_threshold is not None
        for widget in (self.rec_choice, self.rec_reason, self.rec_save, self.rec_choice_label,
                       self.rec_reason_label):  # fmt: skip
            widget.setVisible(recognition)
        if recognition:
            rec = result.recommendation_override
            self.rec_choice.setCurrentIndex(
                0 if rec is None else self.rec_choice.findData(rec.recommendation.value)
            )
            if not keep_text:
                self.rec_reason.setText("" if rec is None else rec.reason)
        problems = [texts.problem_label(p) + f" ({p.subject})" for p in result.decision_problems]
        set_plain(self.problems, "\n".join(f"{texts.ALARM_MARK} {p}" for p in problems))
        self.problems.setVisible(bool(problems))
        if not keep_text:
            self.opinion.setPlainText(row.panel_opinion)
            self.opinion_state.setText(
                self.tr("Saved") if row.panel_opinion else self.tr("Nothing written yet")
            )

    def _veto_title(self, item: str) -> str:
        if self.template is not None:
            try:
                return f"{item} {texts.pick(self.template.veto_item(item).name)}"
            except KeyError:
                pass
        return item

    def _current_flag_id(self) -> str | None:
        item = self.flag_list.currentItem()
        return None if item is None else str(item.data(FlagRole))

    def _flag_chosen(self, *_args: Any) -> None:
        flag_id = self._current_flag_id()
        flag = self._flag(flag_id)
        self.flag_note.setPlainText("" if flag is None else (flag.resolution or ""))
        self.flag_note.setEnabled(flag is not None)
        self.flag_save.setEnabled(flag is not None)

    def _flag(self, flag_id: str | None) -> Any:
        if self.row is None or flag_id is None:
            return None
        return next((f for f in self.row.result.flags if f.id == flag_id), None)

    def _veto_chosen(self, *_args: Any) -> None:
        self.veto_item.setToolTip(self.veto_item.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        veto = self._veto()
        if veto is None:
            self.veto_claims.clear()
            return
        claims = [
            self.tr("{name}: {evidence}").format(
                name=self.names.get(expert, expert[:16]), evidence=evidence
            )
            for expert, evidence in sorted(veto.claims.items())
        ]
        set_plain(self.veto_claims, "\n".join(claims))  # experts' evidence: file text
        decision = veto.decision
        self.veto_verdict.setCurrentIndex(
            0 if decision is None else self.veto_verdict.findData(decision.verdict.value)
        )
        self.veto_reason.setText("" if decision is None else decision.reason)

    def _veto(self) -> Any:
        if self.row is None:
            return None
        item = self.veto_item.currentData()
        return next((v for v in self.row.result.vetoes if v.item == item), None)

    def select_flag(self, flag_id: str) -> bool:
        """Bring a flag (from the missing list) into view; False when it is not listed."""
        for i in range(self.flag_list.count()):
            if self.flag_list.item(i).data(FlagRole) == flag_id:
                self.flag_list.setCurrentRow(i)
                self.scroll_area.ensureWidgetVisible(self.flag_note)
                self.flag_note.setFocus()
                return True
        return False

    def select_veto(self, item: str) -> bool:
        index = self.veto_item.findData(item)
        if index < 0:
            return False
        self.veto_item.setCurrentIndex(index)
        self.scroll_area.ensureWidgetVisible(self.veto_reason)
        self.veto_verdict.setFocus()
        return True

    def focus_grade(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.grade_reason)
        self.grade_choice.setFocus()

    # Asking the core ---------------------------------------------------------------------

    def _ask(self, call: Callable[[ChairDesk, str], None]) -> bool:
        desk, row = self.desk, self.row
        if desk is None or row is None:
            return False
        try:
            call(desk, row.ref)
        except Exception as error:  # the core's refusal, worded; nothing was recorded
            summary, details = error_message(error)
            set_plain(self.error, f"{texts.ALARM_MARK} {summary}", tooltip=False)
            self.error.setToolTip(plain_tooltip(details))
            self.error.show()
            return False
        self.error.hide()
        self.decided.emit(row.ref)
        return True

    def save_flag_note(self) -> bool:
        flag_id = self._current_flag_id()
        if flag_id is None:
            return False
        note = self.flag_note.toPlainText()
        return self._ask(lambda desk, ref: desk.resolve_flag(ref, flag_id, note))

    def save_veto(self) -> bool:
        item = self.veto_item.currentData()
        if item is None:
            return False
        data = self.veto_verdict.currentData()
        verdict = None if not data else VetoVerdict(data)
        reason = self.veto_reason.text()
        return self._ask(lambda desk, ref: desk.decide_veto(ref, item, verdict, reason))

    def save_grade(self) -> bool:
        data = self.grade_choice.currentData()
        reason = self.grade_reason.toPlainText()
        if not data:
            return self._ask(lambda desk, ref: desk.accept_grade(ref))
        grade = Grade(data)
        return self._ask(lambda desk, ref: desk.override_grade(ref, grade, reason))

    def save_recommendation(self) -> bool:
        data = self.rec_choice.currentData()
        rec = None if not data else Recommendation(data)
        reason = self.rec_reason.text()
        return self._ask(lambda desk, ref: desk.override_recommendation(ref, rec, reason))

    def _opinion_edited(self) -> None:
        if self._loading:
            return
        self.opinion_state.setText(self.tr("Typing…"))
        self._opinion_timer.start()

    def save_opinion(self) -> bool:
        """Save the panel opinion now if it changed (after a pause, on leaving the field,
        on switching applicant)."""
        self._opinion_timer.stop()
        row = self.row
        if row is None or self.desk is None:
            return False
        text = self.opinion.toPlainText()
        if text == row.panel_opinion:
            return True
        saved = self._ask(lambda desk, ref: desk.set_panel_opinion(ref, text))
        if saved:
            self.opinion_state.setText(self.tr("Saved"))
        return saved

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.opinion and event.type() == QEvent.Type.FocusOut:
            self.save_opinion()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # Language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.flag_box.setTitle(self.tr("Flags"))
        self.flag_note_label.setText(self.tr("&Write a note resolving the chosen flag:"))
        self.flag_save.setText(self.tr("Reco&rd the note"))
        self.flag_list.setAccessibleName(self.tr("Flags of this applicant"))
        self.veto_box.setTitle(self.tr("Veto claims"))
        self.veto_item_label.setText(self.tr("Veto i&tem:"))
        self.veto_verdict_label.setText(self.tr("&Verdict:"))
        self.veto_reason_label.setText(self.tr("Rea&son:"))
        self.veto_save.setText(self.tr("Record the verdi&ct"))
        self.veto_verdict.clear()
        self.veto_verdict.addItem(self.tr("Not decided"), "")
        self.veto_verdict.addItem(self.tr("Confirm: the applicant is Unqualified"), "confirmed")
        self.veto_verdict.addItem(self.tr("Dismiss: the claim does not hold"), "dismissed")
        self.grade_box.setTitle(self.tr("Grade"))
        self.grade_choice_label.setText(self.tr("&Decision:"))
        self.grade_reason_label.setText(self.tr("Reason for an &override:"))
        self.grade_choice.clear()
        self.grade_choice.addItem(self.tr("Accept the computed grade"), "")
        for grade in Grade:
            self.grade_choice.addItem(
                self.tr("Override: {grade}").format(grade=texts.grade_label(grade)), grade.value
            )
        self.grade_save.setText(self.tr("Record the gr&ade decision"))
        self.rec_choice_label.setText(self.tr("R&ecommendation:"))
        self.rec_reason_label.setText(self.tr("Reason:"))
        self.rec_choice.clear()
        self.rec_choice.addItem(self.tr("Accept the computed recommendation"), "")
        for rec in Recommendation:
            self.rec_choice.addItem(texts.recommendation_label(rec), rec.value)
        self.rec_save.setText(self.tr("Record the recommendation"))
        self.opinion_box.setTitle(self.tr("Panel opinion (saved as you type)"))
        self.opinion.setAccessibleName(self.tr("Panel opinion"))
        if self.row is not None:
            self.show_row(self.desk, self.template, self.row, self.names)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
