"""Import rules for score files (DESIGN §3 "Bindings and replay"), shared by the chair
(score files from USB sticks) and the commission (score files inside result bundles).

For a score file that verified and is bound to the reader's expectation:

- the same signed envelope again → ``duplicate``, a no-op (re-encrypting or re-copying a
  file changes its bytes, not its envelope);
- a revision lower than one already imported → ``older-revision``, ignored with a note;
- the same revision as an imported one, but a different envelope → ``alarm``
  (``score-equivocation``): the expert signed two versions of one revision; nothing stored;
- otherwise → ``imported``.

A file that does not verify or is not bound to the expectation → ``rejected`` with its error
code. Every outcome, rejections included, is appended to the hash-chained import log; only
``imported`` changes the score store. Callers run this inside one transaction (STYLE §5) so
the log entry and the stored score commit together.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster
from reviewdesk.core.errors import (
    CancelledError,
    CryptoError,
    FormatError,
    InputError,
    ReviewdeskError,
)
from reviewdesk.core.formats.score_file import (
    ScoreExpectation,
    open_score_file,
    sheets_from_data,
)
from reviewdesk.core.fsutil import open_input, os_error
from reviewdesk.core.progress import NEVER, CancelToken
from reviewdesk.core.storage import import_log

LOG_KIND_SCORE = "score"
LOG_KIND_RESULT = "result"
_HASH_CHUNK = 1024 * 1024
_RECEIPT = re.compile(r", object ([0-9a-f]{64})$")


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    OLDER_REVISION = "older-revision"
    ALARM = "alarm"
    REJECTED = "rejected"


@dataclass(frozen=True)
class StoredScore:
    """An imported score file, kept exactly as received so that a result bundle can carry
    the expert's envelope and scores to the commission unchanged."""

    package_digest: str
    expert: str
    revision: int
    envelope_digest: str  # the object digest: SHA-256 of ``envelope``
    envelope: bytes
    scores: bytes


class ScoreStore(Protocol):
    def lookup(self, package_digest: str, expert: str) -> Sequence[StoredScore]:
        """Every stored revision of this expert's scores for this package."""
        ...

    def append(self, score: StoredScore) -> None: ...


class ImportLog(Protocol):
    def append(self, *, file_sha256: str, kind: str, outcome: str, note: str) -> None: ...

    def head(self) -> str: ...


@dataclass(frozen=True)
class ImportResult:
    outcome: ImportOutcome
    file_sha256: str
    note: str = ""
    error: ReviewdeskError | None = None  # for ``rejected`` and ``alarm``
    score: StoredScore | None = None  # what was (or would have been) stored

    @property
    def code(self) -> str | None:
        return None if self.error is None else self.error.code


def import_score_file(
    path: Path,
    identity: Identity,
    roster: Roster,
    expect: ScoreExpectation,
    store: ScoreStore,
    log: ImportLog,
    *,
    cancel: CancelToken = NEVER,
    received_at: datetime | None = None,
    data: bytes | None = None,
) -> ImportResult:
    """Verify the score file at ``path`` and apply the import rules (module text).
    ``received_at``: the import time; a revocation dated later does not apply yet.
    ``data``: the file's bytes, already read whole: hashed and verified from memory, so the
    outcome is about exactly these bytes."""
    file_sha256 = file_digest(path) if data is None else hashlib.sha256(data).hexdigest()
    try:
        opened = open_score_file(path, identity, roster, expect=expect, cancel=cancel,
                                 received_at=received_at, data=data)  # fmt: skip
        data = opened.read_scores_data()
        sheets_from_data(opened.manifest, data, path)  # the content must parse to count
        score = StoredScore(
            opened.details.package_digest, opened.expert, opened.revision, opened.digest,
            opened.object.envelope_bytes, data,
        )  # fmt: skip
    except CancelledError:
        raise
    except ReviewdeskError as error:
        return log_result(log, ImportResult(ImportOutcome.REJECTED, file_sha256, error.code, error))
    return apply_rules(score, file_sha256, store, log, path)


