"""The chair's PDF panel report (issue 8 item 6): a summary list, then a 专家组意见表 per
applicant, with signature lines for the chair and the experts present.

The summary lists every applicant with its counted sheets, panel score, computed and
published grade (recognition rounds: the recommendation), rank and remarks (override,
veto, quota), then the 优秀 quota check and any tie not yet separated. Each applicant's form
shows the experts' scores per criterion with totals, individual grades and whether each
sheet counts (paper sheets marked as entered by the chair, with the chair's note), the
panel score and its method, the computed and the decided grade ("computed X, decided Y,
because …"), the quota's word, the recommendation, the rank and how it compares with its
neighbours, the vetoes with their decisions, the flags with their resolutions, the panel
opinion (专家组意见) and the signature lines.

Every page's footer carries the round and panel, "page x of y", the report version and the
result bundle's fingerprint. The same data gives the same bytes: reportlab's invariant mode
and the finalising time as the creation date.
"""

from __future__ import annotations

import functools
import io

from reportlab.platypus import Flowable, PageBreak

from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.reports.expert_sheets import _ProgressDoc
from reviewdesk.core.reports.fonts import cjk_font
from reviewdesk.core.reports.labels import Language
from reviewdesk.core.reports.layout import (
    FOOTER_DETAIL_ROOM,
    MARGIN,
    PAGE_SIZE,
    PageFooter,
    SheetCanvas,
    make_styles,
)
from reviewdesk.core.reports.panel_data import PanelReportData
from reviewdesk.core.reports.panel_labels import panel_label
from reviewdesk.core.reports.panel_summary import PanelSummaryBlocks


def render_panel_report(
    data: PanelReportData,
    *,
    language: Language = "zh",
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> bytes:
    """The PDF (A4) of the panel's finalised result; Chinese unless ``language="en"``.

    ``progress`` counts the sections laid out (the summary, then each applicant). Raises
    ``ReportError`` (``report-font-missing``) and ``CancelledError``.
    """
    font = cjk_font()
    blocks = PanelSummaryBlocks(make_styles(font), language, data)
    story: list[Flowable] = list(blocks.summary())
    for index, item in enumerate(data.applicants, start=1):
        cancel.raise_if_cancelled()
        story.append(PageBreak())
        story.extend(blocks.panel_form(index, item))

    def words(key: str, **fields: object) -> str:
        return panel_label(key, language, **fields)

    buffer = io.BytesIO()
    sections = len(data.applicants) + 1
    doc = _ProgressDoc(
        buffer,
        sections=sections,
        progress=progress,
        cancel=cancel,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_DETAIL_ROOM,
        title=f"{words('document')} – {data.round_name} – {data.panel_name}",
        author=data.chair_name,
        subject=data.round_name,
        creator="reviewdesk",
        lang="zh-CN" if language == "zh" else "en",
        invariant=1,
        initialFontName=font,  # else every page references (unembedded) Helvetica
    )
    footer = PageFooter(
        left=f"{data.round_name} · {data.panel_name}",
        page_pattern=words("page", page="{page}", pages="{pages}"),
        right=words("version.n", n=data.version),
        watermark="",
        font=font,
        created=data.finalised_at,
        detail=words("footer.fingerprint", fingerprint=data.fingerprint),
    )
    doc.build(story, canvasmaker=functools.partial(SheetCanvas, footer=footer))
    progress(sections, sections, "pages")
    return buffer.getvalue()
