"""PDF reports (reportlab, with the bundled CJK font embedded).

``render_expert_sheets`` — an expert's own score sheets for paper signature; its inputs and
the draft rule are in ``sheet_input``.
"""

from reviewdesk.core.reports.errors import ReportError
from reviewdesk.core.reports.expert_sheets import render_expert_sheets
from reviewdesk.core.reports.sheet_input import (
    ApplicantInfo,
    DraftReason,
    ExpertInfo,
    RoundInfo,
    SheetForReport,
    TemplateSource,
    draft_reasons,
    fingerprint_groups,
)

__all__ = [
    "ApplicantInfo",
    "DraftReason",
    "ExpertInfo",
    "ReportError",
    "RoundInfo",
    "SheetForReport",
    "TemplateSource",
    "draft_reasons",
    "fingerprint_groups",
    "render_expert_sheets",
]
