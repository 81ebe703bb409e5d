"""The RDX1 container (DESIGN §3): a tiny binary envelope around age files.

Layout (all integers big-endian)::

    "RDX1\\n"  kind:u8  count:u16  ( length:u64  age-file[length] ) * count

Blob 0 is the age file holding the signed manifest; the others are content. The reader
indexes the blobs by seeking over them, so finding blob 0 of a 1 GiB package reads a few
bytes; every cap is checked from the numbers alone, before anything is allocated. The writer
streams content through age encryption straight into a temp file beside the destination and
renames it into place only when complete.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reviewdesk.core.crypto import Recipient, StreamResult, encrypt
from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.crypto.age_stream_many import encrypt_to_many
from reviewdesk.core.errors import FormatError
from reviewdesk.core.formats.container_index import HEAD_STRUCT, LENGTH_STRUCT
from reviewdesk.core.formats.container_index import HEADER_SIZE as HEADER_SIZE
from reviewdesk.core.formats.container_index import MAGIC as MAGIC
from reviewdesk.core.formats.container_index import MAX_BLOB0_SIZE as MAX_BLOB0_SIZE
from reviewdesk.core.formats.container_index import MAX_BLOB_SIZE as MAX_BLOB_SIZE
from reviewdesk.core.formats.container_index import MAX_BLOBS as MAX_BLOBS
from reviewdesk.core.formats.container_index import BlobRef as BlobRef
from reviewdesk.core.formats.container_index import ContainerIndex as ContainerIndex
from reviewdesk.core.formats.container_index import ContainerKind as ContainerKind
from reviewdesk.core.formats.container_index import read_index as read_index
from reviewdesk.core.fsutil import (
    fsync_dir,
    open_input,
    os_error,
    remove_quietly,
    temp_beside,
)
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

_COPY_SIZE = 1024**2


class BlobReader(io.RawIOBase):
    """A read-only window onto one blob of an open container file: reads stop at the
    blob's end, ``seek``/``tell`` are relative to its start (so age sees just its file)."""

    def __init__(self, src: BinaryIO, blob: BlobRef) -> None:
        super().__init__()
        self._src = src
        self._start = blob.offset
        self._length = blob.length
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self._length}[whence]
        self._pos = max(0, min(self._length, base + offset))
        return self._pos

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        want = min(len(view), self._length - self._pos)
        if want <= 0:
            return 0
        self._src.seek(self._start + self._pos)
        got = self._src.readinto(view[:want])  # type: ignore[attr-defined]
        got = got or 0
        self._pos += got
        return int(got)


def blob_reader(src: BinaryIO, blob: BlobRef) -> io.BufferedReader:
    return io.BufferedReader(BlobReader(src, blob), buffer_size=_COPY_SIZE)


@dataclass(frozen=True)
class BlobSource:
    """Content for one blob: a file (streamed) or bytes. ``size`` must be known upfront so
    that room for blob 0 can be reserved (see ``ContainerWriter``)."""

    path: Path | None = None
    data: bytes | None = None

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size

    @contextlib.contextmanager
    def open(self) -> Iterator[BinaryIO]:
        if self.data is not None:
            yield io.BytesIO(self.data)
        else:
            assert self.path is not None
            with open_input(self.path) as handle:  # an ordinary file, or a named error
                yield handle


