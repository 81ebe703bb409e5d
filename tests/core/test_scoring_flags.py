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
        # Range 96.5 − 76 = 20.5 > 20. Mean 252.5 / 3 = 84.17: deviations 12.33 and 8.17;
        # grades 良好, 良好, 优秀 are one band apart.
        (["76", "80", "96.5"], ["range"]),
        # Range exactly 20 is not "more than 20".
        (["76", "80", "96"], []),
        # Mean (4 × 80 + 99.5) / 5 = 83.90; 99.5 is 15.60 away (> 15); range 19.5.
        (["80", "80", "80", "80", "99.5"], ["deviation:E5"]),
        # Mean (3 × 80 + 100) / 4 = 85.00; 100 is exactly 15 away: no flag; range 20.
        (["80", "80", "80", "100"], []),
        # Grades 合格 (74.5), 良好 (75), 优秀 (90): two bands apart. Range 15.5, mean
        # 239.5 / 3 = 79.83, largest deviation 10.17.
        (["74.5", "75", "90"], ["grade-gap"]),
        # 良好 and 优秀 only: one band.
        (["75", "80", "90"], []),
        # All three at once: range 35, 60 is 22.70 from the mean 82.70, 优秀 vs 合格.
        (["95", "88", "86.5", "84", "60"], ["range", "deviation:E5", "grade-gap"]),
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
    # Measured from the plain mean of all counted totals (82.70), not the trimmed 86.17.
    assert details["deviation:E5"] == {
        "total": Decimal(60),
        "mean": Decimal("82.70"),
        "deviation": Decimal("22.70"),
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


def test_insufficient_panel_can_be_finalised_once_its_missing_sheets_are_explained() -> None:
    sheets = panel(EVAL, ["80", "82"])
    unexplained = consolidate(EVAL, "A1", experts(3), sheets)
    assert not unexplained.can_finalise
    explained = consolidate(
        EVAL, "A1", experts(3), sheets, ChairDecisions(resolutions={"missing-sheet:E3": "ill"})
    )
    assert explained.can_finalise and explained.grade is None
