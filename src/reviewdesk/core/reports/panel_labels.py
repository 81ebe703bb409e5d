"""Words printed on the chair's panel report and workbook, in both product languages.

Like ``labels`` (the expert's sheets): a document's own strings, not Qt UI strings. Keys that
the expert's sheets already word (round, panel, category, total, page, …) are looked up
there, so the two documents say the same thing the same way.
"""

from __future__ import annotations

from reviewdesk.core.domain import Recommendation
from reviewdesk.core.reports.labels import Language, label
from reviewdesk.core.scoring import (
    ExclusionReason,
    FlagKind,
    TieRule,
    UnrankedReason,
    VetoVerdict,
)

_PANEL_LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "panel.title": (
        "北京国际科技合作基地专家组意见表",
        "Beijing International S&T Cooperation Base — panel opinion form",
    ),
    "summary.title": ("专家组评审结果汇总表", "Panel results — summary list"),
    "document": ("专家组评审报告", "Panel report"),
    "chair": ("专家组组长", "Chair"),
    "version": ("报告版本", "Report version"),
    "version.n": ("第 {n} 版", "version {n}"),
    "finalised": ("定稿时间", "Finalised"),
    "bundle": ("结果包指纹", "Result bundle fingerprint"),
    "footer.fingerprint": ("结果包指纹 {fingerprint}", "Result bundle fingerprint {fingerprint}"),
    # the score table
    "scores": ("专家评分", "Expert scores"),
    "col.expert": ("评审专家", "Expert"),
    "col.total": ("合计", "Total"),
    "col.grade": ("个人等级", "Grade"),
    "col.status": ("说明", "Note"),
    "status.counted": ("计入", "counted"),
    "status.trimmed": ("计入，作为最高或最低分去掉", "counted, dropped as highest or lowest"),
    "status.excluded": ("不计入：{reasons}", "not counted: {reasons}"),
    "status.paper": ("组长据纸质评分表录入", "entered by the chair from paper"),
    "status.revision": ("第 {n} 版", "rev. {n}"),
    "criteria.legend": ("评价指标", "Criteria"),
    "criterion.mean": ("平均分", "Mean"),
    "chair_note": ("组长说明", "Chair's note"),
    # the result block
    "result": ("专家组评审结果", "Panel result"),
    "counted_n": ("有效评分", "Sheets counted"),
    "counted_n.value": ("{n} 份（共分配 {assigned} 位专家）", "{n} of {assigned} assigned"),
    "panel_score": ("专家组得分", "Panel score"),
    "method.trimmed-mean": (
        "去掉一个最高分和一个最低分后的平均分",
        "mean without the highest and the lowest total",
    ),
    "method.mean": ("算术平均分", "plain mean"),
    "insufficient": (
        "有效评分不足 {min} 份，不评定等级",
        "fewer than {min} sheets count: no grade",
    ),
    "computed_grade": ("计算等级", "Computed grade"),
    "decided_grade": ("评定等级", "Decided grade"),
    "override": (
        "计算等级为{computed}，专家组评定为{decided}，理由：{reason}",
        "computed {computed}, decided {decided}, because {reason}",
    ),
    "veto_forced": ("一票否决", "veto confirmed"),
    "quota": (
        "超出优秀比例（第 {place} 个优秀，限 {allowed} 个），公布等级为{to}",
        "beyond the 优秀 quota (优秀 no. {place}, {allowed} allowed): published as {to}",
    ),
    "quota.warn": (
        "超出优秀比例限制（仅提示，不调整等级）",
        "beyond the 优秀 quota (warning only, grade unchanged)",
    ),
    "published_grade": ("公布等级", "Published grade"),
    "recommendation": ("认定建议", "Recommendation"),
    "recommendation.override": (
        "计算结果为{computed}，专家组决定{decided}，理由：{reason}",
        "computed {computed}, decided {decided}, because {reason}",
    ),
    "rank": ("排名", "Rank"),
    "rank.value": ("第 {position} 名（共 {count} 个参加排名）", "{position} of {count} ranked"),
    "rank.tied": ("并列", "tied"),
    "rank.unranked.vetoed": ("不参加排名（一票否决）", "not ranked (veto confirmed)"),
    "rank.unranked.insufficient": ("不参加排名（有效评分不足）", "not ranked (too few sheets)"),
    "rank.above": ("排在{other}之后：{why}", "below {other}: {why}"),
    "rank.below": ("排在{other}之前：{why}", "above {other}: {why}"),
    "step.equal": ("{rule}相同（{this}）", "{rule} equal ({this})"),
    "step.higher": ("{rule} {this} 高于 {other}", "{rule} {this} above {other}"),
    "step.lower": ("{rule} {this} 低于 {other}", "{rule} {this} below {other}"),
    "step.manual": ("专家组确定的顺序（{reason}）", "order decided by the panel ({reason})"),
    "step.unresolved": ("尚未区分先后", "not yet separated"),
    "rule.panel-score": ("专家组得分", "panel score"),
    "rule.criterion-mean": ("{criterion}指标平均分", "mean of {criterion}"),
    "rule.excellent-count": ("个人评定优秀的专家数", "number of individual 优秀"),
    # vetoes and flags
    "vetoes": ("一票否决", "Vetoes"),
    "vetoes.none": ("无专家勾选一票否决项。", "No expert ticked a veto item."),
    "veto.claims": ("勾选专家及依据", "Claimed by"),
    "veto.decision": ("专家组决定", "Panel decision"),
    "veto.confirmed": ("确认否决，理由：{reason}", "confirmed, because {reason}"),
    "veto.dismissed": ("不予否决，理由：{reason}", "dismissed, because {reason}"),
    "veto.undecided": ("未决定", "not decided"),
    "verdict.confirmed": ("确认否决", "confirmed"),
    "verdict.dismissed": ("不予否决", "dismissed"),
    "flags": ("提示事项及处理", "Flags and how they were resolved"),
    "flags.none": ("无提示事项。", "No flags."),
    "flag.resolution": ("处理意见：{text}", "Resolution: {text}"),
    "flag.unresolved": ("未处理", "not resolved"),
    "flag.range": (
        "专家总分极差 {range}（最高 {max}，最低 {min}），超过 {threshold}",
        "range of totals {range} (highest {max}, lowest {min}) exceeds {threshold}",
    ),
    "flag.deviation": (
        "{expert} 的总分 {total} 与{centre} {value} 相差 {deviation}，超过 {threshold}",
        "{expert}'s total {total} is {deviation} from the {centre} {value}, more than {threshold}",
    ),
    "centre.median": ("中位数", "median"),
    "centre.mean": ("平均分", "mean"),
    "flag.insufficient-sheets": (
        "有效评分 {counted} 份，少于 {min_sheets} 份，无法评定等级",
        "{counted} sheets count, fewer than {min_sheets}: no grade",
    ),
    "flag.other": ("{kind}", "{kind}"),
    "flag.grade-gap": (
        "专家个人等级相差 {gap} 档（{best} 至 {worst}）",
        "individual grades {gap} bands apart ({best} to {worst})",
    ),
    "flag.undecided-veto": ("一票否决项 {item} 待决定", "veto item {item} awaits a decision"),
    "flag.missing-sheet": (
        "缺 {expert} 的有效评分（{reason}）",
        "no counted sheet of {expert} ({reason})",
    ),
    "flag.late-sheet": ("{expert} 的评分逾期提交", "{expert}'s sheet came late"),
    "flag.superseded-sheet": (
        "{expert} 提交了多个版本，以第 {latest} 版为准",
        "{expert} sent several revisions; revision {latest} stands",
    ),
    "flag.potential-conflict": (
        "{expert} 声明存在潜在利益关系",
        "{expert} declared a potential conflict of interest",
    ),
    "missing.no-sheet": ("未收到评分", "no sheet received"),
    # opinion and signatures
    "panel_opinion": ("专家组意见", "Panel opinion"),
    "signatures": ("签字", "Signatures"),
    "sign.affirmation": (
        "以上评审结果和专家组意见经专家组讨论确定。",
        "The results and the panel opinion above were agreed by the panel.",
    ),
    "sign.chair": ("专家组组长签字", "Chair's signature"),
    "sign.experts": ("专家组成员签字", "Panel members' signatures"),
    "sign.col.name": ("姓名", "Name"),
    "sign.col.organisation": ("工作单位", "Organisation"),
    "sign.col.signature": ("签字", "Signature"),
    # the summary list
    "col.rank": ("排名", "Rank"),
    "col.applicant": ("申报单位", "Applicant"),
    "col.category": ("类别", "Category"),
    "col.n": ("有效评分", "Sheets"),
    "col.panel_score": ("专家组得分", "Panel score"),
    "col.computed": ("计算等级", "Computed"),
    "col.decided": ("评定等级", "Decided"),
    "col.published": ("公布等级", "Published"),
    "col.recommendation": ("认定建议", "Recommendation"),
    "col.remark": ("备注", "Remarks"),
    "remark.override": ("组长调整等级：{reason}", "grade overridden: {reason}"),
    "remark.recommendation": ("组长调整认定建议：{reason}", "recommendation overridden: {reason}"),
    "remark.vetoed": ("一票否决", "veto confirmed"),
    "remark.insufficient": ("有效评分不足", "too few sheets"),
    "quota.title": ("优秀比例", "优秀 quota"),
    "quota.off": ("本轮未设优秀比例限制。", "No 优秀 quota in this round."),
    "quota.summary": (
        "优秀不超过 {percent}%：有等级的 {graded} 个，允许优秀 {allowed} 个，评定优秀 {count} 个。",
        "At most {percent}% 优秀: {graded} graded, {allowed} allowed, {count} decided 优秀.",
    ),
    "quota.enforced": (
        "超出比例、调整为良好：{names}",
        "beyond the quota, published as 良好: {names}",
    ),
    "quota.warned": ("超出比例（仅提示）：{names}", "beyond the quota (warning only): {names}"),
    "quota.undetermined": (
        "并列跨越比例界限、待专家组确定顺序：{names}",
        "tied across the limit, awaiting the panel's order: {names}",
    ),
    "ties": ("尚未区分先后的并列：{names}", "Ties not yet separated: {names}"),
    # workbook
    "sheet.results": ("Results", "Results"),
    "col.flags": ("提示事项", "Flags"),
    "col.applicant_ref": ("编号", "Ref"),
    "col.criterion_key": ("指标编号", "Key"),
    "col.override_reason": ("调整理由", "Override reason"),
    "col.criterion": ("评价指标", "Criterion"),
    "col.max": ("满分", "Max"),
    "col.score": ("得分", "Score"),
    "col.comment": ("评分说明", "Comment"),
    "col.revision": ("版本", "Revision"),
    "col.counted": ("是否计入", "Counted"),
    "col.paper": ("组长录入", "Entered by chair"),
    "col.opinion": ("意见", "Opinion"),
    "col.kind": ("类型", "Kind"),
    "col.veto_item": ("否决项", "Veto item"),
    "col.evidence": ("依据", "Evidence"),
    "col.decision": ("决定", "Decision"),
    "col.reason": ("理由", "Reason"),
    "opinion.expert": ("专家意见", "expert opinion"),
    "opinion.panel": ("专家组意见", "panel opinion"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}

