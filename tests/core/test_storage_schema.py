"""The hand-written migrations build exactly the schema the models describe."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, UniqueConstraint, create_engine, inspect

from reviewdesk.core.storage import Database
from reviewdesk.core.storage.migrate import alembic_config, head_revision
from reviewdesk.core.storage.models import NAMING_CONVENTION, Base

# Every test runs on SQLite and on PostgreSQL (new_database_url: tests/pg.py).


@pytest.fixture
def migrated(new_database_url: Callable[[], str]) -> Iterator[Engine]:
    """An empty database upgraded to head by the migrations (and nothing else)."""
    engine = create_engine(new_database_url())
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection=connection), "head")
    yield engine
    engine.dispose()


@pytest.fixture
def from_models(new_database_url: Callable[[], str]) -> Iterator[Engine]:
    engine = create_engine(new_database_url())
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def _diff(engine: Engine, metadata: Any = Base.metadata) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, metadata))


def test_migrations_produce_exactly_the_models_schema(migrated: Engine) -> None:
    assert _diff(migrated) == []


def test_schema_comparison_notices_a_missing_unique_constraint(migrated: Engine) -> None:
    # Guards the test above: a comparison that sees nothing would also return [].
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    metadata.tables["experts"].append_constraint(UniqueConstraint("name"))
    assert [entry[0] for entry in _diff(migrated, metadata)] == ["add_constraint"]


def _shape(engine: Engine) -> dict[str, dict[str, Any]]:
    """What compare_metadata does not look at: CHECK constraints and foreign-key options."""
    inspector = inspect(engine)
    return {
        table: {
            "checks": sorted(
                (c["name"], c["sqltext"]) for c in inspector.get_check_constraints(table)
            ),
            "foreign_keys": sorted(
                (
                    fk["name"],
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    tuple(sorted(fk["options"].items())),
                )
                for fk in inspector.get_foreign_keys(table)
            ),
            "uniques": sorted(
                (u["name"], tuple(u["column_names"]))
                for u in inspector.get_unique_constraints(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), i["unique"])
                for i in inspector.get_indexes(table)
            ),
            "primary_key": inspector.get_pk_constraint(table),
        }
        for table in inspector.get_table_names()
        if table != "alembic_version"
    }


def test_constraints_match_the_models_by_name_and_text(
    migrated: Engine, from_models: Engine
) -> None:
    migrated_shape, models_shape = _shape(migrated), _shape(from_models)
    assert migrated_shape == models_shape
    assert migrated_shape["score_sheets"]["checks"]  # the comparison saw some checks


def test_downgrade_to_base_removes_every_table(migrated: Engine) -> None:
    with migrated.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "base")
    assert inspect(migrated).get_table_names() == ["alembic_version"]


def test_open_leaves_the_database_at_head(database_url: str) -> None:
    with Database.open(database_url) as db, db.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_heads() == (head_revision(),)
