"""Realistic Chinese inputs for the report tests (and for looking at the pages by hand)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from reviewdesk.core.domain import Category, Conflict, RoundKind
from reviewdesk.core.reports import ApplicantInfo, ExpertInfo, RoundInfo, SheetForReport
from reviewdesk.core.scoring import ScoreSheet, VetoClaim
from reviewdesk.core.templates.loader import find_template
from reviewdesk.core.templates.model import Template

BEIJING = timezone(timedelta(hours=8))
PLEDGE_AT = datetime(2025, 3, 18, 9, 30, tzinfo=BEIJING)
# A score file's fingerprint as the format layer would give it (SHA-256 hex).
SCORE_FILE = "3f9a0c17b2e44d8196a5c0d7e21b9f43a8c65d0e7f1b2a394c5d6e7f8091a2b3"

EXPERT = ExpertInfo(name="王建国", organisation="清华大学精密仪器系", pledge_signed_at=PLEDGE_AT)
ROUND = RoundInfo(
    name="2025年度北京国际科技合作基地综合评价", kind=RoundKind.EVALUATION, panel="第二组"
)
ROUND_RECOGNITION = RoundInfo(
    name="2025年度北京国际科技合作基地认定", kind=RoundKind.RECOGNITION, panel="第一组"
)

PARK = ApplicantInfo(ref="P-2025-017", name="中关村软件园国际合作中心", category=Category.PARK)
RESEARCH = ApplicantInfo(
    ref="R-2025-004", name="北京协和医学院国际联合研究中心", category=Category.RESEARCH
)
ENTERPRISE = ApplicantInfo(
    ref="E-2025-031", name="北京星河智能科技有限公司", category=Category.ENTERPRISE
)

_LONG = (
    "该园区近三年累计引进海外创新机构二十余家，与德国、以色列、新加坡等国家的园区和孵化器签署合作协议，"
    "国际会议和路演活动的组织较为规范，但成果统计口径不够清晰，部分数据缺少佐证材料。"
    "建议进一步完善外籍人才服务体系，建立入驻国际机构的动态评估机制，并对合作项目的落地转化情况进行跟踪。"
)


def templates() -> dict[str, Template]:
    return {
        ref: find_template(ref)
        for ref in (
            "evaluation-park",
            "evaluation-research",
            "evaluation-enterprise",
            "recognition-park",
        )
    }


def park_sheet(**fields: object) -> SheetForReport:
    """A complete, submitted evaluation sheet for a park: 83.5 → 良好."""
    scores = ["21", "12.5", "17", "12", "8", "8", "5"]
    template = find_template("evaluation-park")
    sheet = ScoreSheet(
        expert_id="X-WANG",
        applicant_id=PARK.ref,
        scores={c.key: Decimal(s) for c, s in zip(template.criteria, scores, strict=True)},
        comments={
            "E1": "海外创新资源集聚成效明显，引进国际机构数量较多。",
            "E3": "举办国际论坛和对接活动次数多，影响力较好。",
            "E7": "年度目标全部完成，得满分。",
        },
        overall_opinion=_LONG,
        revision=2,
        signed=True,
    )
    item = SheetForReport(
        applicant=PARK,
        template_ref="evaluation-park",
        sheet=sheet,
        submitted_revision=2,
    )
    return replace(item, **fields)  # type: ignore[arg-type]


def research_sheet_long() -> SheetForReport:
    """Excellent (92.5), with comments of several hundred characters and a potential conflict."""
    scores = ["28", "19", "18.5", "9", "9", "9"]
    template = find_template("evaluation-research")
    long_comment = _LONG * 3  # ~450 characters
    sheet = ScoreSheet(
        expert_id="X-WANG",
        applicant_id=RESEARCH.ref,
        scores={c.key: Decimal(s) for c, s in zip(template.criteria, scores, strict=True)},
        comments={c.key: long_comment for c in template.criteria},
        overall_opinion=_LONG * 2,
        revision=2,
        signed=True,
        conflict=Conflict.POTENTIAL,
    )
    return SheetForReport(
        applicant=RESEARCH,
        template_ref="evaluation-research",
        sheet=sheet,
        conflict_note="本人曾于2019年与该中心合作发表论文一篇，无经济往来。",
        submitted_revision=2,
    )


def enterprise_draft() -> SheetForReport:
    """Half filled in, with a veto ticked, never submitted."""
    template = find_template("evaluation-enterprise")
    keys = [c.key for c in template.criteria]
    sheet = ScoreSheet(
        expert_id="X-WANG",
        applicant_id=ENTERPRISE.ref,
        scores={keys[0]: Decimal("12"), keys[1]: Decimal("10")},
        comments={keys[0]: "国际研发投入不足，海外研发中心尚在筹建。"},
        vetoes=(VetoClaim("V6", "未提交2024年度报告，补充材料中亦无说明。"),),
        revision=1,
    )
    return SheetForReport(applicant=ENTERPRISE, template_ref="evaluation-enterprise", sheet=sheet)


def recused_sheet() -> SheetForReport:
    sheet = ScoreSheet(
        expert_id="X-WANG",
        applicant_id="P-2025-021",
        conflict=Conflict.DISQUALIFYING,
        revision=2,
        signed=True,
    )
    applicant = ApplicantInfo(
        ref="P-2025-021", name="北京亦庄国际合作产业园", category=Category.PARK
    )
    return SheetForReport(
        applicant=applicant,
        template_ref="evaluation-park",
        sheet=sheet,
        conflict_note="本人兼任该园区专家委员会委员。",
        submitted_revision=2,
    )
