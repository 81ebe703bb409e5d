"""The commission's database: its keys and rosters, its rounds from set-up to the packages it
issued, and the result bundles it imported (issue 10).

These tables are the commission's own (prefix ``commission_``): the ``rounds``/``panels``/
``assignments`` tables of the first schema describe what an expert's or chair's laptop
received, keyed by the files it opened; the commission keeps what it *decided*, keyed by the
roster's key ids, and shares it between several staff on one database (PostgreSQL through
any SQLAlchemy URL). Only portable types: text, integers, binary, UTC times.

Rows several staff edit at once carry a ``version`` column that SQLAlchemy checks on every
UPDATE (``version_id_col``): a change saved over someone else's newer change fails
(``StaleDataError``, which the services raise as ``StorageError`` ``changed-by-someone-else``)
instead of silently replacing it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.storage.models.base import SHA256_HEX, Base, enum_type
from reviewdesk.core.storage.types import utc_now

KEYID = String(64)


class CommissionSetting(Base):
    """A named value of the commission (the roots' threshold, the roster's label …)."""

    __tablename__ = "commission_settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CommissionKey(Base):
    """A public key the commission knows: a root, an operational or audit key, or a person
    who enrolled. ``section`` is where the next roster lists it (null: not listed yet)."""

    __tablename__ = "commission_keys"
    __table_args__ = (CheckConstraint("length(keyid) = 64", name="keyid_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    keyid: Mapped[str] = mapped_column(KEYID, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    key_role: Mapped[str] = mapped_column(String(32))  # the role chosen when the key was made
    section: Mapped[str | None] = mapped_column(String(32))  # root, operational, audit, chair, …
    identity_json: Mapped[str] = mapped_column(Text)  # canonical PublicIdentity
    fingerprint: Mapped[str] = mapped_column(String(80))
    panels: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of panel ids
    institution: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    relations: Mapped[str] = mapped_column(Text, default="{}")  # JSON {applicant ref: note}
    enrolled_at: Mapped[datetime] = mapped_column(default=utc_now)
    confirmed_at: Mapped[datetime | None]  # fingerprint confirmed by phone
    confirmed_by: Mapped[str] = mapped_column(String(200), default="")
    revoked_at: Mapped[datetime | None]
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class CommissionRosterVersion(Base):
    """A roster version: a draft collecting root signatures one key at a time, then
    published. ``envelope`` holds the signed envelope as it stands."""

    __tablename__ = "commission_roster_versions"
    __table_args__ = (
        CheckConstraint("roster_version >= 1", name="roster_version_positive"),
        CheckConstraint("status IN ('draft', 'published', 'abandoned')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    roster_version: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String(16))
    payload_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    envelope: Mapped[bytes] = mapped_column(LargeBinary)
    signatures: Mapped[int] = mapped_column(Integer, default=0)
    needed: Mapped[str] = mapped_column(Text)  # JSON: what is still missing, for people
    summary: Mapped[str] = mapped_column(Text)  # JSON: counts and changes, for the history
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    published_at: Mapped[datetime | None]


class CommissionRound(Base):
    __tablename__ = "commission_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[RoundKind] = mapped_column(enum_type(RoundKind, "kind"))
    deadline: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    materials_folder: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class CommissionForm(Base):
    """The scoring form of one category in a round, exactly as it goes into packages."""

    __tablename__ = "commission_forms"
    __table_args__ = (UniqueConstraint("round_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("commission_rounds.id"), index=True)
    category: Mapped[Category] = mapped_column(enum_type(Category, "category"))
    sha256: Mapped[str] = mapped_column(SHA256_HEX)
    source: Mapped[str] = mapped_column(String(300))  # "built-in:<slug>" or the file's name
    canonical: Mapped[bytes] = mapped_column(LargeBinary)


class CommissionPanel(Base):
    """A panel (专家组) of a round: one category, one form, members by key, one chair."""

    __tablename__ = "commission_panels"
    __table_args__ = (
        UniqueConstraint("round_id", "ref"),
        CheckConstraint("minimum >= 1", name="minimum_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("commission_rounds.id"), index=True)
    ref: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[Category] = mapped_column(enum_type(Category, "category"))
    chair_keyid: Mapped[str | None] = mapped_column(KEYID)
    minimum: Mapped[int] = mapped_column(Integer, default=3)
    per_applicant: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)

    members: Mapped[list[CommissionPanelMember]] = relationship(
        back_populates="panel", cascade="all, delete-orphan"
    )

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class CommissionPanelMember(Base):
    __tablename__ = "commission_panel_members"

    panel_id: Mapped[int] = mapped_column(ForeignKey("commission_panels.id"), primary_key=True)
    keyid: Mapped[str] = mapped_column(KEYID, primary_key=True)

    panel: Mapped[CommissionPanel] = relationship(back_populates="members")


class CommissionApplicant(Base):
    __tablename__ = "commission_applicants"
    __table_args__ = (UniqueConstraint("round_id", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("commission_rounds.id"), index=True)
    ref: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[Category] = mapped_column(enum_type(Category, "category"))
    institution: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(300), default="")
    partner_countries: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    contact_email: Mapped[str] = mapped_column(String(300), default="")
    row: Mapped[int] = mapped_column(Integer, default=0)  # in the imported sheet
    panel_id: Mapped[int | None] = mapped_column(ForeignKey("commission_panels.id"), index=True)


class CommissionMaterial(Base):
    """A file of an applicant's materials, as matched and checked before building."""

    __tablename__ = "commission_materials"
    __table_args__ = (UniqueConstraint("applicant_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("commission_applicants.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))  # shown to the expert
    path: Mapped[str] = mapped_column(Text)  # where the commission keeps it
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(SHA256_HEX)


