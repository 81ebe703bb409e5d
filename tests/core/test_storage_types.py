"""Exact values in and out of the database: decimals as text, times as UTC."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pg import BACKENDS, Cluster
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Table,
    create_engine,
    insert,
    select,
    text,
)
from sqlalchemy.exc import StatementError

from reviewdesk.core.storage.types import DecimalText, UtcDateTime

_metadata = MetaData()
_values = Table(
    "vals",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("amount", DecimalText()),
    Column("at", UtcDateTime()),
)


@pytest.fixture(scope="module", params=BACKENDS)
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One database per backend for the module (hypothesis needs a fixture it can reuse)."""
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("types") / "types.sqlite3"
        engine = create_engine(f"sqlite:///{path}")
        name = None
    else:
        cluster: Cluster = request.getfixturevalue("postgresql_cluster")
        name = cluster.create_database()
        engine = create_engine(cluster.url(name))
    _metadata.create_all(engine)
    yield engine
    engine.dispose()
    if name is not None:
        cluster.drop_database(name)


def _round_trip(engine: Engine, column: str, value: object) -> tuple[object, str]:
    with engine.begin() as connection:
        row_id = connection.execute(insert(_values).values({column: value})).inserted_primary_key[0]
        stored = connection.execute(select(_values.c[column]).where(_values.c.id == row_id))
        raw = connection.execute(text(f"SELECT {column} FROM vals WHERE id = :id"), {"id": row_id})
        return stored.scalar_one(), raw.scalar_one()


@pytest.mark.parametrize(
    ("value", "stored_text"),
    [
        (Decimal("12.5"), "12.5"),
        (Decimal("85.50"), "85.50"),  # places after the point are kept
        (Decimal("0.1"), "0.1"),
        (Decimal("1E+2"), "100"),  # never scientific notation in the database
        (Decimal("-0"), "0"),
        (Decimal("-7.25"), "-7.25"),
    ],
)
def test_decimal_is_stored_as_canonical_text(
    engine: Engine, value: Decimal, stored_text: str
) -> None:
    back, raw = _round_trip(engine, "amount", value)
    assert raw == stored_text
    assert back == value
    assert isinstance(back, Decimal)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4))
def test_decimal_round_trips_exactly(engine: Engine, value: Decimal) -> None:
    back, _ = _round_trip(engine, "amount", value)
    assert isinstance(back, Decimal)
    assert back == value
    assert back.as_tuple().exponent == value.as_tuple().exponent  # "12.50" stays "12.50"


@pytest.mark.parametrize("bad", [12.5, 0.1, 3, True, "12.5"])
def test_decimal_column_refuses_floats_and_other_types(engine: Engine, bad: object) -> None:
    with pytest.raises(StatementError) as caught:
        _round_trip(engine, "amount", bad)
    assert isinstance(caught.value.orig, TypeError)


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity")])
def test_decimal_column_refuses_non_finite_values(engine: Engine, bad: Decimal) -> None:
    with pytest.raises(StatementError):
        _round_trip(engine, "amount", bad)


def test_time_comes_back_as_the_same_instant_in_utc(engine: Engine) -> None:
    beijing = timezone(timedelta(hours=8))
    at = datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=beijing)
    back, _ = _round_trip(engine, "at", at)
    assert back == at
    assert isinstance(back, datetime)
    assert back.tzinfo is UTC
    assert back.hour == 1


def test_naive_time_is_refused(engine: Engine) -> None:
    with pytest.raises(StatementError) as caught:
        _round_trip(engine, "at", datetime(2025, 3, 1, 9, 30))
    assert isinstance(caught.value.orig, ValueError)
