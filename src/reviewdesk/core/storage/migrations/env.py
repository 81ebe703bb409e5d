"""Alembic environment for reviewdesk's schema.

reviewdesk configures Alembic in code (``storage.migrate.alembic_config``); no alembic.ini is
needed. ``Database.open`` hands over an open connection inside its transaction through
``config.attributes["connection"]``; without one (a developer's command line), the URL in the
``sqlalchemy.url`` option is used. Migrations are written out by hand, never generated at run
time; ``render_as_batch`` lets later ones alter SQLite tables.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from reviewdesk.core.storage.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if isinstance(connection, Connection):
        _run(connection)  # the caller owns the transaction: we join it
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection given and no sqlalchemy.url set")
    engine = create_engine(url)
    try:
        with engine.connect() as new_connection:
            _run(new_connection)
            new_connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
