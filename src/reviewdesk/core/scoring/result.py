"""The consolidated outcome for one applicant: :class:`PanelResult` and its parts.

Built only by :func:`reviewdesk.core.scoring.panel.consolidate`; everything the chair desk,
the reports and the signed result bundle show comes from these fields, so nobody recomputes
a rule elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.scoring.decisions import (
    DecisionProblem,
    GradeOverride,
    RecommendationOverride,
    VetoDecision,
    VetoVerdict,
)
from reviewdesk.core.scoring.exact import ExactMean
from reviewdesk.core.scoring.flags import Flag, FlagKind
from reviewdesk.core.scoring.sheet import Problem, ScoreSheet
from reviewdesk.core.templates.model import AggregationMethod


class PanelStatus(StrEnum):
    GRADED = "graded"
    INSUFFICIENT = "insufficient"  # fewer counted sheets than the template's minimum


class ExclusionReason(StrEnum):
    SUPERSEDED = "superseded"  # a later revision of the same expert exists, or marked so
    NOT_ASSIGNED = "not-assigned"  # the expert is not on this applicant's panel
    DISQUALIFYING_CONFLICT = "disqualifying-conflict"
    UNSIGNED = "unsigned"
    INCOMPLETE = "incomplete"  # a criterion has no score
    INVALID = "invalid"  # any other validation problem (see ``problems``)


@dataclass(frozen=True)
class CountedSheet:
    """A sheet that counts, with the expert's total and individual grade."""

    sheet: ScoreSheet
    total: Decimal
    grade: Grade  # from the unrounded total, by the template's bands
    trimmed: bool = False  # dropped (highest or lowest) by the trimmed mean

    @property
    def expert_id(self) -> str:
        return self.sheet.expert_id


@dataclass(frozen=True)
class ExcludedSheet:
    sheet: ScoreSheet
    reasons: tuple[ExclusionReason, ...]  # every reason that applies
    problems: tuple[Problem, ...] = ()  # validation problems (latest revisions only)


@dataclass(frozen=True)
class RaisedVeto:
    """A veto item ticked by at least one expert, with the chair's decision if any."""

    item: str
    claims: Mapping[str, str] = field(hash=False)  # expert id → evidence text
    decision: VetoDecision | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "claims", MappingProxyType(dict(self.claims)))

    @property
    def confirmed(self) -> bool:
        return self.decision is not None and self.decision.verdict is VetoVerdict.CONFIRMED


class BlockerKind(StrEnum):
    UNRESOLVED_FLAG = "unresolved-flag"  # subject: flag id
    UNDECIDED_VETO = "undecided-veto"  # subject: veto item key
    REFUSED_DECISION = "refused-decision"  # subject: the DecisionProblem's subject


@dataclass(frozen=True)
class Blocker:
    """One reason the panel result cannot be finalised yet."""

    kind: BlockerKind
    subject: str


@dataclass(frozen=True)
class PanelResult:
    """Consolidated scores, grade, vetoes and flags for one applicant.

    ``computed_grade`` is what the rules give (band of the panel score, forced to 不合格 by a
    confirmed veto); ``grade`` is what was decided (the override if any). Reports print
    "computed X, decided Y, because …" from ``computed_grade``, ``grade`` and
    ``grade_override.reason``.
    """

    template_id: str
    template_version: str
    template_sha256: str
    applicant_id: str
    assigned_experts: tuple[str, ...]
    status: PanelStatus
    counted: tuple[CountedSheet, ...]  # by expert id
    excluded: tuple[ExcludedSheet, ...]  # by expert id, then revision
    method: AggregationMethod | None  # the method actually applied; None when insufficient
    panel_score: Decimal | None  # rounded half-up to the template's decimals
    plain_mean: Decimal | None  # of all counted totals, rounded (shown beside a trimmed mean)
    score_grade: Grade | None  # band of the panel score, before any veto
    computed_grade: Grade | None
    grade_override: GradeOverride | None
    computed_recommendation: Recommendation | None  # recognition rounds only
    recommendation_override: RecommendationOverride | None
    vetoes: tuple[RaisedVeto, ...]  # by item key
    flags: tuple[Flag, ...]
    decision_problems: tuple[DecisionProblem, ...]
    criterion_means: Mapping[str, ExactMean] = field(hash=False)  # over counted sheets
    median_total: Decimal | None = None  # exact median of the counted totals (deviation basis)

    def __post_init__(self) -> None:
        object.__setattr__(self, "criterion_means", MappingProxyType(dict(self.criterion_means)))

    @property
    def grade(self) -> Grade | None:
        """The decided grade: the chair's override when accepted, else the computed one."""
        return self.grade_override.grade if self.grade_override else self.computed_grade

    @property
    def recommendation(self) -> Recommendation | None:
        if self.recommendation_override is not None:
            return self.recommendation_override.recommendation
        return self.computed_recommendation

    @property
    def veto_confirmed(self) -> bool:
        return any(veto.confirmed for veto in self.vetoes)

    @property
    def excellent_count(self) -> int:
        """How many counted experts individually graded the applicant 优秀 (a tie-break)."""
        return sum(1 for counted in self.counted if counted.grade is Grade.EXCELLENT)

    @property
    def blockers(self) -> tuple[Blocker, ...]:
        found: list[Blocker] = []
        for flag in self.flags:
            if flag.kind is FlagKind.UNDECIDED_VETO and flag.veto_item is not None:
                found.append(Blocker(BlockerKind.UNDECIDED_VETO, flag.veto_item))
            elif not flag.resolved:
                found.append(Blocker(BlockerKind.UNRESOLVED_FLAG, flag.id))
        for problem in self.decision_problems:
            if problem.blocking:
                found.append(Blocker(BlockerKind.REFUSED_DECISION, problem.subject))
        return tuple(found)

    @property
    def can_finalise(self) -> bool:
        """Every flag resolved in writing, every veto decided, no refused decision.

        An insufficient result has no grade, so it raises an ``insufficient-sheets`` flag:
        it can be finalised (as "insufficient", without a grade) only once the chair has
        recorded a decision on it in writing, and its missing-sheet flags are resolved.
        """
        return not self.blockers
