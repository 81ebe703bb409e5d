"""What the chair decides for one applicant (DESIGN §2.1 vetoes, §2.2.5 flags, §2.2.8).

Decisions are plain inputs to :func:`consolidate`; a decision that breaks a rule (a blank
reason, a verdict on a veto nobody claimed, an override that contradicts a confirmed veto)
is not applied and comes back as a :class:`DecisionProblem`, which blocks finalisation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.templates.model import Template


class VetoVerdict(StrEnum):
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class VetoDecision:
    """The chair's verdict on a claimed veto item; the reason is mandatory."""

    verdict: VetoVerdict
    reason: str


@dataclass(frozen=True)
class GradeOverride:
    """The chair's grade in place of the computed one; the reason is mandatory."""

    grade: Grade
    reason: str


@dataclass(frozen=True)
class RecommendationOverride:
    """Recognition rounds: the chair's recommendation in place of the computed one."""

    recommendation: Recommendation
    reason: str


@dataclass(frozen=True)
class ChairDecisions:
    """Everything the chair has recorded for one applicant so far.

    ``veto_decisions`` is keyed by veto item key, ``resolutions`` by flag id
    (:attr:`Flag.id`); keying makes a second decision on the same thing impossible.
    """

    veto_decisions: Mapping[str, VetoDecision] = field(default_factory=dict, hash=False)
    resolutions: Mapping[str, str] = field(default_factory=dict, hash=False)
    grade_override: GradeOverride | None = None
    recommendation_override: RecommendationOverride | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "veto_decisions", MappingProxyType(dict(self.veto_decisions)))
        object.__setattr__(self, "resolutions", MappingProxyType(dict(self.resolutions)))


NO_DECISIONS = ChairDecisions()

GRADE_OVERRIDE = "grade-override"  # subject of problems about the grade override
RECOMMENDATION_OVERRIDE = "recommendation-override"


class DecisionProblemCode(StrEnum):
    REASON_REQUIRED = "reason-required"  # subject: veto item key or an override subject
    VETO_NOT_CLAIMED = "veto-not-claimed"  # a verdict on an item no counting expert ticked
    VETO_NEEDS_DECISION = "veto-needs-decision"  # a text resolution addressed to a veto flag
    UNKNOWN_FLAG = "unknown-flag"  # a resolution for a flag that is not (or no longer) raised
    NO_GRADE_TO_OVERRIDE = "no-grade-to-override"  # insufficient sheets
    OVERRIDE_CONTRADICTS_VETO = "override-contradicts-veto"
    NOT_A_RECOGNITION_ROUND = "not-a-recognition-round"


@dataclass(frozen=True)
class DecisionProblem:
    """A chair decision that was not applied, and why."""

    code: DecisionProblemCode
    subject: str  # veto item key, flag id, GRADE_OVERRIDE or RECOMMENDATION_OVERRIDE

    @property
    def blocking(self) -> bool:
        """A stale resolution (its flag went away after a revision) is harmless: the GUI
        offers to drop it. Every other refused decision blocks finalisation."""
        return self.code is not DecisionProblemCode.UNKNOWN_FLAG


def accept_grade_override(
    override: GradeOverride | None,
    computed: Grade | None,
    confirmed_veto: bool,
    problems: list[DecisionProblem],
) -> GradeOverride | None:
    """The override if it may apply, else ``None`` with the reason appended to ``problems``.

    Refused: a blank reason; no computed grade (insufficient sheets: nothing to override);
    anything but 不合格 when a veto is confirmed (the chair confirmed it: lift the veto by
    dismissing it instead). An override equal to the computed grade is accepted, harmlessly.
    """
    if override is None:
        return None
    code = None
    if not override.reason.strip():
        code = DecisionProblemCode.REASON_REQUIRED
    elif computed is None:
        code = DecisionProblemCode.NO_GRADE_TO_OVERRIDE
    elif confirmed_veto and override.grade is not Grade.UNQUALIFIED:
        code = DecisionProblemCode.OVERRIDE_CONTRADICTS_VETO
    if code is not None:
        problems.append(DecisionProblem(code, GRADE_OVERRIDE))
        return None
    return override


def accept_recommendation_override(
    template: Template,
    override: RecommendationOverride | None,
    computed: Recommendation | None,
    confirmed_veto: bool,
    problems: list[DecisionProblem],
) -> RecommendationOverride | None:
    """Like :func:`accept_grade_override`, for the recognition recommendation.

    A grade override does not move the recommendation (it follows score and vetoes); a
    chair who disagrees with it overrides it separately, with its own reason.
    """
    if override is None:
        return None
    code = None
    if template.recognition_threshold is None:
        code = DecisionProblemCode.NOT_A_RECOGNITION_ROUND
    elif not override.reason.strip():
        code = DecisionProblemCode.REASON_REQUIRED
    elif computed is None:
        code = DecisionProblemCode.NO_GRADE_TO_OVERRIDE
    elif confirmed_veto and override.recommendation is Recommendation.RECOGNISE:
        code = DecisionProblemCode.OVERRIDE_CONTRADICTS_VETO
    if code is not None:
        problems.append(DecisionProblem(code, RECOMMENDATION_OVERRIDE))
        return None
    return override
