"""The chair's and the commission's append-only, hash-chained import log (DESIGN §3).

Each entry's hash covers the previous entry's hash and the entry's own canonical JSON::

    entry_hash = SHA-256( b"reviewdesk import-log v1\\n" + prev_hash + b"\\n"
                          + canonical_json({sequence, recorded_at, file_sha256, kind,
                                            outcome, note}) )

with hashes as lowercase hex, ``recorded_at`` as UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` and the
first entry's ``prev_hash`` 64 zeros. Changing, removing or reordering any entry breaks every
later hash; cutting entries off the end only moves the head back, which is why the head goes
into the signed result bundle.

These functions work inside the caller's session and transaction (STYLE §5). Without
``desk_id`` they use the home's one log (``import_log``: the commission's); with it, the log
of one chair panel (``chair_import_log``): a home may hold several panels, each its own chain.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage.models import ChairImportLogEntry, ImportLogEntry
from reviewdesk.core.storage.types import utc_now

GENESIS = "0" * 64  # prev_hash of the first entry
_DOMAIN = b"reviewdesk import-log v1\n"
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_MAX_CODE = 32  # kind and outcome are short codes, not sentences


def compute_entry_hash(
    *,
    prev_hash: str,
    sequence: int,
    recorded_at: datetime,
    file_sha256: str,
    kind: str,
    outcome: str,
    note: str,
) -> str:
    body = dumps_canonical(
        {
            "sequence": sequence,
            "recorded_at": _time_text(recorded_at),
            "file_sha256": file_sha256,
            "kind": kind,
            "outcome": outcome,
            "note": note,
        }
    )
    return hashlib.sha256(_DOMAIN + prev_hash.encode("ascii") + b"\n" + body).hexdigest()


Entry = ImportLogEntry | ChairImportLogEntry


def head(session: Session, desk_id: int | None = None) -> str:
    """The hash of the last entry (``GENESIS`` for an empty log), without verifying."""
    last = _last(session, desk_id)
    return GENESIS if last is None else last.entry_hash


def append_entry(
    session: Session,
    *,
    file_sha256: str,
    kind: str,
    outcome: str,
    note: str = "",
    recorded_at: datetime | None = None,
    desk_id: int | None = None,
    previous: Entry | None = None,
) -> Entry:
    """Append one entry after the current head and flush it; the caller commits.

    Two sessions appending at once cannot fork the chain: both would claim the same
    sequence and predecessor, and the unique constraints let only one commit.

    ``previous``: the entry this session appended last, when the caller knows it is still
    the head (a batch of imports in one transaction); saves looking the head up again.
    """
    if not _SHA256_HEX.fullmatch(file_sha256):
        raise ValueError("file_sha256 must be 64 lowercase hex digits")
    for name, code in (("kind", kind), ("outcome", outcome)):
        if not code or len(code) > _MAX_CODE:
            raise ValueError(f"{name} must be a code of 1 to {_MAX_CODE} characters")
    at = utc_now() if recorded_at is None else recorded_at
    if at.utcoffset() is None:
        raise ValueError("recorded_at must carry a time zone")
    at = at.astimezone(UTC)
    last = previous if previous is not None else _last(session, desk_id)
    sequence = 1 if last is None else last.sequence + 1
    prev_hash = GENESIS if last is None else last.entry_hash
    entry: Entry = ImportLogEntry() if desk_id is None else ChairImportLogEntry(desk_id=desk_id)
    _fill(
        entry,
        sequence=sequence,
        recorded_at=at,
        file_sha256=file_sha256,
        kind=kind,
        outcome=outcome,
        note=note,
        prev_hash=prev_hash,
    )
    entry.entry_hash = _recompute(entry)
    session.add(entry)
    session.flush()
    return entry


def _fill(entry: Entry, **values: object) -> None:
    for name, value in values.items():
        setattr(entry, name, value)


def entries(session: Session, desk_id: int | None = None) -> list[Entry]:
    """Every entry in sequence order (not verified: see ``verify_chain``)."""
    if desk_id is None:
        return list(session.scalars(select(ImportLogEntry).order_by(ImportLogEntry.sequence)))
    query = (
        select(ChairImportLogEntry)
        .where(ChairImportLogEntry.desk_id == desk_id)
        .order_by(ChairImportLogEntry.sequence)
    )
    return list(session.scalars(query))


def verify_chain(session: Session, desk_id: int | None = None) -> str:
    """Recompute the whole chain and return its head hash.

    Raises ``StorageError("import-log-broken", sequence=n, reason=...)`` at the first entry
    that is out of sequence (``sequence``), does not follow its predecessor (``prev-hash``) or
    whose content no longer matches its hash (``entry-hash``).
    """
    expected_prev, expected_sequence = GENESIS, 1
    for entry in entries(session, desk_id):
        if entry.sequence != expected_sequence:
            reason = "sequence"
        elif entry.prev_hash != expected_prev:
            reason = "prev-hash"
        elif entry.entry_hash != _recompute(entry):
            reason = "entry-hash"
        else:
            expected_prev, expected_sequence = entry.entry_hash, expected_sequence + 1
            continue
        raise StorageError("import-log-broken", sequence=entry.sequence, reason=reason)
    return expected_prev


verify_import_log = verify_chain  # the name the chair's and commission's services use


def _recompute(entry: Entry) -> str:
    return compute_entry_hash(
        prev_hash=entry.prev_hash,
        sequence=entry.sequence,
        recorded_at=entry.recorded_at,
        file_sha256=entry.file_sha256,
        kind=entry.kind,
        outcome=entry.outcome,
        note=entry.note,
    )


def last_entry(session: Session, desk_id: int | None = None) -> Entry | None:
    """The last entry of the home's log or of one chair panel's (not verified)."""
    return _last(session, desk_id)


def _last(session: Session, desk_id: int | None) -> Entry | None:
    if desk_id is None:
        query = select(ImportLogEntry).order_by(ImportLogEntry.sequence.desc()).limit(1)
        return session.scalars(query).first()
    chair = (
        select(ChairImportLogEntry)
        .where(ChairImportLogEntry.desk_id == desk_id)
        .order_by(ChairImportLogEntry.sequence.desc())
        .limit(1)
    )
    return session.scalars(chair).first()


def _time_text(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
