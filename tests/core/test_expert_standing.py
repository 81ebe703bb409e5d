"""Where the expert stands (issue 9 §4-7, §10): the package overview, which signed revision
holds each applicant, a claimed veto in the grade, what a late declaration change costs,
the home screen's list, private notes kept encrypted, and the PDF footer."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desk_world import APPLICANTS, DeskWorld, fill_complete, make_desk_world
from formats_world import NOW
from sqlalchemy import select, text

from reviewdesk.core.crypto import decrypt_bytes
from reviewdesk.core.domain import Conflict, Grade
from reviewdesk.core.errors import DeskError, ReviewdeskError
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.expert.sheets import Stage
from reviewdesk.core.expert.standing import home_packages
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import PrivateNote

LATER = NOW + timedelta(days=2)


@pytest.fixture
def dw(tmp_path: Path) -> DeskWorld:
    return make_desk_world(tmp_path)


@pytest.fixture
def db(dw: DeskWorld) -> Iterator[Database]:
    with Database.open(path=dw.db_path) as database:
        yield database


@pytest.fixture
def desk(dw: DeskWorld, db: Database) -> ExpertDesk:
    return dw.open(db)


def declare(desk: ExpertDesk, withdrawn: str | None = None) -> None:
    desk.sign_pledge(LATER)
    for entry in APPLICANTS:
        kind = Conflict.DISQUALIFYING if entry.ref == withdrawn else Conflict.NONE
        desk.declare_conflict(
            entry.ref, kind, "曾在该单位兼职" if kind.value != "none" else "", LATER
        )


def test_the_overview_counts_declared_scored_complete_submitted_and_the_time_left(
    desk: ExpertDesk, tmp_path: Path
) -> None:
    fresh = desk.standing(LATER)
    assert (fresh.applicants, fresh.declared, fresh.scored, fresh.complete) == (3, 0, 0, 0)
    assert fresh.time_left == timedelta(days=12) and not fresh.overdue
    assert fresh.last_revision is None and not fresh.unsubmitted_changes
    declare(desk, withdrawn="R-003")
    fill_complete(desk, "R-001")
    sheets.save_overall_opinion(desk.db, desk.sheet_id("R-002"), "尚未写完")
    now = desk.standing(LATER)
    assert (now.declared, now.withdrawn, now.to_score) == (3, 1, 2)
    assert (now.scored, now.complete, now.submitted) == (2, 1, 0)
    fill_complete(desk, "R-002")
    desk.submit(tmp_path / "r1.rdx", now=LATER)
    after = desk.standing(LATER)
    assert (after.complete, after.submitted, after.last_revision) == (2, 2, 1)
    assert not after.unsubmitted_changes
    assert desk.standing(NOW + timedelta(days=15)).overdue


def test_the_list_says_which_revision_holds_each_applicant(
    desk: ExpertDesk, tmp_path: Path
) -> None:
    """KY-01 submitted in revision 1 and unchanged is held by revision 2 after another
    applicant changed: the list says revision 2, not the sheet's own revision 1."""
    declare(desk)
    for entry in APPLICANTS:
        fill_complete(desk, entry.ref)
    desk.submit(tmp_path / "r1.rdx", now=LATER)
    fill_complete(desk, "R-002", ratio="0.7")
    changed = {a.ref: a for a in desk.applicants()}
    assert changed["R-002"].submitted_in is None and changed["R-002"].changed_since == 1
    assert changed["R-001"].submitted_in == 1
    assert desk.standing(LATER).unsubmitted_changes
    desk.submit(tmp_path / "r2.rdx", now=LATER)
    listed = {a.ref: a for a in desk.applicants()}
    assert listed["R-001"].status is not None and listed["R-001"].status.revision == 1
    assert [listed[r].submitted_in for r in ("R-001", "R-002", "R-003")] == [2, 2, 2]
    assert all(a.changed_since is None for a in listed.values())
    rows = {r.ref: r for r in desk.my_scores()}
    assert rows["R-001"].submitted_in == 2 and rows["R-001"].changed_since is None


def test_a_claimed_veto_makes_the_sheet_say_unqualified_with_the_item_numbered(
    desk: ExpertDesk,
) -> None:
    declare(desk)
    fill_complete(desk, "R-001")
    fill_complete(desk, "R-002")
    before = {r.ref: r for r in desk.my_scores()}
    assert before["R-001"].grade is before["R-001"].score_grade is not None
    assert before["R-001"].grade is not Grade.UNQUALIFIED
    items = desk.template.veto_items
    last = items[-1]
    sheets.save_veto(desk.db, desk.sheet_id("R-001"), last.key, True, "数据造假，见附件第3页")
    rows = {r.ref: r for r in desk.my_scores()}
    vetoed = rows["R-001"]
    assert vetoed.grade is Grade.UNQUALIFIED
    assert vetoed.score_grade is before["R-001"].score_grade  # the band is still told
    assert [(v.number, v.key) for v in vetoed.vetoes] == [(len(items), last.key)]
    assert rows["R-002"].grade is before["R-002"].grade and rows["R-002"].vetoes == ()
    assert rows["R-003"].stage is Stage.NOT_STARTED and rows["R-003"].total is None


