"""The experts' part of the demo, through the expert desk (``core/expert``) in each
expert's own home, exactly as the desktop application drives it: open the package, sign
the pledge, declare, score (one autosaved field at a time through ``core/expert/sheets``),
submit a signed score file.

Scores come from a generator seeded with the demo's seed: each applicant has a typical
total (``data.APPLICANTS[...].quality``), each expert a small leniency, each criterion a
little noise, on the form's 0.5 step. Planted on purpose, so every desk has something to
show: one disagreement (expert 7 scores PJ-YQ-02 far below the others), one veto claim
(expert 6, item V5 on PJ-QY-03), one revision (expert 2 raises PJ-PT-01 after submitting),
one potential conflict declared (expert 3 on PJ-PT-02, still scoring), and one expert who
scores on paper (expert 5's single research applicant, typed in by chair 1). Expert 1 has
not started on group 2 yet: that is the package ``reviewdesk demo --open expert`` opens.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.domain import Conflict
from reviewdesk.core.expert import sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.core.scoring import ScoreSheet
from reviewdesk.core.templates.model import Template
from reviewdesk.demo.data import APPLICANTS
from reviewdesk.demo.people import Group

DISAGREEMENT = ("expert-7", "PJ-YQ-02", -24)  # expert, applicant, points off the typical total
VETO = (
    "expert-6",
    "PJ-QY-03",
    "V5",
    "佐证材料中2024年度的国际合作均为意向协议和礼节性互访，未见项目执行、人员交流或成果佐证。",
)
REVISION = ("expert-2", "PJ-PT-01")
POTENTIAL = (
    "expert-3",
    "PJ-PT-02",
    "本人2022年曾受邀在该平台主办的标准化论坛上作报告，与该单位无合作和利益关系。",
)
NOT_STARTED = ("expert-1", "2")  # expert 1 has not opened group 2's packages yet

GOOD = ("国际合作项目数量多、层次高，合作伙伴稳定。", "联合研发成果突出，佐证材料充分。",
        "外籍专家引进和人才交流成效明显。", "管理制度健全，运行规范。")  # fmt: skip
WEAK = ("国际合作多停留在交流层面，实质性项目偏少。", "佐证材料不够完整，部分数据缺少支撑。",
        "成果转化和示范带动作用有待加强。", "合作伙伴较为分散，稳定性不足。")  # fmt: skip
OPINIONS = {
    "high": "该基地国际合作基础扎实，合作项目和成果突出，示范带动作用明显，建议评为优秀。",
    "mid": "该基地国际合作工作开展较好，建议进一步拓展实质性合作项目，加强成果转化。",
    "low": "该基地国际合作实质性内容不足，建议对照基地管理办法认真整改，充实合作项目。",
}


@dataclass(frozen=True)
class Submitted:
    expert: str  # person key
    group: str
    panel: str
    path: Path
    revision: int


class ScoreMaker:
    """Plausible sheets for the demo, the same for the same seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.quality = {a.ref: a.quality for a in APPLICANTS}

    def leniency(self, expert: str) -> int:
        return random.Random(f"{self.seed}:{expert}").randint(-3, 3)

    def target(self, expert: str, applicant: str) -> int:
        rng = random.Random(f"{self.seed}:{expert}:{applicant}")
        total = self.quality[applicant] + self.leniency(expert) + rng.randint(-2, 2)
        if (expert, applicant) == DISAGREEMENT[:2]:
            total += DISAGREEMENT[2]
        return max(30, min(98, total))

    def sheet(self, template: Template, expert: str, keyid: str, applicant: str) -> ScoreSheet:
        rng = random.Random(f"{self.seed}:{expert}:{applicant}:criteria")
        ratio = Decimal(self.target(expert, applicant)) / template.total_points
        scores: dict[str, Decimal] = {}
        comments: dict[str, str] = {}
        for c in template.criteria:
            jitter = Decimal(rng.randint(-4, 4)) / 100
            raw = c.max_points * min(Decimal(1), max(Decimal("0.3"), ratio + jitter))
            value = (raw / c.step).quantize(Decimal(1), ROUND_HALF_UP) * c.step
            scores[c.key] = min(value, c.max_points)
            share = scores[c.key] / c.max_points
            if share >= Decimal("0.85"):
                comments[c.key] = rng.choice(GOOD)
            elif share <= Decimal("0.65"):
                comments[c.key] = rng.choice(WEAK)
        total = self.target(expert, applicant)
        level = "high" if total >= 88 else "mid" if total >= 70 else "low"
        return ScoreSheet(keyid, applicant, scores, comments, OPINIONS[level])


