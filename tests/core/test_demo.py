"""The demo round: everything a newcomer needs, made through the services every role uses,
and it really works end to end — group 1 finalised and imported by the commission, group 2
waiting for its chair with a disagreement and a veto claim to settle."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import BlockerKind
from reviewdesk.core.commission.building import issued_packages
from reviewdesk.core.commission.publication_data import round_results
from reviewdesk.core.commission.roster_publish import current_roster
from reviewdesk.core.crypto.identity import load_identity
from reviewdesk.core.crypto.roster import load_trust, verify_roster
from reviewdesk.core.domain import Category, Conflict, Role
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database
from reviewdesk.demo.data import APPLICANTS, ROUND_NAME
from reviewdesk.demo.round import (
    BUILDING_MARK,
    DEMO_WORK_FACTOR,
    Demo,
    create_demo,
    ensure_demo,
    load_demo,
)

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return create_demo(tmp_path_factory.mktemp("demo") / "demo", now=NOW, seed=7)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def _scores(demo: Demo) -> dict[str, str | None]:
    assert demo.workdir is not None
    with Database.open(path=demo.workdir / "commission.sqlite3") as db:
        return {r.ref: None if r.panel_score is None else str(r.panel_score)
                for r in round_results(db, demo.round).rows()}  # fmt: skip


def test_seven_experts_two_chairs_and_the_commission_with_a_readme_in_both_languages(
    demo: Demo,
) -> None:
    assert [p.key for p in demo.people] == [
        *(f"expert-{n}" for n in range(1, 8)), "chair-1", "chair-2", "commission"]  # fmt: skip
    assert demo.work_factor == DEMO_WORK_FACTOR and demo.seed == 7
    readme = demo.readme.read_text(encoding="utf-8")
    for person in demo.people:
        assert person.passphrase in readme and str(person.home) in readme
        assert person.identity_path.is_file() and Home(person.home).trust_path.is_file()
        identity = load_identity(person.identity_path, person.passphrase)
        assert identity.public.fingerprint == person.fingerprint
    assert "口令" in readme and "passphrase" in readme and "2^10" in readme
    assert "种子" in readme and "same seed" in readme  # what is deterministic, both languages
    assert load_demo(demo.root) == demo
    index = json.loads((demo.root / "demo.json").read_text(encoding="utf-8"))
    assert index["format"] == "reviewdesk-demo/2" and index["round"] == "BJ-2025-PJ"
    assert not (demo.root / BUILDING_MARK).exists()


def test_twelve_applicants_three_per_category_with_multi_page_chinese_pdfs(demo: Demo) -> None:
    assert len(APPLICANTS) == 12
    for category in Category:
        assert len([a for a in APPLICANTS if a.category is category]) == 3
    for applicant in APPLICANTS:
        files = sorted((demo.root / "materials" / applicant.ref).glob("*.pdf"))
        assert 1 <= len(files) <= 3
        for path in files[:1]:
            assert _pages(path) >= 3
            text = _pdf_text(path)
            assert applicant.name in text.replace("\n", "")
            assert "国际科技合作基地" in text


def test_the_commission_published_the_roster_and_built_every_package(demo: Demo) -> None:
    assert demo.workdir is not None
    with Database.open(path=demo.workdir / "commission.sqlite3") as db:
        published = current_roster(db)
        assert published is not None and published.data == demo.roster.read_bytes()
        issued = issued_packages(db, demo.round)
    trust = load_trust(Home(demo.person("expert-2").home).trust_path)
    roster = verify_roster(demo.roster.read_bytes(), demo.roster, trust, now=NOW)
    assert len(roster.experts) == 7 and len(roster.chairs) == 2 and trust.threshold == 2
    # 5 + 5 experts in group 1's panels, 4 + 4 in group 2's, one chair package per panel
    assert sorted(p.kind for p in issued).count("chair-package") == 4 and len(issued) == 22
    for person in demo.people:
        assert all(path.is_file() for path in person.packages)
    assert len(demo.person("expert-1").packages) == 4 and len(demo.person("chair-2").packages) == 2


def test_group_1_is_finalised_and_imported_with_its_paper_sheet_revision_and_conflict(
    demo: Demo,
) -> None:
    assert demo.workdir is not None and len(demo.results) == 2
    with Database.open(path=demo.workdir / "commission.sqlite3") as db:
        results = round_results(db, demo.round)
    assert {p.ref for p in results.panels} == {"KY", "PT"}
    rows = {r.ref: r for r in results.rows()}
    assert sorted(rows) == sorted(a.ref for a in APPLICANTS if a.panel in ("KY", "PT"))
    assert len({r.grade for r in rows.values()}) >= 3  # the grades are spread
    ky1 = rows["PJ-KY-01"].sheets
    assert len([s for s in ky1 if s["counted"]]) == 5  # four signed + one paper: trimmed mean
    assert [s["expert_name"] for s in ky1 if s["paper"]] == ["周海涛"]
    assert len([s for s in ky1 if s["trimmed"]]) == 2
    pt1 = rows["PJ-PT-01"].sheets
    assert {(s["expert_name"], s["revision"]) for s in pt1 if s["counted"]} >= {("李静", 2)}
    pt2 = rows["PJ-PT-02"].sheets
    assert [s["expert_name"] for s in pt2 if s["conflict"] == "potential"] == ["张明远"]


def test_group_2_waits_for_its_chair_with_a_disagreement_and_a_veto_to_settle(
    demo: Demo, tmp_path: Path
) -> None:
    chair = demo.person("chair-2")
    assert demo.waiting is not None and chair.start == chair.packages[0]
    home = Home(tmp_path / "chair-2")
    shutil.copytree(chair.home, home.root)
    identity = load_identity(chair.identity_path, chair.passphrase)
    found: dict[str, set[tuple[str, str]]] = {}
    with open_home(home, program="test") as opened:
        for package in chair.packages:
            desk = ChairDesk.open_in_home(opened.db, identity, package, home, now=NOW)
            panel = desk.info().panel_ref
            verdicts = desk.import_files([demo.waiting / panel])
            assert [v.verdict.value for v in verdicts] == ["accepted"] * 3  # experts 5, 6, 7
            found[panel] = {(b.kind.value, b.applicant or "") for b in desk.blockers()}
    assert ("unresolved-flag", "PJ-YQ-02") in found["YQ"]  # expert 7 far below the others
    assert (BlockerKind.UNDECIDED_VETO.value, "PJ-QY-03") in found["QY"]
    assert not any(k == BlockerKind.UNDECIDED_VETO.value for k, _ in found["YQ"])


def test_expert_1_opens_group_2_untouched_with_the_printed_passphrase(
    demo: Demo, tmp_path: Path
) -> None:
    expert = demo.person("expert-1")
    assert expert.start is not None and expert.start in expert.packages
    home = Home(tmp_path / "expert-1")
    shutil.copytree(expert.home, home.root)
    identity = load_identity(expert.identity_path, expert.passphrase)
    assert identity.role is Role.EXPERT
    with open_home(home, program="test") as opened:
        desk = ExpertDesk.open_in_home(opened.db, identity, expert.start, home, now=NOW)
        assert desk.summary.round_name == ROUND_NAME and desk.summary.panel == "YQ"
        assert desk.pledge_signed() is None
        assert all(a.conflict is None for a in desk.applicants())
        desk.sign_pledge(NOW)
        desk.declare_conflict("PJ-YQ-01", Conflict.NONE, "", NOW)
        first = desk.attachments("PJ-YQ-01")[0]
        assert desk.read_attachment(first.number).startswith(b"%PDF")


def test_the_same_seed_gives_the_same_scores_and_materials_with_new_keys(
    demo: Demo, tmp_path: Path
) -> None:
    root = tmp_path / "d"
    first = ensure_demo(root, now=NOW, seed=7)
    assert ensure_demo(root) == first and create_demo(root, now=NOW) == first  # kept
    again = create_demo(root, force=True, now=NOW, seed=7)
    assert again.person("expert-1").fingerprint != first.person("expert-1").fingerprint
    assert _scores(again) == _scores(demo)
    for applicant in APPLICANTS[:3]:
        for path in (demo.root / "materials" / applicant.ref).glob("*.pdf"):
            assert (
                root / "materials" / applicant.ref / path.name
            ).read_bytes() == path.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name != "d"]  # nothing left beside it


def test_a_half_built_demo_is_replaced_and_a_folder_of_other_files_never(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    for force in (False, True):
        with pytest.raises(ReviewdeskError) as caught:
            create_demo(tmp_path, force=force, now=NOW)
        assert caught.value.code == "demo-folder-not-empty"
    assert (tmp_path / "mine.txt").read_text() == "keep me"
    older = tmp_path / "older"  # made by an older reviewdesk: not loaded, rebuilt on use
    older.mkdir()
    (older / "demo.json").write_text('{"format": "reviewdesk-demo/1"}', encoding="utf-8")
    assert load_demo(older) is None
    half = tmp_path / "half"
    (half / "commission").mkdir(parents=True)
    (half / BUILDING_MARK).write_text("")
    assert load_demo(half) is None
    assert ensure_demo(half, now=NOW).person("chair-1").packages
