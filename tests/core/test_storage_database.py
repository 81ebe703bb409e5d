"""Opening the database: pragmas, migration on open, refusals that change nothing,
durability of an acknowledged commit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.errors import StorageError
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database, head_revision
from reviewdesk.core.storage.models import Round, RoundStatus


def _add_round(db: Database, ref: str = "2025-R") -> None:
    with db.session() as s, s.begin():
        s.add(Round(ref=ref, kind=RoundKind.RECOGNITION, name="2025 recognition"))


def _round_refs(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Round.ref)))


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_pragmas_are_in_force_on_every_connection(tmp_path: Path) -> None:
    db = Database.open(path=tmp_path / "db.sqlite3")
    # Two connections at once: the second is a fresh one, not the one that migrated. Each
    # reads outside a transaction (a transaction takes the write lock: BEGIN IMMEDIATE).
    with db, db.engine.connect() as first, db.engine.connect() as second:
        for connection in (first, second):
            raw = connection.connection.dbapi_connection
            assert raw is not None
            assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == 10000


# Tests taking database_url run on SQLite and on PostgreSQL (tests/pg.py); the others are
# about SQLite files (the server's own are in test_storage_postgresql.py).


def test_foreign_keys_are_enforced(database_url: str) -> None:
    db = Database.open(database_url)
    refused = pytest.raises(IntegrityError, match=r"(?i)foreign key")
    with db, refused, db.session() as s, s.begin():
        s.execute(text("INSERT INTO panels (round_id, name) VALUES (999, 'A')"))


def test_new_database_is_created_and_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    path.parent.mkdir()
    with Database.open(path=path) as db:
        assert db.path == path
        _add_round(db)
        assert _round_refs(db) == ["2025-R"]
    with sqlite3.connect(path) as connection:
        (found,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert found == head_revision()


def test_database_at_head_opens_again_unchanged_in_content(database_url: str) -> None:
    with Database.open(database_url) as db:
        _add_round(db)
    with Database.open(database_url) as db:
        assert _round_refs(db) == ["2025-R"]


def test_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "by-url.sqlite3"
    with Database.open(f"sqlite:///{path}") as db:
        assert db.path == path
        _add_round(db)
    assert path.stat().st_size > 0


def test_in_memory_database_works(tmp_path: Path) -> None:
    with Database.open("sqlite://") as db:
        assert db.path is None
        _add_round(db)
        assert _round_refs(db) == ["2025-R"]


def test_default_database_lives_in_the_user_data_folder() -> None:
    # tests/conftest.py points XDG_DATA_HOME into a sandbox.
    Home.default().root.mkdir(parents=True, exist_ok=True)
    with Database.open(path=Home.default().database_path) as db:
        assert db.path == Home.default().database_path
        assert db.path.name == "reviewdesk.sqlite3"
        assert "reviewdesk" in db.path.parent.parts
        assert db.path.exists()


def test_newer_database_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with Database.open(path=path) as db:
        _add_round(db)
    _stamp(path, "9999")
    before = path.read_bytes()

    with pytest.raises(StorageError) as caught:
        Database.open(path=path)

    assert caught.value.code == "database-newer"
    assert caught.value.path == path
    assert caught.value.detail == {"found": "9999", "supported": head_revision()}
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite3"]


def test_garbage_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    garbage = b"Minutes of the panel meeting\n" * 200
    path.write_bytes(garbage)

    with pytest.raises(StorageError) as caught:
        Database.open(path=path)

    assert caught.value.code == "not-a-sqlite-database"
    assert caught.value.path == path
    assert path.read_bytes() == garbage


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        Database.open(path=tmp_path)
    assert caught.value.code == "not-a-sqlite-database"


def test_corrupt_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "torn.sqlite3"
    with Database.open(path=path) as db:
        _add_round(db)
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep the magic, destroy the pages
    path.write_bytes(bytes(data))

    with pytest.raises(StorageError) as caught:
        Database.open(path=path)

    assert caught.value.code == "database-corrupt"
    assert path.read_bytes() == data


def test_someone_elses_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    before = path.read_bytes()

    with pytest.raises(StorageError) as caught:
        Database.open(path=path)

    assert caught.value.code == "not-a-reviewdesk-database"
    assert path.read_bytes() == before


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Database.open(path=path) as db:
        _add_round(db)
        assert _round_refs(db) == ["2025-R"]


def test_unknown_driver_is_a_storage_error() -> None:
    with pytest.raises(StorageError) as caught:
        Database.open("nosuchdb://user:secret@host/reviews")
    assert caught.value.code == "bad-database-url"
    assert "secret" not in str(caught.value)


def test_missing_driver_is_named_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "reviews.db"
    with pytest.raises(StorageError) as caught:
        Database.open(f"sqlite+pysqlcipher://:secret@/{target}")
    assert caught.value.code == "database-driver-missing"
    assert not target.exists()  # nothing is changed when the database cannot be opened


def test_database_in_a_missing_folder_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        Database.open(path=tmp_path / "no" / "such" / "folder" / "db.sqlite3")
    assert caught.value.code == "database-unreachable"


def test_acknowledged_commit_survives_reopening(database_url: str) -> None:
    db = Database.open(database_url)
    _add_round(db, "kept")
    db.close()
    with Database.open(database_url) as reopened:
        assert _round_refs(reopened) == ["kept"]


def test_acknowledged_commit_survives_a_crash_before_checkpoint(tmp_path: Path) -> None:
    # Copy the files while the database is still open, as a power cut would leave them:
    # the committed row lives only in the write-ahead log, which the next open replays.
    path = tmp_path / "db.sqlite3"
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Database.open(path=path) as db:
        _add_round(db, "kept")
        with db.engine.connect():  # a held connection keeps the log from being folded in
            for suffix in ("", "-wal"):
                shutil.copyfile(f"{path}{suffix}", crashed / f"db.sqlite3{suffix}")
    with Database.open(path=crashed / "db.sqlite3") as recovered:
        assert _round_refs(recovered) == ["kept"]


def test_failed_use_case_rolls_back(database_url: str) -> None:
    with Database.open(database_url) as db:
        with pytest.raises(RuntimeError), db.session() as s, s.begin():
            s.add(Round(ref="lost", kind=RoundKind.EVALUATION, name="x"))
            s.flush()
            raise RuntimeError("user cancelled")
        assert _round_refs(db) == []


def test_closed_database_gives_no_sessions(database_url: str) -> None:
    db = Database.open(database_url)
    db.close()
    with pytest.raises(RuntimeError):
        db.session()


def test_round_defaults_to_draft(database_url: str) -> None:
    with Database.open(database_url) as db:
        _add_round(db)
        with db.session() as s:
            stored = s.scalars(select(Round)).one()
            raw = s.execute(text("SELECT kind, status FROM rounds")).one()
        assert stored.status is RoundStatus.DRAFT
        assert tuple(raw) == ("recognition", "draft")  # values, not Python names


def test_newer_database_behind_a_url_is_refused_and_named_by_url(tmp_path: Path) -> None:
    # A file: URI skips the file checks, like a server database: the refusal then comes from
    # inside the migration transaction, which rolls back.
    path = tmp_path / "newer.sqlite3"
    Database.open(path=path).close()
    _stamp(path, "9999")
    before = path.read_bytes()

    with pytest.raises(StorageError) as caught:
        Database.open(f"sqlite:///file:{path}?uri=true")

    assert caught.value.code == "database-newer"
    assert caught.value.path is None
    assert caught.value.detail["url"].endswith("?uri=true")
    assert path.read_bytes() == before


def test_default_database_follows_the_reviewdesk_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REVIEWDESK_HOME", str(tmp_path))
    assert Home.default().database_path == tmp_path / "reviewdesk.sqlite3"


def test_two_threads_reading_then_writing_never_see_database_is_locked(tmp_path: Path) -> None:
    # SQLite only: BEGIN IMMEDIATE serialises whole transactions. On PostgreSQL a read and a
    # later write of the same row may interleave; the rows staff share carry a version
    # column instead (test_storage_concurrency.py).
    import threading

    from sqlalchemy import text

    path = tmp_path / "busy.sqlite3"
    with Database.open(path=path) as setup, setup.session() as s, s.begin():
        s.execute(text("CREATE TABLE counter (n INTEGER NOT NULL)"))
        s.execute(text("INSERT INTO counter VALUES (0)"))
    errors: list[BaseException] = []

    def bump(times: int) -> None:
        # Each thread its own Database (its own connections), as two processes would.
        try:
            with Database.open(path=path) as db:
                for _ in range(times):
                    with db.session() as s, s.begin():
                        n = s.execute(text("SELECT n FROM counter")).scalar_one()
                        s.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=bump, args=(100,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Database.open(path=path) as db, db.session() as s:
        assert s.execute(text("SELECT n FROM counter")).scalar_one() == 300
