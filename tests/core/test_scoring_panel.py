"""Hand-worked panels: which sheets count, panel score, grade, vetoes, overrides (§2.2)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sheet_factory import experts, make_sheet, panel
from template_factory import make_template

from reviewdesk.core.domain import Conflict, Grade, Recommendation, RoundKind
from reviewdesk.core.scoring import (
    GRADE_OVERRIDE,
    RECOMMENDATION_OVERRIDE,
    BlockerKind,
    ChairDecisions,
    DecisionProblem,
    DecisionProblemCode,
    ExclusionReason,
    GradeOverride,
    PanelStatus,
    RecommendationOverride,
    ScoringError,
    VetoClaim,
    VetoDecision,
    VetoVerdict,
    consolidate,
    grade_for,
)
from reviewdesk.core.templates.model import AggregationMethod

EVAL = make_template(RoundKind.EVALUATION)
RECOG = make_template(RoundKind.RECOGNITION)
# Two criteria of 50 with step 0.01, panels of 2: lets a mean land on 89.995 exactly.
FINE = make_template(criteria=[("A", "50"), ("B", "50")], step="0.01", min_sheets=2)


def score_of(template, totals):  # type: ignore[no-untyped-def]
    result = consolidate(template, "A1", experts(len(totals)), panel(template, totals))
    return result.panel_score, result.computed_grade, result.method


@pytest.mark.parametrize(
    ("totals", "score", "grade", "method"),
    [
        # 5 sheets → trimmed mean: drop 95 and 60, (88 + 86.5 + 84) / 3 = 258.5 / 3
        # = 86.1666… → 86.17, 良好.
        (["95", "88", "86.5", "84", "60"], "86.17", Grade.GOOD, AggregationMethod.TRIMMED_MEAN),
        # 6 sheets: drop 100 and 50, (91 + 90 + 90 + 89) / 4 = 360 / 4 = 90.00, 优秀.
        (["100", "91", "90", "90", "89", "50"], "90.00", Grade.EXCELLENT, "trimmed-mean"),
        # 4 sheets → plain mean: (80 + 80.5 + 80.5 + 81) / 4 = 322 / 4 = 80.50.
        (["80", "80.5", "80.5", "81"], "80.50", Grade.GOOD, AggregationMethod.MEAN),
        # 3 sheets: 241 / 3 = 80.333… → 80.33.
        (["80", "80.5", "80.5"], "80.33", Grade.GOOD, AggregationMethod.MEAN),
        # 3 sheets: 269.5 / 3 = 89.8333… → 89.83, just below 优秀.
        (["90", "90", "89.5"], "89.83", Grade.GOOD, AggregationMethod.MEAN),
        # 3 sheets: 180 / 3 = 60.00 → 合格 (on the edge).
        (["59.5", "60", "60.5"], "60.00", Grade.QUALIFIED, AggregationMethod.MEAN),
    ],
)
def test_panel_score_hand_worked(totals, score, grade, method) -> None:  # type: ignore[no-untyped-def]
    assert score_of(EVAL, totals) == (Decimal(score), grade, method)


@pytest.mark.parametrize(
    ("totals", "score", "grade"),
    [
        # (89.99 + 90.00) / 2 = 89.995 → half-up → 90.00 → 优秀 (banker's would also say
        # 90.00 here; the next rows tell the two apart).
        (["89.99", "90.00"], "90.00", Grade.EXCELLENT),
        # (84.12 + 84.13) / 2 = 84.125 → 84.13 half-up (banker's rounding would give 84.12).
        (["84.12", "84.13"], "84.13", Grade.GOOD),
        # (74.99 + 75.00) / 2 = 74.995 → 75.00 → 良好 (on the edge).
        (["74.99", "75.00"], "75.00", Grade.GOOD),
        # (74.98 + 75.00) / 2 = 74.99 → 合格.
        (["74.98", "75.00"], "74.99", Grade.QUALIFIED),
        # (59.99 + 60.00) / 2 = 59.995 → 60.00 → 合格.
        (["59.99", "60.00"], "60.00", Grade.QUALIFIED),
        # (59.98 + 60.00) / 2 = 59.99 → 不合格.
        (["59.98", "60.00"], "59.99", Grade.UNQUALIFIED),
        # (89.99 + 89.99 + 90.00) / 3 = 89.99333… → 89.99 → 良好.
        (["89.99", "89.99", "90.00"], "89.99", Grade.GOOD),
    ],
)
def test_panel_score_rounds_half_up_before_banding(totals, score, grade) -> None:  # type: ignore[no-untyped-def]
    panel_score, computed, _ = score_of(FINE, totals)
    assert (panel_score, computed) == (Decimal(score), grade)
    assert str(panel_score) == score  # always two decimals


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        ("100", Grade.EXCELLENT),
        ("90.00", Grade.EXCELLENT),
        ("89.99", Grade.GOOD),
        ("75.00", Grade.GOOD),
        ("74.99", Grade.QUALIFIED),
        ("60.00", Grade.QUALIFIED),
        ("59.99", Grade.UNQUALIFIED),
        ("0", Grade.UNQUALIFIED),
    ],
)
def test_band_edges_get_the_higher_grade(score: str, grade: Grade) -> None:
    assert grade_for(EVAL, Decimal(score)) is grade


def test_trimmed_sheets_are_marked_and_individual_grades_kept() -> None:
    result = consolidate(EVAL, "A1", experts(5), panel(EVAL, ["95", "88", "86.5", "84", "60"]))
    assert [(c.expert_id, c.trimmed, c.grade) for c in result.counted] == [
        ("E1", True, Grade.EXCELLENT),
        ("E2", False, Grade.GOOD),
        ("E3", False, Grade.GOOD),
        ("E4", False, Grade.GOOD),
        ("E5", True, Grade.QUALIFIED),
    ]
    # Plain mean of all five, the deviation flags' basis: 413.5 / 5 = 82.70.
    assert result.plain_mean == Decimal("82.70")


def test_too_few_counting_sheets_is_insufficient_without_score_or_grade() -> None:
    sheets = panel(EVAL, ["90", "80"])
    result = consolidate(EVAL, "A1", experts(3), sheets)
    assert result.status is PanelStatus.INSUFFICIENT
    assert (result.panel_score, result.computed_grade, result.grade, result.method) == (
        None,
        None,
        None,
        None,
    )
    assert [f.id for f in result.flags] == ["insufficient-sheets", "missing-sheet:E3"]


def test_disqualifying_conflict_is_excluded_and_the_rest_use_the_plain_mean() -> None:
    sheets = panel(EVAL, ["80", "82", "84", "99", "70"])
    sheets[3] = replace(sheets[3], conflict=Conflict.DISQUALIFYING)
    result = consolidate(EVAL, "A1", experts(5), sheets)
    # Four count, so no trimming: (80 + 82 + 84 + 70) / 4 = 316 / 4 = 79.00.
    assert result.panel_score == Decimal("79.00")
    assert result.method is AggregationMethod.MEAN
    [excluded] = result.excluded
    assert (excluded.sheet.expert_id, excluded.reasons) == (
        "E4",
        (ExclusionReason.DISQUALIFYING_CONFLICT,),
    )
    assert "missing-sheet:E4" in [f.id for f in result.flags]


def test_superseded_revision_is_ignored() -> None:
    first = make_sheet(EVAL, "E1", "60", revision=1)
    second = make_sheet(EVAL, "E1", "90", revision=2)
    others = panel(EVAL, ["84", "87"], first=2)
    result = consolidate(EVAL, "A1", experts(3), [second, *others, first])
    # Only revision 2 counts: (90 + 84 + 87) / 3 = 261 / 3 = 87.00.
    assert result.panel_score == Decimal("87.00")
    assert [(e.sheet.revision, e.reasons) for e in result.excluded] == [
        (1, (ExclusionReason.SUPERSEDED,))
    ]
    assert [f.id for f in result.flags] == ["superseded-sheet:E1"]


def test_latest_revision_that_cannot_count_leaves_the_expert_missing() -> None:
    # The expert's last word replaces the earlier one even while it is unsigned.
    first = make_sheet(EVAL, "E1", "60", revision=1)
    draft = make_sheet(EVAL, "E1", "90", revision=2, signed=False)
    result = consolidate(
        EVAL, "A1", experts(3), [first, draft, *panel(EVAL, ["84", "87"], first=2)]
    )
    assert result.status is PanelStatus.INSUFFICIENT
    assert {f.id: dict(f.detail) for f in result.flags}["missing-sheet:E1"] == {
        "reason": "unsigned"
    }


@pytest.mark.parametrize(
    ("change", "reasons"),
    [
        ({"signed": False}, (ExclusionReason.UNSIGNED,)),
        ({"superseded": True}, (ExclusionReason.SUPERSEDED,)),
        ({"expert_id": "X9"}, (ExclusionReason.NOT_ASSIGNED,)),
        ({"scores": {"E1": Decimal(20)}}, (ExclusionReason.INCOMPLETE,)),
        ({"overall_opinion": ""}, (ExclusionReason.INVALID,)),
        (
            {"signed": False, "conflict": Conflict.DISQUALIFYING},
            (ExclusionReason.DISQUALIFYING_CONFLICT, ExclusionReason.UNSIGNED),
        ),
    ],
)
def test_excluded_sheets_list_every_reason(change, reasons) -> None:  # type: ignore[no-untyped-def]
    sheets = panel(EVAL, ["80", "82", "84", "86"])
    sheets[3] = replace(sheets[3], **change)
    result = consolidate(EVAL, "A1", experts(4), sheets)
    [excluded] = result.excluded
    assert excluded.reasons == reasons
    assert len(result.counted) == 3


def test_excluded_invalid_sheet_carries_its_problems() -> None:
    sheets = panel(EVAL, ["80", "82", "84"])
    sheets[0] = replace(sheets[0], overall_opinion="")
    [excluded] = consolidate(EVAL, "A1", experts(3), sheets).excluded
    assert [p.code for p in excluded.problems] == ["overall-opinion-missing"]


@pytest.mark.parametrize(
    ("sheets", "code"),
    [
        ([make_sheet(EVAL, "E1", "80", applicant="B2")], "sheet-for-another-applicant"),
        ([make_sheet(EVAL, "E1", "80"), make_sheet(EVAL, "E1", "81")], "duplicate-revision"),
    ],
)
def test_inconsistent_requests_raise(sheets, code) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ScoringError) as caught:
        consolidate(EVAL, "A1", experts(3), sheets)
    assert caught.value.code == code


def test_expert_assigned_twice_raises() -> None:
    with pytest.raises(ScoringError, match="expert-assigned-twice"):
        consolidate(EVAL, "A1", ["E1", "E1"], [])


# --- vetoes -------------------------------------------------------------------------------

HIGH = ["96", "95", "94"]  # (96 + 95 + 94) / 3 = 95.00, 优秀 on the scores alone


def vetoed_panel(template=EVAL, decision=None):  # type: ignore[no-untyped-def]
    sheets = panel(template, HIGH)
    sheets[1] = replace(sheets[1], vetoes=(VetoClaim("V1", "the 2023 agreement is forged"),))
    decisions = ChairDecisions(veto_decisions={"V1": decision} if decision else {})
    return consolidate(template, "A1", experts(3), sheets, decisions)


def test_confirmed_veto_forces_unqualified_despite_a_high_score() -> None:
    result = vetoed_panel(decision=VetoDecision(VetoVerdict.CONFIRMED, "contract is forged"))
    assert result.panel_score == Decimal("95.00")
    assert result.score_grade is Grade.EXCELLENT
    assert result.computed_grade is Grade.UNQUALIFIED
    assert result.veto_confirmed and result.can_finalise
    [veto] = result.vetoes
    assert dict(veto.claims) == {"E2": "the 2023 agreement is forged"}


def test_dismissed_veto_leaves_the_grade_alone() -> None:
    result = vetoed_panel(decision=VetoDecision(VetoVerdict.DISMISSED, "original seen"))
    assert result.computed_grade is Grade.EXCELLENT
    assert not result.veto_confirmed and result.can_finalise


def test_undecided_veto_is_an_unresolved_flag_and_blocks() -> None:
    result = vetoed_panel()
    assert result.computed_grade is Grade.EXCELLENT  # nothing forced until confirmed
    assert [f.id for f in result.flags] == ["undecided-veto:V1"]
    assert [(b.kind, b.subject) for b in result.blockers] == [(BlockerKind.UNDECIDED_VETO, "V1")]
    assert not result.can_finalise


def test_veto_decision_without_reason_is_refused_not_applied() -> None:
    result = vetoed_panel(decision=VetoDecision(VetoVerdict.CONFIRMED, "  "))
    assert result.computed_grade is Grade.EXCELLENT
    assert result.decision_problems == (DecisionProblem(DecisionProblemCode.REASON_REQUIRED, "V1"),)
    assert {b.kind for b in result.blockers} == {
        BlockerKind.UNDECIDED_VETO,
        BlockerKind.REFUSED_DECISION,
    }


def test_verdict_on_an_unclaimed_veto_is_refused() -> None:
    decisions = ChairDecisions(veto_decisions={"V2": VetoDecision(VetoVerdict.CONFIRMED, "x")})
    result = consolidate(EVAL, "A1", experts(3), panel(EVAL, HIGH), decisions)
    assert result.computed_grade is Grade.EXCELLENT
    assert [p.code for p in result.decision_problems] == [DecisionProblemCode.VETO_NOT_CLAIMED]
    assert not result.can_finalise


def test_recognition_confirmed_veto_is_not_recommended() -> None:
    confirmed = vetoed_panel(RECOG, VetoDecision(VetoVerdict.CONFIRMED, "forged"))
    dismissed = vetoed_panel(RECOG, VetoDecision(VetoVerdict.DISMISSED, "checked"))
    assert confirmed.recommendation is Recommendation.DO_NOT_RECOGNISE
    assert dismissed.recommendation is Recommendation.RECOGNISE


def test_confirmed_veto_fails_even_an_insufficient_panel() -> None:
    sheets = panel(EVAL, ["96", "95"])
    sheets[0] = replace(sheets[0], vetoes=(VetoClaim("V7", "offered a gift"),))
    decisions = ChairDecisions(veto_decisions={"V7": VetoDecision(VetoVerdict.CONFIRMED, "seen")})
    result = consolidate(EVAL, "A1", experts(3), sheets, decisions)
    assert (result.status, result.panel_score, result.grade) == (
        PanelStatus.INSUFFICIENT,
        None,
        Grade.UNQUALIFIED,
    )


def test_incomplete_sheet_can_still_raise_a_veto_but_a_disqualified_one_cannot() -> None:
    sheets = panel(EVAL, ["96", "95", "94", "93"])
    sheets[0] = replace(sheets[0], scores={}, vetoes=(VetoClaim("V1", "forged"),))
    sheets[1] = replace(sheets[1], conflict=Conflict.DISQUALIFYING, vetoes=(VetoClaim("V2", "x"),))
    result = consolidate(EVAL, "A1", experts(4), sheets)
    assert [v.item for v in result.vetoes] == ["V1"]


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        # (70 + 70 + 70) / 3 = 70.00: on the threshold → 建议认定.
        (["70", "70", "70"], Recommendation.RECOGNISE),
        # (70 + 70 + 69.5) / 3 = 69.8333… → 69.83 → 不建议认定.
        (["70", "70", "69.5"], Recommendation.DO_NOT_RECOGNISE),
    ],
)
def test_recognition_threshold(totals, expected) -> None:  # type: ignore[no-untyped-def]
    result = consolidate(RECOG, "A1", experts(3), panel(RECOG, totals))
    assert result.recommendation is expected
    assert consolidate(EVAL, "A1", experts(3), panel(EVAL, totals)).recommendation is None


# --- overrides ----------------------------------------------------------------------------


def override(grade: Grade, reason: str, template=EVAL, totals=("88", "86", "87"), **extra):  # type: ignore[no-untyped-def]
    decisions = ChairDecisions(grade_override=GradeOverride(grade, reason), **extra)
    return consolidate(template, "A1", experts(3), panel(template, list(totals)), decisions)


def test_override_with_reason_keeps_computed_and_decided_grade() -> None:
    # (88 + 86 + 87) / 3 = 87.00 → computed 良好; the chair decides 优秀.
    result = override(Grade.EXCELLENT, "landmark joint lab opened after the deadline")
    assert (result.computed_grade, result.grade) == (Grade.GOOD, Grade.EXCELLENT)
    assert result.grade_override is not None
    assert result.grade_override.reason == "landmark joint lab opened after the deadline"
    assert result.can_finalise


def test_override_without_reason_is_refused_and_blocks() -> None:
    result = override(Grade.EXCELLENT, "   ")
    assert (result.computed_grade, result.grade, result.grade_override) == (
        Grade.GOOD,
        Grade.GOOD,
        None,
    )
    assert result.decision_problems == (
        DecisionProblem(DecisionProblemCode.REASON_REQUIRED, GRADE_OVERRIDE),
    )
    assert not result.can_finalise


def test_override_of_an_insufficient_panel_is_refused() -> None:
    result = override(Grade.GOOD, "x", totals=("88", "86"))
    assert result.grade is None
    assert [p.code for p in result.decision_problems] == [DecisionProblemCode.NO_GRADE_TO_OVERRIDE]


def test_override_cannot_lift_a_confirmed_veto() -> None:
    sheets = panel(EVAL, HIGH)
    sheets[0] = replace(sheets[0], vetoes=(VetoClaim("V1", "forged"),))
    veto = {"V1": VetoDecision(VetoVerdict.CONFIRMED, "forged")}
    lifted = ChairDecisions(veto_decisions=veto, grade_override=GradeOverride(Grade.GOOD, "x"))
    result = consolidate(EVAL, "A1", experts(3), sheets, lifted)
    assert result.grade is Grade.UNQUALIFIED
    assert [p.code for p in result.decision_problems] == [
        DecisionProblemCode.OVERRIDE_CONTRADICTS_VETO
    ]


def test_recommendation_override_needs_a_recognition_round_and_a_reason() -> None:
    recognise = RecommendationOverride(Recommendation.RECOGNISE, "strategic partner country")
    # (68 + 69 + 70) / 3 = 69.00 → computed 不建议认定, decided 建议认定.
    result = override(
        Grade.QUALIFIED, "same", RECOG, ("68", "69", "70"), recommendation_override=recognise
    )
    assert (result.computed_recommendation, result.recommendation) == (
        Recommendation.DO_NOT_RECOGNISE,
        Recommendation.RECOGNISE,
    )
    evaluation = override(Grade.GOOD, "x", recommendation_override=recognise)
    assert evaluation.decision_problems == (
        DecisionProblem(DecisionProblemCode.NOT_A_RECOGNITION_ROUND, RECOMMENDATION_OVERRIDE),
    )
    blank = RecommendationOverride(Recommendation.RECOGNISE, "")
    refused = override(
        Grade.QUALIFIED, "same", RECOG, ("68", "69", "70"), recommendation_override=blank
    )
    assert refused.recommendation is Recommendation.DO_NOT_RECOGNISE
    assert [p.code for p in refused.decision_problems] == [DecisionProblemCode.REASON_REQUIRED]


def test_clean_panel_can_be_finalised_at_once() -> None:
    result = consolidate(EVAL, "A1", experts(3), panel(EVAL, ["80", "82", "84"]))
    assert (result.flags, result.blockers, result.can_finalise) == ((), (), True)