_RECOMMENDATIONS = {
    Recommendation.RECOGNISE: ("建议认定", "recognise (建议认定)"),
    Recommendation.DO_NOT_RECOGNISE: ("不建议认定", "do not recognise (不建议认定)"),
}
_EXCLUSIONS = {
    ExclusionReason.SUPERSEDED: ("已被新版本取代", "superseded"),
    ExclusionReason.NOT_ASSIGNED: ("未分配该专家", "not assigned"),
    ExclusionReason.DISQUALIFYING_CONFLICT: ("须回避", "disqualifying conflict"),
    ExclusionReason.UNSIGNED: ("未签名", "unsigned"),
    ExclusionReason.INCOMPLETE: ("未评完", "incomplete"),
    ExclusionReason.INVALID: ("不符合评分规则", "invalid"),
}


def _pick(pair: tuple[str, str], language: Language) -> str:
    return pair[0] if language == "zh" else pair[1]


def panel_label(key: str, language: Language, **fields: object) -> str:
    """The label ``key`` in ``language`` (the expert sheets' labels as a fallback)."""
    pair = _PANEL_LABELS.get(key)
    if pair is None:
        return label(key, language, **fields)
    text = _pick(pair, language)
    return text.format(**fields) if fields else text


def recommendation_label(recommendation: Recommendation, language: Language) -> str:
    return _pick(_RECOMMENDATIONS[recommendation], language)


def exclusion_label(reason: ExclusionReason, language: Language) -> str:
    return _pick(_EXCLUSIONS[reason], language)


def verdict_key(verdict: VetoVerdict) -> str:
    return f"veto.{verdict.value}"


def flag_key(kind: FlagKind) -> str:
    return f"flag.{kind.value}"


def rule_key(rule: TieRule) -> str:
    return f"rule.{rule.value}"


def unranked_key(reason: UnrankedReason) -> str:
    return f"rank.unranked.{reason.value}"
