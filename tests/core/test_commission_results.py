"""The commission imports the chairs' result bundles (issue 10 item 5): a real panel (seven
experts, twelve applicants, the chair desk's whole scenario) finalised by the chair desk,
then imported against the commission's own records — accepted when every signature, every
issued package, the import log and the recomputation agree; refused with its reason and
nothing stored otherwise; a re-import changes nothing; a newer version supersedes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parents[1]))
sys.path.insert(0, str(Path(__file__).parent))
from chair_world import EXPERTS, REFS, ChairWorld, make_chair_world
from results_world import commission_db
from test_chair_desk import import_scenario, open_desk, settle

from reviewdesk.cli import main
from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import FinalisedResult
from reviewdesk.core.commission.publication import Publication, publish_round
from reviewdesk.core.commission.result_import import (
    ACCEPTED,
    ALREADY,
    REFUSED,
    BundleVerdict,
    import_result_bundles,
)
from reviewdesk.core.crypto.roster import Revocation, Roster
from reviewdesk.core.domain import Grade
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.imports import StoredScore
from reviewdesk.core.formats.result_bundle import (
    CarriedFile,
    OpenedResultBundle,
    build_result_bundle,
    open_result_bundle,
)
from reviewdesk.core.formats.verify import verify_file
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models.commission import (
    CommissionReceivedScore,
    CommissionResult,
    CommissionResultBundle,
)

World = tuple[ChairWorld, ChairDesk, FinalisedResult]
AGE = shutil.which("age")
COMMISSION = "北京市科学技术委员会、中关村科技园区管理委员会"


@pytest.fixture(scope="module")
def finalised(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("results")
    world = make_chair_world(folder / "world")
    files = world.score_files()
    db = Database.open(f"sqlite:///{folder / 'chair.sqlite3'}")
    desk = open_desk(world, db, folder)
    import_scenario(world, desk, files)
    desk.override_grade("R-09", Grade.GOOD, "现场答辩补充了国际合作成果。")
    for ref in REFS:
        desk.set_panel_opinion(ref, f"{ref}：专家组经讨论形成一致意见。")
    settle(world, desk)
    return world, desk, desk.finalise(folder / "out", now=world.now + timedelta(days=16))


def _import(
    db: Database, world: ChairWorld, *paths: Path, roster: Roster | None = None
) -> list[BundleVerdict]:
    return import_result_bundles(db, list(paths), world.people["operator"],
                                 roster=roster or world.roster(),
                                 now=world.now + timedelta(days=17))  # fmt: skip


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (CommissionResultBundle, CommissionReceivedScore, CommissionResult)
        )


def _blob(bundle: OpenedResultBundle, role: str) -> bytes:
    [entry] = [b for b in bundle.manifest.blobs if b.role.value == role]
    return bundle.object.read_blob(entry.index)


def _forge(
    world: ChairWorld, desk: ChairDesk, result: FinalisedResult, dest: Path, *,
    scores: list[StoredScore] | None = None, consolidation: bytes | None = None,
    decisions: bytes | None = None,
) -> Path:  # fmt: skip
    """The chair re-signs the bundle with one part changed (the chair's key can do that; the
    experts' signatures and the log it cannot forge)."""
    bundle = open_result_bundle(result.bundle, world.people["operator"], world.roster())
    sealed = build_result_bundle(
        dest, chair=world.people["chair"], chair_package=desk.package,
        scores=scores if scores is not None else [v.score for v in bundle.verify_score_files()],
        consolidation=consolidation or bundle.read_consolidation(),
        import_log_head=bundle.details.import_log_head, roster=world.roster(),
        now=world.now + timedelta(days=16),
        score_files=[CarriedFile(e, d) for e, d in bundle.read_score_files()],
        import_log=_blob(bundle, "import-log"), decisions=decisions or bundle.read_decisions(),
        paper_sheets=bundle.read_paper_sheets(),
    )  # fmt: skip
    return sealed.path


def _codes(verdict: BundleVerdict) -> list[str]:
    return [r.code for r in verdict.reasons]


def test_a_good_bundle_is_accepted_and_its_recomputation_equals_the_claim(
    finalised: World, tmp_path: Path
) -> None:
    world, _, result = finalised
    db = commission_db(tmp_path, world)
    [verdict] = _import(db, world, result.bundle)
    assert verdict.verdict == ACCEPTED, verdict.reasons
    assert (verdict.round, verdict.panel, verdict.version) == ("2025-EVAL", "P1", 1)
    assert verdict.discrepancies == () and verdict.reasons == ()
    assert _counts(db) == (1, 7, 12)
    claim = loads_strict(_claim(world, result))
    claimed = {a["id"]: a for a in claim["applicants"]}
    with db.session() as s:
        rows = {r.applicant_ref: r for r in s.scalars(select(CommissionResult))}
    for ref, row in rows.items():
        assert row.panel_score == claimed[ref]["panel_score"], ref
        assert row.grade == claimed[ref]["published_grade"] == row.claimed_grade, ref
    assert rows["R-09"].override_reason == "现场答辩补充了国际合作成果。"
    assert rows["R-10"].grade == "unqualified"  # the confirmed veto
    assert sorted(r for r, row in rows.items() if row.grade == "excellent") == ["R-01", "R-02"]


def _claim(world: ChairWorld, result: FinalisedResult) -> bytes:
    bundle = open_result_bundle(result.bundle, world.people["operator"], world.roster())
    return bundle.read_consolidation()


def test_the_same_bundle_imported_again_changes_nothing(finalised: World, tmp_path: Path) -> None:
    world, _, result = finalised
    db = commission_db(tmp_path, world)
    _import(db, world, result.bundle)
    before = _counts(db)
    [again] = _import(db, world, result.bundle)
    assert again.verdict == ALREADY and again.accepted
    assert _counts(db) == before


def test_a_tampered_expert_score_is_refused_and_nothing_stored(
    finalised: World, tmp_path: Path
) -> None:
    world, desk, result = finalised
    bundle = open_result_bundle(result.bundle, world.people["operator"], world.roster())
    scores = [v.score for v in bundle.verify_score_files()]
    first = scores[0]
    doc = loads_strict(first.scores)
    criterion = next(iter(doc["sheets"][0]["scores"]))
    doc["sheets"][0]["scores"][criterion] = "0"  # the chair lowers one expert's score
    scores[0] = replace(first, scores=dumps_canonical(doc))
    forged = _forge(world, desk, result, tmp_path / "tampered.rdx", scores=scores)
    db = commission_db(tmp_path / "db", world)
    [verdict] = _import(db, world, forged)
    assert verdict.verdict == REFUSED and _codes(verdict) == ["blob-hash-mismatch"]
    assert verdict.reasons[0].detail["which"] == "plaintext"
    assert _counts(db) == (0, 0, 0)


def test_a_missing_assignment_is_refused_and_named(finalised: World, tmp_path: Path) -> None:
    world, desk, result = finalised
    bundle = open_result_bundle(result.bundle, world.people["operator"], world.roster())
    doc = loads_strict(bundle.read_decisions() or b"")
    e1 = world.keyid("e1")
    doc["decisions"] = [  # the chair's written word on e1's missing sheet for R-04 is gone
        d for d in doc["decisions"]
        if not (d["applicant"] == "R-04" and d["subject"] == f"missing-sheet:{e1}")
    ]  # fmt: skip
    forged = _forge(world, desk, result, tmp_path / "uncovered.rdx",
                    decisions=dumps_canonical(doc))  # fmt: skip
    db = commission_db(tmp_path / "db", world)
    [verdict] = _import(db, world, forged)
    assert verdict.verdict == REFUSED
    uncovered = [r.detail for r in verdict.reasons if r.code == "result-assignment-uncovered"]
    assert uncovered == [{"applicant": "R-04", "expert": e1}]
    assert "result-not-final" in _codes(verdict)
    assert _counts(db) == (0, 0, 0)


def test_a_score_file_for_a_package_the_commission_never_issued_is_refused(
    finalised: World, tmp_path: Path
) -> None:
    world, _, result = finalised
    # The commission's records know e6's package by another digest: the package e6 scored
    # was not the one the commission issued.
    db = commission_db(tmp_path, world, substitute={"e6": "e" * 64})
    [verdict] = _import(db, world, result.bundle)
    assert verdict.verdict == REFUSED and _codes(verdict) == ["result-package-not-issued"]
    detail = verdict.reasons[0].detail
    assert detail["expert"] == world.keyid("e6")
    assert detail["package"] == world.packages["e6"].digest
    assert _counts(db) == (0, 0, 0)


def test_a_bundle_signed_by_a_chair_revoked_before_it_is_refused(
    finalised: World, tmp_path: Path
) -> None:
    world, _, result = finalised
    revoked = Revocation(world.keyid("chair"), "组长密钥遗失", world.now + timedelta(days=15))
    roster = world.roster(4, (revoked,))  # revoked a day before the bundle was finalised
    db = commission_db(tmp_path, world)
    [verdict] = _import(db, world, result.bundle, roster=roster)
    assert verdict.verdict == REFUSED and _codes(verdict) == ["key-revoked"]
    assert _counts(db) == (0, 0, 0)
    # a revocation dated after the commission's import does not void the bundle
    later = Revocation(world.keyid("chair"), "组长密钥遗失", world.now + timedelta(days=30))
    [ok] = _import(db, world, result.bundle, roster=world.roster(4, (later,)))
    assert ok.verdict == ACCEPTED, ok.reasons


def test_a_claimed_grade_that_differs_from_the_recomputation_is_refused(
    finalised: World, tmp_path: Path
) -> None:
    world, desk, result = finalised
    doc = loads_strict(_claim(world, result))
    [r05] = [a for a in doc["applicants"] if a["id"] == "R-05"]
    assert r05["grade"] == "good"
    r05["grade"] = r05["published_grade"] = "excellent"  # the claim upgrades R-05
    forged = _forge(world, desk, result, tmp_path / "upgraded.rdx",
                    consolidation=dumps_canonical(doc))  # fmt: skip
    db = commission_db(tmp_path / "db", world)
    [verdict] = _import(db, world, forged)
    assert verdict.verdict == REFUSED
    assert {(d.applicant, d.field, d.claimed, d.recomputed) for d in verdict.discrepancies} == {
        ("R-05", "grade", "excellent", "good"),
        ("R-05", "published_grade", "excellent", "good"),
    }
    assert set(_codes(verdict)) == {"result-claim-differs"}
    assert _counts(db) == (0, 0, 0)


def test_a_newer_version_supersedes_the_older_and_the_history_stays(
    finalised: World, tmp_path: Path
) -> None:
    world, desk, first = finalised
    desk.reopen_version("委员会退回：请补充R-05的专家组意见。")
    desk.set_panel_opinion("R-05", "补充：专家组一致认为该基地国际合作成效良好。")
    second = desk.finalise(tmp_path / "v2", now=world.now + timedelta(days=16, hours=2))
    db = commission_db(tmp_path / "db", world)
    [one, two] = _import(db, world, first.bundle, second.bundle)
    assert (one.verdict, two.verdict, two.version, two.supersedes) == (ACCEPTED, ACCEPTED, 2, 1)
    with db.session() as s:
        rows = list(s.scalars(select(CommissionResultBundle)
                              .order_by(CommissionResultBundle.bundle_version)))  # fmt: skip
        assert [r.bundle_version for r in rows] == [1, 2]
        assert rows[1].supersedes_id == rows[0].id and rows[0].data == first.bundle.read_bytes()
        opinion = s.scalar(
            select(CommissionResult.detail).where(
                CommissionResult.bundle_id == rows[1].id, CommissionResult.applicant_ref == "R-05"
            )
        )
    assert "补充：专家组一致认为" in (opinion or "")
    # the older version arriving after the newer one is refused and stores nothing
    fresh = commission_db(tmp_path / "db2", world)
    _import(fresh, world, second.bundle)
    [old] = _import(fresh, world, first.bundle)
    assert old.verdict == REFUSED and _codes(old) == ["result-version-not-newer"]
    assert _counts(fresh)[0] == 1


# -- publication ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def published(finalised: World, tmp_path_factory: pytest.TempPathFactory) -> Publication:
    world, _, result = finalised
    folder = tmp_path_factory.mktemp("published")
    db = commission_db(folder / "db", world)
    [verdict] = _import(db, world, result.bundle)
    assert verdict.verdict == ACCEPTED
    return publish_round(
        db, "2025-EVAL", folder / "out", commission=COMMISSION, identity=world.people["audit"],
        roster=world.roster(),
        date=world.now + timedelta(days=20),
    )  # fmt: skip


def test_the_workbook_holds_every_raw_score_and_the_panel_results(
    finalised: World, published: Publication
) -> None:
    world, _, result = finalised
    book = openpyxl.load_workbook(published.workbook)
    results, scores, panels = (book[name] for name in book.sheetnames)
    head = [c.value for c in results[1]]
    rows = {
        r[1]: dict(zip(head, r, strict=True))
        for r in results.iter_rows(min_row=2, values_only=True)
    }
    assert len(rows) == 12
    assert rows["R-09"]["调整理由"] == "现场答辩补充了国际合作成果。"
    assert rows["R-10"]["公布等级"] == "不合格" and "V1：确认" in rows["R-10"]["一票否决"]
    assert "优秀" in rows["R-01"]["公布等级"] and "第1名" in rows["R-01"]["排名"]
    assert rows["R-02"]["排名说明"]  # every rank explains itself
    # every raw per-criterion score of every counted file, and the paper sheet
    shead = [c.value for c in scores[1]]
    found = {
        (r[1], r[shead.index("评审专家")], r[shead.index("修订版")]): r
        for r in scores.iter_rows(min_row=2, values_only=True)
    }
    names = {world.keyid(e): world.people[e].name for e in EXPERTS}
    bundle = open_result_bundle(result.bundle, world.people["operator"], world.roster())
    checked = 0
    for verified in bundle.verify_score_files():
        for sheet in verified.sheets:
            row = found[(sheet.applicant_id, names[sheet.expert_id], sheet.revision)]
            for criterion, value in sheet.scores.items():
                assert Decimal(str(row[shead.index(criterion)])) == value
                checked += 1
    assert checked > 300
    paper = found[("R-12", "吴芳", 1)]
    assert paper[shead.index("纸质录入")] == "是"
    assert [c.value for c in panels[2]][:2] == ["科研类第一评审组", 1]


def test_the_notice_and_the_summaries_are_pdfs_with_the_font_embedded(
    published: Publication,
) -> None:
    notice = published.notice.read_bytes()
    assert notice.startswith(b"%PDF") and b"/FontFile2" in notice
    assert len(published.summaries) == 12
    for path in published.summaries:
        assert path.read_bytes().startswith(b"%PDF")
        pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
        if pages.returncode == 0:
            assert re.search(r"Pages:\s+1\n", pages.stdout), path.name


def test_the_archive_checks_with_sha256sum_age_and_verify(
    finalised: World, published: Publication, tmp_path: Path
) -> None:
    world, _, _ = finalised
    archive = published.archive
    assert archive is not None and archive.zip is not None
    index = json.loads((archive.folder / "index.json").read_bytes())
    assert index["format"] == "reviewdesk-archive/1"
    kinds = [e["what"] for e in index["files"]]
    assert kinds.count("result") == 1 and kinds.count("score") == 8
    assert {"roster", "trust", "issued-packages", "publication"} <= set(kinds)
    subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=archive.folder, check=True)
    with zipfile.ZipFile(archive.zip) as z:
        assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist())
        assert "index.json" in z.namelist()
    roster_data = world.roster_data()
    later = world.now + timedelta(days=30)
    for entry in index["files"]:
        if entry["what"] in ("score", "result"):
            path = archive.folder / entry["path"]
            report = verify_file(path, identity=world.people["audit"], roster_data=roster_data,
                                 trust=world.trust(), now=later)  # fmt: skip
            assert report.ok, (entry["path"], report.checks)
    score = next(e for e in index["files"] if e["what"] == "score")
    blob = score["blobs"][1]
    key = tmp_path / "audit.key"
    key.write_text(world.people["audit"].export_age_identity() + "\n")
    data = (archive.folder / score["path"]).read_bytes()
    piece = tmp_path / "blob1.age"
    piece.write_bytes(data[blob["offset"] : blob["offset"] + blob["length"]])
    if AGE is not None:
        plain = subprocess.run([AGE, "-d", "-i", str(key), str(piece)], capture_output=True,
                               check=True).stdout  # fmt: skip
        assert json.loads(plain)["format"] == "reviewdesk-scores"
    text = (archive.folder / "INDEX.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in text and score["path"] in text


def test_publishing_before_every_panel_is_in_is_refused(finalised: World, tmp_path: Path) -> None:
    world, _, _ = finalised
    db = commission_db(tmp_path / "db", world)
    with pytest.raises(InputError) as caught:
        publish_round(db, "2025-EVAL", tmp_path / "out", commission="委员会", identity=None)
    assert caught.value.code == "publication-incomplete"
    assert not (tmp_path / "out").exists()


# -- the command line ----------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, Any, str]:
    status = main([*words, "--json"])
    out, err = capsys.readouterr()
    return status, json.loads(out) if out.strip() else None, err


def test_the_command_line_imports_refuses_shows_and_publishes(
    finalised: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world, desk, result = finalised
    commission_db(tmp_path / "desk", world).close()
    key = world.save_identity("operator", tmp_path / "operator.age", "correct horse battery")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery\n")
    where = ["--workdir", str(tmp_path / "desk")]
    unlock = ["--identity", str(key), "--passphrase-file", str(secret)]
    doc = loads_strict(_claim(world, result))
    doc["applicants"][0]["panel_score"] = "99.99"
    forged = _forge(world, desk, result, tmp_path / "forged.rdx",
                    consolidation=dumps_canonical(doc))  # fmt: skip
    status, value, err = _cli(capsys, "commission", "import-results", str(forged),
                              str(result.bundle), *unlock, *where)  # fmt: skip
    assert status == 1 and "1 of 2 result bundle(s) were refused" in err
    refused, accepted = value["results"]
    assert (refused["verdict"], accepted["verdict"]) == ("refused", "accepted")
    assert refused["discrepancies"][0]["field"] == "panel_score"
    assert "the chair claims panel_score = 99.99" in refused["reasons"][0]["message"]
    status, value, _ = _cli(capsys, "commission", "import-results", str(result.bundle),
                            *unlock, *where)  # fmt: skip
    assert status == 0 and value["results"][0]["verdict"] == "already-imported"
    status, value, _ = _cli(capsys, "commission", "results", *where)
    assert status == 0 and value["complete"] and len(value["panels"][0]["rows"]) == 12
    out = tmp_path / "published"
    status, value, _ = _cli(capsys, "commission", "publish", "--out", str(out), *unlock, *where)
    assert status == 0, value
    assert Path(value["notice"]).read_bytes().startswith(b"%PDF")
    assert (out / "archive" / "index.json").is_file() and Path(value["archive_zip"]).is_file()


def test_a_bundle_from_another_chair_than_the_one_issued_is_refused(
    finalised: World, tmp_path: Path
) -> None:
    world, _, result = finalised
    db = commission_db(tmp_path, world, chair="e7")  # the commission named another chair
    [verdict] = _import(db, world, result.bundle)
    assert verdict.verdict == REFUSED and _codes(verdict) == ["result-chair-not-issued"]
    assert _counts(db) == (0, 0, 0)


def test_a_bundle_without_the_import_log_is_refused(finalised: World, tmp_path: Path) -> None:
    world, desk, result = finalised
    bundle = open_result_bundle(result.bundle, world.people["operator"], world.roster())
    old = build_result_bundle(
        tmp_path / "no-log.rdx", chair=world.people["chair"], chair_package=desk.package,
        scores=[v.score for v in bundle.verify_score_files()],
        consolidation=bundle.read_consolidation(), import_log_head=bundle.details.import_log_head,
        roster=world.roster(), now=world.now + timedelta(days=16),
    )  # fmt: skip
    db = commission_db(tmp_path / "db", world)
    [verdict] = _import(db, world, old.path)
    assert verdict.verdict == REFUSED and _codes(verdict) == ["result-log-missing"]
    assert _counts(db) == (0, 0, 0)
