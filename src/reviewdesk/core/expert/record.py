"""Recording an opened package in the expert's local database, idempotently: the round, the
panel, the stored form, the applicants, the expert's assignments and the package itself.

Opening the same package again finds every row and only touches ``last_opened_at``; a
package of the same round for another panel adds to the round. A package that contradicts
what is stored (an applicant scored on another form, a round of another kind) is refused
with ``DeskError`` and nothing is changed: the sheets already scored would lose their form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.errors import DeskError
from reviewdesk.core.formats.package import PackageSummary, template_bytes
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    Applicant,
    Assignment,
    Expert,
    ExpertPackage,
    Panel,
    PanelMember,
    Round,
    StoredTemplate,
)
from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class RecentPackage:
    """A package this installation opened, for "open recent"."""

    digest: str
    round: str
    panel: str
    expert: str  # keyid of the reviewer
    expert_name: str
    source_name: str
    applicants: int
    deadline: datetime | None
    opened_at: datetime
    last_opened_at: datetime


def check_package(path: Path, summary: PackageSummary, template: Template) -> None:
    """Every applicant is scored on the package's one form, so the form must fit them."""
    if template.kind is not summary.round_kind:
        raise DeskError(
            "package-form-kind-mismatch",
            path,
            kind=summary.round_kind.value,
            form=template.template_id,
        )
    for entry in summary.applicants:
        if entry.category is not template.category:
            raise DeskError(
                "package-form-mismatch",
                path,
                applicant=entry.ref,
                category=entry.category.value,
                form=template.template_id,
            )


def record_package(
    db: Database,
    path: Path,
    identity: Identity,
    summary: PackageSummary,
    template: Template,
    *,
    roster_version: int,
    roster_sha256: str,
    now: datetime,
) -> int:
    """Store everything the package says (module text); returns the package row's id."""
    with db.session() as s, s.begin():
        expert = _expert(s, identity)
        round_ = _round(s, path, summary)
        stored = _template(s, path, template)
        panel = s.scalar(
            select(Panel).where(Panel.round_id == round_.id, Panel.name == summary.panel)
        )
        if panel is None:
            panel = Panel(round=round_, name=summary.panel)
            s.add(panel)
            s.flush()
        if s.get(PanelMember, (panel.id, expert.id)) is None:
            s.add(PanelMember(panel_id=panel.id, expert_id=expert.id))
            s.flush()
        for entry in summary.applicants:
            applicant = s.scalar(
                select(Applicant).where(Applicant.round_id == round_.id, Applicant.ref == entry.ref)
            )
            if applicant is None:
                applicant = Applicant(
                    round=round_,
                    ref=entry.ref,
                    name=entry.name,
                    category=entry.category,
                    template=stored,
                )
                s.add(applicant)
                s.flush()
            elif applicant.template_id != stored.id:
                raise DeskError("applicant-form-changed", path, applicant=entry.ref)
            else:
                applicant.name, applicant.category = entry.name, entry.category
            assigned = s.scalar(
                select(Assignment.id).where(
                    Assignment.expert_id == expert.id, Assignment.applicant_id == applicant.id
                )
            )
            if assigned is None:
                s.add(Assignment(panel_id=panel.id, expert_id=expert.id, applicant_id=applicant.id))
        row = s.scalar(
            select(ExpertPackage).where(
                ExpertPackage.expert_id == expert.id, ExpertPackage.digest == summary.digest
            )
        )
        if row is None:
            row = ExpertPackage(
                digest=summary.digest,
                expert=expert,
                round=round_,
                panel=panel,
                template=stored,
                roster_version=roster_version,
                roster_sha256=roster_sha256,
                source_name=path.name[:255],
                panel_title=(summary.panel_name or "")[:300] or None,
                opened_at=now,
                last_opened_at=now,
            )
            s.add(row)
        else:
            # A newer roster verified this time: reopening uses the newest.
            if roster_version >= row.roster_version:
                row.roster_version, row.roster_sha256 = roster_version, roster_sha256
            row.last_opened_at = now
            row.panel_title = (summary.panel_name or "")[:300] or None
        s.flush()
        return row.id


def recent_packages(db: Database, expert: str | None = None) -> list[RecentPackage]:
    """Every package opened here (or by ``expert``), the most recently opened first."""
    with db.session() as s:
        query = select(ExpertPackage).order_by(
            ExpertPackage.last_opened_at.desc(), ExpertPackage.id.desc()
        )
        if expert is not None:
            query = query.join(Expert).where(Expert.fingerprint == expert)
        out = []
        for row in s.scalars(query):
            count = len(
                s.scalars(
                    select(Assignment.id)
                    .join(Applicant)
                    .where(
                        Assignment.expert_id == row.expert_id,
                        Applicant.round_id == row.round_id,
                        Assignment.panel_id == row.panel_id,
                    )
                ).all()
            )
            out.append(
                RecentPackage(
                    row.digest,
                    row.round.ref,
                    row.panel.name,
                    row.expert.fingerprint,
                    row.expert.name,
                    row.source_name,
                    count,
                    row.round.deadline,
                    row.opened_at,
                    row.last_opened_at,
                )
            )
        return out


def package_row(db: Database, expert: str, digest: str) -> ExpertPackage | None:
    with db.session() as s:
        return s.scalar(
            select(ExpertPackage)
            .join(Expert)
            .where(Expert.fingerprint == expert, ExpertPackage.digest == digest)
        )


def touch_package(db: Database, row_id: int, now: datetime) -> None:
    with db.session() as s, s.begin():
        row = s.get(ExpertPackage, row_id)
        if row is not None:
            row.last_opened_at = now


def _expert(s: Session, identity: Identity) -> Expert:
    expert = s.scalar(select(Expert).where(Expert.fingerprint == identity.keyid))
    if expert is None:
        expert = Expert(name=identity.name[:200], fingerprint=identity.keyid)
        s.add(expert)
        s.flush()
    return expert


def _round(s: Session, path: Path, summary: PackageSummary) -> Round:
    round_ = s.scalar(select(Round).where(Round.ref == summary.round))
    deadline = None if summary.deadline is None else datetime.fromisoformat(summary.deadline)
    if round_ is None:
        round_ = Round(
            ref=summary.round, kind=summary.round_kind, name=summary.round_title, deadline=deadline
        )
        s.add(round_)
        s.flush()
    elif round_.kind is not summary.round_kind:
        raise DeskError(
            "round-kind-changed",
            path,
            round=summary.round,
            stored=round_.kind.value,
            found=summary.round_kind.value,
        )
    elif deadline is not None:
        round_.deadline = deadline  # the latest package says the current deadline
    return round_


def _template(s: Session, path: Path, template: Template) -> StoredTemplate:
    stored = s.scalar(select(StoredTemplate).where(StoredTemplate.sha256 == template.sha256))
    if stored is not None:
        return stored
    clash = s.scalar(
        select(StoredTemplate.id).where(
            StoredTemplate.slug == template.template_id, StoredTemplate.version == template.version
        )
    )
    if clash is not None:  # same name and version, other rules: never silently mix them
        raise DeskError(
            "form-version-clash", path, form=template.template_id, version=template.version
        )
    stored = StoredTemplate(
        sha256=template.sha256,
        slug=template.template_id,
        version=template.version,
        kind=template.kind,
        category=template.category,
        canonical=template_bytes(template),
    )
    s.add(stored)
    s.flush()
    return stored
