"""Score → grade and recognition recommendation, from the template's bands (DESIGN §2.2.4)."""

from __future__ import annotations

from decimal import Decimal

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.errors import ScoringError
from reviewdesk.core.templates.model import Template


def grade_for(template: Template, score: Decimal) -> Grade:
    """The grade of the best band whose ``min_score`` the score reaches.

    A score exactly on an edge gets the higher grade (``score >= min_score``). The score is
    used as given: the panel score is rounded before it gets here, an expert's total is not.
    """
    if not template.grade_bands:
        raise ScoringError("template-without-grade-bands", template=template.template_id)
    for band in template.grade_bands:
        if score >= band.min_score:
            return band.grade
    # Below the last band's edge (which should be 0): the worst band, never no grade.
    return template.grade_bands[-1].grade


def recommendation_for(
    template: Template, score: Decimal | None, confirmed_veto: bool
) -> Recommendation | None:
    """建议认定 when ``score >= recognition_threshold`` and no veto is confirmed.

    ``None`` for templates without a recognition threshold (evaluation rounds). With a
    confirmed veto the answer is 不建议认定 even without a score; without a score and
    without a veto there is no recommendation.
    """
    threshold = template.recognition_threshold
    if threshold is None:
        return None
    if confirmed_veto:
        return Recommendation.DO_NOT_RECOGNISE
    if score is None:
        return None
    return Recommendation.RECOGNISE if score >= threshold else Recommendation.DO_NOT_RECOGNISE


def sheet_grade(template: Template, total: Decimal | None, veto_claimed: bool) -> Grade | None:
    """What one expert's sheet says: 不合格 when the expert claims a veto item (the chair
    still decides whether it stands), else the band of the total; ``None`` while the total
    is not known and no veto is claimed."""
    if veto_claimed:
        return Grade.UNQUALIFIED
    return None if total is None else grade_for(template, total)
