"""The expert's score sheets in the local database: drafts with autosave, submission, revisions.

Every function is one use case with its own session and transaction (STYLE §5). A save is
one small transaction and returns only after its commit, so what a caller then shows as
saved survives a crash or a kill (the database runs SQLite in WAL mode with
``synchronous=FULL``).

Values are checked for type and shape only: a ``Decimal`` score, a criterion or veto item
that is on the form. A user's scoring mistakes (out of range, off the step, a missing
comment) are stored as given and reported by ``validate_sheet``; the stored status follows
on every save (``complete`` exactly when ``validate_sheet`` finds no problem).

A sheet's form is the template stored with its applicant, so callers never pass a template
that could disagree with the one the sheet is scored on.

Errors are ``SheetError`` with these codes (detail in brackets):
``sheet-not-found`` (sheet); ``sheet-submitted`` (sheet, revision): a submitted revision is
frozen, edit a new one; ``unknown-criterion`` (criterion); ``unknown-veto-item`` (item);
``unknown-applicant`` (round, applicant); ``unknown-expert`` (expert); ``not-assigned``
(expert, applicant); ``disqualified`` (expert, applicant): a disqualifying conflict was
declared; ``sheet-not-submitted`` (sheet); ``sheet-not-latest`` (sheet, latest_revision);
``sheet-incomplete`` (sheet, problems); ``sheet-already-submitted`` (sheet);
``stored-template-mismatch`` (sha256).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import NewType

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import SheetError
from reviewdesk.core.expert.sheet_rows import (
    engine_sheet,
    expert_and_applicant,
    latest_row,
    require_latest,
    stored_template,
)
from reviewdesk.core.scoring import Problem, ScoreSheet, validate_sheet
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import Assignment, ConflictDeclaration, SheetScore
from reviewdesk.core.storage.models import ScoreSheet as SheetRow
from reviewdesk.core.storage.models import SheetStatus as StoredStatus
from reviewdesk.core.storage.models import VetoClaim as VetoRow
from reviewdesk.core.storage.types import utc_now
from reviewdesk.core.templates.model import Template

SheetId = NewType("SheetId", int)

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_MAX_SCORE_DIGITS = 12  # a stored score is short text; anything longer is a caller's bug


class Stage(StrEnum):
    """Where a sheet is on the expert's way (shown per applicant)."""

    NOT_STARTED = "not-started"  # nothing entered yet
    DRAFT = "draft"  # something entered, ``validate_sheet`` still finds problems
    COMPLETE = "complete"  # no problems: ready to submit
    SUBMITTED = "submitted"  # signed and frozen


@dataclass(frozen=True)
class SheetStatus:
    """A sheet revision's stage with what keeps it from being complete.

    (Not the stored column of the same name: that one has no "not started".)
    """

    sheet_id: SheetId
    stage: Stage
    revision: int
    problems: tuple[Problem, ...]
    saved_at: datetime  # the last change that was committed (aware, UTC)
    submitted_at: datetime | None = None
    signed_digest: str | None = None


@dataclass(frozen=True)
class Saved:
    """A committed edit: returned only after the transaction committed."""

    sheet_id: SheetId
    saved_at: datetime  # aware, UTC, taken after the commit returned
    stage: Stage  # of the sheet with this edit


def stage_of(template: Template, sheet: ScoreSheet) -> Stage:
    """The stage of an engine sheet (signed means submitted); a form shows it live."""
    if sheet.signed:
        return Stage.SUBMITTED
    entered = (
        any(score is not None for score in sheet.scores.values())
        or any(comment.strip() for comment in sheet.comments.values())
        or sheet.overall_opinion.strip()
        or sheet.vetoes
    )
    if not entered:
        return Stage.NOT_STARTED
    return Stage.DRAFT if validate_sheet(template, sheet) else Stage.COMPLETE


# Finding and creating sheets ------------------------------------------------------------


def find_sheet(db: Database, round_ref: str, expert: str, applicant: str) -> SheetId | None:
    """The latest revision of ``expert``'s (key fingerprint) sheet for the applicant with
    file number ``applicant`` in round ``round_ref``; ``None`` before one was created."""
    with db.session() as s:
        row = latest_row(s, *expert_and_applicant(s, round_ref, expert, applicant))
        return None if row is None else SheetId(row.id)


