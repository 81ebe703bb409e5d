"""The expert's scoring form: inputs, live rules, autosave, undo, status (issue 4 items 5–7, 9)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from expert_setup import Seeded, seed_round
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.sheets import SheetId, Stage
from reviewdesk.core.scoring import VetoClaim
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.loader import find_template
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.scoring import ScoringForm

TEMPLATE = find_template("evaluation-enterprise")  # E1 25, E2 25, E3 15, E4 15, E5 10, E6 10
DIGEST = "ab" * 32


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "expert.sqlite3"


@pytest.fixture
def db(path: Path) -> Iterator[Database]:
    with Database.open(path=path) as database:
        yield database


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed_round(db, TEMPLATE)


@pytest.fixture
def sheet_id(db: Database, seeded: Seeded) -> SheetId:
    return sheets.ensure_sheet(db, seeded.round, seeded.expert, seeded.applicants[0])


@pytest.fixture
def form(qtbot, db: Database, sheet_id: SheetId, english: None) -> Iterator[ScoringForm]:  # type: ignore[no-untyped-def]
    widget = ScoringForm(db)
    qtbot.addWidget(widget)
    widget.open_sheet(sheet_id)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    assert widget.finish_saving()


def type_chinese(widget: QWidget, text: str) -> None:
    """What a Chinese input method sends (keyClicks with Chinese characters aborts)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_score(qtbot, form: ScoringForm, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = form.criteria[key].score
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def wait_saved(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not form.autosaver.busy, timeout=5000)
    assert form.summary.saving.text().startswith("Saved ")


def stored(db: Database, sheet_id: SheetId) -> sheets.ScoreSheet:  # type: ignore[name-defined]
    return sheets.load_sheet(db, sheet_id)


# The score input --------------------------------------------------------------------------


def test_a_score_off_the_step_or_above_the_maximum_is_kept_marked_and_not_saved(
    qtbot, form: ScoringForm
) -> None:  # type: ignore[no-untyped-def]
    edit = form.criteria["E1"].score  # max 25, step 0.5
    type_score(qtbot, form, "E1", "20.3")
    assert edit.text() == "20.3"  # kept as typed, never cut to 20
    assert not edit.hasAcceptableInput() and edit.value() is None
    type_score(qtbot, form, "E1", "20.5")
    assert edit.text() == "20.5" and edit.value() == Decimal("20.5")
    type_score(qtbot, form, "E1", "26")
    assert edit.text() == "26" and edit.value() is None  # not 2
    type_score(qtbot, form, "E1", "25.")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving completes "25." to 25: the same score
    assert edit.text() == "25" and edit.value() == Decimal("25")
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).scores["E1"] == Decimal("25")


def test_up_and_down_keys_step_by_the_template_step(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    edit = form.criteria["E3"].score  # max 15
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "0"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "1"
    type_score(qtbot, form, "E3", "14.5")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # never above the maximum
    assert edit.text() == "15"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "14.5" and edit.value() == Decimal("14.5")
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).scores["E3"] == Decimal("14.5")


