"""The flowables of one applicant's 专家组意见表 in the panel report (the summary list that
opens the report is in ``panel_summary``).

Built on the expert sheets' :class:`SheetBlocks` (cells, titled sections, banners, the grid
and its fonts), so both documents look alike; the words come from ``panel_labels`` and the
sentences from ``panel_text``. Nothing here knows about pages.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.reports.labels import Language, category_label, kind_label
from reviewdesk.core.reports.layout import HEADER_FILL, LABEL_FILL, SectionStart, Styles
from reviewdesk.core.reports.panel_data import ApplicantReport, PanelReportData
from reviewdesk.core.reports.panel_labels import panel_label
from reviewdesk.core.reports.panel_text import (
    decided_grade_text,
    flag_resolution_text,
    flag_text,
    grade_text,
    number,
    published_grade,
    published_grade_note,
    rank_explanation,
    rank_text,
    recommendation_text,
    sheet_status,
    veto_claims_text,
    veto_decision_text,
    veto_item_name,
)
from reviewdesk.core.reports.sheet_blocks import _SPLIT_ROWS, _WIDTH, SheetBlocks, _text
from reviewdesk.core.reports.sheet_input import ExpertInfo, RoundInfo
from reviewdesk.core.templates.model import AggregationMethod

_LABEL_COLUMN = 34 * mm


class PanelBlocks(SheetBlocks):
    """The panel report's blocks; the chair stands where the expert stood on a sheet."""

    def __init__(self, styles: Styles, language: Language, data: PanelReportData) -> None:
        chair = ExpertInfo(data.chair_name, data.chair_organisation, None)
        round_info = RoundInfo(data.round_name, data.round_kind, data.panel_name)
        super().__init__(styles, language, chair, round_info, data.fingerprint)
        self.data = data
        # Score cells are narrow (seven or eight criteria side by side): no right indent, so
        # "24.25" stays on one line.
        self.number_style = ParagraphStyle("panel_number", styles.cell_centre, rightIndent=0)
        self.head_style = ParagraphStyle("panel_head", self.number_style, fontSize=8.5, leading=11)

    def _grade_cell(self, text: str) -> Paragraph:
        """A grade in a narrow column: "good (良好)" breaks before the bracket, not inside."""
        return self._p(escape(text).replace(" (", "<br/>(", 1), self.head_style)

    def _l(self, key: str, **fields: object) -> str:
        return panel_label(key, self.lang, **fields)

    def _lines(self, lines: list[str]) -> str:
        return "<br/>".join(escape(line) for line in lines)

    # --- one applicant's 专家组意见表 ------------------------------------------------------

    def panel_form(self, index: int, item: ApplicantReport) -> list[Flowable]:
        applicant = item.applicant
        title = self._l("aside", main=applicant.name, aside=applicant.ref)
        flow: list[Flowable] = [
            SectionStart(index, title, draft=False),
            self._p(escape(self._l("panel.title")), self.s.title),
            self._p(escape(applicant.name), self.s.subtitle),
            self._form_header(item),
            Spacer(0, 8),
            self._scores(item),
        ]
        flow.extend(self._criteria_legend(item))
        flow.append(self._result(item))
        flow.append(self._vetoes_block(item))
        flow.append(self._flags(item))
        opinion = self._p(_text(item.panel_opinion) or "—", self.s.body)
        opinion_block = self._section(
            "panel_opinion", [[opinion]], [_WIDTH], [("TOPPADDING", (0, 1), (-1, -1), 6)]
        )
        # The signatures sit beside what they confirm: the opinion moves to their page.
        affirmation = self._p(escape(self._l("sign.affirmation")), self.s.body)
        signatures = self._signatures(experts=True)
        flow.append(KeepTogether([opinion_block, Spacer(0, 6), affirmation, signatures]))
        return flow

    def _form_header(self, item: ApplicantReport) -> Table:
        data, applicant = self.data, item.applicant
        kind = kind_label(data.round_kind, self.lang)
        rows = [
            ("round", self._l("aside", main=data.round_name, aside=kind), "panel", data.panel_name),
            (
                f"applicant.{data.round_kind.value}",
                self._l("aside", main=applicant.name, aside=applicant.ref),
                "category",
                category_label(applicant.category, self.lang),
            ),
            (
                "form",
                f"{getattr(data.template.name, self.lang)} v{data.template.version}",
                "chair",
                data.chair_name,
            ),
        ]
        cells = [
            [
                self._p(escape(self._l(k1)), self.s.cell_label),
                self._p(escape(v1)),
                self._p(escape(self._l(k2)), self.s.cell_label),
                self._p(escape(v2)),
            ]
            for k1, v1, k2, v2 in rows
        ]
        table = Table(cells, colWidths=[24 * mm, 84 * mm, 24 * mm, 42 * mm])
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

    def _scores(self, item: ApplicantReport) -> Table:
        """Experts × criteria with each total, individual grade and whether it counts."""
        s, criteria = self.s, self.data.template.criteria
        fixed = [26, 13, 15, 34]  # expert, total, grade, note (mm)
        each = (174 - sum(fixed)) / max(len(criteria), 1)
        head = [self._p(escape(self._l("col.expert")), s.cell_centre)]
        head += [
            self._p(f"{escape(c.key)}<br/>({number(c.max_points)})", s.cell_centre)
            for c in criteria
        ]
        head += [
            self._p(escape(self._l(k)), s.cell_centre)
            for k in ("col.total", "col.grade", "col.status")
        ]
        rows: list[list[Any]] = [head]
        for sheet in item.sheets:
            counted = item.counted(sheet)
            name = self.data.expert_name(sheet.expert_id)
            if sheet.revision > 1:
                name = self._l(
                    "aside", main=name, aside=self._l("status.revision", n=sheet.revision)
                )
            scores = [sheet.sheet.scores.get(c.key) for c in criteria]
            rows.append(
                [
                    self._p(escape(name)),
                    *[self._p("—" if v is None else number(v), self.number_style) for v in scores],
                    self._p("—" if counted is None else number(counted.total), self.number_style),
                    self._grade_cell(
                        "—" if counted is None else grade_text(counted.grade, self.lang)
                    ),
                    self._p(escape(sheet_status(item, sheet, self.lang))),
                ]
            )
        decimals = self.data.template.aggregation.decimals
        means = [item.result.criterion_means.get(c.key) for c in criteria]
        rows.append(
            [
                self._p(escape(self._l("criterion.mean")), s.cell_centre),
                *[
                    self._p("—" if m is None else number(m.rounded(decimals)), self.number_style)
                    for m in means
                ],
                "",
                "",
                "",
            ]
        )
        widths = [fixed[0] * mm, *[each * mm] * len(criteria), *[w * mm for w in fixed[1:]]]
        table = Table(rows, colWidths=widths, repeatRows=1, **_SPLIT_ROWS)
        table.setStyle(
            TableStyle(
                [
                    *self.grid,
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL),
                ]
            )
        )
        return table

    def _criteria_legend(self, item: ApplicantReport) -> list[Flowable]:
        sep = self._l("list_sep")
        names = sep.join(
            f"{c.key} {getattr(c.name, self.lang)}" for c in self.data.template.criteria
        )
        lines = [self._l("field", name=self._l("criteria.legend"), value=names)]
        for sheet in item.sheets:
            if sheet.entered_by_chair and sheet.chair_note.strip():
                name = self.data.expert_name(sheet.expert_id)
                label = self._l("aside", main=self._l("chair_note"), aside=name)
                lines.append(self._l("field", name=label, value=sheet.chair_note.strip()))
        return [Spacer(0, 3), self._p(self._lines(lines), self.s.small)]

    def _result(self, item: ApplicantReport) -> Table:
        result, template, ref = item.result, self.data.template, item.applicant.ref
        rows: list[tuple[str, list[str]]] = []
        rows.append(
            (
                "counted_n",
                [
                    self._l(
                        "counted_n.value",
                        n=len(result.counted),
                        assigned=len(result.assigned_experts),
                    )
                ],
            )
        )
        if result.panel_score is None:
            score = self._l("insufficient", min=template.aggregation.min_sheets)
        else:
            method = result.method or AggregationMethod.MEAN
            score = self._l(
                "aside", main=number(result.panel_score), aside=self._l(f"method.{method.value}")
            )
        rows.append(("panel_score", [score]))
        computed = grade_text(result.computed_grade, self.lang)
        if result.veto_confirmed:
            computed = self._l("aside", main=computed, aside=self._l("veto_forced"))
        rows.append(("computed_grade", [computed]))
        rows.append(("decided_grade", [decided_grade_text(result, self.lang)]))
        note = published_grade_note(self.data, ref, self.lang)
        if note is not None:
            published = grade_text(published_grade(self.data, item), self.lang)
            rows.append(("published_grade", [published, note]))
        if self.data.round_kind is RoundKind.RECOGNITION:
            rows.append(("recommendation", [recommendation_text(result, self.lang)]))
        rank = [rank_text(self.data, ref, self.lang), *rank_explanation(self.data, ref, self.lang)]
        rows.append(("rank", rank))
        cells = [
            [self._p(escape(self._l(key)), self.s.cell_label), self._p(self._lines(lines))]
            for key, lines in rows
        ]
        return self._section(
            "result",
            cells,
            [_LABEL_COLUMN, _WIDTH - _LABEL_COLUMN],
            [("BACKGROUND", (0, 1), (0, -1), LABEL_FILL)],
        )

    def _vetoes_block(self, item: ApplicantReport) -> Table:
        vetoes = item.result.vetoes
        if not vetoes:
            return self._section(
                "vetoes", [[self._p(escape(self._l("vetoes.none")))]], [_WIDTH], []
            )
        head = [
            self._p(escape(self._l(k)), self.s.cell_label)
            for k in ("col.veto_item", "veto.claims", "veto.decision")
        ]
        rows: list[list[Any]] = [head]
        for veto in vetoes:
            rows.append(
                [
                    self._p(escape(veto_item_name(self.data, veto.item, self.lang))),
                    self._p(self._lines(veto_claims_text(self.data, veto, self.lang))),
                    self._p(escape(veto_decision_text(veto, self.lang))),
                ]
            )
        return self._section(
            "vetoes",
            rows,
            [40 * mm, 74 * mm, 60 * mm],
            [("BACKGROUND", (0, 1), (-1, 1), LABEL_FILL)],
        )

    def _flags(self, item: ApplicantReport) -> Table:
        flags = item.result.flags
        if not flags:
            return self._section("flags", [[self._p(escape(self._l("flags.none")))]], [_WIDTH], [])
        rows = [
            [
                self._p(escape(flag_text(self.data, flag, self.lang))),
                self._p(
                    escape(self._l("flag.resolution", text=flag_resolution_text(flag, self.lang)))
                ),
            ]
            for flag in flags
        ]
        return self._section("flags", rows, [80 * mm, 94 * mm], [])

    def _signatures(self, *, experts: bool) -> Flowable:
        """The chair's line, and on an applicant's form one line per expert present."""
        s = self.s
        head = ["sign.col.name", "sign.col.organisation", "sign.col.signature", "date"]
        people = [(self._l("chair"), self.data.chair_name, self.data.chair_organisation)]
        if experts:
            people += [(self._l("col.expert"), e.name, e.organisation) for e in self.data.present]
        rows: list[list[Any]] = [
            [self._p("", s.cell_label)] + [self._p(escape(self._l(k)), s.cell_centre) for k in head]
        ]
        for role, name, organisation in people:
            rows.append(
                [
                    self._p(escape(role), s.cell_label),
                    self._p(escape(name)),
                    self._p(escape(organisation)),
                    "",
                    "",
                ]
            )
        table = Table(
            rows,
            colWidths=[22 * mm, 30 * mm, 58 * mm, 40 * mm, 24 * mm],
            rowHeights=[None] + [26] * len(people),
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    *self.grid,
                    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                    ("BACKGROUND", (0, 1), (0, -1), LABEL_FILL),
                ]
            )
        )
        title = self._p(escape(self._l("signatures")), s.section)
        # The chair's line stays with its title; a long list of experts may run on.
        return KeepTogether([Spacer(0, 10), title, Spacer(0, 3), table])
