"""Setting up a round: its kind, name and deadline; the scoring form of each category (a
built-in form or an imported file, known by its SHA-256); the applicants from the
commission's spreadsheet; the materials matched from a folder.

Nothing here builds a package; ``building`` refuses to start until the set-up is complete.
A round's row is shared by the staff: changes name the version they were made against.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewdesk.core.commission.applicant_list import (
    ApplicantList,
    ApplicantRecord,
    read_applicant_list,
)
from reviewdesk.core.commission.materials import MaterialsReport, match_materials
from reviewdesk.core.commission.records import expect_version, json_text, json_value, transaction
from reviewdesk.core.crypto.roster_model import PANEL_RE as REF_RE
from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.package import template_bytes
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    CommissionApplicant,
    CommissionAssignment,
    CommissionForm,
    CommissionMaterial,
    CommissionPackage,
    CommissionRound,
)
from reviewdesk.core.templates.loader import find_template, load_template, parse_template
from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class RoundInfo:
    ref: str
    name: str
    kind: RoundKind
    deadline: datetime | None
    status: str
    materials_folder: str
    version: int


@dataclass(frozen=True)
class FormInfo:
    category: Category
    sha256: str  # the form's fingerprint: SHA-256 of its canonical bytes
    source: str  # "built-in:evaluation-park" or the imported file's name
    template: Template


def round_info(row: CommissionRound) -> RoundInfo:
    return RoundInfo(
        row.ref, row.name, row.kind, row.deadline, row.status, row.materials_folder, row.version
    )


def create_round(
    db: Database, ref: str, *, name: str, kind: RoundKind, deadline: datetime | None = None
) -> RoundInfo:
    if not REF_RE.fullmatch(ref):
        raise InputError("round-ref-invalid", ref=ref)
    if not name.strip():
        raise InputError("round-name-missing")
    with transaction(db) as session:
        if session.scalar(select(CommissionRound).where(CommissionRound.ref == ref)):
            raise InputError("round-exists", ref=ref)
        row = CommissionRound(
            ref=ref,
            name=name.strip(),
            kind=kind,
            deadline=deadline,
            status="draft",
            materials_folder="",
        )
        session.add(row)
        session.flush()
        return round_info(row)


def update_round(
    db: Database,
    ref: str,
    *,
    expected_version: int | None,
    name: str | None = None,
    deadline: datetime | None = None,
    clear_deadline: bool = False,
) -> RoundInfo:
    with transaction(db) as session:
        row = find_round(session, ref)
        expect_version(row, expected_version, row.ref)
        if name is not None:
            if not name.strip():
                raise InputError("round-name-missing")
            row.name = name.strip()
        if deadline is not None or clear_deadline:
            row.deadline = deadline
        session.flush()
        return round_info(row)


def get_round(db: Database, ref: str) -> RoundInfo:
    with transaction(db) as session:
        return round_info(find_round(session, ref))


def find_round(session: Session, ref: str) -> CommissionRound:
    row = session.scalar(select(CommissionRound).where(CommissionRound.ref == ref))
    if row is None:
        raise InputError("round-unknown", ref=ref)
    return row


def set_form(
    db: Database,
    round_ref: str,
    category: Category,
    *,
    builtin: str | None = None,
    file: Path | None = None,
) -> FormInfo:
    """Use a built-in form (by its id, e.g. ``evaluation-park``, or hash prefix) or a form
    file for ``category``; the form must be for this round's kind and this category."""
    if builtin is not None and file is None:
        template = find_template(builtin)
        source = f"built-in:{template.template_id}"
    elif file is not None and builtin is None:
        template = load_template(file)
        source = Path(file).name
    else:
        raise ValueError("give builtin or file")
    with transaction(db) as session:
        row = find_round(session, round_ref)
        if template.kind is not row.kind or template.category is not category:
            raise InputError(
                "form-does-not-fit",
                file,
                form=template.template_id,
                kind=row.kind.value,
                category=category.value,
            )
        _refuse_if_built(session, row)
        form = session.scalar(
            select(CommissionForm).where(
                CommissionForm.round_id == row.id, CommissionForm.category == category
            )
        )
        if form is None:
            form = CommissionForm(round_id=row.id, category=category)
            session.add(form)
        form.sha256 = template.sha256
        form.source = source[:300]
        form.canonical = template_bytes(template)
        return FormInfo(category, template.sha256, form.source, template)


