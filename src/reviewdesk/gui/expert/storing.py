"""Keeping the opened package on this computer, in the background (issue 9).

A package opens to a usable desk as soon as its signature, roster and form are checked
(``ExpertDesk.open(store=False)``); the copy into the local store, with every blob checked
against its signed digest, runs afterwards as ``desk.store_task`` on the one background
helper, once the first document is on screen and painted (``SETTLE_MS`` after it showed),
or after ``START_WAIT_MS`` at most (the person may still be reading the pledge): the copy,
hundreds of megabytes hashed and written, must not compete with the first page for the
processor. While it runs the pool is one thread larger, so that short tasks (a document to
decrypt, the list to refresh) never wait behind it. The status bar says so: "Checking and
storing the package… n %", then "stored". A blob found bad is a sentence naming it (a
message box, and the status bar keeps saying that the package was not stored); the desk
stays open, every document still checked when it is read. Closing the package lets the
copy go on; closing the window completes it first (``finish``: a few seconds for a big
package), so that the package opens from the store next time even when the stick with
its original is gone. Opening another package cancels it: nothing half-made is kept, and
the package opens from its original file again next time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QThreadPool, QTimer, Signal
from shiboken6 import isValid

from reviewdesk.gui.expert import common
from reviewdesk.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from reviewdesk.core.expert.desk import ExpertDesk

STORED_MESSAGE_MS = 10_000
START_WAIT_MS = 2_000  # the longest the copy waits for the first document
SETTLE_MS = 300  # and after it showed, for its page to be painted
_POLL_MS = 50


class PackageStoring(QObject):
    """The store step of the desk on screen; at most one at a time."""

    finished = Signal(bool)  # True: stored; False: refused (not when cancelled)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.desk: ExpertDesk | None = None
        self.error: BaseException | None = None  # the last refusal, as told
        self._percent = -1
        self._ready: Callable[[], bool] = lambda: True
        self._waited = QElapsedTimer()
        self._settled = QElapsedTimer()  # since ready() first held
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._maybe_begin)
        self._widened = False  # the pool made one thread larger for the copy

    def start(self, desk: ExpertDesk, ready: Callable[[], bool] = lambda: True) -> None:
        """Store ``desk``'s package unless it is stored already (cancelling another's), as
        soon as ``ready()`` (the first document is on screen) or after ``START_WAIT_MS``."""
        if desk is self.desk:
            return
        self.cancel()
        if desk.stored:
            return
        self.desk, self.error, self._percent, self._ready = desk, None, -1, ready
        self._show(0)
        self._waited.start()
        self._settled.invalidate()
        self._poll.start()
        self._maybe_begin()

    def _maybe_begin(self) -> None:
        desk = self.desk
        if desk is None or self.task is not None:
            self._poll.stop()
            return
        if not self._settled.isValid() and self._ready():
            self._settled.start()
        settled = self._settled.isValid() and self._settled.hasExpired(SETTLE_MS)
        if not settled and not self._waited.hasExpired(START_WAIT_MS):
            return
        self._poll.stop()
        self._widen(True)

        def done(_path: object) -> None:
            self._done(desk)

        def failed(error: BaseException) -> None:
            self._failed(desk, error)

        def progress(done: int, total: int, _stage: str) -> None:
            self._progress(desk, done, total)

        self.task = run_in_background(
            desk.store_task, on_done=done, on_error=failed, on_progress=progress
        )

    def _widen(self, wider: bool) -> None:
        if wider != self._widened:
            pool = QThreadPool.globalInstance()
            pool.setMaxThreadCount(pool.maxThreadCount() + (1 if wider else -1))
            self._widened = wider

    def finish(self) -> None:
        """The window closes: complete the copy under way or waiting, here and now (a
        refusal was told already, or is not told: the next opening meets it again)."""
        desk = self.desk
        self._poll.stop()
        self.task, self.desk = None, None
        if desk is not None and desk.store_problem is None:
            with contextlib.suppress(Exception):  # never raised out of closing the window
                desk.store_task()  # waits for the copy under way, or makes it
        self._widen(False)

    def cancel(self) -> None:
        """Stop the copy under way or waiting (another package is being opened)."""
        self._poll.stop()
        if self.task is not None:
            self.task.cancel()
        if self.desk is not None and isValid(self.window):
            self.window.statusBar().clearMessage()
        self.task, self.desk = None, None
        self._widen(False)

    @property
    def running(self) -> bool:
        """True while the copy runs or waits to start."""
        return self.desk is not None

    def _progress(self, desk: ExpertDesk, done: int, total: int) -> None:
        if desk is self.desk and total > 0:
            self._show(min(99, done * 100 // total))

    def _show(self, percent: int) -> None:
        if percent != self._percent and isValid(self.window):
            self._percent = percent
            text = self.tr("Checking and storing the package… {percent} %").format(percent=percent)
            self.window.statusBar().showMessage(text)

    def _done(self, desk: ExpertDesk) -> None:
        if desk is not self.desk:
            return
        self.task, self.desk = None, None
        self._widen(False)
        if isValid(self.window):
            self.window.statusBar().showMessage(
                self.tr("The package is checked and stored on this computer."), STORED_MESSAGE_MS
            )
            self.finished.emit(True)

    def _failed(self, desk: ExpertDesk, error: BaseException) -> None:
        if desk is not self.desk:
            return
        self.task, self.desk = None, None
        self._widen(False)
        if getattr(error, "code", None) == "cancelled" or not isValid(self.window):
            return
        self.error = error
        self.window.statusBar().showMessage(
            self.tr("The package was not stored: {reason}").format(
                reason=common.error_message(error)[0]
            )
        )
        common.show_error(self.window, self.tr("reviewdesk"), error)
        self.finished.emit(False)
