"""Strict reading of the JSON documents inside exchange files: exact key sets, exact types,
length caps. Every problem raises ``FormatError(code, path, field=<JSON path>, reason=...)``
so that two implementations can never disagree about what a document says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.errors import FormatError, InputError

HEX64 = re.compile(r"[0-9a-f]{64}")
HEX32 = re.compile(r"[0-9a-f]{32}")
REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")  # round, panel and applicant refs
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
MAX_INT = 2**53 - 1  # what every JSON reader represents exactly


def parse_document(data: bytes, code: str, path: Path | str | None) -> dict[str, Any]:
    """Strict JSON that must also be in canonical form (one encoding per document)."""
    try:
        value = loads_strict(data, path)
    except InputError as exc:
        raise FormatError(code, path, field="$", reason=exc.detail.get("reason", "")) from None
    if not isinstance(value, dict):
        raise FormatError(code, path, field="$", reason="not an object")
    try:
        canonical = dumps_canonical(value)
    except UnicodeEncodeError:  # "\ud800" parses, but is no Unicode text
        raise FormatError(code, path, field="$", reason="a lone surrogate escape") from None
    if canonical != data:
        raise FormatError(code, path, field="$", reason="not in canonical form")
    return value


def timestamp_text(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fields:
    """One JSON object whose keys must be exactly ``keys``."""

    def __init__(
        self, value: Any, where: str, keys: set[str], code: str, path: Path | str | None
    ) -> None:
        self.where, self.code, self.path = where, code, path
        if not isinstance(value, dict):
            self.fail(where, "not an object")
        missing = sorted(keys - value.keys())
        extra = sorted(value.keys() - keys)
        if missing:
            self.fail(f"{where}.{missing[0]}", "missing")
        if extra:
            self.fail(f"{where}.{extra[0][:40]}", "unknown field")
        self.value: dict[str, Any] = value

    def fail(self, where: str, reason: str) -> None:
        raise FormatError(self.code, self.path, field=where, reason=reason)

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def text(
        self, key: str, *, max_len: int, pattern: re.Pattern[str] | None = None, empty: bool = False
    ) -> str:
        value = self.value[key]
        if not isinstance(value, str):
            self.fail(self.at(key), "not a string")
        if len(value) > max_len:
            self.fail(self.at(key), f"longer than {max_len} characters")
        if not value and not empty:
            self.fail(self.at(key), "empty")
        if pattern is not None and not pattern.fullmatch(value):
            self.fail(self.at(key), "malformed")
        return str(value)

    def optional_text(
        self, key: str, *, max_len: int, pattern: re.Pattern[str] | None = None
    ) -> str | None:
        if self.value[key] is None:
            return None
        return self.text(key, max_len=max_len, pattern=pattern)

    def timestamp(self, key: str) -> str:
        value = self.text(key, max_len=20, pattern=TIMESTAMP)
        try:
            datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            self.fail(self.at(key), "not a valid UTC time")
        return value

    def optional_timestamp(self, key: str) -> str | None:
        return None if self.value[key] is None else self.timestamp(key)

    def integer(self, key: str, *, low: int, high: int = MAX_INT) -> int:
        value = self.value[key]
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(self.at(key), "not an integer")
        if not low <= value <= high:
            self.fail(self.at(key), f"outside {low}..{high}")
        return int(value)

    def items(self, key: str, *, max_items: int, min_items: int = 0) -> Iterator[tuple[Any, str]]:
        value = self.value[key]
        if not isinstance(value, list):
            self.fail(self.at(key), "not a list")
        if len(value) > max_items:
            self.fail(self.at(key), f"more than {max_items} items")
        if len(value) < min_items:
            self.fail(self.at(key), f"fewer than {min_items} items")
        for i, item in enumerate(value):
            yield item, f"{self.at(key)}[{i}]"

    def texts(
        self,
        key: str,
        *,
        max_items: int,
        max_len: int,
        pattern: re.Pattern[str] | None = None,
        min_items: int = 0,
    ) -> tuple[str, ...]:
        """A list of distinct strings."""
        out: list[str] = []
        for item, where in self.items(key, max_items=max_items, min_items=min_items):
            if not isinstance(item, str) or not 0 < len(item) <= max_len:
                self.fail(where, "not a non-empty string within the length cap")
            if pattern is not None and not pattern.fullmatch(item):
                self.fail(where, "malformed")
            if item in out:
                self.fail(where, "duplicate")
            out.append(item)
        return tuple(out)

    def obj(self, key: str, keys: set[str]) -> Fields:
        return Fields(self.value[key], self.at(key), keys, self.code, self.path)

    def sub(self, value: Any, where: str, keys: set[str]) -> Fields:
        return Fields(value, where, keys, self.code, self.path)
