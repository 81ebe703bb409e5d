"""The chair's JSON documents inside a result bundle (FORMAT §7): the panel result
(``consolidation`` blob, ``reviewdesk-panel-result/1``) and the decisions with the audit
trail (``decisions`` blob, ``reviewdesk-chair-decisions/1``). Canonical JSON; decimals are
strings in plain notation, times UTC text, enums their values.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.chair import importing
from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.decisions import audit_trail
from reviewdesk.core.chair.views import PanelMatrix
from reviewdesk.core.storage.models import ChairDecision, ChairVersion

PANEL_RESULT_FORMAT = "reviewdesk-panel-result/1"
DECISIONS_FORMAT = "reviewdesk-chair-decisions/1"


def time_text(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _enum(value: Any) -> Any:
    return None if value is None else value.value


def panel_result(desk: Desk, matrix: PanelMatrix, version: int, at: datetime) -> bytes:
    info = desk.package
    m = info.manifest
    t = desk.template
    applicants = []
    for row in matrix.rows:
        r = row.result
        paper = {(h.sheet.expert_id, h.sheet.revision) for h in row.sheets if h.entered_by_chair}
        applicants.append({
            "id": r.applicant_id, "name": row.applicant.name,
            "category": row.applicant.category.value, "status": r.status.value,
            "method": _enum(r.method), "panel_score": _dec(r.panel_score),
            "plain_mean": _dec(r.plain_mean), "computed_grade": _enum(r.computed_grade),
            "grade_override": None if r.grade_override is None else {
                "grade": r.grade_override.grade.value, "reason": r.grade_override.reason},
            "grade": _enum(r.grade), "published_grade": _enum(row.published_grade),
            "computed_recommendation": _enum(r.computed_recommendation),
            "recommendation": _enum(r.recommendation),
            "rank": None if row.ranked is None else row.ranked.position,
            "unranked": None if row.unranked is None else row.unranked.reason.value,
            "panel_opinion": row.panel_opinion,
            "counted": [
                {"expert": c.expert_id, "revision": c.sheet.revision, "total": _dec(c.total),
                 "trimmed": c.trimmed, "late": c.sheet.late,
                 "paper": (c.expert_id, c.sheet.revision) in paper}
                for c in r.counted
            ],
            "excluded": [
                {"expert": e.sheet.expert_id, "revision": e.sheet.revision,
                 "reasons": [x.value for x in e.reasons]}
                for e in r.excluded
            ],
            "flags": [{"id": f.id, "kind": f.kind.value, "resolution": f.resolution}
                      for f in r.flags],
            "vetoes": [
                {"item": v.item, "claims": dict(v.claims),
                 "verdict": None if v.decision is None else v.decision.verdict.value,
                 "reason": None if v.decision is None else v.decision.reason}
                for v in r.vetoes
            ],
        })  # fmt: skip
    ranking = matrix.ranking
    doc = {
        "format": PANEL_RESULT_FORMAT, "round": m.round, "panel": m.panel, "version": version,
        "finalised_at": time_text(at), "deadline": info.details.deadline,
        "template": {"id": t.template_id, "version": t.version, "sha256": t.sha256},
        "applicants": applicants,
        "ranking": [
            {"applicant": e.applicant_id, "position": e.position, "grade": _enum(e.grade),
             "tied": e.tied, "beyond_quota": e.beyond_quota}
            for e in ranking.entries
        ],
        "unranked": [{"applicant": u.result.applicant_id, "reason": u.reason.value}
                     for u in ranking.unranked],
        "quota": {"enabled": ranking.quota.enabled, "mode": ranking.quota.mode.value,
                  "allowed": ranking.quota.allowed, "beyond": list(ranking.quota.beyond)},
        "leniency": [
            {"expert": x.expert_id, "counted": x.counted, "offset_sum": _dec(x.offset_sum),
             "outliers": x.outliers, "trimmed": x.trimmed}
            for x in matrix.leniency
        ],
    }  # fmt: skip
    return dumps_canonical(doc)


def decisions(desk: Desk) -> bytes:
    with desk.db.session() as s:
        rows = s.scalars(select(ChairDecision).where(ChairDecision.desk_id == desk.desk_id)
                         .order_by(ChairDecision.id))  # fmt: skip
        current = [
            {"applicant": r.applicant, "kind": r.kind, "subject": r.subject, "value": r.value,
             "reason": r.reason, "decided_at": time_text(r.decided_at)}
            for r in rows
        ]  # fmt: skip
        versions = [
            {"number": v.number, "started_at": time_text(v.started_at),
             "reopen_reason": v.reopen_reason, "finalised_at": time_text(v.finalised_at),
             "bundle_digest": v.bundle_digest}
            for v in s.scalars(select(ChairVersion).where(ChairVersion.desk_id == desk.desk_id)
                               .order_by(ChairVersion.number))
        ]  # fmt: skip
    alarms = [
        {"expert": a.expert, "revision": a.revision, "file_sha256": a.file_sha256,
         "raised_at": time_text(a.raised_at), "resolution": a.resolution,
         "resolved_at": time_text(a.resolved_at)}
        for a in importing.alarms(desk)
    ]  # fmt: skip
    audit = [
        {"number": e.number, "at": time_text(e.at), "action": e.action,
         "applicant": e.applicant, "subject": e.subject, "value": e.value,
         "reason": e.reason, "version": e.version}
        for e in audit_trail(desk)
    ]  # fmt: skip
    return dumps_canonical({"format": DECISIONS_FORMAT, "decisions": current,
                            "alarms": alarms, "audit": audit, "versions": versions})  # fmt: skip
