"""Issue 7 item 1: one revision is never signed twice. Two submitters on one home (two
processes, or a submission overtaken by another while it signs) never produce two files
of the same revision with different bytes, and an unchanged resubmission hands out exactly
the bytes whose digest is recorded."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_world import APPLICANTS, DeskWorld, fill_complete, make_desk_world
from formats_world import NOW
from sqlalchemy import select

from reviewdesk.core.crypto.identity import save_identity
from reviewdesk.core.domain import Conflict
from reviewdesk.core.expert import sheets
from reviewdesk.core.expert import submit as submitting
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import ScoreSubmission

CHILD = Path(__file__).with_name("submit_race_child.py")
PASSPHRASE = "race-test"


@pytest.fixture
def dw(tmp_path: Path) -> DeskWorld:
    return make_desk_world(tmp_path)


@pytest.fixture
def db(dw: DeskWorld) -> Iterator[Database]:
    with Database.open(path=dw.db_path) as database:
        yield database


def ready_desk(dw: DeskWorld, db: Database) -> ExpertDesk:
    desk = dw.open(db)
    desk.sign_pledge(NOW)
    for entry in APPLICANTS:
        desk.declare_conflict(entry.ref, Conflict.NONE, "", NOW)
        fill_complete(desk, entry.ref)
    return desk


def recorded(db: Database) -> list[ScoreSubmission]:
    with db.session() as s:
        return list(s.scalars(select(ScoreSubmission).order_by(ScoreSubmission.revision)))


def check_one_file_per_revision(
    dw: DeskWorld, db: Database, desk: ExpertDesk, outputs: list[dict[str, object]]
) -> None:
    """Every file handed out is the recorded file of its revision, byte for byte."""
    rows = {row.revision: row for row in recorded(db)}
    assert sorted(rows) == list(range(1, len(rows) + 1))  # 1, 2, 3, … no gap, no twin
    by_revision: dict[int, set[bytes]] = {}
    for out in outputs:
        revision = int(str(out["revision"]))
        data = Path(str(out["out"])).read_bytes()
        by_revision.setdefault(revision, set()).add(data)
        assert out["digest"] == rows[revision].digest
        opened = dw.read_as_chair(Path(str(out["out"])), desk)  # a chair sees no alarm
        assert (opened.revision, opened.digest) == (revision, rows[revision].digest)
    for revision, contents in by_revision.items():
        assert len(contents) == 1, f"revision {revision} was signed into different files"
        stored = desk.store.score_path(desk.digest, revision, rows[revision].digest)
        assert stored.read_bytes() in contents
    scores = desk.store.scores_dir()
    assert not [p for p in scores.iterdir() if p.name.startswith(".")]  # no signing left over


def test_two_processes_submitting_at_once_never_sign_one_revision_twice(
    dw: DeskWorld, db: Database, tmp_path: Path
) -> None:
    desk = ready_desk(dw, db)
    first = desk.submit(tmp_path / "r1.rdx", now=NOW)
    identity_file = tmp_path / "e1.age"
    save_identity(dw.world.e1, identity_file, PASSPHRASE, work_factor=10)
    outputs: list[dict[str, object]] = [
        {"revision": 1, "digest": first.digest, "out": str(first.path)}
    ]
    # Different changes at once, the same change at once, and different changes again.
    for number, texts in enumerate([("甲方意见", "乙方意见"), ("相同意见", "相同意见"),
                                    ("第三轮甲", "第三轮乙")]):  # fmt: skip
        go = tmp_path / f"go-{number}"
        children = []
        for side, text in zip("ab", texts, strict=True):
            out = tmp_path / f"round{number}-{side}.rdx"
            argv = [sys.executable, str(CHILD), str(identity_file), PASSPHRASE, str(dw.db_path),
                    str(dw.store), desk.digest, text, str(out), str(go)]  # fmt: skip
            child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8")  # fmt: skip
            children.append(child)
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
        go.touch()  # both change and submit now
        for child in children:
            stdout, stderr = child.communicate(timeout=120)
            assert child.returncode == 0, stderr
            assert "Traceback" not in stderr
            outputs.append(json.loads(stdout.strip().splitlines()[-1]))
    check_one_file_per_revision(dw, db, desk, outputs)
    assert len(recorded(db)) >= 3  # at least one new revision per round of changes


def test_a_submission_overtaken_while_signing_hands_out_the_winner_not_a_twin(
    dw: DeskWorld, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second submitter signs revision 2 too, but finds it taken when it comes to
    record it: its own file is thrown away and, the content now being the same, the
    winner's file of revision 2 is what it hands out."""
    desk = ready_desk(dw, db)
    desk.submit(tmp_path / "r1.rdx", now=NOW)
    sheets.save_overall_opinion(db, desk.revise_sheet("R-001"), "先签的意见")
    real = submitting.build_score_file
    overtaken: list[object] = []

    def sign_while_another_submits(dest: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        sealed = real(dest, **kwargs)  # type: ignore[arg-type]
        if not overtaken:  # meanwhile, another window of the same expert submits
            overtaken.append(True)
            with Database.open(path=dw.db_path) as other_db:
                other = ExpertDesk.reopen(other_db, dw.world.e1, dw.store, desk.digest)
                sheet = other.revise_sheet("R-001")
                sheets.save_overall_opinion(other_db, sheet, "后到的意见")
                overtaken.append(other.submit(tmp_path / "winner.rdx", now=NOW))
        return sealed

    monkeypatch.setattr(submitting, "build_score_file", sign_while_another_submits)
    late = desk.submit(tmp_path / "late.rdx", now=NOW)
    winner = overtaken[1]
    assert isinstance(winner, submitting.SubmittedScoreFile)
    assert winner.revision == 2 and not winner.unchanged
    assert late.unchanged and (late.revision, late.digest) == (2, winner.digest)
    assert late.path.read_bytes() == winner.path.read_bytes()
    outputs = [
        {"revision": r.revision, "digest": r.digest, "out": str(r.path)} for r in (late, winner)
    ]
    check_one_file_per_revision(dw, db, desk, outputs)
    assert [row.revision for row in recorded(db)] == [1, 2]


def test_an_unchanged_submission_never_hands_out_bytes_other_than_the_recorded_ones(
    dw: DeskWorld, db: Database, tmp_path: Path
) -> None:
    """The stored file of the recorded revision is gone (a crash between commit and
    rename, a file from an older version): the same content is signed as the next
    revision rather than a file that may not be the recorded one."""
    desk = ready_desk(dw, db)
    first = desk.submit(tmp_path / "r1.rdx", now=NOW)
    stored = desk.store.score_path(desk.digest, 1, first.digest)
    legacy = stored.with_name(f"{desk.digest}-r1.rdx")  # how older versions named it
    stored.rename(legacy)
    legacy.write_bytes(b"RDX1 not the recorded file")
    again = desk.submit(tmp_path / "again.rdx", now=NOW)
    assert (again.revision, again.unchanged) == (2, False)
    assert dw.read_as_chair(again.path, desk).digest == again.digest
    same = desk.submit(tmp_path / "same.rdx", now=NOW)
    assert same.unchanged and same.path.read_bytes() == again.path.read_bytes()
