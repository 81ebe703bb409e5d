"""The roster's administration: enrolments in, fingerprints confirmed, roles and panels
assigned, keys revoked; ``build_roster`` turns the register into the next roster.

Flow: ``import_enrolment`` (the request's Ed25519 signature and its X25519 proof, made for a
commission key, both checked) → the staff read the fingerprint to the person by phone and
``confirm_key`` → ``assign_key`` (section and panels) → ``roster_publish.draft_roster``
(next version, no signature) → ``sign_draft`` once per root holder until the threshold →
published; every version stays in ``roster_publish.roster_history``. Changes to a key name
the version the staff saw (``expected_version``): see ``records``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.commission.keys import (
    KeyRecord,
    find_key,
    key_record,
    panels_text,
    register_key,
    root_threshold,
    utc_moment,
)
from reviewdesk.core.commission.records import expect_version, json_text, transaction
from reviewdesk.core.crypto.identity import (
    EnrolmentRequest,
    Identity,
    read_enrolment_request,
    verify_enrolment_x25519,
)
from reviewdesk.core.crypto.roster import (
    SECTION_ROLES,
    Panelist,
    Revocation,
    Roster,
    RosterRole,
)
from reviewdesk.core.crypto.roster_model import PANEL_RE
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import InputError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import CommissionKey

DEFAULT_VALID_DAYS = 365
PathLike = Path | str | None


def import_enrolment(
    db: Database,
    data: bytes,
    commission: Identity,
    *,
    path: PathLike = None,
    now: datetime | None = None,
) -> tuple[KeyRecord, bool]:
    """Register the key of an enrolment request; True when it is new (a request imported
    again changes nothing). ``commission`` is the commission key the request's X25519 proof
    was made for; it must be one of the commission's roots or operational keys."""
    request = read_enrolment_request(data, path)
    verify_enrolment_x25519(request, commission, path)
    if request.identity.role not in (Role.EXPERT, Role.CHAIR, Role.AUDIT):
        raise InputError("enrolment-role-not-allowed", path, role=request.identity.role.value)
    with transaction(db) as session:
        verifier = session.scalar(
            select(CommissionKey).where(CommissionKey.keyid == commission.keyid)
        )
        if verifier is None or verifier.section not in ("root", "operational"):
            raise InputError("commission-key-unknown", path, name=commission.name)
        existing = session.scalar(
            select(CommissionKey).where(CommissionKey.keyid == request.identity.keyid)
        )
        if existing is not None and existing.identity_json == _identity_text(request):
            return key_record(existing), False
        row = register_key(session, request.identity, None, now=utc_moment(now), confirmed=False)
        session.flush()
        return key_record(row), True


def confirm_key(
    db: Database,
    keyid: str,
    *,
    by: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> KeyRecord:
    """Record that ``by`` read the fingerprint with the key's holder and it matched."""
    if not by.strip():
        raise InputError("confirmer-missing")
    with transaction(db) as session:
        row = find_key(session, keyid)
        expect_version(row, expected_version, row.name)
        row.confirmed_at = utc_moment(now)
        row.confirmed_by = by.strip()
        session.flush()
        return key_record(row)


def assign_key(
    db: Database,
    keyid: str,
    *,
    section: RosterRole | None,
    panels: Sequence[str] = (),
    institution: str | None = None,
    email: str | None = None,
    relations: dict[str, str] | None = None,
    expected_version: int | None = None,
    chair_of: Sequence[str] = (),
) -> KeyRecord:
    """List a key in ``section`` (None: leave it out of the next roster) with its panels;
    institution, e-mail and declared relations feed the conflict check. ``chair_of``: a
    person listed as an expert may chair other panels too (never one they score in:
    ``chair-and-expert-of-panel``); the assignment replaces what the key had."""
    with transaction(db) as session:
        row = find_key(session, keyid)
        expect_version(row, expected_version, row.name)
        if section is not None:
            if Role(row.key_role) not in SECTION_ROLES[section]:
                raise InputError(
                    "key-role-mismatch", name=row.name, role=row.key_role, section=section.value
                )
            if row.section == "root" and section is not RosterRole.ROOT:
                raise InputError("root-key-fixed", name=row.name)
        for panel in [*panels, *chair_of]:
            if not PANEL_RE.fullmatch(panel):
                raise InputError("panel-ref-invalid", panel=panel)
        if section in (RosterRole.CHAIR, RosterRole.EXPERT) and not panels:
            raise InputError("key-without-panels", name=row.name)
        if chair_of and section is not RosterRole.EXPERT:
            raise InputError("chair-of-without-expert", name=row.name)
        both = sorted(set(panels) & set(chair_of))
        if both:
            raise InputError("chair-and-expert-of-panel", name=row.name, panel=both[0])
        row.section = None if section is None else section.value
        row.panels = panels_text(panels, chair_of)
        if institution is not None:
            row.institution = institution.strip()
        if email is not None:
            row.email = email.strip()
        if relations is not None:
            row.relations = json_text(relations)
        session.flush()
        return key_record(row)


def revoke_key(
    db: Database,
    keyid: str,
    *,
    reason: str,
    at: datetime | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> KeyRecord:
    """Revoke a key from ``at`` (default: now) with a reason; the next roster lists it as
    revoked. Files it signed before ``at`` still verify (FORMAT.md §11)."""
    reason = reason.strip()
    if not reason:
        raise InputError("revoke-reason-missing")
    with transaction(db) as session:
        row = find_key(session, keyid)
        expect_version(row, expected_version, row.name)
        if row.section == RosterRole.ROOT.value:
            raise InputError("root-cannot-be-revoked", name=row.name)
        if row.revoked_at is not None:
            raise InputError("key-already-revoked", name=row.name)
        row.revoked_at = utc_moment(at or now)
        row.revoke_reason = reason
        session.flush()
        return key_record(row)


def build_roster(
    session: Session, *, version: int, label: str, issued_at: datetime, expires_at: datetime
) -> Roster:
    """The roster the register describes now (``key-not-confirmed`` names anyone listed
    whose fingerprint nobody confirmed)."""
    keys = [
        key_record(r)
        for r in session.scalars(
            select(CommissionKey)
            .where(CommissionKey.section.is_not(None))
            .order_by(CommissionKey.id)
        )
    ]
    unconfirmed = [k.name for k in keys if not k.confirmed]
    if unconfirmed:
        raise InputError("key-not-confirmed", names="、".join(unconfirmed))

    def section(role: RosterRole) -> list[KeyRecord]:
        return [k for k in keys if k.holds(role)]

    return Roster(
        version=version,
        label=label,
        issued_at=issued_at,
        expires_at=expires_at,
        threshold=root_threshold(session),
        roots=tuple(k.identity for k in section(RosterRole.ROOT)),
        operational=tuple(k.identity for k in section(RosterRole.OPERATIONAL)),
        audit=tuple(k.identity for k in section(RosterRole.AUDIT)),
        chairs=tuple(
            Panelist(k.identity, k.seats[RosterRole.CHAIR]) for k in section(RosterRole.CHAIR)
        ),
        experts=tuple(
            Panelist(k.identity, k.seats[RosterRole.EXPERT]) for k in section(RosterRole.EXPERT)
        ),
        revocations=tuple(
            Revocation(k.keyid, k.revoke_reason or "", k.revoked_at)
            for k in keys
            if k.revoked_at is not None
        ),
    )


def _identity_text(request: EnrolmentRequest) -> str:
    return dumps_canonical(request.identity.to_json()).decode("utf-8")
