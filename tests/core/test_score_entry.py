"""What a score input accepts while the expert types, and stepping with the arrow keys."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewdesk.core.scoring import score_problem
from reviewdesk.core.scoring.score_entry import (
    EntryState,
    fixed_score_text,
    read_score_text,
    score_text,
    step_score,
)
from reviewdesk.core.templates.loader import find_template

E1 = find_template("evaluation-enterprise").criterion("E1")  # max 25, step 0.5

ACCEPTABLE, PARTIAL, INVALID = EntryState.ACCEPTABLE, EntryState.PARTIAL, EntryState.INVALID


@pytest.mark.parametrize(
    ("text", "state", "value"),
    [
        ("", ACCEPTABLE, None),  # clearing the field removes the score
        ("20", ACCEPTABLE, "20"),
        ("20.5", ACCEPTABLE, "20.5"),
        ("20.50", ACCEPTABLE, "20.50"),  # kept as typed
        ("0", ACCEPTABLE, "0"),
        ("25", ACCEPTABLE, "25"),
        (".5", ACCEPTABLE, "0.5"),
        ("２０．５", ACCEPTABLE, "20.5"),  # full-width digits from a Chinese input method
        ("20。5", ACCEPTABLE, "20.5"),
        ("20.", PARTIAL, None),
        (".", PARTIAL, None),
        ("20.3", INVALID, None),  # off the 0.5 step, and no more digits can fix it
        ("20.55", INVALID, None),
        ("25.5", INVALID, None),  # above the maximum
        ("26", INVALID, None),
        ("250", INVALID, None),
        ("-1", INVALID, None),
        ("1e1", INVALID, None),
        ("05", INVALID, None),
        ("20,5", INVALID, None),
    ],
)
def test_score_texts_while_typing(text: str, state: EntryState, value: str | None) -> None:
    entry = read_score_text(E1, text)
    assert entry.state is state
    if value is None:
        assert entry.value is None
    else:
        assert entry.value is not None and format(entry.value, "f") == value


def test_a_step_of_two_leaves_room_to_type_more_digits() -> None:
    coarse = replace(E1, step=Decimal("2"))
    assert read_score_text(coarse, "1").state is PARTIAL  # 10, 12, … are still possible
    assert read_score_text(coarse, "3").state is INVALID  # 30 and more exceed 25
    assert fixed_score_text(coarse, "1") == "1"  # never snapped to another score (issue 9)


@given(st.decimals(min_value=0, max_value=30, places=2))
def test_only_what_the_engine_accepts_is_acceptable(value: Decimal) -> None:
    entry = read_score_text(E1, format(value, "f"))
    assert (entry.state is ACCEPTABLE) == (score_problem(E1, value) is None)


@pytest.mark.parametrize(
    ("current", "steps", "expected"),
    [
        (None, 1, "0"),  # up from nothing starts at the bottom
        (None, -1, "25"),  # down from nothing starts at the top
        ("20", 1, "20.5"),
        ("20", -1, "19.5"),
        ("25", 1, "25"),  # never above the maximum
        ("0", -1, "0"),  # never below zero
        ("20.3", 1, "20.5"),  # off the step: to the neighbour in that direction
        ("20.3", -1, "20"),
        ("20", 10, "25"),
    ],
)
def test_stepping(current: str | None, steps: int, expected: str) -> None:
    start = None if current is None else Decimal(current)
    result = step_score(E1, start, steps)
    assert result is not None and score_text(result) == expected


def test_an_unfinished_text_is_completed_when_the_field_is_left() -> None:
    assert fixed_score_text(E1, "20.") == "20"
    assert fixed_score_text(E1, ".") == ""
    assert fixed_score_text(E1, "20.5") == "20.5"
