"""Text that comes from an exchange file is untrusted, even when signed (FORMAT.md §6 "Text").

Names of rounds, panels and applicants, attachment labels and media types, declaration
texts, opinions and comments are shown to people and printed on terminals. One rule for all
parsers refuses what could disguise or break that display:

- control characters (C0, DEL, C1) — only free text (``TextKind.FREE``) may hold a line
  break (``\\n``) or a tab;
- the Unicode bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E and
  U+2066–U+2069, which reorder what is shown ("gpj.exe" shown as "exe.jpg");
- the line and paragraph separators U+2028 and U+2029 in one-line text;
- in an attachment's file name, ``/`` and ``\\`` and a name of dots only (``.``, ``..``);
- a media type that is not ``type/subtype`` (optionally with parameters), or above 100
  characters.

A refusal is ``FormatError("text-not-allowed", path, field=<JSON path>, reason=...)``; the
reason names the character by its code point and never repeats the text itself.
``escape_for_display`` is the other half: whatever got through, a program shows control and
bidirectional characters as ``\\uXXXX`` (the CLI; the GUI's ``gui/plain_text.py``).
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

from reviewdesk.core.errors import FormatError
from reviewdesk.core.formats.strict import Fields

CODE = "text-not-allowed"  # a reader's refusal
WRITER_CODE = "text-not-signable"  # the expert's desk: a score sheet's text, before signing
MANIFEST_WRITER_CODE = "manifest-text-not-signable"  # building a package: a name or label
MAX_MIME = 100

BIDI_CONTROLS = frozenset([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
LINE_SEPARATORS = frozenset([0x2028, 0x2029])
_MIME = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}"
    r"(?:; ?[A-Za-z0-9!#$&^_.+-]{1,64}=(?:[A-Za-z0-9!#$&^_.+-]{1,64}|\"[ -!#-~]{0,64}\"))*"
)


class TextKind(Enum):
    NAME = "name"  # one line: a round's, panel's, applicant's or person's name; a label
    FILE_NAME = "file name"  # one line, and no folder in it
    MIME = "media type"
    FREE = "free text"  # several lines: declarations, opinions, comments, evidence


def _is_control(cp: int) -> bool:
    return cp < 0x20 or 0x7F <= cp <= 0x9F


def _describe(cp: int) -> str:
    if cp in BIDI_CONTROLS:
        return f"U+{cp:04X} is a bidirectional control character"
    if cp in LINE_SEPARATORS:
        return f"U+{cp:04X} is a line break"
    if cp == 0x0A:
        return "a line break (U+000A) is not allowed in a one-line text"
    return f"U+{cp:04X} is a control character"


def text_problem(text: str, kind: TextKind) -> str | None:
    """Why ``text`` cannot be accepted as ``kind``, or ``None`` when it can."""
    multiline = kind is TextKind.FREE
    for ch in text:
        cp = ord(ch)
        if multiline and cp in (0x09, 0x0A):
            continue
        if _is_control(cp) or cp in BIDI_CONTROLS or (not multiline and cp in LINE_SEPARATORS):
            return _describe(cp)
    if kind is TextKind.FILE_NAME:
        if "/" in text or "\\" in text:
            return "a file name cannot contain '/' or '\\'"
        if text.strip("."):
            return None
        return "a file name cannot be made of dots only"
    if kind is TextKind.MIME:
        if len(text) > MAX_MIME:
            return f"longer than {MAX_MIME} characters"
        if not _MIME.fullmatch(text):
            return "not a media type (type/subtype)"
    return None


def check_text(
    text: str, kind: TextKind, *, field: str, path: Path | str | None, code: str = CODE
) -> str:
    """``text`` itself, or ``FormatError(code)`` naming ``field`` (``text-not-allowed``;
    writers pass ``WRITER_CODE``)."""
    problem = text_problem(text, kind)
    if problem is not None:
        raise FormatError(code, path, field=field, reason=problem)
    return text


def checked_text(f: Fields, key: str, kind: TextKind, *, max_len: int, empty: bool = False) -> str:
    """``f.text(key)`` (type, length, emptiness) and then the text rule for ``kind``."""
    return check_text(f.text(key, max_len=max_len, empty=empty), kind, field=f.at(key), path=f.path)


_ESCAPED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_ESCAPED_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def escape_for_display(text: str, *, multiline: bool = False) -> str:
    """``text`` with every control and bidirectional character shown as ``\\uXXXX``;
    ``multiline`` keeps line breaks and tabs as they are."""
    pattern = _ESCAPED if multiline else _ESCAPED_ONE_LINE
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
