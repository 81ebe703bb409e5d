"""The append-only, hash-chained import log (DESIGN §3 "Bindings and replay").

Rows are written only by ``storage.import_log``; the ORM refuses to change or delete them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage.models.base import SHA256_HEX, Base


class ImportLogEntry(Base):
    __tablename__ = "import_log"
    __table_args__ = (
        CheckConstraint("sequence >= 1", name="sequence_positive"),
        CheckConstraint("length(file_sha256) = 64", name="file_sha256_length"),
        CheckConstraint("length(prev_hash) = 64", name="prev_hash_length"),
        CheckConstraint("length(entry_hash) = 64", name="entry_hash_length"),
    )

    # Assigned by the log (1, 2, …), not by the database: the number is part of the hash.
    sequence: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    recorded_at: Mapped[datetime]
    file_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    kind: Mapped[str] = mapped_column(String(32))  # what was imported, e.g. "score"
    outcome: Mapped[str] = mapped_column(String(32))  # e.g. "imported", "duplicate", "alarm"
    note: Mapped[str] = mapped_column(Text, default="")
    # Unique: two entries claiming the same predecessor would fork the chain.
    prev_hash: Mapped[str] = mapped_column(SHA256_HEX, unique=True)
    entry_hash: Mapped[str] = mapped_column(SHA256_HEX, unique=True)


def _refuse_change(mapper: Any, connection: Any, target: ImportLogEntry) -> None:
    raise StorageError("import-log-append-only", sequence=target.sequence)


event.listen(ImportLogEntry, "before_update", _refuse_change)
event.listen(ImportLogEntry, "before_delete", _refuse_change)
