"""Exact decimal helpers: means without binary floats and without double rounding.

``Decimal`` division rounds to the context precision (28 digits) before any later
``quantize``; these helpers divide with integers instead, so a mean is rounded exactly once,
half-up, where the rule says.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


def quantize_half_up(value: Decimal, places: int) -> Decimal:
    """Round ``value`` half-up (away from zero on a tie) to ``places`` decimals."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def divide_half_up(numerator: Decimal, count: int, places: int) -> Decimal:
    """``numerator / count`` rounded half-up to ``places`` decimals, computed exactly."""
    if count <= 0:
        raise ValueError("count must be positive")
    p, q = numerator.as_integer_ratio()
    scaled = p * 10**places
    denominator = q * count
    quotient, remainder = divmod(abs(scaled), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    sign = -1 if scaled < 0 else 1
    return Decimal(sign * quotient).scaleb(-places)


@dataclass(frozen=True)
class ExactMean:
    """The mean ``total / count`` kept as a pair, so comparing two means is exact.

    Compare with :meth:`compare`; the dataclass equality compares the pair itself
    (``10/2`` and ``15/3`` are different pairs with the same value).
    """

    total: Decimal
    count: int

    def compare(self, other: ExactMean) -> int:
        """-1, 0 or 1 as this mean is below, equal to or above ``other`` (cross-multiplied)."""
        mine = self.total * other.count
        theirs = other.total * self.count
        return (mine > theirs) - (mine < theirs)

    def rounded(self, places: int) -> Decimal:
        """For display: the mean rounded half-up to ``places`` decimals."""
        return divide_half_up(self.total, self.count, places)
