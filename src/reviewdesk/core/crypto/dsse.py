"""DSSE envelopes (github.com/secure-systems-lab/dsse, protocol v1) signed with Ed25519.

The signed bytes are the pre-authentication encoding::

    PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body

with LEN the ASCII decimal byte length, so the payload type is signed too and a score can
never pass for a roster. On the wire an envelope is canonical JSON (sorted keys, no white
space)::

    {"payload":"<base64>","payloadType":"<type>","signatures":[{"keyid":"<hex>","sig":"<base64>"}]}

Reading is stricter than DSSE requires, so that each envelope has one byte form: exactly
these fields, standard base64 with padding and canonical trailing bits, ``keyid`` = lowercase
hex SHA-256 of the signer's raw 32-byte Ed25519 public key, 64-byte signatures, no keyid
twice, at most ``MAX_SIGNATURES`` signatures, the canonical JSON encoding, and at most
``MAX_ENVELOPE_SIZE`` bytes (checked before parsing).

Errors: ``FormatError("envelope-invalid", path, reason=...)`` for the form;
``CryptoError`` ``payload-type-mismatch`` (``expected``, ``found``), ``signature-invalid``
(``keyid``), ``signer-unknown`` (``keyid``), ``signature-threshold`` (``found``,
``needed``) for verification.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.crypto.keycheck import keyid_of
from reviewdesk.core.errors import CryptoError, FormatError, InputError

MAX_ENVELOPE_SIZE = 8 * 1024 * 1024
MAX_SIGNATURES = 16
MAX_TYPE_LENGTH = 128
SIGNATURE_SIZE = 64

_TYPE_RE = re.compile(rf"[!-~]{{1,{MAX_TYPE_LENGTH}}}")  # visible ASCII, no spaces
_KEYID_RE = re.compile(r"[0-9a-f]{64}")
_B64_RE = re.compile(r"[A-Za-z0-9+/]*={0,2}")

PathLike = Path | str | None
_Invalid = Callable[[str], FormatError]


@dataclass(frozen=True)
class Signature:
    keyid: str
    sig: bytes


@dataclass(frozen=True)
class Envelope:
    payload_type: str
    payload: bytes
    signatures: tuple[Signature, ...]

    def keyids(self) -> list[str]:
        return [s.keyid for s in self.signatures]


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding: the exact bytes each signature covers."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(payload), payload)


def encode_envelope(envelope: Envelope) -> bytes:
    """The canonical JSON bytes of ``envelope``."""
    return dumps_canonical(
        {
            "payload": _b64encode(envelope.payload),
            "payloadType": envelope.payload_type,
            "signatures": [
                {"keyid": s.keyid, "sig": _b64encode(s.sig)} for s in envelope.signatures
            ],
        }
    )


def sign_envelope(payload_type: str, payload: bytes, signers: Sequence[Ed25519PrivateKey]) -> bytes:
    """Sign ``payload`` as ``payload_type`` by each of ``signers`` (in that order)."""
    if not _TYPE_RE.fullmatch(payload_type):
        raise ValueError(f"payload type {payload_type!r} is not visible ASCII of 1 to 128")
    if not 1 <= len(signers) <= MAX_SIGNATURES:
        raise ValueError(f"need 1 to {MAX_SIGNATURES} signers")
    message = pae(payload_type, payload)
    signatures: list[Signature] = []
    for key in signers:
        keyid = keyid_of(key.public_key())
        if any(s.keyid == keyid for s in signatures):
            raise ValueError("the same key signs twice")
        signatures.append(Signature(keyid, key.sign(message)))
    data = encode_envelope(Envelope(payload_type, payload, tuple(signatures)))
    if len(data) > MAX_ENVELOPE_SIZE:
        raise ValueError("payload too large for an envelope")
    return data


def parse_envelope(
    data: bytes, path: PathLike = None, *, max_size: int = MAX_ENVELOPE_SIZE
) -> Envelope:
    """Read an envelope strictly (see the module text). Verifies nothing."""

    def invalid(reason: str) -> FormatError:
        return FormatError("envelope-invalid", path, reason=reason)

    if len(data) > max_size:
        raise invalid(f"larger than {max_size} bytes")
    try:
        value = loads_strict(data, path)
    except InputError as exc:
        raise invalid(str(exc.detail.get("reason", "not JSON"))) from None
    if not isinstance(value, dict) or value.keys() != {"payload", "payloadType", "signatures"}:
        raise invalid("fields must be exactly payload, payloadType, signatures")
    payload_type = value["payloadType"]
    if not isinstance(payload_type, str) or not _TYPE_RE.fullmatch(payload_type):
        raise invalid("payloadType is not visible ASCII of 1 to 128 characters")
    payload = _b64decode(value["payload"], invalid, "payload")
    raw_signatures = value["signatures"]
    if not isinstance(raw_signatures, list):
        raise invalid("signatures is not a list")
    if len(raw_signatures) > MAX_SIGNATURES:
        raise invalid(f"more than {MAX_SIGNATURES} signatures")
    signatures: list[Signature] = []
    for item in raw_signatures:
        signatures.append(_read_signature(item, invalid))
    if len({s.keyid for s in signatures}) != len(signatures):
        raise invalid("a keyid appears twice")
    envelope = Envelope(payload_type, payload, tuple(signatures))
    if encode_envelope(envelope) != data:
        raise invalid("not in canonical JSON form")
    return envelope


def verify_envelope(
    envelope: Envelope,
    trusted: Mapping[str, Ed25519PublicKey],
    *,
    expected_type: str,
    path: PathLike = None,
    threshold: int = 1,
) -> list[str]:
    """Check ``envelope`` against ``trusted`` (keyid → key); return the keyids that verified.

    Signatures by keys not in ``trusted`` are ignored (a roster during a root change carries
    both sets); a signature by a trusted key that does not verify fails the whole envelope,
    even when others would reach the threshold — it means the file was altered.
    """
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    for keyid, trusted_key in trusted.items():
        if keyid_of(trusted_key) != keyid:
            raise ValueError(f"trusted key listed under the wrong keyid {keyid}")
    if envelope.payload_type != expected_type:
        raise CryptoError(
            "payload-type-mismatch", path, expected=expected_type, found=envelope.payload_type
        )
    message = pae(envelope.payload_type, envelope.payload)
    verified: list[str] = []
    unknown: list[str] = []
    for signature in envelope.signatures:
        key = trusted.get(signature.keyid)
        if key is None:
            unknown.append(signature.keyid)
            continue
        try:
            key.verify(signature.sig, message)
        except InvalidSignature:
            raise CryptoError("signature-invalid", path, keyid=signature.keyid) from None
        verified.append(signature.keyid)
    if len(verified) >= threshold:
        return verified
    if not verified and unknown:
        raise CryptoError("signer-unknown", path, keyid=unknown[0])
    raise CryptoError("signature-threshold", path, found=len(verified), needed=threshold)


def _read_signature(item: Any, invalid: _Invalid) -> Signature:
    if not isinstance(item, dict) or item.keys() != {"keyid", "sig"}:
        raise invalid("a signature must have exactly the fields keyid and sig")
    keyid = item["keyid"]
    if not isinstance(keyid, str) or not _KEYID_RE.fullmatch(keyid):
        raise invalid("keyid is not 64 lowercase hex digits")
    sig = _b64decode(item["sig"], invalid, "sig")
    if len(sig) != SIGNATURE_SIZE:
        raise invalid(f"sig is not {SIGNATURE_SIZE} bytes")
    return Signature(keyid, sig)


def _b64encode(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def _b64decode(value: Any, invalid: _Invalid, field: str) -> bytes:
    """Standard alphabet with padding; refuses other characters and non-canonical bits."""
    if not isinstance(value, str) or len(value) % 4 or not _B64_RE.fullmatch(value):
        raise invalid(f"{field} is not padded standard base64")
    try:
        decoded = binascii.a2b_base64(value, strict_mode=True)
    except binascii.Error:
        raise invalid(f"{field} is not padded standard base64") from None
    if _b64encode(decoded) != value:
        raise invalid(f"{field} is not canonical base64")
    return decoded
