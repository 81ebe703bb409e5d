"""Where imported result bundles live in the commission's database (migration 0004):
the expectations read from the issued packages, and the stored bundles, their received
scores and each applicant's recomputed result.

A bundle row keeps the file as received; ``supersedes_id`` links a newer version of a
panel's result to the one it replaced, so the history stays. Each ``commission_results``
row holds the recomputed numbers and, in ``detail`` (JSON), everything the publication
prints: every sheet's raw per-criterion scores, vetoes, flags with their resolutions, the
rank with its explanation (Chinese and English, through ``core.reports.panel_text``) and the
panel's 优秀 quota check.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.commission.records import json_text
from reviewdesk.core.commission.result_recompute import Recomputation, engine_sheets
from reviewdesk.core.commission.result_verify import (
    Expectations,
    IssuedPackage,
    PanelExpectation,
    ReceivedScore,
    VerifiedBundle,
)
from reviewdesk.core.commission.round_setup import round_forms
from reviewdesk.core.crypto.roster import Roster
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.chair_documents import parse_time
from reviewdesk.core.formats.imports import ImportOutcome
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.reports.panel_data import (
    ApplicantReport,
    PanelExpert,
    PanelReportData,
    PanelSheet,
)
from reviewdesk.core.reports.panel_text import (
    flag_text,
    published_grade_note,
    quota_lines,
    rank_explanation,
)
from reviewdesk.core.reports.sheet_input import ApplicantInfo
from reviewdesk.core.scoring import CountedSheet, ExcludedSheet, PanelResult, Ranking
from reviewdesk.core.storage.models.commission import (
    CommissionApplicant,
    CommissionPackage,
    CommissionPanel,
    CommissionReceivedScore,
    CommissionResult,
    CommissionResultBundle,
    CommissionRound,
)


def expectations(session: Session) -> Expectations:
    """(round, panel) → what the commission issued for that panel, from the database."""

    def lookup(round_ref: str, panel_ref: str) -> PanelExpectation:
        rnd = session.scalar(select(CommissionRound).where(CommissionRound.ref == round_ref))
        panel = None if rnd is None else _panel(session, rnd.id, panel_ref)
        if rnd is None or panel is None:
            raise InputError("result-panel-unknown", round=round_ref, panel=panel_ref)
        forms = round_forms(session, rnd)
        if panel.category not in forms:
            raise InputError("result-panel-unknown", round=round_ref, panel=panel_ref)
        rows = list(session.scalars(select(CommissionPackage).where(
            CommissionPackage.panel_id == panel.id).order_by(CommissionPackage.id)))  # fmt: skip
        packages = {
            r.digest: IssuedPackage(r.digest, r.recipient_keyid, tuple(_json(r.applicants)))
            for r in rows
            if r.kind == "package"
        }
        latest = max((r.build for r in rows), default=0)
        assigned: dict[str, list[str]] = {}
        for r in rows:
            if r.kind == "package" and r.build == latest:
                for ref in _json(r.applicants):
                    assigned.setdefault(ref, []).append(r.recipient_keyid)
        applicants = session.scalars(
            select(CommissionApplicant)
            .where(CommissionApplicant.panel_id == panel.id)
            .order_by(CommissionApplicant.ref)
        )
        return PanelExpectation(
            round=rnd.ref, panel=panel.ref, round_name=rnd.name, panel_name=panel.name,
            round_kind=rnd.kind, template=forms[panel.category].template,
            deadline=rnd.deadline,
            applicants=tuple(ApplicantEntry(a.ref, a.name, a.category) for a in applicants),
            chairs=frozenset(r.recipient_keyid for r in rows if r.kind == "chair-package"),
            packages=packages, assignments={k: tuple(v) for k, v in assigned.items()},
        )  # fmt: skip

    return lookup


def _panel(session: Session, round_id: int, ref: str) -> CommissionPanel | None:
    return session.scalar(select(CommissionPanel).where(
        CommissionPanel.round_id == round_id, CommissionPanel.ref == ref))  # fmt: skip


def _json(text: str) -> Any:
    return json.loads(text)


def find_bundle(session: Session, digest: str) -> CommissionResultBundle | None:
    return session.scalar(select(CommissionResultBundle).where(
        CommissionResultBundle.digest == digest))  # fmt: skip


def _panel_row(session: Session, verified: VerifiedBundle) -> CommissionPanel:
    e = verified.expectation
    rnd = session.scalar(select(CommissionRound).where(CommissionRound.ref == e.round))
    panel = None if rnd is None else _panel(session, rnd.id, e.panel)
    if panel is None:
        raise InputError("result-panel-unknown", round=e.round, panel=e.panel)
    return panel


def current_bundle(session: Session, verified: VerifiedBundle) -> CommissionResultBundle | None:
    """The panel's current result: its accepted bundle of the highest version."""
    panel = _panel_row(session, verified)
    return panel_current(session, panel.id)


