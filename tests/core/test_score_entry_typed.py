"""What a typed score text stands for and why it is not a score (issue 9 item 2): a text is
never turned into another score; a wrong one holds no score and names its reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reviewdesk.core.scoring import ProblemCode
from reviewdesk.core.scoring.score_entry import (
    fixed_score_text,
    step_score,
    typed_score_problem,
    typed_score_value,
)
from reviewdesk.core.templates.loader import find_template

E1 = find_template("evaluation-platform").criterion("E1")  # max 30, step 0.5


@pytest.mark.parametrize(
    ("text", "value"),
    [("", None), ("3", "3"), ("30", "30"), ("20.", "20"), ("20.5", "20.5"), ("２０", "20"),
     ("35", None), ("12.3", None), ("3o", None), ("05", None), (".", None), ("30.5", None)],
)  # fmt: skip
def test_a_text_stands_for_its_own_score_or_for_none(text: str, value: str | None) -> None:
    result = typed_score_value(E1, text)
    assert (None if result is None else format(result, "f")) == value


@pytest.mark.parametrize(
    ("text", "code", "detail"),
    [
        ("35", ProblemCode.OUT_OF_RANGE, {"score": Decimal(35), "max": Decimal(30)}),
        ("30.5", ProblemCode.OUT_OF_RANGE, {"score": Decimal("30.5"), "max": Decimal(30)}),
        ("350.", ProblemCode.OUT_OF_RANGE, {"score": Decimal(350), "max": Decimal(30)}),
        ("12.3", ProblemCode.OFF_STEP, {"score": Decimal("12.3"), "step": Decimal("0.5")}),
        ("12.25", ProblemCode.OFF_STEP, {"score": Decimal("12.25"), "step": Decimal("0.5")}),
        ("3o", ProblemCode.NOT_A_NUMBER, {"text": "3o"}),
        ("1.2.3", ProblemCode.NOT_A_NUMBER, {"text": "1.2.3"}),
        ("-1", ProblemCode.NOT_A_NUMBER, {"text": "-1"}),
        ("05", ProblemCode.NOT_A_NUMBER, {"text": "05"}),
    ],
)
def test_why_a_text_is_not_a_score(text: str, code: ProblemCode, detail: dict[str, object]) -> None:
    problem = typed_score_problem(E1, text)
    assert problem is not None and problem.code is code and problem.criterion == "E1"
    assert {k: problem.detail[k] for k in detail} == detail


@pytest.mark.parametrize("text", ["", " ", "0", "30", "12.5", "20.", "１２．５"])
def test_an_allowed_score_or_an_empty_box_has_no_problem(text: str) -> None:
    assert typed_score_problem(E1, text) is None


def test_leaving_a_box_only_completes_a_trailing_point() -> None:
    assert fixed_score_text(E1, "20.") == "20"
    assert fixed_score_text(E1, "35") == "35"
    assert fixed_score_text(E1, "12.3") == "12.3"
    assert fixed_score_text(E1, "35.") == "35."  # 35 is no score either: kept as typed


def test_stepping_down_from_a_typed_score_above_the_maximum_starts_at_the_maximum() -> None:
    assert step_score(E1, Decimal(35), -1) == Decimal(30)
    assert step_score(E1, Decimal(35), -2) == Decimal("29.5")
    assert step_score(E1, Decimal(35), 1) == Decimal(30)
