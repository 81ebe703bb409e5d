"""A real PostgreSQL server for the storage and commission tests (issue 10, item 7).

One throw-away cluster per test session, in a temporary folder, listening on 127.0.0.1 and a
socket in that folder only; every test that asks for it gets a fresh database made from
``template0``. The cluster is stopped when the session ends, also after failures or Ctrl-C
(a finalizer, with an ``atexit`` fallback, and a watcher process for a run that is killed),
and the folder removed.

Fixtures:

- ``postgresql_url``: the SQLAlchemy URL of a new, empty database on the cluster
  (``new_postgresql_url``: a callable that makes one more each time it is called);
- ``database_url``: parametrised over ``sqlite`` (a file in ``tmp_path``) and ``postgresql``,
  for tests that must hold on both (``new_database_url``: the callable, for tests that need
  two databases of the same kind; ``module_database_url``: the same for module-scoped
  fixtures). The test ids end in ``[sqlite]`` / ``[postgresql]``.

The binaries come from Debian's ``postgresql`` package (``/usr/lib/postgresql/N/bin``; or
``initdb``/``pg_ctl`` on the PATH, or the folder in ``REVIEWDESK_PG_BIN``). PostgreSQL refuses
to run as root: as root the cluster is owned and run by the ``postgres`` user through
``runuser``. Without the binaries or the driver the PostgreSQL cases are skipped with the
reason, except under CI (``CI`` or ``REVIEWDESK_REQUIRE_POSTGRESQL`` set; ``.ci/run`` sets
the latter), where they fail: a missing install must not pass unseen.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest

__all__ = [  # the fixtures tests/conftest.py takes in
    "database_url",
    "module_database_url",
    "new_database_url",
    "new_postgresql_url",
    "postgresql_cluster",
    "postgresql_url",
]

BACKENDS = ("sqlite", "postgresql")
LOGIN_ROLE = "reviewdesk_staff"  # the one role that must give its password
LOGIN_PASSWORD = "correct-horse-battery"
_names = itertools.count(1)


def _under_ci() -> bool:
    """CI set (as CI services do), or REVIEWDESK_REQUIRE_POSTGRESQL (as .ci/run does)."""
    return any(
        os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")
        for name in ("CI", "REVIEWDESK_REQUIRE_POSTGRESQL")
    )


def _bin_dir() -> Path | None:
    given = os.environ.get("REVIEWDESK_PG_BIN")
    if given:
        return Path(given)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bin_dir: Path
    data: Path
    port: int
    run_as: list[str]  # ["runuser", "-u", "postgres", "--"] as root, else []
    started: bool = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.run_as, *args], capture_output=True, text=True, timeout=120, check=False
        )

    def start(self) -> None:
        initdb = self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data / "db"), "-A", "trust",
            "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{initdb.stdout}\n{initdb.stderr}")
        # Everyone is trusted, except LOGIN_ROLE, whose password is checked (the tests of a
        # refused login); the first matching line wins.
        hba = self.data / "db" / "pg_hba.conf"
        rule = f"host all {LOGIN_ROLE} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rule + hba.read_text())  # as root too: the file stays postgres's
        # A test cluster: no fsync (the folder is thrown away), small, reachable only here.
        options = (
            f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=50"
        )
        started = self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data / "db"), "-o", options,
            "-l", str(self.data / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip
        self.started = True  # even on failure: stop() then finds and ends any postmaster
        if started.returncode != 0:
            log = (self.data / "server.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"pg_ctl start failed:\n{started.stderr}\n{log}")
        self.admin(f"CREATE ROLE {LOGIN_ROLE} LOGIN PASSWORD '{LOGIN_PASSWORD}'")

    def stop(self) -> None:
        if not self.started:
            return
        self.started = False
        pid_file = self.data / "db" / "postmaster.pid"
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data / "db"), "-m", "immediate",
                  "-w", "-t", "30", "stop")  # fmt: skip
        with contextlib.suppress(OSError, ValueError, IndexError):
            if pid_file.exists():  # pg_ctl could not stop it: end our postmaster by its id
                pid = int(pid_file.read_text().splitlines()[0])
                os.kill(pid, 9)

    def watch(self, pid: int) -> None:
        """Stop the server and remove the folder once process ``pid`` is gone, however it
        ended: a test run killed by a timeout (SIGTERM, SIGKILL) runs no finalizer."""
        stop = " ".join(
            shlex.quote(part)
            for part in (*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data / "db"),
                         "-m", "immediate", "-w", "stop")
        )  # fmt: skip
        script = (
            f"while kill -0 {pid} 2>/dev/null; do sleep 1; done; "
            f"if [ -d {shlex.quote(str(self.data))} ]; then {stop} >/dev/null 2>&1; "
            f"rm -rf {shlex.quote(str(self.data))}; fi"
        )
        subprocess.Popen(
            ["sh", "-c", script],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip

    def create_database(self) -> str:
        """A new, empty database (from template0); its name."""
        name = f"reviewdesk_test_{os.getpid()}_{next(_names)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop_database(self, name: str) -> None:
        # FORCE ends connections a failed test left open (PostgreSQL 13+).
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def url(self, database: str, *, user: str = "postgres", password: str = "") -> str:
        login = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{login}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        dsn = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]


def _unavailable() -> str | None:
    """Why the PostgreSQL cases cannot run here, or None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed (pip install -e '.[test]')"
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists() or not (bin_dir / "pg_ctl").exists():
        return "PostgreSQL's server binaries are not installed (apt-get install postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server"
        if shutil.which("runuser") is None:
            return "running as root and 'runuser' is missing"
    return None


