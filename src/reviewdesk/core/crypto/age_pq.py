"""The post-quantum hybrid age recipient ``mlkem768x25519``: X-Wing (ML-KEM-768 + X25519) in
HPKE base mode with HKDF-SHA-256 and ChaCha20-Poly1305 (c2sp.org/age, RFC 9180)."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.mlkem import MLKEM768PrivateKey, MLKEM768PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from reviewdesk.core.crypto.age_encoding import b64encode_raw, bech32_encode, decode_key
from reviewdesk.core.crypto.age_header import Stanza
from reviewdesk.core.crypto.age_keys import decode_arg, open_wrapped_key, stanza_error
from reviewdesk.core.errors import FormatError

_TYPE = "mlkem768x25519"
_INFO = b"age-encryption.org/mlkem768x25519"
_XWING_LABEL = b"\\.//^\\"
_MLKEM_PK_SIZE = 1184
_MLKEM_CT_SIZE = 1088
PUBLIC_KEY_SIZE = _MLKEM_PK_SIZE + 32
ENC_SIZE = _MLKEM_CT_SIZE + 32
# HPKE suite: KEM MLKEM768-X25519 (0x647a), KDF HKDF-SHA256 (1), AEAD ChaCha20Poly1305 (3).
_SUITE_ID = b"HPKE" + bytes.fromhex("647a00010003")


def _labeled_extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hmac.digest(salt, b"HPKE-v1" + _SUITE_ID + label + ikm, hashlib.sha256)


def _labeled_expand(prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    # One HKDF-Expand block suffices: both outputs are at most 32 bytes.
    labeled = length.to_bytes(2, "big") + b"HPKE-v1" + _SUITE_ID + label + info
    return hmac.digest(prk, labeled + b"\x01", hashlib.sha256)[:length]


def _key_schedule(shared_secret: bytes) -> tuple[bytes, bytes]:
    """HPKE base mode (no PSK): returns (AEAD key, base nonce)."""
    context = (
        b"\x00"
        + _labeled_extract(b"", b"psk_id_hash", b"")
        + _labeled_extract(b"", b"info_hash", _INFO)
    )
    secret = _labeled_extract(shared_secret, b"secret", b"")
    return (
        _labeled_expand(secret, b"key", context, 32),
        _labeled_expand(secret, b"base_nonce", context, 12),
    )


def _combine(ss_m: bytes, ss_x: bytes, ct_x: bytes, pk_x: bytes) -> bytes:
    return hashlib.sha3_256(ss_m + ss_x + ct_x + pk_x + _XWING_LABEL).digest()


class HybridRecipient:
    """An ``age1pq1…`` public key (ML-KEM-768 encapsulation key || X25519 point)."""

    HRP = "age1pq"

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != PUBLIC_KEY_SIZE:
            raise FormatError("age-key-invalid", kind="recipient", reason="wrong length")
        try:
            self._mlkem = MLKEM768PublicKey.from_public_bytes(public_key[:_MLKEM_PK_SIZE])
        except ValueError:
            raise FormatError(
                "age-key-invalid", kind="recipient", reason="bad ML-KEM key"
            ) from None
        self._x25519 = X25519PublicKey.from_public_bytes(public_key[_MLKEM_PK_SIZE:])
        self.public_key = bytes(public_key)

    @classmethod
    def parse(cls, text: str) -> HybridRecipient:
        return cls(decode_key(text, cls.HRP, PUBLIC_KEY_SIZE, "recipient"))

    def __str__(self) -> str:
        return bech32_encode(self.HRP, self.public_key)

    def __repr__(self) -> str:
        return f"HybridRecipient({str(self)[:24]}…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HybridRecipient) and other.public_key == self.public_key

    def __hash__(self) -> int:
        return hash(self.public_key)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ss_m, ct_m = self._mlkem.encapsulate()
        ephemeral = X25519PrivateKey.generate()
        ct_x = ephemeral.public_key().public_bytes_raw()
        try:
            ss_x = ephemeral.exchange(self._x25519)
        except ValueError:
            raise FormatError(
                "age-key-invalid", kind="recipient", reason="low-order point"
            ) from None
        pk_x = self.public_key[_MLKEM_PK_SIZE:]
        key, nonce = _key_schedule(_combine(ss_m, ss_x, ct_x, pk_x))
        body = ChaCha20Poly1305(key).encrypt(nonce, file_key, b"")
        return [Stanza(_TYPE, (b64encode_raw(ct_m + ct_x).decode("ascii"),), body)]


class HybridIdentity:
    """An ``AGE-SECRET-KEY-PQ-1…`` key: a 32-byte X-Wing seed."""

    HRP = "AGE-SECRET-KEY-PQ-"

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise FormatError("age-key-invalid", kind="identity", reason="wrong length")
        self._seed = bytes(seed)
        expanded = hashlib.shake_256(seed).digest(96)
        self._mlkem = MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = X25519PrivateKey.from_private_bytes(expanded[64:])
        self._pk_x = self._x25519.public_key().public_bytes_raw()
        self.recipient = HybridRecipient(self._mlkem.public_key().public_bytes_raw() + self._pk_x)

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> HybridIdentity:
        return cls(decode_key(text, cls.HRP, 32, "identity"))

    def secret_string(self) -> str:
        return bech32_encode(self.HRP, self._seed)

    def __repr__(self) -> str:
        return f"HybridIdentity(recipient={self.recipient!r})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != _TYPE:
                continue
            if len(stanza.args) != 1:
                raise stanza_error(_TYPE, "wrong number of arguments")
            enc = decode_arg(_TYPE, stanza.args[0], ENC_SIZE, "encapsulated key")
            if len(stanza.body) != 32:  # before any decapsulation (partitioning oracles)
                raise stanza_error(_TYPE, "wrapped file key has the wrong length")
            ct_m, ct_x = enc[:_MLKEM_CT_SIZE], enc[_MLKEM_CT_SIZE:]
            ss_m = self._mlkem.decapsulate(ct_m)  # implicit rejection: never raises on garbage
            try:
                ss_x = self._x25519.exchange(X25519PublicKey.from_public_bytes(ct_x))
            except ValueError:  # all-zero X25519 output
                raise stanza_error(_TYPE, "low-order share") from None
            key, nonce = _key_schedule(_combine(ss_m, ss_x, ct_x, self._pk_x))
            file_key = open_wrapped_key(_TYPE, key, stanza.body, nonce)
            if file_key is not None:
                return file_key
        return None
