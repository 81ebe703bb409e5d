"""The declarative base: one metadata, stable constraint names, the project's column types."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase

from reviewdesk.core.storage.types import DecimalText, UtcDateTime

# Named constraints let later migrations drop or alter them by name on every backend
# (SQLite batch mode needs the names too). Keep the names short: PostgreSQL cuts at 63.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SHA256_HEX = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        Decimal: DecimalText(),
        datetime: UtcDateTime(),
    }


def enum_type[E: enum.Enum](cls: type[E], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a named CHECK (no native PostgreSQL ENUM, whose
    changes need special migrations). Stores the enum's *values* ("recognition"), which are
    also the words of the exchange formats, not the Python names."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
