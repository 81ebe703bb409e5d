"""The chair's import log is one chain per panel, a revoked key is refused at import, an
import can be cancelled between files, a manual tie-break order and a superseded paper sheet
are decisions like the others, and a tampered log document is refused."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))
from chair_world import OTHER_PANEL, ROUND, ChairWorld, make_chair_world
from test_chair_desk import open_desk

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.store import ChairStore
from reviewdesk.core.chair.views import BlockerKind, Verdict
from reviewdesk.core.crypto.roster import Revocation, accept_roster, verify_roster
from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.errors import CancelledError, FormatError, InputError
from reviewdesk.core.formats.chair_package import build_chair_package
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.imports import parse_import_log
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.formats.package import open_package
from reviewdesk.core.progress import CancelToken
from reviewdesk.core.storage import Database


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ChairWorld:
    return make_chair_world(tmp_path_factory.mktemp("chair-log"))


@pytest.fixture(scope="module")
def files(world: ChairWorld) -> dict[str, Path]:
    return world.score_files()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database.open(f"sqlite:///{tmp_path / 'home.sqlite3'}")


def other_panel(world: ChairWorld, files: dict[str, Path]) -> Path:
    """The same chair's package for panel P2, where the outsider scores X-01."""
    package = open_package(
        world.folder / "packages" / "outsider.rdx", world.people["outsider"], world.roster()
    )
    return build_chair_package(
        world.folder / "chair-P2.rdx",
        sender=world.people["operator"],
        chair=world.people["chair"].public,
        roster=world.roster(),
        roster_data=world.roster_data(),
        round=ROUND,
        panel=OTHER_PANEL,
        round_kind=RoundKind.EVALUATION,
        deadline=world.deadline,
        applicants=[ApplicantEntry("X-01", "其他专家组申报单位", Category.RESEARCH)],
        template=world.template,
        assignments=[Assignment(world.keyid("outsider"), package.digest, ("X-01",))],
        now=world.now,
    ).path


