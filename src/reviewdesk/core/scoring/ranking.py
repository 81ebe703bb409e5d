"""Ranking of one group of panel results sharing a template (DESIGN §2.2.6-7).

The cascade, best first: the (rounded, published) panel score; then each of the template's
``tie_break`` criteria, comparing the exact mean of that criterion over the counted sheets;
then the number of individual 优秀 grades; then a manual order recorded with a reason. A tie
that the cascade cannot break and no manual order covers stays tied: its members share a
position and are reported in :attr:`Ranking.unresolved_ties`, never silently ordered.

Results that cannot be ranked are listed after the ranked ones: a confirmed veto (the result
is 不合格 whatever the score, so its score must not place it) and insufficient sheets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, Inexact
from enum import StrEnum
from functools import cached_property

from reviewdesk.core.domain import Grade
from reviewdesk.core.errors import ScoringError
from reviewdesk.core.scoring.exact import ExactMean
from reviewdesk.core.scoring.quota import QuotaAdjustment, QuotaOutcome, apply_quota
from reviewdesk.core.scoring.result import PanelResult, PanelStatus
from reviewdesk.core.templates.model import QuotaMode, Template

_EXACT = Context(prec=200, traps=[Inexact])  # products too long to be exact raise


class TieRule(StrEnum):
    PANEL_SCORE = "panel-score"
    CRITERION_MEAN = "criterion-mean"
    EXCELLENT_COUNT = "excellent-count"
    MANUAL_ORDER = "manual-order"  # values: 1-based places in the manual order


StepValue = Decimal | int | ExactMean


@dataclass(frozen=True)
class CascadeStep:
    """One rule applied between an entry ("this") and a neighbour ("other")."""

    rule: TieRule
    this: StepValue
    other: StepValue
    outcome: int  # 1: this ranks higher, -1: lower, 0: equal under this rule
    criterion: str | None = None  # for CRITERION_MEAN
    reason: str | None = None  # for MANUAL_ORDER


@dataclass(frozen=True)
class NeighbourComparison:
    """How an entry compares with the entry directly above or below it."""

    other: str  # the neighbour's applicant id
    steps: tuple[CascadeStep, ...]  # in cascade order; the last one decided, unless tied

    @property
    def decided_by(self) -> TieRule | None:
        """The rule that separated the two; ``None`` for an unresolved tie."""
        if self.steps and self.steps[-1].outcome != 0:
            return self.steps[-1].rule
        return None


@dataclass(frozen=True)
class ManualOrder:
    """Applicants in the order decided by people, best first, and why.

    It breaks a tie left by the automatic rules when it lists every member of that tie;
    the first such order wins. Orders among applicants that are not tied are ignored.
    """

    applicants: tuple[str, ...]
    reason: str


class RankingProblemCode(StrEnum):
    REASON_REQUIRED = "manual-order-without-reason"
    UNKNOWN_APPLICANT = "manual-order-unknown-applicant"
    REPEATED_APPLICANT = "manual-order-repeats-applicant"


@dataclass(frozen=True)
class RankingProblem:
    """A manual order that was not used, and why."""

    code: RankingProblemCode
    order_index: int  # position of the ManualOrder in the sequence given
    applicant_id: str | None = None


@dataclass(frozen=True)
class RankedEntry:
    position: int  # competition ranking: tied entries share it, the next skips ("1, 2, 2, 4")
    result: PanelResult
    tied: bool  # in an unresolved tie
    versus_above: NeighbourComparison | None
    versus_below: NeighbourComparison | None
    grade: Grade | None  # published grade: the decided grade after the quota
    beyond_quota: bool = False
    quota_adjustment: QuotaAdjustment | None = None

    @property
    def applicant_id(self) -> str:
        return self.result.applicant_id


class UnrankedReason(StrEnum):
    VETOED = "vetoed"
    INSUFFICIENT = "insufficient"


@dataclass(frozen=True)
class UnrankedEntry:
    result: PanelResult
    reason: UnrankedReason


@dataclass(frozen=True)
class Ranking:
    template_id: str
    entries: tuple[RankedEntry, ...]  # best first
    unranked: tuple[UnrankedEntry, ...]  # vetoed, then insufficient, each by applicant id
    quota: QuotaOutcome
    problems: tuple[RankingProblem, ...]

    @property
    def unresolved_ties(self) -> tuple[tuple[str, ...], ...]:
        """Each group of applicants sharing a position, best group first."""
        groups: dict[int, list[str]] = {}
        for entry in self.entries:
            if entry.tied:
                groups.setdefault(entry.position, []).append(entry.applicant_id)
        return tuple(tuple(members) for _, members in sorted(groups.items()))

    def published_grade(self, result: PanelResult) -> Grade | None:
        """The grade published for ``result``: its ranked entry's grade (after the 优秀
        quota), else (unranked: vetoed or insufficient) its decided grade.

        The one source of truth for "the grade": the applicant record and the ranking
        must never show two different grades for the same applicant."""
        entry = self._entry_by_id.get(result.applicant_id)
        return entry.grade if entry is not None else result.grade

    @cached_property
    def _entry_by_id(self) -> dict[str, RankedEntry]:
        return {entry.applicant_id: entry for entry in self.entries}


def rank_panel_results(
    template: Template,
    results: Iterable[PanelResult],
    manual_orders: Sequence[ManualOrder] = (),
) -> Ranking:
    """Rank the results of one group (one template) and apply the 优秀 quota.

    Raises :class:`ScoringError` when a result was consolidated with another template or an
    applicant appears twice. The input order never matters.
    """
    pool = sorted(results, key=lambda r: r.applicant_id)
    _check_group(template, pool)
    problems: list[RankingProblem] = []
    orders = _usable_orders(manual_orders, {r.applicant_id for r in pool}, problems)

    vetoed = [r for r in pool if r.veto_confirmed]
    insufficient = [
        r for r in pool if not r.veto_confirmed and r.status is PanelStatus.INSUFFICIENT
    ]
    rankable = [r for r in pool if not r.veto_confirmed and r.status is PanelStatus.GRADED]

    common = math.lcm(*{m.count for r in rankable for m in r.criterion_means.values()})
    keys = {r.applicant_id: _cascade_key(template, r, common) for r in rankable}
    # Better first; equal keys keep the applicant-id order (a stable sort, also reversed).
    rankable.sort(key=lambda r: keys[r.applicant_id], reverse=True)
    ordered, tie_group, manual_for = _break_ties(rankable, keys, orders)

    graded = sum(1 for r in pool if r.grade is not None)
    keyed = [(r.applicant_id, r.grade, tie_group.get(r.applicant_id)) for r in ordered]
    quota = apply_quota(template.quota, graded, keyed)
    excellent_place = {a: i + 1 for i, a in enumerate(quota.excellent)}
    beyond_quota = set(quota.beyond)

    entries: list[RankedEntry] = []
    for i, result in enumerate(ordered):
        group = tie_group.get(result.applicant_id)
        shares = i > 0 and group is not None and group == tie_group.get(ordered[i - 1].applicant_id)
        position = entries[-1].position if shares else i + 1
        above = _neighbour(template, result, ordered[i - 1], manual_for) if i > 0 else None
        below = (
            _neighbour(template, result, ordered[i + 1], manual_for)
            if i + 1 < len(ordered)
            else None
        )
        grade, adjustment = result.grade, None
        beyond = result.applicant_id in beyond_quota
        if beyond and quota.mode is QuotaMode.ENFORCE and quota.allowed is not None:
            grade = Grade.GOOD
            adjustment = QuotaAdjustment(
                Grade.EXCELLENT, Grade.GOOD, quota.allowed, excellent_place[result.applicant_id]
            )
        entries.append(
            RankedEntry(
                position, result, group is not None, above, below, grade, beyond, adjustment
            )
        )

    unranked = [UnrankedEntry(r, UnrankedReason.VETOED) for r in vetoed]
    unranked += [UnrankedEntry(r, UnrankedReason.INSUFFICIENT) for r in insufficient]
    return Ranking(template.template_id, tuple(entries), tuple(unranked), quota, tuple(problems))


def _check_group(template: Template, results: Sequence[PanelResult]) -> None:
    seen: set[str] = set()
    for result in results:
        same = (result.template_id, result.template_version, result.template_sha256) == (
            template.template_id,
            template.version,
            template.sha256,
        )
        if not same:
            raise ScoringError(
                "result-of-another-template",
                applicant=result.applicant_id,
                template=result.template_id,
                expected=template.template_id,
            )
        if result.applicant_id in seen:
            raise ScoringError("applicant-ranked-twice", applicant=result.applicant_id)
        seen.add(result.applicant_id)


def _usable_orders(
    orders: Sequence[ManualOrder], known: set[str], problems: list[RankingProblem]
) -> list[ManualOrder]:
    usable: list[ManualOrder] = []
    for index, order in enumerate(orders):
        before = len(problems)
        if not order.reason.strip():
            problems.append(RankingProblem(RankingProblemCode.REASON_REQUIRED, index))
        seen: set[str] = set()
        for applicant in order.applicants:
            if applicant not in known:
                code = RankingProblemCode.UNKNOWN_APPLICANT
                problems.append(RankingProblem(code, index, applicant))
            elif applicant in seen:
                code = RankingProblemCode.REPEATED_APPLICANT
                problems.append(RankingProblem(code, index, applicant))
            seen.add(applicant)
        if len(problems) == before:
            usable.append(order)
    return usable


def _auto_steps(template: Template, a: PanelResult, b: PanelResult) -> list[CascadeStep]:
    """The automatic rules from the top until one separates ``a`` from ``b`` (or all tie)."""
    if a.panel_score is None or b.panel_score is None:  # consolidate never grades without one
        raise ScoringError("graded-result-without-score", applicant=a.applicant_id)
    steps = [
        CascadeStep(
            TieRule.PANEL_SCORE, a.panel_score, b.panel_score, _sign(a.panel_score - b.panel_score)
        )
    ]
    if steps[-1].outcome:
        return steps
    for key in template.tie_break:
        mine, theirs = a.criterion_means.get(key), b.criterion_means.get(key)
        if mine is None or theirs is None:
            raise ScoringError(
                "unknown-tie-break-criterion", template=template.template_id, key=key
            )
        steps.append(CascadeStep(TieRule.CRITERION_MEAN, mine, theirs, mine.compare(theirs), key))
        if steps[-1].outcome:
            return steps
    count_a, count_b = a.excellent_count, b.excellent_count
    steps.append(CascadeStep(TieRule.EXCELLENT_COUNT, count_a, count_b, _sign(count_a - count_b)))
    return steps


def _cascade_key(template: Template, result: PanelResult, common: int) -> tuple[object, ...]:
    """The automatic cascade as one sort key: two results compare under :func:`_auto_steps`
    exactly as their keys compare.

    A criterion mean total / count enters as total × (``common`` / count), where ``common``
    is a common multiple of every count in the group: the mean scaled by the same factor for
    everyone, exact and without a division. Sorting by key is O(n log n) cheap comparisons
    instead of building the cascade's steps for every comparison; the steps are built only
    for neighbours."""
    if result.panel_score is None:  # consolidate never grades without one
        raise ScoringError("graded-result-without-score", applicant=result.applicant_id)
    means: list[Decimal] = []
    for key in template.tie_break:
        mean = result.criterion_means.get(key)
        if mean is None:
            raise ScoringError(
                "unknown-tie-break-criterion", template=template.template_id, key=key
            )
        means.append(_EXACT.multiply(mean.total, common // mean.count))
    return (result.panel_score, *means, result.excellent_count)


def _break_ties(
    rankable: list[PanelResult], keys: dict[str, tuple[object, ...]], orders: Sequence[ManualOrder]
) -> tuple[list[PanelResult], dict[str, int], dict[str, ManualOrder]]:
    """Order each automatic tie by the first manual order covering it, or leave it tied.

    ``rankable`` is sorted by ``keys`` (the automatic cascade). Returns the final order, the
    unresolved-tie group of each tied applicant, and the manual order that placed each
    applicant it ordered.
    """
    ordered: list[PanelResult] = []
    tie_group: dict[str, int] = {}
    manual_for: dict[str, ManualOrder] = {}
    start = 0
    while start < len(rankable):
        end = start + 1
        first = keys[rankable[start].applicant_id]
        while end < len(rankable) and keys[rankable[end].applicant_id] == first:
            end += 1
        members = rankable[start:end]
        ids = {r.applicant_id for r in members}
        order = (
            next((o for o in orders if ids <= set(o.applicants)), None) if end > start + 1 else None
        )
        if order is not None:
            place = {a: i for i, a in enumerate(order.applicants)}
            members.sort(key=lambda r: place[r.applicant_id])
            manual_for.update((r.applicant_id, order) for r in members)
        elif len(members) > 1:
            tie_group.update((r.applicant_id, start) for r in members)
        ordered.extend(members)
        start = end
    return ordered, tie_group, manual_for


def _neighbour(
    template: Template,
    this: PanelResult,
    other: PanelResult,
    manual_for: dict[str, ManualOrder],
) -> NeighbourComparison:
    steps = _auto_steps(template, this, other)
    order = manual_for.get(this.applicant_id)
    if steps[-1].outcome == 0 and order is not None and manual_for.get(other.applicant_id) is order:
        mine = order.applicants.index(this.applicant_id) + 1
        theirs = order.applicants.index(other.applicant_id) + 1
        steps.append(
            CascadeStep(
                TieRule.MANUAL_ORDER, mine, theirs, _sign(theirs - mine), reason=order.reason
            )
        )
    return NeighbourComparison(other.applicant_id, tuple(steps))


def _sign(value: Decimal | int) -> int:
    return (value > 0) - (value < 0)