def forms(db: Database, round_ref: str) -> dict[Category, FormInfo]:
    with transaction(db) as session:
        return round_forms(session, find_round(session, round_ref))


def round_forms(session: Session, row: CommissionRound) -> dict[Category, FormInfo]:
    out = {}
    for form in session.scalars(select(CommissionForm).where(CommissionForm.round_id == row.id)):
        template = parse_template(form.canonical)
        out[form.category] = FormInfo(form.category, form.sha256, form.source, template)
    return out


def import_applicants(db: Database, round_ref: str, path: Path) -> ApplicantList:
    """Read the applicant list; when it has no problem, it replaces the round's applicants
    (and with them their panels, assignments and materials). With problems, nothing is
    stored and the report names every bad cell."""
    listing = read_applicant_list(path)
    if not listing.ok:
        return listing
    with transaction(db) as session:
        row = find_round(session, round_ref)
        _refuse_if_built(session, row)
        ids = select(CommissionApplicant.id).where(CommissionApplicant.round_id == row.id)
        session.execute(
            delete(CommissionAssignment).where(CommissionAssignment.applicant_id.in_(ids))
        )
        session.execute(delete(CommissionMaterial).where(CommissionMaterial.applicant_id.in_(ids)))
        session.execute(delete(CommissionApplicant).where(CommissionApplicant.round_id == row.id))
        for record in listing.records:
            session.add(
                CommissionApplicant(
                    round_id=row.id,
                    ref=record.ref,
                    name=record.name,
                    category=record.category,
                    institution=record.institution,
                    field=record.field,
                    partner_countries=json_text(list(record.partner_countries)),
                    contact_email=record.contact_email,
                    row=record.row,
                )
            )
    return listing


def applicants(db: Database, round_ref: str) -> list[ApplicantRecord]:
    with transaction(db) as session:
        return [
            applicant_record(a) for a in round_applicants(session, find_round(session, round_ref))
        ]


def round_applicants(session: Session, row: CommissionRound) -> list[CommissionApplicant]:
    return list(
        session.scalars(
            select(CommissionApplicant)
            .where(CommissionApplicant.round_id == row.id)
            .order_by(CommissionApplicant.ref)
        )
    )


def applicant_record(row: CommissionApplicant) -> ApplicantRecord:
    return ApplicantRecord(
        row.ref,
        row.name,
        row.category,
        row.institution,
        row.field,
        tuple(json_value(row.partner_countries)),
        row.contact_email,
        row.row,
    )


def check_materials(
    db: Database,
    round_ref: str,
    folder: Path,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> MaterialsReport:
    """Match and check the materials in ``folder``; the good files are recorded for the
    build (replacing an earlier check), the report names every problem."""
    with transaction(db) as session:
        refs = [a.ref for a in round_applicants(session, find_round(session, round_ref))]
    if not refs:
        raise InputError("round-has-no-applicants", ref=round_ref)
    report = match_materials(folder, refs, progress=progress, cancel=cancel)
    with transaction(db) as session:
        row = find_round(session, round_ref)
        _refuse_if_built(session, row)
        by_ref = {a.ref: a for a in round_applicants(session, row)}
        ids = [a.id for a in by_ref.values()]
        session.execute(delete(CommissionMaterial).where(CommissionMaterial.applicant_id.in_(ids)))
        for f in report.files:
            session.add(
                CommissionMaterial(
                    applicant_id=by_ref[f.applicant].id,
                    name=f.name,
                    path=str(f.path.resolve()),
                    mime=f.mime,
                    size=f.size,
                    sha256=f.sha256,
                )
            )
        row.materials_folder = str(Path(folder).resolve())
    return report


def _refuse_if_built(session: Session, row: CommissionRound) -> None:
    """Packages are out: what they carry can no longer change under them."""
    if session.scalar(select(CommissionPackage.id).where(CommissionPackage.round_id == row.id)):
        raise InputError("round-already-built", ref=row.ref)