def test_tab_goes_criterion_by_criterion_score_then_comment(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    e1, e2 = form.criteria["E1"], form.criteria["E2"]
    e1.score.setFocus()
    order = [e1.score]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [e1.score, e1.comment, e2.score, e2.comment]


def test_every_input_has_an_accessible_name_naming_its_criterion(form: ScoringForm) -> None:
    e1 = form.criteria["E1"]
    assert e1.score.accessibleName() == "E1 International R&D capacity score"
    assert e1.comment.accessibleName() == "E1 International R&D capacity comment"
    assert "steps of 0.5" in e1.score.accessibleDescription()
    for editor in form.criteria.values():
        assert editor.score.accessibleName() and editor.comment.accessibleName()
    for veto in form.vetoes.values():
        assert veto.check.accessibleName().startswith("Veto item ")
        assert veto.evidence.accessibleName()
    assert form.opinion.accessibleName() == "Overall opinion"


def test_criterion_texts_follow_the_language(qtbot, db: Database, sheet_id: SheetId) -> None:  # type: ignore[no-untyped-def]
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        widget = ScoringForm(db)
        qtbot.addWidget(widget)
        widget.open_sheet(sheet_id)
        assert widget.criteria["E1"].title.text() == "E1 国际研发能力"
        assert widget.criteria["E1"].score.accessibleName().startswith("E1 国际研发能力")
        assert widget.heading.text() == TEMPLATE.name.zh
    finally:
        QLocale.setDefault(previous)


# Rules shown live -------------------------------------------------------------------------


def test_the_comment_requirement_appears_as_a_low_score_is_typed_and_goes_with_a_comment(
    qtbot, form: ScoringForm
) -> None:  # type: ignore[no-untyped-def]
    e1 = form.criteria["E1"]
    assert e1.comment_notice.isHidden()
    type_score(qtbot, form, "E1", "1")  # 1 of 25: below 60 %, before any save
    assert e1.comment_notice.isVisible()
    assert e1.comment_notice.text.text() == "A comment is required: the score is below 15."
    assert e1.comment_notice.icon.pixmap() is not None  # an icon, not colour alone
    assert e1.comment_label.text() == "Comment (required)"
    qtbot.keyClicks(e1.score, "8")  # 18: an ordinary score
    assert e1.comment_notice.isHidden() and e1.comment_label.text() == "Comment"
    type_score(qtbot, form, "E1", "25")  # full marks: unusually high
    assert e1.comment_notice.text.text() == "A comment is required: the score is 22.5 or more."
    type_chinese(e1.comment, "连续三年主导国际标准")
    assert e1.comment_notice.isHidden()
    assert not any(p.criterion == "E1" for p in form.problems)


def test_total_and_grade_follow_every_score(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    assert form.summary.total.text() == "Total 0 of 100"
    type_score(qtbot, form, "E1", "22.5")
    assert form.summary.total.text() == "Total 22.5 of 100"
    assert form.summary.grade.text() == "Grade: when every criterion has a score"
    for key, text in (("E2", "22.5"), ("E3", "13.5"), ("E4", "13.5"), ("E5", "9"), ("E6", "9")):
        type_score(qtbot, form, key, text)
    assert form.summary.total.text() == "Total 90 of 100"
    assert form.summary.grade.text() == "Grade: Excellent"
    type_score(qtbot, form, "E6", "8.5")
    assert form.summary.total.text() == "Total 89.5 of 100"
    assert form.summary.grade.text() == "Grade: Good"


def test_a_ticked_veto_asks_for_evidence_and_keeps_it(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    veto = form.vetoes["V6"]
    assert veto.evidence.isHidden()
    veto.check.setFocus()
    qtbot.keyClick(veto.check, Qt.Key.Key_Space)
    assert veto.check.isChecked() and veto.evidence.isVisible()
    assert veto.notice.isVisible()
    type_chinese(veto.evidence, "2024年度报告未按时提交")
    assert veto.notice.isHidden()
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).vetoes == (VetoClaim("V6", "2024年度报告未按时提交"),)


def test_activating_a_problem_takes_the_cursor_to_its_field(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    type_score(qtbot, form, "E2", "3")
    item = next(
        form.problem_list.item(row)
        for row in range(form.problem_list.count())
        if form.problem_list.item(row).text().startswith("E2 ")
    )
    form.problem_list.itemActivated.emit(item)
    assert QApplication.focusWidget() is form.criteria["E2"].comment


# Autosave and undo --------------------------------------------------------------------------


def test_every_edit_is_saved_and_survives_reopening(qtbot, form: ScoringForm, path: Path) -> None:  # type: ignore[no-untyped-def]
    type_score(qtbot, form, "E1", "12")
    type_chinese(form.criteria["E1"].comment, "海外研发投入不足")
    type_score(qtbot, form, "E2", "20.5")
    form.vetoes["V5"].check.click()
    type_chinese(form.vetoes["V5"].evidence, "未见实质性合作")
    type_chinese(form.opinion, "总体良好。")
    wait_saved(qtbot, form)
    sheet_id = form.sheet_id
    form.db.close()
    with Database.open(path=path) as reopened:
        sheet = sheets.load_sheet(reopened, sheet_id)
    assert dict(sheet.scores) == {"E1": Decimal("12"), "E2": Decimal("20.5")}
    assert dict(sheet.comments) == {"E1": "海外研发投入不足"}
    assert sheet.vetoes == (VetoClaim("V5", "未见实质性合作"),)
    assert sheet.overall_opinion == "总体良好。"


def test_saved_is_only_said_after_the_commit(qtbot, form: ScoringForm, path: Path) -> None:  # type: ignore[no-untyped-def]
    seen_in_database: list[object] = []

    def check_committed(_saved: object) -> None:
        with sqlite3.connect(path) as other:  # what a fresh process would find
            seen_in_database.append(
                other.execute("SELECT score FROM sheet_scores WHERE criterion = 'E4'").fetchone()
            )

    form.saved.connect(check_committed)
    type_score(qtbot, form, "E4", "13")
    assert form.summary.saving.text() == "Saving…"
    wait_saved(qtbot, form)
    assert seen_in_database == [("13",)]


def test_a_text_field_is_saved_when_left_without_waiting_for_the_pause(
    qtbot, form: ScoringForm
) -> None:  # type: ignore[no-untyped-def]
    form.autosaver.delay_ms = 60_000  # only leaving the field can save it now
    comment = form.criteria["E3"].comment
    type_chinese(comment, "市场拓展明显")
    qtbot.keyClick(comment, Qt.Key.Key_Tab)
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).comments["E3"] == "市场拓展明显"


def test_undo_in_a_field_restores_the_previous_value_and_saves_it(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    e1 = form.criteria["E1"]
    type_score(qtbot, form, "E1", "20")
    wait_saved(qtbot, form)
    type_score(qtbot, form, "E1", "18")
    wait_saved(qtbot, form)
    qtbot.keyClick(e1.score, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert e1.score.text() == "20"
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).scores["E1"] == Decimal("20")

    qtbot.keyClick(e1.score, Qt.Key.Key_Up)  # stepping is undoable too
    qtbot.keyClick(e1.score, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert e1.score.text() == "20"

    type_chinese(e1.comment, "第一句。")
    type_chinese(e1.comment, "第二句。")
    qtbot.keyClick(e1.comment, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert e1.comment.toPlainText() == "第一句。"
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).comments["E1"] == "第一句。"


def test_loading_a_sheet_leaves_nothing_to_undo(
    qtbot, db: Database, sheet_id: SheetId, english: None
) -> None:  # type: ignore[no-untyped-def]
    sheets.save_criterion_score(db, sheet_id, "E1", Decimal("21"))
    sheets.save_criterion_comment(db, sheet_id, "E1", "stored comment")
    sheets.save_overall_opinion(db, sheet_id, "stored opinion")
    widget = ScoringForm(db)
    qtbot.addWidget(widget)
    widget.open_sheet(sheet_id)
    e1 = widget.criteria["E1"]
    assert e1.score.text() == "21" and e1.comment.toPlainText() == "stored comment"
    assert not e1.score.isUndoAvailable()
    assert not e1.comment.document().isUndoAvailable()
    assert not widget.opinion.document().isUndoAvailable()
    assert not widget.autosaver.busy  # loading is not an edit
    assert widget.summary.saving.text().startswith("Saved ")


# Status and revisions ---------------------------------------------------------------------


def fill_complete(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    for criterion in TEMPLATE.criteria:
        type_score(qtbot, form, criterion.key, str(criterion.max_points * 8 / 10))
    type_chinese(form.opinion, "建议保持基地资格。")


def test_status_goes_from_not_started_to_draft_to_complete(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    stages: list[Stage] = []
    form.stageChanged.connect(stages.append)
    assert form.summary.stage.text() == "Status: Not started"
    type_score(qtbot, form, "E1", "20")
    assert form.summary.stage.text() == "Status: Draft"
    fill_complete(qtbot, form)
    assert form.summary.stage.text() == "Status: Complete, not submitted"
    assert stages == [Stage.DRAFT, Stage.COMPLETE]
    assert form.problem_list.item(0).text() == "Nothing is missing: the sheet is complete."
    wait_saved(qtbot, form)
    assert sheets.sheet_status(form.db, form.sheet_id).stage is Stage.COMPLETE


def test_a_submitted_sheet_is_read_only_until_a_new_revision_is_started(
    qtbot, form: ScoringForm
) -> None:  # type: ignore[no-untyped-def]
    fill_complete(qtbot, form)
    wait_saved(qtbot, form)
    first = form.sheet_id
    sheets.mark_submitted(form.db, first, DIGEST)
    form.open_sheet(first)
    assert form.summary.stage.text() == "Status: Submitted (revision 1)"
    assert form.criteria["E1"].score.isReadOnly() and form.opinion.isReadOnly()
    assert form.summary.revise.isVisible()
    signed = sheets.load_sheet(form.db, first)

    with qtbot.waitSignal(form.revisionStarted) as started:
        qtbot.mouseClick(form.summary.revise, Qt.MouseButton.LeftButton)
    second = started.args[0]
    assert form.sheet_id == second != first
    assert form.summary.stage.text() == "Status: Complete, not submitted (revision 2)"
    assert not form.criteria["E1"].score.isReadOnly()
    type_score(qtbot, form, "E1", "19")
    wait_saved(qtbot, form)
    assert sheets.load_sheet(form.db, second).scores["E1"] == Decimal("19")
    assert sheets.load_sheet(form.db, first) == signed  # revision 1 as it was signed


def test_finishing_commits_edits_still_waiting_for_the_pause(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    form.autosaver.delay_ms = 60_000
    type_chinese(form.opinion, "尚未停顿就关闭")
    assert form.autosaver.busy
    assert form.finish_saving()  # what switching to another applicant does
    assert stored(form.db, form.sheet_id).overall_opinion == "尚未停顿就关闭"
    assert form.summary.saving.text().startswith("Saved ")


def test_full_width_digits_from_a_chinese_input_method_become_a_score(
    qtbot, form: ScoringForm
) -> None:  # type: ignore[no-untyped-def]
    edit = form.criteria["E2"].score
    type_chinese(edit, "２０．５")
    assert edit.text() == "20.5" and edit.value() == Decimal("20.5")
    wait_saved(qtbot, form)
    assert stored(form.db, form.sheet_id).scores["E2"] == Decimal("20.5")


def test_the_form_follows_a_language_switch_at_run_time(
    qtbot, qapp: QApplication, form: ScoringForm
) -> None:  # type: ignore[no-untyped-def]
    translations = Translations.for_application(qapp)
    before = translations.language
    e1 = form.criteria["E1"]
    assert e1.title.text() == "E1 International R&D capacity"
    translations.switch(Language.CHINESE)  # as the main window's language menu does
    try:
        qtbot.waitUntil(lambda: e1.title.text() == "E1 国际研发能力")
        assert form.heading.text() == TEMPLATE.name.zh
        assert e1.score.accessibleName().startswith("E1 国际研发能力")
        assert form.vetoes["V1"].check.text().startswith("1. 弄虚作假 (V1)")
        translations.switch(Language.ENGLISH)
        qtbot.waitUntil(lambda: e1.title.text() == "E1 International R&D capacity")
        assert e1.comment_label.text() == "Comment"
    finally:
        translations.switch(before)


def test_closing_the_form_saves_what_was_still_waiting(qtbot, form: ScoringForm) -> None:  # type: ignore[no-untyped-def]
    form.autosaver.delay_ms = 60_000
    type_score(qtbot, form, "E5", "7.5")
    form.close()
    assert not form.autosaver.busy
    assert stored(form.db, form.sheet_id).scores["E5"] == Decimal("7.5")
