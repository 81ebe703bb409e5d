"""The chair's desk: panels opened, the per-panel import log, received score files,
alarms, paper sheets, decisions, the audit trail and numbered versions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

Written out by hand and frozen, like 0001 and 0002: no model imports, every constraint named.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sha256() -> sa.String:
    return sa.String(length=64)


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _desk(table: str) -> list[sa.Column[int] | sa.ForeignKeyConstraint]:
    return [
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["chair_desks.id"], name=op.f(f"fk_{table}_desk_id_chair_desks")
        ),
    ]


def _index(table: str) -> None:
    op.create_index(op.f(f"ix_{table}_desk_id"), table, ["desk_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "chair_desks",
        _id(),
        sa.Column("chair_keyid", sa.String(length=64), nullable=False),
        sa.Column("package_digest", _sha256(), nullable=False),
        sa.Column("round_ref", sa.String(length=64), nullable=False),
        sa.Column("panel_ref", sa.String(length=64), nullable=False),
        sa.Column("template_sha256", _sha256(), nullable=False),
        sa.Column("roster_version", sa.Integer(), nullable=False),
        sa.Column("roster_sha256", _sha256(), nullable=False),
        sa.Column("source_name", sa.String(length=255), nullable=False),
        sa.Column("opened_at", _time(), nullable=False),
        sa.Column("last_opened_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_desks")),
        sa.UniqueConstraint(
            "chair_keyid", "package_digest", name=op.f("uq_chair_desks_chair_keyid_package_digest")
        ),
        sa.CheckConstraint(
            "length(package_digest) = 64", name=op.f("ck_chair_desks_digest_length")
        ),
        sa.CheckConstraint(
            "roster_version >= 1", name=op.f("ck_chair_desks_roster_version_positive")
        ),
    )
    op.create_table(
        "chair_import_log",
        *_desk("chair_import_log"),
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("recorded_at", _time(), nullable=False),
        sa.Column("file_sha256", _sha256(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("prev_hash", _sha256(), nullable=False),
        sa.Column("entry_hash", _sha256(), nullable=False),
        sa.PrimaryKeyConstraint("desk_id", "sequence", name=op.f("pk_chair_import_log")),
        sa.UniqueConstraint(
            "desk_id", "prev_hash", name=op.f("uq_chair_import_log_desk_id_prev_hash")
        ),
        sa.UniqueConstraint(
            "desk_id", "entry_hash", name=op.f("uq_chair_import_log_desk_id_entry_hash")
        ),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_chair_import_log_sequence_positive")),
        sa.CheckConstraint(
            "length(file_sha256) = 64", name=op.f("ck_chair_import_log_file_sha256_length")
        ),
    )
    op.create_table(
        "chair_score_files",
        _id(),
        *_desk("chair_score_files"),
        sa.Column("file_sha256", _sha256(), nullable=False),
        sa.Column("envelope_digest", _sha256(), nullable=False),
        sa.Column("package_digest", _sha256(), nullable=False),
        sa.Column("expert", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("received_at", _time(), nullable=False),
        sa.Column("log_sequence", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("envelope", sa.LargeBinary(), nullable=False),
        sa.Column("scores", sa.LargeBinary(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_score_files")),
        sa.UniqueConstraint(
            "desk_id", "file_sha256", name=op.f("uq_chair_score_files_desk_id_file_sha256")
        ),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_chair_score_files_revision_positive")),
    )
    _index("chair_score_files")
    op.create_table(
        "chair_alarms",
        _id(),
        *_desk("chair_alarms"),
        sa.Column("score_file_id", sa.Integer(), nullable=False),
        sa.Column("expert", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("raised_at", _time(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("resolved_at", _time(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_alarms")),
        sa.ForeignKeyConstraint(
            ["score_file_id"],
            ["chair_score_files.id"],
            name=op.f("fk_chair_alarms_score_file_id_chair_score_files"),
        ),
    )
    _index("chair_alarms")
    op.create_table(
        "chair_paper_sheets",
        _id(),
        *_desk("chair_paper_sheets"),
        sa.Column("expert", sa.String(length=64), nullable=False),
        sa.Column("applicant", sa.String(length=64), nullable=False),
        sa.Column("sheet", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("entered_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_paper_sheets")),
        sa.UniqueConstraint(
            "desk_id",
            "expert",
            "applicant",
            name=op.f("uq_chair_paper_sheets_desk_id_expert_applicant"),
        ),
    )
    _index("chair_paper_sheets")
    op.create_table(
        "chair_decisions",
        _id(),
        *_desk("chair_decisions"),
        sa.Column("applicant", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=1000), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_decisions")),
        sa.UniqueConstraint(
            "desk_id",
            "applicant",
            "kind",
            "subject",
            name=op.f("uq_chair_decisions_desk_id_applicant_kind_subject"),
        ),
    )
    _index("chair_decisions")
    op.create_table(
        "chair_audit",
        _id(),
        *_desk("chair_audit"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", _time(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("applicant", sa.String(length=64), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_audit")),
    )
    _index("chair_audit")
    op.create_table(
        "chair_versions",
        _id(),
        *_desk("chair_versions"),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_at", _time(), nullable=False),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.Column("finalised_at", _time(), nullable=True),
        sa.Column("bundle_digest", _sha256(), nullable=True),
        sa.Column("fingerprint", sa.String(length=100), nullable=True),
        sa.Column("outputs", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chair_versions")),
        sa.UniqueConstraint("desk_id", "number", name=op.f("uq_chair_versions_desk_id_number")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_chair_versions_number_positive")),
    )
    _index("chair_versions")


def downgrade() -> None:
    for table in (
        "chair_versions",
        "chair_audit",
        "chair_decisions",
        "chair_paper_sheets",
        "chair_alarms",
        "chair_score_files",
        "chair_import_log",
        "chair_desks",
    ):
        op.drop_table(table)  # indexes go with their tables
