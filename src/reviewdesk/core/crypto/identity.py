"""A person's private keys, their identity file and their enrolment request.

Identity file: a binary age file encrypted to the owner's passphrase (one scrypt stanza,
work factor 2^18 by default), holding canonical JSON::

    {"created": "2025-01-31T08:00:00Z", "ed25519": "<32-byte seed, lowercase hex>",
     "format": "reviewdesk-identity/1", "name": "…", "role": "expert",
     "x25519": "AGE-SECRET-KEY-1…"}

So ``age -d`` with the passphrase recovers the keys with standard tools, and the X25519 key
is already in the form ``age -i`` takes.

Enrolment request: a DSSE envelope (payload type ``ENROLMENT_PAYLOAD_TYPE``) over canonical
JSON ``{"created": time, "format": "reviewdesk-enrolment/2", "identity": <PublicIdentity
JSON>, "x25519_proof": {"mac": hex, "verifier": hex}}``, signed by the Ed25519 key it enrols
— proof that the sender holds that key. ``x25519_proof`` proves the X25519 key too: a MAC
keyed by an X25519 agreement with the commission's key ``verifier`` (``enrolment_proof``);
only the commission can check it (``verify_enrolment_x25519``). A request of format
``reviewdesk-enrolment/1`` (no ``x25519_proof``; older versions, or made without the
commission's key) still reads, but the commission's check refuses it
(``enrolment-x25519-unproven``): the person makes a new request, there is no override.

Errors (with the file's path): ``identity-bad-passphrase`` (CryptoError);
``identity-not-age`` (not an age file), ``identity-not-passphrase`` (an age file for a key,
not a passphrase), ``identity-corrupt`` (``age_code``: damaged or altered),
``identity-foreign`` (decrypts, but is not a reviewdesk identity), ``identity-invalid``
(``field``, ``reason``), ``age-work-factor-too-high`` (``log_n``, ``limit``: refused before
any scrypt work), ``public-key-invalid``, ``file-too-large``, ``file-unreadable``
(FormatError/InputError); for enrolments ``enrolment-invalid`` (``reason``) and the
``dsse`` codes; the commission's X25519 check: ``enrolment-x25519-unproven``,
``enrolment-x25519-other-verifier`` (``verifier``, ``expected``),
``enrolment-x25519-proof-invalid`` (CryptoError).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.crypto.age_encoding import decode_key
from reviewdesk.core.crypto.age_file import decrypt_bytes, encrypt_bytes
from reviewdesk.core.crypto.age_keys import (
    DEFAULT_SCRYPT_LOG_N,
    MAX_SCRYPT_LOG_N,
    MIN_SCRYPT_LOG_N,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
)
from reviewdesk.core.crypto.dsse import parse_envelope, sign_envelope, verify_envelope
from reviewdesk.core.crypto.enrolment_proof import MAC_SIZE, make_proof_mac, proof_mac_matches
from reviewdesk.core.crypto.jsonfields import Fail, Fields, format_time, utc_now
from reviewdesk.core.crypto.keycheck import KEY_SIZE, x25519_key_problem
from reviewdesk.core.crypto.public_identity import MAX_NAME_LENGTH, PublicIdentity
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, FormatError, InputError
from reviewdesk.core.fsutil import atomic_write, read_capped

__all__ = [
    "ENROLMENT_PAYLOAD_TYPE",
    "EnrolmentRequest",
    "Identity",
    "PublicIdentity",
    "check_new_work_factor",
    "identity_from_bytes",
    "load_identity",
    "make_enrolment",
    "read_enrolment",
    "read_enrolment_request",
    "save_identity",
    "verify_enrolment_x25519",
]

IDENTITY_FORMAT = "reviewdesk-identity/1"
ENROLMENT_FORMAT_UNPROVEN = "reviewdesk-enrolment/1"  # no proof of the X25519 key
ENROLMENT_FORMAT = "reviewdesk-enrolment/2"
_ENROLMENT_FIELDS = {
    ENROLMENT_FORMAT_UNPROVEN: ("format", "identity", "created"),
    ENROLMENT_FORMAT: ("format", "identity", "created", "x25519_proof"),
}
ENROLMENT_PAYLOAD_TYPE = "application/vnd.reviewdesk.enrolment+json"
MAX_IDENTITY_FILE_SIZE = 64 * 1024  # a real one is about 400 bytes
MAX_ENROLMENT_SIZE = 64 * 1024
_AGE_MAGIC = b"age-encryption.org/"
_AGE_SECRET_HRP = X25519Identity.HRP
_IDENTITY_FIELDS = ("format", "name", "role", "x25519", "ed25519", "created")

PathLike = Path | str | None


class Identity:
    """A person's private keys. ``repr`` never shows a secret."""

    def __init__(
        self, name: str, role: Role, x25519_secret: bytes, ed25519_secret: bytes,
        created: datetime,
    ) -> None:  # fmt: skip
        self.age_identity = X25519Identity(x25519_secret)
        self.signing_key = Ed25519PrivateKey.from_private_bytes(ed25519_secret)
        if created.tzinfo is None:
            raise ValueError("created must carry a time zone")
        self.created = created.astimezone(UTC).replace(microsecond=0)  # as the file stores it
        self.public = PublicIdentity(
            name, role, self.age_identity.recipient.public_key,
            self.signing_key.public_key().public_bytes_raw(),
        )  # fmt: skip

    @classmethod
    def generate(cls, name: str, role: Role, *, now: datetime | None = None) -> Identity:
        return cls(name, role, os.urandom(KEY_SIZE), os.urandom(KEY_SIZE), now or utc_now())

    @property
    def name(self) -> str:
        return self.public.name

    @property
    def role(self) -> Role:
        return self.public.role

    @property
    def keyid(self) -> str:
        return self.public.keyid

    def export_age_identity(self) -> str:
        """The X25519 secret as ``AGE-SECRET-KEY-1…``, for ``age -d -i``."""
        return self.age_identity.secret_string()

    def sign(self, payload_type: str, payload: bytes) -> bytes:
        """A DSSE envelope over ``payload`` signed by this person alone."""
        return sign_envelope(payload_type, payload, [self.signing_key])

    def __repr__(self) -> str:
        return f"Identity({self.public!r})"

    def to_json(self) -> dict[str, str]:
        """The plaintext of the identity file (secret!)."""
        return {
            "format": IDENTITY_FORMAT,
            "name": self.name,
            "role": self.role.value,
            "x25519": self.export_age_identity(),
            "ed25519": self.signing_key.private_bytes_raw().hex(),
            "created": format_time(self.created),
        }


