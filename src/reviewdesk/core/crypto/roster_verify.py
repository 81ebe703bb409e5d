"""Signing and verifying rosters against what this installation already trusts.

``TrustState`` is the verifier's memory: the pinned root keys with their threshold (pinned
at set-up, after the user compared a fingerprint) and the highest roster version seen with
the SHA-256 of its payload. It changes only through ``accept_roster`` after
``verify_roster`` succeeded, so a refused roster leaves it as it was.

Verification order (``verify_roster``):

1. the envelope's form (``envelope-invalid``) and payload type (``payload-type-mismatch``);
2. signatures by at least ``threshold`` of the *pinned* roots (``signer-unknown``,
   ``signature-invalid``, ``signature-threshold``; detail ``roots="pinned"``) — before the
   payload is even parsed;
3. the payload (``roster-invalid``, ``roster-key-invalid``, ``roster-key-duplicate``,
   ``roster-role-mismatch``);
4. freshness: a version below the highest seen is ``roster-older``; the same version with a
   different payload is ``roster-equivocation``; ``now`` at or past ``expires_at`` is
   ``roster-expired``;
5. the roster's own roots must sign it with its own threshold too (detail ``roots="new"``)
   — for a root change that means the old and the new root sets both signed.

Trust file (JSON, written atomically): ``{"format": "reviewdesk-trust/1", "roots":
[<PublicIdentity>, …], "threshold": k, "highest_version": n, "roster_sha256": hex or
null}``. Errors: ``trust-invalid`` (``field``, ``reason``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.crypto.dsse import (
    Envelope,
    parse_envelope,
    sign_envelope,
    verify_envelope,
)
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.jsonfields import MAX_INT, Fields, format_time
from reviewdesk.core.crypto.public_identity import PublicIdentity
from reviewdesk.core.crypto.roster_model import (
    MAX_ROOT_KEYS,
    ROSTER_PAYLOAD_TYPE,
    Roster,
    parse_roster_payload,
)
from reviewdesk.core.errors import CryptoError, FormatError, InputError
from reviewdesk.core.fsutil import atomic_write, read_capped

TRUST_FORMAT = "reviewdesk-trust/1"
MAX_TRUST_FILE_SIZE = 1024 * 1024

PathLike = Path | str | None


@dataclass(frozen=True)
class TrustState:
    roots: tuple[PublicIdentity, ...]
    threshold: int
    highest_version: int = 0
    roster_sha256: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= len(self.roots) <= MAX_ROOT_KEYS:
            raise ValueError(f"pin 1 to {MAX_ROOT_KEYS} root keys")
        if not 1 <= self.threshold <= len(self.roots):
            raise ValueError("threshold must be from 1 to the number of root keys")
        if len({r.keyid for r in self.roots}) != len(self.roots):
            raise ValueError("a root key is pinned twice")

    @classmethod
    def pin(cls, roots: Sequence[PublicIdentity], threshold: int) -> TrustState:
        """The state at set-up: these roots, once their fingerprints were confirmed."""
        return cls(tuple(roots), threshold)

    def root_keys(self) -> dict[str, Ed25519PublicKey]:
        return {r.keyid: r.verify_key for r in self.roots}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": TRUST_FORMAT,
            "roots": [r.to_json() for r in self.roots],
            "threshold": self.threshold,
            "highest_version": self.highest_version,
            "roster_sha256": self.roster_sha256,
        }


def sign_roster(roster: Roster, root_signers: Sequence[Ed25519PrivateKey | Identity]) -> bytes:
    """The roster's DSSE envelope, signed by each of ``root_signers`` (for a root change:
    enough of the old and of the new roots)."""
    keys = [s.signing_key if isinstance(s, Identity) else s for s in root_signers]
    return sign_envelope(ROSTER_PAYLOAD_TYPE, roster.payload, keys)


def read_roster(data: bytes, path: PathLike = None) -> Roster:
    """Parse a roster and check it is signed by its own roots — without any trust. For the
    set-up screen, which shows the roots' fingerprints before anything is pinned."""
    envelope = _envelope(data, path)
    roster = parse_roster_payload(envelope.payload, path)
    _verify_roots(envelope, roster.root_keys(), roster.threshold, path, "own")
    return roster


