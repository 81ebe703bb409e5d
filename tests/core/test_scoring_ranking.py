"""Ranking, the tie-break cascade with its explanations, and the 优秀 quota (§2.2.6-7)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sheet_factory import experts, make_sheet, panel
from template_factory import make_template

from reviewdesk.core.domain import Grade, RoundKind
from reviewdesk.core.scoring import (
    ChairDecisions,
    ExactMean,
    GradeOverride,
    ManualOrder,
    PanelResult,
    RankingProblem,
    RankingProblemCode,
    ScoringError,
    TieRule,
    UnrankedReason,
    VetoClaim,
    VetoDecision,
    VetoVerdict,
    consolidate,
    rank_panel_results,
)
from reviewdesk.core.templates.model import QuotaMode

# T1 40, T2 30, T3 30; ties broken by the mean of T1, then of T2.
TIE = make_template(criteria=[("T1", "40"), ("T2", "30"), ("T3", "30")], tie_break=("T1", "T2"))
EVAL = make_template()


def scored(template, applicant: str, rows: list[list[str]], **decisions) -> PanelResult:  # type: ignore[no-untyped-def]
    sheets = [
        make_sheet(template, f"E{i + 1}", scores=row, applicant=applicant)
        for i, row in enumerate(rows)
    ]
    return consolidate(template, applicant, experts(len(rows)), sheets, ChairDecisions(**decisions))


def by_totals(template, applicant: str, totals: list[str], **decisions) -> PanelResult:  # type: ignore[no-untyped-def]
    sheets = panel(template, totals, applicant=applicant)
    return consolidate(
        template, applicant, experts(len(totals)), sheets, ChairDecisions(**decisions)
    )


# A: totals 90, 80, 85 → 85.00; T1 mean (36+32+34)/3 = 34; T2 mean (27+24+25)/3 = 25.33…
A = [["36", "27", "27"], ["32", "24", "24"], ["34", "25", "26"]]
# B: totals 90, 80, 85 → 85.00; T1 mean 34 (equal); T2 mean (26+24+25)/3 = 25.00 → below A.
B = [["36", "26", "28"], ["32", "24", "24"], ["34", "25", "26"]]
# C: totals 90, 75, 75 → 80.00; T1 mean 96/3 = 32; T2 mean 72/3 = 24; one 优秀 (90).
C = [["36", "27", "27"], ["30", "22.5", "22.5"], ["30", "22.5", "22.5"]]
# D: totals 80, 80, 80 → 80.00; T1 mean 32, T2 mean 24, both equal to C's; no 优秀.
D = [["32", "24", "24"], ["32", "24", "24"], ["32", "24", "24"]]


def test_three_level_tie_breaks_and_their_explanations() -> None:
    results = [scored(TIE, "D", D), scored(TIE, "B", B), scored(TIE, "C", C), scored(TIE, "A", A)]
    ranking = rank_panel_results(TIE, results)
    assert [(e.position, e.applicant_id, e.tied) for e in ranking.entries] == [
        (1, "A", False),
        (2, "B", False),
        (3, "C", False),
        (4, "D", False),
    ]
    b, c, d = ranking.entries[1:]
    # B against A: equal score, equal T1 mean, lower T2 mean (75/3 against 76/3).
    assert b.versus_above is not None and b.versus_above.other == "A"
    assert b.versus_above.decided_by is TieRule.CRITERION_MEAN
    assert [(s.rule, s.criterion, s.outcome) for s in b.versus_above.steps] == [
        (TieRule.PANEL_SCORE, None, 0),
        (TieRule.CRITERION_MEAN, "T1", 0),
        (TieRule.CRITERION_MEAN, "T2", -1),
    ]
    last = b.versus_above.steps[-1]
    assert (last.this, last.other) == (ExactMean(Decimal(75), 3), ExactMean(Decimal(76), 3))
    # C against B: decided by the panel score at once, 80.00 against 85.00.
    assert c.versus_above is not None
    assert [(s.rule, s.this, s.other) for s in c.versus_above.steps] == [
        (TieRule.PANEL_SCORE, Decimal("80.00"), Decimal("85.00"))
    ]
    # D against C: score, T1 and T2 all equal; one 优秀 for C, none for D.
    assert d.versus_above is not None and d.versus_above.decided_by is TieRule.EXCELLENT_COUNT
    assert [(s.rule, s.this, s.other) for s in d.versus_above.steps][-1] == (
        TieRule.EXCELLENT_COUNT,
        0,
        1,
    )
    # The view from above mirrors it.
    assert c.versus_below is not None and c.versus_below.steps[-1].outcome == 1


def test_unbroken_tie_shares_a_position_until_a_manual_order_with_reason() -> None:
    results = [scored(TIE, "F", D), scored(TIE, "E", D), scored(TIE, "G", C)]
    tied = rank_panel_results(TIE, results)
    # G (80.00, one 优秀) first; E and F identical: both 2nd, never silently ordered.
    assert [(e.position, e.applicant_id, e.tied) for e in tied.entries] == [
        (1, "G", False),
        (2, "E", True),
        (2, "F", True),
    ]
    assert tied.unresolved_ties == (("E", "F"),)
    f = tied.entries[2]
    assert f.versus_above is not None and f.versus_above.decided_by is None

    ordered = rank_panel_results(TIE, results, [ManualOrder(("F", "E"), "F hosted more events")])
    assert [(e.position, e.applicant_id, e.tied) for e in ordered.entries] == [
        (1, "G", False),
        (2, "F", False),
        (3, "E", False),
    ]
    e = ordered.entries[2]
    assert e.versus_above is not None and e.versus_above.decided_by is TieRule.MANUAL_ORDER
    step = e.versus_above.steps[-1]
    assert (step.this, step.other, step.reason) == (2, 1, "F hosted more events")
    assert ordered.unresolved_ties == ()


def test_manual_order_must_cover_the_whole_tie_and_have_a_reason() -> None:
    results = [scored(TIE, x, D) for x in ("E", "F", "H")]
    partial = rank_panel_results(TIE, results, [ManualOrder(("F", "E"), "reason")])
    assert partial.unresolved_ties == (("E", "F", "H"),)
    blank = rank_panel_results(TIE, results, [ManualOrder(("H", "F", "E"), " ")])
    assert blank.unresolved_ties == (("E", "F", "H"),)
    assert blank.problems == (RankingProblem(RankingProblemCode.REASON_REQUIRED, 0),)
    unknown = rank_panel_results(TIE, results, [ManualOrder(("H", "Z", "F", "E"), "r")])
    assert [p.code for p in unknown.problems] == [RankingProblemCode.UNKNOWN_APPLICANT]
    # A manual order never overrules the automatic rules: "G" stays above.
    ordered = rank_panel_results(
        TIE, [*results, scored(TIE, "G", C)], [ManualOrder(("H", "F", "E", "G"), "r")]
    )
    assert [e.applicant_id for e in ordered.entries] == ["G", "H", "F", "E"]


def test_insufficient_and_vetoed_results_are_listed_after_the_ranked_ones() -> None:
    low = by_totals(EVAL, "LOW", ["61", "62", "63"])
    short = by_totals(EVAL, "SHORT", ["95", "96"])
    sheets = panel(EVAL, ["98", "97", "99"], applicant="VETO")
    sheets[0] = replace(sheets[0], vetoes=(VetoClaim("V1", "forged"),))
    vetoed = consolidate(
        EVAL,
        "VETO",
        experts(3),
        sheets,
        ChairDecisions(veto_decisions={"V1": VetoDecision(VetoVerdict.CONFIRMED, "forged")}),
    )
    ranking = rank_panel_results(EVAL, [short, vetoed, low])
    assert [e.applicant_id for e in ranking.entries] == ["LOW"]
    assert [(u.result.applicant_id, u.reason) for u in ranking.unranked] == [
        ("VETO", UnrankedReason.VETOED),
        ("SHORT", UnrankedReason.INSUFFICIENT),
    ]


def test_results_of_another_template_or_twice_the_same_applicant_are_refused() -> None:
    other = by_totals(make_template(RoundKind.RECOGNITION), "X", ["80", "80", "80"])
    with pytest.raises(ScoringError, match="result-of-another-template"):
        rank_panel_results(EVAL, [other])
    twice = by_totals(EVAL, "X", ["80", "80", "80"])
    with pytest.raises(ScoringError, match="applicant-ranked-twice"):
        rank_panel_results(EVAL, [twice, twice])


# --- quota --------------------------------------------------------------------------------

# Five graded applicants: 95, 93, 91 (优秀), 80, 70.
FIVE = {"P": "95", "Q": "93", "R": "91", "S": "80", "T": "70"}


def five(template, **decisions_for) -> list[PanelResult]:  # type: ignore[no-untyped-def]
    return [
        by_totals(template, name, [total] * 3, **decisions_for.get(name, {}))
        for name, total in FIVE.items()
    ]


def test_quota_enforce_demotes_those_beyond_in_ranking_order() -> None:
    template = make_template(quota=("30", QuotaMode.ENFORCE))
    ranking = rank_panel_results(template, five(template))
    # floor(30 % × 5) = floor(1.5) = 1 may be 优秀: P keeps it, Q and R become 良好.
    assert (ranking.quota.graded, ranking.quota.allowed) == (5, 1)
    assert ranking.quota.excellent == ("P", "Q", "R")
    assert ranking.quota.demoted == ("Q", "R")
    assert [(e.applicant_id, e.grade) for e in ranking.entries] == [
        ("P", Grade.EXCELLENT),
        ("Q", Grade.GOOD),
        ("R", Grade.GOOD),
        ("S", Grade.GOOD),
        ("T", Grade.QUALIFIED),
    ]
    q = ranking.entries[1]
    assert q.quota_adjustment is not None
    assert (q.quota_adjustment.allowed, q.quota_adjustment.excellent_position) == (1, 2)
    assert q.quota_adjustment.reason == "excellent-quota"
    assert q.result.grade is Grade.EXCELLENT  # the panel's decision itself is kept
    # One published grade per applicant, whoever asks: the demoted Q is 良好.
    results = {r.applicant_id: r for r in five(template)}
    assert {a: ranking.published_grade(r) for a, r in results.items()} == {
        e.applicant_id: e.grade for e in ranking.entries
    }
    assert ranking.published_grade(results["Q"]) is Grade.GOOD


def test_published_grade_of_an_unranked_result_is_its_decided_grade() -> None:
    short = by_totals(EVAL, "SHORT", ["95", "96"])
    ranking = rank_panel_results(EVAL, [short, by_totals(EVAL, "LOW", ["61", "62", "63"])])
    assert ranking.published_grade(short) is None


def test_quota_warn_lists_those_beyond_and_changes_nothing() -> None:
    template = make_template(quota=("40", QuotaMode.WARN))
    ranking = rank_panel_results(template, five(template))
    # floor(40 % × 5) = 2: R is beyond.
    assert (ranking.quota.allowed, ranking.quota.beyond, ranking.quota.demoted) == (2, ("R",), ())
    assert [e.grade for e in ranking.entries][:3] == [Grade.EXCELLENT] * 3
    assert [e.beyond_quota for e in ranking.entries] == [False, False, True, False, False]


def test_quota_is_off_by_default() -> None:
    ranking = rank_panel_results(EVAL, five(EVAL))
    assert (ranking.quota.enabled, ranking.quota.allowed, ranking.quota.beyond) == (False, None, ())


def test_an_override_to_excellent_takes_a_quota_place() -> None:
    template = make_template(quota=("40", QuotaMode.ENFORCE))
    raised = {"S": {"grade_override": GradeOverride(Grade.EXCELLENT, "unique national lab")}}
    ranking = rank_panel_results(template, five(template, **raised))
    # Four decided 优秀 (P, Q, R and S by override), 2 allowed: R and S become 良好.
    assert ranking.quota.demoted == ("R", "S")


def test_quota_limit_inside_an_unresolved_tie_demotes_nobody_in_it() -> None:
    template = make_template(quota=("20", QuotaMode.ENFORCE))
    results = [by_totals(template, n, ["95"] * 3) for n in ("P", "Q")]
    results += [by_totals(template, n, ["70"] * 3) for n in ("S", "T", "U")]
    ranking = rank_panel_results(template, results)
    # floor(20 % × 5) = 1, but P and Q are tied: who keeps 优秀 waits for a manual order.
    assert ranking.quota.undetermined == ("P", "Q") and ranking.quota.beyond == ()
    settled = rank_panel_results(template, results, [ManualOrder(("Q", "P"), "Q older base")])
    assert settled.quota.demoted == ("P",)
