"""Page furniture shared by the PDF reports: styles, footer with "page x of y", draft watermark.

The canvas keeps every page until the end so that the footer can print the page count, and
stamps the watermark on the pages a :class:`SectionStart` marked as draft. Output is
byte-for-byte reproducible: reportlab's invariant mode plus a creation date we choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

PAGE_SIZE = A4
MARGIN = 18 * mm
FOOTER_GAP = 8 * mm  # footer baseline sits this far below the frame
FOOTER_DETAIL_ROOM = 4 * mm  # extra bottom margin for a footer with a detail line
RULE_COLOUR = colors.Color(0.55, 0.55, 0.55)
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
LABEL_FILL = colors.Color(0.95, 0.95, 0.95)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle  # the title row of a block (vetoes, opinion, declarations)
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_label: ParagraphStyle
    small: ParagraphStyle


def make_styles(font: str) -> Styles:
    """Paragraph styles on the embedded CJK font; ``wordWrap='CJK'`` breaks Chinese anywhere
    (with the usual punctuation rules) and keeps most Latin words whole."""
    # A comma or full stop that would start a line hangs past the right edge instead (one
    # glyph at most); the right indent keeps that glyph inside its cell or margin.
    body = ParagraphStyle(
        "body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK", rightIndent=6
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontSize=15, leading=20, alignment=TA_CENTER, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=8
        ),
        section=ParagraphStyle("section", parent=body, fontSize=10.5, leading=14),
        body=body,
        cell=cell,
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        cell_label=ParagraphStyle("cell_label", parent=cell, textColor=colors.Color(0.2, 0.2, 0.2)),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=11),
    )


@dataclass(frozen=True)
class PageFooter:
    left: str  # e.g. the round and the expert
    page_pattern: str  # with {page} and {pages}
    right: str
    watermark: str
    font: str
    created: datetime  # written as the PDF's creation and modification date
    # A second line above the main one (the panel report's bundle fingerprint); a document
    # that sets it needs FOOTER_DETAIL_ROOM more bottom margin.
    detail: str = ""


class SectionStart(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size marker at the start of one applicant: sets the draft state of the pages that
    follow and adds a bookmark (the PDF outline lists the applicants)."""

    def __init__(self, index: int, title: str, draft: bool) -> None:
        super().__init__()
        self.index = index
        self.title = title
        self.draft = draft

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        canvas.section_draft = self.draft
        canvas.section_title = self.title
        canvas.section_first_page = canvas.getPageNumber()
        key = f"applicant-{self.index}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(self.title, key, level=0)


class SheetCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that holds its pages back to print "page x of y" and the draft watermark."""

    def __init__(self, *args: Any, footer: PageFooter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.footer = footer
        self.section_draft = False
        self.section_title = ""
        self.section_first_page = 1
        self.held_pages: list[dict[str, Any]] = []
        stamp = pdf_date(footer.created)
        self.setDateFormatter(lambda *_ignored: stamp)

    def showPage(self) -> None:
        self.held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self.held_pages)
        for number, state in enumerate(self.held_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, pages)
            if number != self.section_first_page:
                self._draw_running_head()  # a loose continuation page still names its applicant
            if self.section_draft:
                self._draw_watermark()
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, pages: int) -> None:
        footer = self.footer
        width, _height = PAGE_SIZE
        y = MARGIN - FOOTER_GAP
        self.saveState()
        self.setStrokeColor(RULE_COLOUR)
        self.setLineWidth(0.5)
        rule = y + 10 + (11 if footer.detail else 0)
        self.line(MARGIN, rule, width - MARGIN, rule)
        self.setFont(footer.font, 8)
        self.setFillColor(colors.Color(0.3, 0.3, 0.3))
        if footer.detail:
            detail = _fit(self, footer.detail, footer.font, 8, width - 2 * MARGIN)
            self.drawCentredString(width / 2, y + 11, detail)
        left_room = width / 2 - MARGIN - 22 * mm  # keeps clear of the centred page number
        self.drawString(MARGIN, y, _fit(self, footer.left, footer.font, 8, left_room))
        self.drawCentredString(width / 2, y, footer.page_pattern.format(page=page, pages=pages))
        self.drawRightString(width - MARGIN, y, footer.right)
        self.restoreState()

    def _draw_running_head(self) -> None:
        width, height = PAGE_SIZE
        self.saveState()
        self.setFont(self.footer.font, 8)
        self.setFillColor(colors.Color(0.3, 0.3, 0.3))
        text = _fit(self, self.section_title, self.footer.font, 8, width - 2 * MARGIN)
        self.drawRightString(width - MARGIN, height - MARGIN + 6, text)
        self.restoreState()

    def _draw_watermark(self) -> None:
        # Drawn over the content (the page is complete by now), so it is translucent.
        width, height = PAGE_SIZE
        self.saveState()
        self.setFillColor(colors.Color(0.45, 0.45, 0.45))
        self.setFillAlpha(0.18)
        self.setFont(self.footer.font, 64)
        self.translate(width / 2, height / 2)
        self.rotate(40)
        self.drawCentredString(0, -20, self.footer.watermark)
        self.restoreState()


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` (a long round name)."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def pdf_date(moment: datetime) -> str:
    """A PDF date string (``D:YYYYMMDDHHmmSS+HH'mm'``); a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"
