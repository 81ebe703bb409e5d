"""The chair's calculator: sheets from a file → panel results per applicant → ranking.

Qt-free and wording-free: the CLI prints a table, the chair desk will show the same
:class:`RoundConsolidation`. ``read_sheets`` / ``read_decisions`` read the documented
layouts (docs/CONSOLIDATE.md); :func:`consolidate_sheet_set` first checks the file against
the chosen template (every column or key must belong to it, so a typo in a criterion key is
an error rather than a silently missing score), then runs the grading engine.

Scoring mistakes on a sheet (out of range, off step, missing comment) are not errors: the
engine excludes that sheet and says why in :attr:`PanelResult.excluded`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NoReturn

from reviewdesk.core.domain import Grade
from reviewdesk.core.errors import InputError
from reviewdesk.core.scoring import (
    NO_DECISIONS,
    PanelResult,
    QuotaAdjustment,
    Ranking,
    ScoreSheet,
    consolidate,
    rank_panel_results,
)
from reviewdesk.core.sheets.csv_layout import FIXED_COLUMNS
from reviewdesk.core.sheets.reading import read_decisions, read_sheets
from reviewdesk.core.sheets.sheet_set import (
    ApplicantEntry,
    KeyKind,
    RoundDecisions,
    SheetSet,
    SheetsFormat,
    layout_error,
)
from reviewdesk.core.templates.model import Template

__all__ = [
    "ApplicantConsolidation",
    "RoundBlocker",
    "RoundBlockerKind",
    "RoundConsolidation",
    "consolidate_sheet_set",
    "read_decisions",
    "read_sheets",
]

_HASH_PREFIX = re.compile(r"[0-9a-f]{8,64}")


class RoundBlockerKind(StrEnum):
    UNRESOLVED_FLAG = "unresolved-flag"  # subject: flag id
    UNDECIDED_VETO = "undecided-veto"  # subject: veto item key
    REFUSED_DECISION = "refused-decision"  # subject: veto item, flag id or override
    REFUSED_MANUAL_ORDER = "refused-manual-order"  # subject: "manual_orders[i]"
    UNRESOLVED_TIE = "unresolved-tie"  # subject: the tied applicants, comma-separated
    NO_APPLICANTS = "no-applicants"  # subject: the sheets file; nothing to finalise


@dataclass(frozen=True)
class RoundBlocker:
    """One reason the round's results are not final yet."""

    kind: RoundBlockerKind
    subject: str
    applicant_id: str | None = None  # None for ranking-wide blockers


@dataclass(frozen=True)
class ApplicantConsolidation:
    """One applicant's panel result and what is published for it after the ranking.

    ``published_grade`` is the one grade shown everywhere (table, details, JSON applicant
    record and ranking): the decided grade (``result.grade``), or 良好 when an enforced 优秀
    quota demoted it (``quota_adjustment`` says why).
    """

    entry: ApplicantEntry
    result: PanelResult
    published_grade: Grade | None = None
    quota_adjustment: QuotaAdjustment | None = None

    @property
    def applicant_id(self) -> str:
        return self.entry.applicant_id


@dataclass(frozen=True)
class RoundConsolidation:
    """Every applicant's panel result and the round's ranking, with where each sheet was."""

    template: Template
    sheet_set: SheetSet
    decisions: RoundDecisions
    applicants: tuple[ApplicantConsolidation, ...]  # in file order
    ranking: Ranking

    def where(self, sheet: ScoreSheet) -> str:
        """ "row 7" or "sheets[3]": where the chair finds this sheet in the file."""
        return self.sheet_set.where(sheet)

    @property
    def blockers(self) -> tuple[RoundBlocker, ...]:
        found = [
            RoundBlocker(RoundBlockerKind(blocker.kind.value), blocker.subject, item.applicant_id)
            for item in self.applicants
            for blocker in item.result.blockers
        ]
        found += [
            RoundBlocker(RoundBlockerKind.REFUSED_MANUAL_ORDER, f"manual_orders[{p.order_index}]")
            for p in self.ranking.problems
        ]
        found += [
            RoundBlocker(RoundBlockerKind.UNRESOLVED_TIE, ",".join(tie))
            for tie in self.ranking.unresolved_ties
        ]
        if not self.applicants:
            found.append(RoundBlocker(RoundBlockerKind.NO_APPLICANTS, str(self.sheet_set.source)))
        return tuple(found)

    @property
    def final(self) -> bool:
        """Every flag resolved (an insufficient applicant's included), every veto decided,
        every decision applied, no open tie, and at least one applicant."""
        return not self.blockers


