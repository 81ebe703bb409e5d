"""One home per window, opened once: the person's home, its lock, its database and the
identity unlocked for this session, shared by every desk of the window.

A person may score in one panel and chair another from the same home. The expert desk and
the chair desk therefore do not open the home each on their own: both ask the window's
``HomeSession``, which opens it once with ``core.home.opening.open_home`` — the home's lock
(``home-in-use`` for a second window or a CLI on the same home), the refusal of an emptied
database, then the database — and hands both desks the same ``OpenedHome``. The identity
unlocked in one desk serves the other: one passphrase per session covers every package.

``open_in_worker`` is called off the GUI thread (inside the desks' background "getting
ready" step, ``gui/tasks.run_in_background``); two desks asking at once get the same home,
opened once. ``close`` (at quit, from any desk's ``shutdown``) first lets every desk finish
its work (``before_close``), then closes the database and gives the lock back; it is done
once, whoever asks first. The window going away closes it too.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.home.opening import OpenedHome
    from reviewdesk.core.home.settings import Home
    from reviewdesk.core.storage import Database

PROGRAM = "reviewdesk (window)"  # how a refused second instance hears of the holder


class _Holder:
    """The open home itself, apart from the QObject: closed with the window even after the
    window's Qt side is gone."""

    def __init__(self) -> None:
        self.opened: OpenedHome | None = None
        self.finishers: list[Callable[[], None]] = []
        self.lock = threading.Lock()  # one opening at a time, from any thread

    def close(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, None
            finishers = list(self.finishers)
        if opened is None:
            return
        failure: BaseException | None = None
        try:
            for finish in finishers:  # every desk's last saves, while the database is open
                try:
                    finish()
                except Exception as error:  # the others still finish, the lock still goes
                    failure = failure or error
        finally:
            opened.close()  # the database, then the home's lock
        if failure is not None:
            raise failure


class HomeSession(QObject):
    """The window's home: ``HomeSession.of(window, root)`` finds or makes it."""

    def __init__(self, window: QObject, root: Path | None = None) -> None:
        super().__init__(window)
        self.setObjectName("homeSession")
        self.root = root  # None: $REVIEWDESK_HOME, else the user data folder
        self.identity: Identity | None = None  # unlocked once per session, for every desk
        self._holder = holder = _Holder()
        window.destroyed.connect(lambda *_: _close_quietly(holder))

    @classmethod
    def of(cls, window: QObject, root: Path | None = None) -> HomeSession:
        """The window's session, made on first use (``root`` counts only then)."""
        found = window.findChild(HomeSession, "homeSession")
        if isinstance(found, HomeSession):
            return found
        return cls(window, root)

    # The open home (None until a desk opened it) ---------------------------------------

    @property
    def opened(self) -> OpenedHome | None:
        return self._holder.opened

    @property
    def home(self) -> Home | None:
        opened = self._holder.opened
        return None if opened is None else opened.home

    @property
    def db(self) -> Database | None:
        opened = self._holder.opened
        return None if opened is None else opened.db

    def open_in_worker(self) -> OpenedHome:
        """Off the GUI thread: the home, locked and with its database open — opened now,
        or the one a desk opened before. Raises what ``open_home`` raises (``home-in-use``,
        ``database-emptied``, …); a failure leaves nothing open, and the next call tries
        again."""
        from reviewdesk.core.home.opening import open_home
        from reviewdesk.core.home.settings import Home

        holder = self._holder
        with holder.lock:
            if holder.opened is None or holder.opened.closed:
                home = Home(self.root) if self.root is not None else Home.default()
                holder.opened = open_home(home, program=PROGRAM)
            return holder.opened

    def before_close(self, finish: Callable[[], None]) -> None:
        """``finish`` runs when the session closes, before the database does (a desk's last
        saves); registered once per desk."""
        if finish not in self._holder.finishers:
            self._holder.finishers.append(finish)

    def close(self) -> None:
        """Every desk's ``before_close`` work, then the database, then the home's lock; the
        unlocked identity is forgotten. Done once; later calls do nothing."""
        self.identity = None
        self._holder.close()


def _close_quietly(holder: _Holder) -> None:
    with contextlib.suppress(Exception):  # the window is gone: nobody left to tell
        holder.close()  # (the lock is given back whatever a desk's last save did)
