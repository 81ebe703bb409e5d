"""The expert's declarations in the local database: the confidentiality pledge (保密承诺,
once per package) and the conflict-of-interest declaration (回避声明, once per applicant,
changeable until it is signed into a score file, and after that in the next revision).

The pledge's words are part of what is signed: the text stored is the text shown, in the
language it was shown in, and goes into the score file unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.domain import Conflict, Text
from reviewdesk.core.errors import DeskError
from reviewdesk.core.formats.manifest_details import MAX_TEXT, ConflictDeclaration, Declarations
from reviewdesk.core.formats.strict import timestamp_text
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import Applicant, ConfidentialityPledge, Expert, Round
from reviewdesk.core.storage.models import ConflictDeclaration as DeclarationRow

PLEDGE = Text(
    zh=(
        "本人承诺：对本次评审所涉及的申报材料、评审意见和评审结果严格保密，"
        "不复制、不外传、不以任何形式泄露；评审材料仅在本软件内阅读，"
        "评审结束后不保留任何副本；独立、客观、公正地开展评审，"
        "不接受任何单位或个人的请托、馈赠或其他不正当利益。"
    ),
    en=(
        "I undertake to keep strictly confidential the application materials, review "
        "opinions and results of this review; not to copy, pass on or disclose them in any "
        "form; to read the materials only inside this application and to keep no copy after "
        "the review; to review independently, objectively and fairly, and to accept no "
        "request, gift or other improper benefit from any organisation or person."
    ),
)


@dataclass(frozen=True)
class Declared:
    """A conflict declaration as stored."""

    applicant: str
    kind: Conflict
    text: str
    declared_at: datetime


def pledge_text(language: str) -> str:
    return PLEDGE.en if language == "en" else PLEDGE.zh


def pledge(db: Database, expert: str, package_digest: str) -> ConfidentialityPledge | None:
    with db.session() as s:
        return _pledge(s, expert, package_digest)


def sign_pledge(
    db: Database, expert: str, round_ref: str, package_digest: str, text: str, now: datetime
) -> None:
    """Record the pledge for this package; signing again keeps the first signature."""
    if not text.strip() or len(text) > MAX_TEXT:
        raise ValueError("the pledge text must be 1 to MAX_TEXT characters")
    with db.session() as s, s.begin():
        if _pledge(s, expert, package_digest) is not None:
            return
        expert_id = _expert_id(s, expert)
        round_id = s.scalar(select(Round.id).where(Round.ref == round_ref))
        if round_id is None:
            raise DeskError("unknown-round", round=round_ref)
        s.add(
            ConfidentialityPledge(
                expert_id=expert_id,
                round_id=round_id,
                package_sha256=package_digest,
                text=text,
                signed_at=now,
            )
        )


def declare_conflict(
    db: Database,
    expert: str,
    round_ref: str,
    applicant: str,
    kind: Conflict,
    text: str,
    now: datetime,
) -> None:
    """Record or change the declaration for one applicant. A potential conflict must say
    what it is (``declaration-text-required``)."""
    if not isinstance(kind, Conflict):
        raise TypeError(f"kind must be a Conflict, not {type(kind).__name__}")
    text = text.strip()
    if kind is Conflict.POTENTIAL and not text:
        raise DeskError("declaration-text-required", applicant=applicant)
    if len(text) > MAX_TEXT:
        raise DeskError("declaration-text-too-long", applicant=applicant, limit=MAX_TEXT)
    with db.session() as s, s.begin():
        expert_id = _expert_id(s, expert)
        applicant_id = s.scalar(
            select(Applicant.id)
            .join(Round)
            .where(Round.ref == round_ref, Applicant.ref == applicant)
        )
        if applicant_id is None:
            raise DeskError("unknown-applicant", applicant=applicant, round=round_ref)
        row = s.scalar(
            select(DeclarationRow).where(
                DeclarationRow.expert_id == expert_id, DeclarationRow.applicant_id == applicant_id
            )
        )
        if row is None:
            s.add(
                DeclarationRow(
                    expert_id=expert_id,
                    applicant_id=applicant_id,
                    kind=kind,
                    text=text,
                    declared_at=now,
                )
            )
        elif (row.kind, row.text) != (kind, text):
            row.kind, row.text, row.declared_at = kind, text, now


def declarations(db: Database, expert: str, round_ref: str) -> dict[str, Declared]:
    """Every declaration of ``expert`` in the round, by applicant file number."""
    with db.session() as s:
        rows = s.execute(
            select(Applicant.ref, DeclarationRow)
            .join(Applicant, DeclarationRow.applicant_id == Applicant.id)
            .join(Round)
            .join(Expert, DeclarationRow.expert_id == Expert.id)
            .where(Round.ref == round_ref, Expert.fingerprint == expert)
        ).all()
        return {ref: Declared(ref, row.kind, row.text, row.declared_at) for ref, row in rows}


def signed_declarations(
    db: Database, expert: str, round_ref: str, package_digest: str, applicants: Sequence[str]
) -> Declarations:
    """The declarations as they go into a score file (pledge and every applicant declared,
    in package order). The caller has checked that none is missing."""
    row = pledge(db, expert, package_digest)
    if row is None:
        raise DeskError("pledge-required")
    declared = declarations(db, expert, round_ref)
    return Declarations(
        row.text,
        timestamp_text(row.signed_at),
        tuple(
            ConflictDeclaration(ref, declared[ref].kind, declared[ref].text)
            for ref in applicants
            if ref in declared
        ),
    )


def _pledge(s: Session, expert: str, package_digest: str) -> ConfidentialityPledge | None:
    return s.scalar(
        select(ConfidentialityPledge)
        .join(Expert)
        .where(Expert.fingerprint == expert, ConfidentialityPledge.package_sha256 == package_digest)
    )


def _expert_id(s: Session, expert: str) -> int:
    expert_id = s.scalar(select(Expert.id).where(Expert.fingerprint == expert))
    if expert_id is None:
        raise DeskError("unknown-expert", expert=expert)
    return expert_id
