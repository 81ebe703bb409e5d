"""The chair's XLSX panel workbook (issue 8 item 6), written with openpyxl.

Four sheets, one header row each (frozen), a row per fact:

- **Results**: per applicant the counted sheets, panel score, computed, decided and
  published grade, override reason, recommendation (recognition), rank and every flag with
  its resolution;
- **Scores**: every raw per-criterion score of every sheet the chair holds (each revision,
  counted or not), applicant × expert × criterion, with the criterion comment;
- **Opinions**: each expert's overall opinion, and the panel opinion (专家组意见);
- **Vetoes**: each claimed veto item per claiming expert, the evidence and the decision.

Numbers stay exact. Scores and panel scores are written as numbers: openpyxl writes a
``Decimal`` as its 16-significant-digit text, which is the exact decimal for every score a
template allows (the file holds ``12.5``, ``85.33``; Excel shows them so, and a reader that
turns the text into a double gets the double whose shortest form is that decimal). A value
that would not survive that (more than 16 digits) is written as text instead, never rounded.
Panel scores use the number format of the template's decimals (``0.00``).

The same data gives the same bytes: the workbook's created and modified properties are the
finalising time, and the zip entries carry that time too (openpyxl would stamp "now").
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reviewdesk.core.domain import Grade
from reviewdesk.core.reports.labels import Language, category_label
from reviewdesk.core.reports.panel_data import PanelReportData
from reviewdesk.core.reports.panel_labels import panel_label, recommendation_label
from reviewdesk.core.reports.panel_text import (
    flag_resolution_text,
    flag_text,
    grade_text,
    published_grade,
    sheet_status,
    veto_item_name,
)
from reviewdesk.core.reports.xlsx_table import Cell, write_table


def write_panel_workbook(data: PanelReportData, *, language: Language = "zh") -> bytes:
    """The XLSX bytes of the panel's results, raw scores, opinions and vetoes."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    _results(sheet, data, language)
    _scores(book.create_sheet("Scores"), data, language)
    _opinions(book.create_sheet("Opinions"), data, language)
    _vetoes(book.create_sheet("Vetoes"), data, language)
    moment = data.finalised_at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    book.properties.created = moment
    book.properties.creator = "reviewdesk"
    book.properties.title = f"{data.round_name} · {data.panel_name}"
    buffer = io.BytesIO()
    book.save(buffer)  # sets "modified" to now; fixed below with the zip times
    return _fixed_times(buffer.getvalue(), moment)


