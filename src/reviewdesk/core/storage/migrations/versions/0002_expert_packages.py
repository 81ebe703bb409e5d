"""The expert's local store: packages opened and score files submitted.

Revision ID: 0002
Revises: 0001
Create Date: 2025-12-02

Written out by hand and frozen, like 0001: no model imports, every constraint named.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sha256() -> sa.String:
    return sa.String(length=64)


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    name = op.f(f"fk_{table}_{column}_{target}")
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=name)


def upgrade() -> None:
    op.create_table(
        "expert_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", _sha256(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("roster_version", sa.Integer(), nullable=False),
        sa.Column("roster_sha256", _sha256(), nullable=False),
        sa.Column("source_name", sa.String(length=255), nullable=False),
        sa.Column("opened_at", _time(), nullable=False),
        sa.Column("last_opened_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_packages")),
        sa.UniqueConstraint(
            "expert_id", "digest", name=op.f("uq_expert_packages_expert_id_digest")
        ),
        sa.CheckConstraint("length(digest) = 64", name=op.f("ck_expert_packages_digest_length")),
        sa.CheckConstraint(
            "roster_version >= 1", name=op.f("ck_expert_packages_roster_version_positive")
        ),
        _fk("expert_packages", "expert_id", "experts"),
        _fk("expert_packages", "round_id", "rounds"),
        _fk("expert_packages", "panel_id", "panels"),
        _fk("expert_packages", "template_id", "templates"),
    )
    op.create_index(
        op.f("ix_expert_packages_round_id"), "expert_packages", ["round_id"], unique=False
    )
    op.create_table(
        "score_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("digest", _sha256(), nullable=False),
        sa.Column("content_sha256", _sha256(), nullable=False),
        sa.Column("applicants", sa.Text(), nullable=False),
        sa.Column("written_to", sa.Text(), nullable=False),
        sa.Column("submitted_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score_submissions")),
        sa.UniqueConstraint(
            "package_id", "revision", name=op.f("uq_score_submissions_package_id_revision")
        ),
        sa.UniqueConstraint("digest", name=op.f("uq_score_submissions_digest")),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_score_submissions_revision_positive")),
        _fk("score_submissions", "package_id", "expert_packages"),
    )


def downgrade() -> None:
    op.drop_table("score_submissions")
    op.drop_table("expert_packages")  # its index goes with it