def panel_current(session: Session, panel_id: int) -> CommissionResultBundle | None:
    return session.scalar(
        select(CommissionResultBundle)
        .where(CommissionResultBundle.panel_id == panel_id,
               CommissionResultBundle.verdict == "accepted")
        .order_by(CommissionResultBundle.bundle_version.desc())
        .limit(1)
    )  # fmt: skip


def store_bundle(
    session: Session,
    path: Path,
    data: bytes,
    verified: VerifiedBundle,
    again: Recomputation,
    current: CommissionResultBundle | None,
    now: datetime,
) -> CommissionResultBundle:
    panel = _panel_row(session, verified)
    row = CommissionResultBundle(
        round_id=panel.round_id, panel_id=panel.id, digest=verified.digest,
        chair_keyid=verified.bundle.details.chair, bundle_version=verified.version,
        supersedes_id=None if current is None else current.id, verdict="accepted",
        reasons="[]", discrepancies="[]", file_name=path.name[:255], data=data,
        imported_at=now,
    )  # fmt: skip
    session.add(row)
    session.flush()
    latest: dict[str, ReceivedScore] = {}
    for received in verified.received:
        if received.outcome == ImportOutcome.IMPORTED and (
            received.expert not in latest or received.revision > latest[received.expert].revision
        ):
            latest[received.expert] = received
    for score in latest.values():
        session.add(CommissionReceivedScore(
            bundle_id=row.id, expert_keyid=score.expert, package_digest=score.package_digest,
            score_digest=score.digest, revision=score.revision,
            applicants=json_text(list(score.applicants))))  # fmt: skip
    report = report_data(verified, again)
    claimed = {str(a.get("id")): a for a in verified.claim["applicants"] if isinstance(a, dict)}
    for item in report.applicants:
        r = item.result
        published = again.ranking.published_grade(r)
        session.add(CommissionResult(
            bundle_id=row.id, applicant_ref=r.applicant_id,
            panel_score=None if r.panel_score is None else format(r.panel_score, "f"),
            grade=None if published is None else published.value,
            claimed_grade=claimed.get(r.applicant_id, {}).get("published_grade"),
            recommendation=None if r.recommendation is None else r.recommendation.value,
            override_reason="" if r.grade_override is None else r.grade_override.reason,
            detail=json_text(applicant_detail(report, item, again.ranking))))  # fmt: skip
    return row


def report_data(verified: VerifiedBundle, again: Recomputation) -> PanelReportData:
    """The recomputed panel in the reports' own structure (names from the roster)."""
    e = verified.expectation
    roster = verified.roster
    paper = {id(p.sheet): p.note for p in verified.paper}
    sheets = engine_sheets(verified)
    experts = sorted({x for refs in e.assignments.values() for x in refs} |
                     {s.expert_id for s in sheets})  # fmt: skip
    items = []
    for entry, result in zip(e.applicants, again.results, strict=True):
        mine = sorted((s for s in sheets if s.applicant_id == entry.ref),
                      key=lambda s: (s.expert_id, s.revision))  # fmt: skip
        items.append(ApplicantReport(
            ApplicantInfo(entry.ref, entry.name, entry.category), result,
            again.opinions.get(entry.ref, ""),
            tuple(PanelSheet(s, id(s) in paper, paper.get(id(s), "")) for s in mine)))  # fmt: skip
    chair = roster.member(verified.bundle.details.chair)
    return PanelReportData(
        round_ref=e.round, round_name=e.round_name, round_kind=e.round_kind,
        panel_ref=e.panel, panel_name=e.panel_name, template=e.template,
        chair_name="" if chair is None else chair.name,
        experts=tuple(PanelExpert(x, _name(roster, x)) for x in experts),
        applicants=tuple(items), ranking=again.ranking, fingerprint=verified.digest[:16],
        finalised_at=parse_time(verified.bundle.manifest.created_at) or datetime.now(UTC),
        version=verified.version,
    )  # fmt: skip


