"""The expert's draft sheets: autosave, status, submission and revisions (issue 4 items 5–7)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from expert_setup import Seeded, seed_round
from sqlalchemy import select

from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import SheetError
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.sheets import SheetId, Stage
from reviewdesk.core.scoring import ProblemCode, VetoClaim
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import ScoreSheet as SheetRow
from reviewdesk.core.storage.models import SheetStatus as StoredStatus
from reviewdesk.core.templates.loader import find_template
from reviewdesk.core.templates.model import Template

TEMPLATE = find_template("evaluation-enterprise")  # E1 25, E2 25, E3 15, E4 15, E5 10, E6 10
DIGEST_1 = hashlib.sha256(b"score file, revision 1").hexdigest()
DIGEST_2 = hashlib.sha256(b"score file, revision 2").hexdigest()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "expert.sqlite3"


@pytest.fixture
def db(path: Path) -> Iterator[Database]:
    with Database.open(path=path) as database:
        yield database


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed_round(db, TEMPLATE, conflicts={"A-002": Conflict.POTENTIAL})


@pytest.fixture
def sheet(db: Database, seeded: Seeded) -> SheetId:
    return sheets.ensure_sheet(db, seeded.round, seeded.expert, seeded.applicants[0])


def fill_complete(db: Database, sheet_id: SheetId, template: Template = TEMPLATE) -> None:
    """Every criterion at 80 % of its maximum (no comment needed), and an opinion."""
    for criterion in template.criteria:
        sheets.save_criterion_score(db, sheet_id, criterion.key, criterion.max_points * 8 / 10)
    sheets.save_overall_opinion(db, sheet_id, "国际合作基础扎实，建议保持。")


# Creating and finding ---------------------------------------------------------------------


def test_a_sheet_is_created_once_as_an_empty_draft_of_revision_one(
    db: Database, seeded: Seeded
) -> None:
    args = (db, seeded.round, seeded.expert, seeded.applicants[0])
    assert sheets.find_sheet(*args) is None
    first = sheets.ensure_sheet(*args)
    assert sheets.ensure_sheet(*args) == first
    assert sheets.find_sheet(*args) == first
    status = sheets.sheet_status(db, first)
    assert (status.stage, status.revision) == (Stage.NOT_STARTED, 1)
    assert sheets.sheet_template(db, first) == TEMPLATE


@pytest.mark.parametrize(
    ("applicant", "expert", "code"),
    [
        ("A-999", None, "not-assigned"),
        ("A-404", None, "unknown-applicant"),
        ("A-001", "0000", "unknown-expert"),
    ],
)
def test_only_an_assigned_expert_gets_a_sheet(
    db: Database, seeded: Seeded, applicant: str, expert: str | None, code: str
) -> None:
    with pytest.raises(SheetError) as raised:
        sheets.ensure_sheet(db, seeded.round, expert or seeded.expert, applicant)
    assert raised.value.code == code


def test_no_sheet_for_an_applicant_with_a_disqualifying_conflict(db: Database) -> None:
    seeded = seed_round(db, TEMPLATE, conflicts={"A-001": Conflict.DISQUALIFYING})
    with pytest.raises(SheetError) as raised:
        sheets.ensure_sheet(db, seeded.round, seeded.expert, "A-001")
    assert raised.value.code == "disqualified"


# Saving -----------------------------------------------------------------------------------


def test_every_edit_is_in_the_database_after_reopening_exactly_as_typed(
    db: Database, path: Path, sheet: SheetId
) -> None:
    sheets.save_criterion_score(db, sheet, "E1", Decimal("20.50"))
    sheets.save_criterion_score(db, sheet, "E2", Decimal("3"))
    sheets.save_criterion_comment(db, sheet, "E2", "几乎没有国际合作成果")
    sheets.save_criterion_score(db, sheet, "E3", Decimal("12"))
    sheets.save_criterion_score(db, sheet, "E3", None)  # cleared again
    sheets.save_veto(db, sheet, "V5", True, "")
    sheets.save_veto(db, sheet, "V5", True, "评价期内无实质性合作项目")
    sheets.save_veto(db, sheet, "V1", True, "材料疑似篡改")
    sheets.save_veto(db, sheet, "V1", False, "材料疑似篡改")
    sheets.save_overall_opinion(db, sheet, "总体意见\n第二行")
    db.close()
    with Database.open(path=path) as reopened:
        stored = sheets.load_sheet(reopened, sheet)
    assert dict(stored.scores) == {"E1": Decimal("20.50"), "E2": Decimal("3")}
    assert format(stored.scores["E1"], "f") == "20.50"
    assert dict(stored.comments) == {"E2": "几乎没有国际合作成果"}
    assert stored.vetoes == (VetoClaim("V5", "评价期内无实质性合作项目"),)
    assert stored.overall_opinion == "总体意见\n第二行"
    assert (stored.expert_id, stored.applicant_id, stored.revision) == (
        "a1b2c3d4e5f6a7b8",
        "A-001",
        1,
    )


def test_a_save_has_committed_when_it_returns(db: Database, path: Path, sheet: SheetId) -> None:
    sheets.save_criterion_score(db, sheet, "E4", Decimal("13.5"))
    # Another connection, as a restarted process would have, sees it at once.
    with sqlite3.connect(path) as other:
        row = other.execute(
            "SELECT score FROM sheet_scores WHERE sheet_id = ? AND criterion = 'E4'", (sheet,)
        ).fetchone()
    assert row == ("13.5",)


def test_scoring_mistakes_are_stored_and_reported_not_refused(db: Database, sheet: SheetId) -> None:
    sheets.save_criterion_score(db, sheet, "E1", Decimal("20.3"))  # off the 0.5 step
    sheets.save_criterion_score(db, sheet, "E3", Decimal("30"))  # above the maximum 15
    stored = sheets.load_sheet(db, sheet)
    assert stored.scores["E1"] == Decimal("20.3") and stored.scores["E3"] == Decimal("30")
    codes = {(p.code, p.criterion) for p in sheets.sheet_status(db, sheet).problems}
    assert (ProblemCode.OFF_STEP, "E1") in codes
    assert (ProblemCode.OUT_OF_RANGE, "E3") in codes


def test_values_of_the_wrong_type_or_shape_are_refused(db: Database, sheet: SheetId) -> None:
    with pytest.raises(TypeError):
        sheets.save_criterion_score(db, sheet, "E1", 20.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sheets.save_criterion_score(db, sheet, "E1", Decimal("NaN"))
    with pytest.raises(SheetError) as raised:
        sheets.save_criterion_score(db, sheet, "X9", Decimal("1"))
    assert raised.value.code == "unknown-criterion"
    with pytest.raises(SheetError) as raised:
        sheets.save_veto(db, sheet, "V4", True, "only in recognition rounds")
    assert raised.value.code == "unknown-veto-item"
    assert sheets.sheet_status(db, sheet).stage is Stage.NOT_STARTED  # nothing was stored


def test_the_comment_rule_follows_the_score_and_the_comment(db: Database, sheet: SheetId) -> None:
    def comment_required() -> bool:
        problems = sheets.sheet_status(db, sheet).problems
        return any(p.code is ProblemCode.COMMENT_REQUIRED and p.criterion == "E1" for p in problems)

    sheets.save_criterion_score(db, sheet, "E1", Decimal("14.5"))  # below 60 % of 25
    assert comment_required()
    sheets.save_criterion_comment(db, sheet, "E1", "海外研发投入很少")
    assert not comment_required()
    sheets.save_criterion_comment(db, sheet, "E1", "   ")  # blank counts as missing
    assert comment_required()
    sheets.save_criterion_score(db, sheet, "E1", Decimal("20"))
    assert not comment_required()


# Status, submission and revisions ---------------------------------------------------------


def test_status_goes_from_not_started_to_draft_complete_and_submitted(
    db: Database, sheet: SheetId
) -> None:
    def stored_status() -> StoredStatus:
        with db.session() as s:
            return s.scalars(select(SheetRow.status).where(SheetRow.id == sheet)).one()

    assert sheets.sheet_status(db, sheet).stage is Stage.NOT_STARTED
    saved = sheets.save_criterion_score(db, sheet, "E1", Decimal("20"))
    assert saved.stage is Stage.DRAFT and stored_status() is StoredStatus.DRAFT
    fill_complete(db, sheet)
    status = sheets.sheet_status(db, sheet)
    assert (status.stage, status.problems) == (Stage.COMPLETE, ())
    assert stored_status() is StoredStatus.COMPLETE
    submitted = sheets.mark_submitted(db, sheet, DIGEST_1)
    assert (submitted.stage, submitted.revision, submitted.signed_digest) == (
        Stage.SUBMITTED,
        1,
        DIGEST_1,
    )
    assert submitted.submitted_at is not None
    # The submitted revision is frozen: every save is refused.
    for save in (
        lambda: sheets.save_criterion_score(db, sheet, "E1", Decimal("1")),
        lambda: sheets.save_criterion_comment(db, sheet, "E1", "x"),
        lambda: sheets.save_overall_opinion(db, sheet, "x"),
        lambda: sheets.save_veto(db, sheet, "V1", True, "x"),
    ):
        with pytest.raises(SheetError) as raised:
            save()
        assert raised.value.code == "sheet-submitted"


def test_an_incomplete_sheet_cannot_be_marked_submitted(db: Database, sheet: SheetId) -> None:
    sheets.save_criterion_score(db, sheet, "E1", Decimal("25"))  # full marks, no comment
    with pytest.raises(SheetError) as raised:
        sheets.mark_submitted(db, sheet, DIGEST_1)
    assert raised.value.code == "sheet-incomplete"
    assert "comment-required" in raised.value.detail["problems"]
    with pytest.raises(ValueError):
        sheets.mark_submitted(db, sheet, "not a digest")


def test_marking_submitted_again_is_a_no_op_but_another_file_is_refused(
    db: Database, sheet: SheetId
) -> None:
    fill_complete(db, sheet)
    first = sheets.mark_submitted(db, sheet, DIGEST_1)
    assert sheets.mark_submitted(db, sheet, DIGEST_1) == first
    with pytest.raises(SheetError) as raised:
        sheets.mark_submitted(db, sheet, DIGEST_2)
    assert raised.value.code == "sheet-already-submitted"


def test_editing_after_submission_makes_revision_two_and_leaves_revision_one_as_signed(
    db: Database, seeded: Seeded, sheet: SheetId
) -> None:
    fill_complete(db, sheet)
    sheets.save_veto(db, sheet, "V6", True, "年度报告缺失")
    sheets.mark_submitted(db, sheet, DIGEST_1)
    signed = sheets.load_sheet(db, sheet)

    with pytest.raises(SheetError) as raised:
        sheets.start_new_revision(db, SheetId(sheet + 1000))
    assert raised.value.code == "sheet-not-found"
    second = sheets.start_new_revision(db, sheet)
    copy = sheets.load_sheet(db, second)
    assert (copy.revision, copy.signed) == (2, False)
    assert (copy.scores, copy.comments, copy.vetoes, copy.overall_opinion) == (
        signed.scores,
        signed.comments,
        signed.vetoes,
        signed.overall_opinion,
    )
    assert sheets.sheet_status(db, second).stage is Stage.COMPLETE
    assert sheets.ensure_sheet(db, seeded.round, seeded.expert, "A-001") == second

    sheets.save_criterion_score(db, second, "E1", Decimal("19"))
    sheets.save_veto(db, second, "V6", False, "")
    sheets.mark_submitted(db, second, DIGEST_2)

    assert sheets.load_sheet(db, sheet) == signed
    assert sheets.load_sheet(db, sheet).scores == signed.scores
    first_status = sheets.sheet_status(db, sheet)
    assert (first_status.stage, first_status.revision, first_status.signed_digest) == (
        Stage.SUBMITTED,
        1,
        DIGEST_1,
    )
    second_status = sheets.sheet_status(db, second)
    assert (second_status.stage, second_status.revision) == (Stage.SUBMITTED, 2)
    assert sheets.load_sheet(db, second).scores["E1"] == Decimal("19")


def test_only_the_latest_submitted_revision_can_be_revised(db: Database, sheet: SheetId) -> None:
    with pytest.raises(SheetError) as raised:
        sheets.start_new_revision(db, sheet)  # a draft is edited in place
    assert raised.value.code == "sheet-not-submitted"
    fill_complete(db, sheet)
    sheets.mark_submitted(db, sheet, DIGEST_1)
    sheets.start_new_revision(db, sheet)
    with pytest.raises(SheetError) as raised:
        sheets.start_new_revision(db, sheet)
    assert raised.value.code == "sheet-not-latest"
    assert raised.value.detail["latest_revision"] == 2


def test_load_sheet_carries_the_declared_conflict(db: Database, seeded: Seeded) -> None:
    second = sheets.ensure_sheet(db, seeded.round, seeded.expert, "A-002")
    assert sheets.load_sheet(db, second).conflict is Conflict.POTENTIAL
