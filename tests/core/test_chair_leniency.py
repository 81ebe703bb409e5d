"""Per-expert leniency against the panel, checked against numbers worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from sheet_factory import experts, panel
from template_factory import make_template

from reviewdesk.core.chair.leniency import expert_leniency
from reviewdesk.core.domain import RoundKind
from reviewdesk.core.scoring import consolidate

EVAL = make_template(RoundKind.EVALUATION)


def results():  # type: ignore[no-untyped-def]
    # A1: trimmed mean drops 95 (E1) and 60 (E5): (88 + 86.5 + 84) / 3 = 86.1666… → 86.17.
    #     Offsets E1 +8.83, E2 +1.83, E3 +0.33, E4 −2.17, E5 −26.17; E5 is the outlier.
    a1 = consolidate(EVAL, "A1", experts(5), panel(EVAL, ["95", "88", "86.5", "84", "60"]))
    # A2: drops 90 (E1) and 70 (E5): 80.00. Offsets E1 +10, E2..E4 0, E5 −10; no outlier.
    sheets = panel(EVAL, ["90", "80", "80", "80", "70"], applicant="A2")
    a2 = consolidate(EVAL, "A2", experts(5), sheets)
    # A3: two sheets only (insufficient, no panel score): no offsets, but 50 and 100 are
    #     both 25 from the middle of the panel, so both are flagged as outliers.
    a3 = consolidate(EVAL, "A3", experts(2), panel(EVAL, ["50", "100"], applicant="A3"))
    return a1, a2, a3


def test_mean_offset_is_exact_and_rounded_half_up_once() -> None:
    by_expert = {row.expert_id: row for row in expert_leniency(results(), experts(6))}
    e1, e5 = by_expert["E1"], by_expert["E5"]
    # E1: (8.83 + 10) / 2 = 9.415 → 9.42 (half-up); E5: (−26.17 − 10) / 2 = −18.085 → −18.09.
    assert (e1.counted, e1.offset_sum, e1.rounded_offset(2)) == (
        2,
        Decimal("18.83"),
        Decimal("9.42"),
    )
    assert (e5.counted, e5.offset_sum, e5.rounded_offset(2)) == (
        2,
        Decimal("-36.17"),
        Decimal("-18.09"),
    )
    # E3: (0.33 + 0) / 2 = 0.165 → 0.17.
    assert by_expert["E3"].rounded_offset(2) == Decimal("0.17")


def test_outliers_and_trimmed_are_counted_per_expert() -> None:
    by_expert = {row.expert_id: row for row in expert_leniency(results(), experts(6))}
    assert {e: r.outliers for e, r in by_expert.items()} == {
        "E1": 1, "E2": 1, "E3": 0, "E4": 0, "E5": 1, "E6": 0,
    }  # fmt: skip
    assert {e: r.trimmed for e, r in by_expert.items()} == {
        "E1": 2, "E2": 0, "E3": 0, "E4": 0, "E5": 2, "E6": 0,
    }  # fmt: skip


def test_an_expert_without_a_counted_sheet_has_no_offset() -> None:
    rows = expert_leniency(results(), experts(6))
    assert [row.expert_id for row in rows] == experts(6)
    e6 = rows[-1]
    assert (e6.counted, e6.mean_offset, e6.rounded_offset(2)) == (0, None, None)


def test_order_of_results_does_not_matter() -> None:
    forward = expert_leniency(results())
    backward = expert_leniency(tuple(reversed(results())))
    assert forward == backward
