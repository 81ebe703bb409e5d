"""Flags for the chair (§2.2.5): each one, its stable id, resolutions and finalising."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sheet_factory import experts, make_sheet, panel
from template_factory import make_template

from reviewdesk.core.domain import Conflict, Grade
from reviewdesk.core.scoring import (
    BlockerKind,
    ChairDecisions,
    DecisionProblemCode,
    FlagKind,
    VetoClaim,
    VetoDecision,
    VetoVerdict,
    consolidate,
)

EVAL = make_template()  # range > 20, deviation > 15, grades 2 bands apart


def flag_ids(totals: list[str]) -> list[str]:
    result = consolidate(EVAL, "A1", experts(len(totals)), panel(EVAL, totals))
    return [flag.id for flag in result.flags]


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        # Range 96.5 − 76 = 20.5 > 20. Median 85: deviations 9 and 11.5; grades 良好, 良好,
        # 优秀 are one band apart.
        (["76", "85", "96.5"], ["range"]),
        # Range exactly 20 is not "more than 20"; both ends are 10 from the median 86.
        (["76", "86", "96"], []),
        # Median 80; 99.5 is 19.5 away (> 15); range 19.5.
        (["80", "80", "80", "80", "99.5"], ["deviation:E5"]),
        # Median 80; 95 is exactly 15 away: no flag.
        (["80", "80", "80", "95"], []),
        # Even count: the median is the mean of the two middle totals, (81 + 84) / 2 = 82.5;
        # 99.5 is 17 away, 80 only 2.5.
        (["80", "81", "84", "99.5"], ["deviation:E4"]),
        # Grades 合格 (74.5), 良好 (75), 优秀 (90): two bands apart. Range 15.5; 90 is
        # exactly 15 from the median 75.
        (["74.5", "75", "90"], ["grade-gap"]),
        # 良好 and 优秀 only: one band.
        (["75", "80", "90"], []),
        # All three at once: range 35, 60 is 26.5 from the median 86.5, 优秀 vs 合格.
        (["95", "88", "86.5", "84", "60"], ["range", "deviation:E5", "grade-gap"]),
        # Five experts near 100 and one at 0: the mean (82.33) would put every expert more
        # than 15 away; the median (98 + 99) / 2 = 98.5 flags the outlier alone.
        (["100", "99", "98", "100", "97", "0"], ["range", "deviation:E6", "grade-gap"]),
    ],
)
def test_disagreement_flags(totals: list[str], expected: list[str]) -> None:
    assert flag_ids(totals) == expected


def test_flag_details_state_the_numbers_compared() -> None:
    result = consolidate(EVAL, "A1", experts(5), panel(EVAL, ["95", "88", "86.5", "84", "60"]))
    details = {flag.id: dict(flag.detail) for flag in result.flags}
    assert details["range"] == {
        "max": Decimal(95),
        "min": Decimal(60),
        "range": Decimal(35),
        "threshold": Decimal(20),
    }
    # Measured from the median of the counted totals (86.5), not the mean 82.70 or the
    # trimmed 86.17.
    assert details["deviation:E5"] == {
        "total": Decimal(60),
        "median": Decimal("86.5"),
        "deviation": Decimal("26.5"),
        "threshold": Decimal(15),
    }
    assert details["grade-gap"] == {
        "best": Grade.EXCELLENT,
        "worst": Grade.QUALIFIED,
        "gap": 2,
        "threshold": 2,
    }


def test_sheet_status_flags() -> None:
    sheets = panel(EVAL, ["80", "82", "84", "86"])
    sheets[0] = replace(sheets[0], late=True)
    sheets[1] = replace(sheets[1], conflict=Conflict.POTENTIAL)
    sheets[2] = replace(sheets[2], revision=3)
    old = make_sheet(EVAL, "E3", "70", revision=2)
    sheets[3] = replace(sheets[3], signed=False)
    result = consolidate(EVAL, "A1", experts(5), [*sheets, old])
    flags = {flag.id: dict(flag.detail) for flag in result.flags}
    assert flags == {
        "missing-sheet:E4": {"reason": "unsigned"},
        "missing-sheet:E5": {"reason": "no-sheet"},
        "late-sheet:E1": {"revision": 1},
        "superseded-sheet:E3": {"revisions": "2", "latest": 3},
        "potential-conflict:E2": {},
    }
    # Late and potentially conflicted sheets still count: flags never change a score.
    assert [c.expert_id for c in result.counted] == ["E1", "E2", "E3"]
    assert [f.kind for f in result.flags] == [
        FlagKind.MISSING_SHEET,
        FlagKind.MISSING_SHEET,
        FlagKind.LATE_SHEET,
        FlagKind.SUPERSEDED_SHEET,
        FlagKind.POTENTIAL_CONFLICT,
    ]


def test_undecided_veto_flag_names_the_experts() -> None:
    sheets = panel(EVAL, ["80", "82", "84"])
    sheets[0] = replace(sheets[0], vetoes=(VetoClaim("V6", "no annual report 2024"),))
    sheets[2] = replace(sheets[2], vetoes=(VetoClaim("V6", "report missing"),))
    [flag] = consolidate(EVAL, "A1", experts(3), sheets).flags
    assert (flag.id, dict(flag.detail)) == ("undecided-veto:V6", {"experts": "E1,E3"})


def test_flags_never_change_the_score() -> None:
    flagged = consolidate(EVAL, "A1", experts(3), panel(EVAL, ["74.5", "75", "90"]))
    # (74.5 + 75 + 90) / 3 = 239.5 / 3 = 79.8333… → 79.83
    assert (flagged.panel_score, flagged.grade) == (Decimal("79.83"), Grade.GOOD)


# --- resolutions and finalising -----------------------------------------------------------

SPREAD = ["95", "88", "86.5", "84", "60"]  # range, deviation:E5, grade-gap


def resolve(resolutions: dict[str, str], sheets=None):  # type: ignore[no-untyped-def]
    sheets = sheets or panel(EVAL, SPREAD)
    decisions = ChairDecisions(resolutions=resolutions)
    return consolidate(EVAL, "A1", experts(5), sheets, decisions)


def test_every_flag_needs_a_written_resolution_before_finalising() -> None:
    partial = resolve({"range": "discussed", "grade-gap": " "})
    assert [(b.kind, b.subject) for b in partial.blockers] == [
        (BlockerKind.UNRESOLVED_FLAG, "deviation:E5"),
        (BlockerKind.UNRESOLVED_FLAG, "grade-gap"),  # blank is not a resolution
    ]
    assert not partial.can_finalise
    complete = resolve(
        {"range": "discussed", "grade-gap": "E5 weighs R4 low", "deviation:E5": "kept"}
    )
    assert complete.can_finalise
    assert {f.id: f.resolution for f in complete.flags}["range"] == "discussed"


def test_flag_ids_are_stable_when_a_revision_changes_the_values() -> None:
    sheets = panel(EVAL, SPREAD)
    sheets[4] = make_sheet(EVAL, "E5", "55", revision=2)  # further out than before
    resolutions = {
        "range": "discussed",
        "grade-gap": "ok",
        "deviation:E5": "kept",
        "superseded-sheet:E5": "E5 revised after the hearing",
    }
    result = resolve(resolutions, [*sheets, make_sheet(EVAL, "E5", "60", revision=1)])
    assert result.can_finalise


def test_resolution_for_a_flag_that_went_away_is_reported_but_harmless() -> None:
    result = resolve({"range": "a", "grade-gap": "b", "deviation:E5": "c", "late-sheet:E2": "x"})
    [problem] = result.decision_problems
    assert (problem.code, problem.subject, problem.blocking) == (
        DecisionProblemCode.UNKNOWN_FLAG,
        "late-sheet:E2",
        False,
    )
    assert result.can_finalise


def test_a_veto_is_settled_by_a_verdict_not_by_a_note() -> None:
    sheets = panel(EVAL, ["80", "82", "84"])
    sheets[0] = replace(sheets[0], vetoes=(VetoClaim("V1", "forged"),))
    noted = consolidate(
        EVAL, "A1", experts(3), sheets, ChairDecisions(resolutions={"undecided-veto:V1": "ok"})
    )
    assert [p.code for p in noted.decision_problems] == [DecisionProblemCode.VETO_NEEDS_DECISION]
    assert not noted.can_finalise
    decided = consolidate(
        EVAL,
        "A1",
        experts(3),
        sheets,
        ChairDecisions(veto_decisions={"V1": VetoDecision(VetoVerdict.DISMISSED, "original seen")}),
    )
    assert decided.flags == () and decided.can_finalise


def test_one_outlier_is_flagged_alone_with_the_median_it_is_measured_from() -> None:
    totals = ["100", "99", "98", "100", "97", "0"]
    result = consolidate(EVAL, "A1", experts(6), panel(EVAL, totals))
    deviations = [f for f in result.flags if f.kind is FlagKind.DEVIATION]
    assert [(f.expert_id, dict(f.detail)) for f in deviations] == [
        (
            "E6",
            {
                "total": Decimal(0),
                "median": Decimal("98.5"),
                "deviation": Decimal("98.5"),
                "threshold": Decimal(15),
            },
        )
    ]
    assert result.median_total == Decimal("98.5")
    # One resolution for the one outlier (plus range and grade gap), not six.
    resolved = consolidate(
        EVAL,
        "A1",
        experts(6),
        panel(EVAL, totals),
        ChairDecisions(
            resolutions={"range": "a", "grade-gap": "b", "deviation:E6": "E6 abstained"}
        ),
    )
    assert resolved.can_finalise


def test_insufficient_panel_is_not_final_until_the_chair_records_a_decision() -> None:
    sheets = panel(EVAL, ["80", "82"])
    unexplained = consolidate(EVAL, "A1", experts(3), sheets)
    assert [(b.kind, b.subject) for b in unexplained.blockers] == [
        (BlockerKind.UNRESOLVED_FLAG, "insufficient-sheets"),
        (BlockerKind.UNRESOLVED_FLAG, "missing-sheet:E3"),
    ]
    assert dict(unexplained.flags[0].detail) == {"counted": 2, "min_sheets": 3}
    # Explaining the missing sheet is not enough: the applicant still has no grade.
    explained = consolidate(
        EVAL, "A1", experts(3), sheets, ChairDecisions(resolutions={"missing-sheet:E3": "ill"})
    )
    assert not explained.can_finalise
    decided = consolidate(
        EVAL,
        "A1",
        experts(3),
        sheets,
        ChairDecisions(
            resolutions={
                "missing-sheet:E3": "ill",
                "insufficient-sheets": "published without a grade; re-reviewed next round",
            }
        ),
    )
    assert decided.can_finalise and decided.grade is None


def test_panel_of_two_assigned_experts_is_insufficient_even_with_every_sheet_in() -> None:
    result = consolidate(EVAL, "A1", experts(2), panel(EVAL, ["80", "82"]))
    assert [f.id for f in result.flags] == ["insufficient-sheets"]
    assert not result.can_finalise
