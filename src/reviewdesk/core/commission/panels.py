"""Panels and who scores whom: panels of a round (one category each, members and a chair by
roster key), applicants placed in panels, the automatic proposal (``assignment``) stored per
applicant, hand edits, and the check before building.

An assignment row holds one applicant's experts. Staff editing the same applicant at once:
the second save names an older version and is refused (``changed-by-someone-else``). A new
proposal replaces the panel's rows, and names the panel version it was made against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from reviewdesk.core.commission.assignment import (
    AssignmentPlan,
    AssignmentProblem,
    ExpertRecord,
    check_assignment,
    propose_assignment,
)
from reviewdesk.core.commission.keys import find_key, key_record
from reviewdesk.core.commission.records import expect_version, json_text, json_value, transaction
from reviewdesk.core.commission.round_setup import (
    applicant_record,
    find_round,
    round_applicants,
    round_forms,
)
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.crypto.roster_model import PANEL_RE
from reviewdesk.core.domain import Category
from reviewdesk.core.errors import InputError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    CommissionApplicant,
    CommissionAssignment,
    CommissionKey,
    CommissionPanel,
    CommissionPanelMember,
    CommissionRound,
)


@dataclass(frozen=True)
class PanelInfo:
    ref: str
    name: str
    category: Category
    chair: str | None  # keyid
    members: tuple[str, ...]  # expert keyids, sorted
    minimum: int
    per_applicant: int | None
    applicants: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class AssignmentRow:
    applicant: str
    panel: str
    experts: tuple[str, ...]
    edited: bool
    note: str
    version: int


def panel_info(session: Session, row: CommissionPanel) -> PanelInfo:
    refs = session.scalars(
        select(CommissionApplicant.ref)
        .where(CommissionApplicant.panel_id == row.id)
        .order_by(CommissionApplicant.ref)
    )
    return PanelInfo(
        row.ref,
        row.name,
        row.category,
        row.chair_keyid,
        tuple(sorted(m.keyid for m in row.members)),
        row.minimum,
        row.per_applicant,
        tuple(refs),
        row.version,
    )


def create_panel(
    db: Database,
    round_ref: str,
    ref: str,
    *,
    name: str,
    category: Category,
    minimum: int | None = None,
    per_applicant: int | None = None,
) -> PanelInfo:
    """A new panel; ``minimum`` defaults to the category form's minimum of counted sheets."""
    if not PANEL_RE.fullmatch(ref):
        raise InputError("panel-ref-invalid", panel=ref)
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        if _panel_row(session, rnd, ref, missing_ok=True) is not None:
            raise InputError("panel-exists", panel=ref)
        if minimum is None:
            form = round_forms(session, rnd).get(category)
            if form is None:
                raise InputError("form-missing", ref=round_ref, category=category.value)
            minimum = form.template.aggregation.min_sheets
        _check_counts(minimum, per_applicant)
        row = CommissionPanel(
            round_id=rnd.id,
            ref=ref,
            name=name.strip() or ref,
            category=category,
            minimum=minimum,
            per_applicant=per_applicant,
        )
        session.add(row)
        session.flush()
        return panel_info(session, row)


def set_panel_people(
    db: Database,
    round_ref: str,
    panel_ref: str,
    *,
    members: Sequence[str],
    chair: str | None,
    expected_version: int | None,
) -> PanelInfo:
    """The panel's experts and its chair, by key id (or a unique prefix of 8+ digits)."""
    with transaction(db) as session:
        row = _panel_row(session, find_round(session, round_ref), panel_ref)
        expect_version(row, expected_version, row.ref)
        keys = [_person(session, k, RosterRole.EXPERT) for k in members]
        if len({k.keyid for k in keys}) != len(keys):
            raise InputError("panel-member-twice", panel=panel_ref)
        chair_key = None if chair is None else _person(session, chair, RosterRole.CHAIR)
        if chair_key is not None and chair_key.keyid in {k.keyid for k in keys}:
            raise InputError("panel-chair-is-expert", panel=panel_ref, name=chair_key.name)
        row.chair_keyid = None if chair_key is None else chair_key.keyid
        row.members = [CommissionPanelMember(keyid=k.keyid) for k in keys]
        _touch(row)  # the members alone would not move the panel's version
        session.flush()
        return panel_info(session, row)


