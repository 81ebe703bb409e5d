"""The panel report (PDF) and workbook (XLSX) at finalising, from ``core.reports``: the
chair fills ``PanelReportData`` with the engine's own objects (nothing recomputed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.views import PanelMatrix
from reviewdesk.core.fsutil import atomic_write
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.reports.labels import Language
from reviewdesk.core.reports.panel_data import (
    ApplicantReport,
    PanelExpert,
    PanelReportData,
    PanelSheet,
)
from reviewdesk.core.reports.panel_report import render_panel_report
from reviewdesk.core.reports.panel_workbook import write_panel_workbook
from reviewdesk.core.reports.sheet_input import ApplicantInfo


def report_data(
    desk: Desk, panel: PanelMatrix, fingerprint: str, at: datetime, version: int
) -> PanelReportData:
    info = desk.info()
    applicants = tuple(
        ApplicantReport(
            applicant=ApplicantInfo(row.applicant.ref, row.applicant.name, row.applicant.category),
            result=row.result,
            panel_opinion=row.panel_opinion,
            sheets=tuple(
                PanelSheet(h.sheet, h.entered_by_chair, h.chair_note)
                for h in sorted(row.sheets, key=lambda h: (h.sheet.expert_id, h.sheet.revision))
            ),
        )
        for row in panel.rows
    )
    return PanelReportData(
        round_ref=info.round_ref, round_name=info.round_name, round_kind=info.round_kind,
        panel_ref=info.panel_ref, panel_name=info.panel_name, template=desk.template,
        chair_name=info.chair_name,
        experts=tuple(PanelExpert(e.keyid, e.name, present=e.present) for e in info.experts),
        applicants=applicants, ranking=panel.ranking, fingerprint=fingerprint,
        finalised_at=at, version=version,
    )  # fmt: skip


def write_reports(
    data: PanelReportData,
    pdf_path: Path,
    xlsx_path: Path,
    *,
    language: Language = "zh",
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> tuple[Path, Path]:
    """Render and write both files (atomically); returns their paths."""
    pdf = render_panel_report(data, language=language, cancel=cancel)
    atomic_write(pdf_path, pdf)
    cancel.raise_if_cancelled()
    atomic_write(xlsx_path, write_panel_workbook(data, language=language))
    return pdf_path, xlsx_path