def _name(roster: Roster, keyid: str) -> str:
    member = roster.member(keyid)
    return keyid[:16] if member is None else str(member.name)


def applicant_detail(
    data: PanelReportData, item: ApplicantReport, ranking: Ranking
) -> dict[str, Any]:
    """What the publication prints of one applicant, as plain JSON values."""
    r: PanelResult = item.result
    ref = r.applicant_id
    entry = data.ranked(ref)
    out = data.unranked(ref)
    quota = ranking.quota
    counted = {c.sheet.expert_id: c for c in r.counted}
    excluded = {(x.sheet.expert_id, x.sheet.revision): x for x in r.excluded}
    return {
        "name": item.applicant.name, "category": item.applicant.category.value,
        "panel": data.panel_ref, "panel_name": data.panel_name,
        "status": r.status.value, "method": None if r.method is None else r.method.value,
        "panel_score": _dec(r.panel_score), "plain_mean": _dec(r.plain_mean),
        "computed_grade": _enum(r.computed_grade), "grade": _enum(r.grade),
        "published_grade": _enum(ranking.published_grade(r)),
        "computed_recommendation": _enum(r.computed_recommendation),
        "recommendation": _enum(r.recommendation),
        "grade_override": None if r.grade_override is None else {
            "grade": r.grade_override.grade.value, "reason": r.grade_override.reason},
        "recommendation_override": None if r.recommendation_override is None else {
            "recommendation": r.recommendation_override.recommendation.value,
            "reason": r.recommendation_override.reason},
        "rank": None if entry is None else entry.position,
        "ranked_count": len(ranking.entries), "tied": bool(entry and entry.tied),
        "unranked": None if out is None else out.reason.value,
        "explanation": {lang: rank_explanation(data, ref, lang) for lang in ("zh", "en")},
        "quota_note": {lang: published_grade_note(data, ref, lang) for lang in ("zh", "en")},
        "quota_lines": {lang: quota_lines(data, lang) for lang in ("zh", "en")},
        "quota": {"enabled": quota.enabled, "mode": quota.mode.value,
                  "allowed": quota.allowed, "beyond": list(quota.beyond)},
        "vetoes": [{"item": v.item, "claims": {data.expert_name(k): t for k, t in v.claims.items()},
                    "verdict": None if v.decision is None else v.decision.verdict.value,
                    "reason": None if v.decision is None else v.decision.reason}
                   for v in r.vetoes],
        "flags": [{"id": f.id, "kind": f.kind.value, "resolution": f.resolution,
                   "text": {lang: flag_text(data, f, lang) for lang in ("zh", "en")}}
                  for f in r.flags],
        "opinion": item.panel_opinion,
        "sheets": [_sheet(data, s, counted, excluded) for s in item.sheets],
    }  # fmt: skip


def _sheet(
    data: PanelReportData,
    item: PanelSheet,
    counted: dict[str, CountedSheet],
    excluded: dict[tuple[str, int], ExcludedSheet],
) -> dict[str, Any]:
    s = item.sheet
    c = counted.get(s.expert_id)
    if c is not None and c.sheet.revision != s.revision:
        c = None
    x = excluded.get((s.expert_id, s.revision))
    return {
        "expert": s.expert_id, "expert_name": data.expert_name(s.expert_id),
        "revision": s.revision, "counted": c is not None,
        "total": None if c is None else _dec(c.total),
        "individual_grade": None if c is None else c.grade.value,
        "trimmed": c is not None and c.trimmed, "late": s.late, "paper": item.entered_by_chair,
        "conflict": s.conflict.value, "reasons": [] if x is None else [v.value for v in x.reasons],
        "scores": {k: format(v, "f") for k, v in s.scores.items()},
        "vetoes": [v.item for v in s.vetoes],
    }  # fmt: skip


def _dec(value: Any) -> str | None:
    return None if value is None else format(value, "f")


def _enum(value: Any) -> Any:
    return None if value is None else value.value
