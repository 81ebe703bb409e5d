"""The round's results table (issue 10 item 6): every panel's current accepted result, as the
commission recomputed it at import, with each applicant's grade, recommendation, rank and
its explanation, the 优秀 quota check, vetoes and overrides with their reasons.

Read from the commission's database only (``result_store`` wrote it at import), so the
table, the spreadsheet and the PDFs need no key. Panels without an accepted result are
listed as ``missing`` — a round is complete only when none is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from reviewdesk.core.commission.records import transaction
from reviewdesk.core.commission.result_store import panel_current
from reviewdesk.core.commission.round_setup import find_round
from reviewdesk.core.domain import Category, Grade, Recommendation, RoundKind
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models.commission import (
    CommissionApplicant,
    CommissionPanel,
    CommissionResult,
    CommissionResultBundle,
)


@dataclass(frozen=True)
class ResultRow:
    """One applicant's published result and everything that explains it."""

    ref: str
    name: str
    institution: str
    category: Category
    panel: str
    panel_name: str
    panel_score: Decimal | None
    grade: Grade | None  # published (after the quota)
    recommendation: Recommendation | None  # recognition rounds
    rank: int | None
    detail: dict[str, Any]  # result_store.applicant_detail

    @property
    def computed_grade(self) -> Grade | None:
        value = self.detail.get("computed_grade")
        return None if value is None else Grade(value)

    @property
    def override(self) -> dict[str, str] | None:
        value = self.detail.get("grade_override")
        return value if isinstance(value, dict) else None

    @property
    def vetoes(self) -> list[dict[str, Any]]:
        return list(self.detail.get("vetoes") or [])

    @property
    def sheets(self) -> list[dict[str, Any]]:
        return list(self.detail.get("sheets") or [])

    def explanation(self, language: str) -> list[str]:
        return list((self.detail.get("explanation") or {}).get(language) or [])

    def quota_note(self, language: str) -> str | None:
        note = (self.detail.get("quota_note") or {}).get(language)
        return None if note is None else str(note)


@dataclass(frozen=True)
class PanelOutcome:
    ref: str
    name: str
    category: Category
    version: int
    digest: str  # the accepted bundle's object digest
    chair: str  # keyid
    imported_at: datetime
    superseded: tuple[int, ...]  # older versions kept as history
    rows: tuple[ResultRow, ...]  # by rank, then unranked by ref

    def quota_lines(self, language: str) -> list[str]:
        for row in self.rows:
            lines = (row.detail.get("quota_lines") or {}).get(language)
            if lines:
                return list(lines)
        return []


@dataclass(frozen=True)
class RoundResults:
    round_ref: str
    round_name: str
    kind: RoundKind
    panels: tuple[PanelOutcome, ...]
    missing: tuple[str, ...]  # panels without an accepted result

    @property
    def complete(self) -> bool:
        return not self.missing and bool(self.panels)

    def rows(self) -> list[ResultRow]:
        return [row for panel in self.panels for row in panel.rows]


def round_results(db: Database, round_ref: str) -> RoundResults:
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        panels = list(session.scalars(select(CommissionPanel).where(
            CommissionPanel.round_id == rnd.id).order_by(CommissionPanel.ref)))  # fmt: skip
        applicants = {
            a.ref: a
            for a in session.scalars(
                select(CommissionApplicant).where(CommissionApplicant.round_id == rnd.id)
            )
        }
        outcomes: list[PanelOutcome] = []
        missing: list[str] = []
        for panel in panels:
            bundle = panel_current(session, panel.id)
            if bundle is None:
                missing.append(panel.ref)
                continue
            older = session.scalars(select(CommissionResultBundle.bundle_version).where(
                CommissionResultBundle.panel_id == panel.id,
                CommissionResultBundle.id != bundle.id,
            ).order_by(CommissionResultBundle.bundle_version))  # fmt: skip
            results = session.scalars(
                select(CommissionResult).where(CommissionResult.bundle_id == bundle.id)
            )
            rows = [_row(r, applicants.get(r.applicant_ref), panel) for r in results]
            rows.sort(key=lambda r: (r.rank is None, r.rank or 0, r.ref))
            outcomes.append(PanelOutcome(
                panel.ref, panel.name, panel.category, bundle.bundle_version, bundle.digest,
                bundle.chair_keyid, bundle.imported_at, tuple(older), tuple(rows)))  # fmt: skip
        return RoundResults(rnd.ref, rnd.name, rnd.kind, tuple(outcomes), tuple(missing))


def _row(
    r: CommissionResult, applicant: CommissionApplicant | None, panel: CommissionPanel
) -> ResultRow:
    detail = json.loads(r.detail)
    return ResultRow(
        ref=r.applicant_ref,
        name=applicant.name if applicant is not None else str(detail.get("name", "")),
        institution="" if applicant is None else applicant.institution,
        category=applicant.category if applicant is not None else Category(detail["category"]),
        panel=panel.ref, panel_name=panel.name,
        panel_score=None if r.panel_score is None else Decimal(r.panel_score),
        grade=None if r.grade is None else Grade(r.grade),
        recommendation=None if r.recommendation is None else Recommendation(r.recommendation),
        rank=detail.get("rank"), detail=detail,
    )  # fmt: skip