def test_withdrawing_after_submitting_says_the_scores_leave_the_next_revision(
    desk: ExpertDesk, tmp_path: Path
) -> None:
    declare(desk)
    for entry in APPLICANTS:
        fill_complete(desk, entry.ref)
    assert desk.declaration_change("R-002", Conflict.DISQUALIFYING) is None  # nothing signed
    desk.submit(tmp_path / "r1.rdx", now=LATER)
    assert desk.declaration_change("R-002", Conflict.NONE) is None  # no change
    change = desk.declaration_change("R-002", Conflict.DISQUALIFYING)
    assert change is not None
    assert (change.revision, change.old, change.drops_scores) == (1, Conflict.NONE, True)
    desk.declare_conflict("R-002", Conflict.DISQUALIFYING, "近亲属任职", LATER)
    standing = desk.standing(LATER)
    assert standing.unsubmitted_changes and standing.withdrawn == 1
    listed = {a.ref: a for a in desk.applicants()}
    assert listed["R-002"].changed_since == 1 and listed["R-002"].submitted_in is None
    back = desk.declaration_change("R-002", Conflict.NONE)
    assert back is not None and back.restores_scoring and not back.drops_scores


def test_the_home_list_has_names_progress_and_the_deadline(
    dw: DeskWorld, db: Database, desk: ExpertDesk, tmp_path: Path
) -> None:
    declare(desk, withdrawn="R-003")
    fill_complete(desk, "R-001")
    (listed,) = home_packages(db, desk.expert)
    assert listed.digest == desk.digest
    assert listed.round_title == desk.summary.round_title
    assert listed.panel_title == desk.summary.panel_title
    assert (listed.applicants, listed.declared, listed.withdrawn) == (3, 3, 1)
    assert (listed.complete, listed.submitted, listed.last_revision) == (1, 0, None)
    assert listed.deadline == NOW + timedelta(days=14)
    fill_complete(desk, "R-002")
    desk.submit(tmp_path / "r1.rdx", now=LATER)
    (after,) = home_packages(db)
    assert (after.complete, after.submitted, after.last_revision) == (2, 2, 1)
    assert home_packages(db, "someone-else") == []


def test_private_notes_are_stored_encrypted_and_read_back_only_with_the_identity(
    dw: DeskWorld, db: Database, desk: ExpertDesk, tmp_path: Path
) -> None:
    secret = "私人备注：第二份附件的数据与去年申报书不一致，需核对。"
    desk.save_note("R-001", secret, LATER)
    assert desk.read_note("R-001") == secret
    assert desk.read_note("R-002") == ""
    with db.session() as s:
        (stored,) = s.scalars(select(PrivateNote)).all()
        assert stored.ciphertext.startswith(b"age-encryption.org/v1")
        assert secret.encode() not in stored.ciphertext
    raw = dw.db_path.read_bytes() + Path(str(dw.db_path) + "-wal").read_bytes()
    assert secret.encode() not in raw and "第二份附件".encode() not in raw
    other = dw.world.people["e2"]  # another person's key opens nothing
    with pytest.raises(ReviewdeskError) as caught:
        decrypt_bytes(stored.ciphertext, [other.age_identity])
    assert caught.value.code == "age-no-identity-matched"
    # never in a score file
    declare(desk)
    for entry in APPLICANTS:
        fill_complete(desk, entry.ref)
    out = desk.submit(tmp_path / "s.rdx", now=LATER)
    assert secret.encode() not in out.path.read_bytes()
    desk.save_note("R-001", "   ", LATER)
    with db.session() as s:
        assert s.execute(text("select count(*) from private_notes")).scalar() == 0
    with pytest.raises(DeskError) as too_long:
        desk.save_note("R-001", "x" * 20_001, LATER)
    assert too_long.value.code == "note-too-long"


def test_the_pdf_footer_names_the_whole_round_and_organisation_and_the_export_time(
    desk: ExpertDesk, tmp_path: Path
) -> None:
    declare(desk)
    fill_complete(desk, "R-001")
    when = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
    pdf = tmp_path / "sheets.pdf"
    pdf.write_bytes(desk.export_pdf(["R-001"], organisation="北京理工大学", now=when))
    shown = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    footer_lines = [line for line in shown.splitlines() if desk.summary.round_title in line]
    assert footer_lines, shown
    assert any("北京理工大学" in line for line in shown.splitlines())
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "2026-12-04T09:30:00" in info
    later = datetime.now(UTC)
    fresh = tmp_path / "now.pdf"
    fresh.write_bytes(desk.export_pdf(["R-001"]))
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(fresh)], capture_output=True, text=True, check=True
    ).stdout
    assert later.strftime("%Y-%m-%d") in info and "2000-01-01" not in info
