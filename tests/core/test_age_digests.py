"""The digests computed while streaming: the read path hashes only the age file."""

from __future__ import annotations

import hashlib
import io
import os

from reviewdesk.core.crypto import X25519Identity, decrypt, decrypt_to_memory, encrypt


def _encrypted(size: int) -> tuple[X25519Identity, bytes, bytes]:
    identity = X25519Identity.generate()
    plaintext = os.urandom(size)
    out = io.BytesIO()
    encrypt(io.BytesIO(plaintext), out, [identity.recipient])
    return identity, plaintext, out.getvalue()


def test_both_digests_by_default() -> None:
    identity, plaintext, age_file = _encrypted(3 * 64 * 1024 + 5)
    result = decrypt(io.BytesIO(age_file), io.BytesIO(), [identity], sha256=True)
    assert result.plaintext_sha256 == hashlib.sha256(plaintext).digest()
    assert result.ciphertext_sha256 == hashlib.sha256(age_file).digest()


def test_ciphertext_digest_only_when_the_plaintext_one_is_not_wanted() -> None:
    identity, plaintext, age_file = _encrypted(5 * 1024 * 1024 + 17)  # several blocks: threads
    data, result = decrypt_to_memory(
        io.BytesIO(age_file), [identity], sha256=True, hash_plaintext=False
    )
    assert data == plaintext
    assert result.plaintext_sha256 is None
    assert result.ciphertext_sha256 == hashlib.sha256(age_file).digest()