class CommissionAssignment(Base):
    """Who scores one applicant: the panel's experts by key id (a JSON list, sorted)."""

    __tablename__ = "commission_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("commission_panels.id"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("commission_applicants.id"), unique=True)
    experts: Mapped[str] = mapped_column(Text)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)  # changed by hand
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    version: Mapped[int] = mapped_column(Integer)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012


class CommissionPackage(Base):
    """A package the commission issued: an import tells its own packages by this digest."""

    __tablename__ = "commission_packages"
    __table_args__ = (
        CheckConstraint("kind IN ('package', 'chair-package')", name="kind_known"),
        CheckConstraint("length(digest) = 64", name="digest_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("commission_rounds.id"), index=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("commission_panels.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    recipient_keyid: Mapped[str] = mapped_column(KEYID)
    digest: Mapped[str] = mapped_column(SHA256_HEX, unique=True)  # the object digest
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(SHA256_HEX)  # of the whole file, for the list
    size: Mapped[int] = mapped_column(Integer)
    applicants: Mapped[str] = mapped_column(Text)  # JSON list of refs
    template_sha256: Mapped[str] = mapped_column(SHA256_HEX)
    roster_version: Mapped[int] = mapped_column(Integer)
    build: Mapped[int] = mapped_column(Integer)  # 1, 2, … per round: a rebuild is a new build
    built_at: Mapped[datetime] = mapped_column(default=utc_now)


class CommissionResultBundle(Base):
    """A chair's result bundle the commission imported (accepted or refused), per panel.
    A newer accepted bundle of a panel supersedes the older, which stays as history."""

    __tablename__ = "commission_result_bundles"
    __table_args__ = (
        CheckConstraint("verdict IN ('accepted', 'refused')", name="verdict_known"),
        CheckConstraint("length(digest) = 64", name="digest_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("commission_rounds.id"), index=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("commission_panels.id"), index=True)
    digest: Mapped[str] = mapped_column(SHA256_HEX, unique=True)
    chair_keyid: Mapped[str] = mapped_column(KEYID)
    bundle_version: Mapped[int] = mapped_column(Integer)  # the chair's numbered version
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("commission_result_bundles.id"))
    verdict: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes/sentences
    discrepancies: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    file_name: Mapped[str] = mapped_column(String(255))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)  # the file as received (accepted)
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)


class CommissionReceivedScore(Base):
    """A score file inside an accepted result bundle, re-verified by the commission."""

    __tablename__ = "commission_received_scores"
    __table_args__ = (UniqueConstraint("bundle_id", "expert_keyid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("commission_result_bundles.id"), index=True)
    expert_keyid: Mapped[str] = mapped_column(KEYID)
    package_digest: Mapped[str] = mapped_column(SHA256_HEX)
    score_digest: Mapped[str] = mapped_column(SHA256_HEX)
    revision: Mapped[int] = mapped_column(Integer)
    applicants: Mapped[str] = mapped_column(Text)  # JSON list of refs


class CommissionResult(Base):
    """One applicant's panel result from an accepted bundle: the commission's recomputation
    beside the chair's claim."""

    __tablename__ = "commission_results"
    __table_args__ = (UniqueConstraint("bundle_id", "applicant_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("commission_result_bundles.id"), index=True)
    applicant_ref: Mapped[str] = mapped_column(String(64))
    panel_score: Mapped[str | None] = mapped_column(String(32))  # exact decimal text
    grade: Mapped[str | None] = mapped_column(String(32))  # recomputed
    claimed_grade: Mapped[str | None] = mapped_column(String(32))
    recommendation: Mapped[str | None] = mapped_column(String(32))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON: flags, vetoes, rank
