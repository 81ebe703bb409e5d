"""A person's public keys: X25519 to receive, Ed25519 to sign, with name, role and the
fingerprint people compare over the phone.

Fingerprint (version 1)::

    digest = SHA-256("reviewdesk fingerprint v1\\n" || x25519 (32 raw bytes) || ed25519 (32))
    number = big-endian integer of digest  mod 10^60
    text   = number as 60 decimal digits (leading zeros kept), in 12 groups of 5

Both keys have a fixed length, so the concatenation is unambiguous; the tag keeps these
digests apart from every other SHA-256 of the same keys. 60 digits carry 199 bits, far
beyond a second-preimage search (the reduction's bias is below 10⁻¹⁷). Name and role are
not covered: the fingerprint names the keys; the roster says whose they are.

JSON form (``to_json``): ``{"name": str, "role": "expert"|"chair"|"commission"|"audit",
"x25519": 64 lowercase hex, "ed25519": 64 lowercase hex}``, exactly these fields.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.crypto.jsonfields import Fail, Fields
from reviewdesk.core.crypto.keycheck import KEY_SIZE, check_ed25519, check_x25519, keyid_of
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import FormatError

FINGERPRINT_TAG = b"reviewdesk fingerprint v1\n"
FINGERPRINT_DIGITS = 60
FINGERPRINT_GROUP = 5
MAX_NAME_LENGTH = 200

_NAME_RE = re.compile(r"\S(?:.*\S)?")  # no leading or trailing white space
_FIELDS = ("name", "role", "x25519", "ed25519")


def fingerprint_of(x25519: bytes, ed25519: bytes) -> tuple[str, ...]:
    """The fingerprint groups of a key pair (see the module text)."""
    digest = hashlib.sha256(FINGERPRINT_TAG + x25519 + ed25519).digest()
    digits = str(int.from_bytes(digest, "big") % 10**FINGERPRINT_DIGITS)
    digits = digits.zfill(FINGERPRINT_DIGITS)
    return tuple(
        digits[i : i + FINGERPRINT_GROUP] for i in range(0, FINGERPRINT_DIGITS, FINGERPRINT_GROUP)
    )


def _identity_invalid(path: Path | str | None) -> Fail:
    def fail(field: str, reason: str) -> FormatError:
        return FormatError("identity-invalid", path, field=field, reason=reason)

    return fail


@dataclass(frozen=True, repr=False)
class PublicIdentity:
    """Validated on construction: a bad name or a refused key (``keycheck``) raises
    ``FormatError`` (``identity-invalid`` / ``public-key-invalid``)."""

    name: str
    role: Role
    x25519: bytes
    ed25519: bytes

    def __post_init__(self) -> None:
        fail = _identity_invalid(None)
        if not isinstance(self.name, str) or not self.name:
            raise fail("name", "empty")
        if len(self.name) > MAX_NAME_LENGTH:
            raise fail("name", f"longer than {MAX_NAME_LENGTH} characters")
        if not _NAME_RE.fullmatch(self.name) or not self.name.isprintable():
            raise fail("name", "control characters or white space at either end")
        if not isinstance(self.role, Role):
            raise fail("role", "not a Role")
        object.__setattr__(self, "x25519", bytes(self.x25519))  # no mutable bytearray inside
        object.__setattr__(self, "ed25519", bytes(self.ed25519))
        check_x25519(self.x25519)
        check_ed25519(self.ed25519)

    def __repr__(self) -> str:
        return f"PublicIdentity({self.name!r}, {self.role.value}, keyid={self.keyid[:16]}…)"

    @property
    def keyid(self) -> str:
        """The DSSE keyid: lowercase hex SHA-256 of the raw Ed25519 public key."""
        return keyid_of(self.ed25519)

    @property
    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self.x25519)

    @property
    def age_recipient(self) -> str:
        """The ``age1…`` form, usable with ``age -r``."""
        return str(self.recipient)

    @property
    def verify_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.ed25519)

    @property
    def fingerprint_groups(self) -> tuple[str, ...]:
        return fingerprint_of(self.x25519, self.ed25519)

    @property
    def fingerprint(self) -> str:
        """12 groups of 5 digits separated by spaces, for reading aloud."""
        return " ".join(self.fingerprint_groups)

    def same_keys(self, other: PublicIdentity) -> bool:
        return self.x25519 == other.x25519 and self.ed25519 == other.ed25519

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "role": self.role.value,
            "x25519": self.x25519.hex(),
            "ed25519": self.ed25519.hex(),
        }

    @classmethod
    def from_json(cls, value: Any, path: Path | str | None = None) -> PublicIdentity:
        """Read the JSON form strictly; errors carry ``path``."""
        fields = Fields(value, _identity_invalid(path), _FIELDS)
        name = fields.text("name", max_len=MAX_NAME_LENGTH)
        role_text = fields.raw("role")
        if role_text not in {r.value for r in Role}:
            raise fields.fail("role", "not one of " + ", ".join(r.value for r in Role))
        x25519 = fields.hex_bytes("x25519", KEY_SIZE)
        ed25519 = fields.hex_bytes("ed25519", KEY_SIZE)
        try:
            return cls(name, Role(role_text), x25519, ed25519)
        except FormatError as exc:
            raise FormatError(exc.code, path, **exc.detail, name=name) from None
