"""The chair's decisions, each saved as one small transaction with one audit entry
(STYLE §5): flag resolutions, veto verdicts, grade and recommendation overrides, the panel
opinion, manual tie-break orders, and the settling of equivocation alarms.

Stored in ``chair_decisions`` (the current state, one row per decided thing) and
``chair_audit`` (append-only: every change, in order, with the version it belongs to).
Decisions are plain inputs to the engine (``scoring.ChairDecisions``); the rules about
them (a veto needs a reason, an override contradicting a confirmed veto is refused, …)
stay in the engine, which reports a refused decision as a blocker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.record import ABSENT, current_version
from reviewdesk.core.chair.views import AuditEntry
from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.errors import DeskError
from reviewdesk.core.scoring import (
    ChairDecisions,
    GradeOverride,
    ManualOrder,
    RecommendationOverride,
    VetoDecision,
    VetoVerdict,
)
from reviewdesk.core.storage.models import ChairAlarm, ChairAuditEntry, ChairDecision

FLAG, VETO, GRADE, RECOMMENDATION, OPINION, ORDER = (
    "flag", "veto", "grade", "recommendation", "opinion", "manual-order",
)  # fmt: skip
PANEL = ""  # the applicant column of panel-wide decisions


@dataclass(frozen=True)
class PanelDecisions:
    """Everything decided so far, as the engine takes it."""

    per_applicant: dict[str, ChairDecisions]
    opinions: dict[str, str]
    manual_orders: tuple[ManualOrder, ...]
    absent: frozenset[str] = frozenset()  # experts not at the meeting (no signature line)

    def of(self, applicant: str) -> ChairDecisions:
        return self.per_applicant.get(applicant, ChairDecisions())


def load(desk: Desk) -> PanelDecisions:
    veto: dict[str, dict[str, VetoDecision]] = {}
    notes: dict[str, dict[str, str]] = {}
    grades: dict[str, GradeOverride] = {}
    recs: dict[str, RecommendationOverride] = {}
    opinions: dict[str, str] = {}
    orders: list[ManualOrder] = []
    absent: set[str] = set()
    with desk.db.session() as s:
        query = select(ChairDecision).where(ChairDecision.desk_id == desk.desk_id)
        for row in s.scalars(query.order_by(ChairDecision.id)):
            a = row.applicant
            if row.kind == FLAG:
                notes.setdefault(a, {})[row.subject] = row.value
            elif row.kind == VETO:
                veto.setdefault(a, {})[row.subject] = VetoDecision(VetoVerdict(row.value),
                                                                   row.reason)  # fmt: skip
            elif row.kind == GRADE:
                grades[a] = GradeOverride(Grade(row.value), row.reason)
            elif row.kind == RECOMMENDATION:
                recs[a] = RecommendationOverride(Recommendation(row.value), row.reason)
            elif row.kind == OPINION:
                opinions[a] = row.value
            elif row.kind == ORDER:
                orders.append(ManualOrder(tuple(row.value.split("\n")), row.reason))
            elif row.kind == ABSENT:
                absent.add(row.subject)
    applicants = set(veto) | set(notes) | set(grades) | set(recs)
    per = {
        a: ChairDecisions(veto.get(a, {}), notes.get(a, {}), grades.get(a), recs.get(a))
        for a in applicants
    }
    return PanelDecisions(per, opinions, tuple(orders), frozenset(absent))


def _require_open(desk: Desk, s: Session) -> int:
    version = current_version(s, desk.desk_id)
    if version.finalised_at is not None:
        raise DeskError("chair-version-finalised", version=version.number)
    return version.number


def _require_applicant(desk: Desk, applicant: str) -> None:
    if all(a.ref != applicant for a in desk.package.details.applicants):
        raise DeskError("unknown-applicant", applicant=applicant, round=desk.package.manifest.round)


def _reason(reason: str, what: str) -> str:
    if not reason.strip():
        raise DeskError("decision-reason-required", decision=what)
    return reason.strip()


def _save(
    desk: Desk, applicant: str, kind: str, subject: str, value: str | None, reason: str,
    now: datetime, action: str | None = None,
) -> None:  # fmt: skip
    """Set (``value`` not None) or withdraw one decision, and audit it: one transaction."""
    with desk.db.session() as s, s.begin():
        version = _require_open(desk, s)
        row = s.scalar(
            select(ChairDecision).where(
                ChairDecision.desk_id == desk.desk_id, ChairDecision.applicant == applicant,
                ChairDecision.kind == kind, ChairDecision.subject == subject,
            )
        )  # fmt: skip
        if value is None:
            if row is None:
                return
            s.delete(row)
        elif row is None:
            s.add(ChairDecision(desk_id=desk.desk_id, applicant=applicant, kind=kind,
                                subject=subject, value=value, reason=reason,
                                decided_at=now))  # fmt: skip
        else:
            row.value, row.reason, row.decided_at = value, reason, now
        audit(
            s,
            desk,
            version,
            now,
            action or kind,
            applicant or None,
            subject,
            "" if value is None else value,
            reason if value is not None else "withdrawn",
        )


def audit(
    s: Session, desk: Desk, version: int, now: datetime, action: str,
    applicant: str | None, subject: str, value: str, reason: str,
) -> None:  # fmt: skip
    s.add(ChairAuditEntry(desk_id=desk.desk_id, version=version, at=now, action=action,
                          applicant=applicant, subject=subject, value=value,
                          reason=reason))  # fmt: skip


def resolve_flag(desk: Desk, applicant: str, flag_id: str, note: str, now: datetime) -> None:
    _require_applicant(desk, applicant)
    _save(desk, applicant, FLAG, flag_id, note.strip() or None, "", now)


def decide_veto(
    desk: Desk, applicant: str, item: str, verdict: VetoVerdict | None, reason: str,
    now: datetime,
) -> None:  # fmt: skip
    _require_applicant(desk, applicant)
    if verdict is not None:
        reason = _reason(reason, f"veto {item}")
    _save(desk, applicant, VETO, item, None if verdict is None else verdict.value, reason, now)


def override_grade(desk: Desk, applicant: str, grade: Grade, reason: str, now: datetime) -> None:
    _require_applicant(desk, applicant)
    _save(desk, applicant, GRADE, "", grade.value, _reason(reason, "grade"), now)


def accept_grade(desk: Desk, applicant: str, now: datetime) -> None:
    _require_applicant(desk, applicant)
    with desk.db.session() as s, s.begin():
        version = _require_open(desk, s)
        row = s.scalar(
            select(ChairDecision).where(
                ChairDecision.desk_id == desk.desk_id, ChairDecision.applicant == applicant,
                ChairDecision.kind == GRADE,
            )
        )  # fmt: skip
        if row is not None:
            s.delete(row)
        audit(s, desk, version, now, "accept-grade", applicant, "", "computed", "")


def override_recommendation(
    desk: Desk, applicant: str, recommendation: Recommendation | None, reason: str,
    now: datetime,
) -> None:  # fmt: skip
    _require_applicant(desk, applicant)
    if recommendation is not None:
        reason = _reason(reason, "recommendation")
    value = None if recommendation is None else recommendation.value
    _save(desk, applicant, RECOMMENDATION, "", value, reason, now)


def set_opinion(desk: Desk, applicant: str, text: str, now: datetime) -> None:
    _require_applicant(desk, applicant)
    _save(desk, applicant, OPINION, "", text if text.strip() else None, "", now)


def set_manual_order(desk: Desk, applicants: Sequence[str], reason: str, now: datetime) -> None:
    refs = tuple(applicants)
    if len(refs) < 2 or len(set(refs)) != len(refs):
        raise DeskError("manual-order-invalid", applicants=",".join(refs))
    for ref in refs:
        _require_applicant(desk, ref)
    text = "\n".join(refs)
    _save(desk, PANEL, ORDER, ",".join(sorted(refs)), text, _reason(reason, "order"), now)


def remove_manual_order(desk: Desk, applicants: Sequence[str], now: datetime) -> None:
    _save(desk, PANEL, ORDER, ",".join(sorted(applicants)), None, "", now)


def set_present(desk: Desk, expert: str, present: bool, now: datetime) -> None:
    """Who is at the meeting: the report prints a signature line for each expert present
    (everyone, until the chair says otherwise)."""
    if expert not in desk.assignments():
        raise DeskError("unknown-expert", expert=expert)
    _save(desk, PANEL, ABSENT, expert, None if present else "absent", "", now,
          action="present" if present else "absent")  # fmt: skip


def resolve_alarm(desk: Desk, alarm_id: int, note: str, now: datetime) -> None:
    note = _reason(note, "alarm")
    with desk.db.session() as s, s.begin():
        version = _require_open(desk, s)
        alarm = s.get(ChairAlarm, alarm_id)
        if alarm is None or alarm.desk_id != desk.desk_id:
            raise DeskError("chair-alarm-unknown", alarm=alarm_id)
        alarm.resolution, alarm.resolved_at = note, now
        audit(s, desk, version, now, "resolve-alarm", None, f"alarm {alarm_id}",
              f"{alarm.expert} r{alarm.revision}", note)  # fmt: skip


def audit_trail(desk: Desk) -> list[AuditEntry]:
    with desk.db.session() as s:
        query = select(ChairAuditEntry).where(ChairAuditEntry.desk_id == desk.desk_id)
        return [
            AuditEntry(r.id, r.at, r.action, r.applicant, r.subject, r.value, r.reason, r.version)
            for r in s.scalars(query.order_by(ChairAuditEntry.id))
        ]
