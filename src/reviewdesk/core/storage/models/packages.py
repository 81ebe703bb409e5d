"""What an expert's installation keeps about the packages it opened and the score files it
signed: enough to reopen a package on the next start and to number revisions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reviewdesk.core.storage.models.base import SHA256_HEX, Base
from reviewdesk.core.storage.models.rounds import Expert, Panel, Round, StoredTemplate
from reviewdesk.core.storage.types import utc_now


class ExpertPackage(Base):
    """A package an expert opened; its file stays encrypted in the local store."""

    __tablename__ = "expert_packages"
    __table_args__ = (
        UniqueConstraint("expert_id", "digest"),
        CheckConstraint("length(digest) = 64", name="digest_length"),
        CheckConstraint("roster_version >= 1", name="roster_version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(SHA256_HEX)  # the package's object digest
    expert_id: Mapped[int] = mapped_column(ForeignKey("experts.id"))
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panels.id"))
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id"))
    # The roster the package was verified with, kept in the store for reopening.
    roster_version: Mapped[int] = mapped_column(Integer)
    roster_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    source_name: Mapped[str] = mapped_column(String(255))  # the file name it was opened from
    panel_title: Mapped[str | None] = mapped_column(String(300))  # the panel's name, if given
    opened_at: Mapped[datetime] = mapped_column(default=utc_now)
    last_opened_at: Mapped[datetime] = mapped_column(default=utc_now)

    expert: Mapped[Expert] = relationship()
    round: Mapped[Round] = relationship()
    panel: Mapped[Panel] = relationship()
    template: Mapped[StoredTemplate] = relationship()


class ScoreSubmission(Base):
    """A signed score file the expert submitted for a package: one row per revision."""

    __tablename__ = "score_submissions"
    __table_args__ = (
        UniqueConstraint("package_id", "revision"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("expert_packages.id"))
    revision: Mapped[int]
    digest: Mapped[str] = mapped_column(SHA256_HEX, unique=True)  # the score file's object digest
    # SHA-256 of what was signed (sheets and declarations), to tell "changed since" apart.
    content_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    applicants: Mapped[str] = mapped_column(Text)  # the file numbers scored, one per line
    written_to: Mapped[str] = mapped_column(Text)  # where the user last saved it
    submitted_at: Mapped[datetime] = mapped_column(default=utc_now)

    package: Mapped[ExpertPackage] = relationship()
