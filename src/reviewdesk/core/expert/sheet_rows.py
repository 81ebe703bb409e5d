"""Stored score sheets as the scoring engine sees them, for the expert-sheet use cases.

Helpers that work inside the caller's session: the form a sheet is scored on (the template
stored with its applicant, parsed once per process), a row as an engine ``ScoreSheet``, and
finding an expert's sheets by key fingerprint and file number.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import SheetError
from reviewdesk.core.scoring import ScoreSheet, VetoClaim
from reviewdesk.core.storage.models import Applicant, Expert, StoredTemplate
from reviewdesk.core.storage.models import ScoreSheet as SheetRow
from reviewdesk.core.storage.models import SheetStatus as StoredStatus
from reviewdesk.core.storage.models.rounds import Round
from reviewdesk.core.templates.loader import parse_template
from reviewdesk.core.templates.model import Template

_TEMPLATES: dict[str, Template] = {}  # parsed stored templates by SHA-256 (never change)


def stored_template(s: Session, applicant_id: int) -> Template:
    """The form the applicant is scored on, checked against the fingerprint it is stored by."""
    sha256 = s.scalar(
        select(StoredTemplate.sha256)
        .join(Applicant, Applicant.template_id == StoredTemplate.id)
        .where(Applicant.id == applicant_id)
    )
    assert sha256 is not None  # applicants.template_id is a non-null foreign key
    template = _TEMPLATES.get(sha256)
    if template is None:
        canonical = s.scalar(
            select(StoredTemplate.canonical).where(StoredTemplate.sha256 == sha256)
        )
        assert canonical is not None
        template = parse_template(canonical)
        if template.sha256 != sha256:
            raise SheetError("stored-template-mismatch", sha256=sha256)
        _TEMPLATES[sha256] = template
    return template


def engine_sheet(
    row: SheetRow,
    template: Template,
    *,
    expert: str = "",
    applicant: str = "",
    conflict: Conflict = Conflict.NONE,
) -> ScoreSheet:
    """The row as the engine's sheet: given scores only, non-blank comments, vetoes in
    form order, ``signed`` when submitted."""
    order = {item.key: index for index, item in enumerate(template.veto_items)}
    claims = sorted(row.veto_claims, key=lambda v: (order.get(v.veto_key, len(order)), v.veto_key))
    return ScoreSheet(
        expert_id=expert,
        applicant_id=applicant,
        scores={x.criterion: x.score for x in row.scores if x.score is not None},
        comments={x.criterion: x.comment for x in row.scores if x.comment.strip()},
        overall_opinion=row.overall_opinion,
        vetoes=tuple(VetoClaim(v.veto_key, v.evidence) for v in claims),
        revision=row.revision,
        signed=row.status is StoredStatus.SUBMITTED,
        conflict=conflict,
    )


def expert_and_applicant(
    s: Session, round_ref: str, expert: str, applicant: str
) -> tuple[int, int]:
    """Database ids of the expert (by key fingerprint) and the applicant (by file number)."""
    applicant_id = s.scalar(
        select(Applicant.id).join(Round).where(Round.ref == round_ref, Applicant.ref == applicant)
    )
    if applicant_id is None:
        raise SheetError("unknown-applicant", round=round_ref, applicant=applicant)
    expert_id = s.scalar(select(Expert.id).where(Expert.fingerprint == expert))
    if expert_id is None:
        raise SheetError("unknown-expert", expert=expert)
    return expert_id, applicant_id


def latest_row(s: Session, expert_id: int, applicant_id: int) -> SheetRow | None:
    return s.scalar(
        select(SheetRow)
        .where(SheetRow.expert_id == expert_id, SheetRow.applicant_id == applicant_id)
        .order_by(SheetRow.revision.desc())
        .limit(1)
    )


def require_latest(s: Session, row: SheetRow) -> None:
    """Refuse to act on a revision that a newer one of the same sheet has replaced."""
    latest = s.scalar(
        select(func.max(SheetRow.revision)).where(
            SheetRow.expert_id == row.expert_id, SheetRow.applicant_id == row.applicant_id
        )
    )
    if latest is not None and latest > row.revision:
        raise SheetError("sheet-not-latest", sheet=row.id, latest_revision=latest)
