"""Durable file writes: a file is either the old one or the complete new one, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from reviewdesk.core.errors import InputError, ReviewdeskError


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via temp file, flush, fsync, rename, fsync of the folder."""
    path = Path(path)
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders cannot be opened, e.g. Windows)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def read_capped(path: Path, limit: int, *, too_large: type[ReviewdeskError] = InputError) -> bytes:
    """Read a small file whole, refusing it past ``limit`` bytes without reading more than
    ``limit + 1``: ``file-unreadable`` (InputError) or ``file-too-large`` (``too_large``)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError("file-unreadable", path, reason=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise too_large("file-too-large", path, limit=limit)
    return data