def verify_roster(data: bytes, path: PathLike, trust: TrustState, *, now: datetime) -> Roster:
    """Verify ``data`` against ``trust`` (see the module text); ``trust`` is not changed."""
    if now.tzinfo is None:
        raise ValueError("now must carry a time zone")
    envelope = _envelope(data, path)
    _verify_roots(envelope, trust.root_keys(), trust.threshold, path, "pinned")
    roster = parse_roster_payload(envelope.payload, path)
    _check_fresh(roster, trust, path)
    if now >= roster.expires_at:
        raise CryptoError("roster-expired", path, expires_at=format_time(roster.expires_at))
    if not roster.same_roots(trust.roots, trust.threshold):
        _verify_roots(envelope, roster.root_keys(), roster.threshold, path, "new")
    return roster


def accept_roster(trust: TrustState, roster: Roster) -> TrustState:
    """The trust state after ``roster`` (which ``verify_roster`` returned) was accepted:
    its version is the highest seen and its roots are pinned."""
    _check_fresh(roster, trust, None)
    return TrustState(roster.roots, roster.threshold, roster.version, roster.digest)


def import_roster(data: bytes, path: PathLike, trust_file: Path, *, now: datetime) -> Roster:
    """Verify a roster against the trust file and remember it there. The trust file is
    rewritten (atomically) only when the roster was accepted and changed something."""
    trust = load_trust(trust_file)
    roster = verify_roster(data, path, trust, now=now)
    new_trust = accept_roster(trust, roster)
    if new_trust != trust:
        save_trust(new_trust, trust_file)
    return roster


def save_trust(trust: TrustState, path: Path) -> None:
    atomic_write(path, dumps_canonical(trust.to_json()))


def load_trust(path: Path) -> TrustState:
    path = Path(path)
    data = read_capped(path, MAX_TRUST_FILE_SIZE, too_large=FormatError)
    return trust_from_bytes(data, path)


def trust_from_bytes(data: bytes, path: PathLike = None) -> TrustState:
    def fail(field: str, reason: str) -> FormatError:
        return FormatError("trust-invalid", path, field=field, reason=reason)

    try:
        value = loads_strict(data, path)
    except InputError as exc:
        raise fail("$", str(exc.detail.get("reason"))) from None
    fields = Fields(
        value, fail, ("format", "roots", "threshold", "highest_version", "roster_sha256")
    )
    fields.literal("format", TRUST_FORMAT)
    items = fields.array("roots", max_items=MAX_ROOT_KEYS)
    try:
        roots = tuple(PublicIdentity.from_json(item, path) for item in items)
    except FormatError as exc:
        raise fail("roots", str(exc.detail.get("reason", exc.code))) from None
    threshold = fields.integer("threshold", low=1, high=MAX_ROOT_KEYS)
    highest = fields.integer("highest_version", low=0, high=MAX_INT)
    digest = fields.raw("roster_sha256")
    if digest is not None:
        digest = fields.text("roster_sha256", max_len=64)
        if len(digest) != 64 or digest.strip("0123456789abcdef"):
            raise fail("roster_sha256", "not a lowercase hex SHA-256")
    if (digest is None) != (highest == 0):
        raise fail("roster_sha256", "must be given exactly when a roster was seen")
    try:
        return TrustState(roots, threshold, highest, digest)
    except ValueError as exc:
        raise fail("roots", str(exc)) from None


def _envelope(data: bytes, path: PathLike) -> Envelope:
    envelope = parse_envelope(data, path)
    if envelope.payload_type != ROSTER_PAYLOAD_TYPE:  # a score presented as a roster
        raise CryptoError(
            "payload-type-mismatch", path, expected=ROSTER_PAYLOAD_TYPE,
            found=envelope.payload_type,
        )  # fmt: skip
    return envelope


def _verify_roots(
    envelope: Envelope, keys: dict[str, Ed25519PublicKey], threshold: int, path: PathLike,
    which: str,
) -> None:  # fmt: skip
    try:
        verify_envelope(
            envelope, keys, expected_type=ROSTER_PAYLOAD_TYPE, path=path, threshold=threshold
        )
    except CryptoError as exc:
        if exc.code == "signer-unknown" and which == "new":
            # The old roots' signatures are "unknown" to the new set: say what is missing.
            raise CryptoError(
                "signature-threshold", path, found=0, needed=threshold, roots=which
            ) from None
        raise CryptoError(exc.code, path, **exc.detail, roots=which) from None


def _check_fresh(roster: Roster, trust: TrustState, path: PathLike) -> None:
    if roster.version < trust.highest_version:
        raise CryptoError(
            "roster-older", path, version=roster.version, highest=trust.highest_version
        )
    if roster.version == trust.highest_version and roster.digest != trust.roster_sha256:
        raise CryptoError("roster-equivocation", path, version=roster.version)
