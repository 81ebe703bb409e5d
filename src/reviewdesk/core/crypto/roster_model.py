"""The commission's roster: who holds which key, in which role and panel (DESIGN §3).

Payload (canonical JSON, payload type ``ROSTER_PAYLOAD_TYPE``), exactly these fields::

    {"format": "reviewdesk-roster/1",
     "version": 7,                          # 1 … 2^53-1, grows with every new roster
     "label": "2025 evaluation round",      # the issuer's or round's name
     "issued_at": "2025-03-01T00:00:00Z", "expires_at": "2025-12-31T00:00:00Z",
     "roots": {"threshold": 2, "keys": [<PublicIdentity>, …]},     # 1 … 8 keys, role commission
     "operational": [<PublicIdentity>, …],  # commission staff who sign packages
     "audit": [<PublicIdentity>, …],        # receive result bundles (role audit or commission)
     "chairs": [{"identity": <PublicIdentity>, "panels": ["P1", …]}, …],
     "experts": [{"identity": <PublicIdentity>, "panels": ["P1", …]}, …],
     "revocations": [{"keyid": "<hex>", "reason": "…", "revoked_at": "…"}, …]}

``<PublicIdentity>`` is ``{"name", "role", "x25519", "ed25519"}`` (``public_identity``).
A key appears once in the roster (neither its Ed25519 nor its X25519 half may be listed
twice): ``roster-key-duplicate`` — with one exception: a person (a key of role ``expert`` or
``chair``) may be listed once under ``chairs`` and once under ``experts`` with the same
identity, an expert of some panels and the chair of others (DESIGN §1.1), but never both for
one panel (``roster-chair-and-expert``). Root, operational and audit keys stay apart from
people's keys. A key's role must fit the section (``roster-role-mismatch``: commission keys
for roots and operational keys, audit or commission keys for audit, a person's key for chairs
and experts). A revoked key stays listed so that old files can still name their signer, but
signs nothing and receives nothing; a root cannot be revoked while listed as root.

Lookups ask what a key may do, never "the key's role": ``Member.holds(role)``,
``Member.serves(roles, panel)`` ("is this key an expert of panel X"), ``Member.panels_as``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.crypto.dsse import Envelope, verify_envelope
from reviewdesk.core.crypto.jsonfields import Fail, Fields, format_time
from reviewdesk.core.crypto.public_identity import PublicIdentity
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, FormatError, InputError

ROSTER_FORMAT = "reviewdesk-roster/1"
ROSTER_PAYLOAD_TYPE = "application/vnd.reviewdesk.roster+json"
MAX_ROOT_KEYS = 8  # old and new roots together stay within the envelope's 16 signatures
MAX_SECTION_SIZE = 5000
MAX_PANELS = 64
MAX_REVOCATIONS = 10000
MAX_LABEL_LENGTH = 200
MAX_REASON_LENGTH = 500
PANEL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
KEYID_RE = re.compile(r"[0-9a-f]{64}")

PathLike = Path | str | None


class RosterRole(StrEnum):
    """The section of the roster a key is listed in."""

    ROOT = "root"
    OPERATIONAL = "operational"
    AUDIT = "audit"
    CHAIR = "chair"
    EXPERT = "expert"


# Which key roles (chosen when a key is made) each section accepts.
SECTION_ROLES: Mapping[RosterRole, frozenset[Role]] = {
    RosterRole.ROOT: frozenset({Role.COMMISSION}),
    RosterRole.OPERATIONAL: frozenset({Role.COMMISSION}),
    RosterRole.AUDIT: frozenset({Role.AUDIT, Role.COMMISSION}),
    RosterRole.CHAIR: frozenset({Role.CHAIR, Role.EXPERT}),
    RosterRole.EXPERT: frozenset({Role.EXPERT, Role.CHAIR}),
}
PEOPLE = frozenset({RosterRole.CHAIR, RosterRole.EXPERT})  # sections one key may share
PERSON_KEY_ROLES = frozenset({Role.CHAIR, Role.EXPERT})  # a person's key, not the commission's


@dataclass(frozen=True)
class Panelist:
    """A chair or expert with the panels they serve on."""

    identity: PublicIdentity
    panels: tuple[str, ...]


@dataclass(frozen=True)
class Revocation:
    keyid: str
    reason: str
    revoked_at: datetime


@dataclass(frozen=True)
class Seat:
    """One listing of a key: its section and, for chairs and experts, the panels."""

    role: RosterRole
    panels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Member:
    """What the roster says about one key: every section it is listed in (a person may be
    an expert of some panels and the chair of others)."""

    identity: PublicIdentity
    seats: tuple[Seat, ...]
    revocation: Revocation | None = None

    @property
    def keyid(self) -> str:
        return self.identity.keyid

    @property
    def name(self) -> str:
        return self.identity.name

    @property
    def revoked(self) -> bool:
        return self.revocation is not None

    @property
    def roles(self) -> tuple[RosterRole, ...]:
        return tuple(seat.role for seat in self.seats)

    @property
    def roles_text(self) -> str:
        """The sections for people to read: ``chair`` or ``chair, expert``."""
        return ", ".join(seat.role.value for seat in self.seats)

    def holds(self, role: RosterRole) -> bool:
        """Whether the key is listed as ``role`` (revoked or not)."""
        return role in self.roles

    def panels_as(self, role: RosterRole) -> tuple[str, ...]:
        """The panels the key serves as ``role`` (none when it is not listed so)."""
        return next((seat.panels for seat in self.seats if seat.role is role), ())

    def serves(self, roles: RosterRole | Collection[RosterRole], panel: str | None) -> bool:
        """Whether the key is listed as one of ``roles`` *for* ``panel`` — the expert of
        panel X, the chair of panel X (revoked or not: check ``revoked``). No panel (a
        roster file's manifest): False."""
        if panel is None:
            return False
        wanted = {roles} if isinstance(roles, RosterRole) else set(roles)
        return any(seat.role in wanted and panel in seat.panels for seat in self.seats)


@dataclass(frozen=True)
class Roster:
    """A roster; consistency (see the module text) is checked on construction and raises
    ``FormatError`` ``roster-invalid`` (``field``, ``reason``), ``roster-key-duplicate``
    (``name``, ``other``) or ``roster-role-mismatch`` (``name``, ``section``)."""

    version: int
    label: str
    issued_at: datetime
    expires_at: datetime
    threshold: int
    roots: tuple[PublicIdentity, ...]
    operational: tuple[PublicIdentity, ...] = ()
    audit: tuple[PublicIdentity, ...] = ()
    chairs: tuple[Panelist, ...] = ()
    experts: tuple[Panelist, ...] = ()
    revocations: tuple[Revocation, ...] = ()
    _index: dict[str, Member] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_roster(self)
        object.__setattr__(self, "_index", _build_index(self))

    # -- lookups -----------------------------------------------------------------------

    def member(self, keyid: str) -> Member | None:
        """The member holding ``keyid`` (revoked ones included: check ``revoked``)."""
        return self._index.get(keyid)

    def members(self, role: RosterRole | None = None) -> list[Member]:
        """Every member, or those listed as ``role`` (a person in two sections is one
        member, listed once)."""
        return [m for m in self._index.values() if role is None or m.holds(role)]

    def panel_members(self, panel: str, role: RosterRole) -> list[Member]:
        """The unrevoked chairs or experts of ``panel``."""
        return [m for m in self._index.values() if m.serves(role, panel) and not m.revoked]

    def revocation(self, keyid: str) -> Revocation | None:
        return next((r for r in self.revocations if r.keyid == keyid), None)

    def is_revoked(self, keyid: str) -> bool:
        return self.revocation(keyid) is not None

    def commission_recipients(self) -> list[X25519Recipient]:
        """Who a result bundle is encrypted to: unrevoked operational and audit keys."""
        return [
            m.identity.recipient
            for m in self._index.values()
            if (m.holds(RosterRole.OPERATIONAL) or m.holds(RosterRole.AUDIT)) and not m.revoked
        ]

    def root_keys(self) -> dict[str, Ed25519PublicKey]:
        return {r.keyid: r.verify_key for r in self.roots}

    def require_signer(
        self, keyid: str, roles: Collection[RosterRole], *, path: PathLike = None,
        panel: str | None = None, at: datetime | None = None,
    ) -> Member:  # fmt: skip
        """The member for ``keyid`` if it may sign as one of ``roles`` (for ``panel``);
        else CryptoError ``signer-unknown``, ``key-revoked``, ``signer-wrong-role`` or
        ``signer-not-on-panel``.

        ``at``: when the signed object is proven to have existed (a chair's signed import
        receipt). A revocation takes effect at its ``revoked_at``: an object received
        before it still verifies. Without ``at`` every revocation counts."""
        member = self.member(keyid)
        if member is None:
            raise CryptoError("signer-unknown", path, keyid=keyid)
        if member.revocation is not None and (at is None or at >= member.revocation.revoked_at):
            raise CryptoError(
                "key-revoked", path, keyid=keyid, name=member.name,
                reason=member.revocation.reason,
            )  # fmt: skip
        if not any(member.holds(role) for role in roles):
            raise CryptoError(
                "signer-wrong-role", path, keyid=keyid, name=member.name, role=member.roles_text,
                expected=",".join(sorted(r.value for r in roles)),
            )  # fmt: skip
        if panel is not None and not member.serves(roles, panel):
            raise CryptoError(
                "signer-not-on-panel", path, keyid=keyid, name=member.name, panel=panel
            )
        return member

    def verify_signed(
        self, envelope: Envelope, *, roles: Collection[RosterRole], expected_type: str,
        path: PathLike = None, panel: str | None = None,
    ) -> Member:  # fmt: skip
        """Verify an object signed by one roster member in ``roles``; return the signer.

        Every signature by a listed key must pass ``require_signer`` — a revoked or
        misplaced co-signer fails the file rather than being ignored.
        """
        if envelope.payload_type != expected_type:
            raise CryptoError(
                "payload-type-mismatch", path, expected=expected_type,
                found=envelope.payload_type,
            )  # fmt: skip
        listed = [s.keyid for s in envelope.signatures if s.keyid in self._index]
        if not listed:
            first = envelope.signatures[0].keyid if envelope.signatures else None
            if first is None:
                raise CryptoError("signature-threshold", path, found=0, needed=1)
            raise CryptoError("signer-unknown", path, keyid=first)
        signers = [self.require_signer(k, roles, path=path, panel=panel) for k in listed]
        keys = {m.keyid: m.identity.verify_key for m in signers}
        verify_envelope(envelope, keys, expected_type=expected_type, path=path)
        return signers[0]

    # -- encoding ----------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        def panelists(items: Iterable[Panelist]) -> list[dict[str, Any]]:
            return [{"identity": p.identity.to_json(), "panels": list(p.panels)} for p in items]

        return {
            "format": ROSTER_FORMAT,
            "version": self.version,
            "label": self.label,
            "issued_at": format_time(self.issued_at),
            "expires_at": format_time(self.expires_at),
            "roots": {"threshold": self.threshold, "keys": [r.to_json() for r in self.roots]},
            "operational": [i.to_json() for i in self.operational],
            "audit": [i.to_json() for i in self.audit],
            "chairs": panelists(self.chairs),
            "experts": panelists(self.experts),
            "revocations": [
                {"keyid": r.keyid, "reason": r.reason, "revoked_at": format_time(r.revoked_at)}
                for r in self.revocations
            ],
        }

    @cached_property
    def payload(self) -> bytes:
        """The canonical bytes that are signed."""
        return dumps_canonical(self.to_json())

    @property
    def digest(self) -> str:
        """SHA-256 (hex) of ``payload``: two rosters of one version must agree on it."""
        return hashlib.sha256(self.payload).hexdigest()

    def same_roots(self, roots: Iterable[PublicIdentity], threshold: int) -> bool:
        mine = {(r.ed25519, r.x25519) for r in self.roots}
        return threshold == self.threshold and mine == {(r.ed25519, r.x25519) for r in roots}


def _sections(roster: Roster) -> Iterable[tuple[RosterRole, PublicIdentity, tuple[str, ...]]]:
    for identity in roster.roots:
        yield RosterRole.ROOT, identity, ()
    for identity in roster.operational:
        yield RosterRole.OPERATIONAL, identity, ()
    for identity in roster.audit:
        yield RosterRole.AUDIT, identity, ()
    for panelist in roster.chairs:
        yield RosterRole.CHAIR, panelist.identity, panelist.panels
    for panelist in roster.experts:
        yield RosterRole.EXPERT, panelist.identity, panelist.panels


def _build_index(roster: Roster) -> dict[str, Member]:
    revoked = {r.keyid: r for r in roster.revocations}
    seats: dict[str, list[Seat]] = {}
    identities: dict[str, PublicIdentity] = {}
    for role, identity, panels in _sections(roster):
        identities.setdefault(identity.keyid, identity)
        seats.setdefault(identity.keyid, []).append(Seat(role, panels))
    return {
        keyid: Member(identities[keyid], tuple(listed), revoked.get(keyid))
        for keyid, listed in seats.items()
    }


def _invalid(field: str, reason: str) -> FormatError:
    return FormatError("roster-invalid", field=field, reason=reason)


def _check_roster(roster: Roster) -> None:
    if not 1 <= roster.version <= 2**53 - 1:
        raise _invalid("version", "must be from 1 to 2^53-1")
    if not roster.label or len(roster.label) > MAX_LABEL_LENGTH or not roster.label.isprintable():
        raise _invalid("label", f"must be 1 to {MAX_LABEL_LENGTH} printable characters")
    for name in ("issued_at", "expires_at"):
        if getattr(roster, name).tzinfo is None:
            raise _invalid(name, "has no time zone")
    if roster.expires_at <= roster.issued_at:
        raise _invalid("expires_at", "not after issued_at")
    if not 1 <= len(roster.roots) <= MAX_ROOT_KEYS:
        raise _invalid("roots.keys", f"must list 1 to {MAX_ROOT_KEYS} keys")
    if not 1 <= roster.threshold <= len(roster.roots):
        raise _invalid("roots.threshold", "must be from 1 to the number of root keys")
    for name in ("operational", "audit", "chairs", "experts"):
        if len(getattr(roster, name)) > MAX_SECTION_SIZE:
            raise _invalid(name, f"more than {MAX_SECTION_SIZE} entries")
    seen_ed: dict[bytes, tuple[RosterRole, PublicIdentity, tuple[str, ...]]] = {}
    seen_x: dict[bytes, tuple[RosterRole, PublicIdentity, tuple[str, ...]]] = {}
    for role, identity, panels in _sections(roster):
        if identity.role not in SECTION_ROLES[role]:
            raise FormatError(
                "roster-role-mismatch", name=identity.name, role=identity.role.value,
                section=role.value,
            )  # fmt: skip
        if role in PEOPLE:
            _check_panels(identity.name, panels)
        for seen, key in ((seen_ed, identity.ed25519), (seen_x, identity.x25519)):
            if key in seen:
                _check_shared(seen[key], (role, identity, panels))
            seen[key] = (role, identity, panels)
    if len(roster.revocations) > MAX_REVOCATIONS:
        raise _invalid("revocations", f"more than {MAX_REVOCATIONS} entries")
    revoked: set[str] = set()
    for revocation in roster.revocations:
        if not KEYID_RE.fullmatch(revocation.keyid) or revocation.keyid in revoked:
            raise _invalid("revocations", f"keyid {revocation.keyid[:64]!r} malformed or twice")
        revoked.add(revocation.keyid)
    if any(root.keyid in revoked for root in roster.roots):
        raise _invalid("revocations", "a listed root key is revoked")


def _check_shared(
    first: tuple[RosterRole, PublicIdentity, tuple[str, ...]],
    second: tuple[RosterRole, PublicIdentity, tuple[str, ...]],
) -> None:
    """A key met twice: allowed only for one person listed once as chair and once as
    expert, with the very same identity, on different panels."""
    (role1, identity1, panels1), (role2, identity2, panels2) = first, second
    if {role1, role2} != PEOPLE or identity1 != identity2:
        raise FormatError("roster-key-duplicate", name=identity2.name, other=identity1.name)
    both = sorted(set(panels1) & set(panels2))
    if both:
        raise FormatError("roster-chair-and-expert", name=identity2.name, panel=both[0])


def _check_panels(name: str, panels: tuple[str, ...]) -> None:
    if not 1 <= len(panels) <= MAX_PANELS:
        raise _invalid("panels", f"{name}: must list 1 to {MAX_PANELS} panels")
    if len(set(panels)) != len(panels):
        raise _invalid("panels", f"{name}: a panel is listed twice")
    for panel in panels:
        if not isinstance(panel, str) or not PANEL_RE.fullmatch(panel):
            raise _invalid("panels", f"{name}: {str(panel)[:64]!r} is not a panel id")


_ROSTER_FIELDS = (
    "format", "version", "label", "issued_at", "expires_at", "roots", "operational", "audit",
    "chairs", "experts", "revocations",
)  # fmt: skip


def parse_roster_payload(payload: bytes, path: PathLike = None) -> Roster:
    """Read the signed payload of a roster strictly. Verifies no signature."""

    def fail(field: str, reason: str) -> FormatError:
        return FormatError("roster-invalid", path, field=field, reason=reason)

    try:
        value = loads_strict(payload, path)
    except InputError as exc:
        raise fail("$", str(exc.detail.get("reason"))) from None
    top = Fields(value, fail, _ROSTER_FIELDS)
    top.literal("format", ROSTER_FORMAT)
    roots = Fields(top.raw("roots"), fail, ("threshold", "keys"), "roots")
    try:
        roster = Roster(
            version=top.integer("version", low=1),
            label=top.text("label", max_len=MAX_LABEL_LENGTH),
            issued_at=top.time("issued_at"),
            expires_at=top.time("expires_at"),
            threshold=roots.integer("threshold", low=1, high=MAX_ROOT_KEYS),
            roots=_identities(roots, "keys", MAX_ROOT_KEYS, path),
            operational=_identities(top, "operational", MAX_SECTION_SIZE, path),
            audit=_identities(top, "audit", MAX_SECTION_SIZE, path),
            chairs=_panelists(top, "chairs", fail, path),
            experts=_panelists(top, "experts", fail, path),
            revocations=_revocations(top, fail),
        )
    except FormatError as exc:
        if exc.path is not None:
            raise
        raise FormatError(exc.code, path, **exc.detail) from None
    if roster.payload != payload:
        raise fail("$", "not in canonical JSON form")
    return roster


def _identity(value: Any, where: str, path: PathLike) -> PublicIdentity:
    try:
        return PublicIdentity.from_json(value, path)
    except FormatError as exc:
        code = "roster-key-invalid" if exc.code == "public-key-invalid" else "roster-invalid"
        inner = exc.detail.get("field")
        detail = {**exc.detail, "field": f"{where}.{inner}" if inner else where}
        raise FormatError(code, path, **detail) from None


def _identities(fields: Fields, key: str, limit: int, path: PathLike) -> tuple[PublicIdentity, ...]:
    items = fields.array(key, max_items=limit)
    return tuple(_identity(item, f"{fields.name(key)}[{i}]", path) for i, item in enumerate(items))


def _panelists(fields: Fields, key: str, fail: Fail, path: PathLike) -> tuple[Panelist, ...]:
    result = []
    for i, item in enumerate(fields.array(key, max_items=MAX_SECTION_SIZE)):
        where = f"{key}[{i}]"
        entry = Fields(item, fail, ("identity", "panels"), where)
        panels = entry.array("panels", max_items=MAX_PANELS)
        if not all(isinstance(p, str) for p in panels):
            raise entry.fail("panels", "not a list of strings")
        result.append(Panelist(_identity(entry.raw("identity"), where, path), tuple(panels)))
    return tuple(result)


def _revocations(fields: Fields, fail: Fail) -> tuple[Revocation, ...]:
    result = []
    for i, item in enumerate(fields.array("revocations", max_items=MAX_REVOCATIONS)):
        entry = Fields(item, fail, ("keyid", "reason", "revoked_at"), f"revocations[{i}]")
        keyid = entry.text("keyid", max_len=64, pattern=KEYID_RE)
        reason = entry.text("reason", max_len=MAX_REASON_LENGTH)
        result.append(Revocation(keyid, reason, entry.time("revoked_at")))
    return tuple(result)
