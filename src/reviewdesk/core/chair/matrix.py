"""The panel matrix and the blockers, computed through the grading engine only.

Sheets given to the engine: every revision of every accepted score file (``late`` when the
chair's import time in the signed log is after the package deadline — never the sender's
``created_at``; ``conflict`` from the expert's signed declaration), and the paper sheets
for which no signed sheet is held. ``consolidate`` then decides which count, the panel
score, grade, vetoes and flags; ``rank_panel_results`` the ranking and the 优秀 quota;
``expert_leniency`` each expert's offset from the panel.
"""

from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from sqlalchemy import func, select

from reviewdesk.core.chair import decisions as deciding
from reviewdesk.core.chair import importing, paper
from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.leniency import expert_leniency
from reviewdesk.core.chair.record import current_version, deadline
from reviewdesk.core.chair.views import (
    BlockerKind,
    DeskBlocker,
    HeldSheet,
    MatrixRow,
    PanelMatrix,
)
from reviewdesk.core.scoring import BlockerKind as EngineBlocker
from reviewdesk.core.scoring import consolidate, rank_panel_results
from reviewdesk.core.storage.models import ChairPaperSheet, ChairScoreFile

_ENGINE_BLOCKERS = {
    EngineBlocker.UNRESOLVED_FLAG: BlockerKind.UNRESOLVED_FLAG,
    EngineBlocker.UNDECIDED_VETO: BlockerKind.UNDECIDED_VETO,
    EngineBlocker.REFUSED_DECISION: BlockerKind.REFUSED_DECISION,
}


def held_sheets(desk: Desk, applicant: str | None = None) -> list[HeldSheet]:
    return [h for h in _all_held(desk)[0] if applicant is None or h.sheet.applicant_id == applicant]


_Held = tuple[list[HeldSheet], list[HeldSheet]]
_CACHE: WeakKeyDictionary[Desk, tuple[tuple[object, ...], _Held]] = WeakKeyDictionary()


def _stamp(desk: Desk) -> tuple[object, ...]:
    """What changes whenever the sheets held change: score files are only ever added;
    a paper sheet entered or replaced gets a new entry time, a removed one lowers the
    count."""
    with desk.db.session() as s:
        files = s.execute(
            select(func.count(), func.max(ChairScoreFile.id)).where(
                ChairScoreFile.desk_id == desk.desk_id
            )
        ).one()
        papers = s.execute(
            select(func.count(), func.max(ChairPaperSheet.id),
                   func.max(ChairPaperSheet.entered_at))
            .where(ChairPaperSheet.desk_id == desk.desk_id)
        ).one()  # fmt: skip
    return (*files, *papers)


def _all_held(desk: Desk) -> _Held:
    """(sheets for the engine, paper sheets superseded by a signed sheet); parsed again
    only when the sheets held changed (``_stamp``): deciding never re-reads them."""
    stamp = _stamp(desk)
    cached = _CACHE.get(desk)
    if cached is not None and cached[0] == stamp:
        return list(cached[1][0]), list(cached[1][1])
    held = _read_held(desk)
    _CACHE[desk] = (stamp, held)
    return list(held[0]), list(held[1])


def _read_held(desk: Desk) -> _Held:
    due = deadline(desk.package)
    held: list[HeldSheet] = []
    for row in importing.held_files(desk):
        late = due is not None and row.received_at > due
        for sheet in importing.file_sheets(row):
            held.append(HeldSheet(replace(sheet, late=late), row.received_at, row.file_sha256))
    signed = {(h.sheet.expert_id, h.sheet.applicant_id) for h in held}
    superseded: list[HeldSheet] = []
    for sheet, note, entered_at, _ in paper.paper_rows(desk):
        item = HeldSheet(sheet, entered_at, None, entered_by_chair=True, chair_note=note)
        if (sheet.expert_id, sheet.applicant_id) in signed:
            superseded.append(item)
        else:
            held.append(item)
    held.sort(key=lambda h: (h.sheet.applicant_id, h.sheet.expert_id, h.sheet.revision))
    return held, superseded


def panel_matrix(desk: Desk) -> PanelMatrix:
    held, _ = _all_held(desk)
    return _matrix(desk, held)


def _matrix(desk: Desk, held: list[HeldSheet]) -> PanelMatrix:
    decided = deciding.load(desk)
    by_applicant: dict[str, list[HeldSheet]] = {}
    for item in held:
        by_applicant.setdefault(item.sheet.applicant_id, []).append(item)
    results = []
    for entry in desk.package.details.applicants:
        sheets = [h.sheet for h in by_applicant.get(entry.ref, [])]
        results.append(
            consolidate(
                desk.template,
                entry.ref,
                desk.assigned_experts(entry.ref),
                sheets,
                decided.of(entry.ref),
            )
        )
    ranking = rank_panel_results(desk.template, results, decided.manual_orders)
    ranked = {e.applicant_id: e for e in ranking.entries}
    unranked = {u.result.applicant_id: u for u in ranking.unranked}
    rows = tuple(
        MatrixRow(
            applicant=entry,
            assigned=desk.assigned_experts(entry.ref),
            sheets=tuple(by_applicant.get(entry.ref, [])),
            result=result,
            ranked=ranked.get(entry.ref),
            unranked=unranked.get(entry.ref),
            panel_opinion=decided.opinions.get(entry.ref, ""),
        )
        for entry, result in zip(desk.package.details.applicants, results, strict=True)
    )
    leniency = expert_leniency(results, desk.package.details.experts)
    return PanelMatrix(rows, ranking, leniency)


def blockers(desk: Desk) -> list[DeskBlocker]:
    found: list[DeskBlocker] = []
    with desk.db.session() as s:
        version = current_version(s, desk.desk_id)
        if version.finalised_at is not None:
            found.append(DeskBlocker(BlockerKind.FINALISED, str(version.number)))
    held, superseded = _all_held(desk)
    matrix = _matrix(desk, held)
    for row in matrix.rows:
        for blocker in row.result.blockers:
            flag = next((f for f in row.result.flags if f.id == blocker.subject), None)
            found.append(
                DeskBlocker(
                    _ENGINE_BLOCKERS[blocker.kind],
                    blocker.subject,
                    row.applicant.ref,
                    None if flag is None else flag.expert_id,
                )
            )
    for alarm in importing.alarms(desk):
        if alarm.resolution is None:
            found.append(DeskBlocker(BlockerKind.EQUIVOCATION_ALARM, str(alarm.alarm_id),
                                     None, alarm.expert, {"revision": alarm.revision}))  # fmt: skip
    for item in superseded:
        found.append(DeskBlocker(BlockerKind.PAPER_SHEET_SUPERSEDED, item.sheet.expert_id,
                                 item.sheet.applicant_id, item.sheet.expert_id))  # fmt: skip
    for problem in matrix.ranking.problems:
        detail = {"code": problem.code.value}
        subject = str(problem.order_index)
        found.append(
            DeskBlocker(BlockerKind.RANKING_PROBLEM, subject, problem.applicant_id, None, detail)
        )
    for ref in matrix.ranking.quota.undetermined:
        found.append(DeskBlocker(BlockerKind.UNRESOLVED_TIE, "quota", ref))
    return found
