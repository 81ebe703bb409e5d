"""The expert desk: open a package, declare, read, score, submit, print (issue 4)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from desk_world import APPLICANTS, DeskWorld, fill_complete, make_desk_world
from formats_tamper import edit_blobs, flip
from formats_world import NOW, PANEL, ROUND, World
from sqlalchemy import func, select

from reviewdesk.core.crypto.roster import TrustState, load_trust, save_trust
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import DeskError, ReviewdeskError
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.expert.sheets import Stage
from reviewdesk.core.expert.submit import SubmissionProblemCode
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.imports import (
    ImportOutcome,
    MemoryImportLog,
    MemoryScoreStore,
    import_score_file,
)
from reviewdesk.core.formats.score_file import ScoreExpectation
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    Applicant,
    ExpertPackage,
    Panel,
    Round,
    ScoreSubmission,
)
from reviewdesk.core.storage.models import Assignment as AssignmentRow

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


def declare_all(desk: ExpertDesk, disqualified: str | None = None) -> None:
    desk.sign_pledge(LATER)
    for entry in APPLICANTS:
        kind = Conflict.DISQUALIFYING if entry.ref == disqualified else Conflict.NONE
        desk.declare_conflict(entry.ref, kind, "曾在该单位兼职" if disqualified else "", LATER)


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# Opening ------------------------------------------------------------------------------------


def test_opening_a_package_verifies_it_and_records_the_round(
    dw: DeskWorld, db: Database, desk: ExpertDesk
) -> None:
    assert (desk.summary.round, desk.summary.panel) == (ROUND, PANEL)
    assert desk.template.sha256 == desk.summary.template_sha256
    listed = desk.applicants()
    assert [(a.ref, a.name, a.category) for a in listed] == [
        (a.ref, a.name, a.category) for a in APPLICANTS
    ]
    assert [len(a.attachments) for a in listed] == [2, 1, 1]
    assert all(a.status is None and a.conflict is None and not a.materials_open for a in listed)
    with db.session() as s:
        assert s.scalar(select(Round.ref)) == ROUND
        assert s.scalar(select(Panel.name)) == PANEL
        assert sorted(s.scalars(select(Applicant.ref))) == ["R-001", "R-002", "R-003"]
    assert count(db, AssignmentRow) == 3
    stored = dw.store / "packages" / f"{desk.digest}.rdx"
    assert stored.read_bytes() == dw.package.read_bytes()  # the encrypted file, unchanged
    recent = ExpertDesk.recent_packages(db)
    assert [(r.digest, r.round, r.panel, r.applicants) for r in recent] == [
        (desk.digest, ROUND, PANEL, 3)
    ]
    assert desk.trust is not None and desk.trust.highest_version == dw.world.version


def test_opening_the_same_package_again_restores_the_state(
    dw: DeskWorld, db: Database, desk: ExpertDesk
) -> None:
    declare_all(desk)
    fill_complete(desk, "R-001")
    again = dw.open(db, now=LATER)
    assert again.digest == desk.digest
    assert again.pledge_signed() == LATER
    assert again.applicants()[0].stage is Stage.COMPLETE
    assert (count(db, ExpertPackage), count(db, Applicant), count(db, AssignmentRow)) == (1, 3, 3)


def test_reopening_from_the_store_needs_neither_the_original_nor_trust(
    dw: DeskWorld, db: Database, desk: ExpertDesk
) -> None:
    declare_all(desk)
    fill_complete(desk, "R-002")
    dw.package.unlink()  # the USB stick is gone
    restored = ExpertDesk.reopen(db, dw.world.e1, dw.store, desk.digest)
    assert [a.materials_open for a in restored.applicants()] == [True, True, True]
    assert restored.applicants()[1].stage is Stage.COMPLETE
    assert restored.read_attachment(2) == dw.attachments[2].read_bytes()


def test_a_damaged_stored_copy_is_replaced_when_the_package_is_opened_again(
    dw: DeskWorld, db: Database, desk: ExpertDesk
) -> None:
    stored = dw.store / "packages" / f"{desk.digest}.rdx"
    stored.write_bytes(stored.read_bytes()[:100])
    with pytest.raises(ReviewdeskError):
        ExpertDesk.reopen(db, dw.world.e1, dw.store, desk.digest)
    dw.open(db)
    assert stored.read_bytes() == dw.package.read_bytes()


def test_reopening_an_unknown_package_is_refused(dw: DeskWorld, db: Database) -> None:
    with pytest.raises(DeskError) as caught:
        ExpertDesk.reopen(db, dw.world.e1, dw.store, "0" * 64)
    assert caught.value.code == "package-not-stored"


def _flip_manifest(path: Path) -> None:
    edit_blobs(path, lambda blobs: [flip(blobs[0], len(blobs[0]) - 20), *blobs[1:]])


def _flip_template(path: Path) -> None:
    edit_blobs(path, lambda blobs: [blobs[0], flip(blobs[1], len(blobs[1]) - 20), *blobs[2:]])


@pytest.mark.parametrize("tamper", [_flip_manifest, _flip_template])
def test_a_tampered_package_is_refused_and_nothing_is_recorded(
    dw: DeskWorld, db: Database, tamper: object
) -> None:
    tamper(dw.package)  # type: ignore[operator]
    with pytest.raises(ReviewdeskError) as caught:
        dw.open(db)
    assert caught.value.path == dw.package
    assert (count(db, Round), count(db, ExpertPackage)) == (0, 0)
    assert not list(dw.store.glob("packages/*.rdx"))


def test_a_package_signed_under_other_roots_is_refused(dw: DeskWorld, db: Database) -> None:
    stranger = TrustState.pin([dw.world.e2.public], 1)  # not the commission's root
    with pytest.raises(ReviewdeskError) as caught:
        dw.open(db, trust=stranger)
    assert caught.value.code == "signer-unknown" and caught.value.path == dw.package
    assert count(db, Round) == 0


def test_without_a_pinned_root_nothing_is_opened(dw: DeskWorld, db: Database) -> None:
    with pytest.raises(DeskError) as caught:
        dw.open(db, trust=None)
    assert caught.value.code == "trust-not-pinned"
    assert count(db, Round) == 0


def test_another_experts_package_cannot_be_opened(dw: DeskWorld, db: Database) -> None:
    with pytest.raises(ReviewdeskError) as caught:
        dw.open(db, who="e2")
    assert caught.value.path == dw.package
    assert count(db, Round) == 0


def test_opening_at_home_remembers_the_roster_in_the_trust_file(
    dw: DeskWorld, db: Database
) -> None:
    home = Home(dw.folder / "home").ensure()
    save_trust(dw.world.trust(), home.trust_path)
    ExpertDesk.open_in_home(db, dw.world.e1, dw.package, home, now=NOW)
    assert load_trust(home.trust_path).highest_version == dw.world.version


def test_a_package_under_an_older_roster_opens_with_the_newest_one_seen(
    dw: DeskWorld, db: Database, tmp_path: Path
) -> None:
    newer = make_desk_world(tmp_path / "newer", world=World(version=dw.world.version + 1))
    trust = newer.open(db, store_dir=dw.store).trust  # roster v4 seen first
    assert trust is not None and trust.highest_version == dw.world.version + 1
    older = ExpertDesk.open(db, dw.world.e1, dw.package, trust=trust, store_dir=dw.store, now=NOW)
    assert older.roster.version == dw.world.version + 1
    assert older.trust == trust
    with pytest.raises(ReviewdeskError) as caught:  # without the newest roster at hand
        ExpertDesk.open(db, dw.world.e1, dw.package, trust=trust, store_dir=tmp_path / "x", now=NOW)
    assert caught.value.code == "roster-older"


# The declaration gate -----------------------------------------------------------------------


def test_expert_cannot_open_materials_or_score_before_declaring(desk: ExpertDesk) -> None:
    with pytest.raises(DeskError) as caught:
        desk.read_attachment(0)
    assert caught.value.code == "pledge-required"
    with pytest.raises(DeskError) as caught:
        desk.sheet_id("R-001")
    assert caught.value.code == "pledge-required"
    desk.sign_pledge(LATER)
    assert desk.pledge_signed() == LATER
    for attempt in (lambda: desk.read_attachment(0), lambda: desk.sheet_id("R-001")):
        with pytest.raises(DeskError) as caught:
            attempt()
        assert caught.value.code == "declaration-required"
        assert caught.value.detail["applicant"] == "R-001"
    assert not desk.materials_open("R-001")


def test_after_declaring_the_materials_open_in_memory(dw: DeskWorld, desk: ExpertDesk) -> None:
    desk.sign_pledge(LATER)
    desk.declare_conflict("R-001", Conflict.NONE, "", LATER)
    assert desk.materials_open("R-001") and not desk.materials_open("R-002")
    assert desk.read_attachment(0) == dw.attachments[0].read_bytes()
    assert desk.read_attachment(1) == dw.attachments[1].read_bytes()
    with pytest.raises(DeskError):
        desk.read_attachment(2)  # R-002's, not declared yet
    assert desk.sheet_id("R-001") == desk.sheet_id("R-001")


def test_a_potential_conflict_must_say_what_it_is(desk: ExpertDesk) -> None:
    with pytest.raises(DeskError) as caught:
        desk.declare_conflict("R-001", Conflict.POTENTIAL, "  ", LATER)
    assert caught.value.code == "declaration-text-required"
    desk.declare_conflict("R-001", Conflict.POTENTIAL, "曾合作发表论文", LATER)
    assert desk.applicants()[0].conflict is Conflict.POTENTIAL


def test_a_disqualified_applicant_is_never_opened_nor_scored(desk: ExpertDesk) -> None:
    declare_all(desk, disqualified="R-002")
    with pytest.raises(DeskError) as caught:
        desk.read_attachment(2)
    assert caught.value.code == "applicant-disqualified"
    with pytest.raises(DeskError) as caught:
        desk.sheet_id("R-002")
    assert caught.value.code == "applicant-disqualified"
    assert [a.disqualified for a in desk.applicants()] == [False, True, False]


def test_pledge_is_signed_once_per_package(desk: ExpertDesk) -> None:
    desk.sign_pledge(LATER)
    desk.sign_pledge(LATER + timedelta(hours=1))
    assert desk.pledge_signed() == LATER


# Submitting ---------------------------------------------------------------------------------


def test_submission_problems_list_everything_still_missing(desk: ExpertDesk) -> None:
    problems = desk.submission_problems()
    assert [(p.code, p.applicant) for p in problems] == [
        (SubmissionProblemCode.PLEDGE_MISSING, None),
        *[(SubmissionProblemCode.DECLARATION_MISSING, a.ref) for a in APPLICANTS],
    ]
    declare_all(desk)
    fill_complete(desk, "R-001")
    sheet = desk.sheet_id("R-002")
    sheets.save_criterion_score(desk.db, sheet, desk.template.criteria[0].key, Decimal("1"))
    problems = desk.submission_problems()
    assert [(p.code, p.applicant) for p in problems] == [
        (SubmissionProblemCode.SHEET_INCOMPLETE, "R-002"),
        (SubmissionProblemCode.SHEET_INCOMPLETE, "R-003"),
    ]
    codes = {p.code.value for p in problems[0].problems}
    assert {"missing-score", "comment-required", "overall-opinion-missing"} <= codes
    with pytest.raises(DeskError) as caught:
        desk.submit(desk.store.root / "x.rdx", now=LATER)
    assert caught.value.code == "submission-incomplete"


def complete_all(desk: ExpertDesk, disqualified: str | None = None) -> None:
    declare_all(desk, disqualified)
    for entry in APPLICANTS:
        if entry.ref != disqualified:
            fill_complete(desk, entry.ref)


def test_submit_writes_a_score_file_the_chair_verifies(
    dw: DeskWorld, desk: ExpertDesk, tmp_path: Path
) -> None:
    complete_all(desk, disqualified="R-003")
    assert desk.submission_problems() == []
    usb = tmp_path / "usb"
    usb.mkdir()
    result = desk.submit(usb / desk.suggested_file_name(), now=LATER)
    assert result.revision == 1 and not result.unchanged
    assert result.path.parent == usb and result.path.name.endswith("-r1.rdx")
    assert len(result.fingerprint) == 12 and all(len(g) == 5 for g in result.fingerprint)
    opened = dw.read_as_chair(result.path, desk)
    assert opened.digest == result.digest
    d = opened.details
    assert (d.revision, d.expert, d.package_digest) == (1, dw.world.e1.keyid, desk.digest)
    assert d.applicants == ("R-001", "R-002")  # R-003 is not scored ...
    declared = {c.applicant: c.conflict for c in d.declarations.conflicts}
    assert declared == {  # ... but its declaration is signed
        "R-001": Conflict.NONE,
        "R-002": Conflict.NONE,
        "R-003": Conflict.DISQUALIFYING,
    }
    assert d.declarations.pledged_at == "2025-05-03T09:00:00Z"
    read = opened.read_sheets()
    assert [s.applicant_id for s in read] == ["R-001", "R-002"]
    assert [a.stage for a in desk.applicants()] == [
        Stage.SUBMITTED,
        Stage.SUBMITTED,
        Stage.NOT_STARTED,
    ]
    assert desk.last_submission() == result


def test_a_change_after_submitting_makes_the_next_revision(
    dw: DeskWorld, desk: ExpertDesk, tmp_path: Path
) -> None:
    complete_all(desk)
    first = desk.submit(tmp_path / "r1.rdx", now=LATER)
    assert not desk.changed_since_submission()
    with pytest.raises(ReviewdeskError):  # a submitted revision is frozen
        sheets.save_overall_opinion(desk.db, desk.sheet_id("R-002"), "改")
    sheet = desk.revise_sheet("R-002")
    sheets.save_overall_opinion(desk.db, sheet, "经复核，国际合作成效突出。")
    assert desk.changed_since_submission()
    assert desk.applicants()[1].stage is Stage.COMPLETE
    second = desk.submit(tmp_path / "r2.rdx", now=LATER + timedelta(hours=1))
    assert (first.revision, second.revision) == (1, 2)
    chair_store, log = MemoryScoreStore(), MemoryImportLog()
    expect = ScoreExpectation(ROUND, PANEL, desk.template.sha256, {desk.expert: _assignment(desk)})
    outcomes = [
        import_score_file(p, dw.world.chair, dw.world.roster(), expect, chair_store, log).outcome
        for p in (first.path, second.path, first.path)
    ]
    assert outcomes == [ImportOutcome.IMPORTED, ImportOutcome.IMPORTED, ImportOutcome.DUPLICATE]
    opinions = [s.overall_opinion for s in dw.read_as_chair(second.path, desk).read_sheets()]
    assert opinions[1] == "经复核，国际合作成效突出。"


def _assignment(desk: ExpertDesk) -> Assignment:
    return Assignment(desk.expert, desk.digest, tuple(a.ref for a in APPLICANTS))


def test_submitting_again_without_a_change_writes_the_same_signed_file(
    dw: DeskWorld, desk: ExpertDesk, tmp_path: Path
) -> None:
    complete_all(desk)
    first = desk.submit(tmp_path / "first.rdx", now=LATER)
    desk.revise_sheet("R-001")  # opened for editing, then left as it was
    again = desk.submit(tmp_path / "second-stick.rdx", now=LATER + timedelta(hours=1))
    assert again.unchanged and (again.revision, again.digest) == (1, first.digest)
    assert again.path.read_bytes() == first.path.read_bytes()
    assert again.submitted_at == first.submitted_at
    assert [a.stage for a in desk.applicants()] == [Stage.SUBMITTED] * 3
    assert count(desk.db, ScoreSubmission) == 1


def test_a_changed_declaration_alone_makes_a_new_revision(desk: ExpertDesk, tmp_path: Path) -> None:
    complete_all(desk)
    desk.submit(tmp_path / "a.rdx", now=LATER)
    desk.declare_conflict("R-003", Conflict.POTENTIAL, "同一学术委员会成员", LATER)
    assert desk.submit(tmp_path / "b.rdx", now=LATER).revision == 2


def test_a_failed_write_to_the_stick_is_recorded_and_retried_with_the_same_file(
    desk: ExpertDesk, tmp_path: Path
) -> None:
    complete_all(desk)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    with pytest.raises(ReviewdeskError) as caught:
        desk.submit(blocked / "scores.rdx", now=LATER)
    assert caught.value.code == "file-unwritable"
    retry = desk.submit(tmp_path / "scores.rdx", now=LATER)
    assert retry.unchanged and retry.revision == 1


# The PDF of the expert's own sheets ---------------------------------------------------------


def test_the_pdf_export_shows_the_applicants(desk: ExpertDesk, tmp_path: Path) -> None:
    complete_all(desk, disqualified="R-003")
    desk.submit(tmp_path / "s.rdx", now=LATER)
    pdf = tmp_path / "sheets.pdf"
    pdf.write_bytes(desk.export_pdf())
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for entry in APPLICANTS:
        assert entry.name in text
    one = tmp_path / "one.pdf"
    one.write_bytes(desk.export_pdf(["R-002"], language="en"))
    text = subprocess.run(
        ["pdftotext", str(one), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert APPLICANTS[1].name in text and APPLICANTS[0].name not in text
