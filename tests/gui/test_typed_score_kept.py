"""A typed score is never silently changed (issue 9 item 2): "35" where the maximum is 30
stays "35", the box is marked and says why, nothing invalid is saved (never 3), and the
sheet lists the criterion as a problem until a real score is typed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from expert_setup import seed_round
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.sheets import SheetId
from reviewdesk.core.scoring import ProblemCode, validate_sheet
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.loader import find_template
from reviewdesk.gui.scoring import ScoringForm

TEMPLATE = find_template("evaluation-platform")  # E1 30, E2 20, E3 15, … all in steps of 0.5


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database.open(path=tmp_path / "expert.sqlite3") as database:
        yield database


@pytest.fixture
def sheet_id(db: Database) -> SheetId:
    seeded = seed_round(db, TEMPLATE)
    return sheets.ensure_sheet(db, seeded.round, seeded.expert, seeded.applicants[0])


@pytest.fixture
def form(qtbot: QtBot, db: Database, sheet_id: SheetId, english: None) -> Iterator[ScoringForm]:
    widget = ScoringForm(db)
    qtbot.addWidget(widget)
    widget.open_sheet(sheet_id)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    assert widget.finish_saving()


def type_score(qtbot: QtBot, form: ScoringForm, key: str, text: str) -> None:
    edit = form.criteria[key].score
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def stored_score(form: ScoringForm, key: str) -> Decimal | None:
    assert form.finish_saving()
    assert form.sheet_id is not None
    return sheets.load_sheet(form.db, form.sheet_id).scores.get(key)


def notice(form: ScoringForm, key: str) -> str:
    shown = form.criteria[key].score_notice
    return shown.text.text() if shown.isVisibleTo(form) else ""


def problem_lines(form: ScoringForm) -> list[str]:
    items = form.problem_list
    return [items.item(row).text() for row in range(items.count())]


def test_35_above_a_maximum_of_30_stays_35_says_why_and_is_not_saved_as_3(
    qtbot: QtBot, form: ScoringForm
) -> None:
    edit = form.criteria["E1"].score
    type_score(qtbot, form, "E1", "35")
    assert edit.text() == "35"  # the 5 was not dropped
    assert edit.value() is None
    assert notice(form, "E1") == "At most 30 points (35 is too high)."
    assert edit.styleSheet()  # the box is marked (the notice carries an icon and words)
    assert "At most 30 points (35 is too high)." in edit.accessibleDescription()
    assert any(line.endswith("At most 30 points (35 is too high).") for line in problem_lines(form))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving keeps it as typed
    assert edit.text() == "35"
    assert stored_score(form, "E1") is None  # unchanged: never 3


def test_a_score_saved_on_the_way_is_withdrawn_when_the_text_stops_being_a_score(
    qtbot: QtBot, form: ScoringForm
) -> None:
    type_score(qtbot, form, "E1", "3")
    assert stored_score(form, "E1") == Decimal("3")  # "3" was a score for a moment
    qtbot.keyClicks(form.criteria["E1"].score, "5")
    assert stored_score(form, "E1") is None  # "35" is none: 3 is not left behind
    assert form.sheet_id is not None
    problems = validate_sheet(TEMPLATE, sheets.load_sheet(form.db, form.sheet_id))
    assert any(p.code is ProblemCode.MISSING_SCORE and p.criterion == "E1" for p in problems)


def test_12_3_off_a_half_point_step_stays_and_a_valid_score_after_it_is_saved(
    qtbot: QtBot, form: ScoringForm
) -> None:
    edit = form.criteria["E2"].score  # max 20, step 0.5
    type_score(qtbot, form, "E2", "12.3")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "12.3"  # not 12
    assert notice(form, "E2") == "Must be a multiple of 0.5 (12.3 is not)."
    assert stored_score(form, "E2") is None
    type_score(qtbot, form, "E2", "12.5")
    assert edit.text() == "12.5" and edit.value() == Decimal("12.5")
    assert notice(form, "E2") == "" and not edit.styleSheet()
    assert stored_score(form, "E2") == Decimal("12.5")
    assert not any("0.5" in line for line in problem_lines(form))


def test_replacing_a_saved_score_with_a_wrong_text_leaves_no_stale_score(
    qtbot: QtBot, form: ScoringForm
) -> None:
    type_score(qtbot, form, "E1", "20")
    assert stored_score(form, "E1") == Decimal("20")
    type_score(qtbot, form, "E1", "35")
    # What the expert sees is 35 with its reason; what would be signed is no score at all,
    # so neither 20 nor 3 can go out under their name.
    assert stored_score(form, "E1") is None
    assert form.criteria["E1"].score.text() == "35"


def test_letters_are_kept_and_named_not_a_score(qtbot: QtBot, form: ScoringForm) -> None:
    edit = form.criteria["E3"].score
    type_score(qtbot, form, "E3", "1o")  # the letter o instead of a zero
    assert edit.text() == "1o" and edit.value() is None
    assert notice(form, "E3").startswith("“1o” is not a score")
    assert stored_score(form, "E3") is None


def test_an_unfinished_text_is_judged_only_when_the_box_is_left(
    qtbot: QtBot, form: ScoringForm
) -> None:
    edit = form.criteria["E1"].score
    type_score(qtbot, form, "E1", "1")
    qtbot.keyClicks(edit, ".")
    assert notice(form, "E1") == ""  # "1." is on its way to 1.5: no warning while typing
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "1" and stored_score(form, "E1") == Decimal("1")


def test_down_from_a_too_high_score_goes_to_the_maximum(qtbot: QtBot, form: ScoringForm) -> None:
    edit = form.criteria["E1"].score
    type_score(qtbot, form, "E1", "35")
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "30" and notice(form, "E1") == ""
    assert stored_score(form, "E1") == Decimal("30")


def test_the_problem_of_a_wrong_text_leads_back_to_its_box(qtbot: QtBot, form: ScoringForm) -> None:
    type_score(qtbot, form, "E1", "35")
    form.criteria["E2"].comment.setFocus()
    items = form.problem_list
    row = next(r for r in range(items.count()) if "35 is too high" in items.item(r).text())
    items.itemActivated.emit(items.item(row))
    assert QApplication.focusWidget() is form.criteria["E1"].score
