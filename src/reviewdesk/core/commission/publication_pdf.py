"""The commission's PDFs (reportlab, the bundled CJK font embedded; ``core/reports``):

- the **public notice** (公示名单): title, the round, a short introduction, one table per
  category (序号 / 单位名称 / 依托单位 / 类别 / 等级 — recognition rounds: 建议认定), the line on
  the objection period, the commission's name and the date;
- a **one-page summary per applicant**: the panel and result version, the panel score and
  its method, the published grade ("computed X, decided Y, because …" for an override), the
  recommendation, the rank with its explanation and the quota's word, every expert's sheet
  (total, counted or why not), vetoes with their verdicts, flags with their resolutions,
  the panel opinion, and the result bundle's digest.

The same data and date give the same bytes (reportlab's invariant mode).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reviewdesk.core.commission.publication_data import PanelOutcome, ResultRow, RoundResults
from reviewdesk.core.commission.publication_labels import (
    category_words,
    grade_words,
    notice_title,
    recommendation_words,
    words,
)
from reviewdesk.core.commission.publication_xlsx import rank_text, veto_lines
from reviewdesk.core.domain import Category, Grade, RoundKind
from reviewdesk.core.reports.fonts import cjk_font
from reviewdesk.core.reports.labels import Language
from reviewdesk.core.reports.layout import (
    HEADER_FILL,
    MARGIN,
    PAGE_SIZE,
    RULE_COLOUR,
    PageFooter,
    SheetCanvas,
    Styles,
    make_styles,
)
from reviewdesk.core.reports.panel_labels import exclusion_label
from reviewdesk.core.reports.panel_text import number
from reviewdesk.core.scoring import ExclusionReason

_CATEGORIES = (Category.PARK, Category.RESEARCH, Category.PLATFORM, Category.ENTERPRISE)
_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOUR),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]


def _p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _build(story: list[Flowable], footer: PageFooter, title: str, language: Language) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=title, author="reviewdesk", creator="reviewdesk",
        lang="zh-CN" if language == "zh" else "en", invariant=1,
        initialFontName=footer.font,
    )  # fmt: skip
    doc.build(story, canvasmaker=functools.partial(SheetCanvas, footer=footer))
    return buffer.getvalue()


def render_public_notice(
    results: RoundResults,
    *,
    commission: str,
    date: datetime,
    objection_days: int = 5,
    language: Language = "zh",
) -> bytes:
    """The 公示名单 of the round: every applicant of every accepted panel result."""
    font = cjk_font()
    s = make_styles(font)
    recognition = results.kind is RoundKind.RECOGNITION
    story: list[Flowable] = [
        _p(notice_title(results.kind, language), s.title),
        _p(results.round_name, s.subtitle),
        _p(words("notice.intro", language, round=results.round_name), s.body),
        Spacer(1, 4 * mm),
    ]
    rows = results.rows()
    # Chinese grades are two characters: the room goes to the host institution's name;
    # English needs it for "unqualified (不合格)" and "Enterprise".
    widths = (13, 55, 58, 20, 28) if language == "zh" else (13, 53, 46, 24, 38)
    for category in _CATEGORIES:
        mine = [r for r in rows if r.category is category]
        if not mine:
            continue
        mine.sort(key=lambda r: (r.panel, r.rank is None, r.rank or 0, r.ref))
        head = words("notice.category", language, category=category_words(category, language),
                     count=len(mine))  # fmt: skip
        last = "col.recommendation" if recognition else "col.grade"
        data = [[_p(words(k, language), s.cell_centre)
                 for k in ("col.no", "col.name", "col.host", "col.category", last)]]  # fmt: skip
        for n, r in enumerate(mine, start=1):
            value = (recommendation_words(r.recommendation, language) if recognition
                     else grade_words(r.grade, language))  # fmt: skip
            data.append([_p(str(n), s.cell_centre), _p(r.name, s.cell), _p(r.institution, s.cell),
                         _p(category_words(r.category, language), s.cell_centre),
                         _p(value, s.cell_centre)])  # fmt: skip
        table = Table(data, colWidths=[w * mm for w in widths],
                      repeatRows=1)  # fmt: skip
        table.setStyle(TableStyle(_GRID))
        story += [_p(head, s.section), Spacer(1, 2 * mm), table, Spacer(1, 5 * mm)]
    # 2026年12月4日, as a notice is dated (no leading zero; %-d is not on Windows)
    zh_day = f"{date.year}年{date.month}月{date.day}日"
    day = zh_day if language == "zh" else f"{date.day} {date:%B %Y}"
    story += [
        _p(words("notice.objection", language, days=objection_days, commission=commission),
           s.body),
        Spacer(1, 10 * mm),
        _p(words("notice.date", language, commission=commission, date=day), _right(s)),
    ]  # fmt: skip
    footer = PageFooter(left=results.round_name, page_pattern=words("page", language,
                        page="{page}", pages="{pages}"), right=commission, watermark="",
                        font=font, created=date)  # fmt: skip
    return _build(story, footer, notice_title(results.kind, language), language)


def _right(s: Styles) -> ParagraphStyle:
    return ParagraphStyle("right", parent=s.body, alignment=TA_RIGHT, fontSize=11, leading=16)


def render_applicant_summary(
    results: RoundResults, panel: PanelOutcome, row: ResultRow, *, date: datetime,
    language: Language = "zh",
) -> bytes:  # fmt: skip
    """One page on one applicant's result (module text)."""
    font = cjk_font()
    s = make_styles(font)
    story = summary_story(results, panel, row, s, language)
    # The applicant first: a long round name is elided at the end, the reference must stay.
    footer = PageFooter(left=f"{row.ref} · {results.round_name}", page_pattern=words(
        "page", language, page="{page}", pages="{pages}"), right=words("summary.title", language),
        watermark="", font=font, created=date)  # fmt: skip
    return _build(story, footer, f"{words('summary.title', language)} {row.ref}", language)


