"""A batch of score-file imports, held in memory and written in one go (``chair.importing``).

A database round trip per row costs more than checking a small score file, so the files
of one batch are verified and judged one after the other against what is stored *and*
what the batch already holds, their import-log entries are chained in memory (the same
hashes as ``storage.import_log``, continuing from the stored head), and everything is
inserted at the end, in the caller's transaction. Each file stays all-or-nothing:
``mark`` before it, ``rollback_to`` the mark if it fails — nothing of it remains.

``Batch`` is the ``ImportLog`` of ``formats.imports`` and ``Batch.store`` its
``ScoreStore``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from reviewdesk.core.formats.imports import StoredScore
from reviewdesk.core.storage import import_log
from reviewdesk.core.storage.models import ChairAlarm, ChairImportLogEntry, ChairScoreFile

Mark = tuple[int, int, int, str]


class Batch:
    def __init__(self, session: Session, desk_id: int) -> None:
        self.session, self.desk_id = session, desk_id
        last = import_log.last_entry(session, desk_id)
        self.sequence = 0 if last is None else last.sequence
        self.hash = import_log.GENESIS if last is None else last.entry_hash
        self.entries: list[dict[str, Any]] = []
        self.files: list[dict[str, Any]] = []
        self.recorded_at = datetime.now(UTC)  # set per file by the caller
        self.store = _Store(self)
        self.held: dict[tuple[str, str], list[tuple[int, str]]] = {}  # stored, and this batch's
        rows = session.execute(
            select(
                ChairScoreFile.package_digest,
                ChairScoreFile.expert,
                ChairScoreFile.revision,
                ChairScoreFile.envelope_digest,
            ).where(ChairScoreFile.desk_id == desk_id)
        )
        for package, expert, revision, digest in rows:
            self.held.setdefault((package, expert), []).append((revision, digest))

    # ImportLog ---------------------------------------------------------------------

    def append(self, *, file_sha256: str, kind: str, outcome: str, note: str) -> None:
        at = self.recorded_at.astimezone(UTC)
        entry_hash = import_log.compute_entry_hash(
            prev_hash=self.hash,
            sequence=self.sequence + 1,
            recorded_at=at,
            file_sha256=file_sha256,
            kind=kind,
            outcome=outcome,
            note=note,
        )
        self.sequence += 1
        self.entries.append(
            {
                "desk_id": self.desk_id,
                "sequence": self.sequence,
                "recorded_at": at,
                "file_sha256": file_sha256,
                "kind": kind,
                "outcome": outcome,
                "note": note,
                "prev_hash": self.hash,
                "entry_hash": entry_hash,
            }
        )
        self.hash = entry_hash

    def head(self) -> str:
        return self.hash

    # ScoreStore (through ``store``) ---------------------------------------------------

    def lookup(self, package_digest: str, expert: str) -> Sequence[StoredScore]:
        """Every revision held (stored or in this batch), without bytes: the rules compare
        digests and revisions only."""
        held = list(self.held.get((package_digest, expert), []))
        held += [
            (f["revision"], f["envelope_digest"])
            for f in self.files
            if (f["package_digest"], f["expert"]) == (package_digest, expert)
        ]
        return [StoredScore(package_digest, expert, r, d, b"", b"") for r, d in held]

    # Per file ----------------------------------------------------------------------

    def keep(self, values: dict[str, Any]) -> None:
        """A file to store (``chair_score_files`` columns, plus ``alarm``)."""
        self.files.append({"desk_id": self.desk_id, **values})

    def mark(self) -> Mark:
        return len(self.entries), len(self.files), self.sequence, self.hash

    def rollback_to(self, mark: Mark) -> None:
        entries, files, self.sequence, self.hash = mark
        del self.entries[entries:]
        del self.files[files:]

    def write(self) -> None:
        """Insert everything held, in the caller's transaction."""
        if self.entries:
            self.session.execute(insert(ChairImportLogEntry), self.entries)
        for f in self.files:
            key = (f["package_digest"], f["expert"])
            self.held.setdefault(key, []).append((f["revision"], f["envelope_digest"]))
        if not self.files:
            return
        alarms = {f["file_sha256"]: f for f in self.files if f["alarm"]}
        self.session.execute(
            insert(ChairScoreFile),
            [{k: v for k, v in f.items() if k != "alarm"} for f in self.files],
        )
        if alarms:
            ids = self.session.execute(
                select(ChairScoreFile.id, ChairScoreFile.file_sha256).where(
                    ChairScoreFile.desk_id == self.desk_id,
                    ChairScoreFile.file_sha256.in_(list(alarms)),
                )
            )
            self.session.execute(
                insert(ChairAlarm),
                [
                    {
                        "desk_id": self.desk_id,
                        "score_file_id": row_id,
                        "expert": alarms[sha]["expert"],
                        "revision": alarms[sha]["revision"],
                        "raised_at": alarms[sha]["received_at"],
                    }
                    for row_id, sha in ids
                ],
            )
        self.entries, self.files = [], []


class _Store:
    """``Batch`` as a ``ScoreStore``; ``Batch.keep`` stores a file with its receipt."""

    def __init__(self, batch: Batch) -> None:
        self._batch = batch

    def lookup(self, package_digest: str, expert: str) -> Sequence[StoredScore]:
        return self._batch.lookup(package_digest, expert)

    def append(self, score: StoredScore) -> None:
        return None
