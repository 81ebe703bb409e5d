"""The expert's private notes per applicant (issue 9 §7): for their own reading only.

A note is encrypted (age) to the expert's own X25519 key before it reaches the database,
which holds the ciphertext only (``storage.models.PrivateNote``): someone with a copy of the
home's database but without the identity and its passphrase reads nothing. A note never
goes into a score file or a PDF; saving an empty note deletes it.

Errors: ``DeskError`` ``note-too-long`` (applicant, limit); ``unknown-applicant``,
``unknown-expert`` as the other desk use cases; a note that does not open with this identity
raises the age error (``age-no-identity-matched``, ``age-payload-auth``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.crypto import decrypt_bytes, encrypt_bytes
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.errors import DeskError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import Applicant, Expert, PrivateNote, Round

MAX_NOTE = 20_000  # characters: a page or two of notes per applicant


def read_note(db: Database, identity: Identity, round_ref: str, applicant: str) -> str:
    """The expert's note on the applicant, decrypted ("" when there is none)."""
    with db.session() as s:
        row = _row(s, identity.keyid, round_ref, applicant)
        if row is None:
            return ""
        ciphertext = row.ciphertext
    plaintext = decrypt_bytes(
        ciphertext, [identity.age_identity], max_size=MAX_NOTE * 4, name=f"note {applicant}"
    )
    return plaintext.decode("utf-8")


def save_note(
    db: Database, identity: Identity, round_ref: str, applicant: str, text: str, now: datetime
) -> None:
    """Encrypt ``text`` to the expert's own key and store it (blank: the note is deleted)."""
    if len(text) > MAX_NOTE:
        raise DeskError("note-too-long", applicant=applicant, limit=MAX_NOTE)
    ciphertext = (
        encrypt_bytes(text.encode("utf-8"), [identity.public.recipient]) if text.strip() else None
    )
    with db.session() as s, s.begin():
        row = _row(s, identity.keyid, round_ref, applicant)
        if ciphertext is None:
            if row is not None:
                s.delete(row)
            return
        if row is None:
            expert_id = s.scalar(select(Expert.id).where(Expert.fingerprint == identity.keyid))
            if expert_id is None:
                raise DeskError("unknown-expert", expert=identity.keyid)
            s.add(
                PrivateNote(
                    expert_id=expert_id,
                    applicant_id=_applicant_id(s, round_ref, applicant),
                    ciphertext=ciphertext,
                    updated_at=now,
                )
            )
        else:
            row.ciphertext, row.updated_at = ciphertext, now


def _applicant_id(s: Session, round_ref: str, applicant: str) -> int:
    applicant_id = s.scalar(
        select(Applicant.id).join(Round).where(Round.ref == round_ref, Applicant.ref == applicant)
    )
    if applicant_id is None:
        raise DeskError("unknown-applicant", applicant=applicant, round=round_ref)
    return applicant_id


def _row(s: Session, expert: str, round_ref: str, applicant: str) -> PrivateNote | None:
    return s.scalar(
        select(PrivateNote)
        .join(Expert, PrivateNote.expert_id == Expert.id)
        .join(Applicant, PrivateNote.applicant_id == Applicant.id)
        .join(Round, Applicant.round_id == Round.id)
        .where(Expert.fingerprint == expert, Round.ref == round_ref, Applicant.ref == applicant)
    )