def ensure_sheet(db: Database, round_ref: str, expert: str, applicant: str) -> SheetId:
    """The latest revision of the sheet, creating revision 1 (empty draft) if there is none.

    The latest may be submitted (frozen): call :func:`start_new_revision` to change it.
    Refused when the expert is not assigned to the applicant or declared a disqualifying
    conflict of interest.
    """
    with db.session() as s, s.begin():
        expert_id, applicant_id = expert_and_applicant(s, round_ref, expert, applicant)
        assigned = s.scalar(
            select(Assignment.id).where(
                Assignment.expert_id == expert_id, Assignment.applicant_id == applicant_id
            )
        )
        if assigned is None:
            raise SheetError("not-assigned", expert=expert, applicant=applicant)
        conflict = s.scalar(
            select(ConflictDeclaration.kind).where(
                ConflictDeclaration.expert_id == expert_id,
                ConflictDeclaration.applicant_id == applicant_id,
            )
        )
        if conflict is Conflict.DISQUALIFYING:
            raise SheetError("disqualified", expert=expert, applicant=applicant)
        row = latest_row(s, expert_id, applicant_id)
        if row is None:
            row = SheetRow(expert_id=expert_id, applicant_id=applicant_id, revision=1)
            s.add(row)
            s.flush()
        return SheetId(row.id)


def start_new_revision(db: Database, sheet_id: SheetId) -> SheetId:
    """Revision n+1 of a submitted sheet, starting as a copy of it; revision n stays as it
    was signed. Only the latest revision can be revised."""
    with db.session() as s, s.begin():
        row = _row(s, sheet_id)
        if row.status is not StoredStatus.SUBMITTED:
            raise SheetError("sheet-not-submitted", sheet=sheet_id)
        require_latest(s, row)
        new = SheetRow(
            expert_id=row.expert_id,
            applicant_id=row.applicant_id,
            revision=row.revision + 1,
            overall_opinion=row.overall_opinion,
            scores=[
                SheetScore(criterion=x.criterion, score=x.score, comment=x.comment)
                for x in row.scores
            ],
            veto_claims=[
                VetoRow(veto_key=v.veto_key, evidence=v.evidence) for v in row.veto_claims
            ],
        )
        s.add(new)
        _refresh_status(new, stored_template(s, row.applicant_id))
        s.flush()
        return SheetId(new.id)


# Reading --------------------------------------------------------------------------------


def sheet_template(db: Database, sheet_id: SheetId) -> Template:
    """The scoring form of the sheet's applicant."""
    with db.session() as s:
        return stored_template(s, _row(s, sheet_id).applicant_id)


def load_sheet(db: Database, sheet_id: SheetId) -> ScoreSheet:
    """The sheet as the scoring engine sees it: expert by key fingerprint, applicant by file
    number, scores as stored (criteria not yet scored are absent), non-blank comments only;
    ``signed`` when submitted; ``conflict`` as declared."""
    with db.session() as s:
        row = _row(s, sheet_id)
        template = stored_template(s, row.applicant_id)
        conflict = s.scalar(
            select(ConflictDeclaration.kind).where(
                ConflictDeclaration.expert_id == row.expert_id,
                ConflictDeclaration.applicant_id == row.applicant_id,
            )
        )
        return engine_sheet(
            row,
            template,
            expert=row.expert.fingerprint,
            applicant=row.applicant.ref,
            conflict=conflict or Conflict.NONE,
        )


def sheet_status(db: Database, sheet_id: SheetId) -> SheetStatus:
    """Not started / draft / complete / submitted, with the revision and the problems."""
    with db.session() as s:
        row = _row(s, sheet_id)
        return _status(row, stored_template(s, row.applicant_id))


# Saving (one small transaction each) ----------------------------------------------------


def save_criterion_score(
    db: Database, sheet_id: SheetId, criterion: str, value: Decimal | None
) -> Saved:
    """Store a criterion's score (``None`` clears it), exactly as the ``Decimal`` given."""
    if value is not None:
        if not isinstance(value, Decimal):  # a float here would already have lost digits
            raise TypeError(f"a score must be a Decimal, not {type(value).__name__}")
        if not value.is_finite() or len(format(value, "f")) > _MAX_SCORE_DIGITS:
            raise ValueError(f"{value!r} is not a score")
    with db.session() as s, s.begin():
        row, template = _editable(s, sheet_id)
        _score_row(row, template, criterion).score = value
        stage = _refresh_status(row, template)
    return Saved(sheet_id, utc_now(), stage)


def save_criterion_comment(db: Database, sheet_id: SheetId, criterion: str, text: str) -> Saved:
    """Store the comment on a criterion (畸高畸低说明 when the score asks for one)."""
    _require_text(text)
    with db.session() as s, s.begin():
        row, template = _editable(s, sheet_id)
        _score_row(row, template, criterion).comment = text
        stage = _refresh_status(row, template)
    return Saved(sheet_id, utc_now(), stage)