def _columns(language: Language, keys: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    return [(panel_label(key, language), width) for key, width in keys]


def _results(sheet: Worksheet, data: PanelReportData, language: Language) -> None:
    sheet.title = "Results"
    head = _columns(
        language,
        [
            ("col.applicant_ref", 12),
            ("col.applicant", 30),
            ("col.category", 10),
            ("col.n", 10),
            ("col.panel_score", 12),
            ("col.computed", 10),
            ("col.decided", 10),
            ("col.override_reason", 40),
            ("col.published", 10),
            ("col.recommendation", 14),
            ("col.rank", 8),
            ("col.flags", 70),
        ],
    )
    rows: list[list[Cell]] = []
    for item in data.applicants:
        result = item.result
        entry = data.ranked(item.applicant.ref)
        recommendation = result.recommendation
        flags = "\n".join(
            f"{flag_text(data, flag, language)} — {flag_resolution_text(flag, language)}"
            for flag in result.flags
        )
        rows.append(
            [
                item.applicant.ref,
                item.applicant.name,
                category_label(item.applicant.category, language),
                len(result.counted),
                result.panel_score,
                _grade(result.computed_grade, language),
                _grade(result.grade, language),
                None if result.grade_override is None else result.grade_override.reason,
                _grade(published_grade(data, item), language),
                None if recommendation is None else recommendation_label(recommendation, language),
                None if entry is None else entry.position,
                flags or None,
            ]
        )
    write_table(sheet, head, rows)
    places = data.template.aggregation.decimals
    for (cell,) in sheet.iter_rows(min_row=2, min_col=5, max_col=5):
        cell.number_format = "0." + "0" * places if places else "0"


def _grade(grade: Grade | None, language: Language) -> str | None:
    return None if grade is None else grade_text(grade, language)


def _scores(sheet: Worksheet, data: PanelReportData, language: Language) -> None:
    head = _columns(
        language,
        [
            ("col.applicant_ref", 12),
            ("col.applicant", 30),
            ("col.expert", 12),
            ("col.revision", 8),
            ("col.counted", 24),
            ("col.criterion_key", 8),
            ("col.criterion", 24),
            ("col.max", 8),
            ("col.score", 8),
            ("col.comment", 60),
        ],
    )
    rows: list[list[Cell]] = []
    for item in data.applicants:
        for held in item.sheets:
            status = sheet_status(item, held, language)
            for criterion in data.template.criteria:
                rows.append(
                    [
                        item.applicant.ref,
                        item.applicant.name,
                        data.expert_name(held.expert_id),
                        held.revision,
                        status,
                        criterion.key,
                        getattr(criterion.name, language),
                        criterion.max_points,
                        held.sheet.scores.get(criterion.key),
                        held.sheet.comments.get(criterion.key) or None,
                    ]
                )
    write_table(sheet, head, rows)


def _opinions(sheet: Worksheet, data: PanelReportData, language: Language) -> None:
    head = _columns(
        language,
        [
            ("col.applicant_ref", 12),
            ("col.applicant", 30),
            ("col.kind", 12),
            ("col.expert", 12),
            ("col.revision", 8),
            ("col.paper", 10),
            ("col.opinion", 80),
        ],
    )
    yes, no = panel_label("yes", language), panel_label("no", language)
    rows: list[list[Cell]] = []
    for item in data.applicants:
        ref, name = item.applicant.ref, item.applicant.name
        for held in item.sheets:
            rows.append(
                [
                    ref,
                    name,
                    panel_label("opinion.expert", language),
                    data.expert_name(held.expert_id),
                    held.revision,
                    yes if held.entered_by_chair else no,
                    held.sheet.overall_opinion or None,
                ]
            )
        rows.append(
            [
                ref,
                name,
                panel_label("opinion.panel", language),
                data.chair_name,
                data.version,
                None,
                item.panel_opinion or None,
            ]
        )
    write_table(sheet, head, rows)


def _vetoes(sheet: Worksheet, data: PanelReportData, language: Language) -> None:
    head = _columns(
        language,
        [
            ("col.applicant_ref", 12),
            ("col.applicant", 30),
            ("col.veto_item", 30),
            ("col.expert", 12),
            ("col.evidence", 50),
            ("col.decision", 12),
            ("col.reason", 50),
        ],
    )
    rows: list[list[Cell]] = []
    for item in data.applicants:
        for veto in item.result.vetoes:
            decision = veto.decision
            key = "veto.undecided" if decision is None else f"verdict.{decision.verdict.value}"
            verdict = panel_label(key, language)
            for expert, evidence in sorted(veto.claims.items()):
                rows.append(
                    [
                        item.applicant.ref,
                        item.applicant.name,
                        veto_item_name(data, veto.item, language),
                        data.expert_name(expert),
                        evidence,
                        verdict,
                        None if veto.decision is None else veto.decision.reason,
                    ]
                )
    write_table(sheet, head, rows)


def _fixed_times(xlsx: bytes, moment: datetime) -> bytes:
    """The same archive with every entry and ``dcterms:modified`` dated ``moment`` (UTC)."""
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    date_time = (
        max(moment.year, 1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _replace_modified(content, stamp)
            fixed = zipfile.ZipInfo(info.filename, date_time=date_time)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, content)
    return out.getvalue()


def _replace_modified(core: bytes, stamp: str) -> bytes:
    start = core.find(b"<dcterms:modified")
    if start < 0:
        return core
    open_end = core.find(b">", start) + 1
    close = core.find(b"</dcterms:modified>", open_end)
    return core[:open_end] + stamp.encode() + core[close:]
