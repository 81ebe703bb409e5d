"""Paper sheets: an assigned expert scored on paper and the chair types the sheet in
(issue 8 item 3). Validated exactly like a signed sheet (``scoring.validate_sheet``), kept
with the chair's note, marked "entered by the chair" everywhere, and signed by the chair's
key inside the result bundle at finalising.

A paper sheet is refused for a pair (expert, applicant) the chair already holds a signed
sheet for (``paper-sheet-signed-exists``); when a signed sheet arrives later, the paper
sheet no longer counts and the chair must remove it (a blocker says so).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.decisions import _reason, _require_open, audit
from reviewdesk.core.chair.importing import signed_pairs
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import DeskError, InputError
from reviewdesk.core.formats.chair_documents import paper_sheet
from reviewdesk.core.formats.content import encode_scores
from reviewdesk.core.scoring import Problem, ScoreSheet, VetoClaim, validate_sheet
from reviewdesk.core.storage.models import ChairPaperSheet

PAPER_FORMAT = "reviewdesk-paper-sheet"


def problems(desk: Desk, sheet: ScoreSheet) -> list[Problem]:
    return validate_sheet(desk.template, sheet)


def encode(sheet: ScoreSheet, note: str, entered_at: str) -> dict[str, Any]:
    """A paper sheet as JSON: the scores document of one sheet plus who and why."""
    return {
        "format": PAPER_FORMAT, "expert": sheet.expert_id, "conflict": sheet.conflict.value,
        "note": note, "entered_at": entered_at,
        "scores": loads_strict(encode_scores([sheet])),
    }  # fmt: skip


def decode(value: dict[str, Any]) -> ScoreSheet:
    """The sheet back from ``encode`` (signed: the chair signs it in the bundle); the
    decoding is the format's own (``formats.chair_documents``, shared with the commission)."""
    return paper_sheet(value)


def sheet_from_json(data: bytes, path: Path | None, experts: Iterable[str]) -> ScoreSheet:
    """A paper sheet typed into a JSON file (the CLI's ``chair decide paper-sheet``):
    ``{"expert": keyid (or a prefix naming one expert of ``experts``), "applicant": ref,
    "scores": {criterion: "decimal"}, "comments": {criterion: text}, "opinion": text,
    "vetoes": [{"item", "evidence"}], "conflict": "none"|"potential"|"disqualifying"}``.
    ``paper-sheet-unreadable`` or ``paper-sheet-expert-unknown``; not validated here."""
    try:
        value = json.loads(data)
        named = str(value["expert"]).lower()
        found = [k for k in experts if k.startswith(named)]
        if len(found) != 1 or not named:
            raise InputError("paper-sheet-expert-unknown", path, expert=str(value["expert"]))
        return ScoreSheet(
            expert_id=found[0],
            applicant_id=str(value["applicant"]),
            scores={str(k): Decimal(str(v)) for k, v in value.get("scores", {}).items()},
            comments={str(k): str(v) for k, v in value.get("comments", {}).items()},
            overall_opinion=str(value.get("opinion", "")),
            vetoes=tuple(
                VetoClaim(str(v["item"]), str(v["evidence"])) for v in value.get("vetoes", [])
            ),
            revision=1,
            signed=True,
            conflict=Conflict(value.get("conflict", "none")),
        )
    except (ValueError, KeyError, TypeError, AttributeError, InvalidOperation,
            RecursionError) as exc:  # fmt: skip
        raise InputError("paper-sheet-unreadable", path, reason=str(exc)[:200]) from None


def enter(desk: Desk, sheet: ScoreSheet, note: str, now: datetime) -> list[Problem]:
    expert, applicant = sheet.expert_id, sheet.applicant_id
    if applicant not in desk.assignments().get(expert, ()):
        raise DeskError("paper-sheet-not-assigned", expert=expert, applicant=applicant)
    note = _reason(note, "paper sheet")
    found = validate_sheet(desk.template, sheet)
    if found:
        return found
    if (expert, applicant) in signed_pairs(desk):
        raise DeskError("paper-sheet-signed-exists", expert=expert, applicant=applicant)
    data = dumps_canonical(encode(sheet, note, now.strftime("%Y-%m-%dT%H:%M:%SZ")))
    with desk.db.session() as s, s.begin():
        version = _require_open(desk, s)
        row = _row(s, desk.desk_id, expert, applicant)
        if row is None:
            s.add(ChairPaperSheet(desk_id=desk.desk_id, expert=expert, applicant=applicant,
                                  sheet=data, note=note, entered_at=now))  # fmt: skip
        else:
            row.sheet, row.note, row.entered_at = data, note, now
        audit(s, desk, version, now, "paper-sheet", applicant, expert,
              data.decode("utf-8"), note)  # fmt: skip
    return []


def remove(desk: Desk, expert: str, applicant: str, reason: str, now: datetime) -> None:
    reason = _reason(reason, "paper sheet")
    with desk.db.session() as s, s.begin():
        version = _require_open(desk, s)
        row = _row(s, desk.desk_id, expert, applicant)
        if row is None:
            raise DeskError("paper-sheet-unknown", expert=expert, applicant=applicant)
        s.delete(row)
        audit(s, desk, version, now, "remove-paper-sheet", applicant, expert, "", reason)


def paper_rows(desk: Desk) -> list[tuple[ScoreSheet, str, datetime, bytes]]:
    """(sheet, note, entered at, stored JSON) of every paper sheet, by expert, applicant."""
    with desk.db.session() as s:
        query = select(ChairPaperSheet).where(ChairPaperSheet.desk_id == desk.desk_id)
        rows = s.scalars(query.order_by(ChairPaperSheet.expert, ChairPaperSheet.applicant))
        return [(decode(loads_strict(r.sheet)), r.note, r.entered_at, r.sheet) for r in rows]


def encode_all(items: Iterable[bytes]) -> bytes:
    """The paper sheets blob of a result bundle: ``{"format", "version", "sheets"}``."""
    return dumps_canonical(
        {"format": "reviewdesk-paper-sheets", "version": 1,
         "sheets": [loads_strict(item) for item in items]}
    )  # fmt: skip


def _row(s: Any, desk_id: int, expert: str, applicant: str) -> ChairPaperSheet | None:
    found: ChairPaperSheet | None = s.scalar(
        select(ChairPaperSheet).where(
            ChairPaperSheet.desk_id == desk_id, ChairPaperSheet.expert == expert,
            ChairPaperSheet.applicant == applicant,
        )
    )  # fmt: skip
    return found
