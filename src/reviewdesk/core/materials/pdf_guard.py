"""A PDF is checked for decompression bombs before a viewer hands it to PDFium.

A signed package can still carry a hostile attachment: a page whose one image declares
16384 × 21845 pixels of zeros (1 GiB decoded, 1 MB stored) keeps PDFium busy for seconds
and holds its global lock, so the window freezes. ``check_pdf`` reads the file's objects
with a small tokenizer, the way PDFium's own recovery does (every ``N G obj`` in the file,
plus the objects packed in object streams), and refuses:

- an image XObject whose declared size (``/Width`` × ``/Height``, also the size in a JPEG or
  JPEG 2000 stream's own header) is above ``MAX_IMAGE_PIXELS`` — a page scanned at 600 dpi
  has about 35 million pixels;
- a stream other than an image (page content, fonts) that expands to more than
  ``MAX_STREAM_BYTES``, or all of them together to more than ``MAX_TOTAL_BYTES``; a lone
  Flate filter is expanded in chunks (the check holds no more than a chunk), chains of
  Flate, ASCIIHex, ASCII85, RunLength and LZW are decoded within the cap;
- an inline image (``BI /W … /H … ID`` in page content) above ``MAX_IMAGE_PIXELS``: PDFium
  decodes its data whole, however small the content stream.

Refusals are ``FormatError`` ``pdf-image-too-large`` (``width``, ``height``, ``limit`` in
millions of pixels) and ``pdf-stream-too-large`` (``limit`` in MiB). Anything the tokenizer
cannot read is left to PDFium, which refuses or renders it. Not seen here: the streams of an
encrypted PDF that opens without a password (their dictionaries, image sizes included, are
not encrypted, but content is), and filters other than those above on non-image streams.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reviewdesk.core.errors import FormatError
from reviewdesk.core.progress import NEVER, CancelToken

MAX_IMAGE_PIXELS = 100_000_000
MAX_STREAM_BYTES = 64 << 20  # a complete CJK font is ~20 MiB; page content a few MiB
MAX_TOTAL_BYTES = 512 << 20
MAX_OBJECT_STREAM = 16 << 20  # an object stream's expanded size (objects, not pictures)
_SNIFF = 64 << 10  # how much of a JPEG / JPEG 2000 stream is searched for its header
_CHUNK = 1 << 20
_MAX_DEPTH = 32
_MAX_TOKENS = 20_000

_WHITE = b" \t\r\n\f\x00"
_DELIMS = b"()<>[]{}/%"
# "N G obj", matched backwards from each "obj" (bytes.find is ~100 times faster than a
# regular expression scanning a megabyte of image data, and yields the lock between finds).
_OBJ_TAIL = re.compile(rb"(?<![0-9])(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj\Z")
_OBJ_WINDOW = 64
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_INT = re.compile(rb"\d{1,10}")
_REF_TAIL = re.compile(rb"[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+R(?![A-Za-z])")
_FLATE = {"FlateDecode", "Fl"}


class _Name(str):
    """A PDF name (``/Image``), as opposed to a string."""


@dataclass(frozen=True)
class _Ref:
    number: int


class _Unreadable(Exception):
    """The tokenizer gives up on this object; PDFium decides about it."""


class _Reader:
    """Reads one PDF value at ``pos``: dictionaries, arrays, names, numbers, references,
    strings, ``true``/``false``/``null``."""

    def __init__(self, data: bytes | memoryview, pos: int) -> None:
        self.data = bytes(data) if isinstance(data, memoryview) else data
        self.pos = pos
        self.tokens = 0

    def skip(self) -> None:
        data, n = self.data, len(self.data)
        while self.pos < n:
            c = data[self.pos]
            if c in _WHITE:
                self.pos += 1
            elif c == 0x25:  # % comment to the end of the line
                while self.pos < n and data[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                return

    def value(self, depth: int = 0) -> Any:
        self.tokens += 1
        if depth > _MAX_DEPTH or self.tokens > _MAX_TOKENS:
            raise _Unreadable
        self.skip()
        data = self.data
        if self.pos >= len(data):
            raise _Unreadable
        c = data[self.pos]
        if data.startswith(b"<<", self.pos):
            self.pos += 2
            out: dict[str, Any] = {}
            while True:
                self.skip()
                if data.startswith(b">>", self.pos):
                    self.pos += 2
                    return out
                key = self.value(depth + 1)
                if not isinstance(key, _Name):
                    raise _Unreadable
                out[key] = self.value(depth + 1)
        if c == 0x5B:  # [
            self.pos += 1
            items: list[Any] = []
            while True:
                self.skip()
                if data.startswith(b"]", self.pos):
                    self.pos += 1
                    return items
                items.append(self.value(depth + 1))
        if c == 0x2F:  # /
            return self._name()
        if c == 0x28:  # (
            return self._string()
        if c == 0x3C:  # <hex>
            end = data.find(b">", self.pos)
            if end < 0:
                raise _Unreadable
            self.pos = end + 1
            return b""
        number = _NUMBER.match(data, self.pos)
        if number:
            self.pos = number.end()
            text = number.group()
            if not _INT.fullmatch(text):
                return float(text) if b"." in text else int(text)
            tail = _REF_TAIL.match(data, self.pos)
            if tail:
                self.pos = tail.end()
                return _Ref(int(text))
            return int(text)
        for word, meaning in ((b"true", True), (b"false", False), (b"null", None)):
            if data.startswith(word, self.pos):
                self.pos += len(word)
                return meaning
        raise _Unreadable

    def _name(self) -> _Name:
        data, start = self.data, self.pos + 1
        end = start
        while end < len(data) and data[end] not in _WHITE and data[end] not in _DELIMS:
            end += 1
        self.pos = end
        raw = data[start:end]
        # "#xx" escapes: /Im#61ge is /Image
        text = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
        return _Name(text.decode("latin-1"))

    def _string(self) -> bytes:
        data, depth, i = self.data, 0, self.pos
        while i < len(data):
            c = data[i]
            if c == 0x5C:  # backslash escapes the next byte
                i += 2
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if depth == 0:
                    self.pos = i + 1
                    return b""
            i += 1
        raise _Unreadable


@dataclass
class _Stream:
    header: dict[str, Any]
    start: int
    end: int


class _Document:
    def __init__(self, data: bytes, cancel: CancelToken) -> None:
        self.data = data
        self.objects: dict[int, Any] = {}
        self.streams: list[_Stream] = []
        at = data.find(b"obj")
        while at >= 0:
            end = at + 3
            if not data[end : end + 1].isalpha():
                match = _OBJ_TAIL.search(data[max(0, at - _OBJ_WINDOW) : end])
                if match is not None:
                    cancel.raise_if_cancelled()
                    self._read_object(int(match.group(1)), end)
            at = data.find(b"obj", end)
        for stream in list(self.streams):
            if self.resolve(stream.header.get("Type")) == "ObjStm":
                cancel.raise_if_cancelled()
                self._unpack(stream)

    def _read_object(self, number: int, pos: int) -> None:
        reader = _Reader(self.data, pos)
        try:
            value = reader.value()
        except (_Unreadable, ValueError, OverflowError):
            return
        self.objects[number] = value
        reader.skip()
        if isinstance(value, dict) and self.data.startswith(b"stream", reader.pos):
            start = reader.pos + len(b"stream")
            if self.data.startswith(b"\r\n", start):
                start += 2
            elif self.data.startswith(b"\n", start):
                start += 1
            self.streams.append(_Stream(value, start, self._stream_end(value, start)))

    def _stream_end(self, header: dict[str, Any], start: int) -> int:
        length = header.get("Length")
        if isinstance(length, int) and 0 <= length <= len(self.data) - start:
            after = self.data[start + length : start + length + 32].lstrip(_WHITE)
            if after.startswith(b"endstream"):
                return start + length
        end = self.data.find(b"endstream", start)
        return len(self.data) if end < 0 else end

    def _unpack(self, stream: _Stream) -> None:
        """The objects packed in an object stream (PDF 1.5), which may hold a value an
        image's dictionary refers to (``/Width 7 0 R``)."""
        if not _is_flate(self.resolve(stream.header.get("Filter"))):
            return
        try:
            body, _ = _expand(self.data[stream.start : stream.end], MAX_OBJECT_STREAM, keep=True)
        except (_TooLarge, zlib.error):
            return
        count, first = (
            self.resolve(stream.header.get("N")),
            self.resolve(stream.header.get("First")),
        )
        if not isinstance(count, int) or not isinstance(first, int):
            return
        reader = _Reader(body, 0)
        pairs: list[tuple[int, int]] = []
        try:
            for _ in range(min(count, 100_000)):
                number, offset = reader.value(), reader.value()
                if isinstance(number, int) and isinstance(offset, int):
                    pairs.append((number, offset))
        except _Unreadable:
            pass
        for number, offset in pairs:
            if number in self.objects:
                continue
            try:
                self.objects[number] = _Reader(body, first + offset).value()
            except (_Unreadable, ValueError, OverflowError):
                continue

    def resolve(self, value: Any) -> Any:
        for _ in range(8):
            if not isinstance(value, _Ref):
                return value
            value = self.objects.get(value.number)
        return None


