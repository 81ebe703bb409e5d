"""The set-up of a round: templates, applicants, experts, panels and who reviews whom."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.storage.models.base import SHA256_HEX, Base, enum_type
from reviewdesk.core.storage.types import utc_now


class RoundStatus(StrEnum):
    DRAFT = "draft"  # the commission is still setting it up
    OPEN = "open"  # packages are out, experts are reviewing
    CLOSED = "closed"  # past the deadline, results are coming in
    PUBLISHED = "published"


class Round(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Identifies the round across machines: packages, score files and bundles are bound to it.
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[RoundKind] = mapped_column(enum_type(RoundKind, "kind"))
    name: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[datetime | None]
    status: Mapped[RoundStatus] = mapped_column(
        enum_type(RoundStatus, "status"), default=RoundStatus.DRAFT
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    applicants: Mapped[list[Applicant]] = relationship(back_populates="round")
    panels: Mapped[list[Panel]] = relationship(back_populates="round")


class StoredTemplate(Base):
    """A scoring template exactly as used: its canonical bytes make a round reproducible."""

    __tablename__ = "templates"
    __table_args__ = (
        UniqueConstraint("slug", "version"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(SHA256_HEX, unique=True)  # of `canonical`
    slug: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    kind: Mapped[RoundKind] = mapped_column(enum_type(RoundKind, "kind"))
    category: Mapped[Category] = mapped_column(enum_type(Category, "category"))
    canonical: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(default=utc_now)


class Applicant(Base):
    """An organisation applying (recognition) or a base being graded (evaluation)."""

    __tablename__ = "applicants"
    __table_args__ = (UniqueConstraint("round_id", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    ref: Mapped[str] = mapped_column(String(64))  # the commission's file number
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[Category] = mapped_column(enum_type(Category, "category"))
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id"))

    round: Mapped[Round] = relationship(back_populates="applicants")
    template: Mapped[StoredTemplate] = relationship()


class Expert(Base):
    """A person with a key: reviewer, chair, or both."""

    __tablename__ = "experts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(128), unique=True)


class Panel(Base):
    """An expert group (专家组) of one round, led by a chair."""

    __tablename__ = "panels"
    __table_args__ = (UniqueConstraint("round_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("experts.id"))

    round: Mapped[Round] = relationship(back_populates="panels")
    chair: Mapped[Expert | None] = relationship()
    members: Mapped[list[PanelMember]] = relationship(back_populates="panel")


class PanelMember(Base):
    __tablename__ = "panel_members"

    panel_id: Mapped[int] = mapped_column(ForeignKey("panels.id"), primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"), primary_key=True, index=True)

    panel: Mapped[Panel] = relationship(back_populates="members")
    expert: Mapped[Expert] = relationship()


class Assignment(Base):
    """An expert reviews an applicant, as a member of a panel."""

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("expert_id", "applicant_id"),
        # Only a member of the panel can be assigned through it.
        ForeignKeyConstraint(
            ["panel_id", "expert_id"],
            ["panel_members.panel_id", "panel_members.expert_id"],
            name="fk_assignments_panel_member",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    panel_id: Mapped[int] = mapped_column(index=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)

    expert: Mapped[Expert] = relationship()
    applicant: Mapped[Applicant] = relationship()
