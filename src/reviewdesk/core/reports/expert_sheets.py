"""The PDF of an expert's own score sheets, printed for a paper signature (issue 4 item 8).

One applicant per page group (a page break between applicants), all in one document, or one
applicant by passing one sheet. Each group shows the header (round, panel, applicant,
category, form and its fingerprint), the criteria with scores and comments, the total and
the individual grade, the veto items, the overall opinion (评审意见), the declarations
(保密承诺, 回避声明), the score file's fingerprint and revision, and a place to sign.

Drafts are printed, never refused: a sheet that is incomplete, not submitted, changed since
it was submitted, or whose pledge is unsigned gets a "草稿 / DRAFT" watermark on each of its
pages and a banner saying why (``draft_reasons``). An expert may want a draft on paper to
read over; the watermark keeps it from being mistaken for the signed record.

The footer names the whole round and panel on a line of its own (not cut to half a page),
then the expert with their organisation when known. The same input gives the same bytes:
reportlab's invariant mode, and the creation date is ``created_at`` (the desk passes the
time of the export), else the pledge time, else a fixed date.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.reports.errors import ReportError
from reviewdesk.core.reports.fonts import cjk_font
from reviewdesk.core.reports.labels import Language, label
from reviewdesk.core.reports.layout import (
    FOOTER_DETAIL_ROOM,
    MARGIN,
    PAGE_SIZE,
    PageFooter,
    SectionStart,
    SheetCanvas,
    make_styles,
)
from reviewdesk.core.reports.sheet_blocks import SheetBlocks
from reviewdesk.core.reports.sheet_input import (
    ExpertInfo,
    RoundInfo,
    SheetForReport,
    TemplateSource,
)
from reviewdesk.core.templates.model import Template

_FIXED_DATE = datetime(2000, 1, 1, tzinfo=UTC)  # when neither a date nor a pledge is given


def render_expert_sheets(
    template_for: TemplateSource,
    sheets: Sequence[SheetForReport],
    *,
    expert: ExpertInfo,
    round_info: RoundInfo,
    score_file_fingerprint: str | None,
    language: Language = "zh",
    created_at: datetime | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> bytes:
    """The PDF (A4) of ``sheets`` in the given order, one applicant per page group.

    ``template_for`` maps each sheet's ``template_ref`` to its form (a mapping, or a function
    such as ``find_template``). ``score_file_fingerprint`` identifies the submitted score file
    (``None`` before the first submission); it is printed in groups for reading aloud.
    Raises :class:`ReportError` (``report-without-sheets``; ``report-template-missing`` when
    the source raises ``KeyError``, other errors of a function pass through;
    ``report-font-missing``) and ``CancelledError``. ``progress`` counts applicants laid out.
    """
    if not sheets:
        raise ReportError("report-without-sheets")
    templates = [_lookup(template_for, item.template_ref) for item in sheets]
    font = cjk_font()
    writer = SheetBlocks(make_styles(font), language, expert, round_info, score_file_fingerprint)
    story: list[Flowable] = []
    for index, (template, item) in enumerate(zip(templates, sheets, strict=True)):
        cancel.raise_if_cancelled()
        if index:
            story.append(PageBreak())
        story.extend(writer.applicant(index, template, item))

    buffer = io.BytesIO()
    title = f"{label('document', language)} – {expert.name} – {round_info.name}"
    doc = _ProgressDoc(
        buffer,
        sections=len(sheets),
        progress=progress,
        cancel=cancel,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_DETAIL_ROOM,
        title=title,
        author=expert.name,
        subject=round_info.name,
        creator="reviewdesk",
        lang="zh-CN" if language == "zh" else "en",
        invariant=1,
        initialFontName=font,  # else every page references (unembedded) Helvetica
    )
    who = f"{expert.name} · {expert.organisation}" if expert.organisation else expert.name
    footer = PageFooter(
        left=who,
        detail=f"{round_info.name} · {round_info.panel}" if round_info.panel else round_info.name,
        page_pattern=label("page", language, page="{page}", pages="{pages}"),
        right="reviewdesk",
        watermark=label("watermark", language),
        font=font,
        created=created_at or expert.pledge_signed_at or _FIXED_DATE,
    )
    doc.build(story, canvasmaker=functools.partial(SheetCanvas, footer=footer))
    progress(len(sheets), len(sheets), "pages")
    return buffer.getvalue()


def _lookup(template_for: TemplateSource, ref: str) -> Template:
    try:
        if isinstance(template_for, Mapping):
            return template_for[ref]
        return template_for(ref)
    except KeyError:
        raise ReportError("report-template-missing", ref=ref) from None


class _ProgressDoc(SimpleDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """Reports progress and honours cancel as each applicant's first page is laid out."""

    def __init__(
        self, *args: Any, sections: int, progress: Progress, cancel: CancelToken, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self._sections = sections
        self._progress = progress
        self._cancel = cancel

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionStart):
            self._cancel.raise_if_cancelled()
            self._progress(flowable.index, self._sections, "pages")