def apply_rules(
    score: StoredScore,
    file_sha256: str,
    store: ScoreStore,
    log: ImportLog,
    path: Path | None = None,
) -> ImportResult:
    """The replay rules for a score that already verified and is bound; logs the outcome."""
    known = store.lookup(score.package_digest, score.expert)
    latest = max((k.revision for k in known), default=0)
    error: CryptoError | None = None
    if any(k.envelope_digest == score.envelope_digest for k in known):
        outcome, note = ImportOutcome.DUPLICATE, f"revision {score.revision} already imported"
    elif any(k.revision == score.revision for k in known):
        outcome = ImportOutcome.ALARM
        error = CryptoError(
            "score-equivocation", path, expert=score.expert, revision=score.revision
        )
        note = f"score-equivocation: two different files claim revision {score.revision}"
    elif score.revision < latest:
        outcome = ImportOutcome.OLDER_REVISION
        note = f"revision {score.revision} is older than the imported revision {latest}"
    else:
        store.append(score)
        outcome = ImportOutcome.IMPORTED
        note = imported_note(score)
    return log_result(log, ImportResult(outcome, file_sha256, note, error, score))


def imported_note(score: StoredScore) -> str:
    """The note of an ``imported`` entry; it names the object digest, so the entry is the
    chair's signed receipt of when that score file arrived (FORMAT §10)."""
    return (
        f"revision {score.revision} of expert {score.expert[:16]}, object {score.envelope_digest}"
    )


def receipt_digest(note: str) -> str | None:
    """The object digest an ``imported`` entry's note names (``None`` if none)."""
    match = _RECEIPT.search(note)
    return None if match is None else match.group(1)


def log_result(log: ImportLog, result: ImportResult, kind: str = LOG_KIND_SCORE) -> ImportResult:
    log.append(
        file_sha256=result.file_sha256, kind=kind, outcome=result.outcome.value, note=result.note
    )
    return result


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open_input(path) as handle:
        try:
            while chunk := handle.read(_HASH_CHUNK):
                digest.update(chunk)
        except OSError as exc:
            raise os_error(exc, path, writing=False) from None
    return digest.hexdigest()


class MemoryScoreStore:
    """A ``ScoreStore`` in memory (tests, and the CLI's one-shot checks)."""

    def __init__(self) -> None:
        self.scores: list[StoredScore] = []

    def lookup(self, package_digest: str, expert: str) -> Sequence[StoredScore]:
        return [s for s in self.scores if (s.package_digest, s.expert) == (package_digest, expert)]

    def append(self, score: StoredScore) -> None:
        self.scores.append(score)

    def latest(self) -> list[StoredScore]:
        """The highest revision per (package, expert), in first-import order."""
        best: dict[tuple[str, str], StoredScore] = {}
        for s in self.scores:
            key = (s.package_digest, s.expert)
            if key not in best or s.revision > best[key].revision:
                best[key] = s
        return list(best.values())


@dataclass(frozen=True)
class LogEntry:
    file_sha256: str
    kind: str
    outcome: str
    note: str
    entry_hash: str


class MemoryImportLog:
    """An ``ImportLog`` in memory, hash-chained exactly like the stored one."""

    def __init__(self) -> None:
        self.entries: list[LogEntry] = []

    def append(self, *, file_sha256: str, kind: str, outcome: str, note: str) -> None:
        entry_hash = import_log.compute_entry_hash(
            prev_hash=self.head(), sequence=len(self.entries) + 1,
            recorded_at=datetime.now(UTC), file_sha256=file_sha256, kind=kind,
            outcome=outcome, note=note,
        )  # fmt: skip
        self.entries.append(LogEntry(file_sha256, kind, outcome, note, entry_hash))

    def head(self) -> str:
        return self.entries[-1].entry_hash if self.entries else import_log.GENESIS


class SessionImportLog:
    """The stored import log (``core.storage.import_log``) inside the caller's session:
    the home's log, or one chair panel's (``desk_id``). ``recorded_at``: the time to record
    (the clock when ``None``); ``last`` is the entry appended last."""

    def __init__(
        self,
        session: Session,
        *,
        desk_id: int | None = None,
        recorded_at: datetime | None = None,
    ) -> None:
        self._session = session
        self._desk_id = desk_id
        self.recorded_at = recorded_at
        self.last: import_log.Entry | None = None

    def append(self, *, file_sha256: str, kind: str, outcome: str, note: str) -> None:
        self.last = import_log.append_entry(
            self._session, file_sha256=file_sha256, kind=kind, outcome=outcome, note=note,
            recorded_at=self.recorded_at, desk_id=self._desk_id, previous=self.last,
        )  # fmt: skip

    def head(self) -> str:
        return import_log.head(self._session, self._desk_id)