def summary_story(
    results: RoundResults, panel: PanelOutcome, row: ResultRow, s: Styles, language: Language
) -> list[Flowable]:
    d = row.detail
    method = d.get("method")
    score = words("none", language) if row.panel_score is None else format(row.panel_score, "f")
    colon, gap = ("：", "　") if language == "zh" else (": ", "; ")
    if method:
        how = words(f"summary.method.{method}", language)
        score += f"（{how}）" if language == "zh" else f" ({how})"
    grade = grade_words(row.grade, language)
    if row.override is not None:
        grade += "；" + words("override.line", language,
                             computed=grade_words(row.computed_grade, language),
                             decided=grade_words(_decided(row), language),
                             reason=row.override["reason"])  # fmt: skip
    note = row.quota_note(language)
    if note:
        grade += f"；{note}"
    lines = [
        words("summary.panel", language, panel=panel.name, version=panel.version),
        words("summary.score", language, score=score),
        words("summary.grade", language, grade=grade),
    ]
    if results.kind is RoundKind.RECOGNITION:
        lines.append(
            words(
                "summary.recommendation",
                language,
                recommendation=recommendation_words(row.recommendation, language),
            )
        )
    lines.append(words("summary.rank", language, rank=rank_text(row, language)))
    lines += [f"　{x}" for x in row.explanation(language)]
    story: list[Flowable] = [
        _p(words("summary.title", language), s.title),
        _p(f"{row.name}（{row.ref}）" if language == "zh" else f"{row.name} ({row.ref})",
           s.subtitle),
        _p(f"{words('col.host', language)}{colon}{row.institution}{gap}"
           f"{words('col.category', language)}{colon}{category_words(row.category, language)}",
           s.body),
        Spacer(1, 2 * mm),
        _p("\n".join(lines), s.body),
        Spacer(1, 3 * mm),
        _p(words("summary.sheets", language), s.section),
        _sheets_table(row, s, language),
    ]  # fmt: skip
    vetoes = veto_lines(row, language)
    if vetoes:
        story += [Spacer(1, 3 * mm), _p(words("summary.vetoes", language), s.section),
                  _p("\n".join(vetoes), s.body)]  # fmt: skip
    flags = [
        f"{(f.get('text') or {}).get(language) or f['id']}——{f.get('resolution') or ''}"
        for f in d.get("flags") or []
    ]
    if flags:
        story += [Spacer(1, 3 * mm), _p(words("summary.flags", language), s.section),
                  _p("\n".join(flags), s.small)]  # fmt: skip
    story += [Spacer(1, 3 * mm), _p(words("col.opinion", language), s.section),
              _p(str(d.get("opinion") or words("none", language)), s.body), Spacer(1, 4 * mm),
              _p(words("summary.bundle", language, digest=panel.digest), s.small)]  # fmt: skip
    return [KeepTogether(story[:2]), *story[2:]]


def _decided(row: ResultRow) -> Grade | None:
    value = row.detail.get("grade")
    return None if value is None else Grade(str(value))


def _sheets_table(row: ResultRow, s: Styles, language: Language) -> Table:
    yes = words("yes", language)
    head = ["col.expert", "col.revision", "col.total", "col.counted", "col.notes"]
    data = [[_p(words(k, language), s.cell_centre) for k in head]]
    sep = "、" if language == "zh" else "; "
    for item in row.sheets:
        why = sep.join(exclusion_label(ExclusionReason(x), language) for x in item["reasons"])
        if item["trimmed"]:
            why = words("col.trimmed", language)
        notes = [why] if why else []
        if item["paper"]:
            notes.append(words("col.paper", language))
        if item["late"]:
            notes.append(words("col.late", language))
        why = sep.join(notes)
        data.append([
            _p(item["expert_name"], s.cell), _p(str(item["revision"]), s.cell_centre),
            _p(_number(item["total"], language), s.cell_centre),
            _p(yes if item["counted"] else words("no", language), s.cell_centre),
            _p(why, s.cell),
        ])  # fmt: skip
    table = Table(data, colWidths=[40 * mm, 22 * mm, 22 * mm, 22 * mm, 68 * mm], repeatRows=1)
    table.setStyle(TableStyle(_GRID))
    return table


def _number(value: object, language: Language) -> str:
    return words("none", language) if value is None else number(Decimal(str(value)))


def render_summaries(
    results: RoundResults, *, date: datetime, language: Language = "zh"
) -> Sequence[tuple[str, bytes]]:
    """(applicant ref, PDF) for every applicant of every accepted panel result."""
    return [
        (row.ref, render_applicant_summary(results, panel, row, date=date, language=language))
        for panel in results.panels
        for row in panel.rows
    ]
