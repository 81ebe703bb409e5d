"""A whole round end to end through every room (issue 10): the commission sets up and builds
40 applicants in 4 panels for 20 experts (tests/commission_world.py), each expert opens their
package and signs a score file, each chair imports them, settles the panel and finalises a
result bundle, and the commission imports the four bundles against the packages it recorded
at building — all accepted, recomputed equal to the chairs' claims — and publishes the
round: the results table, the workbook, the public notice by category and the archive."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from commission_world import CATEGORIES, NOW, PANELS, ROUND, World, make_world

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import BlockerKind
from reviewdesk.core.commission import round_setup
from reviewdesk.core.commission.building import BuildResult, build_round
from reviewdesk.core.commission.publication import Publication, publish_round
from reviewdesk.core.commission.publication_data import (
    PanelOutcome,
    ResultRow,
    RoundResults,
    round_results,
)
from reviewdesk.core.commission.publication_pdf import render_public_notice
from reviewdesk.core.commission.result_import import ACCEPTED, import_result_bundles
from reviewdesk.core.commission.roster_publish import current_roster
from reviewdesk.core.crypto.roster import TrustState
from reviewdesk.core.domain import Category, Conflict, Grade, Recommendation, RoundKind
from reviewdesk.core.formats.manifest_details import ConflictDeclaration, Declarations
from reviewdesk.core.formats.package import OpenedPackage, open_package
from reviewdesk.core.formats.score_file import build_score_file
from reviewdesk.core.scoring import ScoreSheet, VetoVerdict
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.model import Template


def sheet(template: Template, expert: str, ref: str, total: int) -> ScoreSheet:
    """A complete, valid sheet whose total is ``total`` (scores on the 0.5 step)."""
    scores: dict[str, Decimal] = {}
    for c in template.criteria[:-1]:
        raw = c.max_points * Decimal(total) / template.total_points
        scores[c.key] = (raw * 2).quantize(Decimal(1), ROUND_HALF_UP) / 2
    last = template.criteria[-1]
    scores[last.key] = min(max(Decimal(total) - sum(scores.values()), Decimal(0)), last.max_points)
    return ScoreSheet(expert, ref, scores, {c.key: "依据申报材料评分。" for c in template.criteria},
                      "国际合作基础较好。")  # fmt: skip


def total_for(ref: str, expert_index: int) -> int:
    n = int(ref.split("-")[1])
    return 94 - (n * 3) % 40 + (expert_index % 3) - 1  # distinct per panel, close together


def score(world: World, package: OpenedPackage, dest: Path) -> Path:
    expert = world.experts[package.summary.reviewer]
    refs = [a.ref for a in package.summary.applicants]
    index = list(world.experts).index(expert.keyid)
    template = package.read_template()
    sheets = [sheet(template, expert.keyid, ref, total_for(ref, index)) for ref in refs]
    declarations = Declarations(
        "本人承诺对评审材料严格保密。", "2026-03-03T08:00:00Z",
        tuple(ConflictDeclaration(ref, Conflict.NONE, "") for ref in refs),
    )  # fmt: skip
    published = current_roster(world.db)
    assert published is not None
    build_score_file(dest, expert=expert, package=package, sheets=sheets, revision=1,
                     declarations=declarations, roster=published.roster,
                     now=NOW + timedelta(days=3))  # fmt: skip
    return dest


def settle(desk: ChairDesk) -> None:
    for _ in range(3):
        for blocker in desk.blockers():
            if blocker.kind is BlockerKind.UNRESOLVED_FLAG and blocker.applicant:
                desk.resolve_flag(blocker.applicant, blocker.subject, "专家组已讨论并记录。")
            elif blocker.kind is BlockerKind.UNDECIDED_VETO and blocker.applicant:
                desk.decide_veto(
                    blocker.applicant, blocker.subject, VetoVerdict.DISMISSED, "不成立"
                )


@pytest.fixture(scope="module")
def round_done(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, BuildResult, list[Path]]:
    root = tmp_path_factory.mktemp("round")
    world = make_world(root)
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    built = build_round(world.db, ROUND, root / "out", world.operator, now=NOW)
    published = current_roster(world.db)
    assert published is not None
    trust = TrustState.pin([r.public for r in world.roots], 2)
    bundles = []
    for category in CATEGORIES:
        panel = PANELS[category]
        files = []
        (root / "scores" / panel).mkdir(parents=True, exist_ok=True)
        for issued in built.packages:
            if issued.panel == panel and issued.kind == "package":
                expert = world.experts[issued.recipient.keyid]
                opened = open_package(issued.path, expert, published.roster)
                files.append(score(world, opened, root / "scores" / panel /
                                   f"{expert.keyid[:8]}.rdx"))  # fmt: skip
        chair_file = next(p.path for p in built.packages
                          if p.panel == panel and p.kind == "chair-package")  # fmt: skip
        db = Database.open(path=root / f"chair-{panel}.sqlite3")
        desk = ChairDesk.open(
            db,
            world.chairs[category],
            chair_file,
            trust=trust,
            store_dir=root / f"store-{panel}",
            now=NOW + timedelta(days=1),
        )
        desk.import_files(files, now=NOW + timedelta(days=5))
        for entry in desk.package.details.applicants:
            desk.set_panel_opinion(entry.ref, f"{entry.name}：专家组意见一致。")
        settle(desk)
        bundles.append(desk.finalise(root / "results", now=NOW + timedelta(days=10)).bundle)
    return world, built, bundles


def test_the_four_bundles_import_against_the_recorded_packages_and_recompute_equal(
    round_done: tuple[World, BuildResult, list[Path]],
) -> None:
    world, _, bundles = round_done
    verdicts = import_result_bundles(world.db, bundles, world.operator,
                                     now=NOW + timedelta(days=11))  # fmt: skip
    assert [v.verdict for v in verdicts] == [ACCEPTED] * 4, [v.reasons for v in verdicts]
    assert sorted(v.panel or "" for v in verdicts) == sorted(PANELS.values())
    results = round_results(world.db, ROUND)
    assert results.complete and len(results.rows()) == 40
    # the conflicted park expert never scored A-001: three other experts did
    a001 = next(r for r in results.rows() if r.ref == "A-001")
    assert world.panel_experts[CATEGORIES[0]][0] not in {s["expert"] for s in a001.sheets}
    assert all(len([s for s in r.sheets if s["counted"]]) == 3 for r in results.rows())
    again = import_result_bundles(world.db, bundles, world.operator,
                                  now=NOW + timedelta(days=11))  # fmt: skip
    assert [v.verdict for v in again] == ["already-imported"] * 4


def test_the_round_is_published_with_every_category_in_the_notice(
    round_done: tuple[World, BuildResult, list[Path]], tmp_path: Path
) -> None:
    world, _, bundles = round_done
    import_result_bundles(world.db, bundles, world.operator, now=NOW + timedelta(days=11))
    done: Publication = publish_round(
        world.db, ROUND, tmp_path / "pub", commission="北京市科学技术委员会",
        identity=world.audit, date=NOW + timedelta(days=12),
    )  # fmt: skip
    book = openpyxl.load_workbook(done.workbook)
    rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 40
    raw = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert len(raw) == 40 * 3  # every counted sheet, each with its raw scores
    assert done.archive is not None
    index = json.loads((done.archive.folder / "index.json").read_bytes())
    assert [e["what"] for e in index["files"]].count("score") == 20
    assert [e["what"] for e in index["files"]].count("result") == 4
    issued = json.loads((done.archive.folder / "packages" / "issued.json").read_bytes())
    assert len(issued["packages"]) == 24  # 20 expert packages, 4 chair packages
    assert len(done.summaries) == 40 and done.notice.read_bytes().startswith(b"%PDF")


def _row(ref: str, category: Category, grade: Grade, rec: Recommendation) -> ResultRow:
    detail = {"rank": 1, "ranked_count": 1, "computed_grade": grade.value,
              "grade": grade.value, "explanation": {"zh": [], "en": []}}  # fmt: skip
    return ResultRow(ref, f"申报单位{ref}", "某大学", category, "P-x", "评审组",
                     Decimal("88.50"), grade, rec, 1, detail)  # fmt: skip


def test_a_recognition_notice_lists_the_recommendation_in_both_languages(tmp_path: Path) -> None:
    rows = (
        _row("B-1", Category.PARK, Grade.GOOD, Recommendation.RECOGNISE),
        _row("B-2", Category.PARK, Grade.UNQUALIFIED, Recommendation.DO_NOT_RECOGNISE),
    )
    outcome = PanelOutcome("P-x", "评审组", Category.PARK, 1, "d" * 64, "c" * 64, NOW, (), rows)
    results = RoundResults(
        "2026-REC", "2026年度国合基地认定", RoundKind.RECOGNITION, (outcome,), ()
    )
    for language, words in (("zh", ["认定评审结果公示", "建议认定", "不建议认定"]),
                            ("en", ["recognition review results", "Recommendation"])):  # fmt: skip
        path = tmp_path / f"notice-{language}.pdf"
        path.write_bytes(render_public_notice(results, commission="北京市科学技术委员会",
                                              date=NOW, language=language))  # fmt: skip
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        for word in words:
            assert word in text, (language, word)
