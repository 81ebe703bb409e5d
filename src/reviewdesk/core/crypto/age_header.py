"""The textual age v1 header: stanzas, the header MAC, strict parsing and serialisation.

Parsing works on the exact header bytes, so the MAC is checked over what was read, and the
strictness (one encoding per header) makes that equal to the re-encoded header.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from reviewdesk.core.crypto.age_encoding import EncodingError, b64decode_raw, b64encode_raw
from reviewdesk.core.crypto.age_io import ByteSource
from reviewdesk.core.errors import CryptoError, FormatError

VERSION_LINE = b"age-encryption.org/v1\n"
_VERSION_PREFIX = b"age-encryption.org/"
_MAC_PREFIX = b"---"
_BODY_COLUMNS = 64
_BODY_BYTES_PER_LINE = 48
_ARG_RE = re.compile(rb"[\x21-\x7e]+")  # VCHAR: printable ASCII without space

FILE_KEY_SIZE = 16


@dataclass(frozen=True)
class AgeLimits:
    """Caps checked while reading, before any expensive work or large allocation."""

    max_stanzas: int = 64
    max_header_size: int = 64 * 1024
    max_stanza_body: int = 16 * 1024


DEFAULT_LIMITS = AgeLimits()


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: ``-> type args...`` and a binary body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    # The bytes the MAC covers: the whole header up to and including "---".
    mac_input: bytes = field(repr=False)


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA-256 with a 32-byte output, as used throughout the age spec."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.digest(hkdf_sha256(file_key, b"", b"header"), mac_input, hashlib.sha256)


def verify_header_mac(header: Header, file_key: bytes, name: Path | str | None) -> None:
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise CryptoError("age-header-mac", name)


def encode_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """Serialise a header with its MAC (body wrapped at 64 columns, final line short)."""
    out = [VERSION_LINE]
    for stanza in stanzas:
        words = [stanza.type, *stanza.args]
        if not all(_ARG_RE.fullmatch(w.encode("ascii", "replace")) for w in words):
            raise FormatError("age-stanza-invalid", type=stanza.type, reason="bad argument")
        out.append(b"-> " + " ".join(words).encode("ascii") + b"\n")
        body = b64encode_raw(stanza.body)
        out.extend(body[i : i + _BODY_COLUMNS] + b"\n" for i in range(0, len(body), 64))
        if len(body) % _BODY_COLUMNS == 0:  # the body always ends with a short (maybe empty) line
            out.append(b"\n")
    out.append(_MAC_PREFIX)
    mac_input = b"".join(out)
    return mac_input + b" " + b64encode_raw(header_mac(file_key, mac_input)) + b"\n"


def _invalid(name: Path | str | None, reason: str, line: int) -> FormatError:
    return FormatError("age-header-invalid", name, reason=reason, line=line)


def parse_header(
    data: bytes, limits: AgeLimits = DEFAULT_LIMITS, name: Path | str | None = None
) -> Header:
    """Parse a complete header (``data`` ends right after the MAC line's newline).

    Raises only FormatError: ``age-header-invalid``, ``age-version-unsupported``,
    ``age-too-many-stanzas``, ``age-stanza-too-large``, ``age-header-too-large``.
    """
    if len(data) > limits.max_header_size:
        raise FormatError("age-header-too-large", name, limit=limits.max_header_size)
    if not data.endswith(b"\n"):
        raise _invalid(name, "header does not end with a newline", 0)
    lines = data[:-1].split(b"\n")
    if lines[0] + b"\n" != VERSION_LINE:
        if lines[0].startswith(_VERSION_PREFIX):
            raise FormatError(
                "age-version-unsupported", name, version=lines[0][:40].decode("latin-1")
            )
        raise _invalid(name, "not an age file", 1)
    stanzas: list[Stanza] = []
    i = 1
    while True:
        if i >= len(lines):
            raise _invalid(name, "missing MAC line", i + 1)
        line = lines[i]
        if line.startswith(_MAC_PREFIX):
            break
        if len(stanzas) == limits.max_stanzas:
            raise FormatError("age-too-many-stanzas", name, limit=limits.max_stanzas)
        stanza, i = _parse_stanza(lines, i, limits, name)
        stanzas.append(stanza)
    parts = line.split(b" ")
    if parts[0] != _MAC_PREFIX or len(parts) != 2:
        raise _invalid(name, "malformed MAC line", i + 1)
    try:
        mac = b64decode_raw(parts[1])
    except EncodingError as exc:
        raise _invalid(name, f"MAC: {exc}", i + 1) from None
    if len(mac) != 32:
        raise _invalid(name, "MAC has the wrong length", i + 1)
    if i != len(lines) - 1:
        raise _invalid(name, "data after the MAC line", i + 2)
    if not stanzas:
        raise _invalid(name, "no recipient stanza", i + 1)
    mac_line_start = len(data) - 1 - len(line)
    return Header(tuple(stanzas), mac, data[: mac_line_start + len(_MAC_PREFIX)])


def _parse_stanza(
    lines: list[bytes], i: int, limits: AgeLimits, name: Path | str | None
) -> tuple[Stanza, int]:
    parts = lines[i].split(b" ")
    if parts[0] != b"->":
        raise _invalid(name, "line is neither a stanza nor the MAC line", i + 1)
    if len(parts) < 2 or not all(_ARG_RE.fullmatch(p) for p in parts[1:]):
        raise _invalid(name, "malformed stanza arguments", i + 1)
    words = [p.decode("ascii") for p in parts[1:]]
    body = bytearray()
    while True:
        i += 1
        if i >= len(lines) or lines[i].startswith((b"->", b"---")):
            raise _invalid(name, "stanza body does not end with a short line", i + 1)
        if len(lines[i]) > _BODY_COLUMNS:
            raise _invalid(name, "stanza body line longer than 64 columns", i + 1)
        try:
            chunk = b64decode_raw(lines[i])
        except EncodingError as exc:
            raise _invalid(name, f"stanza body: {exc}", i + 1) from None
        body += chunk
        if len(body) > limits.max_stanza_body:
            raise FormatError("age-stanza-too-large", name, limit=limits.max_stanza_body)
        if len(chunk) < _BODY_BYTES_PER_LINE:
            return Stanza(words[0], tuple(words[1:]), bytes(body)), i + 1


def read_header(
    src: ByteSource,
    limits: AgeLimits = DEFAULT_LIMITS,
    name: Path | str | None = None,
    *,
    initial: bytes = b"",
) -> tuple[Header, bytes, bytes]:
    """Read and parse the header from ``initial`` + ``src``.

    Returns ``(header, header_bytes, leftover)`` where ``leftover`` holds bytes read past the
    header (the start of the payload). Reads at most ``max_header_size`` plus one read.
    """
    buf = bytearray(initial)
    eof = False
    version_checked = False
    search_from = 0
    while True:
        if not version_checked and (len(buf) >= len(VERSION_LINE) or eof):
            if not buf.startswith(VERSION_LINE):
                _refuse_version(bytes(buf), eof, name)
            version_checked = True
        if version_checked:
            # The MAC line is the first line starting with "---": stanza lines start with
            # "->" and body lines are base64, which has no "-".
            mark = buf.find(b"\n---", search_from)
            if mark >= 0:
                end = buf.find(b"\n", mark + 1)
                if end >= 0:
                    data = bytes(buf[: end + 1])
                    return parse_header(data, limits, name), data, bytes(buf[end + 1 :])
                search_from = mark
            else:
                search_from = max(0, len(buf) - 3)
        if len(buf) > limits.max_header_size:
            raise FormatError("age-header-too-large", name, limit=limits.max_header_size)
        if eof:
            raise FormatError("age-truncated", name, part="header")
        chunk = src.read(16 * 1024) or b""
        if not chunk:
            eof = True
        buf += chunk


def _refuse_version(buf: bytes, eof: bool, name: Path | str | None) -> None:
    if eof and VERSION_LINE.startswith(buf):
        raise FormatError("age-truncated", name, part="header")
    if buf.startswith(_VERSION_PREFIX):
        line = buf.split(b"\n", 1)[0]
        if line == VERSION_LINE[:-1] + b"\r":
            raise FormatError("age-header-invalid", name, reason="CRLF line ending", line=1)
        raise FormatError("age-version-unsupported", name, version=line[:40].decode("latin-1"))
    raise FormatError("age-header-invalid", name, reason="not an age file", line=1)
