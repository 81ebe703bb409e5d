"""What a panel decides: the result per applicant, with its veto decisions and flag
resolutions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.storage.models.base import Base, enum_type
from reviewdesk.core.storage.models.rounds import Applicant, Panel


class PanelResult(Base):
    """The panel's result for one applicant: computed, then decided by the chair."""

    __tablename__ = "panel_results"
    __table_args__ = (
        # A decision that differs from the computation needs a written reason (DESIGN §2.2.8).
        CheckConstraint(
            "decided_grade IS NULL"
            " OR (computed_grade IS NOT NULL AND decided_grade = computed_grade)"
            " OR override_reason <> ''",
            name="override_has_reason",
        ),
        CheckConstraint("NOT finalised OR finalised_at IS NOT NULL", name="finalised_at_set"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panels.id"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), unique=True)
    panel_score: Mapped[Decimal | None]  # None: too few sheets counted ("insufficient")
    computed_grade: Mapped[Grade | None] = mapped_column(enum_type(Grade, "computed_grade"))
    decided_grade: Mapped[Grade | None] = mapped_column(enum_type(Grade, "decided_grade"))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[Recommendation | None] = mapped_column(
        enum_type(Recommendation, "recommendation")
    )  # recognition rounds only
    panel_opinion: Mapped[str] = mapped_column(Text, default="")  # 专家组意见
    finalised: Mapped[bool] = mapped_column(default=False)
    finalised_at: Mapped[datetime | None]

    panel: Mapped[Panel] = relationship()
    applicant: Mapped[Applicant] = relationship()
    veto_decisions: Mapped[list[VetoDecision]] = relationship(
        back_populates="result", cascade="all, delete-orphan", passive_deletes=True
    )
    flag_resolutions: Mapped[list[FlagResolution]] = relationship(
        back_populates="result", cascade="all, delete-orphan", passive_deletes=True
    )


class VetoDecision(Base):
    """The chair confirms or dismisses a claimed veto item, always with a reason."""

    __tablename__ = "veto_decisions"
    __table_args__ = (CheckConstraint("reason <> ''", name="reason_given"),)

    result_id: Mapped[int] = mapped_column(
        ForeignKey("panel_results.id", ondelete="CASCADE"), primary_key=True
    )
    veto_key: Mapped[str] = mapped_column(String(16), primary_key=True)
    confirmed: Mapped[bool]
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime]

    result: Mapped[PanelResult] = relationship(back_populates="veto_decisions")


class FlagResolution(Base):
    """The written resolution of one flag raised for the chair (DESIGN §2.2.5)."""

    __tablename__ = "flag_resolutions"
    __table_args__ = (CheckConstraint("resolution <> ''", name="resolution_given"),)

    result_id: Mapped[int] = mapped_column(
        ForeignKey("panel_results.id", ondelete="CASCADE"), primary_key=True
    )
    # Stable key of the flag as the scoring engine names it, e.g. "range" or "deviation:E3".
    flag_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    resolution: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime]

    result: Mapped[PanelResult] = relationship(back_populates="flag_resolutions")
