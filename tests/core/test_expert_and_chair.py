"""One person, one key, one home: 吴芳 (e7) scores in panel P1 as an expert and chairs panel
P2 (DESIGN §1.1: "a person may be expert in one panel and chair of another"). The roster lists
her key under ``experts`` for P1 and under ``chairs`` for P2; her expert package opens in the
expert desk and her chair package in the chair desk, on the same home; each role reaches only
its own panel."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from chair_world import OTHER_PANEL, PANEL, ROUND, ChairWorld, make_chair_world

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import Verdict
from reviewdesk.core.crypto.roster import RosterRole, save_trust, verify_roster
from reviewdesk.core.domain import Category, Conflict, RoundKind
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.formats.chair_package import build_chair_package
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.manifest_details import (
    ApplicantEntry,
    ConflictDeclaration,
    Declarations,
)
from reviewdesk.core.formats.package import build_package, open_package
from reviewdesk.core.formats.score_file import build_score_file
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database

P2_APPLICANTS = (ApplicantEntry("X-01", "其他专家组申报单位", Category.RESEARCH),)


class BothWorld:
    """The chair world with e7 also chairing P2, where the outsider is the one expert."""

    def __init__(self, folder: Path) -> None:
        self.world: ChairWorld = make_chair_world(
            folder, chairs={"chair": (PANEL,), "e7": (OTHER_PANEL,)}
        )
        w, people = self.world, self.world.people
        roster, roster_data = w.roster(), w.roster_data()
        sealed = build_package(
            folder / "packages" / "outsider.rdx",
            sender=people["operator"], reviewer=people["outsider"].public, roster=roster,
            roster_data=roster_data, round=ROUND, panel=OTHER_PANEL,
            round_kind=RoundKind.EVALUATION, deadline=w.deadline, applicants=P2_APPLICANTS,
            template=w.template, attachments=[], now=w.now,
            archive_recipients=[people["operator"].public],
        )  # fmt: skip
        self.outsider_package = sealed.path
        self.chair_p2 = build_chair_package(
            folder / "chair-P2.rdx",
            sender=people["operator"], chair=people["e7"].public, roster=roster,
            roster_data=roster_data, round=ROUND, panel=OTHER_PANEL,
            round_kind=RoundKind.EVALUATION, deadline=w.deadline, applicants=P2_APPLICANTS,
            template=w.template,
            assignments=[Assignment(people["outsider"].keyid, sealed.digest, ("X-01",))],
            now=w.now, archive_recipients=[people["operator"].public],
            round_name="2025年度国合基地定期评价", panel_name="科研类第二评审组",
        ).path  # fmt: skip

    def outsider_score(self, dest: Path) -> Path:
        w = self.world
        package = open_package(self.outsider_package, w.people["outsider"], w.roster())
        build_score_file(
            dest, expert=w.people["outsider"], package=package,
            sheets=[w.sheet("outsider", "X-01", 80)], revision=1,
            declarations=Declarations(
                "本人承诺保密。", "2025-05-02T08:00:00Z",
                (ConflictDeclaration("X-01", Conflict.NONE, ""),),
            ),
            roster=w.roster(), now=w.now + timedelta(days=1),
        )  # fmt: skip
        return dest


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> BothWorld:
    return BothWorld(tmp_path_factory.mktemp("expert-and-chair"))


def test_the_roster_lists_one_key_as_expert_of_p1_and_chair_of_p2(both: BothWorld) -> None:
    w = both.world
    roster = verify_roster(w.roster_data(), None, w.trust(), now=w.now)
    member = roster.member(w.keyid("e7"))
    assert member is not None and member.name == "吴芳"
    assert member.serves(RosterRole.EXPERT, PANEL) and member.serves(RosterRole.CHAIR, OTHER_PANEL)
    assert not member.serves(RosterRole.CHAIR, PANEL)
    assert [m.name for m in roster.panel_members(OTHER_PANEL, RosterRole.CHAIR)] == ["吴芳"]
    assert [m.name for m in roster.panel_members(PANEL, RosterRole.CHAIR)] == ["陈志强"]


def test_her_expert_package_and_her_chair_package_open_on_the_same_home(
    both: BothWorld, tmp_path: Path
) -> None:
    w = both.world
    home = Home(tmp_path / "home").ensure()
    save_trust(w.trust(), home.trust_path)
    opened = open_home(home)
    try:
        e7 = w.people["e7"]
        expert = ExpertDesk.open_in_home(
            opened.db, e7, w.folder / "packages" / "e7.rdx", home, now=w.now
        )
        assert expert.summary.panel == PANEL and expert.expert == e7.keyid
        chair = ChairDesk.open_in_home(opened.db, e7, both.chair_p2, home, now=w.now)
        info = chair.info()
        assert (info.panel_ref, info.chair_name) == (OTHER_PANEL, "吴芳")
        assert [x.name for x in info.experts] == ["郑华"]
        # as the chair of P2 she imports the P2 expert's score file
        score = both.outsider_score(tmp_path / "outsider-r1.rdx")
        [verdict] = chair.import_files([score], now=w.now + timedelta(days=2))
        assert verdict.verdict is Verdict.ACCEPTED, verdict
        # and both panels are there when the home is opened again
        again = ChairDesk.reopen(opened.db, e7, home.store_dir, chair.info().package_digest)
        assert again.info().panel_ref == OTHER_PANEL
        recent = ExpertDesk.recent_packages(opened.db, e7.keyid)
        assert [r.panel for r in recent] == [PANEL]
    finally:
        opened.close()


def test_each_role_reaches_only_its_own_panel(both: BothWorld, tmp_path: Path) -> None:
    w = both.world
    e7 = w.people["e7"]
    # P1's chair package is 陈志强's: not hers, though she serves on P1 as an expert
    with pytest.raises(ReviewdeskError) as not_hers:
        ChairDesk.open(
            opened_db(tmp_path), e7, w.chair_package, trust=w.trust(),
            store_dir=tmp_path / "store", now=w.now,
        )  # fmt: skip
    assert not_hers.value.code == "age-no-identity-matched"  # not encrypted to her
    # an expert package for P2 addressed to her is refused: she chairs P2, she scores in P1
    people = w.people
    wrong = build_package(
        tmp_path / "e7-P2.rdx",
        sender=people["operator"], reviewer=e7.public, roster=w.roster(),
        roster_data=w.roster_data(), round=ROUND, panel=OTHER_PANEL,
        round_kind=RoundKind.EVALUATION, deadline=w.deadline, applicants=P2_APPLICANTS,
        template=w.template, attachments=[], now=w.now,
    )  # fmt: skip
    with pytest.raises(ReviewdeskError) as not_expert_there:
        open_package(wrong.path, e7, w.roster())
    assert not_expert_there.value.code == "reviewer-not-on-panel"
    assert not_expert_there.value.detail["panel"] == OTHER_PANEL
    # a score file she signs as an expert of P1 is accepted by P1's chair
    score = w.score_file("e7", w.totals("e7"), name="e7-both.rdx")
    p1 = ChairDesk.open(
        opened_db(tmp_path / "p1"), w.people["chair"], w.chair_package, trust=w.trust(),
        store_dir=tmp_path / "p1" / "store", now=w.now,
    )  # fmt: skip
    [verdict] = p1.import_files([score], now=w.now + timedelta(days=4))
    assert verdict.verdict is Verdict.ACCEPTED, verdict


def opened_db(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return Database.open(path=folder / "home.sqlite3")