def check_new_work_factor(
    work_factor: int, path: PathLike = None, *, insecure_demo: bool = False
) -> None:
    """Refuse a scrypt work factor a new identity file for a person must not use: below
    2^``MIN_SCRYPT_LOG_N`` (a stolen file would be cheap to guess) or above what a reader
    accepts. ``insecure_demo=True`` lets a lower factor through, for demo rounds (which say
    so) and tests only; it never lets a factor above the reader's limit through."""
    lowest = 1 if insecure_demo else MIN_SCRYPT_LOG_N
    if not lowest <= work_factor <= MAX_SCRYPT_LOG_N:
        raise InputError(
            "work-factor-out-of-range", path,
            factor=work_factor, minimum=MIN_SCRYPT_LOG_N, maximum=MAX_SCRYPT_LOG_N,
        )  # fmt: skip


def save_identity(
    identity: Identity, path: Path, passphrase: str | bytes, *,
    work_factor: int = DEFAULT_SCRYPT_LOG_N,
) -> None:  # fmt: skip
    """Write ``identity`` to ``path`` encrypted to ``passphrase`` (scrypt 2^work_factor),
    atomically and readable by the owner only (the temp file is created 0600).

    This low-level writer checks only the reader's maximum; whoever makes an identity for a
    person (``keys new``, ``home.first_run.create_identity``) checks the minimum first with
    ``check_new_work_factor``."""
    if not passphrase:
        raise InputError("passphrase-empty", path)
    plaintext = dumps_canonical(identity.to_json())
    atomic_write(path, encrypt_bytes(plaintext, [ScryptRecipient(passphrase, log_n=work_factor)]))


