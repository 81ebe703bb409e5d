"""What a chair's installation keeps about each panel it leads (issue 8).

One ``chair_desks`` row per (chair key, chair package); everything else hangs off it, so a
home can hold several panels (and expert packages) side by side. The import log here is the
chair's per-panel hash chain (``storage.import_log`` with ``desk_id``); the audit trail and
the log are append-only: the ORM refuses to change or delete their rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage.models.base import SHA256_HEX, Base
from reviewdesk.core.storage.types import utc_now

KEYID = String(64)
REF = String(64)


class ChairDeskRow(Base):
    """A chair package opened by a chair; the file stays encrypted in the store."""

    __tablename__ = "chair_desks"
    __table_args__ = (
        UniqueConstraint("chair_keyid", "package_digest"),
        CheckConstraint("length(package_digest) = 64", name="digest_length"),
        CheckConstraint("roster_version >= 1", name="roster_version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chair_keyid: Mapped[str] = mapped_column(KEYID)
    package_digest: Mapped[str] = mapped_column(SHA256_HEX)
    round_ref: Mapped[str] = mapped_column(REF)
    panel_ref: Mapped[str] = mapped_column(REF)
    template_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    roster_version: Mapped[int] = mapped_column(Integer)
    roster_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    source_name: Mapped[str] = mapped_column(String(255))
    opened_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_opened_at: Mapped[datetime] = mapped_column(default=utc_now)


class ChairImportLogEntry(Base):
    """One entry of a panel's import log (FORMAT §10): the chair's signed receipt."""

    __tablename__ = "chair_import_log"
    __table_args__ = (
        UniqueConstraint("desk_id", "prev_hash"),
        UniqueConstraint("desk_id", "entry_hash"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
        CheckConstraint("length(file_sha256) = 64", name="file_sha256_length"),
    )

    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), primary_key=True)
    sequence: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    recorded_at: Mapped[datetime]
    file_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    kind: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(SHA256_HEX)
    entry_hash: Mapped[str] = mapped_column(SHA256_HEX)


class ChairScoreFile(Base):
    """A score file the chair accepted (or that raised an alarm), kept byte for byte as
    received (``data``) in the same transaction as its import-log entry, so a file and its
    receipt are never apart; the envelope and the scores plaintext beside it."""

    __tablename__ = "chair_score_files"
    __table_args__ = (
        UniqueConstraint("desk_id", "file_sha256"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), index=True)
    file_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    envelope_digest: Mapped[str] = mapped_column(SHA256_HEX)
    package_digest: Mapped[str] = mapped_column(SHA256_HEX)
    expert: Mapped[str] = mapped_column(KEYID)
    revision: Mapped[int]
    received_at: Mapped[datetime]  # the import log entry's recorded_at
    log_sequence: Mapped[int]
    accepted: Mapped[bool]  # False: kept as the evidence of an equivocation alarm
    envelope: Mapped[bytes] = mapped_column(LargeBinary)
    scores: Mapped[bytes] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the file as received


class ChairAlarm(Base):
    """Two different files claiming one revision of one expert's scores."""

    __tablename__ = "chair_alarms"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), index=True)
    score_file_id: Mapped[int] = mapped_column(ForeignKey("chair_score_files.id"))
    expert: Mapped[str] = mapped_column(KEYID)
    revision: Mapped[int]
    raised_at: Mapped[datetime]
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None]


class ChairPaperSheet(Base):
    """A sheet an expert scored on paper, entered by the chair (canonical JSON sheet)."""

    __tablename__ = "chair_paper_sheets"
    __table_args__ = (UniqueConstraint("desk_id", "expert", "applicant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), index=True)
    expert: Mapped[str] = mapped_column(KEYID)
    applicant: Mapped[str] = mapped_column(REF)
    sheet: Mapped[bytes] = mapped_column(LargeBinary)
    note: Mapped[str] = mapped_column(Text)
    entered_at: Mapped[datetime]


class ChairDecision(Base):
    """The chair's current decision on one thing (flag, veto, grade, opinion, order)."""

    __tablename__ = "chair_decisions"
    __table_args__ = (UniqueConstraint("desk_id", "applicant", "kind", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), index=True)
    applicant: Mapped[str] = mapped_column(REF)  # "" for panel-wide decisions
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(1000))
    value: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime]


class ChairAuditEntry(Base):
    """The audit trail: every decision as it was made, in order, never changed."""

    __tablename__ = "chair_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), index=True)
    version: Mapped[int]
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(32))
    applicant: Mapped[str | None] = mapped_column(REF)
    subject: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)


class ChairVersion(Base):
    """A numbered version of the panel's result; finalised ones stay in the history."""

    __tablename__ = "chair_versions"
    __table_args__ = (
        UniqueConstraint("desk_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("chair_desks.id"), index=True)
    number: Mapped[int]
    started_at: Mapped[datetime]
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    finalised_at: Mapped[datetime | None]
    bundle_digest: Mapped[str | None] = mapped_column(SHA256_HEX)
    fingerprint: Mapped[str | None] = mapped_column(String(100))
    outputs: Mapped[str] = mapped_column(Text, default="")  # paths written, one per line


def _refuse_log_change(mapper: Any, connection: Any, target: ChairImportLogEntry) -> None:
    raise StorageError("import-log-append-only", sequence=target.sequence)


def _refuse_audit_change(mapper: Any, connection: Any, target: ChairAuditEntry) -> None:
    raise StorageError("chair-audit-append-only", entry=target.id)


event.listen(ChairImportLogEntry, "before_update", _refuse_log_change)
event.listen(ChairImportLogEntry, "before_delete", _refuse_log_change)
event.listen(ChairAuditEntry, "before_update", _refuse_audit_change)
event.listen(ChairAuditEntry, "before_delete", _refuse_audit_change)
