"""The words of ``reviewdesk consolidate``, in English and Chinese, without Qt.

The CLI must start without PySide6, so its wording of the engine's codes lives here in plain
tables (the GUI words the same codes through its Qt translations). :func:`vocabulary` gives
the tables of one language; :func:`choose_language` decides which: ``--lang`` when given,
else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, the first one set) — Chinese when it
starts with ``zh``, English otherwise.

Numbers are printed normalised (:func:`num`): ``82``, ``80.5``, ``79.17`` — never ``82.0``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.scoring import (
    CascadeStep,
    DecisionProblemCode,
    ExactMean,
    ExclusionReason,
    FlagKind,
    NeighbourComparison,
    Problem,
    ProblemCode,
    RankingProblemCode,
    TieRule,
)

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (CHINESE, ENGLISH)

# Domain terms as printed on the official forms, next to the English value.
RECOMMENDATION_ZH = {
    Recommendation.RECOGNISE: "建议认定",
    Recommendation.DO_NOT_RECOGNISE: "不建议认定",
}

_PROBLEMS_EN = {
    ProblemCode.MISSING_SCORE: "{criterion}: no score",
    ProblemCode.NOT_A_NUMBER: "{criterion}: the score is not a number",
    ProblemCode.OUT_OF_RANGE: "{criterion}: {score} is outside {min}–{max}",
    ProblemCode.OFF_STEP: "{criterion}: {score} is not a multiple of {step}",
    ProblemCode.COMMENT_REQUIRED: "{criterion}: {score} is {side}, so a comment is required "
    "(畸高畸低说明)",
    ProblemCode.OVERALL_OPINION_MISSING: "no overall opinion (评审意见)",
    ProblemCode.UNKNOWN_CRITERION: "{criterion}: not a criterion of this form",
    ProblemCode.VETO_WITHOUT_EVIDENCE: "veto {veto_item} ticked without evidence",
    ProblemCode.UNKNOWN_VETO_ITEM: "veto {veto_item} is not an item of this form",
    ProblemCode.DUPLICATE_VETO_CLAIM: "veto {veto_item} claimed twice",
}
_PROBLEMS_ZH = {
    ProblemCode.MISSING_SCORE: "{criterion}：未评分",
    ProblemCode.NOT_A_NUMBER: "{criterion}：分数不是数字",
    ProblemCode.OUT_OF_RANGE: "{criterion}：{score} 超出 {min}–{max} 的范围",
    ProblemCode.OFF_STEP: "{criterion}：{score} 不是 {step} 的整数倍",
    ProblemCode.COMMENT_REQUIRED: "{criterion}：{score} {side}，须填写畸高畸低说明",
    ProblemCode.OVERALL_OPINION_MISSING: "未填写评审意见",
    ProblemCode.UNKNOWN_CRITERION: "{criterion}：不是本评分表的指标",
    ProblemCode.VETO_WITHOUT_EVIDENCE: "勾选了否决项 {veto_item}，但未提供依据",
    ProblemCode.UNKNOWN_VETO_ITEM: "否决项 {veto_item} 不在本评分表中",
    ProblemCode.DUPLICATE_VETO_CLAIM: "否决项 {veto_item} 重复勾选",
}
_EXCLUSIONS_EN = {
    ExclusionReason.SUPERSEDED: "superseded by a later revision",
    ExclusionReason.NOT_ASSIGNED: "expert not assigned to this applicant",
    ExclusionReason.DISQUALIFYING_CONFLICT: "disqualifying conflict of interest",
    ExclusionReason.UNSIGNED: "not signed",
    ExclusionReason.INCOMPLETE: "incomplete",
    ExclusionReason.INVALID: "invalid",
}
_EXCLUSIONS_ZH = {
    ExclusionReason.SUPERSEDED: "已被后续修订版取代",
    ExclusionReason.NOT_ASSIGNED: "该专家未分配评审此申报单位",
    ExclusionReason.DISQUALIFYING_CONFLICT: "存在须回避的利益冲突",
    ExclusionReason.UNSIGNED: "未签名",
    ExclusionReason.INCOMPLETE: "评分不完整",
    ExclusionReason.INVALID: "评分有误",
}
_FLAGS_EN = {
    FlagKind.INSUFFICIENT_SHEETS: "only {counted} sheet(s) count, the form needs {min_sheets}: "
    "no grade until the chair records a decision",
    FlagKind.RANGE: "totals range {range} (from {min} to {max}), more than {threshold}",
    FlagKind.DEVIATION: "total {total} is {deviation} from the median {median}, "
    "more than {threshold}",
    FlagKind.GRADE_GAP: "individual grades from {best} to {worst}, {gap} bands apart",
    FlagKind.UNDECIDED_VETO: "veto claimed by {experts}, no verdict yet",
    FlagKind.MISSING_SHEET: "no counting sheet ({reason})",
    FlagKind.LATE_SHEET: "revision {revision} came in late",
    FlagKind.SUPERSEDED_SHEET: "revisions {revisions} replaced by revision {latest}",
    FlagKind.POTENTIAL_CONFLICT: "declared a potential conflict of interest",
}
_FLAGS_ZH = {
    FlagKind.INSUFFICIENT_SHEETS: "有效评分表仅 {counted} 份，评分表要求至少 {min_sheets} 份："
    "在组长记录决定之前没有等级",
    FlagKind.RANGE: "总分极差 {range}（{min} 至 {max}），超过 {threshold}",
    FlagKind.DEVIATION: "总分 {total} 与中位数 {median} 相差 {deviation}，超过 {threshold}",
    FlagKind.GRADE_GAP: "专家个人等级从{best}到{worst}，相差 {gap} 档",
    FlagKind.UNDECIDED_VETO: "{experts} 提出否决，尚未裁定",
    FlagKind.MISSING_SHEET: "没有有效评分表（{reason}）",
    FlagKind.LATE_SHEET: "第 {revision} 版逾期提交",
    FlagKind.SUPERSEDED_SHEET: "第 {revisions} 版已被第 {latest} 版取代",
    FlagKind.POTENTIAL_CONFLICT: "声明存在潜在利益冲突",
}
_DECISION_PROBLEMS_EN = {
    DecisionProblemCode.REASON_REQUIRED: "a reason is required; the decision was not applied",
    DecisionProblemCode.VETO_NOT_CLAIMED: "a verdict on a veto no counting expert claimed",
    DecisionProblemCode.VETO_NEEDS_DECISION: "a veto is settled by a verdict with a reason "
    "(decisions …vetoes), not by a resolution",
    DecisionProblemCode.UNKNOWN_FLAG: "a resolution for a flag that is not raised (ignored)",
    DecisionProblemCode.NO_GRADE_TO_OVERRIDE: "too few sheets count: there is no grade to override",
    DecisionProblemCode.OVERRIDE_CONTRADICTS_VETO: "a veto is confirmed: only 不合格 / "
    "不建议认定 is possible (dismiss the veto instead)",
    DecisionProblemCode.NOT_A_RECOGNITION_ROUND: "not a recognition round: there is no "
    "recommendation to override",
}
_DECISION_PROBLEMS_ZH = {
    DecisionProblemCode.REASON_REQUIRED: "须填写理由，该决定未生效",
    DecisionProblemCode.VETO_NOT_CLAIMED: "对无有效专家提出的否决项作出了裁定",
    DecisionProblemCode.VETO_NEEDS_DECISION: "否决项须以附理由的裁定处理（决定文件中的 vetoes），"
    "不能以处理意见代替",
    DecisionProblemCode.UNKNOWN_FLAG: "针对未出现的标记填写了处理意见（已忽略）",
    DecisionProblemCode.NO_GRADE_TO_OVERRIDE: "有效评分表不足，没有可调整的等级",
    DecisionProblemCode.OVERRIDE_CONTRADICTS_VETO: "否决项已确认，只能为不合格 / 不建议认定"
    "（如有异议，应撤销否决）",
    DecisionProblemCode.NOT_A_RECOGNITION_ROUND: "本轮不是认定评审，没有可调整的认定建议",
}
_RANKING_PROBLEMS_EN = {
    RankingProblemCode.REASON_REQUIRED: "has no reason; not used",
    RankingProblemCode.UNKNOWN_APPLICANT: "names {applicant}, who is not in the round; not used",
    RankingProblemCode.REPEATED_APPLICANT: "names {applicant} twice; not used",
}
_RANKING_PROBLEMS_ZH = {
    RankingProblemCode.REASON_REQUIRED: "未填写理由，未采用",
    RankingProblemCode.UNKNOWN_APPLICANT: "列出的 {applicant} 不在本轮中，未采用",
    RankingProblemCode.REPEATED_APPLICANT: "重复列出 {applicant}，未采用",
}

# Sentences of the text output, by key; fields in braces.
_TEXT_EN = {
    "sheets": "sheets: {path}",
    "decisions": "decisions: {source}",
    "decisions-none": "none",
    "decisions-inside": "inside the sheets file",
    "col-rank": "RANK",
    "col-applicant": "APPLICANT",
    "col-score": "SCORE",
    "col-grade": "GRADE",
    "col-recommendation": "RECOMMENDATION",
    "col-sheets": "SHEETS",
    "col-flags": "FLAGS",
    "col-name": "NAME",
    "flags-open": "{count} ({open} open)",
    "legend": "* grade decided by the chair or set by the 优秀 quota (see the details)",
    "final": "final: every flag is resolved, every veto decided, every tie ordered",
    "not-final": "not final: {count} blockers",
    "not-final-one": "not final: 1 blocker",
    "how-to-decide": "  Write flag resolutions (by flag id), veto verdicts, overrides and manual "
    "orders\n  in a decisions file (docs/CONSOLIDATE.md) and run again with --decisions FILE.",
    "rules": "  The rules: docs/RULES.md.",
    "position": "position {position}",
    "not-ranked": "not ranked",
    "insufficient": "  insufficient: {counted} sheet(s) count, the form needs {min_sheets}; "
    "no panel score",
    "trimmed": "  panel score {score}: trimmed mean of {kept} of {counted} sheets ({dropped} "
    "dropped); plain mean {mean}",
    "dropped-one": "the highest and the lowest",
    "dropped-many": "the {trim} highest and lowest",
    "mean": "  panel score {score}: mean of {counted} sheets",
    "veto-confirmed": "  a veto is confirmed: 不合格 whatever the score",
    "grade-override": "  grade: computed {computed}, decided {decided}, because “{reason}”",
    "grade": "  grade: {grade} ({value})",
    "grade-quota": "  grade: {grade} ({value}), published after the 优秀 quota; decided {decided}",
    "recommendation-override": "  recommendation: computed {computed}, decided {decided}, "
    "because “{reason}”",
    "recommendation": "  recommendation: {recommendation} ({why})",
    "why-veto": "a veto is confirmed",
    "why-score": "panel score {score} {sign} {threshold}",
    "sheet-count": "  sheets: {counted} counted of {assigned} assigned",
    "revision": "revision {revision}",
    "total": "total",
    "dropped-lowest": "dropped as the lowest by the trimmed mean",
    "dropped-highest": "dropped as the highest by the trimmed mean",
    "not-counted": "not counted: {reasons}",
    "list-separator": ", ",
    "veto-claimed": "  veto {item} claimed by {claims}",
    "veto-no-verdict": "    no verdict yet (confirm or dismiss it, with a reason)",
    "veto-confirmed-by": "    confirmed by the chair: “{reason}”",
    "veto-dismissed-by": "    dismissed by the chair: “{reason}”",
    "flags-none": "  flags: none",
    "flags-some-open": "  flags ({open} open):",
    "flags-all-resolved": "  flags (all resolved):",
    "flag-resolved": "resolved: “{resolution}”",
    "flag-open": "OPEN",
    "decision-refused": "  decision on {subject} refused: {text}",
    "unranked-vetoed": "  ranking: not ranked, a veto is confirmed, so the score does not place it",
    "unranked-insufficient": "  ranking: not ranked, too few sheets count for a panel score",
    "ranking-position": "  ranking: position {position} of {size}",
    "quota-demoted": "  优秀 quota: published {to} instead of {from_} — {place}th 优秀 in ranking "
    "order, {allowed} allowed",
    "quota-warned": "  优秀 quota: beyond the allowed number of 优秀 (warning only)",
    "no-sheet": "no sheet",
    "side-below": "below {low}",
    "side-at-least": "at least {high}",
    "equal": "equal {rule} {value}",
    "equal-means": "equal means of {criteria}",
    "no-manual-order": "no manual order covers the tie",
    "tied-with": "tied with {other}: {said}",
    "above": "above {other}: {said}",
    "below": "below {other}: {said}",
    "manual-because": "manual order, because “{reason}”",
    "versus": "{rule} {this} vs {other}",
    "said-separator": "; ",
    "rule-criterion": "{criterion} mean",
    "rule-panel-score": "panel score",
    "rule-excellent-count": "number of 优秀 sheets",
    "rule-manual": "manual place",
    "colon": ": ",
}
_TEXT_ZH = {
    "sheets": "评分表文件：{path}",
    "decisions": "组长决定：{source}",
    "decisions-none": "无",
    "decisions-inside": "在评分表文件内",
    "col-rank": "排名",
    "col-applicant": "编号",
    "col-score": "得分",
    "col-grade": "等级",
    "col-recommendation": "认定建议",
    "col-sheets": "评分表",
    "col-flags": "标记",
    "col-name": "申报单位",
    "flags-open": "{count}（{open} 项待处理）",
    "legend": "* 等级由组长决定或因优秀名额限制调整（详见下文）",
    "final": "已定稿：所有标记均已处理，所有否决项均已裁定，所有并列均已排序",
    "not-final": "未定稿：尚有 {count} 项待处理",
    "not-final-one": "未定稿：尚有 1 项待处理",
    "how-to-decide": "  请在组长决定文件中填写标记处理意见（按标记编号）、否决裁定、"
    "等级调整和人工排序\n  （格式见 docs/CONSOLIDATE.md），然后加 --decisions 文件 重新运行。",
    "rules": "  评审规则：docs/RULES.md。",
    "position": "第 {position} 名",
    "not-ranked": "不参与排名",
    "insufficient": "  有效评分表不足：仅 {counted} 份有效，评分表要求至少 {min_sheets} 份；"
    "没有专家组得分",
    "trimmed": "  专家组得分 {score}：{counted} 份评分表去掉{dropped}后 {kept} 份的平均分；"
    "算术平均分 {mean}",
    "dropped-one": "一个最高分和一个最低分",
    "dropped-many": "{trim} 个最高分和 {trim} 个最低分",
    "mean": "  专家组得分 {score}：{counted} 份评分表的平均分",
    "veto-confirmed": "  否决项已确认：无论得分多少，均为不合格",
    "grade-override": "  等级：计算为{computed}，决定为{decided}，理由：“{reason}”",
    "grade": "  等级：{grade}",
    "grade-quota": "  等级：{grade}（受优秀名额限制；原决定为{decided}）",
    "recommendation-override": "  认定建议：计算为{computed}，决定为{decided}，理由：“{reason}”",
    "recommendation": "  认定建议：{recommendation}（{why}）",
    "why-veto": "否决项已确认",
    "why-score": "专家组得分 {score} {sign} {threshold}",
    "sheet-count": "  评分表：已分配 {assigned} 份，有效 {counted} 份",
    "revision": "第 {revision} 版",
    "total": "总分",
    "dropped-lowest": "作为最低分在去极值平均中去掉",
    "dropped-highest": "作为最高分在去极值平均中去掉",
    "not-counted": "不计入：{reasons}",
    "list-separator": "、",
    "veto-claimed": "  否决项 {item}，提出者：{claims}",
    "veto-no-verdict": "    尚未裁定（请确认或撤销，并写明理由）",
    "veto-confirmed-by": "    组长已确认：“{reason}”",
    "veto-dismissed-by": "    组长已撤销：“{reason}”",
    "flags-none": "  标记：无",
    "flags-some-open": "  标记（{open} 项待处理）：",
    "flags-all-resolved": "  标记（均已处理）：",
    "flag-resolved": "已处理：“{resolution}”",
    "flag-open": "待处理",
    "decision-refused": "  关于 {subject} 的决定未生效：{text}",
    "unranked-vetoed": "  排名：不参与排名，否决项已确认，不按得分排名",
    "unranked-insufficient": "  排名：不参与排名，有效评分表不足，没有专家组得分",
    "ranking-position": "  排名：第 {position} 名，共 {size} 名",
    "quota-demoted": "  优秀名额：按排名为第 {place} 个优秀，限额 {allowed} 个，"
    "公布为{to}而非{from_}",
    "quota-warned": "  优秀名额：超出允许的优秀数量（仅提示）",
    "no-sheet": "未提交评分表",
    "side-below": "低于 {low}",
    "side-at-least": "不低于 {high}",
    "equal": "{rule}相同（{value}）",
    "equal-means": "{criteria} 的平均分均相同",
    "no-manual-order": "没有人工排序覆盖该并列",
    "tied-with": "与 {other} 并列：{said}",
    "above": "排在 {other} 之前：{said}",
    "below": "排在 {other} 之后：{said}",
    "manual-because": "人工排序，理由：“{reason}”",
    "versus": "{rule} {this} 对 {other}",
    "said-separator": "；",
    "rule-criterion": "{criterion} 平均分",
    "rule-panel-score": "专家组得分",
    "rule-excellent-count": "优秀评分表数",
    "rule-manual": "人工排序位次",
    "colon": "：",
}
_BLOCKERS_EN = {  # English keeps the codes, which docs/CONSOLIDATE.md explains
    "no-applicants": "no applicant in the file, nothing to finalise",
}
_BLOCKERS_ZH = {
    "unresolved-flag": "标记待处理",
    "undecided-veto": "否决项待裁定",
    "refused-decision": "决定未生效",
    "refused-manual-order": "人工排序未采用",
    "unresolved-tie": "并列待排序",
    "no-applicants": "文件中没有申报单位，无可定稿内容",
}


@dataclass(frozen=True)
class Vocabulary:
    """Every word of the text output in one language."""

    language: str
    text: Mapping[str, str]
    problems: Mapping[ProblemCode, str]
    exclusions: Mapping[ExclusionReason, str]
    flags: Mapping[FlagKind, str]
    decision_problems: Mapping[DecisionProblemCode, str]
    ranking_problems: Mapping[RankingProblemCode, str]
    blockers: Mapping[str, str]

    def __call__(self, key: str, **fields: object) -> str:
        """The sentence ``key`` with its fields filled (decimals normalised)."""
        return self.text[key].format_map(Fields(fields))

    @property
    def chinese(self) -> bool:
        return self.language == CHINESE

    def missing_reason(self, reason: str) -> str:
        if reason == "no-sheet":
            return self("no-sheet")
        parts = [self.exclusions.get(ExclusionReason(r), r) for r in reason.split(",") if r]
        return self("list-separator").join(parts)

    def problem_text(self, problem: Problem) -> str:
        fields = Fields({**problem.detail})
        fields.update(criterion=problem.criterion, veto_item=problem.veto_item)
        score, low, high = (problem.detail.get(k) for k in ("score", "low", "high"))
        if isinstance(score, Decimal) and isinstance(low, Decimal) and isinstance(high, Decimal):
            side = self("side-below", low=low) if score < low else self("side-at-least", high=high)
            fields["side"] = side
        return self.problems[problem.code].format_map(fields)

    def comparison_text(self, comparison: NeighbourComparison, decimals: int) -> str:
        last = comparison.steps[-1]
        said: list[str] = []
        equal = [s for s in comparison.steps if s.outcome == 0]
        means = [s for s in equal if s.rule is TieRule.CRITERION_MEAN]
        for step in equal:
            value = _step_value(step.this, decimals, step)
            if step.rule is not TieRule.CRITERION_MEAN or len(means) == 1:
                said.append(self("equal", rule=self._rule(step), value=value))
            elif step is means[0]:  # many equal means: name them once, in cascade order
                names = self("list-separator").join(str(m.criterion) for m in means)
                said.append(self("equal-means", criteria=names))
        joined = self("said-separator")
        if last.outcome == 0:
            said.append(self("no-manual-order"))
            return self("tied-with", other=comparison.other, said=joined.join(said))
        if last.rule is TieRule.MANUAL_ORDER:
            said.append(self("manual-because", reason=last.reason))
        else:
            this = _step_value(last.this, decimals, last)
            other = _step_value(last.other, decimals, last)
            said.append(self("versus", rule=self._rule(last), this=this, other=other))
        relation = "above" if last.outcome > 0 else "below"
        return self(relation, other=comparison.other, said=joined.join(said))

    def _rule(self, step: CascadeStep) -> str:
        if step.rule is TieRule.CRITERION_MEAN:
            return self("rule-criterion", criterion=step.criterion)
        key = {
            TieRule.PANEL_SCORE: "rule-panel-score",
            TieRule.EXCELLENT_COUNT: "rule-excellent-count",
            TieRule.MANUAL_ORDER: "rule-manual",
        }[step.rule]
        return self(key)


_VOCABULARIES = {
    ENGLISH: Vocabulary(
        ENGLISH,
        _TEXT_EN,
        _PROBLEMS_EN,
        _EXCLUSIONS_EN,
        _FLAGS_EN,
        _DECISION_PROBLEMS_EN,
        _RANKING_PROBLEMS_EN,
        _BLOCKERS_EN,
    ),
    CHINESE: Vocabulary(
        CHINESE,
        _TEXT_ZH,
        _PROBLEMS_ZH,
        _EXCLUSIONS_ZH,
        _FLAGS_ZH,
        _DECISION_PROBLEMS_ZH,
        _RANKING_PROBLEMS_ZH,
        _BLOCKERS_ZH,
    ),
}


def vocabulary(language: str) -> Vocabulary:
    """The words of ``language`` (:data:`CHINESE` or :data:`ENGLISH`)."""
    return _VOCABULARIES[language]


def choose_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` when given (``zh_CN``/``zh``/``en``), else the locale: the first of
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set; Chinese when it starts with ``zh``."""
    if option:
        return CHINESE if option.lower().startswith("zh") else ENGLISH
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return CHINESE if value.lower().startswith("zh") else ENGLISH
    return ENGLISH


