"""Storage: typed SQLAlchemy models, the database with its migrations, the import log."""

from reviewdesk.core.storage.database import Database
from reviewdesk.core.storage.import_log import (
    GENESIS,
    append_entry,
    head,
    verify_chain,
    verify_import_log,
)
from reviewdesk.core.storage.migrate import head_revision
from reviewdesk.core.storage.types import DecimalText, UtcDateTime

__all__ = [
    "GENESIS",
    "Database",
    "DecimalText",
    "UtcDateTime",
    "append_entry",
    "head",
    "head_revision",
    "verify_chain",
    "verify_import_log",
]
