"""The one place that starts threads: run a core function (progress, cancel) off the GUI thread.

Core long work has the shape ``fn(progress, cancel) -> result``; results, errors and progress
come back to the GUI thread through queued signals, so widgets are only touched there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reviewdesk.core.progress import CancelToken, Progress

Work = Callable[[Progress, CancelToken], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A running piece of work; keep it to cancel it."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller's handle must outlive run()
        self.signals = _Signals()
        self.cancel_token = CancelToken()
        self._work = work

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def run(self) -> None:
        def report(done: int, total: int, stage: str = "") -> None:
            self.signals.progress.emit(done, total, stage)

        try:
            result = self._work(report, self.cancel_token)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(
    work: Work,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Task:
    task = Task(work)
    _running.add(task)

    def finished_ok(result: object) -> None:
        _running.discard(task)
        on_done(result)

    def finished_error(error: object) -> None:
        _running.discard(task)
        on_error(error if isinstance(error, BaseException) else RuntimeError(str(error)))

    task.signals.done.connect(finished_ok)
    task.signals.failed.connect(finished_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
