"""The demo round: everything a newcomer needs, and it really works end to end."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from reviewdesk.core.crypto.identity import load_identity
from reviewdesk.core.crypto.roster import load_trust, verify_roster
from reviewdesk.core.domain import Conflict, Role
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.formats.chair_package import open_chair_package
from reviewdesk.core.formats.imports import (
    ImportOutcome,
    MemoryImportLog,
    MemoryScoreStore,
    import_score_file,
)
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database
from reviewdesk.demo.data import APPLICANTS, PANELS, ROUND_NAME
from reviewdesk.demo.round import (
    DEMO_WORK_FACTOR,
    Demo,
    create_demo,
    ensure_demo,
    load_demo,
)

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return create_demo(tmp_path_factory.mktemp("demo") / "demo", now=NOW)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def test_the_demo_has_people_packages_and_a_readme_in_both_languages(demo: Demo) -> None:
    assert [p.key for p in demo.people] == [
        "expert-1",
        "expert-2",
        "expert-3",
        "chair",
        "commission",
    ]
    assert demo.work_factor == DEMO_WORK_FACTOR
    readme = demo.readme.read_text(encoding="utf-8")
    for person in demo.people:
        assert person.passphrase in readme and str(person.home) in readme
        assert person.identity_path.is_file() and Home(person.home).trust_path.is_file()
    assert "口令" in readme and "passphrase" in readme and "2^10" in readme
    for expert in demo.experts:
        assert [p.name for p in expert.packages] == [f"BJ-2025-PJ-{p.ref}.rdx" for p in PANELS]
        assert all(p.is_file() for p in expert.packages)
    assert load_demo(demo.root) == demo
    index = json.loads((demo.root / "demo.json").read_text(encoding="utf-8"))
    assert index["round"] == "BJ-2025-PJ"


def test_every_applicant_has_multi_page_chinese_pdfs(demo: Demo) -> None:
    categories = {a.category for a in APPLICANTS}
    assert len(categories) == 4  # one applicant or more in every category
    for applicant in APPLICANTS:
        files = sorted((demo.root / "materials" / applicant.ref).glob("*.pdf"))
        assert 1 <= len(files) <= 3
        for path in files:
            assert _pages(path) >= 3
            text = _pdf_text(path)
            assert applicant.name in text.replace("\n", "")
            assert "国际科技合作基地" in text


def test_the_trust_files_pin_the_demo_root(demo: Demo) -> None:
    trust = load_trust(Home(demo.person("expert-2").home).trust_path)
    roster = verify_roster(demo.roster.read_bytes(), demo.roster, trust, now=NOW)
    assert [p.identity.name for p in roster.experts] == ["王建国", "李静", "张明远"]
    assert roster.version == trust.highest_version == 1


def test_an_expert_opens_a_package_with_the_printed_passphrase_and_the_chair_imports_it(
    demo: Demo,
) -> None:
    expert = demo.person("expert-1")
    identity = load_identity(expert.identity_path, expert.passphrase)
    assert identity.role is Role.EXPERT and identity.public.fingerprint == expert.fingerprint
    home = Home(expert.home)
    with Database.open(path=home.database_path) as db:
        desk = ExpertDesk.open_in_home(db, identity, expert.packages[0], home, now=NOW)
        refs = [a.ref for a in desk.applicants()]
        assert refs == [a.ref for a in APPLICANTS if a.panel == "KY"]
        desk.sign_pledge(NOW)
        for ref in refs:
            desk.declare_conflict(ref, Conflict.NONE, "", NOW)
            sheet = desk.sheet_id(ref)
            for criterion in desk.template.criteria:
                value = criterion.max_points * Decimal("0.8")
                sheets.save_criterion_score(db, sheet, criterion.key, value)
            sheets.save_overall_opinion(db, sheet, "国际合作成效显著。")
        first = desk.attachments(refs[0])[0]
        assert desk.read_attachment(first.number).startswith(b"%PDF")
        submitted = desk.submit(home.root / "scores.rdx", now=NOW)
    chair = demo.person("chair")
    chair_identity = load_identity(chair.identity_path, chair.passphrase)
    roster = verify_roster(
        demo.roster.read_bytes(), demo.roster, load_trust(Home(chair.home).trust_path), now=NOW
    )
    package = open_chair_package(chair.packages[0], chair_identity, roster)
    result = import_score_file(
        submitted.path,
        chair_identity,
        roster,
        package.expectation(),
        MemoryScoreStore(),
        MemoryImportLog(),
    )
    assert result.outcome is ImportOutcome.IMPORTED, result.note


def test_the_demo_packages_name_the_round_and_panel_and_the_pdf_shows_the_round_name(
    demo: Demo, tmp_path: Path
) -> None:
    expert = demo.person("expert-2")
    identity = load_identity(expert.identity_path, expert.passphrase)
    home = Home(expert.home)
    with Database.open(path=home.database_path) as db:
        desk = ExpertDesk.open_in_home(db, identity, expert.packages[0], home, now=NOW)
        assert (desk.summary.round, desk.summary.panel) == ("BJ-2025-PJ", PANELS[0].ref)
        assert (desk.summary.round_name, desk.summary.panel_name) == (ROUND_NAME, "科研类评审组")
        pdf = tmp_path / "sheets.pdf"
        pdf.write_bytes(desk.export_pdf())
    text = "".join(_pdf_text(pdf).split())
    assert "".join(ROUND_NAME.split()) in text


def test_the_demo_is_kept_unless_forced_and_rebuilt_when_forced(tmp_path: Path) -> None:
    root = tmp_path / "d"
    first = ensure_demo(root, now=NOW)
    assert ensure_demo(root) == first
    assert create_demo(root, now=NOW) == first  # no force: the same demo
    again = create_demo(root, force=True, now=NOW)
    assert again.person("expert-1").fingerprint != first.person("expert-1").fingerprint
    assert load_demo(root) == again
    assert not [p for p in tmp_path.iterdir() if p.name != "d"]  # no building folder left


def test_a_folder_with_other_files_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me")
    for force in (False, True):
        with pytest.raises(ReviewdeskError) as caught:
            create_demo(tmp_path, force=force, now=NOW)
        assert caught.value.code == "demo-folder-not-empty"
    assert (tmp_path / "mine.txt").read_text() == "keep me"
