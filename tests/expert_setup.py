"""A local database as an expert has it after opening a package: one round, its stored form,
applicants, the expert and their assignments. Shared by the core, GUI and kill tests."""

from __future__ import annotations

from dataclasses import dataclass

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.domain import Conflict
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    Applicant,
    Assignment,
    ConflictDeclaration,
    Expert,
    Panel,
    PanelMember,
    Round,
    StoredTemplate,
)
from reviewdesk.core.templates.loader import template_document
from reviewdesk.core.templates.model import Template

ROUND = "2025-E"
EXPERT = "a1b2c3d4e5f6a7b8"  # the expert's key fingerprint
OTHER_EXPERT = "ffeeddccbbaa9988"


@dataclass(frozen=True)
class Seeded:
    round: str
    expert: str
    applicants: tuple[str, ...]  # file numbers the expert is assigned to
    unassigned: str  # an applicant of the round the expert does not review


def seed_round(
    db: Database,
    template: Template,
    *,
    applicants: int = 2,
    conflicts: dict[str, Conflict] | None = None,
) -> Seeded:
    """Store ``template`` and a round whose applicants A-001 … are scored on it."""
    refs = tuple(f"A-{n:03d}" for n in range(1, applicants + 1))
    canonical = dumps_canonical(template_document(template))
    with db.session() as s, s.begin():
        round_ = Round(ref=ROUND, kind=template.kind, name="2025 evaluation")
        stored = StoredTemplate(
            sha256=template.sha256,
            slug=template.template_id,
            version=template.version,
            kind=template.kind,
            category=template.category,
            canonical=canonical,
        )
        expert = Expert(name="王教授", fingerprint=EXPERT)
        other = Expert(name="Li", fingerprint=OTHER_EXPERT)
        panel = Panel(round=round_, name="第一组", chair=other)
        rows = [
            Applicant(
                round=round_,
                ref=ref,
                name=f"企业 {ref}",
                category=template.category,
                template=stored,
            )
            for ref in (*refs, "A-999")
        ]
        s.add_all([*rows, expert, other, panel])
        s.add_all([PanelMember(panel=panel, expert=expert), PanelMember(panel=panel, expert=other)])
        s.flush()
        for row in rows[:-1]:
            s.add(Assignment(panel_id=panel.id, expert_id=expert.id, applicant_id=row.id))
        for ref, kind in (conflicts or {}).items():
            applicant = next(row for row in rows if row.ref == ref)
            s.add(ConflictDeclaration(expert=expert, applicant=applicant, kind=kind))
    return Seeded(ROUND, EXPERT, refs, "A-999")
