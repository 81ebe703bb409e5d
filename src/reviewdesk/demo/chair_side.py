"""Chair 1's part of the demo, through the chair desk (``core/chair``) in chair 1's home:
open group 1's two chair packages, import the score files (expert 2's first revision
before the second, as they arrived), type in expert 5's paper sheet, write the panel
opinions, settle what blocks finalising, and finalise each panel into a signed result
bundle. Then the commission imports the bundles (``core/commission/result_import``).
Group 2 is left for its chair: its score files wait in ``scores/group-2``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import BlockerKind
from reviewdesk.core.commission.result_import import import_result_bundles
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.core.scoring import VetoVerdict
from reviewdesk.core.storage import Database
from reviewdesk.demo.commission_side import PAPER_APPLICANT, PAPER_EXPERT
from reviewdesk.demo.experts_side import ScoreMaker, Submitted

PANEL_OPINION = {
    "优秀": "专家组一致认为，该基地国际合作成效突出，示范引领作用明显。",
    "良好": "专家组认为，该基地国际合作工作扎实，建议进一步提升合作层次。",
    "合格": "专家组认为，该基地基本完成建设任务，建议加强实质性国际合作。",
    "不合格": "专家组认为，该基地国际合作实质性内容不足，建议限期整改。",
}
PAPER_NOTE = "周海涛专家因出差无法使用电脑，现场填写纸质评分表，由组长录入，原件存档。"


def finalise_group(
    home: Home,
    chair: Identity,
    chair_packages: Sequence[Path],
    files: Sequence[Submitted],
    people: dict[str, Identity],
    maker: ScoreMaker,
    results: Path,
    when: datetime,
) -> list[Path]:
    """The result bundles of the group's panels, written to ``results``."""
    bundles = []
    with open_home(home, program="reviewdesk demo") as opened:
        for path in chair_packages:
            desk = ChairDesk.open_in_home(opened.db, chair, path, opened.home, now=when)
            panel = desk.info().panel_ref
            mine = sorted((f for f in files if f.panel == panel), key=lambda f: f.revision)
            desk.import_files([f.path for f in mine], now=when + timedelta(hours=1))
            _paper_sheet(desk, people, maker, when + timedelta(hours=2))
            _settle(desk, when + timedelta(hours=3))
            done = desk.finalise(results, now=when + timedelta(hours=4))
            bundles.append(done.bundle)
    return bundles


def import_bundles(
    db: Database, bundles: Sequence[Path], operator: Identity, when: datetime
) -> None:
    verdicts = import_result_bundles(db, bundles, operator, now=when)
    refused = [(v.path.name, v.reasons) for v in verdicts if v.verdict != "accepted"]
    assert not refused, refused  # the demo's own bundles: a refusal is a bug


def _paper_sheet(desk: ChairDesk, people: dict[str, Identity], maker: ScoreMaker,
                 now: datetime) -> None:  # fmt: skip
    expert = people[PAPER_EXPERT].keyid
    if PAPER_APPLICANT not in desk.assignments().get(expert, ()):
        return
    sheet = maker.sheet(desk.template, PAPER_EXPERT, expert, PAPER_APPLICANT)
    problems = desk.enter_paper_sheet(sheet, PAPER_NOTE, now=now)
    assert not problems, problems


def _settle(desk: ChairDesk, now: datetime) -> None:
    """The chair's decisions: an opinion per applicant, then each blocker in writing."""
    matrix = desk.matrix()
    for row in matrix.rows:
        grade = row.published_grade
        text = PANEL_OPINION[grade.zh] if grade is not None else PANEL_OPINION["合格"]
        desk.set_panel_opinion(row.applicant.ref, text, now=now)
    for _ in range(3):
        for blocker in desk.blockers():
            if blocker.kind is BlockerKind.UNRESOLVED_FLAG and blocker.applicant:
                desk.resolve_flag(blocker.applicant, blocker.subject,
                                  "专家组会上已讨论，意见记录在案。", now=now)  # fmt: skip
            elif blocker.kind is BlockerKind.UNDECIDED_VETO and blocker.applicant:
                desk.decide_veto(blocker.applicant, blocker.subject, VetoVerdict.DISMISSED,
                                 "专家组核实佐证材料后认为不成立。", now=now)  # fmt: skip
