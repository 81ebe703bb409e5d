"""The expert's private notes on an applicant: for their own reading only.

A note is stored encrypted to the expert's own X25519 key (age, ``core.expert.notes``): the
database holds ciphertext only, so a copy of the home's database shows no note without the
identity and its passphrase. Notes never go into a score file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reviewdesk.core.storage.models.base import Base
from reviewdesk.core.storage.types import utc_now


class PrivateNote(Base):
    """One expert's note on one applicant (age ciphertext of the UTF-8 text)."""

    __tablename__ = "private_notes"
    __table_args__ = (UniqueConstraint("expert_id", "applicant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