def save_overall_opinion(db: Database, sheet_id: SheetId, text: str) -> Saved:
    """Store the overall opinion (评审意见)."""
    _require_text(text)
    with db.session() as s, s.begin():
        row, template = _editable(s, sheet_id)
        row.overall_opinion = text
        stage = _refresh_status(row, template)
    return Saved(sheet_id, utc_now(), stage)


def save_veto(db: Database, sheet_id: SheetId, item: str, claimed: bool, evidence: str) -> Saved:
    """Tick (``claimed``) a veto item with its evidence, or untick it (evidence dropped)."""
    _require_text(evidence)
    with db.session() as s, s.begin():
        row, template = _editable(s, sheet_id)
        if item not in {v.key for v in template.veto_items}:
            raise SheetError("unknown-veto-item", item=item)
        existing = next((v for v in row.veto_claims if v.veto_key == item), None)
        if not claimed:
            if existing is not None:
                row.veto_claims.remove(existing)  # delete-orphan removes the row
        elif existing is None:
            row.veto_claims.append(VetoRow(veto_key=item, evidence=evidence))
        else:
            existing.evidence = evidence
        stage = _refresh_status(row, template)
    return Saved(sheet_id, utc_now(), stage)


def mark_submitted(db: Database, sheet_id: SheetId, signed_digest: str) -> SheetStatus:
    """Freeze the revision as submitted in the signed score file whose SHA-256 is given.

    Only a complete, latest revision can be submitted; repeating the call with the same
    digest changes nothing.
    """
    with db.session() as s, s.begin():
        return mark_submitted_in(s, sheet_id, signed_digest)


def is_submitted_in(s: Session, sheet_id: SheetId) -> bool:
    return _row(s, sheet_id).status is StoredStatus.SUBMITTED


def mark_submitted_in(s: Session, sheet_id: SheetId, signed_digest: str) -> SheetStatus:
    """``mark_submitted`` inside the caller's transaction (a submission records its score
    file and freezes its sheets in one commit)."""
    if not _SHA256_HEX.fullmatch(signed_digest):
        raise ValueError("signed_digest must be 64 lowercase hex digits")
    row = _row(s, sheet_id)
    template = stored_template(s, row.applicant_id)
    if row.status is StoredStatus.SUBMITTED:
        if row.signed_digest != signed_digest:
            raise SheetError("sheet-already-submitted", sheet=sheet_id)
        return _status(row, template)
    require_latest(s, row)
    problems = validate_sheet(template, engine_sheet(row, template))
    if problems:
        codes = sorted({p.code.value for p in problems})
        raise SheetError("sheet-incomplete", sheet=sheet_id, problems=codes)
    now = utc_now()
    row.status = StoredStatus.SUBMITTED
    row.signed_digest = signed_digest
    row.submitted_at = now
    row.updated_at = now
    return _status(row, template)


# Helpers ----------------------------------------------------------------------------------


def _row(s: Session, sheet_id: SheetId) -> SheetRow:
    row = s.get(SheetRow, sheet_id)
    if row is None:
        raise SheetError("sheet-not-found", sheet=sheet_id)
    return row


def _editable(s: Session, sheet_id: SheetId) -> tuple[SheetRow, Template]:
    row = _row(s, sheet_id)
    if row.status is StoredStatus.SUBMITTED:
        raise SheetError("sheet-submitted", sheet=sheet_id, revision=row.revision)
    return row, stored_template(s, row.applicant_id)


def _score_row(row: SheetRow, template: Template, criterion: str) -> SheetScore:
    if criterion not in {c.key for c in template.criteria}:
        raise SheetError("unknown-criterion", criterion=criterion)
    for stored in row.scores:
        if stored.criterion == criterion:
            return stored
    stored = SheetScore(criterion=criterion, score=None, comment="")
    row.scores.append(stored)
    return stored


def _require_text(text: str) -> None:
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")


def _refresh_status(row: SheetRow, template: Template) -> Stage:
    """Keep the stored status true after an edit, and touch the sheet's time."""
    stage = stage_of(template, engine_sheet(row, template))
    row.status = StoredStatus.COMPLETE if stage is Stage.COMPLETE else StoredStatus.DRAFT
    row.updated_at = utc_now()
    return stage


def _status(row: SheetRow, template: Template) -> SheetStatus:
    sheet = engine_sheet(row, template)
    submitted = row.status is StoredStatus.SUBMITTED
    return SheetStatus(
        sheet_id=SheetId(row.id),
        stage=stage_of(template, sheet),
        revision=row.revision,
        problems=() if submitted else tuple(validate_sheet(template, sheet)),
        saved_at=row.updated_at,
        submitted_at=row.submitted_at,
        signed_digest=row.signed_digest,
    )
