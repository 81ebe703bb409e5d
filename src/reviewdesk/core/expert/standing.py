"""Where the expert stands (issue 9 §4-6): a package's overview, every applicant's total,
grade and vetoes ("my scores"), which signed revision holds each applicant, what changing a
declaration after submitting costs, and the home screen's list of packages.

Revisions. Every submission signs all applicants not withdrawn into revision n of the score
file; a sheet left unchanged stays frozen from the revision it was first signed in, but the
newest score file holds it too. So "which revision holds KY-01" is the newest score file
whose applicants include KY-01, while its latest sheet is still the signed one; after an edit
it is "changed since revision n".

Grades. The band of the expert's total, except that a claimed veto item makes the sheet say
不合格 (``scoring.sheet_grade``): the chair then decides whether the veto stands. Veto items
are numbered 1..n in the form's order (their keys may have gaps: V1, V2, V3, V5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.core.domain import Conflict, Grade, Text
from reviewdesk.core.expert import declarations as decl
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.record import RecentPackage, recent_packages
from reviewdesk.core.expert.sheets import Stage
from reviewdesk.core.scoring import running_total, sheet_grade, sheet_total
from reviewdesk.core.storage.models import (
    Applicant,
    Assignment,
    ConflictDeclaration,
    Expert,
    ExpertPackage,
    ScoreSubmission,
)
from reviewdesk.core.storage.models import ScoreSheet as SheetRow
from reviewdesk.core.storage.models import SheetStatus as StoredStatus

if TYPE_CHECKING:
    from reviewdesk.core.expert.submit import ExpertDesk
    from reviewdesk.core.storage import Database
    from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class VetoMark:
    """A veto item as the person reads it: its place on the form (1..n), key and name."""

    number: int
    key: str
    name: Text


@dataclass(frozen=True)
class MyScore:
    """One row of "my scores"."""

    ref: str
    name: str
    conflict: Conflict | None  # None: not declared yet
    conflict_text: str
    stage: Stage
    total: Decimal | None  # None while a criterion lacks a score (or withdrawn)
    running_total: Decimal  # what is scored so far
    score_grade: Grade | None  # the band of the total
    grade: Grade | None  # what the sheet says: 不合格 when a veto is claimed
    vetoes: tuple[VetoMark, ...]
    submitted_in: int | None  # the newest score file revision holding this sheet unchanged
    last_in: int | None  # the newest score file revision that held this applicant

    @property
    def withdrawn(self) -> bool:
        return self.conflict is Conflict.DISQUALIFYING

    @property
    def changed_since(self) -> int | None:
        """The revision this applicant changed after (None: unchanged or never signed)."""
        return self.last_in if self.last_in is not None and self.submitted_in is None else None


@dataclass(frozen=True)
class Standing:
    """The package overview (counts over the package's applicants)."""

    applicants: int
    declared: int
    withdrawn: int
    scored: int  # some score entered (among those not withdrawn)
    complete: int  # ready to sign or signed
    submitted: int  # held unchanged by the newest score file
    deadline: datetime | None
    time_left: timedelta | None  # negative once the deadline has passed
    last_revision: int | None  # the newest score file signed, None before the first
    last_submitted_at: datetime | None
    unsubmitted_changes: bool  # something changed since ``last_revision``

    @property
    def to_score(self) -> int:
        return self.applicants - self.withdrawn

    @property
    def overdue(self) -> bool:
        return self.time_left is not None and self.time_left <= timedelta(0)


@dataclass(frozen=True)
class DeclarationChange:
    """What changing a declaration after a submission means (asked before it is made)."""

    applicant: str
    revision: int  # the newest score file that holds the applicant's declaration
    old: Conflict
    new: Conflict
    drops_scores: bool  # the applicant's scores leave the next revision (now withdrawn)
    restores_scoring: bool  # withdrawn before: the applicant must be scored now


@dataclass(frozen=True)
class PackageProgress:
    """A package on the home screen: names, progress and deadline."""

    package: RecentPackage
    round_title: str
    panel_title: str
    applicants: int
    declared: int
    withdrawn: int
    complete: int
    submitted: int
    last_revision: int | None

    @property
    def digest(self) -> str:
        return self.package.digest

    @property
    def deadline(self) -> datetime | None:
        return self.package.deadline


def veto_marks(template: Template, keys: Sequence[str]) -> tuple[VetoMark, ...]:
    """The claimed items ``keys`` numbered by their place on the form."""
    wanted = set(keys)
    return tuple(
        VetoMark(number, item.key, item.name)
        for number, item in enumerate(template.veto_items, start=1)
        if item.key in wanted
    )


def held_revisions(desk: ExpertDesk) -> dict[str, int]:
    """For each applicant, the newest score file revision that holds it."""
    with desk.db.session() as s:
        rows = s.execute(
            select(ScoreSubmission.revision, ScoreSubmission.applicants)
            .where(ScoreSubmission.package_id == desk.package_row)
            .order_by(ScoreSubmission.revision)
        ).all()
    held: dict[str, int] = {}
    for revision, applicants in rows:
        for ref in applicants.split("\n"):
            if ref:
                held[ref] = revision
    return held


def my_scores(desk: ExpertDesk) -> list[MyScore]:
    """Every applicant of the package, in package order (module text)."""
    declared = decl.declarations(desk.db, desk.expert, desk.round)
    held = held_revisions(desk)
    out: list[MyScore] = []
    for entry in desk.summary.applicants:
        d = declared.get(entry.ref)
        conflict = None if d is None else d.kind
        sheet_id = sheets.find_sheet(desk.db, desk.round, desk.expert, entry.ref)
        if sheet_id is None or conflict is Conflict.DISQUALIFYING:
            stage = Stage.NOT_STARTED
            total, running = None, Decimal(0)
            claimed: tuple[VetoMark, ...] = ()
            signed = False
        else:
            sheet = sheets.load_sheet(desk.db, sheet_id)
            stage = sheets.stage_of(desk.template, sheet)
            total = sheet_total(desk.template, sheet)
            running = running_total(desk.template, sheet)
            claimed = veto_marks(desk.template, [v.item for v in sheet.vetoes])
            signed = sheet.signed
        last_in = held.get(entry.ref)
        out.append(
            MyScore(
                entry.ref,
                entry.name,
                conflict,
                "" if d is None else d.text,
                stage,
                total,
                running,
                None if total is None else sheet_grade(desk.template, total, False),
                None
                if conflict is Conflict.DISQUALIFYING
                else sheet_grade(desk.template, total, bool(claimed)),
                claimed,
                last_in if signed else None,
                last_in,
            )
        )
    return out


def standing(desk: ExpertDesk, now: datetime, rows: Sequence[MyScore] | None = None) -> Standing:
    """The package overview at ``now`` (aware)."""
    from reviewdesk.core.expert import submit as submitting

    rows = my_scores(desk) if rows is None else rows
    active = [r for r in rows if r.conflict is not None and not r.withdrawn]
    last = submitting.last_submission(desk)
    deadline = None
    if desk.summary.deadline:
        deadline = datetime.fromisoformat(desk.summary.deadline)
    return Standing(
        applicants=len(rows),
        declared=sum(r.conflict is not None for r in rows),
        withdrawn=sum(r.withdrawn for r in rows),
        scored=sum(r.stage is not Stage.NOT_STARTED for r in active),
        complete=sum(r.stage in (Stage.COMPLETE, Stage.SUBMITTED) for r in active),
        submitted=sum(r.submitted_in is not None for r in active),
        deadline=deadline,
        time_left=None if deadline is None else deadline - now,
        last_revision=None if last is None else last.revision,
        last_submitted_at=None if last is None else last.submitted_at,
        unsubmitted_changes=last is not None and submitting.changed_since_submission(desk),
    )


def declaration_change(desk: ExpertDesk, applicant: str, new: Conflict) -> DeclarationChange | None:
    """What declaring ``new`` for ``applicant`` would change in what was signed; None when
    nothing signed holds its declaration or the kind stays the same."""
    desk._require_applicant(applicant)
    old = decl.declarations(desk.db, desk.expert, desk.round).get(applicant)
    if old is None or old.kind is new:
        return None
    revision = _newest_revision(desk)
    if revision is None:
        return None
    scored = False
    sheet_id = sheets.find_sheet(desk.db, desk.round, desk.expert, applicant)
    if sheet_id is not None:
        scored = sheets.sheet_status(desk.db, sheet_id).stage is not Stage.NOT_STARTED
    return DeclarationChange(
        applicant,
        revision,
        old.kind,
        new,
        drops_scores=new is Conflict.DISQUALIFYING and scored,
        restores_scoring=old.kind is Conflict.DISQUALIFYING,
    )


def _newest_revision(desk: ExpertDesk) -> int | None:
    with desk.db.session() as s:
        return s.scalar(
            select(func.max(ScoreSubmission.revision)).where(
                ScoreSubmission.package_id == desk.package_row
            )
        )


def home_packages(db: Database, expert: str | None = None) -> list[PackageProgress]:
    """Every package opened here (or by ``expert``), most recent first, with progress from
    the stored sheet statuses (no identity needed: nothing is decrypted)."""
    out: list[PackageProgress] = []
    with db.session() as s:
        for package in recent_packages(db, expert):
            row = s.scalar(
                select(ExpertPackage)
                .join(Expert)
                .where(ExpertPackage.digest == package.digest, Expert.fingerprint == package.expert)
            )
            if row is None:
                continue
            applicant_ids = list(
                s.scalars(
                    select(Assignment.applicant_id)
                    .join(Applicant, Assignment.applicant_id == Applicant.id)
                    .where(
                        Assignment.expert_id == row.expert_id,
                        Assignment.panel_id == row.panel_id,
                        Applicant.round_id == row.round_id,
                    )
                )
            )
            kinds: dict[int, Conflict] = {
                applicant_id: kind
                for applicant_id, kind in s.execute(
                    select(ConflictDeclaration.applicant_id, ConflictDeclaration.kind).where(
                        ConflictDeclaration.expert_id == row.expert_id,
                        ConflictDeclaration.applicant_id.in_(applicant_ids),
                    )
                )
            }
            latest = _latest_statuses(s, row.expert_id, applicant_ids)
            active = [a for a in applicant_ids if a in kinds and kinds[a] != Conflict.DISQUALIFYING]
            done = {StoredStatus.COMPLETE, StoredStatus.SUBMITTED}
            last_revision = s.scalar(
                select(func.max(ScoreSubmission.revision)).where(
                    ScoreSubmission.package_id == row.id
                )
            )
            out.append(
                PackageProgress(
                    package,
                    row.round.name or row.round.ref,
                    row.panel_title or row.panel.name,
                    len(applicant_ids),
                    len(kinds),
                    sum(k == Conflict.DISQUALIFYING for k in kinds.values()),
                    sum(latest.get(a) in done for a in active),
                    sum(latest.get(a) is StoredStatus.SUBMITTED for a in active),
                    last_revision,
                )
            )
    return out


def _latest_statuses(
    s: Session, expert_id: int, applicant_ids: list[int]
) -> dict[int, StoredStatus]:
    newest = (
        select(SheetRow.applicant_id, func.max(SheetRow.revision).label("revision"))
        .where(SheetRow.expert_id == expert_id, SheetRow.applicant_id.in_(applicant_ids))
        .group_by(SheetRow.applicant_id)
        .subquery()
    )
    rows = s.execute(
        select(SheetRow.applicant_id, SheetRow.status)
        .join(
            newest,
            (SheetRow.applicant_id == newest.c.applicant_id)
            & (SheetRow.revision == newest.c.revision),
        )
        .where(SheetRow.expert_id == expert_id)
    )
    return {applicant_id: status for applicant_id, status in rows}
