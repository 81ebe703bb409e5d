"""English words for ``reviewdesk consolidate``: problems, flags, decisions, comparisons.

The CLI's own wording of the engine's codes (the GUI words them through its translations).
"""

from __future__ import annotations

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

# Domain terms as printed on the official forms, next to the English value.
RECOMMENDATION_ZH = {
    Recommendation.RECOGNISE: "建议认定",
    Recommendation.DO_NOT_RECOGNISE: "不建议认定",
}

PROBLEMS = {
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
EXCLUSIONS = {
    ExclusionReason.SUPERSEDED: "superseded by a later revision",
    ExclusionReason.NOT_ASSIGNED: "expert not assigned to this applicant",
    ExclusionReason.DISQUALIFYING_CONFLICT: "disqualifying conflict of interest",
    ExclusionReason.UNSIGNED: "not signed",
    ExclusionReason.INCOMPLETE: "incomplete",
    ExclusionReason.INVALID: "invalid",
}
FLAGS = {
    FlagKind.RANGE: "totals range {range} (from {min} to {max}), more than {threshold}",
    FlagKind.DEVIATION: "total {total} is {deviation} from the mean {mean}, more than {threshold}",
    FlagKind.GRADE_GAP: "individual grades from {best} to {worst}, {gap} bands apart",
    FlagKind.UNDECIDED_VETO: "veto claimed by {experts}, no verdict yet",
    FlagKind.MISSING_SHEET: "no counting sheet ({reason})",
    FlagKind.LATE_SHEET: "revision {revision} came in late",
    FlagKind.SUPERSEDED_SHEET: "revisions {revisions} replaced by revision {latest}",
    FlagKind.POTENTIAL_CONFLICT: "declared a potential conflict of interest",
}
DECISION_PROBLEMS = {
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
RANKING_PROBLEMS = {
    RankingProblemCode.REASON_REQUIRED: "has no reason; not used",
    RankingProblemCode.UNKNOWN_APPLICANT: "names {applicant}, who is not in the round; not used",
    RankingProblemCode.REPEATED_APPLICANT: "names {applicant} twice; not used",
}


def missing_reason(reason: str) -> str:
    if reason == "no-sheet":
        return "no sheet"
    return ", ".join(EXCLUSIONS.get(ExclusionReason(r), r) for r in reason.split(",") if r)


def comparison_text(comparison: NeighbourComparison, decimals: int) -> str:
    last = comparison.steps[-1]
    said: list[str] = []
    equal = [s for s in comparison.steps if s.outcome == 0]
    means = [s for s in equal if s.rule is TieRule.CRITERION_MEAN]
    for step in equal:
        if step.rule is not TieRule.CRITERION_MEAN:
            said.append(f"equal {_rule(step)} {_step_value(step.this, decimals, step)}")
        elif len(means) == 1:
            said.append(f"equal {step.criterion} mean {_step_value(step.this, decimals, step)}")
        elif step is means[0]:  # many equal means: name them once, in cascade order
            said.append(f"equal means of {', '.join(str(m.criterion) for m in means)}")
    if last.outcome == 0:
        said.append("no manual order covers the tie")
        return f"tied with {comparison.other}: {'; '.join(said)}"
    relation = "above" if last.outcome > 0 else "below"
    if last.rule is TieRule.MANUAL_ORDER:
        said.append(f"manual order, because “{last.reason}”")
    else:
        this = _step_value(last.this, decimals, last)
        other = _step_value(last.other, decimals, last)
        said.append(f"{_rule(last)} {this} vs {other}")
    return f"{relation} {comparison.other}: {'; '.join(said)}"


def _rule(step: CascadeStep) -> str:
    if step.rule is TieRule.CRITERION_MEAN:
        return f"{step.criterion} mean"
    return {
        TieRule.PANEL_SCORE: "panel score",
        TieRule.EXCELLENT_COUNT: "number of 优秀 sheets",
        TieRule.MANUAL_ORDER: "manual place",
    }[step.rule]


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


def problem_text(problem: Problem) -> str:
    fields = Fields({**problem.detail})
    fields.update(criterion=problem.criterion, veto_item=problem.veto_item)
    score, low, high = (problem.detail.get(k) for k in ("score", "low", "high"))
    if isinstance(score, Decimal) and isinstance(low, Decimal) and isinstance(high, Decimal):
        fields["side"] = f"below {short(low)}" if score < low else f"at least {short(high)}"
    return PROBLEMS[problem.code].format_map(fields)


class Fields(dict[str, object]):
    """Format fields: decimals in plain notation, a missing one as "?"."""

    def __getitem__(self, key: str) -> object:
        value = super().get(key, "?")
        return short(value) if isinstance(value, Decimal) else value


def short(value: Decimal) -> str:
    """A total or a detail without trailing zeros: 87, 74.5 (not 87.0 or 74.50)."""
    return format(value.normalize(), "f")


def num(value: Decimal | None) -> str:
    return "-" if value is None else format(value, "f")


def grade_zh(grade: Grade | None) -> str:
    return "-" if grade is None else grade.zh


def recommendation_zh(recommendation: Recommendation | None) -> str:
    return "-" if recommendation is None else RECOMMENDATION_ZH[recommendation]
