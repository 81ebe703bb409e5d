"""The first schema: rounds and their set-up, declarations, score sheets, panel results and
the import log.

Revision ID: 0001
Revises:
Create Date: 2025-11-26

Written out by hand and frozen: it must not import the models, which will move on. Every
constraint is named explicitly (op.f) so the names do not depend on a naming convention.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Enum values as the models store them; frozen here on purpose.
ROUND_KINDS = ("recognition", "evaluation")
ROUND_STATUSES = ("draft", "open", "closed", "published")
CATEGORIES = ("park", "research", "platform", "enterprise")
CONFLICTS = ("none", "potential", "disqualifying")
SHEET_STATUSES = ("draft", "complete", "submitted")
GRADES = ("excellent", "good", "qualified", "unqualified")
RECOMMENDATIONS = ("recognise", "do-not-recognise")


def _code(length: int = 32) -> sa.String:
    return sa.String(length=length)


def _time() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _one_of(table: str, column: str, values: Sequence[str]) -> sa.CheckConstraint:
    listed = ", ".join(f"'{value}'" for value in values)
    return sa.CheckConstraint(f"{column} IN ({listed})", name=op.f(f"ck_{table}_{column}"))


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{table}"))


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    name = op.f(f"fk_{table}_{column}_{target}")
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=name, ondelete=ondelete)


def _uq(table: str, *columns: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{'_'.join(columns)}"))


def _index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "experts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=128), nullable=False),
        _pk("experts", "id"),
        _uq("experts", "fingerprint"),
    )
    op.create_table(
        "import_log",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("recorded_at", _time(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", _code(), nullable=False),
        sa.Column("outcome", _code(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        _pk("import_log", "sequence"),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_import_log_sequence_positive")),
        sa.CheckConstraint(
            "length(file_sha256) = 64", name=op.f("ck_import_log_file_sha256_length")
        ),
        sa.CheckConstraint("length(prev_hash) = 64", name=op.f("ck_import_log_prev_hash_length")),
        sa.CheckConstraint("length(entry_hash) = 64", name=op.f("ck_import_log_entry_hash_length")),
        _uq("import_log", "prev_hash"),
        _uq("import_log", "entry_hash"),
    )
    op.create_table(
        "rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("kind", _code(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("deadline", _time(), nullable=True),
        sa.Column("status", _code(), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        _pk("rounds", "id"),
        _uq("rounds", "ref"),
        _one_of("rounds", "kind", ROUND_KINDS),
        _one_of("rounds", "status", ROUND_STATUSES),
    )
    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("kind", _code(), nullable=False),
        sa.Column("category", _code(), nullable=False),
        sa.Column("canonical", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", _time(), nullable=False),
        _pk("templates", "id"),
        _uq("templates", "sha256"),
        _uq("templates", "slug", "version"),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_templates_sha256_length")),
        _one_of("templates", "kind", ROUND_KINDS),
        _one_of("templates", "category", CATEGORIES),
    )
    op.create_table(
        "applicants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("category", _code(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        _pk("applicants", "id"),
        _uq("applicants", "round_id", "ref"),
        _fk("applicants", "round_id", "rounds"),
        _fk("applicants", "template_id", "templates"),
        _one_of("applicants", "category", CATEGORIES),
    )
    _index("applicants", "round_id")
    op.create_table(
        "confidentiality_pledges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("signed_at", _time(), nullable=False),
        _pk("confidentiality_pledges", "id"),
        _uq("confidentiality_pledges", "expert_id", "package_sha256"),
        _fk("confidentiality_pledges", "expert_id", "experts"),
        _fk("confidentiality_pledges", "round_id", "rounds"),
    )
    _index("confidentiality_pledges", "round_id")
    op.create_table(
        "panels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        _pk("panels", "id"),
        _uq("panels", "round_id", "name"),
        _fk("panels", "round_id", "rounds"),
        _fk("panels", "chair_id", "experts"),
    )
    _index("panels", "round_id")
    op.create_table(
        "conflict_declarations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("kind", _code(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("declared_at", _time(), nullable=False),
        _pk("conflict_declarations", "id"),
        _uq("conflict_declarations", "expert_id", "applicant_id"),
        _fk("conflict_declarations", "expert_id", "experts"),
        _fk("conflict_declarations", "applicant_id", "applicants"),
        _one_of("conflict_declarations", "kind", CONFLICTS),
    )
    _index("conflict_declarations", "applicant_id")
    op.create_table(
        "panel_members",
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        _pk("panel_members", "panel_id", "expert_id"),
        _fk("panel_members", "panel_id", "panels"),
        _fk("panel_members", "expert_id", "experts"),
    )
    _index("panel_members", "expert_id")
    op.create_table(
        "panel_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("panel_score", sa.Text(), nullable=True),
        sa.Column("computed_grade", _code(), nullable=True),
        sa.Column("decided_grade", _code(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("recommendation", _code(), nullable=True),
        sa.Column("panel_opinion", sa.Text(), nullable=False),
        sa.Column("finalised", sa.Boolean(), nullable=False),
        sa.Column("finalised_at", _time(), nullable=True),
        _pk("panel_results", "id"),
        _uq("panel_results", "applicant_id"),
        _fk("panel_results", "panel_id", "panels"),
        _fk("panel_results", "applicant_id", "applicants"),
        sa.CheckConstraint(
            "decided_grade IS NULL"
            " OR (computed_grade IS NOT NULL AND decided_grade = computed_grade)"
            " OR override_reason <> ''",
            name=op.f("ck_panel_results_override_has_reason"),
        ),
        sa.CheckConstraint(
            "NOT finalised OR finalised_at IS NOT NULL",
            name=op.f("ck_panel_results_finalised_at_set"),
        ),
        _one_of("panel_results", "computed_grade", GRADES),
        _one_of("panel_results", "decided_grade", GRADES),
        _one_of("panel_results", "recommendation", RECOMMENDATIONS),
    )
    _index("panel_results", "panel_id")
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        _pk("assignments", "id"),
        _uq("assignments", "expert_id", "applicant_id"),
        sa.ForeignKeyConstraint(
            ["panel_id", "expert_id"],
            ["panel_members.panel_id", "panel_members.expert_id"],
            name=op.f("fk_assignments_panel_member"),
        ),
        _fk("assignments", "expert_id", "experts"),
        _fk("assignments", "applicant_id", "applicants"),
    )
    _index("assignments", "applicant_id")
    _index("assignments", "panel_id")
    op.create_table(
        "flag_resolutions",
        sa.Column("result_id", sa.Integer(), nullable=False),
        sa.Column("flag_key", sa.String(length=100), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("resolved_at", _time(), nullable=False),
        _pk("flag_resolutions", "result_id", "flag_key"),
        _fk("flag_resolutions", "result_id", "panel_results", ondelete="CASCADE"),
        sa.CheckConstraint("resolution <> ''", name=op.f("ck_flag_resolutions_resolution_given")),
    )
    op.create_table(
        "veto_decisions",
        sa.Column("result_id", sa.Integer(), nullable=False),
        sa.Column("veto_key", sa.String(length=16), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", _time(), nullable=False),
        _pk("veto_decisions", "result_id", "veto_key"),
        _fk("veto_decisions", "result_id", "panel_results", ondelete="CASCADE"),
        sa.CheckConstraint("reason <> ''", name=op.f("ck_veto_decisions_reason_given")),
    )
    op.create_table(
        "score_sheets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", _code(), nullable=False),
        sa.Column("overall_opinion", sa.Text(), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.Column("submitted_at", _time(), nullable=True),
        sa.Column("signed_digest", sa.String(length=64), nullable=True),
        _pk("score_sheets", "id"),
        _uq("score_sheets", "expert_id", "applicant_id", "revision"),
        sa.ForeignKeyConstraint(
            ["expert_id", "applicant_id"],
            ["assignments.expert_id", "assignments.applicant_id"],
            name=op.f("fk_score_sheets_assignment"),
        ),
        _fk("score_sheets", "expert_id", "experts"),
        _fk("score_sheets", "applicant_id", "applicants"),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_score_sheets_revision_positive")),
        sa.CheckConstraint(
            "(status = 'submitted' AND signed_digest IS NOT NULL AND submitted_at IS NOT NULL)"
            " OR (status <> 'submitted' AND signed_digest IS NULL)",
            name=op.f("ck_score_sheets_signed_when_submitted"),
        ),
        _one_of("score_sheets", "status", SHEET_STATUSES),
    )
    _index("score_sheets", "applicant_id")
    op.create_table(
        "sheet_scores",
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        _pk("sheet_scores", "sheet_id", "criterion"),
        _fk("sheet_scores", "sheet_id", "score_sheets", ondelete="CASCADE"),
    )
    op.create_table(
        "veto_claims",
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("veto_key", sa.String(length=16), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        _pk("veto_claims", "sheet_id", "veto_key"),
        _fk("veto_claims", "sheet_id", "score_sheets", ondelete="CASCADE"),
    )


def downgrade() -> None:
    for table in (
        "veto_claims",
        "sheet_scores",
        "score_sheets",
        "veto_decisions",
        "flag_resolutions",
        "assignments",
        "panel_results",
        "panel_members",
        "conflict_declarations",
        "panels",
        "confidentiality_pledges",
        "applicants",
        "templates",
        "rounds",
        "import_log",
        "experts",
    ):
        op.drop_table(table)  # indexes go with their tables
