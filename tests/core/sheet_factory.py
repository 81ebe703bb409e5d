"""Score sheets for the scoring tests: signed, commented, complete unless told otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reviewdesk.core.scoring import ScoreSheet
from reviewdesk.core.templates.model import Template


def scores_for_total(template: Template, total: str | Decimal) -> dict[str, Decimal | None]:
    """Fill the criteria in form order up to their maximum until ``total`` is reached
    (weights of 1 assumed)."""
    remaining = Decimal(total)
    scores: dict[str, Decimal | None] = {}
    for criterion in template.criteria:
        given = min(criterion.max_points, remaining)
        scores[criterion.key] = given
        remaining -= given
    assert remaining == 0, f"total {total} exceeds the form"
    return scores


def make_sheet(
    template: Template,
    expert: str,
    total: str | None = None,
    *,
    scores: Sequence[str] | None = None,
    applicant: str = "A1",
    **fields: Any,
) -> ScoreSheet:
    """A sheet reaching ``total``, or with ``scores`` given in form order."""
    if scores is not None:
        values: dict[str, Decimal | None] = {
            c.key: Decimal(s) for c, s in zip(template.criteria, scores, strict=True)
        }
    else:
        assert total is not None
        values = scores_for_total(template, total)
    defaults: dict[str, Any] = {
        "scores": values,
        "comments": {c.key: "explained" for c in template.criteria},
        "overall_opinion": "overall opinion",
        "signed": True,
    }
    defaults.update(fields)
    return ScoreSheet(expert_id=expert, applicant_id=applicant, **defaults)


def panel(
    template: Template, totals: Sequence[str], *, applicant: str = "A1", first: int = 1
) -> list[ScoreSheet]:
    """One sheet per total, experts E1, E2, … in order."""
    return [
        make_sheet(template, f"E{first + i}", total, applicant=applicant)
        for i, total in enumerate(totals)
    ]


def experts(count: int, first: int = 1) -> list[str]:
    return [f"E{first + i}" for i in range(count)]
