"""The expert's private notes per applicant, encrypted to the expert's own key; the panel's
name beside its code on the packages an expert opened (for the home screen).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

Written out by hand and frozen: no model imports, every constraint named.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "private_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_notes")),
        sa.UniqueConstraint(
            "expert_id", "applicant_id", name=op.f("uq_private_notes_expert_id_applicant_id")
        ),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["experts.id"], name=op.f("fk_private_notes_expert_id_experts")
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_private_notes_applicant_id_applicants"),
        ),
    )

    with op.batch_alter_table("expert_packages") as batch:
        batch.add_column(sa.Column("panel_title", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("expert_packages") as batch:
        batch.drop_column("panel_title")
    op.drop_table("private_notes")