# The import log as a document (carried in result bundles, FORMAT §10) ---------------------

IMPORT_LOG_FORMAT = "reviewdesk-import-log"
_ENTRY_KEYS = {"sequence", "recorded_at", "file_sha256", "kind", "outcome", "note",
               "prev_hash", "entry_hash"}  # fmt: skip
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
MAX_LOG_ENTRIES = 100_000


@dataclass(frozen=True)
class LoggedEntry:
    """One entry of an import log document, its hash checked against the chain."""

    sequence: int
    recorded_at: datetime
    file_sha256: str
    kind: str
    outcome: str
    note: str
    prev_hash: str
    entry_hash: str

    def to_json(self) -> dict[str, object]:
        return {
            "sequence": self.sequence,
            "recorded_at": self.recorded_at.astimezone(UTC).strftime(_TIME_FORMAT),
            "file_sha256": self.file_sha256, "kind": self.kind, "outcome": self.outcome,
            "note": self.note, "prev_hash": self.prev_hash, "entry_hash": self.entry_hash,
        }  # fmt: skip


def encode_import_log(entries: Sequence[LoggedEntry]) -> bytes:
    """Canonical JSON ``{"format": "reviewdesk-import-log", "version": 1, "entries": […]}``."""
    return dumps_canonical(
        {"format": IMPORT_LOG_FORMAT, "version": 1, "entries": [e.to_json() for e in entries]}
    )


def parse_import_log(data: bytes, path: Path | str | None, head: str) -> tuple[LoggedEntry, ...]:
    """Read an import log document strictly and check it is one unbroken chain from the
    genesis to ``head`` (the head signed in the result bundle's manifest).

    ``import-log-invalid`` (``field``, ``reason``): not the document, or a broken chain."""

    def fail(field: str, reason: str) -> FormatError:
        return FormatError("import-log-invalid", path, field=field, reason=reason)

    try:
        value = loads_strict(data, path)
    except InputError as exc:
        raise fail("$", str(exc.detail.get("reason", exc.code))) from None
    if not isinstance(value, dict) or set(value) != {"format", "version", "entries"}:
        raise fail("$", "not an import log")
    if value["format"] != IMPORT_LOG_FORMAT or value["version"] != 1:
        raise fail("$.format", "unsupported format or version")
    items = value["entries"]
    if not isinstance(items, list) or len(items) > MAX_LOG_ENTRIES:
        raise fail("$.entries", "not a list of entries")
    out: list[LoggedEntry] = []
    prev = import_log.GENESIS
    for n, item in enumerate(items, start=1):
        where = f"$.entries[{n - 1}]"
        if not isinstance(item, dict) or set(item) != _ENTRY_KEYS:
            raise fail(where, "not a log entry")
        try:
            entry = LoggedEntry(
                item["sequence"],
                datetime.strptime(item["recorded_at"], _TIME_FORMAT).replace(tzinfo=UTC),
                item["file_sha256"], item["kind"], item["outcome"], item["note"],
                item["prev_hash"], item["entry_hash"],
            )  # fmt: skip
            expected = import_log.compute_entry_hash(
                prev_hash=prev, sequence=n, recorded_at=entry.recorded_at,
                file_sha256=entry.file_sha256, kind=entry.kind, outcome=entry.outcome,
                note=entry.note,
            )  # fmt: skip
        except (TypeError, ValueError, AttributeError):
            raise fail(where, "a field has the wrong type or form") from None
        if entry.sequence != n or entry.prev_hash != prev or entry.entry_hash != expected:
            raise fail(where, "the chain is broken here")
        out.append(entry)
        prev = entry.entry_hash
    if prev != head:
        raise fail("$.entries", "does not end at the signed head")
    return tuple(out)
