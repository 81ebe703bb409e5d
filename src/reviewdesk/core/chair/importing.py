"""The chair's import of score files (issue 8 item 2; FORMAT §9–10).

Each file is imported all-or-nothing (a savepoint of its own): verification and binding to
the chair package (``formats.imports.import_score_file``), the replay rules, the panel's
import-log entry and the stored row with the file's bytes as received stand or fall
together. A bad file gives a ``rejected`` verdict and an entry in the log; it never stops
the others. A file that cannot even be read gets a verdict but no log entry.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.views import AlarmInfo, ImportVerdict, LogEntryView, Verdict
from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import CancelledError, InputError, ReviewdeskError, StorageError
from reviewdesk.core.formats.imports import (
    ImportOutcome,
    ImportResult,
    LoggedEntry,
    SessionImportLog,
    StoredScore,
    encode_import_log,
    import_score_file,
)
from reviewdesk.core.formats.manifest import parse_manifest
from reviewdesk.core.formats.manifest_details import ScoreDetails
from reviewdesk.core.formats.score_file import ScoreExpectation, sheets_from_data
from reviewdesk.core.fsutil import atomic_write, read_capped
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.scoring import ScoreSheet
from reviewdesk.core.storage import import_log
from reviewdesk.core.storage.models import ChairAlarm, ChairScoreFile
from reviewdesk.core.storage.types import utc_now

SCORE_SUFFIX = ".rdx"
BATCH_SECONDS = 0.5  # at most this much import work waits for one commit
MAX_SCORE_FILE = 64 * 1024 * 1024  # a score file of 1000 applicants is well under 8 MiB
_VERDICTS = {
    ImportOutcome.IMPORTED: Verdict.ACCEPTED,
    ImportOutcome.DUPLICATE: Verdict.ALREADY_IMPORTED,
    ImportOutcome.OLDER_REVISION: Verdict.OLDER_REVISION,
    ImportOutcome.ALARM: Verdict.ALARM,
    ImportOutcome.REJECTED: Verdict.REJECTED,
}


class DeskScoreStore:
    """The ``ScoreStore`` of one panel: every file held (accepted or alarm evidence)."""

    def __init__(self, session: Session, desk_id: int) -> None:
        self._session, self._desk_id = session, desk_id
        self.appended: StoredScore | None = None

    def lookup(self, package_digest: str, expert: str) -> Sequence[StoredScore]:
        """Every revision held, without its bytes (the rules compare digests and
        revisions only; ``stored_score`` gives a whole one)."""
        rows = self._session.execute(
            select(ChairScoreFile.revision, ChairScoreFile.envelope_digest).where(
                ChairScoreFile.desk_id == self._desk_id,
                ChairScoreFile.package_digest == package_digest,
                ChairScoreFile.expert == expert,
            )
        )
        return [StoredScore(package_digest, expert, r, d, b"", b"") for r, d in rows]

    def append(self, score: StoredScore) -> None:
        self.appended = score  # written by ``_import_one`` with its log receipt


def stored_score(row: ChairScoreFile) -> StoredScore:
    return StoredScore(row.package_digest, row.expert, row.revision, row.envelope_digest,
                       row.envelope, row.scores)  # fmt: skip


def expand(paths: Sequence[Path]) -> Iterator[Path]:
    """Files as given; folders searched recursively for ``*.rdx`` (hidden ones skipped),
    in name order so that two imports of one stick give the same log."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [p for p in path.rglob(f"*{SCORE_SUFFIX}") if p.is_file()]
            visible = (p for p in found if not _hidden(p.relative_to(path)))
            yield from sorted(visible)
        else:
            yield path


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def import_files(
    desk: Desk,
    paths: Sequence[Path],
    *,
    now: datetime | None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> list[ImportVerdict]:
    """Import ``paths`` (module text). Files are imported in batches: one database
    transaction per batch (a commit costs a disk flush, far more than checking a small
    file), each file inside it all-or-nothing in a savepoint of its own. A cancel stops
    between files, after committing the files already done."""
    files = list(expand(paths))
    expect = desk.package.expectation()  # the assignment table, decrypted once
    verdicts: list[ImportVerdict] = []
    cancelled = False
    while len(verdicts) < len(files) and not cancelled:
        with desk.db.session() as s, s.begin():
            started = time.monotonic()
            head: import_log.Entry | None = None  # the log's head, while known
            while len(verdicts) < len(files) and time.monotonic() - started < BATCH_SECONDS:
                if cancel.cancelled:
                    cancelled = True
                    break
                progress(len(verdicts), len(files), "import")
                path = files[len(verdicts)]
                try:
                    with s.begin_nested():
                        log = SessionImportLog(s, desk_id=desk.desk_id,
                                               recorded_at=now or utc_now())  # fmt: skip
                        log.last = head
                        verdict = _import_one(desk, s, path, expect, log, cancel)
                    head = log.last
                except CancelledError:
                    cancelled = True
                    break
                except ReviewdeskError as error:  # unreadable, changed meanwhile: no trace
                    head = None  # rolled back: look the head up again
                    verdict = ImportVerdict(path, Verdict.REJECTED, None, code=error.code,
                                            detail=error.detail, note=error.code)  # fmt: skip
                verdicts.append(verdict)
    if cancelled:
        raise CancelledError()
    progress(len(files), len(files), "done")
    return verdicts


def _import_one(
    desk: Desk, s: Session, path: Path, expect: ScoreExpectation, log: SessionImportLog,
    cancel: CancelToken,
) -> ImportVerdict:  # fmt: skip
    store = DeskScoreStore(s, desk.desk_id)
    log_before = log.last
    result = import_score_file(
        path, desk.identity, desk.roster, expect, store, log,
        cancel=cancel, received_at=log.recorded_at,  # the import time is the receipt
    )  # fmt: skip
    entry = log.last
    assert entry is not None and entry is not log_before
    assert entry is not None
    keep = result.outcome in (ImportOutcome.IMPORTED, ImportOutcome.ALARM)
    if keep and result.score is not None:
        _keep(desk, s, path, result, entry.sequence, entry.recorded_at)
    return _verdict(desk, path, result, entry.sequence, entry.recorded_at)


def _keep(
    desk: Desk, s: Session, path: Path, result: ImportResult, sequence: int,
    received_at: datetime,
) -> None:  # fmt: skip
    """Store the file as received (checked against the hash the log recorded) with its
    row; for an alarm the row is evidence, and the alarm is raised."""
    score = result.score
    assert score is not None
    data = read_capped(path, MAX_SCORE_FILE)
    if hashlib.sha256(data).hexdigest() != result.file_sha256:
        raise InputError("file-changed-while-importing", path)
    accepted = result.outcome is ImportOutcome.IMPORTED
    row = ChairScoreFile(
        desk_id=desk.desk_id, file_sha256=result.file_sha256,
        envelope_digest=score.envelope_digest, package_digest=score.package_digest,
        expert=score.expert, revision=score.revision, received_at=received_at,
        log_sequence=sequence, accepted=accepted, envelope=score.envelope, scores=score.scores,
        data=data,
    )  # fmt: skip
    s.add(row)
    s.flush()
    if not accepted:
        s.add(ChairAlarm(desk_id=desk.desk_id, score_file_id=row.id, expert=score.expert,
                         revision=score.revision, raised_at=received_at))  # fmt: skip


def _verdict(
    desk: Desk, path: Path, result: ImportResult, sequence: int, at: datetime
) -> ImportVerdict:
    score = result.score
    expert = score.expert if score is not None else None
    detail: dict[str, object] = {} if result.error is None else dict(result.error.detail)
    if expert is None and isinstance(detail.get("keyid"), str):
        expert = str(detail["keyid"])
    return ImportVerdict(
        path=path, verdict=_VERDICTS[result.outcome], file_sha256=result.file_sha256,
        expert=expert, expert_name="" if expert is None else desk.expert_name(expert),
        revision=None if score is None else score.revision, code=result.code, detail=detail,
        note=result.note, recorded_at=at, sequence=sequence,
    )  # fmt: skip


def log_entries(desk: Desk) -> list[LogEntryView]:
    with desk.db.session() as s:
        import_log.verify_chain(s, desk.desk_id)
        return [
            LogEntryView(
                e.sequence,
                e.recorded_at,
                e.file_sha256,
                e.kind,
                e.outcome,
                e.note,
                e.prev_hash,
                e.entry_hash,
            )
            for e in import_log.entries(s, desk.desk_id)
        ]


def log_document(desk: Desk) -> tuple[bytes, str]:
    """The verified import log as the canonical document carried in the bundle, and its
    head."""
    entries = log_entries(desk)
    logged = [
        LoggedEntry(
            e.sequence,
            e.recorded_at,
            e.file_sha256,
            e.kind,
            e.outcome,
            e.note,
            e.prev_hash,
            e.entry_hash,
        )
        for e in entries
    ]
    head = entries[-1].entry_hash if entries else import_log.GENESIS
    return encode_import_log(logged), head


def export_log(desk: Desk, dest: Path) -> Path:
    data, _ = log_document(desk)
    atomic_write(dest, data)
    return dest


def held_files(desk: Desk, *, accepted_only: bool = True) -> list[ChairScoreFile]:
    """The stored score-file rows (detached), in import order."""
    with desk.db.session() as s:
        query = select(ChairScoreFile).where(ChairScoreFile.desk_id == desk.desk_id)
        if accepted_only:
            query = query.where(ChairScoreFile.accepted.is_(True))
        rows = list(s.scalars(query.order_by(ChairScoreFile.log_sequence)))
        s.expunge_all()
        return rows


def file_sheets(row: ChairScoreFile) -> tuple[ScoreSheet, ...]:
    """The sheets of a stored file, each with the expert's conflict declaration for it."""
    envelope = parse_envelope(row.envelope, None)
    manifest = parse_manifest(envelope.payload, None)
    details = manifest.details
    assert isinstance(details, ScoreDetails)
    declared = {c.applicant: c.conflict for c in details.declarations.conflicts}
    return tuple(
        replace(sheet, conflict=declared.get(sheet.applicant_id, Conflict.NONE))
        for sheet in sheets_from_data(manifest, row.scores, None)
    )


def signed_pairs(desk: Desk) -> set[tuple[str, str]]:
    """(expert, applicant) of every signed sheet held."""
    return {
        (sheet.expert_id, sheet.applicant_id)
        for row in held_files(desk)
        for sheet in file_sheets(row)
    }


def received_bytes(desk: Desk, file_sha256: str) -> bytes:
    """A received file as stored, checked against its recorded SHA-256."""
    with desk.db.session() as s:
        data = s.scalar(
            select(ChairScoreFile.data).where(
                ChairScoreFile.desk_id == desk.desk_id, ChairScoreFile.file_sha256 == file_sha256
            )
        )
    if data is None or hashlib.sha256(data).hexdigest() != file_sha256:
        raise StorageError("received-file-altered", file=file_sha256)
    return bytes(data)


def alarms(desk: Desk) -> list[AlarmInfo]:
    with desk.db.session() as s:
        rows = s.execute(
            select(ChairAlarm, ChairScoreFile.file_sha256)
            .join(ChairScoreFile, ChairAlarm.score_file_id == ChairScoreFile.id)
            .where(ChairAlarm.desk_id == desk.desk_id)
            .order_by(ChairAlarm.id)
        )
        return [
            AlarmInfo(a.id, a.expert, a.revision, sha, a.raised_at, a.resolution, a.resolved_at)
            for a, sha in rows
        ]
