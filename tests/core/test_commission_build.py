"""A round of 40 applicants, 4 panels and 20 experts set up and built end to end through the
commission's services; every package opens with its recipient's key through the ordinary
readers and holds only what it should."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from commission_world import CATEGORIES, NOW, PANELS, ROUND, World, make_world, small_pdf

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import round_setup
from reviewdesk.core.commission.building import (
    BuildRefused,
    BuildResult,
    build_round,
    issued_packages,
)
from reviewdesk.core.commission.roster_publish import current_roster
from reviewdesk.core.errors import CancelledError, FormatError, InputError
from reviewdesk.core.formats.chair_package import open_chair_package
from reviewdesk.core.formats.package import open_package
from reviewdesk.core.progress import CancelToken


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, module_database_url: str
) -> tuple[World, BuildResult]:
    # The round on SQLite and on PostgreSQL: staff share the commission's database.
    world = make_world(tmp_path_factory.mktemp("commission"), url=module_database_url)
    report = round_setup.check_materials(world.db, ROUND, world.materials)
    assert report.ok, report.problems
    steps: list[tuple[int, int]] = []
    result = build_round(world.db, ROUND, world.root / "out", world.operator, now=NOW,
                         progress=lambda d, t, s="": steps.append((d, t)))  # fmt: skip
    assert steps and steps[-1][0] == steps[-1][1]
    return world, result


def test_every_expert_package_opens_with_the_experts_key_and_holds_only_their_applicants(
    built: tuple[World, BuildResult],
) -> None:
    world, result = built
    published = current_roster(world.db)
    assert published is not None
    experts = [p for p in result.packages if p.kind == "package"]
    assert len(experts) == 20 and len({p.recipient.keyid for p in experts}) == 20
    every_applicant: set[str] = set()
    for issued in experts:
        assert issued.path.parent == result.out / issued.panel
        expert = world.experts[issued.recipient.keyid]
        opened = open_package(issued.path, expert, published.roster, expect_round=ROUND,
                              expect_panel=issued.panel)  # fmt: skip
        summary = opened.summary
        refs = tuple(a.ref for a in summary.applicants)
        assert refs == issued.applicants and summary.digest == issued.digest
        assert {a.applicant for a in summary.attachments} == set(refs)  # only their materials
        assert len(summary.attachments) == len(refs)
        first = opened.read_attachment(0)
        assert first.startswith(b"%PDF-")
        assert f"application {summary.attachments[0].applicant}".encode() in first
        assert summary.round_name == "2026年度国合基地定期评价"
        every_applicant.update(refs)
        other = next(e for k, e in world.experts.items() if k != issued.recipient.keyid)
        with pytest.raises(Exception) as refused:
            open_package(issued.path, other, published.roster)
        assert getattr(refused.value, "code", "") in {
            "age-no-identity-matched",
            "reviewer-mismatch",
        }
    assert len(every_applicant) == 40


def test_the_chair_package_lists_the_assignments_with_each_package_digest(
    built: tuple[World, BuildResult],
) -> None:
    world, result = built
    published = current_roster(world.db)
    assert published is not None
    for category in CATEGORIES:
        panel = PANELS[category]
        chair_file = next(p for p in result.packages
                          if p.kind == "chair-package" and p.panel == panel)  # fmt: skip
        opened = open_chair_package(chair_file.path, world.chairs[category], published.roster)
        table = {a.expert: a for a in opened.read_assignments()}
        mine = {p.recipient.keyid: p for p in result.packages
                if p.kind == "package" and p.panel == panel}  # fmt: skip
        assert set(table) == set(mine)
        for keyid, row in table.items():
            assert row.package_digest == mine[keyid].digest
            assert row.applicants == mine[keyid].applicants
        rows = panel_service.assignment_rows(world.db, ROUND, panel)
        assert len(opened.details.applicants) == 10
        for row in rows:
            assert len(row.experts) == 3  # per_applicant
            for keyid in row.experts:
                assert row.applicant in table[keyid].applicants


def test_the_conflict_of_interest_is_respected(built: tuple[World, BuildResult]) -> None:
    world, result = built
    conflicted = world.panel_experts[CATEGORIES[0]][0]  # works at A-001's host institution
    package = next(p for p in result.packages if p.recipient.keyid == conflicted)
    assert "A-001" not in package.applicants


def test_the_digests_are_recorded_and_the_hand_over_list_names_every_file(
    built: tuple[World, BuildResult],
) -> None:
    world, result = built
    recorded = {p.digest: p for p in issued_packages(world.db, ROUND)}
    assert set(recorded) == {p.digest for p in result.packages} and len(recorded) == 24
    assert all(r.build == 1 for r in recorded.values())
    pdf, csv_path, text = result.handover
    assert pdf.read_bytes().startswith(b"%PDF-")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert {r[4] for r in rows} == {p.path.name for p in result.packages}
    by_file = {r[4]: r for r in rows}
    for p in result.packages:
        assert by_file[p.path.name][3] == p.recipient.fingerprint
        assert by_file[p.path.name][6] == p.file_sha256
        assert json.loads(recorded[p.digest].applicants) == list(p.applicants)
    assert "签收" in text.read_text(encoding="utf-8")


def test_nothing_is_left_behind_by_a_cancelled_build(tmp_path: Path) -> None:
    world = make_world(tmp_path, applicants=8, conflict=False, categories=CATEGORIES)
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    token = CancelToken()

    def cancel_midway(done: int, total: int, stage: str = "") -> None:
        if done > total // 3:
            token.cancel()

    with pytest.raises(CancelledError):
        build_round(world.db, ROUND, tmp_path / "out", world.operator, now=NOW,
                    progress=cancel_midway, cancel=token)  # fmt: skip
    assert list((tmp_path / "out").iterdir()) == []
    assert issued_packages(world.db, ROUND) == []


def test_a_broken_pdf_is_named_before_any_package_is_built(tmp_path: Path) -> None:
    world = make_world(tmp_path, applicants=8, conflict=False)
    bad = world.materials / "A-003" / "申报书.pdf"
    bad.write_bytes(bad.read_bytes()[:200])  # a copy that stopped half way
    (world.materials / "A-006" / "申报书.pdf").write_bytes(b"<html>404</html>")
    small_pdf(world.materials / "A-999-附件.pdf", "nobody's")
    report = round_setup.check_materials(world.db, ROUND, world.materials)
    named = {(p.code.value, p.applicant, p.detail) for p in report.problems}
    assert ("unreadable", "A-003", "truncated") in named
    assert ("unreadable", "A-006", "not-pdf") in named
    assert any(p.code.value == "extra" and p.path and p.path.name == "A-999-附件.pdf"
               for p in report.problems)  # fmt: skip
    with pytest.raises(BuildRefused) as refused:
        build_round(world.db, ROUND, tmp_path / "out", world.operator, now=NOW)
    problems = {(p.code, p.applicant) for p in refused.value.problems}
    assert {("materials-missing", "A-003"), ("materials-missing", "A-006")} <= problems
    assert not (tmp_path / "out").exists()


def test_a_material_changed_after_the_check_is_refused(tmp_path: Path) -> None:
    world = make_world(tmp_path, applicants=8, conflict=False)
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    (world.materials / "A-002" / "申报书.pdf").write_bytes(b"%PDF-1.4 broken")
    with pytest.raises(BuildRefused) as refused:
        build_round(world.db, ROUND, tmp_path / "out", world.operator, now=NOW)
    assert ("material-changed", "A-002") in {(p.code, p.applicant) for p in refused.value.problems}


def test_a_hand_edit_that_breaks_the_rules_is_named_before_building(tmp_path: Path) -> None:
    world = make_world(tmp_path, applicants=8)
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    conflicted = world.panel_experts[CATEGORIES[0]][0]
    rows = {r.applicant: r for r in panel_service.assignment_rows(world.db, ROUND, "P-park")}
    panel_service.edit_assignment(world.db, ROUND, "A-001", [conflicted],
                                  expected_version=rows["A-001"].version)  # fmt: skip
    with pytest.raises(BuildRefused) as refused:
        build_round(world.db, ROUND, tmp_path / "out", world.operator, now=NOW)
    found = {(p.code, p.applicant, p.expert) for p in refused.value.problems}
    assert ("conflict-assigned", "A-001", conflicted) in found
    assert ("too-few-experts", "A-001", "") in found
    assert refused.value.code == "round-not-ready"


def test_the_operator_must_be_in_the_published_roster(tmp_path: Path) -> None:
    world = make_world(tmp_path, applicants=8)
    round_setup.check_materials(world.db, ROUND, world.materials)
    with pytest.raises(BuildRefused) as refused:
        build_round(world.db, ROUND, tmp_path / "out", world.roots[0], now=NOW)
    assert "operator-not-in-roster" in {p.code for p in refused.value.problems}


def test_set_up_is_frozen_once_packages_are_out(built: tuple[World, BuildResult]) -> None:
    world, _ = built
    with pytest.raises(InputError) as caught:
        round_setup.check_materials(world.db, ROUND, world.materials)
    assert caught.value.code == "round-already-built"
    with pytest.raises((InputError, FormatError)):
        round_setup.import_applicants(world.db, ROUND, world.root / "applicants.csv")