def test_each_panel_of_a_home_has_its_own_chain(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    p1 = open_desk(world, db, tmp_path)
    p1.import_files([files["e1"], files["foreign"]], now=world.now)
    p2 = ChairDesk.open(
        db,
        world.people["chair"],
        other_panel(world, files),
        trust=world.trust(),
        store_dir=tmp_path / "store",
        now=world.now,
    )
    [verdict] = p2.import_files([files["foreign"]], now=world.now)
    assert verdict.verdict is Verdict.ACCEPTED  # the file P1 refused belongs to P2
    assert [e.sequence for e in p2.import_log()] == [1]
    assert [e.outcome for e in p1.import_log()] == ["imported", "rejected"]
    assert p2.import_log()[0].prev_hash == "0" * 64
    assert {p.panel for p in ChairDesk.recent_panels(db)} == {"P1", "P2"}


def test_a_file_signed_by_a_revoked_key_is_refused_at_import(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    revoked = (Revocation(world.keyid("e3"), "笔记本电脑遗失", world.now - timedelta(hours=1)),)
    data = world.roster_data(4, revoked)
    newer = verify_roster(data, None, world.trust(), now=world.now)
    store = tmp_path / "store"
    ChairStore(store).save_roster(data, newer.digest)  # as when it came with another package
    desk = ChairDesk.open(
        db,
        world.people["chair"],
        world.chair_package,
        trust=accept_roster(world.accepted_trust(), newer),
        store_dir=store,
        now=world.now,
    )
    assert desk.roster.version == 4
    [verdict] = desk.import_files([files["e3"]], now=world.now)
    assert (verdict.verdict, verdict.code) == (Verdict.REJECTED, "key-revoked")
    assert desk.held_sheets() == []


def test_cancelling_stops_between_files_and_keeps_what_was_imported(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    cancel = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, stage: str = "") -> None:
        seen.append((done, total))
        if done == 1:
            cancel.cancel()

    with pytest.raises(CancelledError):
        desk.import_files(
            [files["e1"], files["e3"], files["e5"]], now=world.now, progress=progress, cancel=cancel
        )
    assert seen == [(0, 3), (1, 3)]
    assert [e.outcome for e in desk.import_log()] == ["imported"]
    assert {h.sheet.expert_id for h in desk.held_sheets()} == {world.keyid("e1")}


def test_a_paper_sheet_overtaken_by_a_signed_one_must_be_removed(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    desk.enter_paper_sheet(world.sheet("e1", "R-01", 95), "纸质评分，组长录入。")
    desk.import_files([files["e1"]], now=world.now)
    superseded = [b for b in desk.blockers() if b.kind is BlockerKind.PAPER_SHEET_SUPERSEDED]
    assert [(b.applicant, b.expert) for b in superseded] == [("R-01", world.keyid("e1"))]
    desk.remove_paper_sheet(world.keyid("e1"), "R-01", "专家的签名评分文件已到。")
    assert not [b for b in desk.blockers() if b.kind is BlockerKind.PAPER_SHEET_SUPERSEDED]
    assert desk.audit_trail()[-1].action == "remove-paper-sheet"


def test_a_manual_order_breaks_a_tie_with_its_reason(
    world: ChairWorld, db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    totals = {"R-07": 80, "R-08": 80}
    paths = [world.score_file(e, totals, name=f"tie-{e}.rdx") for e in ("e1", "e2", "e3")]
    desk.import_files(paths, now=world.now)
    ranking = desk.matrix().ranking
    assert ("R-07", "R-08") in ranking.unresolved_ties
    desk.set_manual_order(["R-08", "R-07"], "专家组投票：R-08国际合作项目更多。")
    ranking = desk.matrix().ranking
    assert ranking.unresolved_ties == ()
    order = [e.applicant_id for e in ranking.entries if e.applicant_id in totals]
    assert order == ["R-08", "R-07"]


def test_a_tampered_import_log_document_is_refused(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    desk.import_files([files["e1"], files["e3"]], now=world.now)
    exported = desk.export_import_log(tmp_path / "log.json")
    head = desk.import_log()[-1].entry_hash
    assert len(parse_import_log(exported.read_bytes(), exported, head)) == 2
    doc = loads_strict(exported.read_bytes())
    doc["entries"][0]["note"] = "nothing happened"
    with pytest.raises(FormatError) as caught:
        parse_import_log(dumps_canonical(doc), exported, head)
    assert caught.value.code == "import-log-invalid"
    with pytest.raises(FormatError):  # cut short: it no longer ends at the signed head
        parse_import_log(exported.read_bytes(), exported, "1" * 64)


def test_a_revocation_takes_effect_at_its_time_not_before(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    at = world.now + timedelta(days=2)
    data = world.roster_data(4, (Revocation(world.keyid("e3"), "到期更换密钥", at),))
    newer = verify_roster(data, None, world.trust(), now=world.now)
    store = tmp_path / "store"
    ChairStore(store).save_roster(data, newer.digest)
    trust = accept_roster(world.accepted_trust(), newer)
    desk = ChairDesk.open(
        db,
        world.people["chair"],
        world.chair_package,
        trust=trust,
        store_dir=store,
        now=world.now,
    )
    [before] = desk.import_files([files["e3"]], now=at - timedelta(minutes=1))
    assert before.verdict is Verdict.ACCEPTED  # received while the key was still valid
    [again] = desk.import_files([files["e3"]], now=at)
    assert (again.verdict, again.code) == (Verdict.REJECTED, "key-revoked")
    # that new attempt is refused, but the first receipt stands: the sheets still count
    assert world.keyid("e3") in {c.expert_id for c in desk.matrix().row("R-01").result.counted}
    late = world.score_file("e3", world.totals("e3"), revision=2, name="e3-r2-late.rdx")
    [refused] = desk.import_files([late], now=at + timedelta(hours=1))
    assert (refused.verdict, refused.code) == (Verdict.REJECTED, "key-revoked")


def test_a_file_that_fails_after_its_log_entry_leaves_no_trace_and_the_chain_holds(
    world: ChairWorld,
    files: dict[str, Path],
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reviewdesk.core.chair import importing

    real = importing.import_score_file

    def failing(path: Path, *args: object, **kwargs: object) -> object:
        result = real(path, *args, **kwargs)  # type: ignore[arg-type]
        if path == files["e3"]:  # the file verified and was logged, then the disk failed
            raise InputError("file-unreadable", path, reason="input/output error")
        return result

    monkeypatch.setattr(importing, "import_score_file", failing)
    desk = open_desk(world, db, tmp_path)
    verdicts = desk.import_files([files["e1"], files["e3"], files["e5"]], now=world.now)
    assert [(v.verdict, v.code) for v in verdicts] == [
        (Verdict.ACCEPTED, None),
        (Verdict.REJECTED, "file-unreadable"),
        (Verdict.ACCEPTED, None),
    ]
    log = desk.import_log()  # verified: the rolled-back entry left no gap in the chain
    assert [e.sequence for e in log] == [1, 2]
    assert {h.sheet.expert_id for h in desk.held_sheets()} == {
        world.keyid("e1"),
        world.keyid("e5"),
    }
    monkeypatch.setattr(importing, "import_score_file", real)
    [again] = desk.import_files([files["e3"]], now=world.now)
    assert again.verdict is Verdict.ACCEPTED and again.sequence == 3


def test_each_file_is_read_once_and_the_bytes_that_verified_are_the_bytes_kept(
    world: ChairWorld,
    files: dict[str, Path],
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A USB stick is slow and may change under the chair: each file is opened once, and
    what is stored (and later carried in the bundle) is exactly what verified, even if the
    file on the stick is replaced right after it was read."""
    import os

    from reviewdesk.core.chair import importing

    stick = tmp_path / "stick"
    stick.mkdir()
    originals = {}
    for who in ("e1", "e3", "e5"):
        originals[who] = files[who].read_bytes()
        (stick / files[who].name).write_bytes(originals[who])
    opened: list[str] = []
    real_open, real_read = os.open, importing.read_received

    def counting_open(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).parent == stick:
            opened.append(Path(str(path)).name)
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    def read_then_swap(path: Path) -> bytes:
        data = real_read(path)
        if path.name == files["e3"].name:  # replaced on the stick by someone else's file
            path.write_bytes(originals["e5"])
        return data

    desk = open_desk(world, db, tmp_path)
    monkeypatch.setattr(os, "open", counting_open)
    monkeypatch.setattr(importing, "read_received", read_then_swap)
    verdicts = desk.import_files([stick], now=world.now)
    monkeypatch.undo()
    assert sorted(opened) == sorted(files[w].name for w in ("e1", "e3", "e5"))
    assert [v.verdict for v in verdicts] == [Verdict.ACCEPTED] * 3
    e3 = next(v for v in verdicts if v.path.name == files["e3"].name)
    assert e3.expert == world.keyid("e3")
    assert e3.file_sha256 is not None
    assert desk.received_file(e3.file_sha256) == originals["e3"]


def test_a_score_file_past_the_cap_is_refused_unread(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from reviewdesk.core.chair import importing

    monkeypatch.setattr(importing, "MAX_SCORE_FILE", files["e1"].stat().st_size - 1)
    desk = open_desk(world, db, tmp_path)
    [big, small] = desk.import_files([files["e1"], tmp_path / "missing.rdx"], now=world.now)
    assert (big.verdict, big.code) == (Verdict.REJECTED, "file-too-large")
    assert (small.verdict, small.code) == (Verdict.REJECTED, "file-unreadable")
    assert desk.import_log() == []  # neither could be read: no receipt


def test_what_one_batch_held_is_known_to_the_next(
    world: ChairWorld, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Committed one file at a time (a slow machine), the replay rules still see every file
    of the import before it: a copy is already imported, an older revision is ignored."""
    from reviewdesk.core.chair import importing

    monkeypatch.setattr(importing, "BATCH_SECONDS", 0.0)
    r1 = world.score_file("e2", world.totals("e2"), revision=1, name="b-e2-r1.rdx")
    r2 = world.score_file("e2", world.totals("e2"), revision=2, name="d-e2-r2.rdx")
    copy = tmp_path / "c-e2-r2-copy.rdx"
    copy.write_bytes(r2.read_bytes())
    desk = open_desk(world, db, tmp_path)
    verdicts = desk.import_files([r2, r1, copy, r1], now=world.now)
    assert [v.verdict for v in verdicts] == [
        Verdict.ACCEPTED,
        Verdict.OLDER_REVISION,
        Verdict.ALREADY_IMPORTED,
        Verdict.OLDER_REVISION,
    ]
    assert [e.sequence for e in desk.import_log()] == [1, 2, 3, 4]