def load_identity(
    path: Path, passphrase: str | bytes, *, max_work_factor: int = MAX_SCRYPT_LOG_N
) -> Identity:
    """Read and decrypt the identity file at ``path`` (errors: see the module text)."""
    path = Path(path)
    data = read_capped(path, MAX_IDENTITY_FILE_SIZE, too_large=FormatError)
    return identity_from_bytes(data, passphrase, path, max_work_factor=max_work_factor)


def identity_from_bytes(
    data: bytes, passphrase: str | bytes, path: PathLike = None, *,
    max_work_factor: int = MAX_SCRYPT_LOG_N,
) -> Identity:  # fmt: skip
    if not data.startswith(_AGE_MAGIC):
        raise FormatError("identity-not-age", path)
    try:
        plaintext = decrypt_bytes(
            data, [ScryptIdentity(passphrase, max_log_n=max_work_factor)],
            max_size=MAX_IDENTITY_FILE_SIZE, name=path,
        )  # fmt: skip
    except (FormatError, CryptoError) as exc:
        if exc.code == "age-bad-passphrase":
            raise CryptoError("identity-bad-passphrase", path) from None
        if exc.code == "age-no-identity-matched":
            raise FormatError("identity-not-passphrase", path) from None
        if exc.code == "age-work-factor-too-high":  # refused before any scrypt work
            raise FormatError(exc.code, path, **exc.detail) from None
        raise FormatError("identity-corrupt", path, age_code=exc.code) from None
    return _identity_from_json(plaintext, path)


def _identity_from_json(plaintext: bytes, path: PathLike) -> Identity:
    try:
        value = loads_strict(plaintext, path)
    except InputError as exc:
        raise FormatError("identity-foreign", path, reason=exc.detail.get("reason")) from None
    if not isinstance(value, dict) or value.get("format") != IDENTITY_FORMAT:
        raise FormatError("identity-foreign", path, reason="no reviewdesk identity marker")

    def fail(field: str, reason: str) -> FormatError:
        return FormatError("identity-invalid", path, field=field, reason=reason)

    fields = Fields(value, fail, _IDENTITY_FIELDS)
    name = fields.text("name", max_len=MAX_NAME_LENGTH)
    role = fields.raw("role")
    if role not in {r.value for r in Role}:
        raise fail("role", "unknown role")
    secret = fields.raw("x25519")
    try:
        x25519 = decode_key(secret if isinstance(secret, str) else "", _AGE_SECRET_HRP, 32, "")
    except FormatError:
        raise fail("x25519", "not an AGE-SECRET-KEY-1 key") from None
    ed25519 = fields.hex_bytes("ed25519", KEY_SIZE)
    created = fields.time("created")
    try:
        identity = Identity(name, Role(role), x25519, ed25519, created)
    except FormatError as exc:
        raise FormatError(exc.code, path, **exc.detail) from None
    if identity.export_age_identity() != secret:  # one spelling only (no case or space games)
        raise fail("x25519", "not in canonical form")
    return identity


@dataclass(frozen=True)
class X25519Proof:
    """The MAC of a request (``enrolment_proof``), the commission key it was made for and
    the bytes it covers."""

    verifier: bytes
    mac: bytes
    transcript: bytes

    @property
    def verifier_recipient(self) -> str:
        return str(X25519Recipient(self.verifier))


@dataclass(frozen=True)
class EnrolmentRequest:
    """An enrolment whose Ed25519 signature verified: the keys, name and role a person asks
    the commission to list. ``x25519_proof`` is None for an old request without one."""

    identity: PublicIdentity
    created: datetime
    x25519_proof: X25519Proof | None = None


def make_enrolment(
    identity: Identity, *, now: datetime | None = None,
    verifier: X25519Recipient | None = None,
) -> bytes:  # fmt: skip
    """The enrolment request of ``identity``: a DSSE envelope signed by its own key. With
    the commission's X25519 key ``verifier`` it also proves the X25519 key (format /2);
    without, it is an unproven request (format /1) the commission will refuse."""
    body: dict[str, object] = {
        "format": ENROLMENT_FORMAT_UNPROVEN,
        "identity": identity.public.to_json(),
        "created": format_time(now or utc_now()),
    }
    if verifier is not None:
        proof = {"verifier": verifier.public_key.hex()}
        body |= {"format": ENROLMENT_FORMAT, "x25519_proof": proof}
        mac = make_proof_mac(identity.age_identity, verifier.public_key, dumps_canonical(body))
        proof["mac"] = mac.hex()
    return identity.sign(ENROLMENT_PAYLOAD_TYPE, dumps_canonical(body))


