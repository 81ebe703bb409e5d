"""A shared commission database on a PostgreSQL server (issue 10, item 7): the same
migrations, the same refusals, and every way of not getting in named in a sentence that
never shows the password. The server is the throw-away cluster of tests/pg.py."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pg import LOGIN_PASSWORD, LOGIN_ROLE, Cluster
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage import Database, head_revision
from reviewdesk.core.storage.models import Round
from reviewdesk.messages import english_message


def _add_round(db: Database, ref: str = "2026-R") -> None:
    with db.session() as s, s.begin():
        s.add(Round(ref=ref, kind=RoundKind.RECOGNITION, name="2026 认定"))


def _round_refs(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Round.ref)))


def _sql(url: str, statement: str) -> None:
    """Behind reviewdesk's back, as the server's administrator would."""
    import psycopg  # here: without the driver, tests/pg.py skips (or, under CI, fails)

    sa_url = make_url(url)
    dsn = f"host={sa_url.host} port={sa_url.port} user=postgres dbname={sa_url.database}"
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


@contextmanager
def _closed_port() -> Iterator[int]:
    """A port on 127.0.0.1 that nothing listens on (bound, never listening)."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield int(held.getsockname()[1])


def _no_password(error: StorageError, password: str) -> None:
    assert password not in str(error)
    assert password not in english_message(error)
    assert password not in repr(error.detail)


def test_a_new_server_database_is_migrated_and_kept(postgresql_url: str) -> None:
    with Database.open(postgresql_url) as db:
        assert db.path is None
        assert db.engine.dialect.name == "postgresql"
        _add_round(db)
        with db.engine.connect() as connection:
            stamped = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert stamped.scalar_one() == head_revision()
    with Database.open(postgresql_url) as again:  # opening again migrates nothing
        assert _round_refs(again) == ["2026-R"]


def test_no_begin_immediate_on_postgresql(postgresql_url: str) -> None:
    # SQLite's write lock at BEGIN is SQLite's: two PostgreSQL transactions run side by side.
    with Database.open(postgresql_url) as db, db.session() as a, db.session() as b:
        a.begin()
        b.begin()
        a.add(Round(ref="A", kind=RoundKind.EVALUATION, name="a"))
        b.add(Round(ref="B", kind=RoundKind.EVALUATION, name="b"))
        a.flush()
        b.flush()  # would wait on SQLite until a's transaction ended
        a.commit()
        b.commit()
        assert sorted(_round_refs(db)) == ["A", "B"]


def test_constraints_hold_on_the_server(postgresql_url: str) -> None:
    with (
        Database.open(postgresql_url) as db,
        pytest.raises(IntegrityError, match="foreign key"),
        db.session() as s,
        s.begin(),
    ):
        s.execute(text("INSERT INTO panels (round_id, name) VALUES (999, 'A')"))


