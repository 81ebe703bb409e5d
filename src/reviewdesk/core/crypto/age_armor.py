"""Reading the ASCII armor of age files (strict PEM, RFC 7468 §3). We never write armor:
reviewdesk's own files are binary (DESIGN §3); this only lets a user open a file that was
made with ``age -a``.

Accepted: whitespace before and after the block, LF or CRLF line ends, 64-column lines with
only the last one shorter, canonical padded base64. Everything else is ``age-armor-invalid``.
"""

from __future__ import annotations

import binascii
import io
from pathlib import Path
from typing import BinaryIO

from reviewdesk.core.crypto.age_io import ByteSource
from reviewdesk.core.errors import FormatError

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
_COLUMNS = 64
_BYTES_PER_LINE = 48
_MAX_WHITESPACE = 1024  # before and after the block, like the reference implementation
_WHITESPACE = b" \t\r\n\v\f"
_BINARY_MAGIC = b"age-encryption.org/"


def looks_armored(prefix: bytes, *, strict: bool = False) -> bool:
    """Whether the file starting with ``prefix`` should be read as armor.

    A binary age file starts with "age-encryption.org/", an armored one with "-----" after
    optional whitespace. With ``strict`` (armor accepted), anything that is not binary is
    read as armor, so that garbage is reported as an armor error.
    """
    if strict:
        return bool(prefix) and not _BINARY_MAGIC.startswith(prefix[: len(_BINARY_MAGIC)])
    return prefix.lstrip(_WHITESPACE)[:1] == b"-"


class ArmorReader(io.RawIOBase):
    """Decodes the armored file in ``src`` on the fly, one 64-column line at a time."""

    def __init__(self, src: ByteSource, name: Path | str | None = None) -> None:
        super().__init__()
        self._src = src
        self._name = name
        self._buf = b""  # raw bytes read from src, not yet split into lines
        self._eof = False
        self._decoded = b""
        self._state = "start"  # start -> body -> done

    def readable(self) -> bool:
        return True

    def _fail(self, reason: str) -> FormatError:
        self._state = "failed"
        return FormatError("age-armor-invalid", self._name, reason=reason)

    def _more(self) -> bool:
        if self._eof:
            return False
        data = self._src.read(4096) or b""
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _line(self, limit: int) -> bytes | None:
        """Next line without its LF or CRLF; ``None`` at the end of input."""
        while True:
            end = self._buf.find(b"\n")
            if end >= 0:
                line, self._buf = self._buf[:end], self._buf[end + 1 :]
                break
            if len(self._buf) > limit + 2:
                raise self._fail("line too long")
            if not self._more():
                if not self._buf:
                    return None
                line, self._buf = self._buf, b""
                break
        if len(line) > limit + 1:
            raise self._fail("line too long")
        return line[:-1] if line.endswith(b"\r") else line

    def _start(self) -> None:
        skipped = 0
        last = b"\n"
        while True:
            while not self._buf and self._more():
                pass
            stripped = self._buf.lstrip(_WHITESPACE)
            if len(stripped) < len(self._buf):
                last = self._buf[len(self._buf) - len(stripped) - 1 :][:1]
            skipped += len(self._buf) - len(stripped)
            self._buf = stripped
            if skipped > _MAX_WHITESPACE:
                raise self._fail("too much leading whitespace")
            if stripped or self._eof:
                break
        if last != b"\n":  # whitespace is allowed on lines of its own only
            raise self._fail("text before the BEGIN line")
        if self._line(len(BEGIN)) != BEGIN:
            raise self._fail("missing or wrong BEGIN line")
        self._state = "body"

    def _finish(self) -> None:
        trailing = self._buf
        while len(trailing) <= _MAX_WHITESPACE and self._more():
            trailing = self._buf
        if trailing.strip(_WHITESPACE):
            raise self._fail("data after the END line")
        if len(trailing) > _MAX_WHITESPACE:
            raise self._fail("too much trailing whitespace")
        self._state = "done"

    def _next_block(self) -> None:
        line = self._line(_COLUMNS)
        if line is None:
            raise self._fail("missing END line")
        if line == END:
            self._finish()
            return
        if not line or len(line) % 4:
            raise self._fail("malformed base64 line")
        try:
            data = binascii.a2b_base64(line, strict_mode=True)
        except binascii.Error:
            raise self._fail("invalid base64") from None
        if binascii.b2a_base64(data, newline=False) != line:
            raise self._fail("non-canonical base64")
        if len(data) < _BYTES_PER_LINE:
            if self._line(len(END)) != END:
                raise self._fail("short line before the end")
            self._finish()
        self._decoded = data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        while not self._decoded and self._state != "done":
            if self._state == "failed":
                raise FormatError("age-armor-invalid", self._name, reason="read after error")
            if self._state == "start":
                self._start()
            else:
                self._next_block()
        n = min(len(view), len(self._decoded))
        view[:n] = self._decoded[:n]
        self._decoded = self._decoded[n:]
        return n


class PrefixedReader(io.RawIOBase):
    """``prefix`` followed by the rest of ``src`` (to put back bytes read for sniffing)."""

    def __init__(self, prefix: bytes, src: ByteSource) -> None:
        super().__init__()
        self._prefix = prefix
        self._src = src

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._prefix:
            n = min(len(view), len(self._prefix))
            view[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._src.read(len(view)) or b""
        view[: len(data)] = data
        return len(data)


def dearmor(src: ByteSource, prefix: bytes, name: Path | str | None = None) -> BinaryIO:
    """A binary stream of the age file armored in ``prefix`` + the rest of ``src``."""
    return io.BufferedReader(ArmorReader(io.BufferedReader(PrefixedReader(prefix, src)), name))
