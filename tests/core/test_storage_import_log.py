"""The import log is append-only and hash-chained: any change to a past entry is caught."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage import GENESIS, Database, append_entry, head, verify_import_log
from reviewdesk.core.storage.import_log import compute_entry_hash, verify_chain
from reviewdesk.core.storage.models import ImportLogEntry

FILE_A = hashlib.sha256(b"score file A").hexdigest()
FILE_B = hashlib.sha256(b"score file B").hexdigest()
FILE_C = hashlib.sha256(b"score file C").hexdigest()
T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """A new database: every test runs on SQLite and on PostgreSQL (tests/pg.py)."""
    with Database.open(database_url) as database:
        yield database


def _fill(db: Database) -> list[str]:
    """Three imports, one use case each, as the chair's desk would record them."""
    hashes = []
    for i, (digest, outcome) in enumerate(
        [(FILE_A, "imported"), (FILE_B, "imported"), (FILE_A, "duplicate")]
    ):
        with db.session() as s, s.begin():
            entry = append_entry(
                s,
                file_sha256=digest,
                kind="score",
                outcome=outcome,
                note=f"expert {i + 1}",
                recorded_at=T0 + timedelta(minutes=i),
            )
            hashes.append(entry.entry_hash)
    return hashes


def test_empty_log_has_the_genesis_head(db: Database) -> None:
    with db.session() as s:
        assert head(s) == GENESIS
        assert verify_chain(s) == GENESIS


def test_each_entry_hashes_its_predecessor_and_its_canonical_content(db: Database) -> None:
    hashes = _fill(db)
    with db.session() as s:
        entries = list(s.scalars(select(ImportLogEntry).order_by(ImportLogEntry.sequence)))
        assert [e.sequence for e in entries] == [1, 2, 3]
        assert [e.prev_hash for e in entries] == [GENESIS, hashes[0], hashes[1]]
        assert head(s) == hashes[2]
        assert verify_import_log(s) == hashes[2]

    # The rule as documented in import_log, recomputed independently for the first entry.
    body = dumps_canonical(
        {
            "sequence": 1,
            "recorded_at": "2025-06-01T09:00:00.000000Z",
            "file_sha256": FILE_A,
            "kind": "score",
            "outcome": "imported",
            "note": "expert 1",
        }
    )
    expected = hashlib.sha256(
        b"reviewdesk import-log v1\n" + GENESIS.encode() + b"\n" + body
    ).hexdigest()
    assert hashes[0] == expected


def test_the_chain_survives_reopening(database_url: str) -> None:
    with Database.open(database_url) as db:
        hashes = _fill(db)
    with Database.open(database_url) as db, db.session() as s:
        assert verify_chain(s) == hashes[-1]


def test_time_in_another_zone_is_recorded_in_utc(db: Database) -> None:
    beijing = timezone(timedelta(hours=8))
    with db.session() as s, s.begin():
        append_entry(
            s,
            file_sha256=FILE_A,
            kind="score",
            outcome="imported",
            recorded_at=datetime(2025, 6, 1, 17, 0, tzinfo=beijing),
        )
    with db.session() as s:
        entry = s.scalars(select(ImportLogEntry)).one()
        assert entry.recorded_at == datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
        verify_chain(s)


@pytest.mark.parametrize(
    ("tamper", "sequence", "reason"),
    [
        ("UPDATE import_log SET note = 'expert 9' WHERE sequence = 2", 2, "entry-hash"),
        ("UPDATE import_log SET outcome = 'imported' WHERE sequence = 3", 3, "entry-hash"),
        (
            "UPDATE import_log SET recorded_at = '2025-06-01 08:00:00.000000' WHERE sequence = 1",
            1,
            "entry-hash",
        ),
        ("DELETE FROM import_log WHERE sequence = 2", 3, "sequence"),
    ],
)
def test_tampered_log_is_detected(db: Database, tamper: str, sequence: int, reason: str) -> None:
    _fill(db)
    with db.session() as s, s.begin():
        s.execute(text(tamper))  # behind the ORM's back, as someone with a SQL tool would

    with db.session() as s, pytest.raises(StorageError) as caught:
        verify_chain(s)

    assert caught.value.code == "import-log-broken"
    assert caught.value.detail == {"sequence": sequence, "reason": reason}


def test_rewritten_entry_with_a_recomputed_hash_breaks_the_next_link(db: Database) -> None:
    _fill(db)
    with db.session() as s, s.begin():
        entry = s.get(ImportLogEntry, 2)
        assert entry is not None
        forged = compute_entry_hash(
            prev_hash=entry.prev_hash,
            sequence=2,
            recorded_at=entry.recorded_at,
            file_sha256=entry.file_sha256,
            kind=entry.kind,
            outcome="rejected",
            note=entry.note,
        )
        s.execute(
            text("UPDATE import_log SET outcome = 'rejected', entry_hash = :h WHERE sequence = 2"),
            {"h": forged},
        )

    with db.session() as s, pytest.raises(StorageError) as caught:
        verify_chain(s)

    assert caught.value.detail == {"sequence": 3, "reason": "prev-hash"}


def test_orm_refuses_to_change_or_delete_entries(db: Database) -> None:
    _fill(db)
    with db.session() as s, pytest.raises(StorageError) as caught:
        entry = s.get(ImportLogEntry, 2)
        assert entry is not None
        entry.note = "changed"
        s.flush()
    assert caught.value.code == "import-log-append-only"

    with db.session() as s, pytest.raises(StorageError):
        s.delete(s.get(ImportLogEntry, 1))
        s.flush()

    with db.session() as s:
        verify_chain(s)


def test_two_writers_cannot_fork_the_chain(db: Database) -> None:
    _fill(db)
    with db.session() as s:
        seen = head(s)  # a second writer read the head …
    with db.session() as s, s.begin():
        append_entry(s, file_sha256=FILE_B, kind="score", outcome="older-revision")
    # … but another entry got in first: claiming the same place in the chain fails.
    with pytest.raises(IntegrityError), db.session() as s, s.begin():
        s.add(
            ImportLogEntry(
                sequence=4,
                recorded_at=T0,
                file_sha256=FILE_C,
                kind="score",
                outcome="imported",
                note="",
                prev_hash=seen,
                entry_hash=hashlib.sha256(b"x").hexdigest(),
            )
        )
    with db.session() as s:
        assert verify_chain(s) == head(s)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"file_sha256": "ABC"},
        {"file_sha256": FILE_A.upper()},
        {"kind": ""},
        {"outcome": "x" * 33},
        {"recorded_at": datetime(2025, 6, 1, 9, 0)},
    ],
)
def test_malformed_entries_are_refused_before_writing(
    db: Database, kwargs: dict[str, object]
) -> None:
    arguments: dict[str, object] = {"file_sha256": FILE_A, "kind": "score", "outcome": "imported"}
    arguments.update(kwargs)
    with db.session() as s, pytest.raises(ValueError):
        append_entry(s, **arguments)  # type: ignore[arg-type]
    with db.session() as s:
        assert head(s) == GENESIS
