"""The commission's recomputation of a panel result (issue 10 item 5, DESIGN §2.2): from the
signed sheets alone, with the round's own form and the chair's recorded decisions, exactly as
the chair desk computed it — then compared with what the chair claims, field by field.

Sheets given to the engine (the chair desk's rule, ``core/chair/matrix``): every revision of
every score file the chair's signed log records as ``imported`` (late when that receipt is
after the round's deadline; conflicts from the expert's signed declaration), and each paper
sheet for a pair (expert, applicant) no signed sheet covers. Assigned experts: the
commission's issued packages.

The outcome names, with codes the messages word:

- ``result-claim-differs``: one per discrepancy (applicant, field, claimed, recomputed);
- ``result-assignment-uncovered``: an assigned expert × applicant with neither a counted
  sheet nor a written chair decision on the missing sheet (the ``missing-sheet`` flag's
  resolution);
- ``result-not-final``: something the chair had to settle is open (a flag without a
  resolution, an undecided veto, a refused decision, an unordered tie);
- ``result-applicants-differ``: the claim lists other applicants than the panel's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reviewdesk.core.commission.result_verify import VerifiedBundle
from reviewdesk.core.formats.imports import ImportOutcome
from reviewdesk.core.scoring import (
    FlagKind,
    PanelResult,
    Ranking,
    ScoreSheet,
    consolidate,
    rank_panel_results,
)


@dataclass(frozen=True)
class Discrepancy:
    """Where the chair's claim and the recomputation disagree."""

    applicant: str
    field: str
    claimed: str
    recomputed: str


@dataclass(frozen=True)
class Reason:
    """Why a bundle is refused: an error code and the facts its sentence needs."""

    code: str
    detail: dict[str, str]


@dataclass(frozen=True)
class Recomputation:
    results: tuple[PanelResult, ...]  # in the panel's applicant order
    ranking: Ranking
    opinions: dict[str, str]
    discrepancies: tuple[Discrepancy, ...]
    reasons: tuple[Reason, ...]  # every reason to refuse (discrepancies included)

    @property
    def agrees(self) -> bool:
        return not self.reasons

    def result(self, applicant: str) -> PanelResult:
        return next(r for r in self.results if r.applicant_id == applicant)


def engine_sheets(verified: VerifiedBundle) -> list[ScoreSheet]:
    sheets = [
        sheet
        for item in verified.received
        if item.outcome == ImportOutcome.IMPORTED
        for sheet in item.sheets
    ]
    signed = {(s.expert_id, s.applicant_id) for s in sheets}
    sheets += [
        p.sheet for p in verified.paper if (p.sheet.expert_id, p.sheet.applicant_id) not in signed
    ]
    return sheets


def recompute(verified: VerifiedBundle) -> Recomputation:
    expect = verified.expectation
    template = expect.template
    by_applicant: dict[str, list[ScoreSheet]] = {}
    for sheet in engine_sheets(verified):
        by_applicant.setdefault(sheet.applicant_id, []).append(sheet)
    decided = verified.decisions
    results = tuple(
        consolidate(template, a.ref, expect.assignments.get(a.ref, ()),
                    by_applicant.get(a.ref, []), decided.of(a.ref))
        for a in expect.applicants
    )  # fmt: skip
    ranking = rank_panel_results(template, results, decided.manual_orders)
    reasons: list[Reason] = []
    reasons += _open_matters(results, ranking)
    reasons += _uncovered(verified, results)
    claimed = {str(a.get("id")): a for a in verified.claim["applicants"] if isinstance(a, dict)}
    mine = {r.applicant_id for r in results}
    if set(claimed) != mine:
        reasons.append(Reason("result-applicants-differ", {
            "missing": ", ".join(sorted(mine - set(claimed))) or "-",
            "extra": ", ".join(sorted(set(claimed) - mine)) or "-"}))  # fmt: skip
    found: list[Discrepancy] = []
    for result in results:
        if result.applicant_id in claimed:
            found += compare(result, ranking, dict(decided.opinions), claimed[result.applicant_id])
    reasons += [
        Reason("result-claim-differs", {"applicant": d.applicant, "field": d.field,
                                        "claimed": d.claimed, "recomputed": d.recomputed})
        for d in found
    ]  # fmt: skip
    return Recomputation(results, ranking, dict(decided.opinions), tuple(found), tuple(reasons))


