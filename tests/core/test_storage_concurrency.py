"""Two staff on one commission database never lose each other's changes (issue 10, item 7).

Two ``Database`` objects on the same URL stand for two staff members' programs. Both load
the same assignment row, both change it; the first save wins, the second is refused with
``changed-by-someone-else`` (the version column), and the first one's change is all there.
On SQLite and on a real PostgreSQL server (tests/pg.py); on PostgreSQL also with both
transactions open at the same moment, which SQLite's one writer never allows.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.errors import StorageError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    CommissionApplicant,
    CommissionAssignment,
    CommissionPanel,
    CommissionRound,
)
from reviewdesk.messages import english_message

FIRST = ["a" * 64, "b" * 64, "c" * 64]


@dataclass
class Office:
    setup: Database
    alice: Database  # two staff members' programs, each with its own connections
    bob: Database
    assignment_id: int


@contextmanager
def _office(url: str) -> Iterator[Office]:
    setup = Database.open(url)
    with setup.session() as s, s.begin():
        rnd = CommissionRound(ref="2026-EVAL", name="2026 evaluation", kind=RoundKind.EVALUATION)
        s.add(rnd)
        s.flush()
        panel = CommissionPanel(
            round_id=rnd.id, ref="P-park", name="园区组", category=Category.PARK
        )
        s.add(panel)
        s.flush()
        applicant = CommissionApplicant(
            round_id=rnd.id, ref="A-005", name="中关村某园区", category=Category.PARK,
            institution="某大学", panel_id=panel.id,
        )  # fmt: skip
        s.add(applicant)
        s.flush()
        row = CommissionAssignment(
            panel_id=panel.id, applicant_id=applicant.id, experts=json.dumps(FIRST)
        )
        s.add(row)
        s.flush()
        assignment_id = row.id
    alice, bob = Database.open(url), Database.open(url)
    try:
        yield Office(setup, alice, bob, assignment_id)
    finally:
        for db in (alice, bob, setup):
            db.close()


@pytest.fixture
def office(database_url: str) -> Iterator[Office]:
    with _office(database_url) as made:
        yield made


def _stored(db: Database, assignment_id: int) -> CommissionAssignment:
    with db.session() as s:
        row = s.get(CommissionAssignment, assignment_id)
        assert row is not None
        return row


def test_the_first_save_wins_and_the_second_must_reload(office: Office) -> None:
    with office.alice.session() as a, office.bob.session() as b:
        # Both open the assignment on their screens (each read ends its transaction).
        mine = a.get(CommissionAssignment, office.assignment_id)
        a.commit()
        theirs = b.get(CommissionAssignment, office.assignment_id)
        b.commit()
        assert mine is not None and theirs is not None
        assert mine.version == theirs.version == 1

        mine.experts = json.dumps(["d" * 64, *FIRST[1:]])
        mine.note = "Expert a shares the applicant's institution"
        a.commit()  # Alice saves first

        theirs.experts = json.dumps(FIRST[:2])
        theirs.note = "Bob's edit"
        with pytest.raises(StorageError) as caught:
            b.commit()
        b.rollback()

    assert caught.value.code == "changed-by-someone-else"
    assert caught.value.detail["table"] == "commission_assignments"
    sentence = english_message(caught.value)
    assert sentence.startswith("This assignment was changed by someone else")
    assert "reload" in sentence
    kept = _stored(office.setup, office.assignment_id)
    assert json.loads(kept.experts) == ["d" * 64, *FIRST[1:]]
    assert kept.note == "Expert a shares the applicant's institution"
    assert kept.version == 2


def test_after_reloading_the_second_save_goes_through(office: Office) -> None:
    with office.alice.session() as a, a.begin():
        row = a.get(CommissionAssignment, office.assignment_id)
        assert row is not None
        row.note = "Alice"
    with office.bob.session() as b, b.begin():
        fresh = b.get(CommissionAssignment, office.assignment_id)  # reloaded: version 2
        assert fresh is not None and fresh.note == "Alice"
        fresh.note = "Alice, then Bob"
    kept = _stored(office.setup, office.assignment_id)
    assert (kept.note, kept.version) == ("Alice, then Bob", 3)


def test_a_deleted_row_cannot_be_saved_over_either(office: Office) -> None:
    with office.bob.session() as b:
        theirs = b.get(CommissionAssignment, office.assignment_id)
        b.commit()
        assert theirs is not None
        with office.alice.session() as a, a.begin():
            mine = a.get(CommissionAssignment, office.assignment_id)
            mine.note = "changed before Bob's delete"  # type: ignore[union-attr]
        b.delete(theirs)
        with pytest.raises(StorageError) as caught:
            b.commit()
    assert caught.value.code == "changed-by-someone-else"
    assert _stored(office.setup, office.assignment_id).note == "changed before Bob's delete"


def test_two_open_transactions_on_postgresql(postgresql_url: str) -> None:
    """Both transactions are open at once (PostgreSQL has no single writer; on SQLite,
    BEGIN IMMEDIATE makes the second wait for the first): Bob's UPDATE waits for Alice's
    row lock, then finds the version moved and is refused."""
    with _office(postgresql_url) as office:
        _race(office)


def _race(office: Office) -> None:
    both_loaded = threading.Barrier(2, timeout=30)
    alice_saved = threading.Event()
    outcome: dict[str, BaseException | None] = {}

    def staff(name: str, db: Database, note: str) -> None:
        try:
            with db.session() as s, s.begin():
                row = s.scalars(
                    select(CommissionAssignment).where(
                        CommissionAssignment.id == office.assignment_id
                    )
                ).one()
                both_loaded.wait()  # both hold version 1 inside an open transaction
                if name == "bob":
                    assert alice_saved.wait(30)
                row.note = note
                s.flush()  # Alice: takes the row lock; Bob: finds version 1 gone
                if name == "alice":
                    alice_saved.set()
            outcome[name] = None
        except BaseException as exc:  # handed to the assertions below
            outcome[name] = exc
            alice_saved.set()

    threads = [
        threading.Thread(target=staff, args=("alice", office.alice, "Alice's")),
        threading.Thread(target=staff, args=("bob", office.bob, "Bob's")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert outcome["alice"] is None
    assert isinstance(outcome["bob"], StorageError)
    assert outcome["bob"].code == "changed-by-someone-else"
    kept = _stored(office.setup, office.assignment_id)
    assert (kept.note, kept.version) == ("Alice's", 2)
