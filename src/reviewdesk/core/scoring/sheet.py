"""One expert's score sheet for one applicant, and its validation (DESIGN §2.1, §2.2.1).

Validation never raises for a user's mistake: it returns :class:`Problem` values carrying a
code, the criterion or veto item concerned and the numbers a message needs. The GUI and the
CLI word them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from reviewdesk.core.domain import Conflict
from reviewdesk.core.templates.model import Criterion, Template

DetailValue = Decimal | int | str


@dataclass(frozen=True)
class VetoClaim:
    """An expert ticks a veto item (一票否决) and says why."""

    item: str  # veto item key, e.g. "V1"
    evidence: str


@dataclass(frozen=True)
class ScoreSheet:
    """What one expert gave one applicant, in one revision.

    ``scores`` maps criterion keys to a score, or ``None`` while not yet given. ``late`` and
    ``superseded`` are status facts supplied by whoever stored the sheet (import time,
    withdrawal); revisions of the same expert are compared by :func:`consolidate` itself.
    The mappings are copied into read-only views, so a sheet never changes after creation;
    edit with :func:`dataclasses.replace`.
    """

    expert_id: str
    applicant_id: str
    scores: Mapping[str, Decimal | None] = field(default_factory=dict, hash=False)
    comments: Mapping[str, str] = field(default_factory=dict, hash=False)
    overall_opinion: str = ""
    vetoes: tuple[VetoClaim, ...] = ()
    revision: int = 1
    signed: bool = False
    conflict: Conflict = Conflict.NONE
    late: bool = False
    superseded: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", MappingProxyType(dict(self.scores)))
        object.__setattr__(self, "comments", MappingProxyType(dict(self.comments)))
        object.__setattr__(self, "vetoes", tuple(self.vetoes))


class ProblemCode(StrEnum):
    MISSING_SCORE = "missing-score"
    NOT_A_NUMBER = "score-not-a-number"  # NaN or infinity
    OUT_OF_RANGE = "score-out-of-range"  # detail: score, min, max
    OFF_STEP = "score-off-step"  # detail: score, step
    COMMENT_REQUIRED = "comment-required"  # detail: score, low, high (畸高畸低说明)
    OVERALL_OPINION_MISSING = "overall-opinion-missing"
    UNKNOWN_CRITERION = "unknown-criterion"  # detail: where ("scores" or "comments")
    VETO_WITHOUT_EVIDENCE = "veto-without-evidence"
    UNKNOWN_VETO_ITEM = "unknown-veto-item"
    DUPLICATE_VETO_CLAIM = "duplicate-veto-claim"


@dataclass(frozen=True)
class Problem:
    """A reason a sheet cannot be submitted or counted. No wording: the GUI owns it."""

    code: ProblemCode
    criterion: str | None = None
    veto_item: str | None = None
    detail: Mapping[str, DetailValue] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "detail", MappingProxyType(dict(self.detail)))


def validate_sheet(template: Template, sheet: ScoreSheet) -> list[Problem]:
    """Every problem of ``sheet`` against ``template``, in form order; empty when valid.

    A comment is required when a score is below ``low_ratio × max`` or at least
    ``high_ratio × max``; a blank (white-space only) text counts as missing.
    """
    problems: list[Problem] = []
    known = {criterion.key for criterion in template.criteria}
    for where, keys in (("scores", sheet.scores), ("comments", sheet.comments)):
        for key in sorted(set(keys) - known):
            problems.append(Problem(ProblemCode.UNKNOWN_CRITERION, key, detail={"where": where}))
    for criterion in template.criteria:
        problems.extend(_criterion_problems(template, criterion, sheet))
    if template.comment_rules.overall_opinion_required and not sheet.overall_opinion.strip():
        problems.append(Problem(ProblemCode.OVERALL_OPINION_MISSING))
    problems.extend(_veto_problems(template, sheet))
    return problems


def _criterion_problems(
    template: Template, criterion: Criterion, sheet: ScoreSheet
) -> list[Problem]:
    key = criterion.key
    score = sheet.scores.get(key)
    if score is None:
        return [Problem(ProblemCode.MISSING_SCORE, key)]
    value_problem = score_problem(criterion, score)
    if value_problem is not None and value_problem.code is not ProblemCode.OFF_STEP:
        return [value_problem]
    problems = [] if value_problem is None else [value_problem]
    rules = template.comment_rules
    low = rules.low_ratio * criterion.max_points
    high = rules.high_ratio * criterion.max_points
    if (score < low or score >= high) and not sheet.comments.get(key, "").strip():
        detail = {"score": score, "low": low, "high": high}
        problems.append(Problem(ProblemCode.COMMENT_REQUIRED, key, detail=detail))
    return problems


def score_problem(criterion: Criterion, score: Decimal) -> Problem | None:
    """What is wrong with ``score`` as a value for ``criterion`` on its own: not a number,
    out of ``[0, max]`` or off the step; ``None`` when it may be given.

    Score inputs use it to accept only what :func:`validate_sheet` would accept.
    """
    key = criterion.key
    if not score.is_finite():
        return Problem(ProblemCode.NOT_A_NUMBER, key)
    if score < 0 or score > criterion.max_points:
        detail = {"score": score, "min": Decimal(0), "max": criterion.max_points}
        return Problem(ProblemCode.OUT_OF_RANGE, key, detail=detail)
    if criterion.step > 0 and score % criterion.step != 0:
        return Problem(ProblemCode.OFF_STEP, key, detail={"score": score, "step": criterion.step})
    return None


def _veto_problems(template: Template, sheet: ScoreSheet) -> list[Problem]:
    problems: list[Problem] = []
    items = {item.key for item in template.veto_items}
    seen: set[str] = set()
    for claim in sheet.vetoes:
        if claim.item not in items:
            problems.append(Problem(ProblemCode.UNKNOWN_VETO_ITEM, veto_item=claim.item))
        elif claim.item in seen:
            problems.append(Problem(ProblemCode.DUPLICATE_VETO_CLAIM, veto_item=claim.item))
        seen.add(claim.item)
        if not claim.evidence.strip():
            problems.append(Problem(ProblemCode.VETO_WITHOUT_EVIDENCE, veto_item=claim.item))
    return problems


def sheet_total(template: Template, sheet: ScoreSheet) -> Decimal | None:
    """The expert's total Σ score × weight, or ``None`` while any criterion lacks a score.

    Not rounded: totals are exact, only panel scores are rounded (DESIGN §2.2).
    """
    total = Decimal(0)
    for criterion in template.criteria:
        score = sheet.scores.get(criterion.key)
        if score is None or not score.is_finite():
            return None
        total += score * criterion.weight
    return total


def running_total(template: Template, sheet: ScoreSheet) -> Decimal:
    """Σ score × weight over the criteria scored so far (for a form being filled in)."""
    total = Decimal(0)
    for criterion in template.criteria:
        score = sheet.scores.get(criterion.key)
        if score is not None and score.is_finite():
            total += score * criterion.weight
    return total
