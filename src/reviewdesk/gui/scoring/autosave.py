"""Autosave for a form: debounce each field, then run its core save off the GUI thread.

Saves run one at a time, in the order the fields were queued, through ``gui/tasks.py``; a
field edited again while queued keeps its place and saves only its newest value. A save is
reported (``saved``) only when the core call returned, i.e. after its commit, so a form may
then say "saved" truthfully. A commit with synchronous=FULL is usually a few milliseconds,
but a checkpoint or a slow disk can take far longer: that is why it is not on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from reviewdesk.core.expert.sheets import Saved
from reviewdesk.gui.tasks import run_in_background

Save = Callable[[], Saved]

DEFAULT_DELAY_MS = 300  # short enough that a kill loses only keystrokes never shown as saved


@dataclass(eq=False)
class _Flight:
    key: str
    save: Save
    done: threading.Event = field(default_factory=threading.Event)
    result: Saved | None = None
    error: BaseException | None = None
    landed: bool = False


class Autosaver(QObject):
    """Queues saves by field key. ``busy`` while anything is waiting or running."""

    saved = Signal(str, object)  # field key, core Saved — after the commit
    failed = Signal(str, object)  # field key, the exception; the save stays queued for retry
    stateChanged = Signal()

    def __init__(self, delay_ms: int = DEFAULT_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._debounced: dict[str, Save] = {}
        self._timers: dict[str, QTimer] = {}
        self._queue: dict[str, Save] = {}  # insertion order is run order
        self._flight: _Flight | None = None
        self._failed: dict[str, Save] = {}
        self.last_saved: Saved | None = None
        self.error: BaseException | None = None

    @property
    def busy(self) -> bool:
        return bool(self._debounced or self._queue or self._flight)

    def edit(self, key: str, save: Save, *, debounce: bool = True) -> None:
        """A field changed: save it after the pause (or at once without ``debounce``)."""
        self._failed.pop(key, None)  # the newer value replaces a failed one
        if not debounce:
            self._drop_debounce(key)
            self._enqueue(key, save)
            return
        self._debounced[key] = save
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda key=key: self.flush(key))
            self._timers[key] = timer
        timer.start(self.delay_ms)
        self.stateChanged.emit()

    def flush(self, key: str | None = None) -> None:
        """Stop waiting for the pause: queue the field's (or every field's) save now."""
        keys = list(self._debounced) if key is None else [key]
        for name in keys:
            save = self._debounced.get(name)
            if save is not None:
                self._drop_debounce(name)
                self._enqueue(name, save)

    def retry(self) -> None:
        """Queue again every save that failed."""
        failed, self._failed = self._failed, {}
        for key, save in failed.items():
            self._queue.setdefault(key, save)
        self.error = None
        self._start_next()
        self.stateChanged.emit()

    def finish(self, timeout: float = 10.0) -> bool:
        """Save everything now, blocking (closing a form or the window): waits for the save
        in flight, then runs the rest on this thread. True when all of it was committed."""
        self.flush()
        flight = self._flight
        if flight is not None:
            if not flight.done.wait(timeout):
                return False
            self._land(flight, start_next=False)  # the rest runs here, not in the background
        while self._queue:
            key = next(iter(self._queue))
            flight = _Flight(key, self._queue.pop(key))
            self._flight = flight
            try:
                flight.result = flight.save()
            except Exception as exc:  # reported like a background failure
                flight.error = exc
            self._land(flight, start_next=False)
        return not self._failed and not self.busy

    # Internals --------------------------------------------------------------------------

    def _drop_debounce(self, key: str) -> None:
        self._debounced.pop(key, None)
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()

    def _enqueue(self, key: str, save: Save) -> None:
        self._queue[key] = save  # an existing entry keeps its position
        self._start_next()
        self.stateChanged.emit()

    def _start_next(self) -> None:
        if self._flight is not None or not self._queue:
            return
        key = next(iter(self._queue))
        flight = _Flight(key, self._queue.pop(key))
        self._flight = flight

        def work(_progress: object, _cancel: object) -> None:
            try:
                flight.result = flight.save()
            except BaseException as exc:
                flight.error = exc
            finally:
                flight.done.set()

        run_in_background(
            work,
            on_done=lambda _result: self._land(flight),
            on_error=lambda _error: self._land(flight),
        )

    def _land(self, flight: _Flight, *, start_next: bool = True) -> None:
        if flight.landed:  # finish() may have handled it before the queued signal arrived
            return
        if not shiboken6.isValid(self):  # the form went away; the commit itself is done
            return
        flight.landed = True
        if self._flight is flight:
            self._flight = None
        if flight.error is not None or flight.result is None:
            if flight.key not in self._queue and flight.key not in self._debounced:
                self._failed[flight.key] = flight.save
            self.error = flight.error or RuntimeError("save returned nothing")
            self.failed.emit(flight.key, self.error)
        else:
            self.last_saved = flight.result
            if not self._failed:
                self.error = None
            self.saved.emit(flight.key, flight.result)
        if start_next:
            self._start_next()
        self.stateChanged.emit()
