"""Properties of the grading engine that must hold for any panel (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sheet_factory import experts, make_sheet
from template_factory import make_template

from reviewdesk.core.domain import Conflict, Grade, Recommendation, RoundKind
from reviewdesk.core.scoring import (
    ChairDecisions,
    FlagKind,
    GradeOverride,
    ManualOrder,
    PanelStatus,
    ScoreSheet,
    VetoClaim,
    VetoDecision,
    VetoVerdict,
    consolidate,
    grade_for,
    rank_panel_results,
)
from reviewdesk.core.templates.model import QuotaMode, Template

EVAL = make_template()
RECOG = make_template(RoundKind.RECOGNITION)
PROFILE = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])


def criterion_scores(template: Template) -> st.SearchStrategy[dict[str, Decimal | None]]:
    """Any valid score per criterion: a multiple of 0.5 from 0 to the maximum."""
    return st.fixed_dictionaries(
        {
            c.key: st.integers(0, int(c.max_points * 2)).map(lambda n: Decimal(n) / 2)
            for c in template.criteria
        }
    )


@st.composite
def panels(draw: st.DrawFn, template: Template = EVAL) -> list[ScoreSheet]:
    """3-8 experts, some with two revisions, some unsigned or with a conflict declared."""
    sheets: list[ScoreSheet] = []
    for expert in experts(draw(st.integers(3, 8))):
        for revision in range(1, draw(st.integers(1, 2)) + 1):
            base = make_sheet(template, expert, "0", revision=revision)
            sheets.append(
                replace(
                    base,
                    scores=draw(criterion_scores(template)),
                    signed=draw(st.sampled_from([True, True, True, False])),  # mostly signed
                    conflict=draw(st.sampled_from(list(Conflict))),
                    late=draw(st.booleans()),
                )
            )
    return sheets


def assigned(sheets: list[ScoreSheet]) -> list[str]:
    return sorted({s.expert_id for s in sheets})


@PROFILE
@given(data=st.data(), sheets=panels())
def test_order_of_experts_and_sheets_never_matters(
    data: st.DataObject, sheets: list[ScoreSheet]
) -> None:
    shuffled = data.draw(st.permutations(sheets))
    experts_shuffled = data.draw(st.permutations(assigned(sheets)))
    assert consolidate(EVAL, "A1", assigned(sheets), sheets) == consolidate(
        EVAL, "A1", experts_shuffled, shuffled
    )


@PROFILE
@given(sheets=panels())
def test_panel_score_lies_between_the_lowest_and_highest_counted_total(
    sheets: list[ScoreSheet],
) -> None:
    result = consolidate(EVAL, "A1", assigned(sheets), sheets)
    if result.status is PanelStatus.GRADED:
        totals = [c.total for c in result.counted]
        assert result.panel_score is not None
        assert min(totals) <= result.panel_score <= max(totals)
    else:
        assert result.panel_score is None and len(result.counted) < 3


@st.composite
def banded_templates(draw: st.DrawFn) -> Template:
    """Three distinct edges between 0.01 and 100 (two decimals), best band first."""
    cents = draw(st.lists(st.integers(1, 10000), min_size=3, max_size=3, unique=True))
    edges = sorted((Decimal(c) / 100 for c in cents), reverse=True)
    bands = [(Grade.EXCELLENT, edges[0]), (Grade.GOOD, edges[1]), (Grade.QUALIFIED, edges[2])]
    return make_template(bands=[*((g, str(e)) for g, e in bands), (Grade.UNQUALIFIED, "0")])


scores_2dp = st.integers(0, 10000).map(lambda c: Decimal(c) / 100)


@PROFILE
@given(template=banded_templates(), low=scores_2dp, high=scores_2dp)
def test_grade_never_gets_worse_as_the_score_rises(
    template: Template, low: Decimal, high: Decimal
) -> None:
    low, high = min(low, high), max(low, high)
    assert grade_for(template, high).rank <= grade_for(template, low).rank


@PROFILE
@given(template=banded_templates())
def test_a_score_on_a_band_edge_gets_that_band_and_just_below_gets_the_next(
    template: Template,
) -> None:
    bands = template.grade_bands
    for better, worse in pairwise(bands):
        assert grade_for(template, better.min_score) is better.grade
        assert grade_for(template, better.min_score - Decimal("0.01")) is worse.grade


@PROFILE
@given(data=st.data(), template=st.sampled_from([EVAL, RECOG]))
def test_a_confirmed_veto_always_yields_unqualified(
    data: st.DataObject, template: Template
) -> None:
    sheets = data.draw(panels(template))
    voice = data.draw(st.sampled_from(sheets))
    item = data.draw(st.sampled_from([v.key for v in template.veto_items]))
    sheets = [
        replace(s, vetoes=(VetoClaim(item, "evidence"),), signed=True, conflict=Conflict.NONE)
        if s.expert_id == voice.expert_id
        else s
        for s in sheets
    ]
    override = data.draw(st.none() | st.sampled_from(list(Grade)))
    decisions = ChairDecisions(
        veto_decisions={item: VetoDecision(VetoVerdict.CONFIRMED, "confirmed at the hearing")},
        grade_override=None if override is None else GradeOverride(override, "insists"),
    )
    result = consolidate(template, "A1", assigned(sheets), sheets, decisions)
    assert result.veto_confirmed
    assert result.grade is Grade.UNQUALIFIED
    if template.kind is RoundKind.RECOGNITION:
        assert result.recommendation is Recommendation.DO_NOT_RECOGNISE


TWO = make_template(criteria=[("A", "50"), ("B", "50")])


@PROFILE
@given(
    percent=st.integers(0, 100),
    totals=st.lists(st.integers(100, 200).map(lambda n: Decimal(n) / 2), min_size=1, max_size=12),
    manual=st.booleans(),
)
def test_enforced_quota_never_leaves_more_excellent_than_allowed(
    percent: int, totals: list[Decimal], manual: bool
) -> None:
    template = replace(
        TWO,
        quota=replace(
            TWO.quota, enabled=True, max_percent=Decimal(percent), mode=QuotaMode.ENFORCE
        ),
    )
    names = [f"P{i:02d}" for i in range(len(totals))]
    results = [
        consolidate(
            template,
            name,
            experts(3),
            [make_sheet(template, e, str(total), applicant=name) for e in experts(3)],
        )
        for name, total in zip(names, totals, strict=True)
    ]
    orders = [ManualOrder(tuple(names), "drawn by lot in public")] if manual else []
    ranking = rank_panel_results(template, results, orders)
    allowed = percent * len(totals) // 100
    assert ranking.quota.allowed == allowed
    excellent = [e for e in ranking.entries if e.grade is Grade.EXCELLENT]
    if manual:
        assert len(excellent) <= allowed
    else:  # an unresolved tie at the limit keeps its members until a manual order
        assert len(excellent) <= allowed + len(ranking.quota.undetermined)


@st.composite
def majority_and_outliers(draw: st.DrawFn) -> tuple[list[Decimal], int]:
    """3-9 totals: a strict majority within the deviation threshold of each other (any
    window of width ≤ 15), the rest anywhere from 0 to 100. Returns totals, majority size."""
    size = draw(st.integers(3, 9))
    majority = draw(st.integers(size // 2 + 1, size))
    threshold = EVAL.flags.max_deviation
    low = Decimal(draw(st.integers(0, int((100 - threshold) * 2)))) / 2
    halves = st.integers(0, int(threshold * 2)).map(lambda n: Decimal(n) / 2)
    agreeing = [low + draw(halves) for _ in range(majority)]
    anywhere = st.integers(0, 200).map(lambda n: Decimal(n) / 2)
    others = [draw(anywhere) for _ in range(size - majority)]
    return agreeing + others, majority


@PROFILE
@given(majority_and_outliers())
def test_outliers_never_flag_a_majority_that_agrees_within_the_threshold(
    drawn: tuple[list[Decimal], int],
) -> None:
    totals, majority = drawn
    names = experts(len(totals))
    sheets = [make_sheet(EVAL, name, total) for name, total in zip(names, totals, strict=True)]
    result = consolidate(EVAL, "A1", names, sheets)
    flagged = {f.expert_id for f in result.flags if f.kind is FlagKind.DEVIATION}
    assert not flagged & set(names[:majority])
    # And the centre they are measured from is the exact median of the totals.
    ordered = sorted(totals)
    middle = len(ordered) // 2
    expected = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    assert result.median_total == expected


@PROFILE
@given(
    st.lists(
        st.lists(st.sampled_from(["19.5", "20", "20.5"]), min_size=3, max_size=6),
        min_size=2,
        max_size=9,
    )
)
def test_ranking_order_agrees_with_the_cascade_it_explains(e1_scores: list[list[str]]) -> None:
    """Few distinct values, so panel scores and criterion means tie often (over 3-6 sheets,
    so means of different counts meet): each entry is
    better than or equal to the one below under the cascade it prints, and exactly the
    entries it cannot separate share a position."""
    rest = ["12", "16", "12", "8", "8", "4"]  # E2..E7, the same for everyone
    results = []
    for i, row in enumerate(e1_scores):
        applicant = f"A{i}"
        sheets = [
            make_sheet(EVAL, name, scores=[e1, *rest], applicant=applicant)
            for name, e1 in zip(experts(len(row)), row, strict=True)
        ]
        results.append(consolidate(EVAL, applicant, experts(len(row)), sheets))
    ranking = rank_panel_results(EVAL, results)
    for upper, lower in pairwise(ranking.entries):
        assert upper.versus_below is not None and lower.versus_above is not None
        outcome = upper.versus_below.steps[-1].outcome
        assert outcome >= 0
        assert (outcome == 0) == (upper.position == lower.position)
        assert lower.versus_above.steps[-1].outcome == -outcome
