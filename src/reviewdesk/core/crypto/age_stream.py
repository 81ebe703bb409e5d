"""The age payload: a 16-byte nonce, then ChaCha20-Poly1305 STREAM in 64 KiB chunks.

Both directions stream with bounded memory (a few MiB of reused buffers). The loops read
many chunks per call, decrypt/encrypt each chunk in place with ``*_into``, and can compute
the SHA-256 of the ciphertext and of the plaintext on the way: with ``sha256=True`` the two
hashes run on helper threads (hashlib releases the GIL), so they overlap with the cipher
instead of adding two more passes over the data.
"""

from __future__ import annotations

import hashlib
import os
import struct
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from reviewdesk.core.crypto.age_header import hkdf_sha256
from reviewdesk.core.crypto.age_io import ByteSink, ByteSource, Seekable
from reviewdesk.core.errors import CryptoError, FormatError
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENC_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
BLOCK_CHUNKS = 16  # chunks per read: ~1 MiB, few Python round trips per MiB
_RING = 4  # buffer sets in flight while the hash threads catch up
_SPARE_SIZES = 3
_STREAM_NONCE = struct.Struct(">3xQB")  # 11-byte big-endian counter, then the last-chunk flag


@dataclass(frozen=True)
class StreamResult:
    """Sizes of what went through, and the SHA-256 digests when they were asked for.

    ``ciphertext_*`` covers the whole binary age file (header, nonce, payload); for armored
    input, the binary file inside the armor.
    """

    plaintext_size: int
    ciphertext_size: int
    plaintext_sha256: bytes | None = None
    ciphertext_sha256: bytes | None = None


class _HashLane:
    """SHA-256 of a stream fed in order; inline at first, on a helper thread once
    ``go_parallel`` is called. A buffer fed in parallel mode must stay unchanged until its
    future is done."""

    def __init__(self, enabled: bool) -> None:
        self._hash = hashlib.sha256() if enabled else None
        self._pool: ThreadPoolExecutor | None = None

    def go_parallel(self) -> None:
        if self._hash is not None and self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="age-sha256")

    def feed(self, data: bytes | memoryview) -> Future[None] | None:
        if self._hash is None:
            return None
        if self._pool is None:
            self._hash.update(data)
            return None
        return self._pool.submit(self._hash.update, data)

    def digest(self) -> bytes | None:
        self.close(cancel=False)
        return None if self._hash is None else self._hash.digest()

    def close(self, *, cancel: bool = True) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None


class _Slot:
    """One input and one output buffer, reused once the hash threads are done with them."""

    def __init__(self, in_size: int, out_size: int) -> None:
        self.inbuf = memoryview(bytearray(in_size))
        self.outbuf = memoryview(bytearray(out_size))
        self.pending: list[Future[None]] = []

    def settle(self) -> None:
        for future in self.pending:
            future.result()
        self.pending.clear()


