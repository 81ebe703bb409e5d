"""Flags for the chair (DESIGN §2.2.5). A flag never changes a score or a grade.

Each flag has an id built from its kind and its subject (``"range"``, ``"deviation:E3"``,
``"undecided-veto:V1"``), never from its numbers, so a resolution the chair wrote stays
attached when a revision changes the values. An undecided veto is resolved by deciding the
veto, not by text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Context, Decimal, Inexact
from enum import StrEnum
from types import MappingProxyType

from reviewdesk.core.domain import Grade
from reviewdesk.core.scoring.sheet import DetailValue
from reviewdesk.core.templates.model import FlagThresholds

_EXACT = Context(prec=200, traps=[Inexact])


class FlagKind(StrEnum):
    INSUFFICIENT_SHEETS = "insufficient-sheets"  # detail: counted, min_sheets (no grade)
    RANGE = "range"  # detail: max, min, range, threshold
    DEVIATION = "deviation"  # detail: total, median, deviation, threshold (per expert)
    GRADE_GAP = "grade-gap"  # detail: best, worst, gap, threshold
    UNDECIDED_VETO = "undecided-veto"  # per veto item
    MISSING_SHEET = "missing-sheet"  # per assigned expert; detail: reason
    LATE_SHEET = "late-sheet"  # per expert
    SUPERSEDED_SHEET = "superseded-sheet"  # per expert; detail: revisions, latest
    POTENTIAL_CONFLICT = "potential-conflict"  # per expert


@dataclass(frozen=True)
class Flag:
    """Something the chair must look at and resolve in writing before finalising."""

    kind: FlagKind
    expert_id: str | None = None
    veto_item: str | None = None
    detail: Mapping[str, DetailValue] = field(default_factory=dict, hash=False)
    resolution: str | None = None  # the chair's text, attached by consolidate

    def __post_init__(self) -> None:
        object.__setattr__(self, "detail", MappingProxyType(dict(self.detail)))

    @property
    def id(self) -> str:
        subject = self.expert_id if self.expert_id is not None else self.veto_item
        return str(self.kind) if subject is None else f"{self.kind}:{subject}"

    @property
    def resolved(self) -> bool:
        return self.resolution is not None and bool(self.resolution.strip())


def disagreement_flags(
    thresholds: FlagThresholds, decimals: int, totals: Sequence[tuple[str, Decimal, Grade]]
) -> list[Flag]:
    """Range, deviation and grade-gap flags over the counted sheets.

    ``totals`` holds (expert id, total, individual grade) per counted sheet. Deviation is
    measured from the **median** of the counted totals (DESIGN §2.2.5): a robust centre, so
    one outlier is flagged alone instead of dragging the centre and flagging every other
    expert. For an even count the median is the mean of the two middle totals. Everything
    is exact: the comparison is |2·total − 2·median| > 2·threshold on integers-as-decimals,
    and the median and deviation in the detail are exact (at most one more decimal place
    than the totals). ``decimals`` is kept for the signature; nothing is rounded here.
    """
    del decimals  # the median and the deviations are exact, nothing to round
    flags: list[Flag] = []
    if not totals:
        return flags
    values = [total for _, total, _ in totals]
    high, low = max(values), min(values)
    if high - low > thresholds.max_range:
        detail = {"max": high, "min": low, "range": high - low, "threshold": thresholds.max_range}
        flags.append(Flag(FlagKind.RANGE, detail=detail))
    twice_median = twice_median_of(values)
    median = half(twice_median)
    for expert_id, total, _ in sorted(totals):
        twice_gap = abs(2 * total - twice_median)
        if twice_gap > 2 * thresholds.max_deviation:
            detail = {
                "total": total,
                "median": median,
                "deviation": half(twice_gap),
                "threshold": thresholds.max_deviation,
            }
            flags.append(Flag(FlagKind.DEVIATION, expert_id=expert_id, detail=detail))
    ranks = [grade.rank for _, _, grade in totals]
    gap = max(ranks) - min(ranks)
    if gap >= thresholds.grade_gap:
        best = min((grade for _, _, grade in totals), key=lambda g: g.rank)
        worst = max((grade for _, _, grade in totals), key=lambda g: g.rank)
        gap_detail: dict[str, DetailValue] = {
            "best": str(best),
            "worst": str(worst),
            "gap": gap,
            "threshold": thresholds.grade_gap,
        }
        flags.append(Flag(FlagKind.GRADE_GAP, detail=gap_detail))
    return flags


def twice_median_of(values: Sequence[Decimal]) -> Decimal:
    """Twice the median of ``values``, exactly: the sum of the two middle values for an
    even count, twice the middle one for an odd count (no division, so no rounding)."""
    if not values:
        raise ValueError("the median of no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return 2 * ordered[middle]
    return ordered[middle - 1] + ordered[middle]


def median_of(values: Sequence[Decimal]) -> Decimal:
    """The exact median of ``values`` (the mean of the two middle ones for an even count)."""
    return half(twice_median_of(values))


def half(value: Decimal) -> Decimal:
    """``value / 2`` exactly: halving a finite decimal adds at most one decimal place (a
    total too long for the context's digits raises ``Inexact`` rather than rounding)."""
    return _EXACT.divide(value, 2)


def insufficient_sheets_flag(counted: int, min_sheets: int) -> Flag:
    """Too few sheets count for a grade: the chair must settle it in writing (more sheets,
    or a recorded decision to publish the applicant without a grade)."""
    return Flag(FlagKind.INSUFFICIENT_SHEETS, detail={"counted": counted, "min_sheets": min_sheets})


def undecided_veto_flag(item: str, experts: Iterable[str]) -> Flag:
    return Flag(
        FlagKind.UNDECIDED_VETO, veto_item=item, detail={"experts": ",".join(sorted(experts))}
    )


def missing_sheet_flag(expert_id: str, reason: str) -> Flag:
    """``reason`` is ``"no-sheet"`` or the exclusion reasons of the expert's latest sheet."""
    return Flag(FlagKind.MISSING_SHEET, expert_id=expert_id, detail={"reason": reason})


def late_sheet_flag(expert_id: str, revision: int) -> Flag:
    return Flag(FlagKind.LATE_SHEET, expert_id=expert_id, detail={"revision": revision})


def superseded_sheet_flag(expert_id: str, superseded: Iterable[int], latest: int) -> Flag:
    revisions = ",".join(str(revision) for revision in sorted(superseded))
    detail: dict[str, DetailValue] = {"revisions": revisions, "latest": latest}
    return Flag(FlagKind.SUPERSEDED_SHEET, expert_id=expert_id, detail=detail)


def potential_conflict_flag(expert_id: str) -> Flag:
    return Flag(FlagKind.POTENTIAL_CONFLICT, expert_id=expert_id)