def consolidate_sheet_set(
    template: Template, sheet_set: SheetSet, decisions: RoundDecisions | None = None
) -> RoundConsolidation:
    """Consolidate every applicant of ``sheet_set`` with ``template`` and rank them.

    ``decisions`` replaces the decisions embedded in a JSON sheets file when given.
    Raises ``InputError`` (``sheets-invalid`` / ``decisions-invalid``) when the file does
    not fit the template: an unknown column or key, a missing criterion column, a ``template``
    that names another form, a decision for an applicant who is not in the file.
    """
    chosen = sheet_set.decisions if decisions is None else decisions
    _check_against_template(template, sheet_set)
    _check_decisions(sheet_set, chosen)
    results = [
        consolidate(
            template,
            entry.applicant_id,
            entry.assigned,
            sheet_set.sheets_of(entry.applicant_id),
            chosen.per_applicant.get(entry.applicant_id, NO_DECISIONS),
        )
        for entry in sheet_set.applicants
    ]
    ranking = rank_panel_results(template, results, chosen.manual_orders)
    adjustments = {e.applicant_id: e.quota_adjustment for e in ranking.entries}
    applicants = tuple(
        ApplicantConsolidation(
            entry,
            result,
            ranking.published_grade(result),
            adjustments.get(entry.applicant_id),
        )
        for entry, result in zip(sheet_set.applicants, results, strict=True)
    )
    return RoundConsolidation(template, sheet_set, chosen, applicants, ranking)


def _check_against_template(template: Template, sheet_set: SheetSet) -> None:
    path, tid = sheet_set.source, template.template_id
    ref = sheet_set.template_ref
    if ref is not None and not _names_template(ref, template):
        layout_error(
            path,
            "template",
            f"the sheets were written for the form “{ref}”, not for {tid} ({template.sha256[:12]})",
        )
    criteria = [c.key for c in template.criteria]
    items = [v.key for v in template.veto_items]
    csv = sheet_set.format is SheetsFormat.CSV
    for use in sheet_set.keys:
        known = items if use.kind is KeyKind.VETO else criteria
        if use.key in known:
            continue
        what = "veto item" if use.kind is KeyKind.VETO else "criterion"
        reason = f"“{use.key}” is not a {what} of {tid} ({', '.join(known)})"
        if csv and use.kind is KeyKind.SCORE:
            reason = (
                f"unknown column “{use.key}”: neither a criterion of {tid} "
                f"({', '.join(criteria)}) nor one of {', '.join(FIXED_COLUMNS)}, comment:KEY, "
                "veto:KEY"
            )
        layout_error(path, use.where, reason)
    if sheet_set.header_criteria is not None:
        for key in criteria:
            if key not in sheet_set.header_criteria:
                layout_error(path, "row 1", f"there is no column for criterion {key} of {tid}")


def _names_template(ref: str, template: Template) -> bool:
    wanted = ref.strip().lower()
    if wanted == template.template_id:
        return True
    return _HASH_PREFIX.fullmatch(wanted) is not None and template.sha256.startswith(wanted)


def _check_decisions(sheet_set: SheetSet, decisions: RoundDecisions) -> None:
    known = {entry.applicant_id for entry in sheet_set.applicants}
    for applicant, where in decisions.where.items():
        if applicant not in known:
            _decisions_error(
                sheet_set, decisions, where, f"there is no applicant {applicant} in the sheets"
            )


def _decisions_error(
    sheet_set: SheetSet, decisions: RoundDecisions, where: str, reason: str
) -> NoReturn:
    # Decisions embedded in the sheets file are part of its layout; a separate file is not.
    code = "sheets-invalid" if decisions is sheet_set.decisions else "decisions-invalid"
    path: Path | None = decisions.source or sheet_set.source
    raise InputError(code, path, where=where, reason=reason)
