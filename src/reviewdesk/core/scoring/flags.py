"""Flags for the chair (DESIGN §2.2.5). A flag never changes a score or a grade.

Each flag has an id built from its kind and its subject (``"range"``, ``"deviation:E3"``,
``"undecided-veto:V1"``), never from its numbers, so a resolution the chair wrote stays
attached when a revision changes the values. An undecided veto is resolved by deciding the
veto, not by text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from reviewdesk.core.domain import Grade
from reviewdesk.core.scoring.exact import divide_half_up
from reviewdesk.core.scoring.sheet import DetailValue
from reviewdesk.core.templates.model import FlagThresholds


class FlagKind(StrEnum):
    RANGE = "range"  # detail: max, min, range, threshold
    DEVIATION = "deviation"  # detail: total, mean, deviation, threshold (per expert)
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
    measured from the *plain* mean of all counted totals (not the trimmed panel score), so
    an outlier is judged against the whole panel including itself; the comparison is exact
    (|n·total − Σ| > n·threshold), the mean in the detail is rounded for display.
    """
    flags: list[Flag] = []
    if not totals:
        return flags
    values = [total for _, total, _ in totals]
    high, low = max(values), min(values)
    if high - low > thresholds.max_range:
        detail = {"max": high, "min": low, "range": high - low, "threshold": thresholds.max_range}
        flags.append(Flag(FlagKind.RANGE, detail=detail))
    count, whole = len(values), sum(values, Decimal(0))
    mean = divide_half_up(whole, count, decimals)
    for expert_id, total, _ in sorted(totals):
        scaled_gap = abs(total * count - whole)
        if scaled_gap > thresholds.max_deviation * count:
            detail = {
                "total": total,
                "mean": mean,
                "deviation": divide_half_up(scaled_gap, count, decimals),
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
