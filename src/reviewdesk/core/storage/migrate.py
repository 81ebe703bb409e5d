"""Alembic plumbing, configured in code so it works from a source tree, a wheel or a bundle.

New migrations go in ``migrations/versions`` as ``NNNN_slug.py`` with revision id ``NNNN``,
written (or generated, then read and edited) by a developer::

    from alembic import command
    command.revision(alembic_config("sqlite:///dev.sqlite3"), "what changes",
                     autogenerate=True, rev_id="0002")
"""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

# Resolved from this file, not the working directory: the scripts ship inside the package.
# Deliberately not a Python package (no __init__.py): importing env.py outside Alembic fails,
# and package walkers (tests/test_architecture.py) must skip it.
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")


def alembic_config(url: str | None = None, *, connection: Connection | None = None) -> Config:
    """An Alembic configuration for reviewdesk's migrations; no alembic.ini involved."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # ini interpolation
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this version of reviewdesk knows."""
    head = _scripts().get_current_head()
    assert head is not None, "the migrations directory has no revisions"
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _scripts().walk_revisions())


def current_revisions(connection: Connection) -> tuple[str, ...]:
    """The revisions stamped in the database (empty for a database never migrated)."""
    return tuple(MigrationContext.configure(connection).get_current_heads())


def upgrade_to_head(connection: Connection) -> None:
    """Apply the missing migrations inside the connection's current transaction."""
    command.upgrade(alembic_config(connection=connection), "head")
