"""The consolidation as a stable JSON document (``reviewdesk consolidate --json``).

``applicants[].grade`` and ``ranking[].grade`` are the same published grade (after an
enforced 优秀 quota); ``applicants[].decided_grade`` is the grade before the quota.

Decimals are strings in plain notation ("80.83", never 8.083E+1), enums their values, and
every key is always present (``null`` when it does not apply), so that scripts and the
chair desk read the same shape whatever the round looks like.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from reviewdesk.core.scoring import ExactMean, NeighbourComparison, QuotaAdjustment, RankedEntry
from reviewdesk.core.sheets.consolidation import ApplicantConsolidation, RoundConsolidation

CONSOLIDATION_FORMAT = "reviewdesk-consolidation/1"


def consolidation_to_json(consolidation: RoundConsolidation) -> dict[str, Any]:
    """A stable JSON document of the whole consolidation; decimals are strings.

    Keys are written in a fixed order and lists are in the engine's order (applicants in
    file order, sheets by expert, flags by kind), so the same input gives the same bytes.
    """
    template = consolidation.template
    decimals = template.aggregation.decimals
    ranking = consolidation.ranking
    return {
        "format": CONSOLIDATION_FORMAT,
        "template": {
            "id": template.template_id,
            "version": template.version,
            "sha256": template.sha256,
        },
        "sheets_file": str(consolidation.sheet_set.source),
        "decisions_file": _path(consolidation.decisions.source),
        "final": consolidation.final,
        "blockers": [
            {"applicant": b.applicant_id, "kind": b.kind.value, "subject": b.subject}
            for b in consolidation.blockers
        ],
        "ranking": [_ranked_json(entry, decimals) for entry in ranking.entries],
        "unranked": [
            {"applicant": u.result.applicant_id, "reason": u.reason.value} for u in ranking.unranked
        ],
        "unresolved_ties": [list(tie) for tie in ranking.unresolved_ties],
        "quota": {
            "enabled": ranking.quota.enabled,
            "mode": ranking.quota.mode.value,
            "max_percent": _dec(ranking.quota.max_percent),
            "graded": ranking.quota.graded,
            "allowed": ranking.quota.allowed,
            "excellent": list(ranking.quota.excellent),
            "beyond": list(ranking.quota.beyond),
            "undetermined": list(ranking.quota.undetermined),
        },
        "ranking_problems": [
            {"code": p.code.value, "manual_order": p.order_index, "applicant": p.applicant_id}
            for p in ranking.problems
        ],
        "applicants": [
            _applicant_json(consolidation, item, decimals) for item in consolidation.applicants
        ],
    }


def _applicant_json(
    consolidation: RoundConsolidation, item: ApplicantConsolidation, decimals: int
) -> dict[str, Any]:
    r = item.result
    grade_override = r.grade_override
    rec_override = r.recommendation_override
    return {
        "id": r.applicant_id,
        "name": item.entry.name,
        "status": r.status.value,
        "assigned": list(item.entry.assigned),
        "method": _value(r.method),
        "panel_score": _dec(r.panel_score),
        "plain_mean": _dec(r.plain_mean),
        "median_total": _dec(r.median_total),
        "score_grade": _value(r.score_grade),
        "computed_grade": _value(r.computed_grade),
        "decided_grade": _value(r.grade),
        "grade": _value(item.published_grade),
        "quota_adjustment": _adjustment_json(item.quota_adjustment),
        "grade_override": None
        if grade_override is None
        else {"grade": grade_override.grade.value, "reason": grade_override.reason},
        "computed_recommendation": _value(r.computed_recommendation),
        "recommendation": _value(r.recommendation),
        "recommendation_override": None
        if rec_override is None
        else {"recommendation": rec_override.recommendation.value, "reason": rec_override.reason},
        "counted": [
            {
                "expert": c.expert_id,
                "revision": c.sheet.revision,
                "where": consolidation.where(c.sheet),
                "total": _dec(c.total),
                "grade": c.grade.value,
                "trimmed": c.trimmed,
            }
            for c in r.counted
        ],
        "excluded": [
            {
                "expert": e.sheet.expert_id,
                "revision": e.sheet.revision,
                "where": consolidation.where(e.sheet),
                "reasons": [reason.value for reason in e.reasons],
                "problems": [
                    {
                        "code": p.code.value,
                        "criterion": p.criterion,
                        "veto_item": p.veto_item,
                        "detail": _detail(p.detail),
                    }
                    for p in e.problems
                ],
            }
            for e in r.excluded
        ],
        "vetoes": [
            {
                "item": v.item,
                "claims": dict(v.claims),
                "verdict": None if v.decision is None else v.decision.verdict.value,
                "reason": None if v.decision is None else v.decision.reason,
            }
            for v in r.vetoes
        ],
        "flags": [
            {
                "id": f.id,
                "kind": f.kind.value,
                "expert": f.expert_id,
                "veto_item": f.veto_item,
                "detail": _detail(f.detail),
                "resolution": f.resolution,
                "resolved": f.resolved,
            }
            for f in r.flags
        ],
        "decision_problems": [
            {"code": p.code.value, "subject": p.subject, "blocking": p.blocking}
            for p in r.decision_problems
        ],
        "criterion_means": {key: _mean(mean, decimals) for key, mean in r.criterion_means.items()},
        "can_finalise": r.can_finalise,
    }


def _adjustment_json(adjustment: QuotaAdjustment | None) -> dict[str, Any] | None:
    if adjustment is None:
        return None
    return {
        "from": adjustment.from_grade.value,
        "to": adjustment.to_grade.value,
        "allowed": adjustment.allowed,
        "excellent_position": adjustment.excellent_position,
    }


def _ranked_json(entry: RankedEntry, decimals: int) -> dict[str, Any]:
    return {
        "position": entry.position,
        "applicant": entry.applicant_id,
        "panel_score": _dec(entry.result.panel_score),
        "grade": _value(entry.grade),
        "tied": entry.tied,
        "beyond_quota": entry.beyond_quota,
        "quota_adjustment": _adjustment_json(entry.quota_adjustment),
        "versus_above": _neighbour_json(entry.versus_above, decimals),
        "versus_below": _neighbour_json(entry.versus_below, decimals),
    }


def _neighbour_json(comparison: NeighbourComparison | None, decimals: int) -> Any:
    if comparison is None:
        return None
    return {
        "applicant": comparison.other,
        "decided_by": _value(comparison.decided_by),
        "steps": [
            {
                "rule": step.rule.value,
                "criterion": step.criterion,
                "this": _step_value(step.this, decimals),
                "other": _step_value(step.other, decimals),
                "outcome": step.outcome,
                "reason": step.reason,
            }
            for step in comparison.steps
        ],
    }


def _step_value(value: Decimal | int | ExactMean, decimals: int) -> Any:
    if isinstance(value, ExactMean):
        return _mean(value, decimals)
    return _dec(value) if isinstance(value, Decimal) else value


def _mean(mean: ExactMean, decimals: int) -> dict[str, Any]:
    return {"mean": _dec(mean.rounded(decimals)), "total": _dec(mean.total), "count": mean.count}


def _detail(detail: Mapping[str, Decimal | int | str]) -> dict[str, Any]:
    return {k: _dec(v) if isinstance(v, Decimal) else v for k, v in detail.items()}


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _value(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def _path(path: Path | None) -> str | None:
    return None if path is None else str(path)
