"""Text from a file, ready for a terminal (issue 7 item 9).

Names, labels and paths printed by the commands come from files a stranger may have made: a
control character can move the cursor or clear the screen (``ESC [2J``), a bidirectional
override can show "gpj.exe" as "exe.jpg". ``safe`` shows every such character as
``\\uXXXX`` (core/formats/text_rules.py).

``--json`` output is for programs, so its values stay exact — but it is often read on a
terminal too: ``json_text`` writes UTF-8 JSON in which every control, line-separator and
bidirectional character inside a string is the JSON escape ``\\uXXXX``. A JSON reader gets
the very same string back; a terminal shows no reordering and runs no escape sequence."""

from __future__ import annotations

import json
import re
from typing import Any

from reviewdesk.core.formats.text_rules import escape_for_display

# json.dumps escapes C0 itself; these it leaves raw with ensure_ascii=False. Outside strings
# JSON text is ASCII, so each such character found is inside a string and may be escaped.
# Lone surrogates (a non-UTF-8 file name, decoded with surrogateescape) are escaped too: the
# output can always be encoded, and Python's JSON reader gives the same string back.
_JSON_RAW = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def safe(value: object) -> str:
    return escape_for_display(str(value))


def json_text(value: Any) -> str:
    """``value`` as indented UTF-8 JSON (``str()`` for what JSON has no type for), with
    control and bidirectional characters escaped as ``\\uXXXX`` (module text)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
