"""The commission's own keys: the root set (k of n), operational and audit keys, and the
register of every public key the commission knows (``commission_keys``).

Each root key is written to its own identity file, encrypted to its own passphrase, meant to
live on separate media (one USB stick per holder): no single file or person can sign a
roster alone when k > 1. The operational key signs packages; the audit key receives result
bundles for the archive. Only public halves reach the database. The commission's own keys
count as confirmed when they are made (nobody needs to read their fingerprint over the
phone); enrolled people are confirmed by the staff (``roster_admin``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.commission.records import json_text, json_value, transaction
from reviewdesk.core.crypto.age_keys import DEFAULT_SCRYPT_LOG_N
from reviewdesk.core.crypto.identity import Identity, check_new_work_factor, save_identity
from reviewdesk.core.crypto.public_identity import PublicIdentity
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.crypto.roster_model import MAX_ROOT_KEYS
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import InputError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import CommissionKey, CommissionSetting

THRESHOLD_SETTING = "roots.threshold"
ROOT_NAME = "委员会根密钥 {n}/{count}"


@dataclass(frozen=True)
class KeyRecord:
    """What the commission knows about one key (a row of ``commission_keys``)."""

    identity: PublicIdentity
    section: RosterRole | None  # where the next roster lists it; None: not listed
    panels: tuple[str, ...]
    institution: str
    email: str
    relations: dict[str, str]
    enrolled_at: datetime
    confirmed_at: datetime | None
    confirmed_by: str
    revoked_at: datetime | None
    revoke_reason: str | None
    version: int
    chair_of: tuple[str, ...] = ()  # a key listed as expert that also chairs these panels

    @property
    def keyid(self) -> str:
        return self.identity.keyid

    @property
    def seats(self) -> dict[RosterRole, tuple[str, ...]]:
        """Every section the next roster lists the key in, with its panels there: a person
        may be an expert of some panels and the chair of others (DESIGN §1.1)."""
        seats = {} if self.section is None else {self.section: self.panels}
        if self.chair_of:
            seats[RosterRole.CHAIR] = self.chair_of
        return seats

    def holds(self, section: RosterRole) -> bool:
        return section in self.seats

    @property
    def name(self) -> str:
        return self.identity.name

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def key_record(row: CommissionKey) -> KeyRecord:
    panels, chair_of = stored_panels(row.panels)
    return KeyRecord(
        identity=PublicIdentity.from_json(json_value(row.identity_json)),
        section=None if row.section is None else RosterRole(row.section),
        panels=panels,
        chair_of=chair_of,
        institution=row.institution,
        email=row.email,
        relations=dict(json_value(row.relations)),
        enrolled_at=row.enrolled_at,
        confirmed_at=row.confirmed_at,
        confirmed_by=row.confirmed_by,
        revoked_at=row.revoked_at,
        revoke_reason=row.revoke_reason,
        version=row.version,
    )


def stored_panels(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``panels`` column: a JSON list (the panels of the key's section) or, for a
    person who is an expert of some panels and the chair of others, ``{"expert": [...],
    "chair": [...]}``. Returns (the section's panels, the panels chaired besides)."""
    value = json_value(text)
    if isinstance(value, dict):
        return tuple(value.get("expert", ())), tuple(value.get("chair", ()))
    return tuple(value), ()


def panels_text(panels: Sequence[str], chair_of: Sequence[str]) -> str:
    """The ``panels`` column for (the section's panels, the panels chaired besides)."""
    if not chair_of:
        return json_text(sorted(set(panels)))
    return json_text({"chair": sorted(set(chair_of)), "expert": sorted(set(panels))})


