"""Storage: typed SQLAlchemy models, the database with its migrations, the import log."""

from reviewdesk.core.storage.database import Database, default_path
from reviewdesk.core.storage.migrate import head_revision
from reviewdesk.core.storage.types import DecimalText, UtcDateTime

__all__ = [
    "Database",
    "DecimalText",
    "UtcDateTime",
    "default_path",
    "head_revision",
]
