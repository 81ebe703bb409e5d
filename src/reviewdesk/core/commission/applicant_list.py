"""The round's applicants, imported from the spreadsheet the commission keeps (XLSX or CSV).

One row per applicant; the header row names the columns, in Chinese or English, in any order:

- ``ref`` (编号 / ref): the file number, unique; letters, digits and ``-_.``;
- ``name`` (名称 / name): the organisation's name;
- ``category`` (类别 / category): 园区类 科研类 平台类 企业类, or park research platform
  enterprise;
- ``institution`` (依托单位 / institution): the host institution (conflict-of-interest check);
- ``field`` (领域 / field), optional;
- ``partner_countries`` (合作国家 / partner countries), optional: separated by 、 , ; or lines;
- ``contact_email`` (联系邮箱 / contact e-mail), optional.

Reading never stops at the first bad cell: :func:`read_applicant_list` returns every record
it could read and a problem per bad cell, each naming the row as the spreadsheet numbers it
(the header is row 1) and the column by its header text, so that the staff fix the sheet in
one pass. Only a file that cannot be read as a table at all raises ``InputError``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reviewdesk.core.domain import Category
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.text_rules import TextKind, text_problem
from reviewdesk.core.fsutil import read_capped
from reviewdesk.core.sheets.reading import decode_utf8_table

MAX_LIST_BYTES = 16 * 1024 * 1024
MAX_ROWS = 5000
MAX_NAME = 200

HEADERS: dict[str, tuple[str, ...]] = {
    "ref": ("编号", "ref", "file number"),
    "name": ("名称", "name", "单位名称"),
    "category": ("类别", "category"),
    "institution": ("依托单位", "institution", "host institution"),
    "field": ("领域", "field"),
    "partner_countries": ("合作国家", "partner countries", "partner_countries"),
    "contact_email": ("联系邮箱", "contact e-mail", "contact_email", "email", "e-mail"),
}
REQUIRED = ("ref", "name", "category", "institution")
CATEGORY_WORDS: dict[str, Category] = {
    "园区类": Category.PARK,
    "科研类": Category.RESEARCH,
    "平台类": Category.PLATFORM,
    "企业类": Category.ENTERPRISE,
    **{c.value: c for c in Category},
}
_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_LIST_SEPARATORS = re.compile(r"[、,，;；\n]+")


class RowProblemCode(StrEnum):
    MISSING_COLUMN = "missing-column"  # row 1: a required header is absent
    DUPLICATE_COLUMN = "duplicate-column"
    EMPTY = "empty"  # a required cell is blank
    BAD_REF = "bad-ref"
    DUPLICATE_REF = "duplicate-ref"  # detail: the row that has it first
    BAD_CATEGORY = "bad-category"
    BAD_EMAIL = "bad-email"
    BAD_TEXT = "bad-text"  # control characters, direction overrides, too long
    TOO_MANY_ROWS = "too-many-rows"


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str  # the header text as written in the file (or the expected one when missing)
    code: RowProblemCode
    detail: str = ""


@dataclass(frozen=True)
class ApplicantRecord:
    ref: str
    name: str
    category: Category
    institution: str
    field: str = ""
    partner_countries: tuple[str, ...] = ()
    contact_email: str = ""
    row: int = 0  # where it came from, for later reports


@dataclass(frozen=True)
class ApplicantList:
    records: tuple[ApplicantRecord, ...]
    problems: tuple[RowProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def read_applicant_list(path: Path | str) -> ApplicantList:
    """Read ``*.xlsx`` with openpyxl, anything else as CSV (UTF-8, with or without BOM)."""
    path = Path(path)
    data = read_capped(path, MAX_LIST_BYTES)
    rows = _xlsx_rows(data, path) if data.startswith(b"PK\x03\x04") else _csv_rows(data, path)
    return parse_rows(rows)


def parse_rows(rows: Iterator[Sequence[object]]) -> ApplicantList:
    """The checks, on rows of cells (the first row is the header)."""
    header = next(rows, None)
    if header is None:
        return ApplicantList((), (RowProblem(1, "", RowProblemCode.EMPTY, "no header row"),))
    columns, problems = _columns([_cell(c) for c in header])
    if problems:
        return ApplicantList((), tuple(problems))
    records: list[ApplicantRecord] = []
    first_row: dict[str, int] = {}
    for number, raw in enumerate(rows, start=2):
        cells = {key: _cell(raw[i]) if i < len(raw) else "" for key, (i, _) in columns.items()}
        if not any(cells.values()):
            continue  # a blank line between blocks of rows is common in hand-kept sheets
        if number - 1 > MAX_ROWS:
            problems.append(RowProblem(number, "", RowProblemCode.TOO_MANY_ROWS, str(MAX_ROWS)))
            break
        record, row_problems = _record(number, cells, {k: h for k, (_, h) in columns.items()})
        if record is not None and record.ref in first_row:
            row_problems.append(
                RowProblem(number, columns["ref"][1], RowProblemCode.DUPLICATE_REF,
                           str(first_row[record.ref]))
            )  # fmt: skip
            record = None
        problems.extend(row_problems)
        if record is not None:
            first_row[record.ref] = number
            records.append(record)
    return ApplicantList(tuple(records), tuple(problems))


def _columns(header: list[str]) -> tuple[dict[str, tuple[int, str]], list[RowProblem]]:
    wanted = {alias.casefold(): key for key, aliases in HEADERS.items() for alias in aliases}
    columns: dict[str, tuple[int, str]] = {}
    problems: list[RowProblem] = []
    for index, text in enumerate(header):
        key = wanted.get(text.casefold())
        if key is None:
            continue  # extra columns (notes, staff initials) are the staff's own business
        if key in columns:
            problems.append(RowProblem(1, text, RowProblemCode.DUPLICATE_COLUMN))
            continue
        columns[key] = (index, text)
    for key in REQUIRED:
        if key not in columns:
            problems.append(RowProblem(1, HEADERS[key][0], RowProblemCode.MISSING_COLUMN, key))
    return columns, problems


def _record(
    row: int, cells: dict[str, str], headers: dict[str, str]
) -> tuple[ApplicantRecord | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(key: str, code: RowProblemCode, detail: str = "") -> None:
        problems.append(RowProblem(row, headers[key], code, detail))

    for key in REQUIRED:
        if not cells.get(key):
            problem(key, RowProblemCode.EMPTY)
    for key, value in cells.items():
        kind = TextKind.FREE if key == "partner_countries" else TextKind.NAME
        reason = text_problem(value, kind)
        if reason is None and len(value) > MAX_NAME:
            reason = f"longer than {MAX_NAME} characters"
        if reason is not None:
            problem(key, RowProblemCode.BAD_TEXT, reason)
    ref, category_text = cells.get("ref", ""), cells.get("category", "")
    if ref and not _REF.fullmatch(ref):
        problem("ref", RowProblemCode.BAD_REF, ref)
    category = CATEGORY_WORDS.get(category_text) or CATEGORY_WORDS.get(category_text.casefold())
    if category_text and category is None:
        problem("category", RowProblemCode.BAD_CATEGORY, category_text)
    email = cells.get("contact_email", "")
    if email and not _EMAIL.fullmatch(email):
        problem("contact_email", RowProblemCode.BAD_EMAIL, email)
    if problems or category is None:
        return None, problems
    countries = tuple(c.strip() for c in _LIST_SEPARATORS.split(cells.get("partner_countries", "")))
    record = ApplicantRecord(
        ref=ref,
        name=cells["name"],
        category=category,
        institution=cells["institution"],
        field=cells.get("field", ""),
        partner_countries=tuple(c for c in countries if c),
        contact_email=email,
        row=row,
    )
    return record, []


def _cell(value: object) -> str:
    """A cell as text: numbers as the spreadsheet shows them (``12``, not ``12.0``),
    full-width spaces and surrounding blanks removed, compatibility forms folded (NFKC)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def _csv_rows(data: bytes, path: Path) -> Iterator[Sequence[object]]:
    text = decode_utf8_table(data, path)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InputError("applicants-unreadable", path, reason=str(exc)) from None
    return iter(rows)


def _xlsx_rows(data: bytes, path: Path) -> Iterator[Sequence[object]]:
    from openpyxl import load_workbook  # a large import only the commission needs

    try:
        # Every member's uncompressed size is checked before openpyxl inflates anything.
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > 8 * MAX_LIST_BYTES:
                raise InputError("file-too-large", path, limit=8 * MAX_LIST_BYTES)
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        # The sheet's <dimension> is what the writing program claimed, not what it wrote:
        # read every row there is (a stale "A1:E1" hid a million rows from the row limit).
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        rows = [tuple(r) for _, r in zip(range(MAX_ROWS + 2), sheet.iter_rows(values_only=True),
                                         strict=False)]  # fmt: skip
        book.close()
    except InputError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise InputError("applicants-unreadable", path, reason=type(exc).__name__) from None
    return iter(rows)