def read_enrolment_request(data: bytes, path: PathLike = None) -> EnrolmentRequest:
    """Parse an enrolment request and verify its Ed25519 proof of possession (the X25519
    proof needs the commission's key: ``verify_enrolment_x25519``)."""
    envelope = parse_envelope(data, path, max_size=MAX_ENROLMENT_SIZE)
    if envelope.payload_type != ENROLMENT_PAYLOAD_TYPE:  # before reading a foreign payload
        raise CryptoError(
            "payload-type-mismatch", path,
            expected=ENROLMENT_PAYLOAD_TYPE, found=envelope.payload_type,
        )  # fmt: skip

    def fail(field: str, reason: str) -> FormatError:
        return FormatError("enrolment-invalid", path, reason=f"{field}: {reason}")

    if len(envelope.signatures) != 1:
        raise fail("signatures", "must be exactly one")
    try:
        value = loads_strict(envelope.payload, path)
    except InputError as exc:
        raise fail("payload", str(exc.detail.get("reason"))) from None
    form = value.get("format") if isinstance(value, dict) else None
    if isinstance(value, dict) and form not in _ENROLMENT_FIELDS:
        raise fail("format", f"must be {ENROLMENT_FORMAT} or {ENROLMENT_FORMAT_UNPROVEN}")
    names = _ENROLMENT_FIELDS[form] if isinstance(form, str) else ()
    fields = Fields(value, fail, names)  # not an object: refused here
    created = fields.time("created")
    identity = PublicIdentity.from_json(fields.raw("identity"), path)
    if dumps_canonical(value) != envelope.payload:
        raise fail("payload", "not in canonical JSON form")
    verify_envelope(
        envelope, {identity.keyid: identity.verify_key}, expected_type=ENROLMENT_PAYLOAD_TYPE,
        path=path,
    )  # fmt: skip
    proof = None if form == ENROLMENT_FORMAT_UNPROVEN else _read_proof(value, fail)
    return EnrolmentRequest(identity, created, proof)


def _read_proof(value: dict[str, object], fail: Fail) -> X25519Proof:
    fields = Fields(value["x25519_proof"], fail, ("verifier", "mac"), "x25519_proof")
    verifier = fields.hex_bytes("verifier", KEY_SIZE)
    problem = x25519_key_problem(verifier)
    if problem is not None:
        raise fields.fail("verifier", problem)
    mac = fields.hex_bytes("mac", MAC_SIZE)
    transcript = dumps_canonical(value | {"x25519_proof": {"verifier": verifier.hex()}})
    return X25519Proof(verifier, mac, transcript)


def verify_enrolment_x25519(
    request: EnrolmentRequest, commission: Identity | X25519Identity, path: PathLike = None
) -> None:
    """The commission's check that the sender of ``request`` holds the X25519 private key
    it enrols, with the commission's own identity (whose X25519 key the proof was made for).
    Raises CryptoError: ``enrolment-x25519-unproven`` (an old request without the proof:
    refused, never accepted), ``enrolment-x25519-other-verifier`` (made for another
    commission key), ``enrolment-x25519-proof-invalid`` (the sender does not hold the key,
    or the request was altered)."""
    own = commission.age_identity if isinstance(commission, Identity) else commission
    proof = request.x25519_proof
    name = request.identity.name
    if proof is None:
        raise CryptoError("enrolment-x25519-unproven", path, name=name)
    if proof.verifier != own.recipient.public_key:
        raise CryptoError(
            "enrolment-x25519-other-verifier", path,
            verifier=proof.verifier_recipient, expected=str(own.recipient),
        )  # fmt: skip
    if not proof_mac_matches(own, request.identity.x25519, proof.transcript, proof.mac):
        raise CryptoError("enrolment-x25519-proof-invalid", path, name=name)


def read_enrolment(data: bytes, path: PathLike = None) -> PublicIdentity:
    """The public identity of a verified enrolment request."""
    return read_enrolment_request(data, path).identity
