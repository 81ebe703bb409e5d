"""The chair desk over a panel of 7 experts × 12 applicants: opening, importing with one
verdict per file, the per-panel import log, late sheets judged by the import time, paper
sheets, decisions with their audit trail, and the blockers."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from chair_world import EXPERTS, REFS, ChairWorld, make_chair_world

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import BlockerKind, Verdict
from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.errors import DeskError, StorageError
from reviewdesk.core.scoring import FlagKind, ProblemCode, VetoVerdict
from reviewdesk.core.storage import Database

ORDER = ("e1", "e2-r2", "e2-r1", "e3", "e4", "e4-twin", "e5", "e7", "foreign", "tampered")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ChairWorld:
    return make_chair_world(tmp_path_factory.mktemp("chair-world"))


@pytest.fixture(scope="module")
def files(world: ChairWorld) -> dict[str, Path]:
    return world.score_files()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database.open(f"sqlite:///{tmp_path / 'home.sqlite3'}")


def open_desk(world: ChairWorld, db: Database, tmp_path: Path) -> ChairDesk:
    return ChairDesk.open(
        db,
        world.people["chair"],
        world.chair_package,
        trust=world.trust(),
        store_dir=tmp_path / "store",
        now=world.now,
    )


def import_scenario(world: ChairWorld, desk: ChairDesk, files: dict[str, Path]) -> list[Verdict]:
    verdicts = desk.import_files([files[k] for k in ORDER], now=world.now + timedelta(days=5))
    verdicts += desk.import_files([files["e6"]], now=world.deadline + timedelta(hours=1))
    return [v.verdict for v in verdicts]


def test_opening_names_the_panel_its_experts_and_assignments(
    world: ChairWorld, db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    info = desk.info()
    assert (info.round_name, info.panel_name) == ("2025年度国合基地定期评价", "科研类第一评审组")
    assert [e.name for e in info.experts] == [
        "王建国",
        "李静",
        "张明远",
        "刘洋",
        "孙丽",
        "周强",
        "吴芳",
    ]
    assert len(info.applicants) == 12 and info.version == 1 and info.finalised_at is None
    assert all(refs == REFS for refs in desk.assignments().values())
    assert desk.assigned_experts("R-05") == tuple(world.keyid(e) for e in EXPERTS)
    again = open_desk(world, db, tmp_path)
    assert again.desk_id == desk.desk_id
    assert [p.digest for p in ChairDesk.recent_panels(db)] == [desk.digest]
    reopened = ChairDesk.reopen(db, world.people["chair"], tmp_path / "store", desk.digest)
    assert reopened.info().panel_ref == "P1"


def test_a_chair_package_is_never_trusted_on_first_sight(
    world: ChairWorld, db: Database, tmp_path: Path
) -> None:
    with pytest.raises(DeskError) as caught:
        ChairDesk.open(
            db,
            world.people["chair"],
            world.chair_package,
            trust=None,
            store_dir=tmp_path / "store",
            now=world.now,
        )
    assert caught.value.code == "trust-not-pinned"
    assert ChairDesk.recent_panels(db) == []


def test_each_file_gets_its_verdict_and_a_bad_one_never_stops_the_others(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    verdicts = desk.import_files([files[k] for k in ORDER], now=world.now + timedelta(days=5))
    got = {v.path.name: (v.verdict, v.code) for v in verdicts}
    assert got[files["e2-r1"].name] == (Verdict.OLDER_REVISION, None)
    assert got[files["e4-twin"].name] == (Verdict.ALARM, "score-equivocation")
    assert got[files["foreign"].name] == (Verdict.REJECTED, "score-wrong-panel")
    assert got[files["tampered"].name][0] is Verdict.REJECTED
    accepted = [k for k in ORDER if got[files[k].name][0] is Verdict.ACCEPTED]
    assert accepted == ["e1", "e2-r2", "e3", "e4", "e5", "e7"]
    # every verdict is an entry of this panel's chain, and the received files are kept
    log = desk.import_log()
    assert [e.sequence for e in log] == list(range(1, 11))
    assert [v.sequence for v in verdicts] == list(range(1, 11))
    for key in ("e1", "e4-twin"):
        sha = got_sha = next(v.file_sha256 for v in verdicts if v.path == files[key])
        assert sha is not None
        assert desk.received_file(got_sha) == files[key].read_bytes()
    with pytest.raises(StorageError):  # a rejected file is logged, not kept
        desk.received_file(verdicts[-1].file_sha256 or "0" * 64)
    [alarm] = desk.alarms()
    assert alarm.expert == world.keyid("e4") and alarm.resolution is None


def test_importing_again_changes_nothing(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    before = (desk.matrix(), desk.held_sheets(), desk.alarms())
    again = desk.import_files([files[k] for k in ORDER], now=world.now + timedelta(days=6))
    assert [v.verdict for v in again] == [
        Verdict.ALREADY_IMPORTED,
        Verdict.ALREADY_IMPORTED,
        Verdict.OLDER_REVISION,
        Verdict.ALREADY_IMPORTED,
        Verdict.ALREADY_IMPORTED,
        Verdict.ALREADY_IMPORTED,
        Verdict.ALREADY_IMPORTED,
        Verdict.ALREADY_IMPORTED,
        Verdict.REJECTED,
        Verdict.REJECTED,
    ]
    assert (desk.matrix(), desk.held_sheets(), desk.alarms()) == before
    assert len(desk.import_log()) == 11 + len(ORDER)  # the log records every attempt


def test_a_folder_is_searched_recursively_for_score_files(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    (stick / "专家" / "deep").mkdir(parents=True)
    (stick / "专家" / "deep" / "a.rdx").write_bytes(files["e1"].read_bytes())
    (stick / "b.rdx").write_bytes(files["e3"].read_bytes())
    (stick / "readme.txt").write_text("not a score file")
    (stick / ".Trash").mkdir()
    (stick / ".Trash" / "c.rdx").write_bytes(files["e5"].read_bytes())
    desk = open_desk(world, db, tmp_path)
    verdicts = desk.import_files([stick], now=world.now)
    assert [(v.path.name, v.verdict) for v in verdicts] == [
        ("b.rdx", Verdict.ACCEPTED),
        ("a.rdx", Verdict.ACCEPTED),
    ]
    [named] = desk.import_files([stick / "readme.txt"], now=world.now)
    assert (named.verdict, named.code) == (Verdict.REJECTED, "container-not-rdx")


def test_a_late_sheet_is_judged_by_the_chairs_import_time(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    e6 = world.keyid("e6")
    row = desk.matrix().row("R-01")
    assert [f.kind for f in row.result.flags if f.expert_id == e6] == [FlagKind.LATE_SHEET]
    late = [h.sheet.expert_id for h in desk.held_sheets("R-01") if h.sheet.late]
    assert late == [e6]  # its created_at (3 days after opening) was before the deadline

    other = Database.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    on_time = open_desk(world, other, tmp_path / "other")
    on_time.import_files([files["e6"]], now=world.deadline - timedelta(minutes=1))
    assert not any(h.sheet.late for h in on_time.held_sheets())


def test_paper_sheets_are_validated_like_signed_ones_and_marked(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    sheet = world.paper_sheet()
    broken = type(sheet)(sheet.expert_id, sheet.applicant_id, {}, {}, "", ())
    problems = desk.enter_paper_sheet(broken, "专家现场纸质评分，组长录入。")
    assert ProblemCode.MISSING_SCORE in {p.code for p in problems}
    assert not any(h.entered_by_chair for h in desk.held_sheets())
    with pytest.raises(DeskError) as caught:
        desk.enter_paper_sheet(sheet, "")
    assert caught.value.code == "decision-reason-required"
    signed = world.sheet("e1", "R-01", 90)
    with pytest.raises(DeskError) as caught:
        desk.enter_paper_sheet(signed, "重复录入")
    assert caught.value.code == "paper-sheet-signed-exists"
    assert desk.enter_paper_sheet(sheet, "专家现场纸质评分，组长录入。") == []
    [held] = [h for h in desk.held_sheets("R-12") if h.entered_by_chair]
    assert held.chair_note == "专家现场纸质评分，组长录入。" and held.file_sha256 is None
    row = desk.matrix().row("R-12")
    assert world.keyid("e7") in {c.expert_id for c in row.result.counted}
    assert not any(f.kind is FlagKind.MISSING_SHEET for f in row.result.flags)


def test_decisions_are_saved_one_by_one_and_audited(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    with pytest.raises(DeskError) as caught:
        desk.override_grade("R-09", Grade.GOOD, "  ")
    assert caught.value.code == "decision-reason-required"
    desk.override_grade("R-09", Grade.GOOD, "现场答辩补充了国际合作成果。")
    desk.decide_veto("R-10", "V1", VetoVerdict.CONFIRMED, "核实审计报告，数据不符属实。")
    desk.set_panel_opinion("R-01", "该基地国际合作成效突出，建议评为优秀。")
    desk.resolve_flag("R-06", "range", "孙丽专家说明了评分依据，专家组讨论后维持。")
    # a second window (reopen) sees every decision: each was committed on its own
    other = ChairDesk.reopen(db, world.people["chair"], tmp_path / "store", desk.digest)
    matrix = other.matrix()
    r09, r10 = matrix.row("R-09").result, matrix.row("R-10").result
    assert (r09.computed_grade, r09.grade) == (Grade.QUALIFIED, Grade.GOOD)
    assert r10.veto_confirmed and r10.grade is Grade.UNQUALIFIED
    assert matrix.row("R-10").unranked is not None
    assert matrix.row("R-01").panel_opinion.startswith("该基地")
    assert [a.action for a in other.audit_trail()] == ["grade", "veto", "opinion", "flag"]
    desk.accept_grade("R-09")
    assert desk.matrix().row("R-09").result.grade is Grade.QUALIFIED
    assert desk.audit_trail()[-1].action == "accept-grade"


def test_the_quota_and_leniency_come_from_the_engine(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    matrix = desk.matrix()
    excellent = [r.applicant.ref for r in matrix.rows if r.result.grade is Grade.EXCELLENT]
    published = [r.applicant.ref for r in matrix.rows if r.published_grade is Grade.EXCELLENT]
    assert excellent == ["R-01", "R-02", "R-03", "R-04"] and published == ["R-01", "R-02"]
    assert matrix.row("R-03").ranked is not None and matrix.row("R-03").ranked.beyond_quota
    by_expert = {x.expert_id: x for x in matrix.leniency}
    assert by_expert[world.keyid("e5")].outliers == 1  # the 40 on R-06
    assert by_expert[world.keyid("e5")].rounded_offset(2) < by_expert[
        world.keyid("e4")
    ].rounded_offset(2)


def test_blockers_name_what_and_where_until_everything_is_settled(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    kinds = {(b.kind, b.applicant, b.subject.split(":")[0]) for b in desk.blockers()}
    assert (BlockerKind.UNDECIDED_VETO, "R-10", "V1") in kinds
    assert (BlockerKind.UNRESOLVED_FLAG, "R-06", "deviation") in kinds
    assert (BlockerKind.UNRESOLVED_FLAG, "R-03", "potential-conflict") in kinds
    assert (BlockerKind.UNRESOLVED_FLAG, "R-04", "missing-sheet") in kinds
    assert (BlockerKind.EQUIVOCATION_ALARM, None, "1") in kinds
    with pytest.raises(DeskError) as caught:
        desk.finalise(tmp_path / "out")
    assert caught.value.code == "chair-not-ready"
    settle(world, desk)
    assert desk.blockers() == []


def settle(world: ChairWorld, desk: ChairDesk) -> None:
    """Settle every blocker the way a chair would, in writing."""
    if not any(h.entered_by_chair for h in desk.held_sheets("R-12")):
        desk.enter_paper_sheet(world.paper_sheet(), "吴芳专家现场纸质评分，组长录入。")
    for blocker in desk.blockers():
        if blocker.kind is BlockerKind.UNRESOLVED_FLAG:
            assert blocker.applicant is not None
            desk.resolve_flag(blocker.applicant, blocker.subject, "专家组已讨论并记录。")
        elif blocker.kind is BlockerKind.UNDECIDED_VETO:
            assert blocker.applicant is not None
            desk.decide_veto(
                blocker.applicant,
                blocker.subject,
                VetoVerdict.CONFIRMED,
                "核实审计报告，数据不符属实。",
            )
        elif blocker.kind is BlockerKind.EQUIVOCATION_ALARM:
            desk.resolve_alarm(int(blocker.subject), "刘洋专家确认第一份文件为其正式评分。")


def test_a_decision_the_engine_refuses_blocks_until_withdrawn(
    world: ChairWorld, files: dict[str, Path], db: Database, tmp_path: Path
) -> None:
    desk = open_desk(world, db, tmp_path)
    import_scenario(world, desk, files)
    desk.override_recommendation("R-02", Recommendation.RECOGNISE, "评价类不适用，仅作测试。")
    refused = [b for b in desk.blockers() if b.kind is BlockerKind.REFUSED_DECISION]
    assert [(b.applicant, b.subject) for b in refused] == [("R-02", "recommendation-override")]
    desk.override_recommendation("R-02", None, "")
    assert not [b for b in desk.blockers() if b.kind is BlockerKind.REFUSED_DECISION]


def test_the_experts_present_sign_the_report(
    world: ChairWorld, db: Database, tmp_path: Path
) -> None:
    from reviewdesk.core.chair.reporting import report_data

    desk = open_desk(world, db, tmp_path)
    desk.set_present(world.keyid("e5"), False)
    info = desk.info()
    assert [e.name for e in info.experts if not e.present] == ["孙丽"]
    data = report_data(desk, desk.matrix(), "12345 67890", world.now, 1)
    assert [e.name for e in data.present] == ["王建国", "李静", "张明远", "刘洋", "周强", "吴芳"]
    desk.set_present(world.keyid("e5"), True)
    assert all(e.present for e in desk.info().experts)
    assert [a.action for a in desk.audit_trail()] == ["absent", "present"]
    with pytest.raises(DeskError):
        desk.set_present(world.keyid("outsider"), False)
