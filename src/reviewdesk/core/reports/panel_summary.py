"""The first pages of the panel report: the summary list of every applicant with its grade
and rank, the 优秀 quota check, ties not yet separated, and the chair's signature line."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.reports.labels import category_label, kind_label
from reviewdesk.core.reports.layout import HEADER_FILL, LABEL_FILL, SectionStart
from reviewdesk.core.reports.panel_blocks import PanelBlocks
from reviewdesk.core.reports.panel_data import ApplicantReport
from reviewdesk.core.reports.panel_labels import recommendation_label
from reviewdesk.core.reports.panel_text import (
    grade_text,
    number,
    published_grade,
    published_grade_note,
    quota_lines,
)
from reviewdesk.core.reports.sheet_blocks import _SPLIT_ROWS, _WIDTH


class PanelSummaryBlocks(PanelBlocks):
    """The panel report's blocks with its summary list (each applicant's form inherited)."""

    def summary(self) -> list[Flowable]:
        data = self.data
        title = self._l("summary.title")
        flow: list[Flowable] = [
            SectionStart(0, title, draft=False),
            self._p(escape(title), self.s.title),
            self._p(escape(f"{data.round_name} · {data.panel_name}"), self.s.subtitle),
            self._facts(),
            Spacer(0, 8),
            self._summary_table(),
        ]
        quota = self._section(
            "quota.title", [[self._p(self._lines(self._quota_lines()))]], [_WIDTH], []
        )
        flow.append(quota)
        flow.append(self._signatures(experts=False))
        return flow

    def _quota_lines(self) -> list[str]:
        lines = quota_lines(self.data, self.lang)
        ties = self.data.ranking.unresolved_ties
        if ties:
            names = self._l("list_sep").join(
                " = ".join(self._name(ref) for ref in group) for group in ties
            )
            lines.append(self._l("ties", names=names))
        return lines

    def _name(self, ref: str) -> str:
        for item in self.data.applicants:
            if item.applicant.ref == ref:
                return item.applicant.name
        return ref

    def _facts(self) -> Table:
        data = self.data
        kind = kind_label(data.round_kind, self.lang)
        form = f"{getattr(data.template.name, self.lang)} v{data.template.version}"
        rows = [
            ("round", self._l("aside", main=data.round_name, aside=kind), "panel", data.panel_name),
            ("form", form, "chair", data.chair_name),
            (
                "finalised",
                f"{data.finalised_at:%Y-%m-%d %H:%M}",
                "version",
                self._l("version.n", n=data.version),
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
        cells.append(
            [
                self._p(escape(self._l("bundle")), self.s.cell_label),
                self._p(escape(data.fingerprint)),
                "",
                "",
            ]
        )
        table = Table(cells, colWidths=[24 * mm, 84 * mm, 24 * mm, 42 * mm])
        table.setStyle(
            TableStyle(
                [
                    *self.grid,
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                    ("BACKGROUND", (2, 0), (2, -2), LABEL_FILL),
                    ("SPAN", (1, -1), (3, -1)),
                ]
            )
        )
        return table

    def _summary_table(self) -> Table:
        data = self.data
        recognition = data.round_kind is RoundKind.RECOGNITION
        head = [
            "col.rank",
            "col.applicant",
            "col.category",
            "col.n",
            "col.panel_score",
            "col.computed",
            "col.published",
        ]
        widths = [11, 40, 16, 14, 16, 19, 19]
        if recognition:  # room for the recommendation, taken from the name and the numbers
            widths = [10, 34, 14, 12, 15, 19, 19]
            head.append("col.recommendation")
            widths.append(18)
        head.append("col.remark")
        widths.append(174 - sum(widths))
        rows: list[list[Any]] = [[self._p(escape(self._l(k)), self.head_style) for k in head]]
        for item in self._summary_order():
            rows.append(self._summary_row(item, recognition))
        table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1, **_SPLIT_ROWS)
        table.setStyle(TableStyle([*self.grid, ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
        return table

    def _summary_order(self) -> list[ApplicantReport]:
        by_ref = {item.applicant.ref: item for item in self.data.applicants}
        order = [entry.applicant_id for entry in self.data.ranking.entries]
        order += [u.result.applicant_id for u in self.data.ranking.unranked]
        order += [ref for ref in by_ref if ref not in order]
        return [by_ref[ref] for ref in order]

    def _summary_row(self, item: ApplicantReport, recognition: bool) -> list[Any]:
        s, result, ref = self.s, item.result, item.applicant.ref
        entry = self.data.ranked(ref)
        rank = "—" if entry is None else str(entry.position) + ("=" if entry.tied else "")
        score = "—" if result.panel_score is None else number(result.panel_score)
        remarks: list[str] = []
        if result.grade_override is not None:
            remarks.append(self._l("remark.override", reason=result.grade_override.reason.strip()))
        if result.recommendation_override is not None:
            reason = result.recommendation_override.reason.strip()
            remarks.append(self._l("remark.recommendation", reason=reason))
        if result.veto_confirmed:
            remarks.append(self._l("remark.vetoed"))
        unranked = self.data.unranked(ref)
        if unranked is not None and not result.veto_confirmed:
            remarks.append(self._l("remark.insufficient"))
        note = published_grade_note(self.data, ref, self.lang)
        if note:
            remarks.append(note)
        name = self._l("aside", main=item.applicant.name, aside=ref)
        row = [
            self._p(escape(rank), s.cell_centre),
            self._p(escape(name)),
            self._p(escape(category_label(item.applicant.category, self.lang)), self.number_style),
            self._p(str(len(result.counted)), self.number_style),
            self._p(escape(score), self.number_style),
            self._grade_cell(grade_text(result.computed_grade, self.lang)),
            self._grade_cell(grade_text(published_grade(self.data, item), self.lang)),
        ]
        if recognition:
            recommendation = result.recommendation
            word = (
                "—" if recommendation is None else recommendation_label(recommendation, self.lang)
            )
            row.append(self._grade_cell(word))
        row.append(self._p(self._lines(remarks)))
        return row
