"""Column types that keep the domain's values exact: decimals as text, times as UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Text
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as canonical fixed-point text (``"12.50"``), never as a float.

    Binary floats are refused on the way in, so no rounding error can reach a score. The text
    keeps the value and its places after the point (``Decimal("12.50")`` comes back as
    ``"12.50"``). Text does not sort numerically in SQL: order scores in Python.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return decimal_to_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)


def decimal_to_text(value: object) -> str:
    """The canonical text of a finite ``Decimal``; ``TypeError`` for anything else (floats!)."""
    if not isinstance(value, Decimal):
        raise TypeError(f"expected Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite decimal")
    if value.is_zero() and value.is_signed():
        value = value.copy_abs()  # "-0" and "0" are the same score
    return format(value, "f")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC and always read back as aware UTC.

    Naive datetimes are refused: a time without a zone is a bug waiting to happen when a
    laptop's clock zone differs from the office's. SQLite has no zone, so it stores naive UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: give a time zone")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
