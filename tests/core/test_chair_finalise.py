"""Finalising a panel: the signed result bundle carries every received score file, the
signed import log, the decisions and the paper sheets; the commission recomputes the panel
results from the signed sheets alone; a key revoked after a file's receipt does not void it
(issue 7 item 12); reopening makes a numbered new version."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))
from chair_world import EXPERTS, REFS, ChairWorld, make_chair_world
from test_chair_desk import import_scenario, open_desk, settle

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import BlockerKind, FinalisedResult
from reviewdesk.core.crypto.roster import Revocation, Roster
from reviewdesk.core.domain import Conflict, Grade
from reviewdesk.core.errors import CryptoError, DeskError, FormatError
from reviewdesk.core.formats.container import ContainerKind, blob_reader, read_index
from reviewdesk.core.formats.content import parse_scores
from reviewdesk.core.formats.result_bundle import (
    OpenedResultBundle,
    build_result_bundle,
    open_result_bundle,
)
from reviewdesk.core.formats.score_file import open_score_file
from reviewdesk.core.scoring import (
    ChairDecisions,
    GradeOverride,
    ScoreSheet,
    VetoDecision,
    VetoVerdict,
    consolidate,
)
from reviewdesk.core.storage import Database

AGE = shutil.which("age")


@pytest.fixture(scope="module")
def finalised(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[ChairWorld, ChairDesk, FinalisedResult]:
    folder = tmp_path_factory.mktemp("finalised")
    world = make_chair_world(folder / "world")
    files = world.score_files()
    db = Database.open(f"sqlite:///{folder / 'home.sqlite3'}")
    desk = open_desk(world, db, folder)
    import_scenario(world, desk, files)
    desk.override_grade("R-09", Grade.GOOD, "现场答辩补充了国际合作成果。")
    for ref in REFS:
        desk.set_panel_opinion(ref, f"{ref}：专家组经讨论形成一致意见。")
    settle(world, desk)
    result = desk.finalise(folder / "out", now=world.now + timedelta(days=16))
    return world, desk, result


def _open(
    world: ChairWorld, result: FinalisedResult, who: str = "operator", roster: Roster | None = None
) -> OpenedResultBundle:
    return open_result_bundle(result.bundle, world.people[who], roster or world.roster())


def test_the_bundle_carries_every_received_file_the_log_and_the_paper_sheet(
    finalised: tuple[ChairWorld, ChairDesk, FinalisedResult],
) -> None:
    world, desk, result = finalised
    bundle = _open(world, result, "audit")  # both commission keys can open it
    assert bundle.details.chair == world.keyid("chair")
    carried = bundle.read_score_files()
    received = [
        desk.received_file(e.file_sha256)
        for e in desk.import_log()
        if e.outcome in ("imported", "alarm")
    ]
    assert sorted(data for _, data in carried) == sorted(received)  # byte for byte
    assert len(carried) == 8  # 7 experts' files and the equivocating twin
    log = bundle.read_import_log()
    assert log is not None
    assert [e.entry_hash for e in log] == [e.entry_hash for e in desk.import_log()]
    assert len(bundle.verify_score_files()) == 7
    paper = loads_strict(bundle.read_paper_sheets() or b"")
    [sheet] = paper["sheets"]
    assert (sheet["expert"], sheet["scores"]["sheets"][0]["applicant"]) == (
        world.keyid("e7"),
        "R-12",
    )
    assert sheet["note"] == "吴芳专家现场纸质评分，组长录入。"
    decisions = loads_strict(bundle.read_decisions() or b"")
    assert {"grade", "veto", "opinion", "flag"} <= {d["kind"] for d in decisions["decisions"]}
    assert decisions["alarms"][0]["resolution"].startswith("刘洋专家")
    assert result.report_pdf is not None and result.report_pdf.read_bytes().startswith(b"%PDF")
    assert result.workbook is not None and result.workbook.read_bytes().startswith(b"PK")


def test_a_bundle_that_leaves_a_received_file_out_is_refused(
    finalised: tuple[ChairWorld, ChairDesk, FinalisedResult], tmp_path: Path
) -> None:
    world, desk, result = finalised
    bundle = _open(world, result)
    files = bundle.read_score_files()[1:]  # one received file left out
    from reviewdesk.core.formats.result_bundle import CarriedFile

    forged = build_result_bundle(
        tmp_path / "forged.rdx",
        chair=world.people["chair"],
        chair_package=desk.package,
        scores=[v.score for v in bundle.verify_score_files()],
        consolidation=bundle.read_consolidation(),
        import_log_head=bundle.details.import_log_head,
        roster=world.roster(),
        now=world.now,
        score_files=[CarriedFile(e, d) for e, d in files],
        import_log=_blob(bundle, "import-log"),
    )
    with pytest.raises(FormatError) as caught:
        open_result_bundle(
            forged.path, world.people["operator"], world.roster()
        ).verify_score_files()
    assert caught.value.code == "result-file-missing"


def _blob(bundle: OpenedResultBundle, role: str) -> bytes:
    [entry] = [b for b in bundle.manifest.blobs if b.role.value == role]
    return bundle.object.read_blob(entry.index)


def test_the_panel_results_are_recomputed_from_the_signed_sheets_alone(
    finalised: tuple[ChairWorld, ChairDesk, FinalisedResult], tmp_path: Path
) -> None:
    world, _, result = finalised
    operator = world.people["operator"]
    bundle = _open(world, result)
    bundle.verify_score_files()
    doc = loads_strict(bundle.read_consolidation())
    log = bundle.read_import_log() or ()
    outcome = {e.file_sha256: e for e in log}
    deadline = datetime.strptime(doc["deadline"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=world.now.tzinfo
    )
    sheets: list[ScoreSheet] = []
    for n, (_, data) in enumerate(bundle.read_score_files()):
        entry = outcome[hashlib.sha256(data).hexdigest()]
        if entry.outcome != "imported":
            continue  # the equivocating twin is evidence, not a sheet
        path = tmp_path / f"{n}.rdx"
        path.write_bytes(data)
        opened = open_score_file(path, operator, world.roster())
        declared = {c.applicant: c.conflict for c in opened.details.declarations.conflicts}
        late = entry.recorded_at > deadline
        sheets += [
            replace(s, conflict=declared.get(s.applicant_id, Conflict.NONE), late=late)
            for s in opened.read_sheets()
        ]
    for item in loads_strict(bundle.read_paper_sheets() or b"")["sheets"]:
        [paper] = parse_scores(dumps_canonical(item["scores"]), expert=item["expert"], revision=1)
        sheets.append(paper)
    decided = loads_strict(bundle.read_decisions() or b"")["decisions"]
    experts = tuple(world.keyid(e) for e in EXPERTS)
    for applicant in doc["applicants"]:
        ref = applicant["id"]
        mine = [d for d in decided if d["applicant"] == ref]
        decisions = ChairDecisions(
            {
                d["subject"]: VetoDecision(VetoVerdict(d["value"]), d["reason"])
                for d in mine
                if d["kind"] == "veto"
            },
            {d["subject"]: d["value"] for d in mine if d["kind"] == "flag"},
            next(
                (
                    GradeOverride(Grade(d["value"]), d["reason"])
                    for d in mine
                    if d["kind"] == "grade"
                ),
                None,
            ),
        )
        again = consolidate(
            world.template, ref, experts, [s for s in sheets if s.applicant_id == ref], decisions
        )
        assert str(again.panel_score) == applicant["panel_score"], ref
        assert (again.grade.value if again.grade else None) == applicant["grade"], ref
        assert again.can_finalise, ref
    by_ref = {a["id"]: a for a in doc["applicants"]}
    assert by_ref["R-09"]["grade_override"]["grade"] == "good"
    assert by_ref["R-10"]["grade"] == "unqualified"  # the confirmed veto
    assert [a for a, x in by_ref.items() if x["published_grade"] == "excellent"] == ["R-01", "R-02"]
    assert Decimal(by_ref["R-12"]["panel_score"]) > 0


def test_a_key_revoked_after_the_receipt_still_verifies_its_files(
    finalised: tuple[ChairWorld, ChairDesk, FinalisedResult], tmp_path: Path
) -> None:
    world, desk, result = finalised
    e3 = world.keyid("e3")
    imported_at = world.now + timedelta(days=5)
    later = world.roster(4, (Revocation(e3, "笔记本电脑遗失", imported_at + timedelta(days=2)),))
    assert len(_open(world, result, roster=later).verify_score_files()) == 7
    earlier = world.roster(4, (Revocation(e3, "笔记本电脑遗失", imported_at - timedelta(days=1)),))
    with pytest.raises(CryptoError) as caught:
        _open(world, result, roster=earlier).verify_score_files()
    assert caught.value.code == "key-revoked"
    # a bundle without the log (as written before) proves no receipt: every revocation counts
    bundle = _open(world, result)
    old = build_result_bundle(
        tmp_path / "old.rdx",
        chair=world.people["chair"],
        chair_package=desk.package,
        scores=[v.score for v in bundle.verify_score_files()],
        consolidation=bundle.read_consolidation(),
        import_log_head=bundle.details.import_log_head,
        roster=world.roster(),
        now=world.now,
    )
    reopened = open_result_bundle(old.path, world.people["operator"], later)
    assert reopened.read_import_log() is None
    with pytest.raises(CryptoError) as caught:
        reopened.verify_score_files()
    assert caught.value.code == "key-revoked"


def test_a_finalised_version_is_frozen_and_reopening_numbers_the_next(
    finalised: tuple[ChairWorld, ChairDesk, FinalisedResult], tmp_path: Path
) -> None:
    world, desk, result = finalised
    assert result.version == 1 and result.bundle.name == "2025-EVAL_P1_v1.result.rdx"
    assert [b.kind for b in desk.blockers()] == [BlockerKind.FINALISED]
    with pytest.raises(DeskError) as caught:
        desk.set_panel_opinion("R-01", "改动")
    assert caught.value.code == "chair-version-finalised"
    assert desk.reopen_version("委员会退回：请补充R-05的专家组意见。") == 2
    desk.set_panel_opinion("R-05", "补充：专家组一致认为该基地国际合作成效良好。")
    second = desk.finalise(tmp_path, now=world.now + timedelta(days=20))
    assert second.version == 2 and second.bundle_digest != result.bundle_digest
    versions = desk.versions()
    assert [(v.number, v.bundle_digest) for v in versions] == [
        (1, result.bundle_digest),
        (2, second.bundle_digest),
    ]
    assert result.bundle.exists()  # the first version's files stay
    assert desk.store.result_path(result.bundle_digest).exists()
    assert versions[1].reopen_reason.startswith("委员会退回")
    finalising = [a for a in desk.audit_trail() if a.action == "finalise"]
    assert [(a.version, a.value) for a in finalising] == [
        (1, result.fingerprint),
        (2, second.fingerprint),
    ]
    assert json.loads(_open(world, second).read_consolidation())["version"] == 2


@pytest.mark.skipif(AGE is None, reason="the age command-line tool is not installed")
def test_every_blob_of_the_bundle_opens_with_the_real_age_tool(
    finalised: tuple[ChairWorld, ChairDesk, FinalisedResult], tmp_path: Path
) -> None:
    world, _, result = finalised
    key = tmp_path / "audit.key"
    key.write_text(world.people["audit"].export_age_identity() + "\n")
    with result.bundle.open("rb") as handle:
        index = read_index(handle, result.bundle)
        assert index.kind is ContainerKind.RESULT
        for blob in index.blobs:
            age_file = tmp_path / f"blob{blob.index}.age"
            age_file.write_bytes(blob_reader(handle, blob).read())
            out = subprocess.run(
                [AGE, "-d", "-i", str(key), str(age_file)], capture_output=True, check=True
            ).stdout
            if blob.index == 0:
                assert b"application/vnd.reviewdesk.manifest+json" in out
    bundle = _open(world, result, "audit")
    [log] = [b for b in bundle.manifest.blobs if b.role.value == "import-log"]
    assert (
        hashlib.sha256(
            subprocess.run(
                [AGE, "-d", "-i", str(key), str(tmp_path / f"blob{log.index}.age")],
                capture_output=True,
                check=True,
            ).stdout
        ).hexdigest()
        == log.plaintext_sha256
    )