def place_applicants(
    db: Database, round_ref: str, panel_ref: str, refs: Sequence[str] | None = None
) -> PanelInfo:
    """Put applicants in the panel: the given ones, or every applicant of the panel's
    category that is in no panel yet. An applicant of another category is refused: a
    package carries one form."""
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        row = _panel_row(session, rnd, panel_ref)
        everyone = {a.ref: a for a in round_applicants(session, rnd)}
        if refs is None:
            chosen = [
                a for a in everyone.values() if a.category is row.category and a.panel_id is None
            ]
        else:
            unknown = [r for r in refs if r not in everyone]
            if unknown:
                raise InputError("applicant-unknown", ref=unknown[0])
            chosen = [everyone[r] for r in refs]
        for applicant in chosen:
            if applicant.category is not row.category:
                raise InputError(
                    "applicant-wrong-category",
                    ref=applicant.ref,
                    category=applicant.category.value,
                    panel=row.ref,
                )
            if applicant.panel_id not in (None, row.id):
                session.execute(
                    delete(CommissionAssignment).where(
                        CommissionAssignment.applicant_id == applicant.id
                    )
                )
            applicant.panel_id = row.id
        _touch(row)
        session.flush()
        return panel_info(session, row)


def panels(db: Database, round_ref: str) -> list[PanelInfo]:
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        rows = session.scalars(
            select(CommissionPanel)
            .where(CommissionPanel.round_id == rnd.id)
            .order_by(CommissionPanel.ref)
        )
        return [panel_info(session, r) for r in rows]


def propose(
    db: Database, round_ref: str, panel_ref: str, *, expected_version: int | None = None
) -> AssignmentPlan:
    """Propose the panel's assignment and store it (replacing the panel's rows)."""
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        row = _panel_row(session, rnd, panel_ref)
        expect_version(row, expected_version, row.ref)
        people = expert_records(session, row)
        listed = _panel_applicants(session, row)
        if not listed:
            raise InputError("panel-has-no-applicants", panel=row.ref)
        plan = propose_assignment(
            [applicant_record(a) for a in listed],
            people,
            minimum=row.minimum,
            per_applicant=row.per_applicant,
        )
        session.execute(delete(CommissionAssignment).where(CommissionAssignment.panel_id == row.id))
        now = datetime.now(UTC)
        for applicant in listed:
            session.add(
                CommissionAssignment(
                    panel_id=row.id,
                    applicant_id=applicant.id,
                    experts=json_text(plan.experts_of(applicant.ref)),
                    edited=False,
                    note="",
                    updated_at=now,
                )
            )
        _touch(row)
        return plan


def edit_assignment(
    db: Database,
    round_ref: str,
    applicant_ref: str,
    experts: Sequence[str],
    *,
    expected_version: int | None,
    note: str = "",
) -> AssignmentRow:
    """Set the experts who score one applicant (key ids or unique prefixes)."""
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        applicant = _applicant(session, rnd, applicant_ref)
        if applicant.panel_id is None:
            raise InputError("applicant-not-in-panel", ref=applicant_ref)
        keyids = sorted({find_key(session, k).keyid for k in experts})
        row = session.scalar(
            select(CommissionAssignment).where(CommissionAssignment.applicant_id == applicant.id)
        )
        if row is None:
            if expected_version is not None:
                raise InputError("changed-by-someone-else", what=applicant_ref)
            row = CommissionAssignment(panel_id=applicant.panel_id, applicant_id=applicant.id)
            session.add(row)
        else:
            expect_version(row, expected_version, applicant_ref)
        row.experts = json_text(keyids)
        row.edited = True
        row.note = note
        row.updated_at = datetime.now(UTC)
        session.flush()
        return _row(row, applicant.ref, panel_ref_of(session, applicant.panel_id))


