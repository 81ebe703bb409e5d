"""How each expert of a panel scores against the panel (issue 8, "per expert").

For every applicant with a panel score, an expert whose sheet counted has an *offset*: the
expert's total minus the panel score (positive: more lenient than the panel, negative:
stricter). An expert's leniency is the mean of those offsets, kept exact as a pair and
rounded half-up once, for display, to the template's decimals. "Outlier" counts the
applicants where the engine raised a deviation flag on the expert's sheet, and "trimmed"
those where the trimmed mean dropped it. Nothing here changes a score or a grade: it helps
the chair read the matrix and explain a disagreement.

Results without a panel score (too few sheets) give no offset; their deviation flags, if
any, still count as outliers, since the flag is what the chair had to resolve.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from reviewdesk.core.scoring.exact import ExactMean
from reviewdesk.core.scoring.flags import FlagKind
from reviewdesk.core.scoring.result import PanelResult


@dataclass(frozen=True)
class ExpertLeniency:
    """One expert's standing against the panel over all the applicants given."""

    expert_id: str
    counted: int  # applicants with a panel score where this expert's sheet counted
    offset_sum: Decimal  # Σ (expert's total − panel score) over those applicants
    outliers: int  # applicants where the expert's total raised a deviation flag
    trimmed: int  # applicants where the trimmed mean dropped the expert's total

    @property
    def mean_offset(self) -> ExactMean | None:
        """The mean offset as an exact pair; ``None`` when no offset was measured."""
        return ExactMean(self.offset_sum, self.counted) if self.counted else None

    def rounded_offset(self, places: int) -> Decimal | None:
        """The mean offset rounded half-up to ``places`` decimals (for display)."""
        mean = self.mean_offset
        return None if mean is None else mean.rounded(places)


def expert_leniency(
    results: Iterable[PanelResult], experts: Iterable[str] = ()
) -> tuple[ExpertLeniency, ...]:
    """Leniency per expert, by expert id.

    ``experts`` lists experts to report even when none of their sheets counted (the panel's
    roster); every expert seen in a result's assignment or counted sheets is reported too.
    """
    counted: dict[str, int] = {}
    sums: dict[str, Decimal] = {}
    outliers: dict[str, int] = {}
    trimmed: dict[str, int] = {}
    known: set[str] = set(experts)
    for result in results:
        known.update(result.assigned_experts)
        for sheet in result.counted:
            known.add(sheet.expert_id)
            if sheet.trimmed:
                trimmed[sheet.expert_id] = trimmed.get(sheet.expert_id, 0) + 1
            if result.panel_score is None:
                continue
            counted[sheet.expert_id] = counted.get(sheet.expert_id, 0) + 1
            offset = sheet.total - result.panel_score
            sums[sheet.expert_id] = sums.get(sheet.expert_id, Decimal(0)) + offset
        for flag in result.flags:
            if flag.kind is FlagKind.DEVIATION and flag.expert_id is not None:
                known.add(flag.expert_id)
                outliers[flag.expert_id] = outliers.get(flag.expert_id, 0) + 1
    return tuple(
        ExpertLeniency(
            expert_id=expert,
            counted=counted.get(expert, 0),
            offset_sum=sums.get(expert, Decimal(0)),
            outliers=outliers.get(expert, 0),
            trimmed=trimmed.get(expert, 0),
        )
        for expert in sorted(known)
    )
