"""Opening a person's home for work: its lock, then its database, both private.

``open_home`` is what a desk (expert or chair, GUI or CLI) calls before it touches the
home's database or store:

1. the home's folders are made (0700) and what is in them tightened (``Home.ensure``);
2. the home's lock is taken (``HomeLock``): a second process is refused ``home-in-use``;
3. a database that has become an empty file while the store still holds work is refused
   (``database-emptied``) and nothing is changed: re-creating it would silently throw the
   person's declarations, drafts and submission records away. The error names what the
   store still holds — the packages as received and every signed score file — so the
   person (or whoever helps them) knows what can be recovered. An empty file beside an
   empty store is a home whose first start was cut short: it is made a database as usual;
4. the database is opened and migrated (``Database.open``), its files private.

The caller closes the returned ``OpenedHome`` (database, then lock) when it is done.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

from reviewdesk.core.errors import StorageError
from reviewdesk.core.home.lock import HomeLock
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database

_LISTED = 10  # names given in the error detail; the counts cover the rest


@dataclass
class OpenedHome:
    home: Home
    db: Database
    lock: HomeLock
    closed: bool = field(default=False)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self.db.close()
        finally:
            self.lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_home(home: Home, *, program: str | None = None) -> OpenedHome:
    """Lock and open ``home`` (module text). Raises ``StorageError`` ``home-in-use``,
    ``home-lock-unavailable``, ``database-emptied`` or any of ``Database.open``'s."""
    home = home.ensure()
    lock = HomeLock(home, program=program).acquire()
    try:
        check_not_emptied(home)
        db = Database.open(path=home.database_path)
        home.tighten()  # the -wal and -shm files exist now
    except BaseException:
        lock.release()
        raise
    return OpenedHome(home, db, lock)


def check_not_emptied(home: Home) -> None:
    """Refuse a database file of 0 bytes while the store holds work (module text)."""
    path = home.database_path
    try:
        if not path.is_file() or path.stat().st_size != 0:
            return
    except OSError:
        return  # Database.open names what is wrong with it
    # an expert's packages, and a chair's (whose imported score files are in scores/ too)
    packages = _files(home.store_dir / "packages", ".rdx")
    packages += _files(home.store_dir / "chair-packages", ".rdx")
    scores = _files(home.store_dir / "scores", ".rdx")
    if not packages and not scores:
        return
    raise StorageError(
        "database-emptied",
        path,
        store=str(home.store_dir),
        packages=len(packages),
        score_files=len(scores),
        names=", ".join(p.name for p in (scores + packages)[:_LISTED])
        + (", …" if len(scores) + len(packages) > _LISTED else ""),
    )


def _files(folder: Path, suffix: str) -> list[Path]:
    with contextlib.suppress(OSError):
        return sorted(p for p in folder.iterdir() if p.name.endswith(suffix) and p.is_file())
    return []
