"""One table per worksheet, as the panel workbook and the commission's results workbook write it.

A bold shaded header row frozen at the top, widths in characters (a CJK character counts two),
text wrapped, and decimals exact: openpyxl writes a number as "%.16g" of its float, so a
decimal with more digits than that is written as its text rather than rounded silently.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | Decimal | None
_HEAD_FILL = PatternFill("solid", fgColor="E6E6E6")
_WRAP = Alignment(wrap_text=True, vertical="top")


def write_table(sheet: Worksheet, head: list[tuple[str, int]], rows: list[list[Cell]]) -> None:
    """The header `head` (name, width), then `rows`, into an empty `sheet`."""
    sheet.append([name for name, _ in head])
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = Font(bold=True), _HEAD_FILL, _WRAP
    for row in rows:
        sheet.append([exact_cell(value) for value in row])
    for index, (_, width) in enumerate(head, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                cell.alignment = _WRAP
    sheet.freeze_panes = "A2"


def exact_cell(value: Cell) -> Cell:
    """`value` as a spreadsheet number when it survives as one, else its exact text."""
    if isinstance(value, Decimal) and Decimal(format(float(value), ".16g")) != value:
        return format(value, "f")
    return value
