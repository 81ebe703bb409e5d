"""Checks on public keys wherever they enter: a roster, an enrolment, a trust file.

Refused:

- X25519: an encoding with the top bit set or a u-coordinate ≥ p (non-canonical: two byte
  strings would name one key, defeating the duplicate-key rule) and the low-order points
  (the shared secret would be all zeros, so anyone could read what is sent to that key);
- Ed25519: non-canonical encodings (y ≥ p, or x = 0 with the sign bit set), strings that are
  not a curve point, and the eight points of small order — for such a key a signature can be
  made that verifies for many messages without any private key.

Mixed-order points (a prime-order point plus a small torsion part) are not refused: they
cannot be made to sign everything, and checking subgroup membership would cost a full scalar
multiplication per key in pure Python. Honest keys are never of that form.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.errors import FormatError

KEY_SIZE = 32
_P = 2**255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def keyid_of(public_key: Ed25519PublicKey | bytes) -> str:
    """The DSSE keyid of an Ed25519 key: lowercase hex SHA-256 of its 32 raw bytes."""
    raw = public_key if isinstance(public_key, bytes) else public_key.public_bytes_raw()
    return hashlib.sha256(raw).hexdigest()


def x25519_key_problem(raw: bytes) -> str | None:
    """Why ``raw`` is not an acceptable X25519 public key, or ``None``."""
    if len(raw) != KEY_SIZE:
        return "wrong length"
    if raw[31] & 0x80 or int.from_bytes(raw, "little") >= _P:
        return "non-canonical encoding"
    try:
        X25519Recipient(raw)  # refuses the low-order points
    except FormatError:
        return "low-order point"
    return None


def ed25519_key_problem(raw: bytes) -> str | None:
    """Why ``raw`` is not an acceptable Ed25519 public key, or ``None``."""
    if len(raw) != KEY_SIZE:
        return "wrong length"
    value = int.from_bytes(raw, "little")
    sign = value >> 255
    y = value & ((1 << 255) - 1)
    if y >= _P:
        return "non-canonical encoding"
    x = _recover_x(y)
    if x is None:
        return "not a curve point"
    if x == 0 and sign:
        return "non-canonical encoding"
    if x & 1 != sign:
        x = _P - x
    if _times_eight_is_identity(x, y):
        return "small-order point"
    return None


def check_x25519(raw: bytes) -> None:
    problem = x25519_key_problem(raw)
    if problem is not None:
        raise FormatError("public-key-invalid", key="x25519", reason=problem)


def check_ed25519(raw: bytes) -> None:
    problem = ed25519_key_problem(raw)
    if problem is not None:
        raise FormatError("public-key-invalid", key="ed25519", reason=problem)


def _recover_x(y: int) -> int | None:
    """x with x² = (y² − 1) / (d·y² + 1) on edwards25519 (RFC 8032 §5.1.3), or ``None``."""
    u = (y * y - 1) % _P
    v = (_D * y * y + 1) % _P
    x = (u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P)) % _P
    check = (v * x * x) % _P
    if check == u:
        return x
    if check == (-u) % _P:
        return (x * _SQRT_M1) % _P
    return None


def _times_eight_is_identity(x: int, y: int) -> bool:
    """[8]P = O exactly for the small-order points; three projective doublings
    (a = −1 twisted Edwards, "dbl-2008-bbjlp"), no inversions."""
    px, py, pz = x, y, 1
    for _ in range(3):
        b = (px + py) ** 2 % _P
        c = px * px % _P
        d = py * py % _P
        e = -c % _P
        f = (e + d) % _P
        j = (f - 2 * pz * pz) % _P
        px, py, pz = (b - c - d) * j % _P, f * (e - d) % _P, f * j % _P
    return px == 0 and py == pz
