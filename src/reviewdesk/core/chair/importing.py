"""The chair's import of score files (issue 8 item 2; FORMAT §9–10).

Each file is read once, whole, and everything is done with those bytes: its SHA-256,
verification and binding to the chair package (``formats.imports.import_score_file``, from
memory), the replay rules, and the stored row keeping exactly the bytes that verified.
Each file is imported all-or-nothing (``chair.batch``: marked, rolled back on failure):
its import-log entry and its stored row stand or fall together, and are committed with the
rest of their batch; verdicts are returned only once every batch has committed (SQLite
``synchronous=FULL``), so a verdict the chair sees survives a crash. A bad file gives a
``rejected`` verdict and an entry in the log; it never stops the others. A file that cannot
even be read gets a verdict but no log entry.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import defer

from reviewdesk.core.chair.batch import Batch
from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.views import AlarmInfo, ImportVerdict, LogEntryView, Verdict
from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import CancelledError, InputError, ReviewdeskError, StorageError
from reviewdesk.core.formats.imports import (
    ImportOutcome,
    ImportResult,
    LoggedEntry,
    StoredScore,
    encode_import_log,
    import_score_file,
)
from reviewdesk.core.formats.manifest import parse_manifest
from reviewdesk.core.formats.manifest_details import ScoreDetails
from reviewdesk.core.formats.score_file import ScoreExpectation, sheets_from_data
from reviewdesk.core.fsutil import atomic_write, open_input, os_error
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.scoring import ScoreSheet
from reviewdesk.core.storage import import_log
from reviewdesk.core.storage.models import ChairAlarm, ChairScoreFile
from reviewdesk.core.storage.types import utc_now

SCORE_SUFFIX = ".rdx"
# At most this much import work waits for one commit. A commit is an fsync of the log
# (synchronous=FULL), which on a busy disk costs as much as checking dozens of files; a
# crash loses at most this much work, none of it acknowledged (verdicts come after the
# last commit).
BATCH_SECONDS = 2.0
MAX_SCORE_FILE = 64 * 1024 * 1024  # a score file of 1000 applicants is well under 8 MiB
_VERDICTS = {
    ImportOutcome.IMPORTED: Verdict.ACCEPTED,
    ImportOutcome.DUPLICATE: Verdict.ALREADY_IMPORTED,
    ImportOutcome.OLDER_REVISION: Verdict.OLDER_REVISION,
    ImportOutcome.ALARM: Verdict.ALARM,
    ImportOutcome.REJECTED: Verdict.REJECTED,
}


def stored_score(row: ChairScoreFile) -> StoredScore:
    return StoredScore(row.package_digest, row.expert, row.revision, row.envelope_digest,
                       row.envelope, row.scores)  # fmt: skip


def expand(paths: Sequence[Path]) -> Iterator[Path]:
    """Files as given; folders searched recursively for ``*.rdx`` (hidden ones skipped),
    in name order so that two imports of one stick give the same log."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(Path(p) for p in _score_files(str(path)))
        else:
            yield path


def _score_files(folder: str) -> Iterator[str]:
    """``*.rdx`` files under ``folder`` (a link to a file counts; links to folders are not
    followed, so a loop on a stick ends), hidden files and folders skipped. One directory
    listing per folder, no ``stat`` per file (``os.scandir`` knows the kinds)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return  # an unreadable folder holds nothing to import
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _score_files(entry.path)
            elif os.path.normcase(entry.name).endswith(SCORE_SUFFIX) and entry.is_file():
                yield entry.path
        except OSError:
            continue


def import_files(
    desk: Desk,
    paths: Sequence[Path],
    *,
    now: datetime | None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> list[ImportVerdict]:
    """Import ``paths`` (module text), in batches (``chair.batch``): one transaction per
    batch of at most ``BATCH_SECONDS`` of work, each file in it all-or-nothing. A cancel
    stops between files, after committing the files already done."""
    files = list(expand(paths))
    expect = desk.package.expectation()  # the assignment table, decrypted once
    verdicts: list[ImportVerdict] = []
    cancelled = False
    batch: Batch | None = None  # what is held is loaded once, and kept across batches
    while len(verdicts) < len(files) and not cancelled:
        with desk.db.session() as s, s.begin():
            batch = Batch(s, desk.desk_id) if batch is None else batch.resume(s)
            deadline = time.monotonic() + BATCH_SECONDS
            while len(verdicts) < len(files):
                if cancel.cancelled:
                    cancelled = True
                    break
                progress(len(verdicts), len(files), "import")
                path = files[len(verdicts)]
                mark = batch.mark()
                batch.recorded_at = now or utc_now()
                try:
                    verdict = _import_one(desk, batch, path, expect, cancel)
                except CancelledError:
                    batch.rollback_to(mark)
                    cancelled = True
                    break
                except ReviewdeskError as error:  # unreadable, changed meanwhile: no trace
                    batch.rollback_to(mark)
                    verdict = ImportVerdict(path, Verdict.REJECTED, None, code=error.code,
                                            detail=error.detail, note=error.code)  # fmt: skip
                verdicts.append(verdict)
                if time.monotonic() >= deadline:  # at least one file per batch
                    break
            batch.write()
    if cancelled:
        raise CancelledError()
    progress(len(files), len(files), "done")
    return verdicts


def _import_one(
    desk: Desk, batch: Batch, path: Path, expect: ScoreExpectation, cancel: CancelToken
) -> ImportVerdict:
    data = read_received(path)  # read once: hashed, verified and kept
    before = batch.sequence
    result = import_score_file(
        path, desk.identity, desk.roster, expect, batch.store, batch,
        cancel=cancel, received_at=batch.recorded_at,  # the import time is the receipt
        data=data,
    )  # fmt: skip
    assert batch.sequence == before + 1
    score = result.score
    if result.outcome in (ImportOutcome.IMPORTED, ImportOutcome.ALARM) and score is not None:
        batch.keep({
            "file_sha256": result.file_sha256, "envelope_digest": score.envelope_digest,
            "package_digest": score.package_digest, "expert": score.expert,
            "revision": score.revision, "received_at": batch.recorded_at,
            "log_sequence": batch.sequence,
            "accepted": result.outcome is ImportOutcome.IMPORTED, "envelope": score.envelope,
            "scores": score.scores, "data": data,
            "alarm": result.outcome is ImportOutcome.ALARM,
        })  # fmt: skip
    return _verdict(desk, path, result, batch.sequence, batch.recorded_at)


def read_received(path: Path) -> bytes:
    """A score file whole, read once: ``open_input``'s refusals, ``file-too-large`` past
    ``MAX_SCORE_FILE``. Reads its size and not a byte more than the cap allows (asking for
    the cap itself would allocate 64 MiB per file); a file still growing is read on to the
    cap."""
    with open_input(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, MAX_SCORE_FILE) + 1)
            if len(data) > size and len(data) <= MAX_SCORE_FILE:  # it grew meanwhile
                data += handle.read(MAX_SCORE_FILE + 1 - len(data))
        except OSError as exc:
            raise os_error(exc, path, writing=False) from None
    if len(data) > MAX_SCORE_FILE:
        raise InputError("file-too-large", path, limit=MAX_SCORE_FILE)
    return data


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
    """The stored score-file rows (detached, without the file bytes: ``received_bytes``),
    in import order."""
    with desk.db.session() as s:
        query = (
            select(ChairScoreFile)
            .options(defer(ChairScoreFile.data))
            .where(ChairScoreFile.desk_id == desk.desk_id)
        )
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
