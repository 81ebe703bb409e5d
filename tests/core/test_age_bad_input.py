"""Bad age files get a precise error code, and only authenticated plaintext is released."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from age_helpers import CHUNK_SIZE, KIB, layout, plaintext

from reviewdesk.core.crypto import (
    AgeLimits,
    HybridIdentity,
    ScryptIdentity,
    ScryptRecipient,
    Stanza,
    X25519Identity,
    decrypt,
    decrypt_to_memory,
    encrypt,
    encrypt_bytes,
)
from reviewdesk.core.crypto.age_encoding import b64decode_raw, b64encode_raw
from reviewdesk.core.crypto.age_header import encode_header
from reviewdesk.core.errors import CryptoError, FormatError, ReviewdeskError

NAME = Path("blob-3.age")


@pytest.fixture(scope="module")
def identity() -> X25519Identity:
    return X25519Identity.generate()


@pytest.fixture(scope="module")
def three_chunks(identity: X25519Identity) -> tuple[bytes, bytes]:
    """(plaintext, age file) with chunks of 64 KiB, 64 KiB and 5 bytes."""
    data = plaintext(2 * CHUNK_SIZE + 5)
    return data, encrypt_bytes(data, [identity.recipient])


def attempt(blob: bytes, identities: Sequence[object]) -> tuple[ReviewdeskError, bytes]:
    """Decrypt, expecting a failure; return the error and what was released."""
    out = io.BytesIO()
    with pytest.raises((FormatError, CryptoError)) as err:
        decrypt(io.BytesIO(blob), out, identities, name=NAME)  # type: ignore[arg-type]
    assert err.value.path == NAME
    return err.value, out.getvalue()


def flip(blob: bytes, index: int, bit: int = 0) -> bytes:
    return blob[:index] + bytes([blob[index] ^ (1 << bit)]) + blob[index + 1 :]


def test_truncation_anywhere_in_the_header_is_a_header_error(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    blob = three_chunks[1]
    header_size = layout(blob).header_size
    for cut in range(header_size + 16):
        err, released = attempt(blob[:cut], [identity])
        assert released == b""
        assert err.code in ("age-truncated", "age-header-invalid"), (cut, err.code)
        if err.code == "age-truncated":
            assert err.detail["part"] == ("nonce" if cut >= header_size else "header")


def test_truncation_at_a_chunk_boundary_releases_the_whole_chunks_only(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    data, blob = three_chunks
    end_of_first = layout(blob).chunk_span(0)[1]
    err, released = attempt(blob[:end_of_first], [identity])
    assert (err.code, err.detail["part"], err.detail["chunk"]) == ("age-truncated", "payload", 1)
    assert released == data[:CHUNK_SIZE]


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (1, "age-truncated"),
        (15, "age-truncated"),
        (16, "age-final-chunk-empty"),
        (17, "age-payload-auth"),
    ],
)
def test_truncation_just_after_a_chunk_boundary(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes], extra: int, code: str
) -> None:
    data, blob = three_chunks
    end_of_first = layout(blob).chunk_span(0)[1]
    err, released = attempt(blob[: end_of_first + extra], [identity])
    assert err.code == code
    assert err.detail["chunk"] == 1
    assert released == data[:CHUNK_SIZE]


@pytest.mark.parametrize("chunk", [0, 1, 2])
@pytest.mark.parametrize("where", ["start", "middle", "tag"])
def test_a_flipped_bit_in_a_chunk_stops_at_that_chunk(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes], chunk: int, where: str
) -> None:
    data, blob = three_chunks
    start, end = layout(blob).chunk_span(chunk)
    index = {"start": start, "middle": (start + end) // 2, "tag": end - 1}[where]
    err, released = attempt(flip(blob, index, 5), [identity])
    assert (err.code, err.detail["chunk"]) == ("age-payload-auth", chunk)
    assert released == data[: chunk * CHUNK_SIZE]


def test_a_flipped_bit_in_the_nonce_fails_the_first_chunk(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    blob = three_chunks[1]
    err, released = attempt(flip(blob, layout(blob).header_size + 3), [identity])
    assert (err.code, err.detail["chunk"], released) == ("age-payload-auth", 0, b"")


def test_a_flipped_bit_in_the_header_mac_is_a_mac_error(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    blob = three_chunks[1]
    header_size = layout(blob).header_size
    mac_at = blob.rindex(b"--- ", 0, header_size) + 4
    mac = bytearray(b64decode_raw(blob[mac_at : header_size - 1]))
    mac[7] ^= 0x10
    forged = blob[:mac_at] + b64encode_raw(bytes(mac)) + blob[header_size - 1 :]
    err, released = attempt(forged, [identity])
    assert (err.code, released) == ("age-header-mac", b"")


def test_flipped_bits_in_the_stanza_never_release_anything(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    blob = three_chunks[1]
    stanza_start = blob.index(b"-> X25519 ")
    for index in range(stanza_start, blob.index(b"\n---")):
        for bit in (0, 6):
            err, released = attempt(flip(blob, index, bit), [identity])
            assert released == b""
            assert err.code in (
                "age-header-invalid",
                "age-stanza-invalid",
                "age-no-identity-matched",
                "age-header-mac",
            ), (index, bit, err.code)


def test_a_flipped_bit_in_the_version_line_is_a_header_error(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    blob = three_chunks[1]
    assert attempt(flip(blob, 2), [identity])[0].code == "age-header-invalid"
    assert attempt(flip(blob, 20), [identity])[0].code == "age-version-unsupported"


@pytest.mark.parametrize(
    ("order", "code", "chunk", "released_chunks"),
    [
        ([1, 0, 2], "age-payload-auth", 0, 0),  # swapped
        ([0, 0, 1, 2], "age-payload-auth", 1, 1),  # duplicated
        ([0, 2], "age-payload-auth", 1, 1),  # middle one dropped
        ([0, 1, 2, 2], "age-payload-auth", 2, 2),  # final chunk twice: one longer final chunk
        ([0, 1, 1, 2], "age-payload-auth", 2, 2),
    ],
)
def test_reordered_duplicated_or_dropped_chunks_are_caught(
    identity: X25519Identity,
    three_chunks: tuple[bytes, bytes],
    order: list[int],
    code: str,
    chunk: int,
    released_chunks: int,
) -> None:
    data, blob = three_chunks
    file = layout(blob)
    chunks = file.chunks()
    err, released = attempt(file.with_chunks([chunks[i] for i in order]), [identity])
    assert (err.code, err.detail["chunk"]) == (code, chunk)
    assert released == data[: released_chunks * CHUNK_SIZE]


def test_dropping_the_final_chunk_is_truncation(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    data, blob = three_chunks
    file = layout(blob)
    err, released = attempt(file.with_chunks(file.chunks()[:2]), [identity])
    assert (err.code, err.detail["part"], err.detail["chunk"]) == ("age-truncated", "payload", 2)
    assert released == data[: 2 * CHUNK_SIZE]


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 100, os.urandom(CHUNK_SIZE + 16)])
def test_trailing_data_after_a_full_final_chunk_is_refused(
    identity: X25519Identity, extra: bytes
) -> None:
    data = plaintext(2 * CHUNK_SIZE)
    blob = encrypt_bytes(data, [identity.recipient])
    err, released = attempt(blob + extra, [identity])
    assert (err.code, err.detail["chunk"]) == ("age-trailing-data", 1)
    assert released == data  # every chunk authenticated, yet the file is refused...
    with pytest.raises(FormatError):  # ...and decrypting to memory releases nothing
        decrypt_to_memory(io.BytesIO(blob + extra), [identity])


def test_data_after_a_short_final_chunk_breaks_that_chunk(
    identity: X25519Identity, three_chunks: tuple[bytes, bytes]
) -> None:
    data, blob = three_chunks
    err, released = attempt(blob + b"\x00", [identity])
    assert (err.code, err.detail["chunk"]) == ("age-payload-auth", 2)
    assert released == data[: 2 * CHUNK_SIZE]


def test_wrong_key_and_wrong_passphrase(identity: X25519Identity) -> None:
    blob = encrypt_bytes(b"secret", [identity.recipient])
    assert attempt(blob, [X25519Identity.generate()])[0].code == "age-no-identity-matched"
    assert attempt(blob, [ScryptIdentity("pw")])[0].code == "age-no-identity-matched"
    assert attempt(blob, [HybridIdentity.generate()])[0].code == "age-no-identity-matched"
    locked = encrypt_bytes(b"secret", [ScryptRecipient("right", log_n=4)])
    assert attempt(locked, [ScryptIdentity("wrong")])[0].code == "age-bad-passphrase"
    assert attempt(locked, [identity])[0].code == "age-no-identity-matched"


def forged_file(stanzas: list[Stanza], body: bytes = b"") -> bytes:
    return encode_header(stanzas, os.urandom(16)) + os.urandom(16) + body


def scrypt_stanza(log_n: str) -> Stanza:
    return Stanza("scrypt", (b64encode_raw(os.urandom(16)).decode(), log_n), os.urandom(32))


def test_a_huge_work_factor_is_refused_before_any_work() -> None:
    started = time.monotonic()
    err, _ = attempt(forged_file([scrypt_stanza("40")]), [ScryptIdentity("pw")])
    assert (err.code, err.detail["limit"]) == ("age-work-factor-too-high", 20)
    err, _ = attempt(forged_file([scrypt_stanza("9" * 5000)]), [ScryptIdentity("pw")])
    assert err.code == "age-work-factor-too-high"
    assert time.monotonic() - started < 1


def test_the_work_factor_limit_is_configurable() -> None:
    blob = encrypt_bytes(b"x", [ScryptRecipient("pw", log_n=12)])
    err, _ = attempt(blob, [ScryptIdentity("pw", max_log_n=11)])
    assert err.code == "age-work-factor-too-high"
    assert decrypt_to_memory(io.BytesIO(blob), [ScryptIdentity("pw", max_log_n=12)])[0] == b"x"


class SpyIdentity:
    def __init__(self) -> None:
        self.calls = 0

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        self.calls += 1
        return None


def test_too_many_stanzas_are_refused_before_trying_any_key() -> None:
    grease = Stanza("example.org/grease", ("x",), b"")
    spy = SpyIdentity()
    err, _ = attempt(forged_file([grease] * 65), [spy])
    assert (err.code, err.detail["limit"]) == ("age-too-many-stanzas", 64)
    assert spy.calls == 0
    assert attempt(forged_file([grease] * 64), [spy])[0].code == "age-no-identity-matched"


def test_we_never_write_more_stanzas_than_we_accept() -> None:
    recipients = [X25519Identity.generate().recipient for _ in range(65)]
    with pytest.raises(FormatError) as err:
        encrypt_bytes(b"x", recipients)
    assert err.value.code == "age-too-many-stanzas"
    blob = encrypt_bytes(b"x", recipients, limits=AgeLimits(max_stanzas=65))
    assert attempt(blob, [X25519Identity.generate()])[0].code == "age-too-many-stanzas"


def test_oversized_stanza_bodies_and_headers_are_refused() -> None:
    big = Stanza("example.org/big", (), bytes(20 * KIB))
    assert attempt(forged_file([big]), [SpyIdentity()])[0].code == "age-stanza-too-large"
    medium = Stanza("example.org/medium", (), bytes(15 * KIB))
    assert attempt(forged_file([medium] * 4), [SpyIdentity()])[0].code == "age-header-too-large"
    no_end = b"age-encryption.org/v1\n-> x\n" + b"A" * 64 * 2000
    assert attempt(no_end, [SpyIdentity()])[0].code == "age-header-too-large"


def test_scrypt_must_be_alone_when_writing_and_reading(identity: X25519Identity) -> None:
    with pytest.raises(FormatError) as err:
        encrypt_bytes(b"x", [ScryptRecipient("pw", log_n=4), identity.recipient])
    assert err.value.code == "age-scrypt-not-alone"
    x25519 = encrypt_bytes(b"x", [identity.recipient])
    mixed = encode_header([scrypt_stanza("10"), *_stanzas_of(x25519)], os.urandom(16)) + os.urandom(
        32
    )
    assert attempt(mixed, [identity])[0].code == "age-scrypt-not-alone"
    assert (
        attempt(forged_file([scrypt_stanza("10")] * 2), [identity])[0].code
        == "age-scrypt-not-alone"
    )


def _stanzas_of(blob: bytes) -> list[Stanza]:
    from reviewdesk.core.crypto.age_header import read_header

    return list(read_header(io.BytesIO(blob))[0].stanzas)


def test_post_quantum_and_classic_recipients_are_not_mixed(identity: X25519Identity) -> None:
    with pytest.raises(FormatError) as err:
        encrypt_bytes(b"x", [HybridIdentity.generate().recipient, identity.recipient])
    assert err.value.code == "age-recipients-mixed"


def test_nothing_to_encrypt_to_is_an_error() -> None:
    with pytest.raises(FormatError) as err:
        encrypt(io.BytesIO(b"x"), io.BytesIO(), [])
    assert err.value.code == "age-no-recipients"


@pytest.mark.parametrize(
    ("blob", "code"),
    [
        (b"", "age-truncated"),
        (b"age-encrypt", "age-truncated"),
        (b"%PDF-1.7\n" + bytes(100), "age-header-invalid"),
        (b"age-encryption.org/v2\n-> x\n\n--- AAAA\n", "age-version-unsupported"),
        (b"age-encryption.org/v1\r\n-> x\n\n", "age-header-invalid"),
        (b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
         "age-armor-not-allowed"),
    ],
)  # fmt: skip
def test_foreign_files_are_named_for_what_they_are(blob: bytes, code: str) -> None:
    assert attempt(blob, [SpyIdentity()])[0].code == code
