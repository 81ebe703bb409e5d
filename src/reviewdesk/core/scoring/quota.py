"""The optional 优秀 quota (DESIGN §2.2.6), applied within one ranking group.

``allowed = floor(max_percent × graded / 100)`` where *graded* counts every result of the
group that has a decided grade (a confirmed veto's 不合格 included, an insufficient result
without a grade not). The 优秀 results are taken in ranking order; those past ``allowed``
are *beyond*. In ``warn`` mode they are listed and keep 优秀; in ``enforce`` mode they become
良好 with a recorded :class:`QuotaAdjustment`.

Decided grades are used, so a chair's override to 优秀 takes a place in the quota, and in
enforce mode can itself be demoted when it ranks beyond the limit; an override away from
优秀 frees a place. When the limit falls inside an unresolved tie, nobody in that tie is
demoted and they are reported as ``undetermined`` until a manual order settles it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from reviewdesk.core.domain import Grade
from reviewdesk.core.templates.model import ExcellentQuota, QuotaMode

QUOTA_REASON = "excellent-quota"


@dataclass(frozen=True)
class QuotaAdjustment:
    """Why a decided 优秀 was published as 良好."""

    from_grade: Grade
    to_grade: Grade
    allowed: int
    excellent_position: int  # 1-based place among the group's 优秀, in ranking order
    reason: str = QUOTA_REASON


@dataclass(frozen=True)
class QuotaOutcome:
    enabled: bool
    mode: QuotaMode
    max_percent: Decimal
    graded: int  # results with a decided grade
    allowed: int | None  # None when the quota is off
    excellent: tuple[str, ...]  # applicants decided 优秀, in ranking order
    beyond: tuple[str, ...]  # past the limit: warned, or demoted in enforce mode
    undetermined: tuple[str, ...]  # tied across the limit, awaiting a manual order

    @property
    def demoted(self) -> tuple[str, ...]:
        return self.beyond if self.mode is QuotaMode.ENFORCE else ()


def allowed_excellent(max_percent: Decimal, graded: int) -> int:
    """The floor of ``max_percent`` % of ``graded``, exactly."""
    share = max_percent * graded / 100
    return int(share.to_integral_value(rounding=ROUND_FLOOR))


def apply_quota(
    quota: ExcellentQuota,
    graded: int,
    ordered: Sequence[tuple[str, Grade | None, int | None]],
) -> QuotaOutcome:
    """``ordered`` holds (applicant id, decided grade, unresolved-tie group or None) in
    ranking order; members of one unresolved tie share a group number."""
    excellent = [(a, group) for a, grade, group in ordered if grade is Grade.EXCELLENT]
    names = tuple(a for a, _ in excellent)
    if not quota.enabled:
        return QuotaOutcome(False, quota.mode, quota.max_percent, graded, None, names, (), ())
    allowed = allowed_excellent(quota.max_percent, graded)
    beyond: tuple[str, ...] = ()
    undetermined: tuple[str, ...] = ()
    if len(excellent) > allowed:
        limit_group = excellent[allowed][1]
        straddles = (
            allowed > 0 and limit_group is not None and excellent[allowed - 1][1] == limit_group
        )
        if straddles:
            undetermined = tuple(a for a, group in excellent if group == limit_group)
            last = max(i for i, (_, group) in enumerate(excellent) if group == limit_group)
            beyond = names[last + 1 :]
        else:
            beyond = names[allowed:]
    return QuotaOutcome(
        True, quota.mode, quota.max_percent, graded, allowed, names, beyond, undetermined
    )
