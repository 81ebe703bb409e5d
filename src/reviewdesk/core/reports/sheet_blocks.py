"""The flowables of one applicant's page group in the expert-sheet PDF.

Header, criteria table with total and grade, veto items, overall opinion, declarations and
the signature block. Texts come from ``labels``; nothing here knows about pages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reviewdesk.core.domain import Conflict
from reviewdesk.core.reports.labels import (
    Language,
    category_label,
    conflict_label,
    grade_label,
    kind_label,
    label,
)
from reviewdesk.core.reports.layout import (
    HEADER_FILL,
    LABEL_FILL,
    MARGIN,
    PAGE_SIZE,
    RULE_COLOUR,
    SectionStart,
    Styles,
)
from reviewdesk.core.reports.sheet_input import (
    DraftReason,
    ExpertInfo,
    RoundInfo,
    SheetForReport,
    draft_reasons,
    fingerprint_groups,
)
from reviewdesk.core.scoring import ScoreSheet, grade_for, sheet_total
from reviewdesk.core.templates.model import Template

_FIRST_CJK = 0x2E80  # CJK radicals onwards: scripts that need CJK line breaking
_WIDTH = PAGE_SIZE[0] - 2 * MARGIN  # 174 mm on A4
# A row that crosses the page bottom is split inside itself (pieces at least 36 pt, else the
# row moves whole). splitByRow=0 makes reportlab try that first: tried second, it split
# between rows and then placed the rest, repeated header and all, lower on the same page.
_SPLIT_ROWS: dict[str, Any] = {"splitByRow": 0, "splitInRow": 36}


def _text(text: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")  # 22.50 → "22.5", 20 → "20" (never "2E+1")


class SheetBlocks:
    """Builds the flowables of one applicant's page group."""

    def __init__(
        self,
        styles: Styles,
        language: Language,
        expert: ExpertInfo,
        round_info: RoundInfo,
        fingerprint: str | None,
    ) -> None:
        self.s = styles
        self.lang: Language = language
        self.expert = expert
        self.round = round_info
        self.fingerprint = fingerprint
        self._latin: dict[str, ParagraphStyle] = {}
        self.grid: list[tuple[Any, ...]] = [
            *_GRID,
            # Plain-string cells (spanned, empty) would otherwise pull in Helvetica, unembedded.
            ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
        ]

    def _l(self, key: str, **fields: object) -> str:
        return label(key, self.lang, **fields)

    def _p(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        style = style or self.s.cell
        if not any(ord(char) >= _FIRST_CJK for char in markup):
            # CJK wrap breaks a Latin word that does not fit in the back half of a line
            # ("fingerpri-nt"); text without Chinese wraps at spaces instead.
            style = self._latin.setdefault(
                style.name, ParagraphStyle(style.name, style, wordWrap=None)
            )
        return Paragraph(markup, style)

    def applicant(self, index: int, template: Template, item: SheetForReport) -> list[Flowable]:
        reasons = draft_reasons(template, item, self.expert, self.fingerprint)
        title = self._l("aside", main=item.applicant.name, aside=item.applicant.ref)
        flow: list[Flowable] = [
            SectionStart(index, title, draft=bool(reasons)),
            self._p(escape(self._l("title")), self.s.title),
            self._p(escape(item.applicant.name), self.s.subtitle),
        ]
        if reasons:
            flow.append(self._banner(self._draft_banner(reasons)))
        flow.append(self._header(template, item))
        if item.sheet.conflict is Conflict.DISQUALIFYING:
            flow.append(Spacer(0, 8))
            flow.append(self._banner(self._l("recused")))
        else:
            flow.append(Spacer(0, 8))
            flow.append(self._criteria(template, item.sheet))
            flow.extend(self._vetoes(template, item.sheet))
            flow.extend(self._opinion(item.sheet))
        flow.append(self._declarations(item))
        return flow

    def _draft_banner(self, reasons: Mapping[DraftReason, int]) -> str:
        words = {
            DraftReason.MISSING_SCORES: "draft.missing_scores",
            DraftReason.MISSING_COMMENTS: "draft.comments",
            DraftReason.OPINION_MISSING: "draft.opinion",
            DraftReason.OTHER_PROBLEMS: "draft.other",
            DraftReason.NOT_SUBMITTED: "draft.not_submitted",
            DraftReason.CHANGED_AFTER_SUBMIT: "draft.changed",
            DraftReason.NO_PLEDGE: "draft.no_pledge",
        }
        # In the enum's order (scores first), whatever order the problems came in.
        parts = [self._l(words[r], n=reasons[r]) for r in DraftReason if r in reasons]
        return self._l("draft.banner", reasons=self._l("list_sep").join(parts))

    def _banner(self, text: str) -> Table:
        box = Table([[self._p(escape(text), self.s.body)]], colWidths=[_WIDTH])
        box.setStyle(
            TableStyle(
                [
                    self.grid[-1],  # the font
                    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), LABEL_FILL),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        box.spaceAfter = 8
        return box

    def _header(self, template: Template, item: SheetForReport) -> Table:
        applicant = item.applicant
        form = f"{getattr(template.name, self.lang)} v{template.version}"  # breaks at the space
        fingerprint = fingerprint_groups(template.sha256[:16]) if template.sha256 else "—"
        kind = kind_label(self.round.kind, self.lang)
        round_text = self._l("aside", main=self.round.name, aside=kind)
        rows = [
            ("round", round_text, "panel", self.round.panel),
            (
                f"applicant.{self.round.kind.value}",
                self._l("aside", main=applicant.name, aside=applicant.ref),
                "category",
                category_label(applicant.category, self.lang),
            ),
            ("form", form, "form_fingerprint", fingerprint),
            ("expert", self.expert.name, "organisation", self.expert.organisation),
        ]
        data = [
            [
                self._p(escape(self._l(k1)), self.s.cell_label),
                self._p(escape(v1)),
                self._p(escape(self._l(k2)), self.s.cell_label),
                self._p(escape(v2)),
            ]
            for k1, v1, k2, v2 in rows
        ]
        table = Table(data, colWidths=[22 * mm, 90 * mm, 24 * mm, 38 * mm])
        table.setStyle(
            TableStyle(
                [
                    *self.grid,
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                    ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL),
                ]
            )
        )
        return table

    def _criteria(self, template: Template, sheet: ScoreSheet) -> Table:
        s = self.s
        head = ["col.key", "col.criterion", "col.max", "col.score", "col.comment"]
        data: list[list[Any]] = [[self._p(escape(self._l(k)), s.cell_centre) for k in head]]
        for criterion in template.criteria:
            name = escape(getattr(criterion.name, self.lang))
            if criterion.weight != 1:
                weight = f"{self._l('weight')} {_number(criterion.weight)}"
                name += "<br/>" + escape(self._l("aside", main="", aside=weight).strip())
            score = sheet.scores.get(criterion.key)
            data.append(
                [
                    self._p(escape(criterion.key), s.cell_centre),
                    self._p(name),
                    self._p(_number(criterion.max_points), s.cell_centre),
                    self._p("—" if score is None else _number(score), s.cell_centre),
                    self._p(_text(sheet.comments.get(criterion.key, ""))),
                ]
            )
        total = sheet_total(template, sheet)
        grade = (
            self._l("no_grade")
            if total is None
            else grade_label(grade_for(template, total), self.lang)
        )
        data.append(
            [
                self._p(escape(self._l("total")), s.cell_centre),
                "",
                self._p(_number(template.total_points), s.cell_centre),
                self._p("—" if total is None else _number(total), s.cell_centre),
                self._p(escape(self._l("field", name=self._l("grade"), value=grade))),
            ]
        )
        table = Table(
            data,
            colWidths=[13 * mm, 47 * mm, 13 * mm, 14 * mm, 87 * mm],
            repeatRows=1,
            **_SPLIT_ROWS,
        )
        table.setStyle(
            TableStyle(
                [
                    *self.grid,
                    ("VALIGN", (0, 1), (-1, -2), "TOP"),  # a long comment's row reads from the top
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL),
                    ("SPAN", (0, -1), (1, -1)),
                ]
            )
        )
        return table

    def _vetoes(self, template: Template, sheet: ScoreSheet) -> list[Flowable]:
        """Ticked items one per row with the evidence; the unticked ones named in one row,
        so the page still shows that each item was considered."""
        if not template.veto_items:
            return []
        claims = {claim.item: claim.evidence for claim in sheet.vetoes}
        data: list[list[Any]] = []
        unticked = []
        for number, item in enumerate(template.veto_items, start=1):
            # numbered 1..n, the key in brackets: keys may skip (V1 V2 V3 V5)
            name = f"{number}. {getattr(item.name, self.lang)} ({item.key})"
            if item.key in claims:
                mark = self._p(escape(self._l("veto.ticked")))
                data.append([mark, self._p(escape(name)), self._p(_text(claims[item.key]))])
            else:
                unticked.append(name)
        if unticked:
            key = "veto.unticked" if data else "veto.none_ticked"
            names = self._l("list_sep").join(unticked)
            data.append([self._p(escape(self._l(key))), self._p(escape(names)), ""])
        spans = [("SPAN", (1, -1), (2, -1))] if unticked else []
        return [self._section("vetoes", data, [28 * mm, 56 * mm, 90 * mm], spans)]

    def _opinion(self, sheet: ScoreSheet) -> list[Flowable]:
        text = self._p(_text(sheet.overall_opinion) or "—", self.s.body)
        return [self._section("opinion", [[text]], [_WIDTH], [("TOPPADDING", (0, 1), (-1, -1), 6)])]

    def _section(
        self, title: str, rows: list[list[Any]], widths: list[float], style: list[Any]
    ) -> Table:
        """A titled block: the title is the table's first row, so it is never left alone at
        the foot of a page and is repeated above a continuation."""
        head = [self._p(escape(self._l(title)), self.s.section)] + [""] * (len(widths) - 1)
        table = Table([head, *rows], colWidths=widths, repeatRows=1, **_SPLIT_ROWS)
        table.setStyle(
            TableStyle(
                [
                    *self.grid,
                    ("SPAN", (0, 0), (-1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    *style,
                ]
            )
        )
        table.spaceBefore = 10
        return table

    def _declarations(self, item: SheetForReport) -> Flowable:
        pledge_at = self.expert.pledge_signed_at
        pledge = (
            self._l("pledge.unsigned")
            if pledge_at is None
            else self._l("pledge.signed", time=_when(pledge_at))
        )
        revision = (
            self._l("not_submitted")
            if item.submitted_revision is None
            else self._l("revision.n", n=item.submitted_revision)
        )
        # A sheet never submitted is in no score file: printing the file's fingerprint
        # beside it would claim otherwise.
        fingerprint = (
            self._l("not_submitted")
            if self.fingerprint is None or item.submitted_revision is None
            else fingerprint_groups(self.fingerprint)
        )
        recused = item.sheet.conflict is Conflict.DISQUALIFYING
        affirmation = "affirmation.recused" if recused else "affirmation"
        rows = [
            ("pledge", pledge),
            ("conflict", conflict_label(item.sheet.conflict, item.conflict_note, self.lang)),
            ("score_file", fingerprint),
            ("revision", revision),
        ]
        facts = self._section(
            "declarations",
            [
                [self._p(escape(self._l(key)), self.s.cell_label), self._p(escape(value))]
                for key, value in rows
            ],
            [40 * mm, _WIDTH - 40 * mm],
            [("BACKGROUND", (0, 1), (0, -1), LABEL_FILL)],
        )
        signature, date = (
            self._l("field", name=self._l(k), value="") for k in ("signature", "date")
        )
        sign = Table(
            [[signature, "", date, ""]],
            colWidths=[36 * mm, 66 * mm, 16 * mm, 46 * mm],
            rowHeights=[30],
        )
        sign.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.s.body.fontName, 10.5),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
                    ("LINEBELOW", (3, 0), (3, 0), 0.8, colors.black),
                ]
            )
        )
        # Kept on one page: a signature must sit beside what it confirms.
        return KeepTogether(
            [
                facts,
                Spacer(0, 8),
                self._p(escape(self._l(affirmation)), self.s.body),
                Spacer(0, 10),
                sign,
            ]
        )


_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOUR),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


def _when(moment: datetime) -> str:
    text = f"{moment:%Y-%m-%d %H:%M}"
    if moment.utcoffset() is not None:
        zone = f"{moment:%z}"  # "+0800"
        text += f" (UTC{zone[:3]}:{zone[3:5]})"
    return text
