"""Strict readers for the JSON objects of the key files, enrolments and rosters.

Every object has an exact field set and every value an exact type, so that two readers can
never disagree on what a signed document says. Each problem becomes the caller's own error
(``roster-invalid``, ``identity-invalid``, …) naming the field. Every string is one line of
untrusted text under the formats' text rule (``formats.text_rules``: no control, line
separator or bidirectional character) — people's names, a roster's label, a revocation's
reason are shown on screens and terminals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import Any

from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.formats.text_rules import TextKind, text_problem

Fail = Callable[[str, str], ReviewdeskError]
"""Makes the caller's error from (field, reason)."""

_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_HEX_RE = re.compile(r"[0-9a-f]*")
MAX_INT = 2**53 - 1  # exact in every JSON reader


def format_time(moment: datetime) -> str:
    """UTC, whole seconds, ``Z``: the one text form of a time in signed documents."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Fields:
    """One JSON object read strictly; ``where`` prefixes field names in errors."""

    def __init__(self, value: Any, fail: Fail, names: Collection[str], where: str = "") -> None:
        self._fail = fail
        self._where = where
        if not isinstance(value, dict):
            raise fail(where or "$", "not a JSON object")
        missing = sorted(set(names) - value.keys())
        extra = sorted(value.keys() - set(names))
        if missing:
            raise fail(self.name(missing[0]), "missing")
        if extra:
            raise fail(self.name(extra[0]), "unknown field")
        self._value: dict[str, Any] = value

    def name(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def fail(self, key: str, reason: str) -> ReviewdeskError:
        return self._fail(self.name(key), reason)

    def raw(self, key: str) -> Any:
        return self._value[key]

    def text(self, key: str, *, max_len: int, pattern: re.Pattern[str] | None = None) -> str:
        """A non-empty single-line string without control or bidirectional characters."""
        value = self._value[key]
        if not isinstance(value, str):
            raise self.fail(key, "not a string")
        if not value or len(value) > max_len:
            raise self.fail(key, f"must be 1 to {max_len} characters")
        problem = text_problem(value, TextKind.NAME)
        if problem is not None:
            raise self.fail(key, problem)
        if pattern is not None and not pattern.fullmatch(value):
            raise self.fail(key, "has the wrong form")
        return value

    def integer(self, key: str, *, low: int = 0, high: int = MAX_INT) -> int:
        value = self._value[key]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(key, "not an integer")
        if not low <= value <= high:
            raise self.fail(key, f"must be from {low} to {high}")
        return value

    def array(self, key: str, *, max_items: int) -> list[Any]:
        value = self._value[key]
        if not isinstance(value, list):
            raise self.fail(key, "not a list")
        if len(value) > max_items:
            raise self.fail(key, f"more than {max_items} entries")
        return value

    def time(self, key: str) -> datetime:
        value = self._value[key]
        if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
            raise self.fail(key, "not a time of the form 2025-01-31T08:00:00Z")
        try:
            return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            raise self.fail(key, "not a valid date and time") from None

    def hex_bytes(self, key: str, size: int) -> bytes:
        value = self._value[key]
        if not isinstance(value, str) or len(value) != 2 * size or not _HEX_RE.fullmatch(value):
            raise self.fail(key, f"not {size} bytes in lowercase hex")
        return bytes.fromhex(value)

    def literal(self, key: str, expected: str) -> None:
        if self._value[key] != expected:
            raise self.fail(key, f"must be {expected!r}")
