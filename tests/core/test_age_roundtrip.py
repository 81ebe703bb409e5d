"""Encrypting and decrypting with our own implementation: sizes around the 64 KiB chunks,
streams that read and write little at a time, digests, progress and cancel."""

from __future__ import annotations

import hashlib
import io
import random

import pytest
from age_helpers import CHUNK_SIZE, KIB, plaintext

from reviewdesk.core.crypto import (
    HybridIdentity,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt,
    decrypt_bytes,
    decrypt_to_memory,
    encrypt,
    encrypt_bytes,
)
from reviewdesk.core.crypto.age_stream import BLOCK_CHUNKS, ENC_CHUNK_SIZE
from reviewdesk.core.errors import CancelledError, FormatError
from reviewdesk.core.progress import CancelToken

SIZES = [
    0,
    1,
    CHUNK_SIZE - 1,
    CHUNK_SIZE,
    CHUNK_SIZE + 1,
    2 * CHUNK_SIZE,
    3 * CHUNK_SIZE + 5,
    BLOCK_CHUNKS * CHUNK_SIZE,  # exactly one read buffer of chunks
    2 * BLOCK_CHUNKS * CHUNK_SIZE + 3,  # several buffers: the hash threads take over
]


@pytest.fixture(scope="module")
def identity() -> X25519Identity:
    return X25519Identity.generate()