def test_a_newer_server_database_is_refused_and_left_alone(postgresql_url: str) -> None:
    with Database.open(postgresql_url) as db:
        _add_round(db)
    _sql(postgresql_url, "UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(StorageError) as caught:
        Database.open(postgresql_url)

    assert caught.value.code == "database-newer"
    assert caught.value.path is None
    assert caught.value.detail["found"] == "9999"
    assert caught.value.detail["url"].startswith("postgresql+psycopg://postgres@127.0.0.1:")
    _sql(postgresql_url, f"UPDATE alembic_version SET version_num = '{head_revision()}'")
    with Database.open(postgresql_url) as db:
        assert _round_refs(db) == ["2026-R"]


def test_someone_elses_server_database_is_refused(postgresql_url: str) -> None:
    _sql(postgresql_url, "CREATE TABLE payroll (name text)")
    with pytest.raises(StorageError) as caught:
        Database.open(postgresql_url)
    assert caught.value.code == "not-a-reviewdesk-database"
    _sql(postgresql_url, "SELECT * FROM payroll")  # still there, and nothing else was made


def test_two_staff_opening_a_new_database_at_once_both_get_in(
    postgresql_url: str,
) -> None:
    # The first migrates; the second waits on the advisory lock and finds the schema done.
    errors: list[BaseException] = []
    opened: list[Database] = []
    start = threading.Barrier(3, timeout=30)

    def open_it() -> None:
        try:
            start.wait()
            opened.append(Database.open(postgresql_url))
        except BaseException as exc:  # for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    for db in opened:
        _add_round(db, f"R{len(_round_refs(db))}")
        db.close()


def test_wrong_password_is_named_without_the_password(postgresql_cluster: Cluster) -> None:
    url = postgresql_cluster.url("postgres", user=LOGIN_ROLE, password="Tr0ub4dor-wrong")
    with pytest.raises(StorageError) as caught:
        Database.open(url)
    error = caught.value
    assert error.code == "database-login-refused"
    assert "password authentication failed" in error.detail["reason"]
    assert error.detail["url"] == postgresql_cluster.url(
        "postgres", user=LOGIN_ROLE, password="***"
    )
    _no_password(error, "Tr0ub4dor-wrong")
    assert english_message(error).startswith("The database server postgresql+psycopg://")


def test_the_right_password_gets_in(
    postgresql_cluster: Cluster, new_postgresql_url: Callable[[], str]
) -> None:
    name = make_url(new_postgresql_url()).database
    postgresql_cluster.admin(f'ALTER DATABASE "{name}" OWNER TO {LOGIN_ROLE}')
    url = postgresql_cluster.url(str(name), user=LOGIN_ROLE, password=LOGIN_PASSWORD)
    with Database.open(url) as db:
        _add_round(db)
        assert db.url.count("***") == 1 and LOGIN_PASSWORD not in db.url


def test_the_password_can_stay_out_of_the_address(
    postgresql_cluster: Cluster,
    new_postgresql_url: Callable[[], str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # As README advises: not on the command line (the process list shows it) but in the
    # user's .pgpass file, which libpq reads.
    name = str(make_url(new_postgresql_url()).database)
    postgresql_cluster.admin(f'ALTER DATABASE "{name}" OWNER TO {LOGIN_ROLE}')
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{postgresql_cluster.port}:*:{LOGIN_ROLE}:{LOGIN_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Database.open(postgresql_cluster.url(name, user=LOGIN_ROLE)) as db:
        _add_round(db)
        assert _round_refs(db) == ["2026-R"]


def test_unknown_user_is_a_refused_login(postgresql_cluster: Cluster) -> None:
    with pytest.raises(StorageError) as caught:
        Database.open(postgresql_cluster.url("postgres", user="nobody"))
    assert caught.value.code == "database-login-refused"


def test_missing_database_is_named(postgresql_cluster: Cluster) -> None:
    url = postgresql_cluster.url("commission_2026", user=LOGIN_ROLE, password=LOGIN_PASSWORD)
    with pytest.raises(StorageError) as caught:
        Database.open(url)
    assert caught.value.code == "database-missing"
    assert caught.value.detail["database"] == "commission_2026"
    assert "has no database named commission_2026" in english_message(caught.value)
    _no_password(caught.value, LOGIN_PASSWORD)


def test_server_that_does_not_answer_is_unreachable(postgresql_cluster: Cluster) -> None:
    with _closed_port() as port:
        url = f"postgresql+psycopg://staff:s3cret-pw@127.0.0.1:{port}/commission"
        with pytest.raises(StorageError) as caught:
            Database.open(url)
    assert caught.value.code == "database-unreachable"
    assert "Connection refused" in caught.value.detail["reason"]
    _no_password(caught.value, "s3cret-pw")


def test_connection_lost_in_use_is_unreachable(
    postgresql_url: str, postgresql_cluster: Cluster
) -> None:
    with Database.open(postgresql_url) as db:
        _add_round(db)
        with db.session() as s:
            s.execute(text("SELECT 1"))
            name = make_url(postgresql_url).database
            postgresql_cluster.admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                f" WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            )  # the server's administrator restarts it, say
            with pytest.raises(StorageError) as caught:
                s.execute(text("SELECT count(*) FROM rounds"))
        assert caught.value.code == "database-unreachable"
        assert _round_refs(db) == ["2026-R"]  # the pool gets a new connection afterwards


def test_missing_driver_is_named_without_the_password() -> None:
    with pytest.raises(StorageError) as caught:
        Database.open("postgresql+pg8000://staff:s3cret-pw@db.example/commission")
    assert caught.value.code == "database-driver-missing"
    assert caught.value.detail["driver"] == "pg8000"
    _no_password(caught.value, "s3cret-pw")


def test_a_deadlock_between_two_staff_asks_one_to_reload(postgresql_url: str) -> None:
    # Alice changes rounds A then B, Bob B then A: the server refuses one of the two
    # (deadlock); that one is told to reload, the other's changes are all kept.
    with Database.open(postgresql_url) as setup:
        _add_round(setup, "A")
        _add_round(setup, "B")
    both_started = threading.Barrier(2, timeout=30)
    outcome: dict[str, BaseException | None] = {}

    def staff(name: str, first: str, second: str) -> None:
        try:
            with Database.open(postgresql_url) as db, db.session() as s, s.begin():
                for number, ref in enumerate((first, second)):
                    row = s.scalars(select(Round).where(Round.ref == ref)).one()
                    row.name = f"{ref} by {name}"
                    s.flush()  # holds the row's lock until the end of the transaction
                    if number == 0:
                        both_started.wait()
            outcome[name] = None
        except BaseException as exc:  # for the assertions below
            outcome[name] = exc

    threads = [
        threading.Thread(target=staff, args=("alice", "A", "B")),
        threading.Thread(target=staff, args=("bob", "B", "A")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    refused = [name for name, exc in outcome.items() if exc is not None]
    assert len(refused) == 1, outcome
    error = outcome[refused[0]]
    assert isinstance(error, StorageError) and error.code == "changed-by-someone-else"
    winner = "bob" if refused == ["alice"] else "alice"
    with Database.open(postgresql_url) as db, db.session() as s:
        names = {ref: name for ref, name in s.execute(select(Round.ref, Round.name))}
    assert names == {"A": f"A by {winner}", "B": f"B by {winner}"}
