"""Opening the database: SQLite by default, any SQLAlchemy URL for a shared one (DESIGN §4).

Opening migrates the schema to this version's head in one transaction, and refuses, without
touching it, a database that is not reviewdesk's or that a newer reviewdesk has migrated.

A SQLite file holds names, scores and opinions: it is made owner-only (0600) before SQLite
first writes it, and SQLite gives its -wal and -shm files the same mode; older files are
tightened when opened.

Failures while the database is in use are named too: any SQLite error that means the file
is damaged ("database disk image is malformed") or out of reach (disk I/O error, disk full,
read-only, locked past the busy timeout), at whatever statement or commit it shows, is
raised as ``StorageError`` ``database-corrupt`` or ``database-unreachable`` with the file,
never as a driver exception: the engine's ``handle_error`` hook translates it, so every
session and connection is covered at one place.

A shared database on a server (PostgreSQL: ``postgresql+psycopg://user@host/db``) runs the
same migrations; two people opening a new database at once are serialised by an advisory
lock, so one migrates and the other finds it done. A server that cannot be reached, a login
it refuses, a database it does not have, or a connection lost in use become
``database-unreachable``, ``database-login-refused``, ``database-missing`` (never with the
password: the URL is shown masked and the password is cut out of the server's words).

Rows that several people edit carry a version column (``version_id_col``); saving a row that
someone else saved since it was read raises ``StorageError`` ``changed-by-someone-else``
from every session this class gives out, instead of SQLAlchemy's ``StaleDataError``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage.migrate import (
    current_revisions,
    head_revision,
    known_revisions,
    upgrade_to_head,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


class Database:
    """An open, migrated database.

    One session per use case (STYLE §5): ``with db.session() as s, s.begin(): ...`` commits
    at the end of the block, or rolls back if it raises.
    """

    def __init__(self, engine: Engine, *, path: Path | None) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, class_=_Session, expire_on_commit=False)
        self._closed = False
        self.path = path  # the SQLite file, or None for a server or in-memory database
        self.url = engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: str | None = None, *, path: Path | None = None) -> Database:
        """Open (creating if needed) and migrate a database.

        ``path``: a SQLite file (a person's is ``Home.database_path``). ``url``: any
        SQLAlchemy URL. Raises ``StorageError`` with code
        ``not-a-sqlite-database``, ``database-corrupt``, ``not-a-reviewdesk-database``,
        ``database-newer``, ``bad-database-url``, ``database-driver-missing``,
        ``database-unreachable``, ``database-login-refused``, ``database-missing`` or
        ``database-migration-failed``; the database is left as it was.
        """
        if (url is None) == (path is None):
            raise TypeError("give url or path, exactly one")
        if url is None:
            assert path is not None
            path = Path(path)
            sa_url = URL.create("sqlite+pysqlite", database=str(path))
        else:
            try:
                sa_url = make_url(url)
            except ArgumentError:
                # Named without what may be a password: the text after the last "@".
                raise StorageError("bad-database-url", url=_unparsable(url)) from None
            path = _sqlite_file(sa_url)
        where = _Where(path, sa_url)
        if path is not None:
            _preflight_sqlite_file(path, where)
        try:
            engine = create_engine(sa_url)  # loads the driver; connects to nothing yet
        except (ArgumentError, NoSuchModuleError) as exc:
            raise where.error("bad-database-url", reason=str(exc)) from None
        except ImportError as exc:  # the dialect is known, its driver is not installed
            raise where.error("database-driver-missing", driver=exc.name or str(exc)) from None
        if path is not None:
            # Only once the URL proved usable: a refused URL leaves no file behind.
            _make_private(path, where)
        if sa_url.get_backend_name() == "sqlite":
            _configure_sqlite(engine, where)
        else:
            _configure_server(engine, where)
        try:
            _migrate(engine, where)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, path=path)

    @property
    def engine(self) -> Engine:
        return self._engine

    def session(self) -> Session:
        """A new session for one use case; use it as a context manager."""
        if self._closed:
            raise RuntimeError("the database is closed")
        return self._sessions()

    def close(self) -> None:
        """Close every pooled connection (SQLite then checkpoints and removes its WAL file)."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _Session(Session):
    """A session whose flush names a lost race on a versioned row as a ``StorageError``."""

    def flush(self, objects: Any = None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as exc:
            # "UPDATE statement on table 'x' expected to update 1 row(s); 0 were matched."
            found = re.search(r"table '([^']+)'", str(exc))
            table = found.group(1) if found else ""
            # commission_assignments -> "This assignment" (the sentence starts with it)
            noun = table.removeprefix("commission_").replace("_", " ").removesuffix("s")
            what = f"This {noun}" if noun else "This record"
            raise StorageError("changed-by-someone-else", what=what, table=table) from None


def _unparsable(url: str) -> str:
    """A --db text SQLAlchemy cannot parse, for an error: what follows its last ``@``
    (a host and database), never the user and password before it."""
    return "…@" + url.rsplit("@", 1)[1] if "@" in url else url


class _Where:
    """Names the database in errors: its file, or its URL without the password."""

    def __init__(self, path: Path | None, url: URL) -> None:
        self.path = path
        self.url = url.render_as_string(hide_password=True)
        self._password = str(url.password) if url.password else ""

    def error(self, code: str, **detail: Any) -> StorageError:
        if self._password:  # a driver may repeat parts of the address: never the password
            detail = {
                key: value.replace(self._password, "***") if isinstance(value, str) else value
                for key, value in detail.items()
            }
        if self.path is not None:
            return StorageError(code, self.path, **detail)
        return StorageError(code, url=self.url, **detail)


def _sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for in-memory and ``file:`` URI databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _preflight_sqlite_file(path: Path, where: _Where) -> None:
    """Check an existing file read-only, before any connection that could change it."""
    try:
        if not path.exists():
            return
        if path.is_dir():
            raise where.error("not-a-sqlite-database", reason="folder")
        if not path.is_file():  # a named pipe would block open() for ever, a device never end
            raise where.error("not-a-sqlite-database", reason="not an ordinary file")
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise where.error("database-unreachable", reason=exc.strerror or str(exc)) from None
    if not header:
        return  # SQLite treats an empty file as an empty database
    if header != _SQLITE_MAGIC:
        raise where.error("not-a-sqlite-database", reason="header")
    # A plain connection that only reads: the main engine's journal-mode pragma would already
    # rewrite the header of a database we must refuse. (Not mode=ro: on a WAL database that
    # leaves -wal and -shm files behind, which a read-write connection removes on closing.)
    probe = create_engine(
        "sqlite+pysqlite://", creator=lambda: _query_only(path), poolclass=NullPool
    )
    try:
        with probe.connect() as connection:
            _check_revision(connection, where)
    except DatabaseError as exc:
        raise _connection_error(exc, where) from None
    finally:
        probe.dispose()


def _query_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA query_only=ON")
    return connection


def _make_private(path: Path, where: _Where) -> None:
    """Create the file owner-only before SQLite does (its -wal and -shm files then take the
    same mode), or tighten an existing one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        _chmod_private(path)
    except OSError as exc:
        raise where.error("database-unreachable", reason=exc.strerror or str(exc)) from None
    else:
        os.close(fd)
        _chmod_private(path)  # 0o600 & ~umask could be less; never more


def _chmod_private(path: Path) -> None:
    with contextlib.suppress(OSError):
        if os.stat(path).st_mode & 0o777 != 0o600:
            os.chmod(path, 0o600)


# SQLite's own words for a file it cannot use, as the sqlite3 module passes them on.
_DAMAGED = ("malformed", "not a database", "file is encrypted")
_OUT_OF_REACH = (
    "disk i/o error", "database or disk is full", "readonly database", "database is locked",
    "unable to open database file", "locking protocol", "no such file",
)  # fmt: skip


def _translate_error(where: _Where, context: ExceptionContext) -> None:
    """Raise the driver's error as the StorageError a person can read (module text)."""
    exc = context.original_exception
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    ):
        return  # a constraint or a programming mistake: the caller's business
    text = str(exc)
    lowered = text.lower()
    if any(word in lowered for word in _DAMAGED) or type(exc) is sqlite3.DatabaseError:
        raise where.error("database-corrupt", reason=text) from exc
    if any(word in lowered for word in _OUT_OF_REACH):
        raise where.error("database-unreachable", reason=text) from exc


def _configure_sqlite(engine: Engine, where: _Where) -> None:
    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        _translate_error(where, context)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # SQLAlchemy, not the sqlite3 module, begins transactions (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            cursor.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut
            cursor.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite
            cursor.execute("PRAGMA busy_timeout=10000")  # wait for a writer, do not fail
        finally:
            cursor.close()
        if where.path is not None:  # made by an older version, or before this file was 0600
            for suffix in ("-wal", "-shm"):
                _chmod_private(where.path.with_name(where.path.name + suffix))

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # sqlite3 (before Python 3.12) would not begin before DDL, so a failed migration could
        # leave half a schema; an explicit BEGIN makes DDL transactional too. IMMEDIATE takes
        # the write lock up front: a deferred transaction that reads and then writes while
        # another connection wrote gets SQLITE_BUSY at once, which no busy timeout retries
        # (the autosave worker and the GUI thread would then fail each other's saves).
        connection.exec_driver_sql("BEGIN IMMEDIATE")


# The server's words (libpq, English messages) for a refused login and a missing database;
# anything else that stops a connection is "unreachable", with the server's own words.
_LOGIN_REFUSED = (
    "password authentication failed", "no password supplied", "authentication failed",
    "pg_hba.conf", "role \"",
)  # fmt: skip
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist')
# SQLSTATE classes of a connection that broke or a server that cannot serve: 08 connection
# exception, 53 insufficient resources (disk full, too many connections), 57 operator
# intervention (server shutting down), 58 system error (I/O).
_SERVER_TROUBLE = ("08", "53", "57", "58")
# Two transactions that wrote the same rows in an order the server cannot reconcile
# (serialization failure, deadlock): the one refused must reload, as after a version check.
_LOST_RACE = ("40001", "40P01")
# An arbitrary constant: the key of the advisory lock that serialises migrations.
_MIGRATION_LOCK = 0x7265766965776473  # "reviewds"


def _configure_server(engine: Engine, where: _Where) -> None:
    """A database on a server: a connection lost or refused while in use is named too."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        if context.connection is None:
            return  # while connecting: _connection_error names a refused login and the like
        exc = context.original_exception
        state = str(getattr(exc, "sqlstate", None) or "")
        if context.is_disconnect or state[:2] in _SERVER_TROUBLE:
            raise where.error("database-unreachable", reason=_first_line(exc)) from exc
        if state in _LOST_RACE:
            raise StorageError("changed-by-someone-else", what="This record") from exc


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _migrate(engine: Engine, where: _Where) -> None:
    try:
        connection = engine.connect()
    except StorageError:
        raise
    except DatabaseError as exc:
        raise _connection_error(exc, where) from None
    with connection:
        try:
            with connection.begin():
                if connection.dialect.name == "postgresql":
                    # Two staff opening a new shared database at once: one migrates, the
                    # other waits here and then finds the schema at head.
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                _check_revision(connection, where)
                upgrade_to_head(connection)
        except StorageError:
            raise
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc)
            raise where.error("database-migration-failed", reason=reason) from None


def _connection_error(exc: DatabaseError, where: _Where) -> StorageError:
    # OperationalError: cannot get at it (locked, no permission, server down); any other
    # DatabaseError on connecting means SQLite found the file damaged.
    if not isinstance(exc, OperationalError):
        return where.error("database-corrupt", reason=str(exc.orig))
    text = str(exc.orig)
    if where.path is None and _NO_DATABASE.search(text):
        return where.error("database-missing", database=_database_name(where), reason=text)
    if where.path is None and any(word in text for word in _LOGIN_REFUSED):
        return where.error("database-login-refused", reason=_server_words(text))
    return where.error("database-unreachable", reason=_server_words(text))


def _server_words(text: str) -> str:
    """libpq's message without its prefix: 'connection to server at … failed: FATAL: …'."""
    words = " ".join(text.split())
    return words.removeprefix("connection failed: ")


def _database_name(where: _Where) -> str:
    return make_url(where.url).database or ""


def _check_revision(connection: Connection, where: _Where) -> None:
    found = current_revisions(connection)
    if not found:
        if inspect(connection).get_table_names():
            raise where.error("not-a-reviewdesk-database")
        return
    known = known_revisions()
    if any(revision not in known for revision in found):
        raise where.error("database-newer", found=",".join(found), supported=head_revision())