def _step_value(value: Decimal | int | ExactMean, decimals: int, step: CascadeStep) -> str:
    if not isinstance(value, ExactMean):
        return num(value) if isinstance(value, Decimal) else str(value)
    # Show enough decimals for two different means not to print alike.
    other = step.other if value is step.this else step.this
    places = decimals
    while (
        isinstance(other, ExactMean)
        and step.outcome != 0
        and places < decimals + 8
        and value.rounded(places) == other.rounded(places)
    ):
        places += 1
    return num(value.rounded(places))


class Fields(dict[str, object]):
    """Format fields: decimals normalised, a missing one as "?"."""

    def __getitem__(self, key: str) -> object:
        value = super().get(key, "?")
        return num(value) if isinstance(value, Decimal) else value


def num(value: Decimal | None) -> str:
    """A decimal without trailing zeros, in plain notation: 82, 80.5, 79.17 (never 82.0,
    82.00 or 8.2E+1); ``-`` for none. Exact for any size (no context rounding)."""
    if value is None:
        return "-"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


short = num  # the name the older callers use


def grade_zh(grade: Grade | None) -> str:
    return "-" if grade is None else grade.zh


def recommendation_zh(recommendation: Recommendation | None) -> str:
    return "-" if recommendation is None else RECOMMENDATION_ZH[recommendation]
