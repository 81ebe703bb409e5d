"""The commission lists one person as an expert of one panel and the chair of another
(DESIGN §1.1): the key register holds both seats, the roster it drafts lists the key in both
sections, the panels take the person in each role, and the readiness check finds the roster
agreeing; the same panel in both roles is refused at every step."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from commission_world import NOW, ROUND, World, enrol, make_keys, publish_roster

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import roster_admin, roster_publish, round_setup
from reviewdesk.core.commission.keys import list_keys
from reviewdesk.core.commission.readiness import check_round
from reviewdesk.core.commission.records import transaction
from reviewdesk.core.commission.round_setup import find_round
from reviewdesk.core.crypto.roster import RosterRole, TrustState, verify_roster
from reviewdesk.core.domain import Category, Role, RoundKind
from reviewdesk.core.errors import InputError
from reviewdesk.core.storage import Database


@pytest.fixture
def world(tmp_path: Path) -> World:
    db = Database.open(path=tmp_path / "commission.sqlite3")
    roots, operator, audit = make_keys(tmp_path, db)
    return World(tmp_path, db, roots, operator, audit)


def refused(code: str, call: object) -> InputError:
    with pytest.raises(InputError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.code == code, caught.value
    return caught.value


def test_an_expert_of_p1_chairs_p2_with_the_same_key(world: World) -> None:
    person = enrol(world, "吴芳", Role.EXPERT, ["P1"], "甲大学")
    other = enrol(world, "郑华", Role.EXPERT, ["P2"], "乙大学")
    record = roster_admin.assign_key(
        world.db, person.keyid, section=RosterRole.EXPERT, panels=["P1"], chair_of=["P2"]
    )
    assert record.seats == {RosterRole.EXPERT: ("P1",), RosterRole.CHAIR: ("P2",)}
    assert [k.name for k in list_keys(world.db, RosterRole.CHAIR)] == ["吴芳"]
    assert "吴芳" in [k.name for k in list_keys(world.db, RosterRole.EXPERT)]

    publish_roster(world)
    published = roster_publish.current_roster(world.db)
    assert published is not None
    trust = TrustState.pin([r.public for r in world.roots], 2)
    roster = verify_roster(published.data, None, trust, now=NOW + timedelta(hours=1))
    member = roster.member(person.keyid)
    assert member is not None and member.roles == (RosterRole.CHAIR, RosterRole.EXPERT)
    assert member.serves(RosterRole.EXPERT, "P1") and member.serves(RosterRole.CHAIR, "P2")

    round_setup.create_round(world.db, ROUND, name="2026 评价", kind=RoundKind.EVALUATION)
    for ref, experts, chair in (("P1", [person], None), ("P2", [other], person)):
        info = panel_service.create_panel(
            world.db, ROUND, ref, name=ref, category=Category.RESEARCH, minimum=1
        )
        panel_service.set_panel_people(
            world.db,
            ROUND,
            ref,
            members=[e.keyid for e in experts],
            chair=None if chair is None else chair.keyid,
            expected_version=info.version,
        )
    with transaction(world.db) as session:
        problems, _ = check_round(session, find_round(session, ROUND), None)
    roster_problems = [p for p in problems if "roster" in p.code]
    assert roster_problems == []  # she is P1's expert and P2's chair in the roster too


def test_expert_and_chair_of_one_panel_is_refused(world: World) -> None:
    person = enrol(world, "吴芳", Role.EXPERT, ["P1"], "甲大学")
    error = refused(
        "chair-and-expert-of-panel",
        lambda: roster_admin.assign_key(
            world.db, person.keyid, section=RosterRole.EXPERT, panels=["P1"], chair_of=["P1"]
        ),
    )
    assert error.detail == {"name": "吴芳", "panel": "P1"}
    refused(
        "chair-of-without-expert",
        lambda: roster_admin.assign_key(
            world.db, person.keyid, section=RosterRole.CHAIR, panels=["P1"], chair_of=["P2"]
        ),
    )
    refused(
        "key-role-mismatch",
        lambda: roster_admin.assign_key(world.db, person.keyid, section=RosterRole.AUDIT),
    )
    # the register kept her as she was
    [kept] = [k for k in list_keys(world.db) if k.keyid == person.keyid]
    assert kept.seats == {RosterRole.EXPERT: ("P1",)}

    round_setup.create_round(world.db, ROUND, name="2026 评价", kind=RoundKind.EVALUATION)
    info = panel_service.create_panel(
        world.db, ROUND, "P1", name="P1", category=Category.RESEARCH, minimum=1
    )
    roster_admin.assign_key(
        world.db, person.keyid, section=RosterRole.EXPERT, panels=["P2"], chair_of=["P1"]
    )
    refused(
        "panel-chair-is-expert",
        lambda: panel_service.set_panel_people(
            world.db,
            ROUND,
            "P1",
            members=[person.keyid],
            chair=person.keyid,
            expected_version=info.version,
        ),
    )


def test_a_register_written_before_reads_as_one_seat(world: World) -> None:
    person = enrol(world, "李静", Role.CHAIR, ["P3"], "丙大学")
    [record] = [k for k in list_keys(world.db) if k.keyid == person.keyid]
    assert record.section is RosterRole.CHAIR and record.panels == ("P3",)
    assert record.chair_of == () and record.seats == {RosterRole.CHAIR: ("P3",)}
