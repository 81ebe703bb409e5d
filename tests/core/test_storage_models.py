"""The schema itself refuses data the domain forbids, on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from reviewdesk.core.domain import Category, Conflict, Grade, RoundKind
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    Applicant,
    Assignment,
    ConfidentialityPledge,
    ConflictDeclaration,
    Expert,
    Panel,
    PanelMember,
    PanelResult,
    Round,
    ScoreSheet,
    SheetScore,
    SheetStatus,
    StoredTemplate,
    VetoClaim,
    VetoDecision,
)

NOW = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
DIGEST = hashlib.sha256(b"signed score file").hexdigest()


@dataclass
class Ids:
    round: int
    applicant: int
    panel: int
    member: int  # an expert on the panel, assigned to the applicant
    outsider: int  # an expert not on the panel


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """A new database: every test runs on SQLite and on PostgreSQL (tests/pg.py)."""
    with Database.open(database_url) as database:
        yield database


@pytest.fixture
def ids(db: Database) -> Ids:
    with db.session() as s, s.begin():
        round_ = Round(ref="2025-E", kind=RoundKind.EVALUATION, name="2025 evaluation")
        template = StoredTemplate(
            sha256=hashlib.sha256(b"{}").hexdigest(),
            slug="evaluation-park",
            version="1",
            kind=RoundKind.EVALUATION,
            category=Category.PARK,
            canonical=b"{}",
        )
        applicant = Applicant(
            round=round_,
            ref="A-001",
            name="Zhongguancun Park",
            category=Category.PARK,
            template=template,
        )
        member = Expert(name="Expert One", fingerprint="1111")
        outsider = Expert(name="Expert Two", fingerprint="2222")
        panel = Panel(round=round_, name="Panel A", chair=member)
        s.add_all([applicant, outsider, panel, PanelMember(panel=panel, expert=member)])
        s.flush()
        s.add(Assignment(panel_id=panel.id, expert_id=member.id, applicant_id=applicant.id))
        return Ids(round_.id, applicant.id, panel.id, member.id, outsider.id)


def _refused(db: Database, build: Callable[[Session], object]) -> None:
    with pytest.raises(IntegrityError), db.session() as s, s.begin():
        s.add(build(s))


def _sheet(ids: Ids, revision: int = 1, **kwargs: object) -> ScoreSheet:
    return ScoreSheet(expert_id=ids.member, applicant_id=ids.applicant, revision=revision, **kwargs)


def test_a_sheet_keeps_its_exact_scores_and_veto_claims(db: Database, ids: Ids) -> None:
    with db.session() as s, s.begin():
        sheet = _sheet(ids)
        sheet.scores = [
            SheetScore(criterion="E1", score=Decimal("22.5"), comment="strong network"),
            SheetScore(criterion="E2", score=None),
        ]
        sheet.veto_claims = [VetoClaim(veto_key="V5")]
        s.add(sheet)
    with db.session() as s:
        stored = s.scalars(select(ScoreSheet)).one()
        assert stored.status is SheetStatus.DRAFT
        assert {x.criterion: x.score for x in stored.scores} == {"E1": Decimal("22.5"), "E2": None}
        assert [v.veto_key for v in stored.veto_claims] == ["V5"]


def test_one_sheet_row_per_expert_applicant_and_revision(db: Database, ids: Ids) -> None:
    with db.session() as s, s.begin():
        s.add_all([_sheet(ids, 1), _sheet(ids, 2)])
    _refused(db, lambda s: _sheet(ids, 2))


def test_revisions_start_at_one(db: Database, ids: Ids) -> None:
    _refused(db, lambda s: _sheet(ids, 0))


def test_only_an_assigned_expert_has_a_sheet(db: Database, ids: Ids) -> None:
    _refused(
        db, lambda s: ScoreSheet(expert_id=ids.outsider, applicant_id=ids.applicant, revision=1)
    )


def test_only_a_panel_member_can_be_assigned(db: Database, ids: Ids) -> None:
    _refused(
        db,
        lambda s: Assignment(
            panel_id=ids.panel, expert_id=ids.outsider, applicant_id=ids.applicant
        ),
    )


def test_a_submitted_sheet_carries_its_signed_digest(db: Database, ids: Ids) -> None:
    _refused(db, lambda s: _sheet(ids, status=SheetStatus.SUBMITTED, submitted_at=NOW))
    _refused(db, lambda s: _sheet(ids, status=SheetStatus.DRAFT, signed_digest=DIGEST))
    with db.session() as s, s.begin():
        s.add(_sheet(ids, status=SheetStatus.SUBMITTED, submitted_at=NOW, signed_digest=DIGEST))


def test_one_conflict_declaration_per_expert_and_applicant(db: Database, ids: Ids) -> None:
    def declaration(s: Session) -> ConflictDeclaration:
        return ConflictDeclaration(
            expert_id=ids.member,
            applicant_id=ids.applicant,
            kind=Conflict.POTENTIAL,
            text="former co-author",
        )

    with db.session() as s, s.begin():
        s.add(declaration(s))
    _refused(db, declaration)


def test_one_pledge_per_expert_and_package(db: Database, ids: Ids) -> None:
    def pledge(s: Session) -> ConfidentialityPledge:
        return ConfidentialityPledge(
            expert_id=ids.member, round_id=ids.round, package_sha256=DIGEST, text="I pledge"
        )

    with db.session() as s, s.begin():
        s.add(pledge(s))
    _refused(db, pledge)


def test_an_override_needs_a_reason(db: Database, ids: Ids) -> None:
    def result(decided: Grade, reason: str, computed: Grade | None = Grade.GOOD) -> PanelResult:
        return PanelResult(
            panel_id=ids.panel,
            applicant_id=ids.applicant,
            panel_score=Decimal("78.50"),
            computed_grade=computed,
            decided_grade=decided,
            override_reason=reason,
        )

    _refused(db, lambda s: result(Grade.EXCELLENT, ""))
    _refused(db, lambda s: result(Grade.QUALIFIED, "", computed=None))  # "insufficient"
    with db.session() as s, s.begin():
        s.add(result(Grade.EXCELLENT, "international award confirmed after the deadline"))
    with db.session() as s:
        stored = s.scalars(select(PanelResult)).one()
        assert stored.panel_score == Decimal("78.50")
        assert stored.decided_grade is Grade.EXCELLENT


def test_a_veto_decision_needs_a_reason(db: Database, ids: Ids) -> None:
    with db.session() as s, s.begin():
        s.add(PanelResult(panel_id=ids.panel, applicant_id=ids.applicant))
    with db.session() as s:
        result_id = s.scalars(select(PanelResult.id)).one()
    _refused(
        db,
        lambda s: VetoDecision(
            result_id=result_id, veto_key="V1", confirmed=True, reason="", decided_at=NOW
        ),
    )


def test_unknown_enum_word_is_refused(db: Database, ids: Ids) -> None:
    with pytest.raises(StatementError), db.session() as s, s.begin():
        s.add(_sheet(ids, status="almost-done"))
