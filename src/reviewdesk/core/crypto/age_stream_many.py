"""One plaintext, several age files: each output its own file key, header and nonce, as if
``encrypt`` had been called once per output, but the plaintext is read and hashed once.

A build puts each applicant's materials in the packages of every expert who reads them;
encrypting the same bytes for three experts this way reads the file and takes its SHA-256
once instead of three times, and every output is encrypted from exactly the bytes that
were hashed. Only X25519 recipients (what packages are encrypted to).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import Future

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from reviewdesk.core.crypto.age_header import FILE_KEY_SIZE, encode_header, hkdf_sha256
from reviewdesk.core.crypto.age_io import ByteSink, ByteSource
from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.crypto.age_stream import (
    _ENCRYPT_SPARES,
    _STREAM_NONCE,
    CHUNK_SIZE,
    ENC_CHUNK_SIZE,
    NONCE_SIZE,
    TAG_SIZE,
    StreamResult,
    _chunks_per_block,
    _fill,
    _HashLane,
    _write_all,
    stream_size,
)
from reviewdesk.core.errors import FormatError
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

_RING = 3  # buffer sets in flight while the hash threads catch up


class _Slot:
    def __init__(self, in_size: int, out_size: int, outputs: int) -> None:
        self.inbuf = memoryview(bytearray(in_size))
        self.outbufs = [memoryview(bytearray(out_size)) for _ in range(outputs)]
        self.pending: list[Future[None]] = []

    def settle(self) -> None:
        for future in self.pending:
            future.result()
        self.pending.clear()

    def add(self, future: Future[None] | None) -> None:
        if future is not None:
            self.pending.append(future)


def encrypt_to_many(
    src: ByteSource,
    outputs: Sequence[tuple[ByteSink, Sequence[X25519Recipient]]],
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> list[StreamResult]:
    """Encrypt all of ``src`` once per output, to that output's recipients, as a binary age
    file written to its sink. Each result carries the plaintext's SHA-256 (the same for
    all) and its own age file's SHA-256."""
    cancel.raise_if_cancelled()
    starts, aeads = [], []
    for _, recipients in outputs:
        if not recipients:
            raise FormatError("age-no-recipients")
        if not all(isinstance(r, X25519Recipient) for r in recipients):
            raise TypeError("encrypt_to_many takes X25519 recipients only")
        file_key = os.urandom(FILE_KEY_SIZE)
        header = encode_header([s for r in recipients for s in r.wrap(file_key)], file_key)
        nonce = os.urandom(NONCE_SIZE)
        starts.append(header + nonce)
        aeads.append(ChaCha20Poly1305(hkdf_sha256(file_key, nonce, b"payload")))
    total = stream_size(src)
    chunks = _chunks_per_block(total) + 1
    in_size, out_size = chunks * CHUNK_SIZE, chunks * ENC_CHUNK_SIZE
    plain_lane = _HashLane(True)
    lanes = [_HashLane(True) for _ in outputs]
    # Within ``reusing_buffers``, the buffers of the previous call of the same shape.
    key = (in_size, out_size, len(outputs))
    slots: list[_Slot] = _ENCRYPT_SPARES.shared.pop(key, []) if _ENCRYPT_SPARES.depth else []
    try:
        written = []
        for (dst, _), start, lane in zip(outputs, starts, lanes, strict=True):
            _write_all(dst, memoryview(start))
            lane.feed(start)
            written.append(len(start))
        counter, carry, block, plain_size = 0, b"", 0, 0
        while True:
            cancel.raise_if_cancelled()
            if block == 1:  # more than one block: worth the helper threads
                for lane in (plain_lane, *lanes):
                    lane.go_parallel()
            if block % _RING >= len(slots):
                slots.append(_Slot(in_size, out_size, len(outputs)))
            slot = slots[block % _RING]
            slot.settle()
            inbuf = slot.inbuf
            inbuf[: len(carry)] = carry
            filled, eof = _fill(src, inbuf, len(carry))
            slot.add(plain_lane.feed(inbuf[len(carry) : filled]))
            plain_size += filled - len(carry)
            # The chunk boundaries are the plaintext's: the same for every output.
            pieces: list[tuple[int, int, bool]] = []
            pos = 0
            while filled - pos > CHUNK_SIZE or (eof and (pos < filled or counter == 0)):
                last = filled - pos <= CHUNK_SIZE
                end = min(pos + CHUNK_SIZE, filled)
                pieces.append((pos, end, last))
                pos, counter = end, counter + 1
                if last:
                    break
            first = counter - len(pieces)
            for n, ((dst, _), aead, lane) in enumerate(zip(outputs, aeads, lanes, strict=True)):
                outbuf, out = slot.outbufs[n], 0
                for k, (begin, end, last) in enumerate(pieces):
                    size = end - begin + TAG_SIZE
                    aead.encrypt_into(
                        _STREAM_NONCE.pack(first + k, last), inbuf[begin:end], None,
                        outbuf[out : out + size],
                    )  # fmt: skip
                    out += size
                _write_all(dst, outbuf[:out])
                slot.add(lane.feed(outbuf[:out]))
                written[n] += out
            progress(plain_size, total, "encrypt")
            if eof:
                break
            carry = bytes(inbuf[pos:filled])
            block += 1
        plain_sha = plain_lane.digest()
        return [
            StreamResult(plain_size, size, plain_sha, lane.digest())
            for size, lane in zip(written, lanes, strict=True)
        ]
    finally:
        for lane in (plain_lane, *lanes):
            lane.close()  # every hash thread is done with the buffers
        if _ENCRYPT_SPARES.depth:
            for slot in slots:
                slot.pending.clear()
            _ENCRYPT_SPARES.shared[key] = slots
            while len(_ENCRYPT_SPARES.shared) > 2:
                del _ENCRYPT_SPARES.shared[next(iter(_ENCRYPT_SPARES.shared))]
