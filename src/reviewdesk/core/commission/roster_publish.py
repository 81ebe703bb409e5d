"""Publishing the roster: a new version drafted from the register, signed one root key at a
time (``roster_signing``), published once the threshold is reached, and the history of
every version with who signed it and what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.core.commission.keys import utc_moment
from reviewdesk.core.commission.records import json_text, json_value, transaction
from reviewdesk.core.commission.roster_admin import DEFAULT_VALID_DAYS, build_roster
from reviewdesk.core.commission.roster_signing import (
    SigningStatus,
    add_signature,
    read_draft,
    start_draft,
)
from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster, RosterRole, read_roster
from reviewdesk.core.errors import InputError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import CommissionRosterVersion


@dataclass(frozen=True)
class PublishedRoster:
    roster: Roster
    data: bytes  # the signed envelope, exactly as published


@dataclass(frozen=True)
class RosterVersionInfo:
    version: int
    status: str  # draft | published
    payload_sha256: str
    signed_by: tuple[str, ...]
    created_at: datetime
    published_at: datetime | None
    summary: dict[str, Any]  # counts per section, added / revoked names


def draft_roster(
    db: Database,
    *,
    label: str,
    valid_days: int = DEFAULT_VALID_DAYS,
    now: datetime | None = None,
) -> tuple[bytes, SigningStatus]:
    """A new roster version from the register, not yet signed (replaces an unfinished
    draft: its signatures were over other content)."""
    moment = utc_moment(now)
    with transaction(db) as session:
        previous = published_roster(session)
        version = 1 if previous is None else previous.roster.version + 1
        roster = build_roster(
            session,
            version=version,
            label=label,
            issued_at=moment,
            expires_at=moment + timedelta(days=valid_days),
        )
        data = start_draft(roster)
        status = read_draft(data, None if previous is None else previous.roster)
        summary = _summary(roster, None if previous is None else previous.roster)
        row = session.scalar(
            select(CommissionRosterVersion).where(CommissionRosterVersion.roster_version == version)
        )
        if row is None:
            row = CommissionRosterVersion(roster_version=version, status="draft")
            session.add(row)
        row.payload_sha256 = roster.digest
        row.envelope = data
        row.signatures = 0
        row.needed = json_text(_needed(status))
        row.summary = json_text(summary)
        row.created_at = moment
        return data, status


def sign_draft(
    db: Database,
    identity: Identity,
    *,
    data: bytes | None = None,
    now: datetime | None = None,
    path: Path | str | None = None,
) -> tuple[bytes, SigningStatus]:
    """Add ``identity``'s root signature to the current draft (or to ``data``, a copy of it
    signed elsewhere, whose signatures are kept, read from ``path``: every refusal of the
    copy names that file); publish it once complete."""
    with transaction(db) as session:
        row = _draft_row(session)
        previous = published_roster(session)
        prior = None if previous is None else previous.roster
        source = row.envelope if data is None else data
        where = None if data is None else path
        status = read_draft(source, prior, where)
        if status.roster.digest != row.payload_sha256:
            raise InputError("roster-draft-other", where, version=status.roster.version)
        signed, status = add_signature(source, identity, prior, where)
        row.envelope = signed
        row.signatures = len(status.signed)
        row.needed = json_text(_needed(status))
        if status.complete:
            row.status = "published"
            row.published_at = utc_moment(now)
        return signed, status


def current_roster(db: Database) -> PublishedRoster | None:
    with transaction(db) as session:
        return published_roster(session)


def current_draft(db: Database) -> tuple[bytes, SigningStatus] | None:
    with transaction(db) as session:
        row = session.scalar(
            select(CommissionRosterVersion).where(CommissionRosterVersion.status == "draft")
        )
        if row is None:
            return None
        previous = published_roster(session)
        return row.envelope, read_draft(row.envelope, None if previous is None else previous.roster)


def roster_history(db: Database) -> list[RosterVersionInfo]:
    """Every roster version, newest first, with who signed it and what changed."""
    with transaction(db) as session:
        rows = session.scalars(
            select(CommissionRosterVersion).order_by(CommissionRosterVersion.roster_version.desc())
        )
        out = []
        for row in rows:
            if row.status == "abandoned":
                continue
            names = (
                read_draft(row.envelope, None, None).signed
                if row.status == "draft"
                else (_signer_names(row.envelope))
            )
            out.append(
                RosterVersionInfo(
                    row.roster_version,
                    row.status,
                    row.payload_sha256,
                    names,
                    row.created_at,
                    row.published_at,
                    dict(json_value(row.summary)),
                )
            )
        return out


def published_roster(session: Session) -> PublishedRoster | None:
    latest = session.scalar(
        select(func.max(CommissionRosterVersion.roster_version)).where(
            CommissionRosterVersion.status == "published"
        )
    )
    if latest is None:
        return None
    row = session.scalar(
        select(CommissionRosterVersion).where(CommissionRosterVersion.roster_version == latest)
    )
    assert row is not None
    return PublishedRoster(read_roster(row.envelope), row.envelope)


def _draft_row(session: Session) -> CommissionRosterVersion:
    row = session.scalar(
        select(CommissionRosterVersion).where(CommissionRosterVersion.status == "draft")
    )
    if row is None:
        raise InputError("roster-draft-missing")
    return row


def _signer_names(envelope: bytes) -> tuple[str, ...]:
    roster = read_roster(envelope)
    names = {r.keyid: r.name for r in roster.roots}
    return tuple(names.get(k, k[:16]) for k in parse_envelope(envelope).keyids())


def _needed(status: SigningStatus) -> dict[str, object]:
    return {
        "own": status.own_needed,
        "previous": status.previous_needed,
        "signed": list(status.signed),
    }


def _summary(roster: Roster, previous: Roster | None) -> dict[str, object]:
    counts = {role.value: len(roster.members(role)) for role in RosterRole}
    before = set() if previous is None else {m.keyid for m in previous.members()}
    revoked_before = set() if previous is None else {r.keyid for r in previous.revocations}
    added = [m.name for m in roster.members() if m.keyid not in before]
    names = {m.keyid: m.name for m in roster.members()}
    revoked = [
        names.get(r.keyid, r.keyid) for r in roster.revocations if r.keyid not in revoked_before
    ]
    return {
        "counts": counts,
        "added": added,
        "revoked": revoked,
        "revocations": len(roster.revocations),
        "label": roster.label,
        "expires_at": roster.expires_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