@pytest.fixture(scope="session")
def postgresql_cluster(request: pytest.FixtureRequest) -> Iterator[Cluster]:
    reason = _unavailable()
    if reason is not None:
        if _under_ci():
            pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}", pytrace=False)
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    bin_dir = _bin_dir()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="reviewdesk-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    cluster = Cluster(bin_dir=bin_dir, data=folder, port=_free_port(), run_as=run_as)

    def finish() -> None:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)

    request.addfinalizer(finish)
    atexit.register(finish)  # if the session is torn down without finalizers
    cluster.start()
    cluster.watch(os.getpid())
    yield cluster


@pytest.fixture
def new_postgresql_url(postgresql_cluster: Cluster) -> Iterator[Callable[[], str]]:
    """Makes fresh, empty databases on the session's cluster; all dropped after the test."""
    made: list[str] = []

    def make() -> str:
        made.append(postgresql_cluster.create_database())
        return postgresql_cluster.url(made[-1])

    yield make
    for name in made:
        postgresql_cluster.drop_database(name)


@pytest.fixture
def postgresql_url(new_postgresql_url: Callable[[], str]) -> str:
    """The URL of a fresh, empty database on the session's cluster."""
    return new_postgresql_url()


@pytest.fixture(params=BACKENDS)
def new_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Makes URLs of new, empty databases: SQLite files, then (second run) PostgreSQL ones."""
    if request.param == "postgresql":
        return cast(Callable[[], str], request.getfixturevalue("new_postgresql_url"))
    files = itertools.count(1)
    return lambda: f"sqlite+pysqlite:///{tmp_path / f'reviewdesk-{next(files)}.sqlite3'}"


@pytest.fixture
def database_url(new_database_url: Callable[[], str]) -> str:
    """The URL of a new, empty database, once on SQLite and once on PostgreSQL."""
    return new_database_url()


@pytest.fixture(scope="module", params=BACKENDS)
def module_database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``database_url`` for a module-scoped fixture (one database per module and backend,
    e.g. a round built once and read by many tests)."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path_factory.mktemp('db') / 'reviewdesk.sqlite3'}"
        return
    cluster: Cluster = request.getfixturevalue("postgresql_cluster")
    name = cluster.create_database()
    yield cluster.url(name)
    cluster.drop_database(name)
