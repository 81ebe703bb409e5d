"""What the expert-sheet PDF is made from, and when a sheet prints as a draft."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reviewdesk.core.domain import Category, Conflict, RoundKind
from reviewdesk.core.scoring import ProblemCode, ScoreSheet, validate_sheet
from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class ExpertInfo:
    name: str
    organisation: str
    pledge_signed_at: datetime | None  # 保密承诺, signed once per package; None: not signed


@dataclass(frozen=True)
class RoundInfo:
    name: str
    kind: RoundKind
    panel: str


@dataclass(frozen=True)
class ApplicantInfo:
    ref: str
    name: str
    category: Category


@dataclass(frozen=True)
class SheetForReport:
    """One applicant's sheet as the expert last saved it.

    The conflict declaration's kind is ``sheet.conflict``; ``conflict_note`` is its text.
    ``submitted_revision`` is the revision last submitted in a score file (``None``: never);
    it must equal ``sheet.revision`` for the page to be final rather than a draft.
    """

    applicant: ApplicantInfo
    template_ref: str  # looked up with ``template_for`` (a template id or hash, as you key it)
    sheet: ScoreSheet
    conflict_note: str = ""
    submitted_revision: int | None = None


TemplateSource = Callable[[str], Template] | Mapping[str, Template]


class DraftReason(StrEnum):
    MISSING_SCORES = "missing-scores"
    MISSING_COMMENTS = "missing-comments"
    OPINION_MISSING = "opinion-missing"
    OTHER_PROBLEMS = "other-problems"
    NOT_SUBMITTED = "not-submitted"
    CHANGED_AFTER_SUBMIT = "changed-after-submit"
    NO_PLEDGE = "no-pledge"


def draft_reasons(
    template: Template, item: SheetForReport, expert: ExpertInfo, score_file_fingerprint: str | None
) -> dict[DraftReason, int]:
    """Why ``item`` would print as a draft (reason → count); empty when it is final."""
    reasons: dict[DraftReason, int] = {}
    if item.sheet.conflict is not Conflict.DISQUALIFYING:  # a recused applicant has no scores
        for problem in validate_sheet(template, item.sheet):
            reason = _PROBLEM_REASONS.get(problem.code, DraftReason.OTHER_PROBLEMS)
            reasons[reason] = reasons.get(reason, 0) + 1
    if item.submitted_revision is None or score_file_fingerprint is None:
        reasons[DraftReason.NOT_SUBMITTED] = 1
    elif item.submitted_revision != item.sheet.revision:
        reasons[DraftReason.CHANGED_AFTER_SUBMIT] = item.submitted_revision
    if expert.pledge_signed_at is None:
        reasons[DraftReason.NO_PLEDGE] = 1
    return reasons


_PROBLEM_REASONS = {
    ProblemCode.MISSING_SCORE: DraftReason.MISSING_SCORES,
    ProblemCode.COMMENT_REQUIRED: DraftReason.MISSING_COMMENTS,
    ProblemCode.OVERALL_OPINION_MISSING: DraftReason.OPINION_MISSING,
}


def fingerprint_groups(fingerprint: str) -> str:
    """``fingerprint`` split for reading aloud: groups of 5 digits, or 4 for hex; text that
    already has groups (white space) keeps them."""
    text = fingerprint.strip()
    if any(char.isspace() for char in text):
        return " ".join(text.split())
    size = 5 if text.isdigit() else 4
    return " ".join(text[i : i + size] for i in range(0, len(text), size))
