"""Does a PDF open? A structural check before any package is built, without a PDF library.

An expert who finds an attachment that will not open cannot ask anyone: the commission must
know first. The check reads the first KiB and the last 64 KiB and the bytes at the
cross-reference offset, never the whole file:

- ``not-pdf``: no ``%PDF-`` header in the first KiB (a Word file renamed, an HTML error
  page saved as .pdf);
- ``empty``: nothing in it;
- ``truncated``: no ``startxref`` … ``%%EOF`` at the end (an interrupted download or copy);
- ``broken-xref``: ``startxref`` points outside the file or at something that is not a
  cross-reference table or stream;
- ``encrypted``: the trailer names an ``/Encrypt`` dictionary (a password-protected PDF the
  viewer could not open without a password no expert has).

Each problem is returned as a word (``pdf_problem``), not raised: the materials report names
every bad file at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import open_input

HEAD = 1024
TAIL = 64 * 1024
XREF_PEEK = 4096
_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})\s+%%EOF\s*$")
_XREF_AT = re.compile(rb"\s*(xref\b|\d+\s+\d+\s+obj\b)")
_ENCRYPT = re.compile(rb"/Encrypt\s*(\d+\s+\d+\s+R|<<)")


def pdf_problem(path: Path) -> str | None:
    """None when ``path`` looks like a PDF that opens; else the problem's word (module
    text), or ``unreadable: <reason>`` when the file cannot be read at all."""
    try:
        with open_input(path) as handle:  # a named pipe or a device is refused, never read
            head = handle.read(HEAD)
            if not head:
                return "empty"
            if b"%PDF-" not in head:  # readers allow a little junk before the header
                return "not-pdf"
            size = handle.seek(0, 2)
            handle.seek(max(0, size - TAIL))
            tail = handle.read(TAIL)
            match = _STARTXREF.search(tail.rstrip(b"\x00"))
            if match is None:
                return "truncated"
            offset = int(match.group(1))
            if offset <= 0 or offset >= size:
                return "broken-xref"
            handle.seek(offset)
            at_xref = handle.read(XREF_PEEK)
    except InputError as exc:
        return f"unreadable: {exc.detail.get('reason') or exc.code}"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    if _XREF_AT.match(at_xref) is None:
        return "broken-xref"
    if _ENCRYPT.search(tail) or _ENCRYPT.search(at_xref):
        return "encrypted"
    return None
