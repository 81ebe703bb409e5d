"""Canonical JSON: the bytes that are hashed and signed.

Strict parsing refuses what would let two readers disagree: duplicate keys, binary floats,
NaN/Infinity, non-UTF-8 bytes. Decimals travel as JSON strings ("12.5").
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from reviewdesk.core.errors import InputError

MAX_DEPTH = 64  # arrays and objects inside each other; no reviewdesk document needs 10
MAX_NUMBER_DIGITS = 40  # far beyond any count or score; int() of 5,000 digits is refused
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_float(text: str) -> Any:
    raise ValueError(f"binary float {text} (write decimals as strings)")


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not allowed")


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_NUMBER_DIGITS:
        raise ValueError(f"a number of {digits} digits (at most {MAX_NUMBER_DIGITS})")
    return int(text)


def too_deep(text: str) -> bool:
    """Whether arrays and objects lie more than ``MAX_DEPTH`` deep inside each other in JSON
    ``text`` (brackets inside strings do not count), found without recursion: the parser
    itself recurses once per level and would run out of stack on ``[[[[…``."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return False
    brackets = _BRACKETS.findall(_STRING.sub("", text))
    return max(accumulate(_STEP[b] for b in brackets), default=0) > MAX_DEPTH


def loads_strict(data: bytes, path: Path | str | None = None) -> Any:
    """Parse UTF-8 JSON strictly; raise ``InputError('bad-json', path, reason=...)``.

    Nesting deeper than ``MAX_DEPTH`` and numbers longer than ``MAX_NUMBER_DIGITS`` are
    refused before they can exhaust the stack or the integer conversion."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("bad-json", path, reason=f"not UTF-8 at byte {exc.start}") from None
    if too_deep(text):
        reason = f"arrays or objects nested more than {MAX_DEPTH} deep"
        raise InputError("bad-json", path, reason=reason)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_int=_bounded_int,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        raise InputError("bad-json", path, reason=f"{exc.msg} at line {exc.lineno}") from None
    except ValueError as exc:
        raise InputError("bad-json", path, reason=str(exc)) from None
    except RecursionError:  # not reached under MAX_DEPTH; kept so no input can crash us
        raise InputError("bad-json", path, reason="nested too deeply") from None
    if not _all_text_encodable(value):
        # "\ud800" parses to a lone surrogate that no UTF-8 writer can re-encode.
        raise InputError("bad-json", path, reason="lone surrogate escape in a string")
    return value


def _all_text_encodable(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def dumps_canonical(value: Any) -> bytes:
    """Sorted keys, no insignificant white space, UTF-8 without escapes."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")
