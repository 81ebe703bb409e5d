"""Files in and out, the one place the program touches them by path.

Reading: ``open_input`` refuses anything but an ordinary file (a folder, a named pipe, a
device such as ``/dev/zero``) before a read can block or never end: the file is opened
without blocking and checked on the open descriptor, so nothing can swap it in between.
Writing: a file is either the old one or the complete new one, never half, and no temp file
is left behind when writing fails. Operating-system errors become ``InputError`` codes that
name the file the person gave (never a temp file) and the reason in words: ``disk-full``,
``storage-read-only``, ``access-denied``, ``not-a-regular-file``, and when writing
``folder-missing`` and ``not-a-folder`` (a file where a folder should be); anything else is
``file-unreadable`` or ``file-unwritable`` with the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reviewdesk.core.errors import InputError, ReviewdeskError

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows
_NOCTTY = getattr(os, "O_NOCTTY", 0)  # a terminal device never becomes ours by opening it


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words for the ``not-a-regular-file`` sentence."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not an ordinary file"


def open_input(path: Path | str) -> BinaryIO:
    """Open an ordinary file for reading, buffered and blocking as usual.

    Anything else is refused (``not-a-regular-file``) without waiting: a named pipe with no
    writer would block ``open()`` for ever, ``/dev/zero`` never ends. OS errors are named
    (see the module text)."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY | _NOCTTY)
    except OSError as exc:
        raise os_error(exc, path, writing=False) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = file_kind(mode)
            raise InputError("not-a-regular-file", path, kind=kind, reason=f"it is {kind}")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException as exc:
        os.close(fd)
        if isinstance(exc, OSError):
            raise os_error(exc, path, writing=False) from None
        raise


def check_input(path: Path | str) -> None:
    """Refuse ``path`` now, as ``open_input`` would (for readers that open it later)."""
    open_input(path).close()


def read_capped(path: Path, limit: int, *, too_large: type[ReviewdeskError] = InputError) -> bytes:
    """Read a small file whole, refusing it past ``limit`` bytes without reading more than
    ``limit + 1``: an error from ``open_input`` or ``file-too-large`` (``too_large``)."""
    with open_input(path) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise os_error(exc, path, writing=False) from None
    if len(data) > limit:
        raise too_large("file-too-large", path, limit=limit)
    return data


def os_error(exc: OSError, path: Path | str, *, writing: bool) -> InputError:
    """The named error for ``exc``, met while reading or writing ``path`` (the file the
    person named; a temp file beside it is never mentioned). Every error carries ``reason``,
    a few plain words, for callers that wrap it in an error of their own."""
    path = Path(path)
    number = exc.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return InputError("disk-full", path, reason="the disk is full")
    if number == errno.EROFS:
        return InputError("storage-read-only", path, reason="the disk is read-only")
    if number in (errno.EACCES, errno.EPERM):
        return InputError("access-denied", path, reason="permission denied")
    if number == errno.EISDIR:
        return InputError("not-a-regular-file", path, kind="a folder", reason="it is a folder")
    code = "file-unwritable" if writing else "file-unreadable"
    blocking = _blocking_file(path) if number in (errno.ENOTDIR, errno.EEXIST) else None
    if blocking is not None:  # EEXIST: making a folder where a file is
        reason = f"{blocking} is a file, not a folder"
        return InputError("not-a-folder" if writing else code, path, folder=blocking,
                          reason=reason)  # fmt: skip
    if number == errno.ENOENT:
        missing = _first_missing(path.parent)
        if missing is not None:
            reason = f"the folder {missing} does not exist"
            return InputError("folder-missing" if writing else code, path, folder=missing,
                              reason=reason)  # fmt: skip
        if not writing:
            return InputError(code, path, reason="it does not exist")
    return InputError(code, path, reason=exc.strerror or type(exc).__name__)


def _first_missing(folder: Path) -> Path | None:
    """The outermost folder on the way to ``folder`` that does not exist, if one does not."""
    missing = None
    for part in [folder, *folder.parents]:
        if os.path.lexists(part):
            break
        missing = part
    return missing


def _blocking_file(path: Path) -> Path | None:
    """The outermost part of ``path`` (itself included) that exists but is not a folder:
    a file where a folder should be, or ``None``."""
    for part in [*reversed(path.parents), path]:
        if os.path.lexists(part) and not part.is_dir():
            return part
    return None


def temp_beside(dest: Path) -> tuple[int, Path]:
    """A new temp file in ``dest``'s folder (hidden, named after it): its descriptor and path.
    Failing to make one is reported against ``dest``."""
    dest = Path(dest)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise os_error(exc, dest, writing=True) from None
    return fd, Path(tmp)


def remove_quietly(path: Path | None) -> None:
    """Delete a temp file if it is there; clean-up never hides the error that caused it."""
    if path is not None:
        with contextlib.suppress(OSError):
            os.unlink(path)


def make_folders(folder: Path) -> list[Path]:
    """Make the output folder ``folder`` and its missing parents; the folders made,
    outermost first (for ``remove_made``). An OS error is named against ``folder``, as a
    write, with what is in the way (``not-a-folder``, ``storage-read-only``, ``disk-full``,
    ``access-denied``, or ``file-unwritable`` with the reason)."""
    folder = Path(folder)
    missing = []
    for part in [folder, *folder.parents]:
        if os.path.lexists(part):  # a folder, or a file in the way (mkdir names it below)
            break
        missing.append(part)
    made: list[Path] = []
    try:
        if not missing and not os.path.isdir(folder):
            raise FileExistsError(errno.EEXIST, "exists", str(folder))
        for part in reversed(missing):
            try:
                os.mkdir(part)
            except FileExistsError:
                if not os.path.isdir(part):
                    raise
                continue  # made meanwhile by someone else
            made.append(part)
    except OSError as exc:
        remove_made(made)
        if exc.errno == errno.ENOENT:  # its parent is there, yet it cannot be made (/proc)
            raise InputError("file-unwritable", folder,
                             reason="no folder can be made there") from None  # fmt: skip
        raise os_error(exc, folder, writing=True) from None
    return made


def remove_made(made: list[Path]) -> None:
    """Remove the folders ``make_folders`` made, innermost first, those still empty."""
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(folder)


@contextlib.contextmanager
def output_folder(folder: Path) -> Iterator[Path]:
    """``make_folders(folder)`` for the body's output; when the body fails, the folders
    made here are removed again (those it left empty): a failed run leaves no trace."""
    made = make_folders(folder)
    try:
        yield Path(folder)
    except BaseException:
        remove_made(made)
        raise


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` via temp file, flush, fsync, rename, fsync of the folder.
    The file gets ``mode`` (owner-only by default, whatever the umask: what reviewdesk
    writes holds names, keys or scores).

    Any OS error is named against ``path`` and the temp file is removed."""
    path = Path(path)
    fd, tmp = temp_beside(path)
    try:
        if hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):  # a file system without modes
                os.fchmod(fd, mode)
        handle = os.fdopen(fd, "wb")
        try:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            with contextlib.suppress(OSError):
                handle.close()  # a failed flush was raised above: closing must not mask it
        os.replace(tmp, path)
    except OSError as exc:
        remove_quietly(tmp)
        raise os_error(exc, path, writing=True) from None
    except BaseException:
        remove_quietly(tmp)
        raise
    fsync_dir(path.parent)


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