def assignment_rows(db: Database, round_ref: str, panel_ref: str) -> list[AssignmentRow]:
    with transaction(db) as session:
        row = _panel_row(session, find_round(session, round_ref), panel_ref)
        return [_row(r, ref, row.ref) for ref, r in panel_assignments(session, row)]


def panel_assignments(
    session: Session, row: CommissionPanel
) -> list[tuple[str, CommissionAssignment]]:
    query = (
        select(CommissionApplicant.ref, CommissionAssignment)
        .join(CommissionAssignment, CommissionAssignment.applicant_id == CommissionApplicant.id)
        .where(CommissionAssignment.panel_id == row.id)
        .order_by(CommissionApplicant.ref)
    )
    return [(ref, a) for ref, a in session.execute(query)]


def check_panel(session: Session, row: CommissionPanel) -> list[AssignmentProblem]:
    """``check_assignment`` on the stored rows, with the conflicts as the register knows
    them now (an edit made before a relation was declared is caught here)."""
    pairs = [(e, ref) for ref, a in panel_assignments(session, row) for e in json_value(a.experts)]
    listed = [applicant_record(a) for a in _panel_applicants(session, row)]
    return check_assignment(pairs, listed, expert_records(session, row), minimum=row.minimum)


def expert_records(session: Session, row: CommissionPanel) -> list[ExpertRecord]:
    out = []
    for member in sorted(row.members, key=lambda m: m.keyid):
        key = session.scalar(select(CommissionKey).where(CommissionKey.keyid == member.keyid))
        assert key is not None
        record = key_record(key)
        out.append(
            ExpertRecord(
                record.keyid,
                record.name,
                record.institution,
                record.email,
                frozenset(record.relations),
                dict(record.relations),
            )
        )
    return out


def panel_ref_of(session: Session, panel_id: int) -> str:
    row = session.get(CommissionPanel, panel_id)
    assert row is not None
    return row.ref


def find_panel(session: Session, rnd: CommissionRound, ref: str) -> CommissionPanel:
    row = _panel_row(session, rnd, ref)
    assert row is not None
    return row


def _panel_row(
    session: Session, rnd: CommissionRound, ref: str, *, missing_ok: bool = False
) -> CommissionPanel:
    row = session.scalar(
        select(CommissionPanel).where(
            CommissionPanel.round_id == rnd.id, CommissionPanel.ref == ref
        )
    )
    if row is None and not missing_ok:
        raise InputError("panel-unknown", panel=ref)
    return row  # type: ignore[return-value]


def _panel_applicants(session: Session, row: CommissionPanel) -> list[CommissionApplicant]:
    return list(
        session.scalars(
            select(CommissionApplicant)
            .where(CommissionApplicant.panel_id == row.id)
            .order_by(CommissionApplicant.ref)
        )
    )


def _applicant(session: Session, rnd: CommissionRound, ref: str) -> CommissionApplicant:
    row = session.scalar(
        select(CommissionApplicant).where(
            CommissionApplicant.round_id == rnd.id, CommissionApplicant.ref == ref
        )
    )
    if row is None:
        raise InputError("applicant-unknown", ref=ref)
    return row


def _person(session: Session, keyid: str, section: RosterRole) -> CommissionKey:
    key = find_key(session, keyid)
    if not key_record(key).holds(section):  # an expert may chair another panel
        raise InputError("key-not-in-section", name=key.name, section=section.value)
    if key.revoked_at is not None:
        raise InputError("key-already-revoked", name=key.name)
    return key


def _touch(row: CommissionPanel) -> None:
    """Mark the panel changed, so its version moves even when only related rows did."""
    flag_modified(row, "name")


def _check_counts(minimum: int, per_applicant: int | None) -> None:
    if minimum < 1 or (per_applicant is not None and per_applicant < minimum):
        raise InputError("panel-counts-invalid", minimum=minimum, per_applicant=per_applicant)


def _row(row: CommissionAssignment, applicant: str, panel: str) -> AssignmentRow:
    return AssignmentRow(
        applicant, panel, tuple(json_value(row.experts)), row.edited, row.note, row.version
    )
