"""One home is open in one process at a time: a lock the operating system holds for us.

Two reviewdesk processes on one home (two windows, or a window and ``reviewdesk expert
submit``) would each believe their view of the database and the store is the whole
truth: one window shows stale scores while the other signs different ones. So whoever
opens a home's database first takes ``<home>/home.lock`` and keeps it until it closes;
the next one is refused with ``home-in-use`` (StorageError), naming the holder — its
program, process id, computer and since when — from what the holder wrote in the file.

The lock itself is an OS lock on the open file (``flock`` on POSIX, ``msvcrt.locking``
on Windows), not the file's existence: it goes away with the process, however it ends
(SIGKILL, a power cut), so a stale lock file never keeps anybody out. The file is kept
between runs; only its content changes.

``HomeLock`` is role-neutral: the expert desk and the chair desk take the same lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from reviewdesk.core.errors import StorageError

LOCK_FILE = "home.lock"
_MAX_INFO = 4096
_WINDOWS_LOCK_OFFSET = 1 << 20  # on Windows the locked byte lies past the holder's details


class HomeLock:
    """The lock of one home; ``acquire`` (or ``with``) takes it, ``release`` gives it back.

    ``home``: a ``Home`` or its folder. ``program`` names the holder for the person who is
    refused ("reviewdesk expert submit", "reviewdesk (window)")."""

    def __init__(self, home: Any, *, program: str | None = None) -> None:
        root = Path(home) if isinstance(home, str | os.PathLike) else Path(home.root)
        self.root = root
        self.path = root / LOCK_FILE
        self.program = program or _program_name()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> Self:
        """Take the lock or raise ``home-in-use`` (someone holds it) or
        ``home-lock-unavailable`` (the lock file cannot be made or opened)."""
        if self._fd is not None:
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise StorageError(
                "home-lock-unavailable", self.root, reason=exc.strerror or str(exc)
            ) from None
        try:
            try:
                locked = _try_lock(fd)
            except OSError as exc:  # a file system without locks
                raise StorageError(
                    "home-lock-unavailable", self.root, reason=exc.strerror or str(exc)
                ) from None
            if not locked:
                holder = _read_holder(fd)
                raise StorageError(
                    "home-in-use",
                    self.root,
                    program=holder.get("program", "?"),
                    pid=holder.get("pid", "?"),
                    host=holder.get("host", "?"),
                    since=holder.get("since", "?"),
                )
            if hasattr(os, "fchmod"):
                with contextlib.suppress(OSError):
                    os.fchmod(fd, 0o600)
            with contextlib.suppress(OSError):  # the lock holds even if the name is not written
                _write_holder(fd, self.program)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        """Give the lock back (closing the file is enough; the file itself stays)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _write_holder(fd, None)  # no stale name in the file for the next reader
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> Self:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:  # a lock forgotten by its owner is still given back
        with contextlib.suppress(Exception):
            self.release()


def holder_of(home: Any) -> dict[str, Any] | None:
    """Who holds the home's lock right now (their details), or None when nobody does."""
    probe = HomeLock(home)
    try:
        probe.acquire()
    except StorageError as exc:
        return dict(exc.detail) if exc.code == "home-in-use" else None
    probe.release()
    return None


def _program_name() -> str:
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    verb = " ".join(a for a in sys.argv[1:3] if a and not a.startswith("-"))
    return f"{name} {verb}".strip()[:120]


def _holder_json(program: str) -> bytes:
    since = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    info = {"program": program, "pid": os.getpid(), "host": socket.gethostname(), "since": since}
    return json.dumps(info, ensure_ascii=False).encode()[:_MAX_INFO]


def _write_holder(fd: int, program: str | None) -> None:
    data = b"" if program is None else _holder_json(program)
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)
    os.fsync(fd)


def _read_holder(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _MAX_INFO)
        info = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return {}  # being written this very moment, or damaged: the holder is unnamed
    if not isinstance(info, dict):
        return {}
    return {k: str(info[k])[:120] for k in ("program", "pid", "host", "since") if k in info}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not lockf: its lock belongs to this open file, so a second HomeLock in the
        # same process is refused too (POSIX record locks would let it through).
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