class ContainerWriter:
    """Write a container into a temp file beside ``dest``; ``finish`` renames it into place.

    Writing errors (a full disk, a read-only folder, ...) are named against ``dest``
    (``fsutil.os_error``); whatever fails, the temp files are removed (``abort``).

    Blob 0 (the manifest) comes first in the file but can only be made last, once the
    content hashes are known. The writer leaves ``blob0_reserve`` bytes for it, streams the
    content after them, and writes blob 0 into the gap. Builders compute the reserve from a
    dry run with placeholder hashes of the same width, so the gap normally fits exactly; if
    it does not, ``finish`` falls back to copying the content once into a second temp file.
    """

    def __init__(
        self, dest: Path, kind: ContainerKind, blob_count: int, *, blob0_reserve: int
    ) -> None:
        if not 1 <= blob_count <= MAX_BLOBS:
            raise FormatError("container-too-many-blobs", dest, count=blob_count, limit=MAX_BLOBS)
        if not 0 < blob0_reserve <= MAX_BLOB0_SIZE:
            raise FormatError(
                "container-blob-too-large", dest, blob=0, size=blob0_reserve, limit=MAX_BLOB0_SIZE
            )
        self.dest = Path(dest)
        self.kind = kind
        self._count = blob_count
        self._reserve = blob0_reserve
        self._next = 1
        self._moved: Path | None = None  # the second temp file of ``_relocate``
        fd, self._tmp = temp_beside(self.dest)
        self._out: BinaryIO = os.fdopen(fd, "w+b")
        try:
            self._out.write(HEAD_STRUCT.pack(MAGIC, int(kind), blob_count))
            self._out.write(LENGTH_STRUCT.pack(blob0_reserve))
            self._out.seek(blob0_reserve, os.SEEK_CUR)
        except OSError as exc:
            self.abort()
            raise os_error(exc, self.dest, writing=True) from None
        self._content_start = HEADER_SIZE + LENGTH_STRUCT.size + blob0_reserve

    def add_encrypted(
        self,
        src: BinaryIO,
        recipients: Sequence[Recipient],
        *,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
    ) -> StreamResult:
        """Encrypt ``src`` as the next content blob; returns sizes and both SHA-256s."""
        return self._add(
            lambda: encrypt(
                src, self._out, recipients, sha256=True, progress=progress, cancel=cancel
            )
        )

    def _open_blob(self) -> int:
        """Start the next content blob: write its length placeholder; returns where."""
        if self._next >= self._count:
            raise ValueError("more blobs than announced")
        length_at = self._out.tell()
        self._out.write(LENGTH_STRUCT.pack(0))
        return length_at

    def _close_blob(self, length_at: int, length: int) -> None:
        if not 0 < length <= MAX_BLOB_SIZE:
            raise FormatError(
                "container-blob-too-large", self.dest, blob=self._next, size=length,
                limit=MAX_BLOB_SIZE,
            )  # fmt: skip
        end = self._out.tell()
        self._out.seek(length_at)
        self._out.write(LENGTH_STRUCT.pack(length))
        self._out.seek(end)
        self._next += 1

    def add_raw(self, age_file: bytes) -> None:
        """Append an age file made elsewhere as the next content blob."""

        def write() -> int:
            self._out.write(age_file)
            return len(age_file)

        self._add(write)

    def _add(self, write: Callable[[], StreamResult | int]) -> StreamResult:
        if self._next >= self._count:
            raise ValueError("more blobs than announced")
        try:
            length_at = self._out.tell()
            self._out.write(LENGTH_STRUCT.pack(0))
            result = write()
            length = result if isinstance(result, int) else result.ciphertext_size
            if not 0 < length <= MAX_BLOB_SIZE:
                raise FormatError(
                    "container-blob-too-large", self.dest, blob=self._next, size=length,
                    limit=MAX_BLOB_SIZE,
                )  # fmt: skip
            end = self._out.tell()
            self._out.seek(length_at)
            self._out.write(LENGTH_STRUCT.pack(length))
            self._out.seek(end)
        except OSError as exc:
            raise os_error(exc, self.dest, writing=True) from None
        self._next += 1
        return result if isinstance(result, StreamResult) else StreamResult(length, length)

    def finish(self, blob0: bytes, *, cancel: CancelToken = NEVER, durable: bool = True) -> None:
        """Write blob 0, make the file durable and rename it to ``dest``. ``durable=False``
        leaves the fsync of the file and of its folder to the caller (a build that syncs its
        packages in the background and moves them into place only once all are on disk)."""
        if self._next != self._count:
            raise ValueError("fewer blobs than announced")
        if not 0 < len(blob0) <= MAX_BLOB0_SIZE:
            raise FormatError(
                "container-blob-too-large", self.dest, blob=0, size=len(blob0),
                limit=MAX_BLOB0_SIZE,
            )  # fmt: skip
        cancel.raise_if_cancelled()
        try:
            if len(blob0) == self._reserve:
                self._out.seek(HEADER_SIZE + LENGTH_STRUCT.size)
                self._out.write(blob0)
                final = self._tmp
            else:
                final = self._relocate(blob0)
            self._out.flush()
            if durable:
                os.fsync(self._out.fileno())
            self._out.close()
            os.replace(final, self.dest)
        except OSError as exc:
            self.abort()
            raise os_error(exc, self.dest, writing=True) from None
        except BaseException:
            self.abort()
            raise
        remove_quietly(self._tmp if final != self._tmp else None)
        if durable:
            fsync_dir(self.dest.parent)

    def _relocate(self, blob0: bytes) -> Path:
        fd, self._moved = temp_beside(self.dest)
        with os.fdopen(fd, "wb") as out:
            out.write(HEAD_STRUCT.pack(MAGIC, int(self.kind), self._count))
            out.write(LENGTH_STRUCT.pack(len(blob0)))
            out.write(blob0)
            self._out.seek(self._content_start)
            while chunk := self._out.read(_COPY_SIZE):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        return self._moved

    def abort(self) -> None:
        """Close and delete the temp files (the destination is untouched). Never raises for
        the file system: closing a file whose last write failed (a full disk) fails again,
        and the temp file must go all the same."""
        if not self._out.closed:
            with contextlib.suppress(OSError):
                self._out.close()
        remove_quietly(self._tmp)
        remove_quietly(self._moved)

    def __enter__(self) -> ContainerWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None or not self._out.closed:
            self.abort()


def add_encrypted_to_many(
    writers: Sequence[ContainerWriter],
    src: BinaryIO,
    recipients: Sequence[Sequence[X25519Recipient]],
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> list[StreamResult]:
    """Encrypt ``src`` as the next content blob of each writer, to that writer's
    recipients, reading and hashing the plaintext once (``encrypt_to_many``); as if
    ``add_encrypted`` had been called on each."""
    writer = writers[0]
    try:
        starts = [w._open_blob() for w in writers]
        outputs = [(w._out, r) for w, r in zip(writers, recipients, strict=True)]
        results = encrypt_to_many(src, outputs, progress=progress, cancel=cancel)
        for writer, start, result in zip(writers, starts, results, strict=True):
            writer._close_blob(start, result.ciphertext_size)
    except OSError as exc:
        raise os_error(exc, writer.dest, writing=True) from None
    return results


def container_bytes(kind: ContainerKind, blobs: Sequence[bytes]) -> bytes:
    """A whole container in memory (small objects and tests)."""
    parts = [HEAD_STRUCT.pack(MAGIC, int(kind), len(blobs))]
    for blob in blobs:
        parts += [LENGTH_STRUCT.pack(len(blob)), blob]
    return b"".join(parts)