def recomputed_fields(
    result: PanelResult, ranking: Ranking, opinions: dict[str, str]
) -> dict[str, Any]:
    """The claim's fields (FORMAT §7, ``reviewdesk-panel-result/1``) as recomputed."""
    ranked = {e.applicant_id: e for e in ranking.entries}
    unranked = {u.result.applicant_id: u for u in ranking.unranked}
    entry, out = ranked.get(result.applicant_id), unranked.get(result.applicant_id)
    override = result.grade_override
    return {
        "status": result.status.value,
        "method": _enum(result.method),
        "panel_score": _dec(result.panel_score),
        "plain_mean": _dec(result.plain_mean),
        "computed_grade": _enum(result.computed_grade),
        "grade_override": None if override is None else {
            "grade": override.grade.value, "reason": override.reason},
        "grade": _enum(result.grade),
        "published_grade": _enum(ranking.published_grade(result)),
        "computed_recommendation": _enum(result.computed_recommendation),
        "recommendation": _enum(result.recommendation),
        "rank": None if entry is None else entry.position,
        "unranked": None if out is None else out.reason.value,
        "panel_opinion": opinions.get(result.applicant_id, ""),
        "counted": [
            {"expert": c.expert_id, "revision": c.sheet.revision, "total": _dec(c.total),
             "trimmed": c.trimmed, "late": c.sheet.late}
            for c in result.counted
        ],
        "flags": sorted((f.id, f.resolution or "") for f in result.flags),
        "vetoes": [
            {"item": v.item, "claims": dict(v.claims),
             "verdict": None if v.decision is None else v.decision.verdict.value}
            for v in result.vetoes
        ],
    }  # fmt: skip


def compare(
    result: PanelResult, ranking: Ranking, opinions: dict[str, str], claim: dict[str, Any]
) -> list[Discrepancy]:
    mine = recomputed_fields(result, ranking, opinions)
    theirs = dict(claim)
    theirs["counted"] = [
        {k: c.get(k) for k in ("expert", "revision", "total", "trimmed", "late")}
        for c in claim.get("counted") or [] if isinstance(c, dict)
    ]  # fmt: skip
    theirs["flags"] = sorted(
        (str(f.get("id")), f.get("resolution") or "")
        for f in claim.get("flags") or [] if isinstance(f, dict)
    )  # fmt: skip
    theirs["vetoes"] = [
        {k: v.get(k) for k in ("item", "claims", "verdict")}
        for v in claim.get("vetoes") or [] if isinstance(v, dict)
    ]  # fmt: skip
    return [
        Discrepancy(result.applicant_id, key, _show(theirs.get(key)), _show(value))
        for key, value in mine.items()
        if _normal(theirs.get(key)) != _normal(value)
    ]


def _open_matters(results: Iterable[PanelResult], ranking: Ranking) -> list[Reason]:
    found = [
        Reason("result-not-final", {"applicant": r.applicant_id, "what": b.kind.value,
                                    "subject": b.subject})
        for r in results
        for b in r.blockers
    ]  # fmt: skip
    for tie in ranking.unresolved_ties:
        found.append(Reason("result-not-final", {"applicant": ", ".join(tie), "what": "tie",
                                                 "subject": "manual-order"}))  # fmt: skip
    for problem in ranking.problems:
        found.append(Reason("result-not-final", {"applicant": problem.applicant_id or "",
                                                 "what": "manual-order",
                                                 "subject": problem.code.value}))  # fmt: skip
    return found


def _uncovered(verified: VerifiedBundle, results: Iterable[PanelResult]) -> list[Reason]:
    found = []
    for result in results:
        counted = {c.expert_id for c in result.counted}
        notes = verified.decisions.of(result.applicant_id).resolutions
        for expert in verified.expectation.assignments.get(result.applicant_id, ()):
            note = notes.get(f"{FlagKind.MISSING_SHEET}:{expert}", "")
            if expert not in counted and not note.strip():
                found.append(
                    Reason(
                        "result-assignment-uncovered",
                        {"applicant": result.applicant_id, "expert": expert},
                    )
                )
    return found


def _enum(value: Any) -> Any:
    return None if value is None else value.value


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _normal(value: Any) -> Any:
    """Compare decimals by value ("80.0" = "80.00"); everything else as it is."""
    if isinstance(value, str):
        try:
            return ("decimal", Decimal(value))
        except ArithmeticError:
            return value
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_normal(v) for v in value)
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    return value


def _show(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return repr(value) if not isinstance(value, (dict, list)) else _json(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)[:500]
