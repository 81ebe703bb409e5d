"""Sheet validation and totals (DESIGN §2.1, §2.2.1): problems come back as codes."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sheet_factory import make_sheet
from template_factory import make_template

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.scoring import (
    Problem,
    ProblemCode,
    VetoClaim,
    running_total,
    sheet_total,
    validate_sheet,
)

EVAL = make_template(RoundKind.EVALUATION)  # E1 max 25 (comment below 15 or from 22.5), …
RECOG = make_template(RoundKind.RECOGNITION)


def codes(problems: list[Problem]) -> list[tuple[ProblemCode, str | None]]:
    return [(p.code, p.criterion or p.veto_item) for p in problems]


def test_complete_signed_sheet_has_no_problems() -> None:
    assert validate_sheet(EVAL, make_sheet(EVAL, "E1", "80")) == []


def with_score(key: str, value: str | None, comment: str | None = "explained"):  # type: ignore[no-untyped-def]
    sheet = make_sheet(EVAL, "E1", "80")
    scores = dict(sheet.scores)
    scores[key] = None if value is None else Decimal(value)
    comments = dict(sheet.comments)
    if comment is None:
        comments.pop(key)
    else:
        comments[key] = comment
    return replace(sheet, scores=scores, comments=comments)


@pytest.mark.parametrize(
    ("value", "comment", "expected"),
    [
        (None, "x", [(ProblemCode.MISSING_SCORE, "E1")]),
        ("NaN", "x", [(ProblemCode.NOT_A_NUMBER, "E1")]),
        ("-0.5", "x", [(ProblemCode.OUT_OF_RANGE, "E1")]),
        ("25.5", "x", [(ProblemCode.OUT_OF_RANGE, "E1")]),
        ("20.3", "x", [(ProblemCode.OFF_STEP, "E1")]),
        # 畸高畸低说明 on E1 (max 25): a comment is required below 0.6×25 = 15 …
        ("14.5", None, [(ProblemCode.COMMENT_REQUIRED, "E1")]),
        ("14.5", "   ", [(ProblemCode.COMMENT_REQUIRED, "E1")]),  # blank is missing
        ("15", None, []),  # exactly 15 is not "below"
        ("22", None, []),
        # … and at or above 0.9×25 = 22.5.
        ("22.5", None, [(ProblemCode.COMMENT_REQUIRED, "E1")]),
        ("25", None, [(ProblemCode.COMMENT_REQUIRED, "E1")]),
        ("0", None, [(ProblemCode.COMMENT_REQUIRED, "E1")]),
        ("0", "no cooperation shown", []),
    ],
)
def test_criterion_score_problems(
    value: str | None, comment: str | None, expected: list[tuple[ProblemCode, str]]
) -> None:
    assert codes(validate_sheet(EVAL, with_score("E1", value, comment))) == expected


def test_out_of_range_problem_carries_the_limits() -> None:
    [problem] = validate_sheet(EVAL, with_score("E1", "30"))
    assert dict(problem.detail) == {"score": Decimal(30), "min": 0, "max": Decimal(25)}


def test_comment_problem_carries_the_thresholds() -> None:
    [problem] = validate_sheet(EVAL, with_score("E1", "10", None))
    assert dict(problem.detail) == {"score": 10, "low": Decimal("15.0"), "high": Decimal("22.5")}


def test_missing_overall_opinion() -> None:
    sheet = replace(make_sheet(EVAL, "E1", "80"), overall_opinion=" \n")
    assert codes(validate_sheet(EVAL, sheet)) == [(ProblemCode.OVERALL_OPINION_MISSING, None)]


def test_overall_opinion_optional_when_the_template_says_so() -> None:
    template = replace(
        EVAL, comment_rules=replace(EVAL.comment_rules, overall_opinion_required=False)
    )
    sheet = replace(make_sheet(template, "E1", "80"), overall_opinion="")
    assert validate_sheet(template, sheet) == []


def test_unknown_criterion_in_scores_and_comments() -> None:
    sheet = make_sheet(EVAL, "E1", "80")
    sheet = replace(
        sheet,
        scores={**sheet.scores, "X9": Decimal(1)},
        comments={**sheet.comments, "X8": "?"},
    )
    problems = validate_sheet(EVAL, sheet)
    assert codes(problems) == [
        (ProblemCode.UNKNOWN_CRITERION, "X9"),
        (ProblemCode.UNKNOWN_CRITERION, "X8"),
    ]
    assert [p.detail["where"] for p in problems] == ["scores", "comments"]


@pytest.mark.parametrize(
    ("template", "claims", "expected"),
    [
        (EVAL, [VetoClaim("V1", "forged contract")], []),
        (EVAL, [VetoClaim("V1", "  ")], [(ProblemCode.VETO_WITHOUT_EVIDENCE, "V1")]),
        # V4 (basic eligibility) exists in recognition rounds only, V5 in evaluation only.
        (EVAL, [VetoClaim("V4", "x")], [(ProblemCode.UNKNOWN_VETO_ITEM, "V4")]),
        (RECOG, [VetoClaim("V5", "x")], [(ProblemCode.UNKNOWN_VETO_ITEM, "V5")]),
        (
            EVAL,
            [VetoClaim("V2", "x"), VetoClaim("V2", "y")],
            [(ProblemCode.DUPLICATE_VETO_CLAIM, "V2")],
        ),
    ],
)
def test_veto_claim_problems(template, claims, expected) -> None:  # type: ignore[no-untyped-def]
    sheet = make_sheet(template, "E1", "80", vetoes=tuple(claims))
    assert codes(validate_sheet(template, sheet)) == expected


def test_several_problems_are_all_reported_in_form_order() -> None:
    sheet = make_sheet(EVAL, "E1", "80")
    scores = {**sheet.scores, "E2": None, "E5": Decimal("11")}
    sheet = replace(sheet, scores=scores, overall_opinion="")
    assert codes(validate_sheet(EVAL, sheet)) == [
        (ProblemCode.MISSING_SCORE, "E2"),
        (ProblemCode.OUT_OF_RANGE, "E5"),
        (ProblemCode.OVERALL_OPINION_MISSING, None),
    ]


def test_total_is_the_weighted_sum_without_rounding() -> None:
    template = make_template(criteria=[("A", "50"), ("B", "30")], weights={"B": "1.5"}, step="0.25")
    sheet = make_sheet(template, "E1", scores=["40.25", "20.5"])
    # 40.25 + 1.5 × 20.5 = 40.25 + 30.75 = 71.00
    assert sheet_total(template, sheet) == Decimal("71.00")


def test_total_is_none_until_every_criterion_is_scored() -> None:
    sheet = with_score("E3", None)
    assert sheet_total(EVAL, sheet) is None
    # 80 filled in form order: E1 25, E2 15, E3 20, E4 15, E5 5 → without E3: 60
    assert running_total(EVAL, sheet) == Decimal(60)


def test_sheet_is_immutable_after_creation() -> None:
    source = {"E1": Decimal(1)}
    sheet = make_sheet(EVAL, "E1", "80", scores=None)
    sheet = replace(sheet, scores=source)
    source["E1"] = Decimal(2)
    assert sheet.scores["E1"] == 1
    with pytest.raises(TypeError):
        sheet.scores["E1"] = Decimal(3)  # type: ignore[index]
