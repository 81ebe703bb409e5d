"""What an expert produces: declarations before reading, then score sheets in revisions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reviewdesk.core.domain import Conflict
from reviewdesk.core.storage.models.base import SHA256_HEX, Base, enum_type
from reviewdesk.core.storage.models.rounds import Applicant, Expert, Round
from reviewdesk.core.storage.types import utc_now


class SheetStatus(StrEnum):
    DRAFT = "draft"  # being filled in; autosaved
    COMPLETE = "complete"  # passes the template's checks, not yet signed
    SUBMITTED = "submitted"  # signed and sent; frozen


class ConfidentialityPledge(Base):
    """The pledge (保密承诺) an expert signs before a package's materials open."""

    __tablename__ = "confidentiality_pledges"
    __table_args__ = (UniqueConstraint("expert_id", "package_sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"))
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    package_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    text: Mapped[str] = mapped_column(Text)  # the words pledged, as shown
    signed_at: Mapped[datetime] = mapped_column(default=utc_now)

    expert: Mapped[Expert] = relationship()
    round: Mapped[Round] = relationship()


class ConflictDeclaration(Base):
    """The conflict-of-interest declaration (回避声明) for one applicant: one per pair."""

    __tablename__ = "conflict_declarations"
    __table_args__ = (UniqueConstraint("expert_id", "applicant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    kind: Mapped[Conflict] = mapped_column(enum_type(Conflict, "kind"))
    text: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(default=utc_now)

    expert: Mapped[Expert] = relationship()
    applicant: Mapped[Applicant] = relationship()


class ScoreSheet(Base):
    """One revision of an expert's scores for one applicant. Revisions count up from 1; a
    submitted revision is signed and never changes (a change is the next revision)."""

    __tablename__ = "score_sheets"
    __table_args__ = (
        UniqueConstraint("expert_id", "applicant_id", "revision"),
        # Only an assigned expert scores an applicant.
        ForeignKeyConstraint(
            ["expert_id", "applicant_id"],
            ["assignments.expert_id", "assignments.applicant_id"],
            name="fk_score_sheets_assignment",
        ),
        CheckConstraint("revision >= 1", name="revision_positive"),
        # Submitted exactly when signed: a digest on a draft, or a submission without one,
        # would let an unsigned sheet count.
        CheckConstraint(
            "(status = 'submitted' AND signed_digest IS NOT NULL AND submitted_at IS NOT NULL)"
            " OR (status <> 'submitted' AND signed_digest IS NULL)",
            name="signed_when_submitted",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    revision: Mapped[int]
    status: Mapped[SheetStatus] = mapped_column(
        enum_type(SheetStatus, "status"), default=SheetStatus.DRAFT
    )
    overall_opinion: Mapped[str] = mapped_column(Text, default="")  # 评审意见
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    submitted_at: Mapped[datetime | None]
    signed_digest: Mapped[str | None] = mapped_column(SHA256_HEX)  # of the signed score file

    expert: Mapped[Expert] = relationship()
    applicant: Mapped[Applicant] = relationship()
    scores: Mapped[list[SheetScore]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", passive_deletes=True
    )
    veto_claims: Mapped[list[VetoClaim]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", passive_deletes=True
    )


class SheetScore(Base):
    """A criterion's score on a sheet (absent while not yet scored) and its comment."""

    __tablename__ = "sheet_scores"

    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), primary_key=True
    )
    criterion: Mapped[str] = mapped_column(String(32), primary_key=True)  # template key
    score: Mapped[Decimal | None]
    comment: Mapped[str] = mapped_column(Text, default="")

    sheet: Mapped[ScoreSheet] = relationship(back_populates="scores")


class VetoClaim(Base):
    """A veto item (一票否决) an expert ticks, with the evidence."""

    __tablename__ = "veto_claims"

    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("score_sheets.id", ondelete="CASCADE"), primary_key=True
    )
    veto_key: Mapped[str] = mapped_column(String(16), primary_key=True)  # "V1" … "V7"
    # May be empty in a draft (ticked first, explained next); the sheet checks say so.
    evidence: Mapped[str] = mapped_column(Text, default="")

    sheet: Mapped[ScoreSheet] = relationship(back_populates="veto_claims")
