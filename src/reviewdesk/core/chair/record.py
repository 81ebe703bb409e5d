"""Opening a chair package and recording the panel in the home's database (the files
go to the home's store: ``chair.store.ChairStore``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.store import ChairStore
from reviewdesk.core.chair.views import ExpertInfo, PanelInfo
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import (
    Roster,
    TrustState,
    accept_roster,
    read_roster,
    verify_roster,
)
from reviewdesk.core.errors import DeskError, ReviewdeskError
from reviewdesk.core.formats.chair_package import OpenedChairPackage, open_chair_package
from reviewdesk.core.formats.container import ContainerKind
from reviewdesk.core.home.local_store import LocalStore, copy_atomic, package_roster
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import ChairDecision, ChairDeskRow, ChairVersion
from reviewdesk.core.templates.model import Template

ABSENT = "absent"  # the decision kind: an expert not at the meeting (subject: keyid)
Opened = tuple["ChairStore", OpenedChairPackage, Roster, Template, int, TrustState | None]


@dataclass(frozen=True)
class RecentPanel:
    """A chair package this installation opened, for "open recent"."""

    digest: str
    round: str
    panel: str
    chair: str
    source_name: str
    opened_at: datetime
    last_opened_at: datetime
    version: int
    finalised: bool


def open_chair(
    db: Database,
    identity: Identity,
    path: Path,
    *,
    trust: TrustState | None,
    store_dir: Path,
    now: datetime,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> Opened:
    if trust is None:
        raise DeskError("trust-not-pinned", path)
    store = ChairStore(store_dir)
    progress(0, 3, "verify")
    roster, roster_data, new_trust = _roster(path, identity, trust, store, now, cancel)
    opened = open_chair_package(path, identity, roster, cancel=cancel)
    if opened.details.chair != identity.keyid:
        raise DeskError("chair-package-not-yours", path, chair=opened.details.chair)
    template = opened.read_template()
    opened.read_roster_data()
    opened.read_assignments()
    _check_form(path, opened, template)
    progress(1, 3, "store")
    dest = store.chair_package_path(opened.digest)
    fresh = not dest.exists()
    if fresh:
        copy_atomic(path, dest, cancel=cancel)
    try:
        copy = open_chair_package(dest, identity, roster)
        if copy.digest != opened.digest:
            raise DeskError("chair-package-store-mismatch", dest)
        store.save_roster(roster_data, roster.digest)
        progress(2, 3, "record")
        desk_id = _record(db, identity, copy, template, roster, path.name, now)
    except BaseException:
        if fresh:
            dest.unlink(missing_ok=True)
        raise
    progress(3, 3, "done")
    return store, copy, roster, template, desk_id, new_trust


def reopen_chair(db: Database, identity: Identity, store_dir: Path, digest: str) -> Opened:
    store = ChairStore(store_dir)
    with db.session() as s:
        row = s.scalar(
            select(ChairDeskRow).where(
                ChairDeskRow.chair_keyid == identity.keyid, ChairDeskRow.package_digest == digest
            )
        )
        if row is None:
            raise DeskError("chair-package-not-stored", digest=digest)
        desk_id, roster_sha256 = row.id, row.roster_sha256
    data = store.load_roster(roster_sha256)
    roster_path = store.roster_path(roster_sha256)
    if data is None:
        raise DeskError("roster-not-stored", roster_path)
    roster = read_roster(data, roster_path)
    if roster.digest != roster_sha256:
        raise DeskError("roster-not-stored", roster_path)
    path = store.chair_package_path(digest)
    try:
        opened = open_chair_package(path, identity, roster)
    except ReviewdeskError:
        raise DeskError("chair-package-store-mismatch", path) from None
    if opened.digest != digest:
        raise DeskError("chair-package-store-mismatch", path)
    template = opened.read_template()
    with db.session() as s, s.begin():
        stored = s.get(ChairDeskRow, desk_id)
        assert stored is not None
        stored.last_opened_at = datetime.now(UTC)
    return store, opened, roster, template, desk_id, None


def recent_panels(db: Database, chair: str | None = None) -> list[RecentPanel]:
    with db.session() as s:
        newest = (ChairDeskRow.last_opened_at.desc(), ChairDeskRow.id.desc())
        query = select(ChairDeskRow).order_by(*newest)
        if chair is not None:
            query = query.where(ChairDeskRow.chair_keyid == chair)
        out = []
        for row in s.scalars(query):
            version = current_version(s, row.id)
            out.append(
                RecentPanel(
                    row.package_digest, row.round_ref, row.panel_ref, row.chair_keyid,
                    row.source_name, row.opened_at, row.last_opened_at, version.number,
                    version.finalised_at is not None,
                )
            )  # fmt: skip
        return out


def current_version(session: Session, desk_id: int) -> ChairVersion:
    """The newest version row of a desk (there is always one)."""
    row = session.scalar(
        select(ChairVersion)
        .where(ChairVersion.desk_id == desk_id)
        .order_by(ChairVersion.number.desc())
        .limit(1)
    )
    assert row is not None
    return row


def panel_info(desk: Desk) -> PanelInfo:
    details = desk.package.details
    manifest = desk.package.manifest
    assert manifest.round is not None and manifest.panel is not None
    with desk.db.session() as s:
        version = current_version(s, desk.desk_id)
        number, finalised = version.number, version.finalised_at
        absent = set(
            s.scalars(
                select(ChairDecision.subject).where(
                    ChairDecision.desk_id == desk.desk_id, ChairDecision.kind == ABSENT
                )
            )
        )
    chair = desk.roster.member(details.chair)
    experts = []
    for keyid in details.experts:
        member = desk.roster.member(keyid)
        experts.append(
            ExpertInfo(
                keyid,
                keyid[:16] if member is None else member.name,
                member is not None and member.revoked,
                keyid not in absent,
            )
        )
    return PanelInfo(
        package_digest=desk.digest,
        round_ref=manifest.round,
        round_name=details.round_name or manifest.round,
        panel_ref=manifest.panel,
        panel_name=details.panel_name or manifest.panel,
        round_kind=details.round_kind,
        deadline=deadline(desk.package),
        chair=details.chair,
        chair_name="" if chair is None else chair.name,
        template=desk.template,
        applicants=details.applicants,
        experts=tuple(experts),
        version=number,
        finalised_at=finalised,
    )


def deadline(package: OpenedChairPackage) -> datetime | None:
    text = package.details.deadline
    if text is None:
        return None
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _roster(
    path: Path, identity: Identity, trust: TrustState, store: LocalStore, now: datetime,
    cancel: CancelToken,
) -> tuple[Roster, bytes, TrustState]:  # fmt: skip
    """The roster to verify the package with (the newest seen if the package's is older),
    its bytes, and the trust after it — as the expert desk does."""
    data = package_roster(path, identity, cancel=cancel, kind=ContainerKind.CHAIR_PACKAGE)
    carried = read_roster(data, path)
    if carried.version < trust.highest_version and trust.roster_sha256 is not None:
        newest = store.load_roster(trust.roster_sha256)
        if newest is not None:
            roster = verify_roster(newest, store.roster_path(trust.roster_sha256), trust, now=now)
            return roster, newest, trust
    roster = verify_roster(data, path, trust, now=now)
    return roster, data, accept_roster(trust, roster)


def _check_form(path: Path, opened: OpenedChairPackage, template: Template) -> None:
    details = opened.details
    if template.kind is not details.round_kind:
        raise DeskError("package-form-kind-mismatch", path, kind=details.round_kind.value,
                        form=template.template_id)  # fmt: skip
    for entry in details.applicants:
        if entry.category is not template.category:
            raise DeskError("package-form-mismatch", path, applicant=entry.ref,
                            category=entry.category.value, form=template.template_id)  # fmt: skip


def _record(
    db: Database, identity: Identity, opened: OpenedChairPackage, template: Template,
    roster: Roster, source: str, now: datetime,
) -> int:  # fmt: skip
    m = opened.manifest
    assert m.round is not None and m.panel is not None
    with db.session() as s, s.begin():
        row = s.scalar(
            select(ChairDeskRow).where(
                ChairDeskRow.chair_keyid == identity.keyid,
                ChairDeskRow.package_digest == opened.digest,
            )
        )
        if row is None:
            row = ChairDeskRow(
                chair_keyid=identity.keyid, package_digest=opened.digest, round_ref=m.round,
                panel_ref=m.panel, template_sha256=template.sha256,
                roster_version=roster.version, roster_sha256=roster.digest,
                source_name=source[:255], opened_at=now, last_opened_at=now,
            )  # fmt: skip
            s.add(row)
            s.flush()
            s.add(ChairVersion(desk_id=row.id, number=1, started_at=now, reopen_reason="",
                               outputs=""))  # fmt: skip
        else:
            row.last_opened_at = now
            if roster.version > row.roster_version:  # a newer roster seen since
                row.roster_version, row.roster_sha256 = roster.version, roster.digest
        count = s.scalar(select(func.count()).select_from(ChairVersion)
                         .where(ChairVersion.desk_id == row.id))  # fmt: skip
        assert count
        return row.id
