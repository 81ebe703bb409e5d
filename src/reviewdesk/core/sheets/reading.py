"""Read a chair's score-sheet file (CSV or JSON) and a chair-decisions file.

Errors are :class:`~reviewdesk.core.errors.InputError` with a code:

- ``file-unreadable`` (``reason``), ``file-too-large`` (``limit``);
- ``sheets-not-utf8`` (``line``, ``encoding``): Excel on Chinese Windows saves "CSV" as GBK;
  the message tells the chair to save as "CSV UTF-8" instead;
- ``bad-json`` (``reason``): not strict JSON, e.g. a score written as a bare 20.5;
- ``sheets-invalid`` / ``decisions-invalid`` (``where``, ``reason``): the layout is broken.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import read_capped
from reviewdesk.core.sheets.csv_layout import parse_csv
from reviewdesk.core.sheets.json_layout import parse_decisions_document, parse_json_sheets
from reviewdesk.core.sheets.sheet_set import MAX_SHEETS_BYTES, RoundDecisions, SheetSet


def read_sheets(path: Path | str) -> SheetSet:
    """Read score sheets: JSON for ``*.json`` or a file starting with ``{``, else CSV."""
    path = Path(path)
    text = _read_text(path)
    if path.suffix.lower() == ".json" or (
        path.suffix.lower() != ".csv" and text.lstrip().startswith("{")
    ):
        return parse_json_sheets(loads_strict(text.encode("utf-8"), path), path)
    return parse_csv(text, path)


def read_decisions(path: Path | str) -> RoundDecisions:
    """Read a separate ``reviewdesk-decisions/1`` JSON file."""
    path = Path(path)
    return parse_decisions_document(loads_strict(_read_text(path).encode("utf-8"), path), path)


def _read_text(path: Path) -> str:
    """The file as text: at most the size cap, UTF-8 with or without a byte-order mark."""
    data = read_capped(path, MAX_SHEETS_BYTES)  # an ordinary file: a pipe is refused
    return decode_utf8_table(data, path)


def decode_utf8_table(data: bytes, path: Path) -> str:
    """A spreadsheet saved as text, decoded as UTF-8 with or without a byte-order mark;
    anything else is ``sheets-not-utf8`` naming the first bad line and a likely encoding."""
    if data.startswith(codecs.BOM_UTF8):  # Excel's "CSV UTF-8" and Notepad write one
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            "sheets-not-utf8", path, line=line, encoding=_guess_encoding(data)
        ) from None


def _guess_encoding(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16 (Excel's “Unicode Text”)"
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return "an unknown encoding"
    return "GBK (what Excel on Chinese Windows calls “CSV”)"
