"""Consolidate one applicant's sheets into a :class:`PanelResult` (DESIGN §2.2.2-5, §2.2.8).

Which sheets count: for each expert only the highest revision is a candidate (older ones are
superseded, even when the newest one cannot count: the expert's last word replaces the
earlier ones). The candidate counts when the expert is assigned, the sheet is not marked
superseded, the conflict declaration is not disqualifying, it is signed and it validates.

"Missing" means an assigned expert without a counting sheet: no sheet at all, or a latest
sheet excluded for a reason (the flag's detail names it).

Veto claims are heard from every assigned expert's latest signed sheet that is not
superseded and not disqualified, even an incomplete one: an expert who finds falsified
materials may stop scoring.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from reviewdesk.core.domain import Conflict, Grade
from reviewdesk.core.errors import ScoringError
from reviewdesk.core.scoring import flags as flagging
from reviewdesk.core.scoring.decisions import (
    NO_DECISIONS,
    ChairDecisions,
    DecisionProblem,
    DecisionProblemCode,
    accept_grade_override,
    accept_recommendation_override,
)
from reviewdesk.core.scoring.exact import ExactMean, divide_half_up
from reviewdesk.core.scoring.flags import Flag, FlagKind
from reviewdesk.core.scoring.grades import grade_for, recommendation_for
from reviewdesk.core.scoring.result import (
    CountedSheet,
    ExcludedSheet,
    ExclusionReason,
    PanelResult,
    PanelStatus,
    RaisedVeto,
)
from reviewdesk.core.scoring.sheet import (
    Problem,
    ProblemCode,
    ScoreSheet,
    sheet_total,
    validate_sheet,
)
from reviewdesk.core.templates.model import AggregationMethod, Template

# Reasons that silence an expert's veto claims; an incomplete or invalid sheet still speaks.
_SILENCING = {
    ExclusionReason.SUPERSEDED,
    ExclusionReason.NOT_ASSIGNED,
    ExclusionReason.DISQUALIFYING_CONFLICT,
    ExclusionReason.UNSIGNED,
}
_FLAG_ORDER = list(FlagKind)


def consolidate(
    template: Template,
    applicant_id: str,
    assigned_experts: Iterable[str],
    sheets: Iterable[ScoreSheet],
    decisions: ChairDecisions = NO_DECISIONS,
) -> PanelResult:
    """Count the sheets, compute the panel score, grade, vetoes and flags for one applicant.

    ``assigned_experts`` are the experts on this applicant's panel (needed to see who is
    missing). ``sheets`` may hold several revisions per expert, in any order; the result does
    not depend on the order of experts or sheets. Raises :class:`ScoringError` only for an
    inconsistent request: a sheet for another applicant, two sheets with the same expert and
    revision, an expert assigned twice.
    """
    assigned = _assigned(assigned_experts)
    latest, older = _latest_revisions(applicant_id, sheets)
    counted_pairs: list[tuple[ScoreSheet, Decimal]] = []
    excluded: list[ExcludedSheet] = []
    latest_reasons: dict[str, tuple[ExclusionReason, ...]] = {}
    for expert_id in sorted(latest):
        sheet = latest[expert_id]
        reasons, sheet_problems = _exclusion(template, sheet, assigned)
        latest_reasons[expert_id] = reasons
        total = sheet_total(template, sheet)
        if reasons or total is None:
            excluded.append(ExcludedSheet(sheet, reasons, tuple(sheet_problems)))
        else:
            counted_pairs.append((sheet, total))
        for old in older.get(expert_id, []):
            excluded.append(ExcludedSheet(old, (ExclusionReason.SUPERSEDED,)))

    agg = template.aggregation
    status = (
        PanelStatus.GRADED if len(counted_pairs) >= agg.min_sheets else PanelStatus.INSUFFICIENT
    )
    method, panel_score, trimmed = None, None, set[str]()
    if status is PanelStatus.GRADED:
        method, panel_score, trimmed = _panel_score(template, counted_pairs)
    counted = tuple(
        CountedSheet(sheet, total, grade_for(template, total), sheet.expert_id in trimmed)
        for sheet, total in counted_pairs
    )
    plain_mean, median_total = None, None
    if counted:
        whole = sum((c.total for c in counted), Decimal(0))
        plain_mean = divide_half_up(whole, len(counted), agg.decimals)
        median_total = flagging.median_of([c.total for c in counted])

    problems: list[DecisionProblem] = []
    voices = [
        latest[e]
        for e in sorted(latest)
        if e in assigned and not _SILENCING & set(latest_reasons[e])
    ]
    vetoes = _raise_vetoes(template, voices, decisions, problems)
    confirmed = any(veto.confirmed for veto in vetoes)
    score_grade = grade_for(template, panel_score) if panel_score is not None else None
    # A confirmed veto forces 不合格 even when too few sheets count: it needs no score.
    computed_grade = Grade.UNQUALIFIED if confirmed else score_grade
    computed_recommendation = recommendation_for(template, panel_score, confirmed)
    grade_override = accept_grade_override(
        decisions.grade_override, computed_grade, confirmed, problems
    )
    recommendation_override = accept_recommendation_override(
        template, decisions.recommendation_override, computed_recommendation, confirmed, problems
    )

    raised = _flags(template, assigned, latest, older, latest_reasons, counted, vetoes)
    if status is PanelStatus.INSUFFICIENT:
        raised.insert(0, flagging.insufficient_sheets_flag(len(counted), agg.min_sheets))
    flags = _attach_resolutions(raised, decisions, problems)
    return PanelResult(
        template_id=template.template_id,
        template_version=template.version,
        template_sha256=template.sha256,
        applicant_id=applicant_id,
        assigned_experts=tuple(sorted(assigned)),
        status=status,
        counted=counted,
        excluded=tuple(excluded),
        method=method,
        panel_score=panel_score,
        plain_mean=plain_mean,
        score_grade=score_grade,
        computed_grade=computed_grade,
        grade_override=grade_override,
        computed_recommendation=computed_recommendation,
        recommendation_override=recommendation_override,
        vetoes=tuple(vetoes),
        flags=tuple(flags),
        decision_problems=tuple(sorted(problems, key=lambda p: (p.subject, p.code))),
        criterion_means=_criterion_means(template, counted),
        median_total=median_total,
    )


def _assigned(experts: Iterable[str]) -> set[str]:
    assigned: set[str] = set()
    for expert_id in experts:
        if expert_id in assigned:
            raise ScoringError("expert-assigned-twice", expert=expert_id)
        assigned.add(expert_id)
    return assigned


def _latest_revisions(
    applicant_id: str, sheets: Iterable[ScoreSheet]
) -> tuple[dict[str, ScoreSheet], dict[str, list[ScoreSheet]]]:
    """The highest revision per expert, and the older ones (by revision, newest first)."""
    by_expert: dict[str, dict[int, ScoreSheet]] = {}
    for sheet in sheets:
        if sheet.applicant_id != applicant_id:
            raise ScoringError(
                "sheet-for-another-applicant",
                expert=sheet.expert_id,
                applicant=sheet.applicant_id,
                expected=applicant_id,
            )
        revisions = by_expert.setdefault(sheet.expert_id, {})
        if sheet.revision in revisions:
            raise ScoringError(
                "duplicate-revision", expert=sheet.expert_id, revision=sheet.revision
            )
        revisions[sheet.revision] = sheet
    latest: dict[str, ScoreSheet] = {}
    older: dict[str, list[ScoreSheet]] = {}
    for expert_id, revisions in by_expert.items():
        ordered = [revisions[r] for r in sorted(revisions, reverse=True)]
        latest[expert_id] = ordered[0]
        if len(ordered) > 1:
            older[expert_id] = ordered[1:]
    return latest, older


def _exclusion(
    template: Template, sheet: ScoreSheet, assigned: set[str]
) -> tuple[tuple[ExclusionReason, ...], list[Problem]]:
    reasons: list[ExclusionReason] = []
    if sheet.superseded:
        reasons.append(ExclusionReason.SUPERSEDED)
    if sheet.expert_id not in assigned:
        reasons.append(ExclusionReason.NOT_ASSIGNED)
    if sheet.conflict is Conflict.DISQUALIFYING:
        reasons.append(ExclusionReason.DISQUALIFYING_CONFLICT)
    if not sheet.signed:
        reasons.append(ExclusionReason.UNSIGNED)
    problems = validate_sheet(template, sheet)
    if any(p.code is ProblemCode.MISSING_SCORE for p in problems):
        reasons.append(ExclusionReason.INCOMPLETE)
    if any(p.code is not ProblemCode.MISSING_SCORE for p in problems):
        reasons.append(ExclusionReason.INVALID)
    return tuple(reasons), problems


def _panel_score(
    template: Template, counted: Sequence[tuple[ScoreSheet, Decimal]]
) -> tuple[AggregationMethod, Decimal, set[str]]:
    """Trimmed mean from ``trim_min_sheets`` counted sheets when the template says so.

    Equal totals are trimmed by expert id, which changes which expert is marked trimmed but
    never the score.
    """
    agg = template.aggregation
    ordered = sorted(counted, key=lambda pair: (pair[1], pair[0].expert_id))
    trim = agg.trim_each_side
    if agg.method is AggregationMethod.TRIMMED_MEAN and len(ordered) >= agg.trim_min_sheets:
        if len(ordered) - 2 * trim < 1:
            raise ScoringError(
                "trim-leaves-no-sheet", template=template.template_id, sheets=len(ordered)
            )
        kept = ordered[trim : len(ordered) - trim]
        dropped = {sheet.expert_id for sheet, _ in ordered[:trim] + ordered[len(ordered) - trim :]}
        whole = sum((total for _, total in kept), Decimal(0))
        score = divide_half_up(whole, len(kept), agg.decimals)
        return AggregationMethod.TRIMMED_MEAN, score, dropped
    whole = sum((total for _, total in ordered), Decimal(0))
    return AggregationMethod.MEAN, divide_half_up(whole, len(ordered), agg.decimals), set()


def _raise_vetoes(
    template: Template,
    voices: Sequence[ScoreSheet],
    decisions: ChairDecisions,
    problems: list[DecisionProblem],
) -> list[RaisedVeto]:
    known = {item.key for item in template.veto_items}
    claims: dict[str, dict[str, str]] = {}
    for sheet in voices:
        for claim in sheet.vetoes:
            if claim.item in known:  # unknown items are the sheet's validation problem
                claims.setdefault(claim.item, {}).setdefault(sheet.expert_id, claim.evidence)
    for item in sorted(set(decisions.veto_decisions) - set(claims)):
        problems.append(DecisionProblem(DecisionProblemCode.VETO_NOT_CLAIMED, item))
    vetoes: list[RaisedVeto] = []
    for item in sorted(claims):
        decision = decisions.veto_decisions.get(item)
        if decision is not None and not decision.reason.strip():
            problems.append(DecisionProblem(DecisionProblemCode.REASON_REQUIRED, item))
            decision = None
        vetoes.append(RaisedVeto(item, claims[item], decision))
    return vetoes


def _flags(
    template: Template,
    assigned: set[str],
    latest: dict[str, ScoreSheet],
    older: dict[str, list[ScoreSheet]],
    latest_reasons: dict[str, tuple[ExclusionReason, ...]],
    counted: Sequence[CountedSheet],
    vetoes: Sequence[RaisedVeto],
) -> list[Flag]:
    totals = [(c.expert_id, c.total, c.grade) for c in counted]
    flags = flagging.disagreement_flags(template.flags, template.aggregation.decimals, totals)
    flags.extend(
        flagging.undecided_veto_flag(veto.item, veto.claims) for veto in vetoes if not veto.decision
    )
    counting = {c.expert_id for c in counted}
    for expert_id in sorted(assigned):
        sheet = latest.get(expert_id)
        if expert_id not in counting:
            reason = "no-sheet" if sheet is None else ",".join(latest_reasons[expert_id])
            flags.append(flagging.missing_sheet_flag(expert_id, reason))
        if sheet is None:
            continue
        if sheet.late:
            flags.append(flagging.late_sheet_flag(expert_id, sheet.revision))
        replaced = [old.revision for old in older.get(expert_id, [])]
        if sheet.superseded:
            replaced.append(sheet.revision)
        if replaced:
            flags.append(flagging.superseded_sheet_flag(expert_id, replaced, sheet.revision))
        if sheet.conflict is Conflict.POTENTIAL:
            flags.append(flagging.potential_conflict_flag(expert_id))
    return sorted(flags, key=lambda flag: (_FLAG_ORDER.index(flag.kind), flag.id))


def _attach_resolutions(
    flags: Sequence[Flag], decisions: ChairDecisions, problems: list[DecisionProblem]
) -> list[Flag]:
    attached: list[Flag] = []
    for flag in flags:
        text = decisions.resolutions.get(flag.id)
        if text is not None and flag.kind is FlagKind.UNDECIDED_VETO:
            # A veto is settled by a verdict with a reason, never by a note.
            problems.append(DecisionProblem(DecisionProblemCode.VETO_NEEDS_DECISION, flag.id))
            text = None
        attached.append(replace(flag, resolution=text) if text is not None else flag)
    raised = {flag.id for flag in flags}
    for flag_id in sorted(set(decisions.resolutions) - raised):
        problems.append(DecisionProblem(DecisionProblemCode.UNKNOWN_FLAG, flag_id))
    return attached


def _criterion_means(template: Template, counted: Sequence[CountedSheet]) -> dict[str, ExactMean]:
    if not counted:
        return {}
    means: dict[str, ExactMean] = {}
    for criterion in template.criteria:
        scores = [c.sheet.scores[criterion.key] for c in counted]
        whole = sum((s for s in scores if s is not None), Decimal(0))
        means[criterion.key] = ExactMean(whole, len(counted))
    return means