class _TooLarge(Exception):
    pass


def _is_flate(filters: Any) -> bool:
    first = filters[0] if isinstance(filters, list) and filters else filters
    return isinstance(first, _Name) and first in _FLATE


def _expand(raw: bytes | memoryview, limit: int, *, keep: bool = False) -> tuple[bytes, int]:
    """Inflate ``raw`` in chunks, raising ``_TooLarge`` past ``limit`` bytes; keeps the
    output only when asked (object streams), otherwise only counts it."""
    inflater = zlib.decompressobj()
    kept: list[bytes] = []
    total = 0
    view = memoryview(raw)
    for at in range(0, len(view), _CHUNK):
        pending = view[at : at + _CHUNK].tobytes()
        while pending:
            out = inflater.decompress(pending, _CHUNK)
            total += len(out)
            if total > limit:
                raise _TooLarge
            if keep:
                kept.append(out)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                return b"".join(kept), total
    return b"".join(kept), total


_SOF = frozenset([*range(0xC0, 0xC4), *range(0xC5, 0xC8), *range(0xC9, 0xCC), *range(0xCD, 0xD0)])


def _jpeg_size(raw: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG's frame header, walking its segments."""
    at = 2
    while at + 9 <= len(raw):
        if raw[at] != 0xFF:
            return None
        marker = raw[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _SOF:
            height = int.from_bytes(raw[at + 5 : at + 7], "big")
            width = int.from_bytes(raw[at + 7 : at + 9], "big")
            return width, height
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        at += 2 + int.from_bytes(raw[at + 2 : at + 4], "big")
    return None


def _header_size(raw: bytes) -> tuple[int, int] | None:
    """Width and height from a JPEG's frame header or a JPEG 2000 codestream's SIZ marker."""
    if raw.startswith(b"\xff\xd8"):
        return _jpeg_size(raw)
    siz = raw.find(b"\xff\x4f\xff\x51")
    if siz >= 0 and len(raw) >= siz + 16:
        width = int.from_bytes(raw[siz + 8 : siz + 12], "big")
        height = int.from_bytes(raw[siz + 12 : siz + 16], "big")
        return width, height
    return None


def _check_image(doc: _Document, stream: _Stream) -> None:
    sizes = []
    width, height = (
        doc.resolve(stream.header.get("Width")),
        doc.resolve(stream.header.get("Height")),
    )
    if isinstance(width, int) and isinstance(height, int):
        sizes.append((width, height))
    filters = doc.resolve(stream.header.get("Filter"))
    names = filters if isinstance(filters, list) else [filters]
    if any(name in ("DCTDecode", "DCT", "JPXDecode") for name in names):
        sniffed = _header_size(doc.data[stream.start : min(stream.end, stream.start + _SNIFF)])
        if sniffed is not None:
            sizes.append(sniffed)
    for w, h in sizes:
        if w * h > MAX_IMAGE_PIXELS:
            raise FormatError(
                "pdf-image-too-large", None, width=w, height=h, limit=MAX_IMAGE_PIXELS // 10**6
            )


class _Undecodable(Exception):
    """A filter this module does not decode (PDFium may)."""


def _filters(doc: _Document, stream: _Stream) -> list[str]:
    value = doc.resolve(stream.header.get("Filter"))
    names = value if isinstance(value, list) else [] if value is None else [value]
    return [str(doc.resolve(n)) for n in names]


def _inflate_pieces(raw: bytes, limit: int) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    total = 0
    view = memoryview(raw)
    for at in range(0, len(view), _CHUNK):
        pending = view[at : at + _CHUNK].tobytes()
        while pending:
            out = inflater.decompress(pending, _CHUNK)
            total += len(out)
            if total > limit:
                raise _TooLarge
            yield out
            pending = inflater.unconsumed_tail
            if inflater.eof:
                return


def _run_length(data: bytes, limit: int) -> bytes:
    out = bytearray()
    at = 0
    while at < len(data) and len(out) <= limit:
        n = data[at]
        if n == 128:
            break
        if n < 128:
            out += data[at + 1 : at + 2 + n]
            at += 2 + n
        else:
            out += data[at + 1 : at + 2] * (257 - n)
            at += 2
    return bytes(out)


def _lzw(data: bytes, limit: int) -> bytes:
    """LZW as PDF uses it (early change 1), stopping past ``limit`` bytes."""
    out = bytearray()
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, held, previous = 9, 0, 0, b""
    for byte in data:
        held, bits = (held << 8) | byte, bits + 8
        while bits >= width:
            bits -= width
            code = (held >> bits) & ((1 << width) - 1)
            if code == 256:
                table, width, previous = table[:258], 9, b""
                continue
            if code == 257:
                return bytes(out)
            if code < len(table):
                entry = table[code]
                if previous:
                    table.append(previous + entry[:1])
            elif previous:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                return bytes(out)
            out += entry
            if len(out) > limit:
                raise _TooLarge
            previous = entry
            if len(table) + 1 >= (1 << width) and width < 12:
                width += 1
    return bytes(out)


def _decode(name: str, data: bytes, limit: int) -> bytes:
    if name in _FLATE:
        return b"".join(_inflate_pieces(data, limit))
    if name in ("ASCIIHexDecode", "AHx"):
        text = re.sub(rb"\s", b"", data.split(b">")[0])
        return bytes.fromhex((text + b"0" * (len(text) % 2)).decode("latin-1"))
    if name in ("ASCII85Decode", "A85"):
        return base64.a85decode(data.split(b"~>")[0].lstrip(b"<~"), ignorechars=b" \t\r\n\f\x00")
    if name in ("RunLengthDecode", "RL"):
        return _run_length(data, limit)
    if name in ("LZWDecode", "LZW"):
        return _lzw(data, limit)
    raise _Undecodable


def _decoded_pieces(doc: _Document, stream: _Stream, limit: int) -> Iterator[bytes]:
    """A non-image stream's decoded bytes, in pieces of at most about a MiB: a lone Flate
    filter streamed, no filter as stored, other chains decoded whole within ``limit``."""
    raw = doc.data[stream.start : stream.end]
    filters = _filters(doc, stream)
    if filters and set(filters) <= _FLATE and len(filters) == 1:
        yield from _inflate_pieces(raw, limit)
        return
    data = raw
    for name in filters:
        data = _decode(name, data, limit)
        if len(data) > limit:
            raise _TooLarge
    for at in range(0, len(data), _CHUNK):
        yield data[at : at + _CHUNK]


class _InlineImages:
    """Finds inline images (``BI /W 30000 /H 30000 … ID``) in page content, whose data
    PDFium decodes whole, across the pieces a stream is decoded in."""

    KEEP = 4096  # an inline image's dictionary is short

    def __init__(self) -> None:
        self.tail = b""

    def feed(self, piece: bytes) -> None:
        data = self.tail + piece
        at = data.find(b"BI")
        while at >= 0:
            before = data[at - 1] if at else 0x20
            after = data[at + 2 : at + 3]
            if (before in _WHITE or before in _DELIMS) and after and after in b" \t\r\n\f\x00/":
                self._check(data, at + 2)
            at = data.find(b"BI", at + 2)
        self.tail = data[-self.KEEP :]

    @staticmethod
    def _check(data: bytes, pos: int) -> None:
        reader = _Reader(data, pos)
        entries: dict[str, Any] = {}
        try:
            for _ in range(64):
                reader.skip()
                if data.startswith(b"ID", reader.pos):
                    break
                key = reader.value()
                if not isinstance(key, _Name):
                    return
                entries[key] = reader.value()
        except (_Unreadable, ValueError, OverflowError):
            return
        width = entries.get("W", entries.get("Width"))
        height = entries.get("H", entries.get("Height"))
        if isinstance(width, int) and isinstance(height, int) and width * height > MAX_IMAGE_PIXELS:
            raise FormatError(
                "pdf-image-too-large", None, width=width, height=height,
                limit=MAX_IMAGE_PIXELS // 10**6,
            )  # fmt: skip


def check_pdf(data: bytes | memoryview, *, cancel: CancelToken = NEVER) -> None:
    """Refuse a PDF that would cost a viewer more memory or time than any real document
    (module text); return quietly otherwise. Run it off the GUI thread: it reads the
    whole file and expands its compressed non-image streams (~1 s per GiB)."""
    doc = _Document(bytes(data), cancel)
    total = 0
    for stream in doc.streams:
        cancel.raise_if_cancelled()
        if doc.resolve(stream.header.get("Subtype")) == "Image":
            _check_image(doc, stream)
            continue
        if doc.resolve(stream.header.get("Type")) == "ObjStm":
            continue  # read already; objects, not page content
        budget = min(MAX_STREAM_BYTES, MAX_TOTAL_BYTES - total)
        inline = _InlineImages()
        try:
            for piece in _decoded_pieces(doc, stream, budget):
                total += len(piece)
                inline.feed(piece)
                cancel.raise_if_cancelled()
        except _TooLarge:
            limit = MAX_STREAM_BYTES if budget == MAX_STREAM_BYTES else MAX_TOTAL_BYTES
            raise FormatError("pdf-stream-too-large", None, limit=limit >> 20) from None
        except (_Undecodable, zlib.error, ValueError):
            continue  # a filter left to PDFium, or damaged: PDFium shows what it can