def _chunks_per_block(total: int) -> int:
    """Chunks per buffer: small inputs get small buffers (cheap to allocate), large ones
    ~1 MiB. Any value >= 1 is correct; ``total`` (0 = unknown) is only a hint."""
    if total <= 0:
        return BLOCK_CHUNKS
    return max(1, min(BLOCK_CHUNKS, -(-total // CHUNK_SIZE)))


def stream_size(src: ByteSource) -> int:
    """Bytes left in ``src`` when that can be known cheaply, else 0 (unknown)."""
    try:
        if isinstance(src, Seekable) and src.seekable():
            here = src.tell()
            end = src.seek(0, os.SEEK_END)
            src.seek(here)
            return max(0, end - here)
    except (OSError, ValueError):
        pass
    return 0


def _fill(src: ByteSource, view: memoryview, start: int) -> tuple[int, bool]:
    """Fill ``view`` from ``start``; return (filled, eof)."""
    readinto = getattr(src, "readinto", None)
    filled = start
    while filled < len(view):
        if readinto is not None:
            n = readinto(view[filled:]) or 0
        else:
            data = src.read(len(view) - filled) or b""
            n = len(data)
            view[filled : filled + n] = data
        if n == 0:
            return filled, True
        filled += n
    return filled, False


def _write_all(dst: ByteSink, data: memoryview) -> None:
    # Raw (unbuffered) files may write less than asked; Python's io contract lets us reuse
    # the buffer as soon as write() returns.
    while data:
        n = dst.write(data)
        if n is None or n >= len(data):
            return
        data = data[n:]


class _Spares(threading.local):
    """Buffers a finished encryption leaves for the next one on the same thread, inside
    ``reusing_buffers``: a build encrypts hundreds of blobs, and fresh ~1 MiB buffers for
    each cost page faults and zeroing (more than the cipher for the small ones). Kept:
    ``_RING`` slots for each of the last ``_SPARE_SIZES`` buffer sizes (a package's small
    blobs and its large ones); all are dropped when the outermost ``reusing_buffers`` ends."""

    def __init__(self) -> None:
        self.depth = 0
        self.slots: dict[tuple[int, int], list[_Slot]] = {}
        self.shared: dict[tuple[int, int, int], list[Any]] = {}  # age_stream_many's

    def take(self, in_size: int, out_size: int) -> _Slot:
        spare = self.slots.get((in_size, out_size))
        return spare.pop() if spare else _Slot(in_size, out_size)

    def give(self, slots: list[_Slot]) -> None:
        for slot in slots:
            slot.pending.clear()
            key = (len(slot.inbuf), len(slot.outbuf))
            spare = self.slots.pop(key, [])  # re-inserted last: the most recent size
            if len(spare) < _RING:
                spare.append(slot)
            self.slots[key] = spare
        while len(self.slots) > _SPARE_SIZES:
            del self.slots[next(iter(self.slots))]


_ENCRYPT_SPARES = _Spares()


@contextmanager
def reusing_buffers() -> Iterator[None]:
    """Within this block, encryptions on this thread reuse each other's buffers (about
    9 MiB kept between them) instead of allocating their own."""
    _ENCRYPT_SPARES.depth += 1
    try:
        yield
    finally:
        _ENCRYPT_SPARES.depth -= 1
        if _ENCRYPT_SPARES.depth == 0:
            _ENCRYPT_SPARES.slots.clear()
            _ENCRYPT_SPARES.shared.clear()


class _Lanes:
    def __init__(
        self, sha256: bool, hash_plaintext: bool = True, spares: _Spares | None = None
    ) -> None:
        self.ciphertext = _HashLane(sha256)
        self.plaintext = _HashLane(sha256 and hash_plaintext)
        self.sha256 = sha256
        self.slots: list[_Slot] = []
        self._spares = spares

    def slot(self, index: int, in_size: int, out_size: int) -> _Slot:
        if index == 1:  # more than one block: worth the helper threads
            self.ciphertext.go_parallel()
            self.plaintext.go_parallel()
        ring = _RING if self.sha256 else 1
        i = index % ring
        if i == len(self.slots):
            self.slots.append(self._new_slot(in_size, out_size))
        slot = self.slots[i]
        slot.settle()
        return slot

    def _new_slot(self, in_size: int, out_size: int) -> _Slot:
        if self._spares is None:
            return _Slot(in_size, out_size)
        return self._spares.take(in_size, out_size)

    def close(self) -> None:
        self.ciphertext.close()
        self.plaintext.close()
        if self._spares is not None:
            # The hash threads have finished (or dropped) every buffer: reusable now.
            self._spares.give(self.slots)
            self.slots = []


def _add(slot: _Slot, future: Future[None] | None) -> None:
    if future is not None:
        slot.pending.append(future)


def encrypt_payload(
    src: ByteSource,
    dst: ByteSink,
    file_key: bytes,
    header: bytes,
    *,
    sha256: bool = False,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    total: int = 0,
) -> StreamResult:
    """Write ``header``, a fresh nonce and the encrypted payload of ``src`` to ``dst``."""
    nonce = os.urandom(NONCE_SIZE)
    aead = ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload"))
    lanes = _Lanes(sha256, spares=_ENCRYPT_SPARES if _ENCRYPT_SPARES.depth else None)
    chunks = _chunks_per_block(total) + 1
    in_size, out_size = chunks * CHUNK_SIZE, chunks * ENC_CHUNK_SIZE
    try:
        start = header + nonce
        _write_all(dst, memoryview(start))
        lanes.ciphertext.feed(start)
        written, counter, carry, block = len(start), 0, b"", 0
        plain_size = 0
        while True:
            cancel.raise_if_cancelled()
            slot = lanes.slot(block, in_size, out_size)
            inbuf, outbuf = slot.inbuf, slot.outbuf
            inbuf[: len(carry)] = carry
            filled, eof = _fill(src, inbuf, len(carry))
            _add(slot, lanes.plaintext.feed(inbuf[len(carry) : filled]))
            plain_size += filled - len(carry)
            pos = out = 0
            # A chunk is final only when nothing follows it, so the last full chunk of a
            # buffer waits for the next read unless the input has ended.
            while filled - pos > CHUNK_SIZE or (eof and (pos < filled or counter == 0)):
                last = filled - pos <= CHUNK_SIZE
                end = min(pos + CHUNK_SIZE, filled)
                n = end - pos + TAG_SIZE
                aead.encrypt_into(
                    _STREAM_NONCE.pack(counter, last), inbuf[pos:end], None, outbuf[out : out + n]
                )
                pos, out, counter = end, out + n, counter + 1
                if last:
                    break
            _write_all(dst, outbuf[:out])
            _add(slot, lanes.ciphertext.feed(outbuf[:out]))
            written += out
            progress(plain_size, total, "encrypt")
            if eof:
                break
            carry = bytes(inbuf[pos:filled])
            block += 1
        return StreamResult(
            plain_size, written, lanes.plaintext.digest(), lanes.ciphertext.digest()
        )
    finally:
        lanes.close()


def decrypt_payload(
    src: ByteSource,
    dst: ByteSink,
    file_key: bytes,
    header: bytes,
    leftover: bytes,
    *,
    sha256: bool = False,
    hash_plaintext: bool = True,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    total: int = 0,
    name: Path | str | None = None,
) -> StreamResult:
    """Decrypt the payload that follows ``header`` (``leftover`` = bytes already read past
    it). Each chunk is written only after it authenticated; on an error, the chunks before
    it have been written (see ``decrypt`` in age_file for what callers should do)."""
    lanes = _Lanes(sha256, hash_plaintext)
    chunks = _chunks_per_block(total) + 1
    in_size, out_size = chunks * ENC_CHUNK_SIZE, chunks * CHUNK_SIZE
    try:
        lanes.ciphertext.feed(header)
        while len(leftover) < NONCE_SIZE:
            more = src.read(NONCE_SIZE - len(leftover)) or b""
            if not more:
                raise FormatError("age-truncated", name, part="nonce")
            leftover += more
        lanes.ciphertext.feed(leftover)
        nonce, carry = leftover[:NONCE_SIZE], leftover[NONCE_SIZE:]
        aead = ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload"))
        read_size = len(header) + len(leftover)
        counter, block, plain_size, done = 0, 0, 0, False
        while not done:
            cancel.raise_if_cancelled()
            slot = lanes.slot(block, in_size, out_size)
            inbuf, outbuf = slot.inbuf, slot.outbuf
            inbuf[: len(carry)] = carry
            filled, eof = _fill(src, inbuf, len(carry))
            _add(slot, lanes.ciphertext.feed(inbuf[len(carry) : filled]))
            read_size += filled - len(carry)
            pos = out = 0
            try:
                while True:
                    avail = filled - pos
                    if avail > ENC_CHUNK_SIZE or (eof and avail == ENC_CHUNK_SIZE):
                        end = pos + ENC_CHUNK_SIZE
                        # Try "not last" first unless nothing follows (same outcome, one
                        # failed attempt less); a full final chunk is legal.
                        first = eof and end == filled
                        target = outbuf[out : out + CHUNK_SIZE]
                        try:
                            n, last = _open(aead, counter, first, inbuf[pos:end], target)
                        except InvalidTag:
                            n, last = _open(aead, counter, not first, inbuf[pos:end], target)
                    elif eof:
                        _check_final(avail, counter, name)
                        end = filled
                        target = outbuf[out : out + avail - TAG_SIZE]
                        n, last = _open(aead, counter, True, inbuf[pos:end], target)
                    else:
                        break
                    pos, out, counter = end, out + n, counter + 1
                    if last:
                        if pos < filled:
                            raise FormatError("age-trailing-data", name, chunk=counter - 1)
                        done = True
                        break
            except InvalidTag:
                raise CryptoError("age-payload-auth", name, chunk=counter) from None
            finally:
                # Release exactly the chunks that authenticated, even when failing.
                _write_all(dst, outbuf[:out])
            _add(slot, lanes.plaintext.feed(outbuf[:out]))
            plain_size += out
            progress(read_size, total, "decrypt")
            carry = bytes(inbuf[pos:filled])
            block += 1
        return StreamResult(
            plain_size, read_size, lanes.plaintext.digest(), lanes.ciphertext.digest()
        )
    finally:
        lanes.close()


def _open(
    aead: ChaCha20Poly1305, counter: int, last: bool, data: memoryview, out: memoryview
) -> tuple[int, bool]:
    return aead.decrypt_into(_STREAM_NONCE.pack(counter, last), data, None, out), last


def _check_final(avail: int, counter: int, name: Path | str | None) -> None:
    """Rules for the short chunk at the end of the file, before trying to decrypt it."""
    if avail < TAG_SIZE:
        raise FormatError("age-truncated", name, part="payload", chunk=counter)
    if avail == TAG_SIZE and counter > 0:
        # Only an entirely empty payload may end with an empty chunk (spec).
        raise FormatError("age-final-chunk-empty", name, chunk=counter)
