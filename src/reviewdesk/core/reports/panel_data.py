"""What the chair's printable outputs are made from: the PDF panel report and the XLSX workbook.

Everything here is a frozen dataclass holding the grading engine's own objects, so the
report prints exactly what the chair desk showed and never recomputes a rule.

How to fill it (the chair core, at finalising)
----------------------------------------------
1. Consolidate every applicant with :func:`reviewdesk.core.scoring.consolidate` (the chair's
   decisions included) and rank them with :func:`reviewdesk.core.scoring.rank_panel_results`.
2. For each applicant make an :class:`ApplicantReport` with its ``ApplicantInfo``, its
   ``PanelResult`` (the very object given to the ranking), the panel opinion (专家组意见) and
   one :class:`PanelSheet` per :class:`ScoreSheet` the chair holds for it: every revision
   that was given to ``consolidate``, counted or not. Paper sheets are marked with
   ``entered_by_chair=True`` and the chair's note.
3. List every expert of the panel once as a :class:`PanelExpert` (the report prints names,
   never expert ids), ``present=True`` for those who sign the report at the meeting.
4. Put it together in :class:`PanelReportData` with the ``Ranking``, the round and panel,
   the template, the chair's name, the bundle's fingerprint (the digit groups as text, e.g.
   ``" ".join(groups)``), the finalising time (also the PDF's creation date, so the same
   finalised result prints the same bytes) and the version number (1, then 2 after a
   reopening, …).

The constructor checks that the parts belong together (one applicant per result, sheets of
that applicant, every ranked result present) and raises :class:`ReportError`
``report-data-inconsistent`` otherwise: a report must never mix two panels' numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.reports.errors import ReportError
from reviewdesk.core.reports.sheet_input import ApplicantInfo
from reviewdesk.core.scoring import (
    CountedSheet,
    ExcludedSheet,
    PanelResult,
    RankedEntry,
    Ranking,
    ScoreSheet,
    UnrankedEntry,
)
from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class PanelExpert:
    """An expert of the panel; ``present``: at the meeting, gets a signature line."""

    expert_id: str
    name: str
    organisation: str = ""
    present: bool = True


@dataclass(frozen=True)
class PanelSheet:
    """One score sheet as the chair holds it (any revision, counted or not).

    ``entered_by_chair``: an expert scored on paper and the chair typed the sheet in
    (DESIGN: a paper sheet, signed by the chair's key); ``chair_note`` says how and when.
    """

    sheet: ScoreSheet
    entered_by_chair: bool = False
    chair_note: str = ""

    @property
    def expert_id(self) -> str:
        return self.sheet.expert_id

    @property
    def revision(self) -> int:
        return self.sheet.revision


@dataclass(frozen=True)
class ApplicantReport:
    """One applicant: who it is, the engine's result, the panel opinion and every sheet."""

    applicant: ApplicantInfo
    result: PanelResult
    panel_opinion: str  # 专家组意见, written by the chair
    sheets: tuple[PanelSheet, ...]  # by expert, then revision (the order is kept)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sheets", tuple(self.sheets))
        ref = self.applicant.ref
        if self.result.applicant_id != ref:
            raise ReportError(
                "report-data-inconsistent",
                applicant=ref,
                part="result",
                found=self.result.applicant_id,
            )
        for item in self.sheets:
            if item.sheet.applicant_id != ref:
                raise ReportError(
                    "report-data-inconsistent",
                    applicant=ref,
                    part="sheet",
                    found=item.sheet.applicant_id,
                )

    def counted(self, item: PanelSheet) -> CountedSheet | None:
        """The engine's counted entry for ``item`` (total, individual grade, trimmed)."""
        for counted in self.result.counted:
            if _same(counted.sheet, item.sheet):
                return counted
        return None

    def excluded(self, item: PanelSheet) -> ExcludedSheet | None:
        """The engine's exclusion of ``item`` (the reasons), ``None`` when it counts."""
        for excluded in self.result.excluded:
            if _same(excluded.sheet, item.sheet):
                return excluded
        return None


def _same(a: ScoreSheet, b: ScoreSheet) -> bool:
    return a is b or (a.expert_id, a.revision) == (b.expert_id, b.revision)


@dataclass(frozen=True)
class PanelReportData:
    """Everything the panel report (PDF) and the panel workbook (XLSX) print."""

    round_ref: str
    round_name: str
    round_kind: RoundKind
    panel_ref: str
    panel_name: str
    template: Template
    chair_name: str
    experts: tuple[PanelExpert, ...]  # the whole panel, in the order to print
    applicants: tuple[ApplicantReport, ...]  # in the order of the chair package
    ranking: Ranking
    fingerprint: str  # the result bundle's fingerprint, as readable digit groups
    finalised_at: datetime
    version: int = 1  # 1, then one more after each reopening
    chair_organisation: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "experts", tuple(self.experts))
        object.__setattr__(self, "applicants", tuple(self.applicants))
        refs = [item.applicant.ref for item in self.applicants]
        for ref in refs:
            if refs.count(ref) > 1:
                raise ReportError("report-data-inconsistent", applicant=ref, part="applicants")
        known = set(refs)
        ranked = [e.applicant_id for e in self.ranking.entries]
        ranked += [u.result.applicant_id for u in self.ranking.unranked]
        for ref in ranked:
            if ref not in known:
                raise ReportError("report-data-inconsistent", applicant=ref, part="ranking")
        for item in self.applicants:
            if item.result.template_sha256 != self.template.sha256:
                raise ReportError(
                    "report-data-inconsistent",
                    applicant=item.applicant.ref,
                    part="template",
                    found=item.result.template_id,
                )

    @property
    def present(self) -> tuple[PanelExpert, ...]:
        return tuple(expert for expert in self.experts if expert.present)

    def expert_name(self, expert_id: str) -> str:
        """The display name of an expert (the id itself if the panel list lacks it)."""
        for expert in self.experts:
            if expert.expert_id == expert_id:
                return expert.name
        return expert_id

    def ranked(self, applicant_ref: str) -> RankedEntry | None:
        """Rank, published grade (after the quota) and the comparison with the neighbours."""
        for entry in self.ranking.entries:
            if entry.applicant_id == applicant_ref:
                return entry
        return None

    def unranked(self, applicant_ref: str) -> UnrankedEntry | None:
        """Why the applicant has no rank (a confirmed veto, too few sheets)."""
        for entry in self.ranking.unranked:
            if entry.result.applicant_id == applicant_ref:
                return entry
        return None
