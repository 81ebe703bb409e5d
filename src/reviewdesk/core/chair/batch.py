"""A batch of score-file imports, held in memory and written in one go (``chair.importing``).

A database round trip per row costs more than checking a small score file, so the files
of one batch are verified and judged one after the other against what is stored *and*
what the batch already holds, their import-log entries are chained in memory (the same
hashes as ``storage.import_log``, continuing from the stored head), and everything is
inserted at the end, in the caller's transaction. Each file stays all-or-nothing:
``mark`` before it, ``rollback_to`` the mark if it fails — nothing of it remains.

One ``Batch`` serves a whole import: after ``write`` and its commit, ``resume`` carries it
into the next transaction, so what the panel holds is read once per import and looked up
in a dictionary (the revisions of one expert, not a scan of the batch) — unless the stored
log moved meanwhile (another window imported), when it is read again.

``Batch`` is the ``ImportLog`` of ``formats.imports`` and ``Batch.store`` its
``ScoreStore``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from reviewdesk.core.formats.imports import StoredScore
from reviewdesk.core.storage import import_log
from reviewdesk.core.storage.models import ChairAlarm, ChairImportLogEntry, ChairScoreFile

Mark = tuple[int, int, int, str]
# Inserted as plain rows (Core): the ORM's per-object bookkeeping is not needed here.
_LOG = cast(Table, ChairImportLogEntry.__table__)
_FILES = cast(Table, ChairScoreFile.__table__)
_ALARMS = cast(Table, ChairAlarm.__table__)
_Key = tuple[str, str]  # (package digest, expert keyid)


class Batch:
    def __init__(self, session: Session, desk_id: int) -> None:
        self.desk_id = desk_id
        self.entries: list[dict[str, Any]] = []
        self.files: list[dict[str, Any]] = []
        self.recorded_at = datetime.now(UTC)  # set per file by the caller
        self.store = _Store(self)
        self._load(session)

    def _load(self, session: Session) -> None:
        self.session = session
        last = import_log.last_entry(session, self.desk_id)
        self.sequence = 0 if last is None else last.sequence
        self.hash = import_log.GENESIS if last is None else last.entry_hash
        # Every revision held (stored, and this batch's), without bytes: the rules compare
        # digests and revisions only.
        self.held: dict[_Key, list[StoredScore]] = {}
        rows = session.execute(
            select(
                ChairScoreFile.package_digest,
                ChairScoreFile.expert,
                ChairScoreFile.revision,
                ChairScoreFile.envelope_digest,
            ).where(ChairScoreFile.desk_id == self.desk_id)
        )
        for package, expert, revision, digest in rows:
            self._hold(StoredScore(package, expert, revision, digest, b"", b""))

    def resume(self, session: Session) -> Batch:
        """This batch, written and committed, in the next transaction ``session``."""
        assert not self.entries and not self.files, "write() the batch before resuming"
        last = import_log.last_entry(session, self.desk_id)
        if last is None or (last.sequence, last.entry_hash) != (self.sequence, self.hash):
            self._load(session)  # someone else imported meanwhile: start from what is stored
        else:
            self.session = session
        return self

    def _hold(self, score: StoredScore) -> None:
        self.held.setdefault((score.package_digest, score.expert), []).append(score)

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
        """Every revision held, stored or in this batch (without bytes)."""
        return tuple(self.held.get((package_digest, expert), ()))

    # Per file ----------------------------------------------------------------------

    def keep(self, values: dict[str, Any]) -> None:
        """A file to store (``chair_score_files`` columns, plus ``alarm``)."""
        self.files.append({"desk_id": self.desk_id, **values})
        key = values["package_digest"], values["expert"], values["revision"]
        self._hold(StoredScore(*key, values["envelope_digest"], b"", b""))

    def mark(self) -> Mark:
        return len(self.entries), len(self.files), self.sequence, self.hash

    def rollback_to(self, mark: Mark) -> None:
        entries, files, self.sequence, self.hash = mark
        for f in reversed(self.files[files:]):  # each was the last held of its expert
            self.held[(f["package_digest"], f["expert"])].pop()
        del self.entries[entries:]
        del self.files[files:]

    def write(self) -> None:
        """Insert everything held, in the caller's transaction."""
        if self.entries:
            self.session.execute(insert(_LOG), self.entries)
        if not self.files:
            self.entries = []
            return
        alarms = {f["file_sha256"]: f for f in self.files if f["alarm"]}
        self.session.execute(
            insert(_FILES),
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
                insert(_ALARMS),
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
