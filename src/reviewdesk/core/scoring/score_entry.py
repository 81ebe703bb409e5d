"""Typing a score: which texts a score input may hold, and stepping with the arrow keys.

A score is a ``Decimal`` read from text, never a float. What a finished text may say is the
scoring engine's rule (:func:`~reviewdesk.core.scoring.score_problem`: in ``[0, max]``, a
whole multiple of the step); this module adds what an input needs while the user is still
typing: whether a text can still become such a value ("20." can, "20.3" cannot for step 0.5).

A typed text is never changed into another score (issue 9 item 2: "35" where the maximum is
30 must not become 3, "12.3" must not become 12). An input keeps what was typed; a text that
is not a score stands for *no score* (:func:`typed_score_value` is None, so nothing invalid
is saved and the sheet misses that score) and :func:`typed_score_problem` says why, in the
engine's own problem codes. The only completion is a trailing point: "20." is 20.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum

from reviewdesk.core.scoring import Problem, ProblemCode, score_problem
from reviewdesk.core.templates.model import Criterion

MAX_SCORE_TEXT = 12  # characters; no score needs more ("100.25" is 6)
_SHAPE = re.compile(r"([0-9]*)(\.([0-9]*))?")
# Chinese input methods produce full-width digits and an ideographic full stop.
_NARROW = str.maketrans("０１２３４５６７８９．。", "0123456789..")


class EntryState(StrEnum):
    ACCEPTABLE = "acceptable"  # a score the engine accepts, or empty (no score yet)
    PARTIAL = "partial"  # not a score yet, but more typing can make it one ("20.")
    INVALID = "invalid"  # no further typing helps ("20.3" for step 0.5, "30" for max 25)


@dataclass(frozen=True)
class ScoreEntry:
    state: EntryState
    text: str  # the input with full-width digits made ASCII and outer spaces removed
    value: Decimal | None  # the score when ACCEPTABLE; None when empty or not acceptable


def read_score_text(criterion: Criterion, text: str) -> ScoreEntry:
    """Classify what a score input holds for ``criterion``."""
    text = text.translate(_NARROW).strip()
    if not text:
        return ScoreEntry(EntryState.ACCEPTABLE, text, None)
    shape = _SHAPE.fullmatch(text)
    whole = shape.group(1) if shape else ""
    if shape is None or len(text) > MAX_SCORE_TEXT or (len(whole) > 1 and whole[0] == "0"):
        return ScoreEntry(EntryState.INVALID, text, None)
    fraction = shape.group(3)  # None without a point, "" right after it
    value = Decimal(f"{whole or '0'}.{fraction or '0'}")
    finished = fraction != ""  # "20." still waits for its decimals
    if finished and score_problem(criterion, value) is None:
        return ScoreEntry(EntryState.ACCEPTABLE, text, Decimal(text))  # keeps "20.50" as typed
    if _can_complete(criterion, value, whole, fraction):
        return ScoreEntry(EntryState.PARTIAL, text, None)
    return ScoreEntry(EntryState.INVALID, text, None)


def _can_complete(criterion: Criterion, value: Decimal, whole: str, fraction: str | None) -> bool:
    """Whether appending digits (or a point and digits) can reach an allowed score."""
    if fraction is not None:
        # "20.3" extends to values in [20.3, 20.4); "20." to [20, 21).
        return _multiple_within(criterion, value, value + Decimal(1).scaleb(-len(fraction)))
    low, high = value, value + 1
    while low <= criterion.max_points:
        if _multiple_within(criterion, low, high):
            return True
        if not whole or low == 0:
            return False
        low, high = low * 10, high * 10  # one more digit before the point
    return False


def _multiple_within(criterion: Criterion, low: Decimal, high: Decimal) -> bool:
    """Is there an allowed score ``m`` with ``low <= m < high``?"""
    step = criterion.step
    first = (low / step).to_integral_value(rounding=ROUND_CEILING) * step if step > 0 else low
    return first < high and score_problem(criterion, first) is None


def fixed_score_text(criterion: Criterion, text: str) -> str:
    """The text an input shows once it is left: "20." becomes "20" and "." nothing; any other
    text stays exactly as typed (a wrong score is shown with its reason, never replaced by
    another score)."""
    entry = read_score_text(criterion, text)
    if entry.state is EntryState.ACCEPTABLE:
        return entry.text
    if entry.text == ".":
        return ""
    if entry.text.endswith(".") and not entry.text.endswith(".."):
        trimmed = entry.text[:-1]
        if read_score_text(criterion, trimmed).state is EntryState.ACCEPTABLE:
            return trimmed
    return entry.text


def typed_score_value(criterion: Criterion, text: str) -> Decimal | None:
    """The score a typed text stands for: its value when it is an allowed score (a trailing
    point completed), else None — an empty box and a wrong text alike hold no score."""
    entry = read_score_text(criterion, fixed_score_text(criterion, text))
    return entry.value if entry.state is EntryState.ACCEPTABLE else None


def typed_number(text: str) -> Decimal | None:
    """The number a text spells in the input's shape (digits, at most one point), whatever
    the criterion allows; None when it spells none. For stepping from a wrong score."""
    text = text.translate(_NARROW).strip()
    shape = _SHAPE.fullmatch(text)
    if shape is None or len(text) > MAX_SCORE_TEXT or not (shape.group(1) or shape.group(3)):
        return None
    return Decimal(f"{shape.group(1) or '0'}.{shape.group(3) or '0'}")


def typed_score_problem(criterion: Criterion, text: str) -> Problem | None:
    """Why a typed text, taken as finished, is not a score for ``criterion``: the engine's
    ``OUT_OF_RANGE`` (detail ``score``, ``min``, ``max``) or ``OFF_STEP`` (``score``,
    ``step``), or ``NOT_A_NUMBER`` with the ``text`` as typed (letters, two points, a
    leading zero, too long). None for an empty box or an allowed score."""
    finished = fixed_score_text(criterion, text)
    if read_score_text(criterion, finished).state is EntryState.ACCEPTABLE:
        return None
    shape = _SHAPE.fullmatch(finished)
    whole = shape.group(1) if shape else ""
    value = typed_number(finished)
    if value is None or (len(whole) > 1 and whole[0] == "0"):
        return Problem(ProblemCode.NOT_A_NUMBER, criterion.key, detail={"text": finished})
    problem = score_problem(criterion, Decimal(finished.rstrip(".") or "0"))
    if problem is None:  # cannot happen: an allowed value reads as ACCEPTABLE
        return Problem(ProblemCode.NOT_A_NUMBER, criterion.key, detail={"text": finished})
    return problem


def step_score(criterion: Criterion, current: Decimal | None, steps: int) -> Decimal | None:
    """The score ``steps`` steps above (below, when negative) ``current``, kept in
    ``[0, max]``. From no score, going up starts at 0 and going down at the maximum; a value
    off the step first moves to the neighbouring allowed score in that direction."""
    if steps == 0:
        return current
    if current is None or not current.is_finite():
        start = Decimal(0) if steps > 0 else criterion.max_points
        return _clamp(criterion, start + (steps - 1 if steps > 0 else steps + 1) * criterion.step)
    if current > criterion.max_points and steps < 0:  # a typed "35" of 30: down is 30 first
        return _clamp(criterion, criterion.max_points + (steps + 1) * criterion.step)
    rounding = ROUND_FLOOR if steps > 0 else ROUND_CEILING
    return _clamp(criterion, _snap(criterion, current, rounding) + steps * criterion.step)


def _snap(criterion: Criterion, value: Decimal, rounding: str) -> Decimal:
    step = criterion.step
    if step <= 0:
        return _clamp(criterion, value)
    return _clamp(criterion, (value / step).to_integral_value(rounding=rounding) * step)


def _clamp(criterion: Criterion, value: Decimal) -> Decimal:
    return min(max(value, Decimal(0)), criterion.max_points)


def score_text(value: Decimal) -> str:
    """Plain text of a score without needless zeros: 21.0 → "21", 20.50 → "20.5"."""
    if value.is_zero():
        return "0"
    return format(value.normalize(), "f")
