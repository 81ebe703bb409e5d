"""A roster signed one root key at a time: the *partially signed roster*.

A draft is an ordinary roster envelope (FORMAT.md §4, §11) that does not yet carry enough
root signatures: first none, then one more each time a root holder plugs in their medium and
signs. Every signature is over the same payload, so the envelope that reaches the threshold
is exactly the roster a verifier reads — nothing is converted at the end. What a complete
roster needs: ``threshold`` signatures of its own roots and, when its roots differ from the
previous roster's, ``threshold`` of the previous roots as well (a root change needs both
sets, FORMAT.md §11). A signature by any other key, or one that does not verify, makes the
draft unusable (``roster-draft-foreign-signature``, ``signature-invalid``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewdesk.core.crypto.dsse import Envelope, Signature, encode_envelope, pae, parse_envelope
from reviewdesk.core.crypto.dsse import verify_envelope as _verify
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.public_identity import PublicIdentity
from reviewdesk.core.crypto.roster import (
    ROSTER_PAYLOAD_TYPE,
    Roster,
    parse_roster_payload,
    read_roster,
)
from reviewdesk.core.errors import CryptoError, InputError

PathLike = Path | str | None


@dataclass(frozen=True)
class SigningStatus:
    """Who signed a draft and what it still needs."""

    roster: Roster
    signed: tuple[str, ...]  # names of the roots that signed, in signing order
    own_needed: int  # more signatures of the roster's own roots
    previous_needed: int  # more signatures of the previous roots (root change), else 0
    missing: tuple[PublicIdentity, ...]  # roots that could still sign

    @property
    def complete(self) -> bool:
        return self.own_needed == 0 and self.previous_needed == 0


def start_draft(roster: Roster) -> bytes:
    """The draft of ``roster`` with no signature yet."""
    return encode_envelope(Envelope(ROSTER_PAYLOAD_TYPE, roster.payload, ()))


def read_draft(data: bytes, previous: Roster | None, path: PathLike = None) -> SigningStatus:
    """Parse a (partially) signed roster and verify every signature it carries."""
    envelope = parse_envelope(data, path)
    if envelope.payload_type != ROSTER_PAYLOAD_TYPE:
        raise CryptoError(
            "payload-type-mismatch",
            path,
            expected=ROSTER_PAYLOAD_TYPE,
            found=envelope.payload_type,
        )
    roster = parse_roster_payload(envelope.payload, path)
    return _status(envelope, roster, previous, path)


def add_signature(
    data: bytes, identity: Identity, previous: Roster | None, path: PathLike = None
) -> tuple[bytes, SigningStatus]:
    """``data`` with one more signature, by ``identity`` (a root of the draft, or of the
    previous roster during a root change). Signing twice is refused
    (``roster-already-signed``), as is a key that is no root (``not-a-root-key``)."""
    status = read_draft(data, previous, path)
    roots = _signers(status.roster, previous)
    if identity.keyid not in roots:
        raise InputError("not-a-root-key", path, name=identity.name)
    envelope = parse_envelope(data, path)
    if identity.keyid in envelope.keyids():
        raise InputError("roster-already-signed", path, name=identity.name)
    sig = identity.signing_key.sign(pae(ROSTER_PAYLOAD_TYPE, envelope.payload))
    signed = Envelope(
        envelope.payload_type,
        envelope.payload,
        (*envelope.signatures, Signature(identity.keyid, sig)),
    )
    out = encode_envelope(signed)
    new_status = _status(signed, status.roster, previous, path)
    if new_status.complete:
        read_roster(out, path)  # the finished roster verifies as any reader will check it
    return out, new_status


def _signers(roster: Roster, previous: Roster | None) -> dict[str, PublicIdentity]:
    keys = {r.keyid: r for r in roster.roots}
    if previous is not None:
        keys |= {r.keyid: r for r in previous.roots}
    return keys


def _status(
    envelope: Envelope, roster: Roster, previous: Roster | None, path: PathLike
) -> SigningStatus:
    roots = _signers(roster, previous)
    for signature in envelope.signatures:
        if signature.keyid not in roots:
            raise CryptoError("roster-draft-foreign-signature", path, keyid=signature.keyid)
    if envelope.signatures:  # each one must verify (a bad one means the file was altered)
        keys = {k: roots[k].verify_key for k in envelope.keyids()}
        _verify(envelope, keys, expected_type=ROSTER_PAYLOAD_TYPE, path=path, threshold=len(keys))
    signed = set(envelope.keyids())
    own = {r.keyid for r in roster.roots}
    own_needed = max(0, roster.threshold - len(signed & own))
    previous_needed = 0
    if previous is not None and not roster.same_roots(previous.roots, previous.threshold):
        old = {r.keyid for r in previous.roots}
        previous_needed = max(0, previous.threshold - len(signed & old))
    names = tuple(roots[k].name for k in envelope.keyids())
    missing = tuple(r for k, r in roots.items() if k not in signed)
    return SigningStatus(roster, names, own_needed, previous_needed, missing)