class Trickle(io.RawIOBase):
    """A stream that reads and writes a few random-sized bytes at a time."""

    def __init__(self, data: bytes = b"") -> None:
        self._data = data
        self._pos = 0
        self.written = bytearray()
        self._rng = random.Random(7)

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._rng.randint(1, 9000), len(self._data) - self._pos)
        buffer[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n

    def write(self, data: memoryview) -> int:  # type: ignore[override]
        n = min(len(data), self._rng.randint(1, 5000))
        self.written += bytes(data[:n])
        return n


@pytest.mark.parametrize("size", SIZES)
def test_roundtrip_keeps_every_byte_and_reports_both_digests(
    identity: X25519Identity, size: int
) -> None:
    data = plaintext(size)
    encrypted = io.BytesIO()
    enc = encrypt(io.BytesIO(data), encrypted, [identity.recipient], sha256=True)
    blob = encrypted.getvalue()
    assert blob.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert enc.plaintext_size == size and enc.ciphertext_size == len(blob)
    assert enc.plaintext_sha256 == hashlib.sha256(data).digest()
    assert enc.ciphertext_sha256 == hashlib.sha256(blob).digest()

    out = io.BytesIO()
    dec = decrypt(io.BytesIO(blob), out, [identity], sha256=True)
    assert out.getvalue() == data
    assert (dec.plaintext_sha256, dec.ciphertext_sha256) == (
        enc.plaintext_sha256,
        enc.ciphertext_sha256,
    )
    assert (dec.plaintext_size, dec.ciphertext_size) == (size, len(blob))


@pytest.mark.parametrize("size", SIZES)
def test_payload_is_cut_in_64_kib_chunks_with_one_final_chunk(
    identity: X25519Identity, size: int
) -> None:
    blob = encrypt_bytes(plaintext(size), [identity.recipient])
    header_size = blob.index(b"\n---") + 1 + len(b"--- ") + 43 + 1
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(blob) == header_size + 16 + size + 16 * chunks


def test_digests_are_left_out_unless_asked(identity: X25519Identity) -> None:
    blob = encrypt_bytes(b"x", [identity.recipient])
    result = decrypt(io.BytesIO(blob), io.BytesIO(), [identity])
    assert result.plaintext_sha256 is None and result.ciphertext_sha256 is None


def test_streams_that_read_and_write_a_little_at_a_time_work(identity: X25519Identity) -> None:
    data = plaintext(3 * BLOCK_CHUNKS * CHUNK_SIZE // 2 + 77)
    sink = Trickle()
    encrypt(Trickle(data), sink, [identity.recipient])  # type: ignore[arg-type]
    out = Trickle()
    result = decrypt(Trickle(bytes(sink.written)), out, [identity], sha256=True)  # type: ignore[arg-type]
    assert bytes(out.written) == data
    assert result.ciphertext_sha256 == hashlib.sha256(sink.written).digest()


def test_passphrase_roundtrip_with_an_explicit_low_work_factor() -> None:
    data = plaintext(100 * KIB)
    blob = encrypt_bytes(data, [ScryptRecipient("hunter2", log_n=8)])
    assert b"\n-> scrypt " in blob and blob.count(b"\n-> ") == 1
    assert decrypt_bytes(blob, [ScryptIdentity("hunter2")]) == data


def test_our_passphrase_files_default_to_work_factor_2_18() -> None:
    assert ScryptRecipient("x").log_n == 18


def test_post_quantum_roundtrip() -> None:
    identity = HybridIdentity.generate()
    data = plaintext(70 * KIB)
    blob = encrypt_bytes(data, [identity.recipient])
    assert b"\n-> mlkem768x25519 " in blob
    assert decrypt_bytes(blob, [identity]) == data


def test_each_of_several_recipients_can_open_the_file() -> None:
    identities = [X25519Identity.generate() for _ in range(5)]
    blob = encrypt_bytes(b"panel scores", [i.recipient for i in identities])
    for identity in identities:
        assert decrypt_bytes(blob, [X25519Identity.generate(), identity]) == b"panel scores"


def test_progress_counts_up_to_the_file_size(identity: X25519Identity) -> None:
    blob = encrypt_bytes(plaintext(3 * BLOCK_CHUNKS * CHUNK_SIZE), [identity.recipient])
    seen: list[tuple[int, int, str]] = []
    decrypt(
        io.BytesIO(blob),
        io.BytesIO(),
        [identity],
        progress=lambda d, t, s="": seen.append((d, t, s)),
    )
    done = [d for d, _, stage in seen if stage == "decrypt"]
    assert done == sorted(done) and done[-1] == len(blob)
    assert {t for _, t, _ in seen} == {len(blob)}


def test_cancel_before_start_writes_nothing(identity: X25519Identity) -> None:
    token = CancelToken()
    token.cancel()
    out = io.BytesIO()
    with pytest.raises(CancelledError):
        decrypt(
            io.BytesIO(encrypt_bytes(b"x", [identity.recipient])), out, [identity], cancel=token
        )
    assert out.getvalue() == b""


def test_cancel_during_a_long_decryption_stops_it(identity: X25519Identity) -> None:
    data = plaintext(4 * BLOCK_CHUNKS * CHUNK_SIZE)
    blob = encrypt_bytes(data, [identity.recipient])
    token = CancelToken()

    def progress(done: int, total: int, stage: str = "") -> None:
        if done > 2 * BLOCK_CHUNKS * ENC_CHUNK_SIZE:
            token.cancel()

    out = io.BytesIO()
    with pytest.raises(CancelledError):
        decrypt(io.BytesIO(blob), out, [identity], sha256=True, progress=progress, cancel=token)
    assert len(out.getvalue()) < len(data)
    assert data.startswith(out.getvalue())


def test_decrypt_to_memory_caps_the_plaintext(identity: X25519Identity) -> None:
    blob = encrypt_bytes(plaintext(200 * KIB), [identity.recipient])
    with pytest.raises(FormatError) as err:
        decrypt_to_memory(io.BytesIO(blob), [identity], max_size=100 * KIB, name="a.age")
    assert err.value.code == "age-plaintext-too-large"
    data, result = decrypt_to_memory(io.BytesIO(blob), [identity], max_size=200 * KIB)
    assert len(data) == result.plaintext_size == 200 * KIB


class Endless(io.RawIOBase):
    """``size`` bytes of a repeating pattern, produced on demand (never held in memory)."""

    def __init__(self, size: int) -> None:
        self._left = size
        self._block = plaintext(CHUNK_SIZE)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left, CHUNK_SIZE)
        buffer[:n] = self._block[:n]
        self._left -= n
        return n


class Discard(io.RawIOBase):
    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: memoryview) -> int:  # type: ignore[override]
        self.size += len(data)
        return len(data)


def test_memory_stays_bounded_in_both_directions(
    identity: X25519Identity, tmp_path: pytest.TempPathFactory
) -> None:
    import tracemalloc

    size = 48 * 1024 * KIB
    path = tmp_path / "big.age"  # type: ignore[operator]
    tracemalloc.start()
    try:
        with open(path, "wb") as dst:
            encrypt(Endless(size), dst, [identity.recipient], sha256=True)  # type: ignore[arg-type]
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        sink = Discard()
        with open(path, "rb") as src:
            decrypt(src, sink, [identity], sha256=True)  # type: ignore[arg-type]
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == size
    assert encrypt_peak < 12 * 1024 * KIB and decrypt_peak < 12 * 1024 * KIB
