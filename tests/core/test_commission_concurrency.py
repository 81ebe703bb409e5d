"""Two staff on one commission database never lose each other's changes: the second save
of the same row is refused with ``changed-by-someone-else`` (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_world import PANELS, ROUND, World, make_world
from sqlalchemy import select

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import roster_admin, round_setup
from reviewdesk.core.commission.keys import list_keys
from reviewdesk.core.commission.records import transaction
from reviewdesk.core.domain import Category
from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage.models import CommissionApplicant, CommissionAssignment


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> World:
    return make_world(tmp_path, applicants=8, url=database_url, categories=(Category.PARK,))


def test_two_staff_editing_the_same_assignment_the_second_must_reload(world: World) -> None:
    panel = PANELS[Category.PARK]
    seen_by_a = {r.applicant: r for r in panel_service.assignment_rows(world.db, ROUND, panel)}
    seen_by_b = dict(seen_by_a)  # both staff opened the same screen
    experts = world.panel_experts[Category.PARK]
    row = seen_by_a["A-005"]
    a_choice = [e for e in experts if e not in row.experts][:1] + list(row.experts[:2])
    saved = panel_service.edit_assignment(
        world.db, ROUND, "A-005", a_choice, expected_version=row.version, note="A"
    )
    assert saved.version == row.version + 1
    with pytest.raises(StorageError) as caught:
        panel_service.edit_assignment(
            world.db, ROUND, "A-005", experts[:3], expected_version=seen_by_b["A-005"].version,
            note="B",
        )  # fmt: skip
    assert caught.value.code == "changed-by-someone-else"
    now = {r.applicant: r for r in panel_service.assignment_rows(world.db, ROUND, panel)}
    assert now["A-005"].experts == tuple(sorted(a_choice)) and now["A-005"].note == "A"
    # after reloading, B's change goes through
    panel_service.edit_assignment(
        world.db, ROUND, "A-005", experts[:3], expected_version=now["A-005"].version
    )


def test_the_version_column_catches_a_write_from_an_old_read(world: World) -> None:
    """Below the services: a row read before someone else's commit cannot be written back
    (SQLAlchemy's version_id_col), whatever the caller forgot to compare."""
    with transaction(world.db) as session:
        applicant = session.scalar(
            select(CommissionApplicant).where(CommissionApplicant.ref == "A-001")
        )
        assert applicant is not None
        stale = session.scalar(
            select(CommissionAssignment).where(CommissionAssignment.applicant_id == applicant.id)
        )
    assert stale is not None
    experts = world.panel_experts[Category.PARK]
    panel_service.edit_assignment(world.db, ROUND, "A-001", experts[1:4], expected_version=None)
    with pytest.raises(StorageError) as caught, transaction(world.db) as session:
        session.add(stale)
        stale.note = "written over a newer row"
    assert caught.value.code == "changed-by-someone-else"
    rows = {r.applicant: r for r in panel_service.assignment_rows(world.db, ROUND, "P-park")}
    assert rows["A-001"].experts == tuple(sorted(experts[1:4])) and rows["A-001"].note == ""


def test_round_and_key_rows_are_guarded_too(world: World) -> None:
    info = round_setup.get_round(world.db, ROUND)
    round_setup.update_round(world.db, ROUND, expected_version=info.version, name="新名称")
    with pytest.raises(StorageError) as caught:
        round_setup.update_round(world.db, ROUND, expected_version=info.version, name="旧屏幕")
    assert caught.value.code == "changed-by-someone-else"
    assert round_setup.get_round(world.db, ROUND).name == "新名称"
    key = world.panel_experts[Category.PARK][0]
    record = next(k for k in list_keys(world.db) if k.keyid == key)
    roster_admin.assign_key(world.db, key, section=record.section, panels=["P-park", "P-x"],
                            expected_version=record.version)  # fmt: skip
    with pytest.raises(StorageError):
        roster_admin.revoke_key(world.db, key, reason="r", expected_version=record.version)
