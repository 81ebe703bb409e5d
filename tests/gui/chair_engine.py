"""Engine objects for the chair-desk GUI tests, built directly (no package, no crypto):
a research evaluation panel of 7 experts and 6 applicants with a veto claim, an outlier,
an insufficient applicant and a potential conflict."""

from __future__ import annotations

from decimal import Decimal

from reviewdesk.core.chair.leniency import expert_leniency
from reviewdesk.core.domain import Category, Conflict
from reviewdesk.core.scoring import (
    NO_DECISIONS,
    ChairDecisions,
    PanelResult,
    ScoreSheet,
    VetoClaim,
    consolidate,
    rank_panel_results,
)
from reviewdesk.core.templates.loader import find_template
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.chair.matrix_model import MatrixRow, PanelExpertInfo, matrix_rows

TEMPLATE: Template = find_template("evaluation-research")
EXPERTS = tuple(
    PanelExpertInfo(f"key{i:02d}" + "0" * 12, name)
    for i, name in enumerate(
        ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "Alexandra Konstantinopoulou"], 1
    )
)
APPLICANTS = (
    ("R-001", "京华理工大学国际联合研究中心", Category.RESEARCH),
    ("R-002", "北方新材料国际科技合作基地", Category.RESEARCH),
    ("R-003", "首都医学影像联合实验室", Category.RESEARCH),
    ("R-004", "燕山智能制造国际创新中心", Category.RESEARCH),
    ("R-005", "海淀量子信息国际合作研究院", Category.RESEARCH),
    ("R-006", "通州绿色能源国际联合研究中心", Category.RESEARCH),
)
# Totals per applicant, one per expert (None: no sheet).
TOTALS: dict[str, list[str | None]] = {
    "R-001": ["92", "91", "93", "90", "94", "92.5", "91.5"],
    "R-002": ["82", "80", "84", "81", "83", "40", "82"],  # expert 6 is the outlier
    "R-003": ["70", "72", "68", "71", "69", "70.5", "71.5"],  # expert 2 claims a veto
    "R-004": ["88", "86", None, None, None, None, "87"],  # 3 sheets: the plain mean, 4 missing
    "R-005": ["55", None, None, None, None, None, "58"],  # insufficient
    "R-006": ["78", "79", "77", "80", "76", "78", "79"],  # expert 3 declares a potential conflict
}


def scores_for_total(total: str) -> dict[str, Decimal | None]:
    remaining = Decimal(total)
    scores: dict[str, Decimal | None] = {}
    for criterion in TEMPLATE.criteria:
        given = min(criterion.max_points, remaining)
        scores[criterion.key] = given
        remaining -= given
    assert remaining == 0
    return scores


def sheets_for(ref: str) -> list[ScoreSheet]:
    sheets = []
    for expert, total in zip(EXPERTS, TOTALS[ref], strict=True):
        if total is None:
            continue
        vetoes = (
            (VetoClaim("V1", "申报材料中的合作协议签字页与原件不符"),)
            if (ref == "R-003" and expert is EXPERTS[1])
            else ()
        )
        conflict = Conflict.POTENTIAL if ref == "R-006" and expert is EXPERTS[2] else Conflict.NONE
        sheets.append(
            ScoreSheet(
                expert_id=expert.expert_id,
                applicant_id=ref,
                scores=scores_for_total(total),
                comments={c.key: f"{expert.name}关于{c.key}的意见" for c in TEMPLATE.criteria},
                overall_opinion=f"{expert.name}的总体意见：材料完整，合作成效明显。",
                vetoes=vetoes,
                signed=True,
                conflict=conflict,
            )
        )
    return sheets


def result_for(ref: str, decisions: ChairDecisions = NO_DECISIONS) -> PanelResult:
    return consolidate(TEMPLATE, ref, [e.expert_id for e in EXPERTS], sheets_for(ref), decisions)


def build_rows(
    decisions: dict[str, ChairDecisions] | None = None, opinions: dict[str, str] | None = None
) -> list[MatrixRow]:
    decisions = decisions or {}
    results = {ref: result_for(ref, decisions.get(ref, NO_DECISIONS)) for ref, _, _ in APPLICANTS}
    ranking = rank_panel_results(TEMPLATE, results.values())
    return matrix_rows(APPLICANTS, results, ranking, opinions)


def leniency_rows(rows: list[MatrixRow]):  # type: ignore[no-untyped-def]
    found = expert_leniency([r.result for r in rows], [e.expert_id for e in EXPERTS])
    by_id = {row.expert_id: row for row in found}
    return [(e, by_id[e.expert_id]) for e in EXPERTS]
