"""Reading the chair's documents carried in a result bundle (FORMAT §7): the decisions
(``reviewdesk-chair-decisions/1``) and the paper sheets (``reviewdesk-paper-sheets``).

Shared by the chair's room (which writes them) and the commission's (which recomputes every
panel result from the signed sheets and these decisions): a role's room never imports
another's, so the decoding of the format lives here with the format.

Errors: ``decisions-invalid`` and ``paper-sheets-invalid`` (``field``, ``reason``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.domain import Conflict, Grade, Recommendation
from reviewdesk.core.errors import FormatError, ReviewdeskError
from reviewdesk.core.formats.content import parse_scores
from reviewdesk.core.scoring import (
    ChairDecisions,
    GradeOverride,
    ManualOrder,
    RecommendationOverride,
    ScoreSheet,
    VetoDecision,
    VetoVerdict,
)

DECISIONS_FORMAT = "reviewdesk-chair-decisions/1"
PAPER_SHEETS_FORMAT = "reviewdesk-paper-sheets"
PAPER_SHEET_FORMAT = "reviewdesk-paper-sheet"
FLAG, VETO, GRADE, RECOMMENDATION, OPINION, ORDER = (
    "flag", "veto", "grade", "recommendation", "opinion", "manual-order",
)  # fmt: skip
_DECISION_KEYS = {"applicant", "kind", "subject", "value", "reason", "decided_at"}


@dataclass(frozen=True)
class PanelDecisions:
    """Everything the chair decided for a panel, as the grading engine takes it."""

    per_applicant: Mapping[str, ChairDecisions] = field(default_factory=dict)
    opinions: Mapping[str, str] = field(default_factory=dict)
    manual_orders: tuple[ManualOrder, ...] = ()

    def of(self, applicant: str) -> ChairDecisions:
        return self.per_applicant.get(applicant, ChairDecisions())


@dataclass(frozen=True)
class DecisionRow:
    """One current decision as stored (``applicant`` is ``""`` for a panel-wide one)."""

    applicant: str
    kind: str
    subject: str
    value: str
    reason: str


def panel_decisions(rows: list[DecisionRow]) -> PanelDecisions:
    """The engine's inputs from the current decisions, in the order they were made."""
    veto: dict[str, dict[str, VetoDecision]] = {}
    notes: dict[str, dict[str, str]] = {}
    grades: dict[str, GradeOverride] = {}
    recs: dict[str, RecommendationOverride] = {}
    opinions: dict[str, str] = {}
    orders: list[ManualOrder] = []
    for row in rows:
        a = row.applicant
        if row.kind == FLAG:
            notes.setdefault(a, {})[row.subject] = row.value
        elif row.kind == VETO:
            veto.setdefault(a, {})[row.subject] = VetoDecision(VetoVerdict(row.value), row.reason)
        elif row.kind == GRADE:
            grades[a] = GradeOverride(Grade(row.value), row.reason)
        elif row.kind == RECOMMENDATION:
            recs[a] = RecommendationOverride(Recommendation(row.value), row.reason)
        elif row.kind == OPINION:
            opinions[a] = row.value
        elif row.kind == ORDER:
            orders.append(ManualOrder(tuple(row.value.split("\n")), row.reason))
    applicants = set(veto) | set(notes) | set(grades) | set(recs)
    per = {
        a: ChairDecisions(veto.get(a, {}), notes.get(a, {}), grades.get(a), recs.get(a))
        for a in applicants
    }
    return PanelDecisions(per, opinions, tuple(orders))


def read_decisions(data: bytes, path: Path | str | None = None) -> PanelDecisions:
    """The ``decisions`` blob of a result bundle → the engine's inputs."""

    def fail(where: str, reason: str) -> FormatError:
        return FormatError("bundle-decisions-invalid", path, field=where, reason=reason)

    doc = _document(data, fail)
    if doc.get("format") != DECISIONS_FORMAT or not isinstance(doc.get("decisions"), list):
        raise fail("$.format", f"not {DECISIONS_FORMAT}")
    rows: list[DecisionRow] = []
    for n, item in enumerate(doc["decisions"]):
        where = f"$.decisions[{n}]"
        if not isinstance(item, dict) or set(item) != _DECISION_KEYS:
            raise fail(where, "not a decision")
        texts = [item[k] for k in ("applicant", "kind", "subject", "value", "reason")]
        if not all(isinstance(t, str) for t in texts):
            raise fail(where, "a field is not text")
        rows.append(DecisionRow(*texts))
    try:
        return panel_decisions(rows)
    except ValueError as exc:  # an unknown verdict, grade or recommendation
        raise fail("$.decisions", str(exc)[:200]) from None


@dataclass(frozen=True)
class PaperSheet:
    """A sheet an expert scored on paper, typed in by the chair (signed with the bundle)."""

    sheet: ScoreSheet
    note: str
    entered_at: str


def paper_sheet(value: dict[str, Any]) -> ScoreSheet:
    """One paper sheet document (``reviewdesk-paper-sheet``) → the sheet (signed)."""
    (sheet,) = parse_scores(dumps_canonical(value["scores"]), expert=value["expert"], revision=1)
    return ScoreSheet(
        sheet.expert_id, sheet.applicant_id, sheet.scores, sheet.comments, sheet.overall_opinion,
        sheet.vetoes, revision=1, signed=True, conflict=Conflict(value["conflict"]),
    )  # fmt: skip


def read_paper_sheets(data: bytes, path: Path | str | None = None) -> list[PaperSheet]:
    """The ``paper-sheets`` blob of a result bundle → the sheets with the chair's notes."""

    def fail(where: str, reason: str) -> FormatError:
        return FormatError("paper-sheets-invalid", path, field=where, reason=reason)

    doc = _document(data, fail)
    if doc.get("format") != PAPER_SHEETS_FORMAT or not isinstance(doc.get("sheets"), list):
        raise fail("$.format", f"not {PAPER_SHEETS_FORMAT}")
    out: list[PaperSheet] = []
    for n, item in enumerate(doc["sheets"]):
        where = f"$.sheets[{n}]"
        if not isinstance(item, dict) or item.get("format") != PAPER_SHEET_FORMAT:
            raise fail(where, "not a paper sheet")
        try:
            sheet = paper_sheet(item)
            out.append(PaperSheet(sheet, str(item["note"]), str(item["entered_at"])))
        except ReviewdeskError as error:
            raise fail(where, error.code) from None
        except (KeyError, TypeError, ValueError) as exc:
            raise fail(where, str(exc)[:200]) from None
    return out


def parse_time(text: object) -> datetime | None:
    """A UTC time as the chair writes it (whole or fractional seconds); ``None`` if not."""
    if not isinstance(text, str):
        return None
    for pattern in ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(text.replace("Z", "+0000"), pattern)
        except ValueError:
            continue
    return None


def _document(data: bytes, fail: Any) -> dict[str, Any]:
    try:
        doc = loads_strict(data)
    except ReviewdeskError as error:
        raise fail("$", str(error.detail.get("reason", error.code))) from None
    if not isinstance(doc, dict):
        raise fail("$", "not an object")
    return doc