def score_group(
    homes: dict[str, Home],
    identities: dict[str, Identity],
    packages: dict[tuple[str, str], Path],
    group: Group,
    skip: set[tuple[str, str]],
    out: Path,
    maker: ScoreMaker,
    when: datetime,
) -> list[Submitted]:
    """Every expert of ``group`` scores and submits each of their packages of the group
    (``packages``: (person, panel) → file), except the (person, panel) pairs in ``skip``."""
    out.mkdir(parents=True, exist_ok=True)
    done: list[Submitted] = []
    for n, key in enumerate(group.experts):
        mine = sorted((panel, path) for (who, panel), path in packages.items()
                      if who == key and panel in group.panels)  # fmt: skip
        if (key, group.key) == NOT_STARTED or not mine:
            continue
        with open_home(homes[key], program="reviewdesk demo") as opened:
            for panel, path in mine:
                if (key, panel) in skip:
                    continue
                moment = when + timedelta(hours=3 * n)
                desk = ExpertDesk.open_in_home(opened.db, identities[key], path, opened.home,
                                               now=moment)  # fmt: skip
                (out / panel).mkdir(exist_ok=True)
                done += _score_package(desk, key, group.key, panel, out / panel, maker, moment)
    return done


def _score_package(
    desk: ExpertDesk, key: str, group: str, panel: str, out: Path, maker: ScoreMaker,
    now: datetime,
) -> list[Submitted]:  # fmt: skip
    desk.sign_pledge(now)
    refs = [a.ref for a in desk.summary.applicants]
    for ref in refs:
        if (key, ref) == POTENTIAL[:2]:
            desk.declare_conflict(ref, Conflict.POTENTIAL, POTENTIAL[2], now)
        else:
            desk.declare_conflict(ref, Conflict.NONE, "", now)
        _fill(desk, maker.sheet(desk.template, key, desk.expert, ref))
        if (key, ref) == VETO[:2]:
            sheets.save_veto(desk.db, desk.sheet_id(ref), VETO[2], True, VETO[3])
    first = desk.submit(out / f"{key}-{panel}-r1.rdx", now=now + timedelta(hours=1))
    done = [Submitted(key, group, panel, first.path, first.revision)]
    if (key, REVISION[1]) == REVISION and REVISION[1] in refs:
        sheet = desk.revise_sheet(REVISION[1])
        criterion = desk.template.criteria[0]
        old = sheets.load_sheet(desk.db, sheet).scores[criterion.key] or Decimal(0)
        raised: Decimal = min(old + 2, criterion.max_points)
        sheets.save_criterion_score(desk.db, sheet, criterion.key, raised)
        sheets.save_criterion_comment(desk.db, sheet, criterion.key,
                                      "复核合作项目佐证材料后上调。")  # fmt: skip
        sheets.save_overall_opinion(
            desk.db, sheet, OPINIONS["mid"] + "（修订：复核项目佐证后上调第一项评分。）"
        )
        second = desk.submit(out / f"{key}-{panel}-r2.rdx", now=now + timedelta(days=1))
        done.append(Submitted(key, group, panel, second.path, second.revision))
    return done


def _fill(desk: ExpertDesk, sheet: ScoreSheet) -> None:
    """Type the sheet in, one autosaved field at a time, as the scoring form does."""
    sheet_id = desk.sheet_id(sheet.applicant_id)
    for criterion, value in sheet.scores.items():
        sheets.save_criterion_score(desk.db, sheet_id, criterion, value)
    for criterion, text in sheet.comments.items():
        sheets.save_criterion_comment(desk.db, sheet_id, criterion, text)
    sheets.save_overall_opinion(desk.db, sheet_id, sheet.overall_opinion)
