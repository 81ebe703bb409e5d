"""What the commission's screens read, each in one short transaction, from the core's own
functions (no Qt here, no rule either: the conflicts and the checks are the core's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission.applicant_list import ApplicantRecord
from reviewdesk.core.commission.assignment import (
    AssignmentProblem,
    Exclusion,
    ExpertRecord,
    conflicts,
)
from reviewdesk.core.commission.handover import IssuedPackage
from reviewdesk.core.commission.readiness import BuildProblem, check_round
from reviewdesk.core.commission.records import json_value, transaction
from reviewdesk.core.commission.round_setup import (
    RoundInfo,
    applicant_record,
    find_round,
    round_applicants,
    round_info,
)
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import CommissionRound


@dataclass(frozen=True)
class AssignmentCell:
    experts: tuple[str, ...]
    version: int | None  # None: no row stored yet


@dataclass(frozen=True)
class PanelView:
    """One panel as the assignment screen shows it."""

    info: panel_service.PanelInfo
    applicants: tuple[ApplicantRecord, ...]
    experts: tuple[ExpertRecord, ...]
    rows: dict[str, AssignmentCell]  # applicant ref → experts assigned
    exclusions: dict[tuple[str, str], tuple[Exclusion, ...]]  # (expert keyid, ref)
    problems: tuple[AssignmentProblem, ...]


def rounds(db: Database) -> list[RoundInfo]:
    with transaction(db) as session:
        rows = session.scalars(select(CommissionRound).order_by(CommissionRound.ref))
        return [round_info(r) for r in rows]


def panel_view(db: Database, round_ref: str, panel_ref: str) -> PanelView:
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        row = panel_service.find_panel(session, rnd, panel_ref)
        info = panel_service.panel_info(session, row)
        experts = tuple(panel_service.expert_records(session, row))
        applicants = tuple(
            applicant_record(a) for a in round_applicants(session, rnd) if a.panel_id == row.id
        )
        cells = {
            ref: AssignmentCell(tuple(json_value(a.experts)), a.version)
            for ref, a in panel_service.panel_assignments(session, row)
        }
        problems = tuple(panel_service.check_panel(session, row)) if experts else ()
    exclusions = {
        (e.keyid, a.ref): tuple(found)
        for a in applicants
        for e in experts
        if (found := conflicts(a, e))
    }
    return PanelView(info, applicants, experts, cells, exclusions, problems)


def build_problems(db: Database, round_ref: str, operator_keyid: str | None) -> list[BuildProblem]:
    with transaction(db) as session:
        problems, _ = check_round(session, find_round(session, round_ref), operator_keyid)
        return problems


@dataclass(frozen=True)
class LastBuild:
    """The newest build of a round as the database recorded it (the hand-over list after the
    desk was closed and opened again): its number, when, and every package it issued."""

    build: int
    built_at: datetime
    packages: tuple[IssuedPackage, ...]


def last_build(db: Database, round_ref: str) -> LastBuild | None:
    from reviewdesk.core.commission.keys import list_keys
    from reviewdesk.core.storage.models import CommissionPackage, CommissionPanel

    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        rows = list(
            session.scalars(
                select(CommissionPackage)
                .where(CommissionPackage.round_id == rnd.id)
                .order_by(CommissionPackage.id)
            )
        )
        if not rows:
            return None
        newest = max(r.build for r in rows)
        rows = [r for r in rows if r.build == newest]
        panel_refs = {
            p.id: p.ref
            for p in session.scalars(
                select(CommissionPanel).where(CommissionPanel.round_id == rnd.id)
            )
        }
        found = [
            (panel_refs.get(r.panel_id, "—"), r.kind, r.recipient_keyid, r.file_name, r.digest,
             r.file_sha256, r.size, tuple(json_value(r.applicants)), r.built_at)
            for r in rows
        ]  # fmt: skip
    keys = {k.keyid: k.identity for k in list_keys(db)}
    packages = tuple(
        IssuedPackage(panel, kind, keys[keyid], Path(name), digest, sha, size, refs)
        for panel, kind, keyid, name, digest, sha, size, refs, _when in found
        if keyid in keys
    )
    return LastBuild(newest, found[0][-1], packages)
