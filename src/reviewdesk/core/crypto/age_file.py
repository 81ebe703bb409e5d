"""Encrypting and decrypting whole age v1 files (c2sp.org/age), streaming, bounded memory.

Errors: only ``FormatError``, ``CryptoError`` and ``CancelledError`` with the codes listed
in ``reviewdesk.core.crypto`` come out, plus ``OSError`` from the caller's own streams.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

from reviewdesk.core.crypto.age_armor import dearmor, looks_armored
from reviewdesk.core.crypto.age_header import (
    DEFAULT_LIMITS,
    FILE_KEY_SIZE,
    AgeLimits,
    Header,
    encode_header,
    read_header,
    verify_header_mac,
)
from reviewdesk.core.crypto.age_io import ByteSink, ByteSource
from reviewdesk.core.crypto.age_keys import (
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
)
from reviewdesk.core.crypto.age_pq import HybridIdentity, HybridRecipient
from reviewdesk.core.crypto.age_stream import (
    StreamResult,
    decrypt_payload,
    encrypt_payload,
    stream_size,
)
from reviewdesk.core.errors import CryptoError, FormatError
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

_SNIFF_SIZE = 2048  # enough to see past the whitespace an armored file may start with


def parse_recipient(text: str) -> Recipient:
    """An ``age1…`` (X25519) or ``age1pq1…`` (post-quantum hybrid) public key."""
    text = text.strip()
    if text.startswith("age1pq1"):
        return HybridRecipient.parse(text)
    return X25519Recipient.parse(text)


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """An ``AGE-SECRET-KEY-1…`` or ``AGE-SECRET-KEY-PQ-1…`` private key."""
    text = text.strip()
    if text.startswith("AGE-SECRET-KEY-PQ-1"):
        return HybridIdentity.parse(text)
    return X25519Identity.parse(text)


def encrypt(
    src: ByteSource,
    dst: ByteSink,
    recipients: Sequence[Recipient],
    *,
    sha256: bool = False,
    limits: AgeLimits = DEFAULT_LIMITS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> StreamResult:
    """Encrypt all of ``src`` to ``recipients`` as a binary age file written to ``dst``.

    With ``sha256=True`` the result carries the SHA-256 of the plaintext and of the whole
    age file, computed in the same pass.
    """
    cancel.raise_if_cancelled()
    if not recipients:
        raise FormatError("age-no-recipients")
    if len(recipients) > 1 and any(isinstance(r, ScryptRecipient) for r in recipients):
        raise FormatError("age-scrypt-not-alone")
    hybrid = [isinstance(r, HybridRecipient) for r in recipients]
    if any(hybrid) and not all(hybrid):
        # Adding a classic recipient would void the post-quantum protection (spec: SHOULD NOT).
        raise FormatError("age-recipients-mixed")
    file_key = os.urandom(FILE_KEY_SIZE)
    progress(0, 0, "wrap")
    stanzas = [stanza for r in recipients for stanza in r.wrap(file_key)]
    if len(stanzas) > limits.max_stanzas:
        raise FormatError("age-too-many-stanzas", limit=limits.max_stanzas)
    if len(stanzas) > 1 and any(s.type == "scrypt" for s in stanzas):
        raise FormatError("age-scrypt-not-alone")
    header = encode_header(stanzas, file_key)
    if len(header) > limits.max_header_size:  # never write a file we would refuse to read
        raise FormatError("age-header-too-large", limit=limits.max_header_size)
    cancel.raise_if_cancelled()
    return encrypt_payload(
        src, dst, file_key, header, sha256=sha256, progress=progress, cancel=cancel,
        total=stream_size(src),
    )  # fmt: skip


def decrypt(
    src: ByteSource,
    dst: ByteSink,
    identities: Sequence[Identity],
    *,
    sha256: bool = False,
    hash_plaintext: bool = True,
    allow_armor: bool = False,
    limits: AgeLimits = DEFAULT_LIMITS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    name: Path | str | None = None,
) -> StreamResult:
    """Decrypt the age file in ``src`` with the first of ``identities`` that fits, writing
    the plaintext to ``dst``.

    Each 64 KiB chunk is written only after it authenticated. A failure can still come after
    earlier chunks were written: the output is complete only if this returns. Callers that
    must release nothing on failure decrypt to memory (``decrypt_to_memory``) or to a temp
    file they delete on error. ``name`` is used in errors. ``allow_armor`` accepts PEM-armored
    input (``age -a``); reviewdesk's own files are binary. With ``sha256=True`` the result
    carries the SHA-256 of the binary age file and of the plaintext, from the same pass;
    ``hash_plaintext=False`` skips the plaintext digest (``None``) when the ciphertext digest
    is all the caller checks — the same age file bytes always decrypt to the same plaintext.
    """
    cancel.raise_if_cancelled()
    total = stream_size(src)
    prefix = _read_at_most(src, _SNIFF_SIZE)
    if looks_armored(prefix, strict=allow_armor):
        if not allow_armor:
            raise FormatError("age-armor-not-allowed", name)
        src, prefix, total = dearmor(src, prefix, name), b"", 0
    header, header_bytes, leftover = read_header(src, limits, name, initial=prefix)
    cancel.raise_if_cancelled()
    progress(len(header_bytes), total, "unwrap")
    file_key = _unwrap(header, identities, name)
    verify_header_mac(header, file_key, name)
    return decrypt_payload(
        src, dst, file_key, header_bytes, leftover, sha256=sha256,
        hash_plaintext=hash_plaintext, progress=progress,
        cancel=cancel, total=total, name=name,
    )  # fmt: skip


def _unwrap(header: Header, identities: Sequence[Identity], name: Path | str | None) -> bytes:
    stanzas = header.stanzas
    if any(s.type == "scrypt" for s in stanzas) and len(stanzas) != 1:
        # A passphrase must authenticate the sender; another stanza would break that (spec).
        raise FormatError("age-scrypt-not-alone", name)
    for identity in identities:
        try:
            file_key = identity.unwrap(stanzas)
        except (FormatError, CryptoError) as exc:
            if exc.path is None and name is not None:
                raise type(exc)(exc.code, name, **exc.detail) from None
            raise
        if file_key is not None:
            return file_key
    if stanzas[0].type == "scrypt" and any(isinstance(i, ScryptIdentity) for i in identities):
        raise CryptoError("age-bad-passphrase", name)
    kinds = sorted({s.type[:32] for s in stanzas})
    raise CryptoError("age-no-identity-matched", name, stanzas=",".join(kinds[:5]))


def _read_at_most(src: ByteSource, size: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < size:
        data = src.read(size - got) or b""
        if not data:
            break
        parts.append(data)
        got += len(data)
    return b"".join(parts)


class _MemorySink(io.BytesIO):
    def __init__(self, limit: int | None, name: Path | str | None) -> None:
        super().__init__()
        self._limit = limit
        self._name = name

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        size = memoryview(data).nbytes
        if self._limit is not None and self.tell() + size > self._limit:
            raise FormatError("age-plaintext-too-large", self._name, limit=self._limit)
        return super().write(data)


def decrypt_to_memory(
    src: ByteSource,
    identities: Sequence[Identity],
    *,
    max_size: int | None = None,
    sha256: bool = False,
    hash_plaintext: bool = True,
    allow_armor: bool = False,
    limits: AgeLimits = DEFAULT_LIMITS,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    name: Path | str | None = None,
) -> tuple[bytes, StreamResult]:
    """Decrypt fully into memory; return the plaintext only if the whole file authenticated
    (nothing is released on failure). ``max_size`` caps the plaintext
    (``age-plaintext-too-large``)."""
    sink = _MemorySink(max_size, name)
    result = decrypt(
        src, sink, identities, sha256=sha256, hash_plaintext=hash_plaintext,
        allow_armor=allow_armor, limits=limits, progress=progress, cancel=cancel, name=name,
    )  # fmt: skip
    return sink.getvalue(), result


def encrypt_bytes(
    plaintext: bytes, recipients: Sequence[Recipient], *, limits: AgeLimits = DEFAULT_LIMITS
) -> bytes:
    out = io.BytesIO()
    encrypt(io.BytesIO(plaintext), out, recipients, limits=limits)
    return out.getvalue()


def decrypt_bytes(
    ciphertext: bytes,
    identities: Sequence[Identity],
    *,
    max_size: int | None = None,
    allow_armor: bool = False,
    limits: AgeLimits = DEFAULT_LIMITS,
    name: Path | str | None = None,
) -> bytes:
    """Decrypt an age file held in memory; returns only on complete success."""
    plaintext, _ = decrypt_to_memory(
        io.BytesIO(ciphertext), identities, max_size=max_size, allow_armor=allow_armor,
        limits=limits, name=name,
    )  # fmt: skip
    return plaintext
