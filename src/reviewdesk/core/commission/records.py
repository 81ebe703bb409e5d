"""How the commission's services use the database: one short transaction per step, and
optimistic concurrency on the rows staff share.

Several staff may work on one database at once. A screen shows a row with its ``version``;
a change names the version it was made against (``expected``). If someone else saved the row
in between, the change is refused with ``StorageError`` ``changed-by-someone-else`` (the
person reloads and decides again) — never silently written over the other's work. Two
transactions racing on the same row are caught by the ``version`` column itself
(SQLAlchemy's ``version_id_col``: the UPDATE names the version it read), whose
``StaleDataError`` becomes the same error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage import Database


class Versioned(Protocol):
    version: Any


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A session in one transaction, committed at the end of the block."""
    try:
        with db.session() as session, session.begin():
            yield session
    except StaleDataError:
        raise StorageError("changed-by-someone-else", what="row") from None


def expect_version(row: Versioned, expected: int | None, what: str) -> None:
    """Refuse a change made against an older ``expected`` version of ``row`` (None: the
    caller did not show the row to anyone, e.g. a script)."""
    if expected is not None and row.version != expected:
        raise StorageError(
            "changed-by-someone-else", what=what, expected=expected, found=row.version
        )


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def json_value(text: str) -> Any:
    return json.loads(text)
