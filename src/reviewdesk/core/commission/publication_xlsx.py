"""The round's results workbook (XLSX, openpyxl): three sheets with a frozen header row.

- **Results**: one row per applicant: panel, score, computed, decided and published grade,
  the override and its reason, recommendation (recognition), rank and its explanation, the
  quota's word, vetoes with their verdicts, the panel opinion;
- **Raw scores**: every sheet the recomputation was given (each revision, counted or not),
  one column per criterion of the forms used, the total, and why a sheet does not count;
- **Panels**: per panel the accepted version, its bundle digest, chair, import time, the
  superseded versions kept and the 优秀 quota check.

Scores are written as numbers when the spreadsheet keeps them exact, else as text.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from reviewdesk.core.commission.publication_data import ResultRow, RoundResults
from reviewdesk.core.commission.publication_labels import (
    category_words,
    grade_words,
    recommendation_words,
    words,
)
from reviewdesk.core.domain import Grade, RoundKind
from reviewdesk.core.reports.labels import Language
from reviewdesk.core.reports.xlsx_table import Cell, write_table


def write_results_workbook(
    results: RoundResults, *, language: Language = "zh", at: datetime | None = None
) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = words("sheet.results", language)
    _results(first, results, language)
    _scores(book.create_sheet(words("sheet.scores", language)), results, language)
    _panels(book.create_sheet(words("sheet.panels", language)), results, language)
    moment = (at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    book.properties.created = moment
    book.properties.creator = "reviewdesk"
    book.properties.title = results.round_name
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _head(language: Language, keys: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return [(words(key, language), width) for key, width in keys]


def _results(sheet: Worksheet, results: RoundResults, language: Language) -> None:
    keys = [("col.panel", 14), ("col.ref", 10), ("col.name", 30), ("col.host", 24),
            ("col.category", 8), ("col.score", 10), ("col.computed", 9), ("col.decided", 9),
            ("col.published", 9), ("col.override", 30)]  # fmt: skip
    if results.kind is RoundKind.RECOGNITION:
        keys.append(("col.recommendation", 12))
    keys += [("col.rank", 14), ("col.explanation", 50), ("col.quota", 30),
             ("col.vetoes", 40), ("col.opinion", 50)]  # fmt: skip
    rows = []
    for r in results.rows():
        row: list[Cell] = [
            r.panel_name, r.ref, r.name, r.institution, category_words(r.category, language),
            r.panel_score, grade_words(r.computed_grade, language),
            grade_words(_grade(r.detail.get("grade")), language),
            grade_words(r.grade, language), "" if r.override is None else r.override["reason"],
        ]  # fmt: skip
        if results.kind is RoundKind.RECOGNITION:
            row.append(recommendation_words(r.recommendation, language))
        row += [rank_text(r, language), "\n".join(r.explanation(language)),
                r.quota_note(language) or "", "\n".join(veto_lines(r, language)),
                str(r.detail.get("opinion", ""))]  # fmt: skip
        rows.append(row)
    write_table(sheet, _head(language, keys), rows)


def _scores(sheet: Worksheet, results: RoundResults, language: Language) -> None:
    criteria: list[str] = []
    for r in results.rows():
        for item in r.sheets:
            criteria += [k for k in item["scores"] if k not in criteria]
    keys = [("col.panel", 14), ("col.ref", 10), ("col.name", 26), ("col.expert", 12),
            ("col.revision", 7), ("col.counted", 7), ("col.trimmed", 7), ("col.late", 6),
            ("col.paper", 7)]  # fmt: skip
    head = _head(language, keys) + [(c, 7) for c in criteria]
    head += _head(language, [("col.total", 8), ("col.reasons", 24)])
    yes, no = words("yes", language), words("no", language)
    rows = []
    for r in results.rows():
        for item in r.sheets:
            row: list[Cell] = [
                r.panel_name, r.ref, r.name, item["expert_name"], item["revision"],
                yes if item["counted"] else no, yes if item["trimmed"] else no,
                yes if item["late"] else no, yes if item["paper"] else no,
            ]  # fmt: skip
            row += [_decimal(item["scores"].get(c)) for c in criteria]
            row += [_decimal(item["total"]), ", ".join(item["reasons"])]
            rows.append(row)
    write_table(sheet, head, rows)


def _panels(sheet: Worksheet, results: RoundResults, language: Language) -> None:
    keys = [("col.panel", 18), ("col.version", 8), ("col.bundle", 66), ("col.chair", 18),
            ("col.imported", 20), ("col.superseded", 14), ("col.quota", 60)]  # fmt: skip
    rows: list[list[Cell]] = [
        [p.name, p.version, p.digest, p.chair[:16], p.imported_at.strftime("%Y-%m-%d %H:%M"),
         ", ".join(str(v) for v in p.superseded), "\n".join(p.quota_lines(language))]
        for p in results.panels
    ]  # fmt: skip
    rows += [[ref, None, words("none", language), None, None, None, None]
             for ref in results.missing]  # fmt: skip
    write_table(sheet, _head(language, keys), rows)


def rank_text(row: ResultRow, language: Language) -> str:
    if row.rank is not None:
        return words("rank.value", language, position=row.rank,
                     count=row.detail.get("ranked_count", 0))  # fmt: skip
    unranked = row.detail.get("unranked")
    return words(f"rank.{unranked}", language) if unranked else words("none", language)


def veto_lines(row: ResultRow, language: Language) -> list[str]:
    lines = []
    for v in row.vetoes:
        verdict = v.get("verdict")
        lines.append(words("veto.line", language, item=v["item"],
                           verdict=words(f"veto.{verdict}", language) if verdict else "?",
                           reason=v.get("reason") or ""))  # fmt: skip
    return lines


def _grade(value: object) -> Grade | None:
    return None if value is None else Grade(str(value))


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))
