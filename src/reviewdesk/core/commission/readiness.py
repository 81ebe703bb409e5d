"""Is the round ready to build? Every problem named at once, before any package is written.

Checked against the published roster (what every expert's and chair's installation will
verify): the signing key is an unrevoked operational key; every chair and expert of a panel
is listed, unrevoked, on that panel. Against the set-up: a form for every panel's category,
every applicant in a panel, a chair and experts per panel, materials recorded for every
applicant and still the files that were checked (size, and a PDF that still opens), and the
assignment check (``assignment.check_assignment``) on the stored rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.commission.panels import check_panel, panel_assignments
from reviewdesk.core.commission.pdf_check import pdf_problem
from reviewdesk.core.commission.roster_publish import PublishedRoster, published_roster
from reviewdesk.core.commission.round_setup import FormInfo, round_applicants, round_forms
from reviewdesk.core.crypto.roster import Roster, RosterRole
from reviewdesk.core.domain import Category
from reviewdesk.core.storage.models import (
    CommissionApplicant,
    CommissionMaterial,
    CommissionPanel,
    CommissionRound,
)


@dataclass(frozen=True)
class BuildProblem:
    code: str
    panel: str = ""
    applicant: str = ""
    expert: str = ""  # keyid, or a file for material problems
    detail: str = ""


def check_round(
    session: Session, rnd: CommissionRound, operator_keyid: str | None
) -> tuple[list[BuildProblem], PublishedRoster | None]:
    problems: list[BuildProblem] = []
    published = published_roster(session)
    if published is None:
        problems.append(BuildProblem("roster-not-published"))
    elif operator_keyid is not None:
        member = published.roster.member(operator_keyid)
        if member is None or not member.holds(RosterRole.OPERATIONAL) or member.revoked:
            problems.append(BuildProblem("operator-not-in-roster", expert=operator_keyid))
    forms = round_forms(session, rnd)
    rows = list(
        session.scalars(
            select(CommissionPanel)
            .where(CommissionPanel.round_id == rnd.id)
            .order_by(CommissionPanel.ref)
        )
    )
    if not rows:
        problems.append(BuildProblem("round-has-no-panels"))
    applicants = round_applicants(session, rnd)
    if not applicants:
        problems.append(BuildProblem("round-has-no-applicants"))
    problems.extend(
        BuildProblem("applicant-without-panel", applicant=a.ref)
        for a in applicants
        if a.panel_id is None
    )
    for row in rows:
        problems.extend(_panel_problems(session, row, forms, published))
    problems.extend(_material_problems(session, applicants))
    return problems, published


def _panel_problems(
    session: Session,
    row: CommissionPanel,
    forms: dict[Category, FormInfo],
    published: PublishedRoster | None,
) -> list[BuildProblem]:
    out: list[BuildProblem] = []
    if row.category not in forms:
        out.append(BuildProblem("form-missing", row.ref, detail=row.category.value))
    if row.chair_keyid is None:
        out.append(BuildProblem("panel-without-chair", row.ref))
    if not row.members:
        out.append(BuildProblem("panel-without-experts", row.ref))
    if published is not None:
        roster = published.roster
        if row.chair_keyid is not None:
            out.extend(_listed(roster, row.ref, row.chair_keyid, RosterRole.CHAIR))
        for member in sorted(row.members, key=lambda m: m.keyid):
            out.extend(_listed(roster, row.ref, member.keyid, RosterRole.EXPERT))
    assigned = {ref for ref, _ in panel_assignments(session, row)}
    for applicant in session.scalars(
        select(CommissionApplicant)
        .where(CommissionApplicant.panel_id == row.id)
        .order_by(CommissionApplicant.ref)
    ):
        if applicant.ref not in assigned:
            out.append(BuildProblem("assignment-missing", row.ref, applicant.ref))
    if not row.members:
        return out
    out.extend(
        BuildProblem(p.code.value, row.ref, p.applicant, p.expert, p.detail)
        for p in check_panel(session, row)
        if not (p.code.value == "too-few-experts" and p.applicant not in assigned)
    )
    return out


def _listed(roster: Roster, panel: str, keyid: str, role: RosterRole) -> list[BuildProblem]:
    member = roster.member(keyid)
    if member is None or not member.holds(role):
        return [BuildProblem("not-in-roster", panel, expert=keyid, detail=role.value)]
    if member.revoked:
        return [BuildProblem("revoked-in-roster", panel, expert=keyid, detail=member.name)]
    if not member.serves(role, panel):
        return [BuildProblem("not-on-panel-in-roster", panel, expert=keyid, detail=member.name)]
    return []


def _material_problems(
    session: Session, applicants: list[CommissionApplicant]
) -> list[BuildProblem]:
    out: list[BuildProblem] = []
    for applicant in applicants:
        query = select(CommissionMaterial).where(CommissionMaterial.applicant_id == applicant.id)
        files = list(session.scalars(query.order_by(CommissionMaterial.name)))
        if not files:
            out.append(BuildProblem("materials-missing", applicant=applicant.ref))
        for f in files:
            path = Path(f.path)
            try:
                size = path.stat().st_size
            except OSError:
                out.append(BuildProblem("material-gone", applicant=applicant.ref, expert=f.path))
                continue
            problem = pdf_problem(path) if f.mime == "application/pdf" else None
            if size != f.size or problem is not None:
                out.append(
                    BuildProblem(
                        "material-changed",
                        applicant=applicant.ref,
                        expert=f.path,
                        detail=problem or "size",
                    )
                )
    return out
