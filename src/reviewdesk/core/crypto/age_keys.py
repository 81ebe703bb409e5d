"""Native age recipients and identities: X25519 and the scrypt passphrase.

A recipient wraps the file key into stanzas; an identity returns the file key from the
stanzas addressed to it, ``None`` when none is, and raises FormatError for a stanza of its
type that is malformed (the spec says such a header must be rejected, not skipped).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from reviewdesk.core.crypto.age_encoding import (
    EncodingError,
    b64decode_raw,
    b64encode_raw,
    bech32_encode,
    decode_key,
)
from reviewdesk.core.crypto.age_header import FILE_KEY_SIZE, Stanza, hkdf_sha256
from reviewdesk.core.errors import FormatError

_ZERO_NONCE = bytes(12)
_WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16  # file key + Poly1305 tag
_X25519_INFO = b"age-encryption.org/v1/X25519"
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_DECIMAL_RE = re.compile(r"[1-9][0-9]*")

# scrypt work factors (log2 N, r = 8, p = 1; memory is 128 * r * N bytes = N KiB):
# - the default, 2^18, is 256 MiB and about one second on a laptop (DESIGN §3);
# - a reader computes at most 2^20 (1 GiB, a few seconds): four times the default, room for
#   someone who raised it on purpose, while a hostile file can no longer ask for 2^22 (4 GiB,
#   21 s measured) or more. The limit is checked before any scrypt work.
# - new identity files for people use at least 2^15 (32 MiB, ~0.1 s): below that, guessing
#   the passphrase of a stolen file gets cheaper than a well-chosen passphrase can make up for.
#   Lower factors are for the demo and tests only, asked for explicitly.
DEFAULT_SCRYPT_LOG_N = 18
MAX_SCRYPT_LOG_N = 20
MIN_SCRYPT_LOG_N = 15


@runtime_checkable
class Recipient(Protocol):
    def wrap(self, file_key: bytes) -> list[Stanza]: ...


@runtime_checkable
class Identity(Protocol):
    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...


def stanza_error(type_: str, reason: str) -> FormatError:
    return FormatError("age-stanza-invalid", type=type_, reason=reason)


def decode_arg(type_: str, arg: str, size: int, what: str) -> bytes:
    """Decode a base64 stanza argument that must be exactly ``size`` bytes."""
    try:
        value = b64decode_raw(arg.encode("ascii"))
    except EncodingError as exc:
        raise stanza_error(type_, f"{what}: {exc}") from None
    if len(value) != size:
        raise stanza_error(type_, f"{what} has the wrong length")
    return value


def open_wrapped_key(
    type_: str, key: bytes, body: bytes, nonce: bytes = _ZERO_NONCE
) -> bytes | None:
    """Decrypt a wrapped file key; ``None`` when the tag does not match (not ours)."""
    # Checked before decrypting, against partitioning oracle attacks (spec).
    if len(body) != _WRAPPED_KEY_SIZE:
        raise stanza_error(type_, "wrapped file key has the wrong length")
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, body, None)
    except InvalidTag:
        return None


def _is_low_order(public: bytes) -> bool:
    # A clamped scalar is a multiple of 8, so every scalar gives zero for a low-order point.
    try:
        X25519PrivateKey.from_private_bytes(bytes(31) + b"\x40").exchange(
            X25519PublicKey.from_public_bytes(public)
        )
    except ValueError:
        return True
    return False


class X25519Recipient:
    """An ``age1…`` public key."""

    HRP = "age"

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise FormatError("age-key-invalid", kind="recipient", reason="wrong length")
        if _is_low_order(public_key):
            raise FormatError("age-key-invalid", kind="recipient", reason="low-order point")
        self.public_key = bytes(public_key)

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        return cls(decode_key(text, cls.HRP, 32, "recipient"))

    def __str__(self) -> str:
        return bech32_encode(self.HRP, self.public_key)

    def __repr__(self) -> str:
        return f"X25519Recipient({self})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other.public_key == self.public_key

    def __hash__(self) -> int:
        return hash(self.public_key)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public_key))
        key = hkdf_sha256(secret, share + self.public_key, _X25519_INFO)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        return [Stanza("X25519", (b64encode_raw(share).decode("ascii"),), body)]


class X25519Identity:
    """An ``AGE-SECRET-KEY-1…`` private key. ``repr`` never shows the secret."""

    HRP = "AGE-SECRET-KEY-"

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 32:
            raise FormatError("age-key-invalid", kind="identity", reason="wrong length")
        self._key = X25519PrivateKey.from_private_bytes(secret)
        self.recipient = X25519Recipient(self._key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        return cls(decode_key(text, cls.HRP, 32, "identity"))

    def secret_string(self) -> str:
        return bech32_encode(self.HRP, self._key.private_bytes_raw())

    def agree(self, public_key: bytes) -> bytes:
        """The raw X25519 shared secret with ``public_key`` (a low-order key, which gives
        the all-zero secret, is refused: ``age-key-invalid``)."""
        if len(public_key) != 32:
            raise FormatError("age-key-invalid", kind="recipient", reason="wrong length")
        try:
            return self._key.exchange(X25519PublicKey.from_public_bytes(public_key))
        except ValueError:
            raise FormatError(
                "age-key-invalid", kind="recipient", reason="low-order point"
            ) from None

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            if len(stanza.args) != 1:
                raise stanza_error("X25519", "wrong number of arguments")
            share = decode_arg("X25519", stanza.args[0], 32, "share")
            try:
                secret = self._key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:  # all-zero shared secret: the spec says abort
                raise stanza_error("X25519", "low-order share") from None
            key = hkdf_sha256(secret, share + self.recipient.public_key, _X25519_INFO)
            file_key = open_wrapped_key("X25519", key, stanza.body)
            if file_key is not None:
                return file_key
        return None


def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def _scrypt_key(passphrase: bytes, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    try:
        return kdf.derive(passphrase)
    except MemoryError:
        raise FormatError(
            "age-work-factor-too-high", log_n=log_n, limit=log_n - 1, reason="out of memory"
        ) from None


class ScryptRecipient:
    """A passphrase recipient. Its stanza must be the only one in a file."""

    def __init__(self, passphrase: str | bytes, *, log_n: int = DEFAULT_SCRYPT_LOG_N) -> None:
        if not 1 <= log_n <= MAX_SCRYPT_LOG_N:  # never write what our own reader refuses
            raise FormatError("age-work-factor-too-high", log_n=log_n, limit=MAX_SCRYPT_LOG_N)
        self._passphrase = _passphrase_bytes(passphrase)
        self.log_n = log_n

    def __repr__(self) -> str:
        return f"ScryptRecipient(log_n={self.log_n})"

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(16)
        key = _scrypt_key(self._passphrase, salt, self.log_n)
        body = ChaCha20Poly1305(key).encrypt(_ZERO_NONCE, file_key, None)
        args = (b64encode_raw(salt).decode("ascii"), str(self.log_n))
        return [Stanza("scrypt", args, body)]


class ScryptIdentity:
    """A passphrase identity; refuses work factors above ``max_log_n`` before computing."""

    def __init__(self, passphrase: str | bytes, *, max_log_n: int = MAX_SCRYPT_LOG_N) -> None:
        self._passphrase = _passphrase_bytes(passphrase)
        self.max_log_n = max_log_n

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_log_n={self.max_log_n})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanza.args) != 2:
                raise stanza_error("scrypt", "wrong number of arguments")
            salt = decode_arg("scrypt", stanza.args[0], 16, "salt")
            factor = stanza.args[1]
            if not _DECIMAL_RE.fullmatch(factor):
                raise stanza_error("scrypt", "work factor is not a plain decimal number")
            log_n = int(factor) if len(factor) <= 3 else 1000  # no giant int() on hostile input
            if log_n > self.max_log_n:
                raise FormatError(
                    "age-work-factor-too-high", log_n=factor[:8], limit=self.max_log_n
                )
            if len(stanza.body) != _WRAPPED_KEY_SIZE:  # before the costly scrypt
                raise stanza_error("scrypt", "wrapped file key has the wrong length")
            key = _scrypt_key(self._passphrase, salt, log_n)
            file_key = open_wrapped_key("scrypt", key, stanza.body)
            if file_key is not None:
                return file_key
        return None
