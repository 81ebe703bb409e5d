"""The protocol for long work: a plain function takes a progress callback and a cancel token.

The GUI runs such functions on a worker thread (``gui/tasks.py``); the CLI and tests call
them directly.
"""

from __future__ import annotations

import threading
from typing import Protocol

from reviewdesk.core.errors import CancelledError


class Progress(Protocol):
    def __call__(self, done: int, total: int, stage: str = "") -> None: ...


def _no_progress(done: int, total: int, stage: str = "") -> None:
    return None


NO_PROGRESS: Progress = _no_progress


class CancelToken:
    """Set from any thread; checked by the worker between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()


class _Never(CancelToken):
    def cancel(self) -> None:  # the shared default must never be set
        raise RuntimeError("NEVER cannot be cancelled")


NEVER: CancelToken = _Never()
