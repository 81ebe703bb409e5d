"""The CSV layout of score sheets: one row per expert × applicant (docs/CONSOLIDATE.md).

Rows are numbered as a spreadsheet shows them (the header is row 1), and every error names
the row, the column and the cell ("row 7, column E3 (cell F7)"), so the chair can find it
in Excel. Column names are checked against the template later, in
:func:`reviewdesk.core.sheets.consolidation.consolidate_sheet_set`: here every column that
is not a fixed one is taken as a criterion key.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NoReturn

from reviewdesk.core.domain import Conflict
from reviewdesk.core.scoring import ScoreSheet, VetoClaim
from reviewdesk.core.sheets.sheet_set import (
    ApplicantEntry,
    KeyKind,
    KeyUse,
    SheetSet,
    SheetsFormat,
    layout_error,
    parse_decimal,
)

APPLICANT, NAME, EXPERT = "applicant", "applicant_name", "expert"
OPINION, CONFLICT, REVISION, LATE = "opinion", "conflict", "revision", "late"
FIXED_COLUMNS = (APPLICANT, NAME, EXPERT, OPINION, CONFLICT, REVISION, LATE)
COMMENT_PREFIX, VETO_PREFIX = "comment:", "veto:"
_YES, _NO = {"yes", "y", "true", "1"}, {"no", "n", "false", "0", ""}


def cell_name(column: int, row: int) -> str:
    """Spreadsheet cell reference of a 0-based column: (0, 7) → "A7", (27, 2) → "AB2"."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


@dataclass
class _Header:
    names: list[str]
    fixed: dict[str, int] = field(default_factory=dict)
    scores: dict[str, int] = field(default_factory=dict)
    comments: dict[str, int] = field(default_factory=dict)
    vetoes: dict[str, int] = field(default_factory=dict)

    def where(self, column: int, row: int) -> str:
        return f"row {row}, column {self.names[column]} (cell {cell_name(column, row)})"


def parse_csv(text: str, path: Path) -> SheetSet:
    """Parse decoded CSV text (BOM already removed) into a :class:`SheetSet`."""
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:  # e.g. a quote left open up to the end of the file
        layout_error(path, f"row {len(records) + 1}", f"not readable as CSV: {exc}")
    if not records or not any(cell.strip() for cell in records[0]):
        layout_error(path, "row 1", "the first row must name the columns (header); it is empty")
    header = _read_header(records[0], path)
    builder = _Builder(path, header)
    for number, cells in enumerate(records[1:], start=2):
        if any(cell.strip() for cell in cells):
            builder.add_row(number, cells)
    keys = [KeyUse(KeyKind.SCORE, k, header.where(i, 1)) for k, i in header.scores.items()]
    keys += [KeyUse(KeyKind.COMMENT, k, header.where(i, 1)) for k, i in header.comments.items()]
    keys += [KeyUse(KeyKind.VETO, k, header.where(i, 1)) for k, i in header.vetoes.items()]
    return SheetSet(
        source=path,
        format=SheetsFormat.CSV,
        applicants=builder.applicants(),
        sheets=tuple(builder.sheets),
        locations=builder.locations,
        keys=tuple(keys),
        header_criteria=tuple(header.scores),
    )


def _read_header(cells: Sequence[str], path: Path) -> _Header:
    names = [cell.strip() for cell in cells]
    header = _Header(names)
    for column, name in enumerate(names):
        if not name:
            continue  # a blank header cell is fine while its column stays empty
        where = f"row 1, column {name} (cell {cell_name(column, 1)})"
        if names.index(name) != column:
            first = cell_name(names.index(name), 1)
            layout_error(path, where, f"the column {name} appears twice (also in cell {first})")
        if name in FIXED_COLUMNS:
            header.fixed[name] = column
        elif name.startswith((COMMENT_PREFIX, VETO_PREFIX)):
            prefix, _, key = name.partition(":")
            if not key.strip():
                layout_error(
                    path, where, f"“{prefix}:” must be followed by a key, e.g. {prefix}:E1"
                )
            target = header.comments if prefix == "comment" else header.vetoes
            if key.strip() in target:  # "comment:E1" and "comment: E1"
                first = cell_name(target[key.strip()], 1)
                layout_error(path, where, f"the same column as in cell {first}")
            target[key.strip()] = column
        else:
            header.scores[name] = column
    for required in (APPLICANT, EXPERT):
        if required not in header.fixed:
            layout_error(path, "row 1", f"the required column {required} is missing")
    return header


