"""What the age functions need from the caller's streams, as structural types: any binary
file object works (``open(..., "rb")``, ``io.BytesIO``, an ``io.RawIOBase`` subclass)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class ByteSource(Protocol):
    """Readable bytes; ``readinto`` is used when present (fewer copies). Blocking streams
    only: a ``None`` from a non-blocking read counts as the end of input."""

    def read(self, size: int = ..., /) -> bytes | None: ...


class ByteSink(Protocol):
    """Writable bytes. As with Python's io classes, ``write`` must not keep the buffer it is
    given (it is reused); a short count from a raw stream is followed by another write."""

    def write(self, data: memoryview, /) -> int | None: ...


@runtime_checkable
class Seekable(Protocol):
    """Used only to learn the input size for progress reports."""

    def seekable(self) -> bool: ...

    def tell(self) -> int: ...

    def seek(self, offset: int, whence: int = ..., /) -> int: ...
