"""The commission's desk: keys and roster versions, rounds with their forms, applicants,
materials, panels, assignments (with a version column for optimistic concurrency), the
packages issued, and the result bundles imported with their received scores and results.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

Generated from the models, then read and frozen: no model imports, every constraint named.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commission_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keyid", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key_role", sa.String(length=32), nullable=False),
        sa.Column("section", sa.String(length=32), nullable=True),
        sa.Column("identity_json", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("panels", sa.Text(), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("relations", sa.Text(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by", sa.String(length=200), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(keyid) = 64", name=op.f("ck_commission_keys_keyid_length")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_keys")),
        sa.UniqueConstraint("keyid", name=op.f("uq_commission_keys_keyid")),
    )
    op.create_table(
        "commission_roster_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("roster_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("envelope", sa.LargeBinary(), nullable=False),
        sa.Column("signatures", sa.Integer(), nullable=False),
        sa.Column("needed", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'abandoned')",
            name=op.f("ck_commission_roster_versions_status_known"),
        ),
        sa.CheckConstraint(
            "roster_version >= 1",
            name=op.f("ck_commission_roster_versions_roster_version_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_roster_versions")),
        sa.UniqueConstraint(
            "roster_version", name=op.f("uq_commission_roster_versions_roster_version")
        ),
    )
    op.create_table(
        "commission_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "recognition",
                "evaluation",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("materials_folder", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_rounds")),
        sa.UniqueConstraint("ref", name=op.f("uq_commission_rounds_ref")),
    )
    op.create_table(
        "commission_settings",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_commission_settings")),
    )
    op.create_table(
        "commission_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "park",
                "research",
                "platform",
                "enterprise",
                name="category",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("canonical", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["commission_rounds.id"],
            name=op.f("fk_commission_forms_round_id_commission_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_forms")),
        sa.UniqueConstraint(
            "round_id", "category", name=op.f("uq_commission_forms_round_id_category")
        ),
    )
    op.create_index(
        op.f("ix_commission_forms_round_id"), "commission_forms", ["round_id"], unique=False
    )
    op.create_table(
        "commission_panels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "park",
                "research",
                "platform",
                "enterprise",
                name="category",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("chair_keyid", sa.String(length=64), nullable=True),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.Column("per_applicant", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("minimum >= 1", name=op.f("ck_commission_panels_minimum_positive")),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["commission_rounds.id"],
            name=op.f("fk_commission_panels_round_id_commission_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_panels")),
        sa.UniqueConstraint("round_id", "ref", name=op.f("uq_commission_panels_round_id_ref")),
    )
    op.create_index(
        op.f("ix_commission_panels_round_id"), "commission_panels", ["round_id"], unique=False
    )
    op.create_table(
        "commission_applicants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "park",
                "research",
                "platform",
                "enterprise",
                name="category",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("field", sa.String(length=300), nullable=False),
        sa.Column("partner_countries", sa.Text(), nullable=False),
        sa.Column("contact_email", sa.String(length=300), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["panel_id"],
            ["commission_panels.id"],
            name=op.f("fk_commission_applicants_panel_id_commission_panels"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["commission_rounds.id"],
            name=op.f("fk_commission_applicants_round_id_commission_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_applicants")),
        sa.UniqueConstraint("round_id", "ref", name=op.f("uq_commission_applicants_round_id_ref")),
    )
    op.create_index(
        op.f("ix_commission_applicants_panel_id"),
        "commission_applicants",
        ["panel_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_commission_applicants_round_id"),
        "commission_applicants",
        ["round_id"],
        unique=False,
    )
    op.create_table(
        "commission_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("recipient_keyid", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("applicants", sa.Text(), nullable=False),
        sa.Column("template_sha256", sa.String(length=64), nullable=False),
        sa.Column("roster_version", sa.Integer(), nullable=False),
        sa.Column("build", sa.Integer(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('package', 'chair-package')", name=op.f("ck_commission_packages_kind_known")
        ),
        sa.CheckConstraint(
            "length(digest) = 64", name=op.f("ck_commission_packages_digest_length")
        ),
        sa.ForeignKeyConstraint(
            ["panel_id"],
            ["commission_panels.id"],
            name=op.f("fk_commission_packages_panel_id_commission_panels"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["commission_rounds.id"],
            name=op.f("fk_commission_packages_round_id_commission_rounds"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_packages")),
        sa.UniqueConstraint("digest", name=op.f("uq_commission_packages_digest")),
    )
    op.create_index(
        op.f("ix_commission_packages_panel_id"), "commission_packages", ["panel_id"], unique=False
    )
    op.create_index(
        op.f("ix_commission_packages_round_id"), "commission_packages", ["round_id"], unique=False
    )
    op.create_table(
        "commission_panel_members",
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("keyid", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["panel_id"],
            ["commission_panels.id"],
            name=op.f("fk_commission_panel_members_panel_id_commission_panels"),
        ),
        sa.PrimaryKeyConstraint("panel_id", "keyid", name=op.f("pk_commission_panel_members")),
    )
    op.create_table(
        "commission_result_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("chair_keyid", sa.String(length=64), nullable=False),
        sa.Column("bundle_version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("discrepancies", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "verdict IN ('accepted', 'refused')",
            name=op.f("ck_commission_result_bundles_verdict_known"),
        ),
        sa.CheckConstraint(
            "length(digest) = 64", name=op.f("ck_commission_result_bundles_digest_length")
        ),
        sa.ForeignKeyConstraint(
            ["panel_id"],
            ["commission_panels.id"],
            name=op.f("fk_commission_result_bundles_panel_id_commission_panels"),
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["commission_rounds.id"],
            name=op.f("fk_commission_result_bundles_round_id_commission_rounds"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["commission_result_bundles.id"],
            name=op.f("fk_commission_result_bundles_supersedes_id_commission_result_bundles"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_result_bundles")),
        sa.UniqueConstraint("digest", name=op.f("uq_commission_result_bundles_digest")),
    )
    op.create_index(
        op.f("ix_commission_result_bundles_panel_id"),
        "commission_result_bundles",
        ["panel_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_commission_result_bundles_round_id"),
        "commission_result_bundles",
        ["round_id"],
        unique=False,
    )
    op.create_table(
        "commission_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("experts", sa.Text(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["commission_applicants.id"],
            name=op.f("fk_commission_assignments_applicant_id_commission_applicants"),
        ),
        sa.ForeignKeyConstraint(
            ["panel_id"],
            ["commission_panels.id"],
            name=op.f("fk_commission_assignments_panel_id_commission_panels"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_assignments")),
        sa.UniqueConstraint("applicant_id", name=op.f("uq_commission_assignments_applicant_id")),
    )
    op.create_index(
        op.f("ix_commission_assignments_panel_id"),
        "commission_assignments",
        ["panel_id"],
        unique=False,
    )
    op.create_table(
        "commission_materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["commission_applicants.id"],
            name=op.f("fk_commission_materials_applicant_id_commission_applicants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_materials")),
        sa.UniqueConstraint(
            "applicant_id", "name", name=op.f("uq_commission_materials_applicant_id_name")
        ),
    )
    op.create_index(
        op.f("ix_commission_materials_applicant_id"),
        "commission_materials",
        ["applicant_id"],
        unique=False,
    )
    op.create_table(
        "commission_received_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.Integer(), nullable=False),
        sa.Column("expert_keyid", sa.String(length=64), nullable=False),
        sa.Column("package_digest", sa.String(length=64), nullable=False),
        sa.Column("score_digest", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("applicants", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["commission_result_bundles.id"],
            name=op.f("fk_commission_received_scores_bundle_id_commission_result_bundles"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_received_scores")),
        sa.UniqueConstraint(
            "bundle_id",
            "expert_keyid",
            name=op.f("uq_commission_received_scores_bundle_id_expert_keyid"),
        ),
    )
    op.create_index(
        op.f("ix_commission_received_scores_bundle_id"),
        "commission_received_scores",
        ["bundle_id"],
        unique=False,
    )
    op.create_table(
        "commission_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.Integer(), nullable=False),
        sa.Column("applicant_ref", sa.String(length=64), nullable=False),
        sa.Column("panel_score", sa.String(length=32), nullable=True),
        sa.Column("grade", sa.String(length=32), nullable=True),
        sa.Column("claimed_grade", sa.String(length=32), nullable=True),
        sa.Column("recommendation", sa.String(length=32), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["commission_result_bundles.id"],
            name=op.f("fk_commission_results_bundle_id_commission_result_bundles"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_results")),
        sa.UniqueConstraint(
            "bundle_id", "applicant_ref", name=op.f("uq_commission_results_bundle_id_applicant_ref")
        ),
    )
    op.create_index(
        op.f("ix_commission_results_bundle_id"), "commission_results", ["bundle_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("commission_results")
    op.drop_table("commission_received_scores")
    op.drop_table("commission_materials")
    op.drop_table("commission_assignments")
    op.drop_table("commission_result_bundles")
    op.drop_table("commission_panel_members")
    op.drop_table("commission_packages")
    op.drop_table("commission_applicants")
    op.drop_table("commission_panels")
    op.drop_table("commission_forms")
    op.drop_table("commission_settings")
    op.drop_table("commission_rounds")
    op.drop_table("commission_roster_versions")
    op.drop_table("commission_keys")