class _Builder:
    def __init__(self, path: Path, header: _Header) -> None:
        self.path = path
        self.header = header
        self.sheets: list[ScoreSheet] = []
        self.locations: dict[tuple[str, str, int], str] = {}
        self._assigned: dict[str, list[str]] = {}
        self._names: dict[str, tuple[str, int]] = {}

    def add_row(self, row: int, cells: Sequence[str]) -> None:
        width = len(self.header.names)
        for column in range(len(cells)):
            named = column < width and self.header.names[column]
            if not named and cells[column].strip():
                where = f"row {row}, cell {cell_name(column, row)}"
                layout_error(self.path, where, "a value in a column without a name in row 1")
        cell = _Cells(self.header, cells, row, self.path)
        applicant = cell.required(APPLICANT)
        expert = cell.required(EXPERT)
        revision = cell.revision()
        self._name(applicant, cell.text(NAME), row)
        key = (applicant, expert, revision)
        if key in self.locations:
            layout_error(
                self.path,
                f"row {row}",
                f"{self.locations[key]} already holds applicant {applicant}, expert {expert}, "
                f"revision {revision}",
            )
        self.locations[key] = f"row {row}"
        experts = self._assigned.setdefault(applicant, [])
        if expert not in experts:
            experts.append(expert)
        scores = {k: cell.score(k, i) for k, i in self.header.scores.items()}
        comments = {k: cell.raw(i) for k, i in self.header.comments.items() if cell.raw(i)}
        vetoes = tuple(
            VetoClaim(k, cell.raw(i)) for k, i in self.header.vetoes.items() if cell.raw(i)
        )
        opinion, conflict, late = cell.text(OPINION), cell.conflict(), cell.late()
        given = any(v is not None for v in scores.values()) or comments or vetoes or opinion
        if not given and conflict is Conflict.NONE and not late:
            return  # an assigned expert whose sheet is missing
        self.sheets.append(
            ScoreSheet(
                expert_id=expert,
                applicant_id=applicant,
                scores=scores,
                comments=comments,
                overall_opinion=opinion,
                vetoes=vetoes,
                revision=revision,
                signed=True,  # paper sheets are signed by hand; the chair transcribes them
                conflict=conflict,
                late=late,
            )
        )

    def _name(self, applicant: str, name: str, row: int) -> None:
        if not name:
            return
        known = self._names.setdefault(applicant, (name, row))
        if known[0] != name:
            column = self.header.fixed[NAME]
            layout_error(
                self.path,
                self.header.where(column, row),
                f"applicant {applicant} is called “{known[0]}” in row {known[1]}",
            )

    def applicants(self) -> tuple[ApplicantEntry, ...]:
        return tuple(
            ApplicantEntry(a, self._names.get(a, ("", 0))[0], tuple(experts))
            for a, experts in self._assigned.items()
        )


class _Cells:
    """One data row, read cell by cell with errors that name the cell."""

    def __init__(self, header: _Header, cells: Sequence[str], row: int, path: Path) -> None:
        self.header, self.cells, self.row, self.path = header, cells, row, path

    def raw(self, column: int) -> str:
        # A short row (trailing empty cells dropped by some tools) reads as blanks.
        return self.cells[column].strip() if column < len(self.cells) else ""

    def text(self, name: str) -> str:
        column = self.header.fixed.get(name)
        return "" if column is None else self.raw(column)

    def fail(self, column: int, reason: str) -> NoReturn:
        layout_error(self.path, self.header.where(column, self.row), reason)

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            self.fail(self.header.fixed[name], f"the {name} id is required in every row")
        return value

    def score(self, key: str, column: int) -> Decimal | None:
        value = self.raw(column)
        if not value:
            return None
        score = parse_decimal(value)
        if score is None:
            self.fail(column, f"“{value}” is not a decimal number (write e.g. 20 or 20.5)")
        return score

    def revision(self) -> int:
        value = self.text(REVISION)
        if not value:
            return 1
        # Nine digits at most: int() refuses 4,300 and more with a ValueError of its own.
        if not value.isascii() or not value.isdigit() or len(value) > 9 or int(value) < 1:
            self.fail(self.header.fixed[REVISION], f"“{value}” is not a revision number (1, 2, …)")
        return int(value)

    def conflict(self) -> Conflict:
        value = self.text(CONFLICT).lower()
        if not value:
            return Conflict.NONE
        try:
            return Conflict(value)
        except ValueError:
            choices = ", ".join(c.value for c in Conflict)
            self.fail(self.header.fixed[CONFLICT], f"“{value}” is not one of {choices}")

    def late(self) -> bool:
        value = self.text(LATE).lower()
        if value not in _YES | _NO:
            self.fail(self.header.fixed[LATE], f"“{value}” is not yes or no")
        return value in _YES