def create_root_keys(
    db: Database,
    paths: Sequence[Path],
    passphrases: Sequence[bytes | str],
    *,
    threshold: int,
    names: Sequence[str] | None = None,
    work_factor: int = DEFAULT_SCRYPT_LOG_N,
    insecure_test: bool = False,
    now: datetime | None = None,
) -> list[KeyRecord]:
    """Make n = len(paths) root keys, each in its own file with its own passphrase, and
    register them with the threshold k. Refused once roots exist (``roots-exist``)."""
    count = len(paths)
    if len(passphrases) != count or (names is not None and len(names) != count):
        raise ValueError("one passphrase (and name) per root key file")
    if not 1 <= count <= MAX_ROOT_KEYS:
        raise InputError("root-count-out-of-range", count=count, maximum=MAX_ROOT_KEYS)
    if not 1 <= threshold <= count:
        raise InputError("threshold-out-of-range", threshold=threshold, count=count)
    if len({Path(p).resolve() for p in paths}) != count:
        raise InputError("root-files-not-distinct")
    for path in paths:
        check_new_work_factor(work_factor, path, insecure_demo=insecure_test)
        if Path(path).exists():
            raise InputError("file-exists", path)
    with transaction(db) as session:
        if _keys_in(session, RosterRole.ROOT):
            raise InputError("roots-exist")
    moment = utc_moment(now)
    identities = [
        Identity.generate(
            names[i] if names else ROOT_NAME.format(n=i + 1, count=count),
            Role.COMMISSION,
            now=moment,
        )
        for i in range(count)
    ]
    written: list[Path] = []
    try:
        for identity, path, passphrase in zip(identities, paths, passphrases, strict=True):
            save_identity(identity, Path(path), passphrase, work_factor=work_factor)
            written.append(Path(path))
        with transaction(db) as session:
            if _keys_in(session, RosterRole.ROOT):  # someone else made them meanwhile
                raise InputError("roots-exist")
            rows = [
                register_key(session, i.public, RosterRole.ROOT, now=moment) for i in identities
            ]
            session.merge(CommissionSetting(name=THRESHOLD_SETTING, value=str(threshold)))
            session.flush()
            return [key_record(r) for r in rows]
    except BaseException:
        for path in written:  # never leave a root key behind that the database does not list
            path.unlink(missing_ok=True)
        raise


def create_commission_key(
    db: Database,
    path: Path,
    passphrase: bytes | str,
    *,
    name: str,
    section: RosterRole,
    work_factor: int = DEFAULT_SCRYPT_LOG_N,
    insecure_test: bool = False,
    now: datetime | None = None,
) -> KeyRecord:
    """Make an operational key (signs packages) or an audit key (receives bundles)."""
    if section not in (RosterRole.OPERATIONAL, RosterRole.AUDIT):
        raise ValueError("an operational or audit key")
    check_new_work_factor(work_factor, path, insecure_demo=insecure_test)
    if Path(path).exists():
        raise InputError("file-exists", path)
    moment = utc_moment(now)
    role = Role.COMMISSION if section is RosterRole.OPERATIONAL else Role.AUDIT
    identity = Identity.generate(name, role, now=moment)
    save_identity(identity, Path(path), passphrase, work_factor=work_factor)
    try:
        with transaction(db) as session:
            row = register_key(session, identity.public, section, now=moment)
            session.flush()
            return key_record(row)
    except BaseException:
        Path(path).unlink(missing_ok=True)
        raise


def register_key(
    session: Session,
    public: PublicIdentity,
    section: RosterRole | None,
    *,
    now: datetime,
    confirmed: bool = True,
) -> CommissionKey:
    """Add ``public`` to the register (``key-known`` if its keyid or X25519 key is there)."""
    for row in session.scalars(select(CommissionKey)):
        other = PublicIdentity.from_json(json_value(row.identity_json))
        if other.keyid == public.keyid or other.x25519 == public.x25519:
            raise InputError("key-known", name=public.name, other=other.name)
    row = CommissionKey(
        keyid=public.keyid,
        name=public.name,
        key_role=public.role.value,
        section=None if section is None else section.value,
        identity_json=dumps_canonical(public.to_json()).decode("utf-8"),
        fingerprint=public.fingerprint,
        panels=json_text([]),
        institution="",
        email="",
        relations=json_text({}),
        enrolled_at=now,
        confirmed_at=now if confirmed else None,
        confirmed_by="commission" if confirmed else "",
    )
    session.add(row)
    return row


def find_key(session: Session, keyid: str) -> CommissionKey:
    """The key whose id is ``keyid`` or starts with it (8 hex digits at least, unique)."""
    text = keyid.strip().lower()
    if len(text) >= 8:
        rows = list(
            session.scalars(
                select(CommissionKey).where(CommissionKey.keyid.startswith(text, autoescape=True))
            )
        )
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            raise InputError("keyid-ambiguous", keyid=keyid)
    raise InputError("key-unknown", keyid=keyid)


def list_keys(db: Database, section: RosterRole | None = None) -> list[KeyRecord]:
    """Every key, or those the next roster lists in ``section`` (an expert who also chairs
    a panel is among the chairs too)."""
    with transaction(db) as session:
        query = select(CommissionKey).order_by(CommissionKey.id)
        records = [key_record(r) for r in session.scalars(query)]
    return [r for r in records if section is None or r.holds(section)]


def root_threshold(session: Session) -> int:
    setting = session.get(CommissionSetting, THRESHOLD_SETTING)
    if setting is None:
        raise InputError("roots-missing")
    return int(setting.value)


def _keys_in(session: Session, section: RosterRole) -> list[CommissionKey]:
    return list(
        session.scalars(select(CommissionKey).where(CommissionKey.section == section.value))
    )


def utc_moment(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
