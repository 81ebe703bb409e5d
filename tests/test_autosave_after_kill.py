"""Killing the process at any moment loses nothing that was acknowledged as saved, and the
database opens cleanly afterwards (issue 4 item 6).

A child process (``autosave_child.py``) edits a sheet through the core service, or by
typing into the scoring form, and prints an acknowledgement after each edit was reported
saved; the test SIGKILLs it at a random acknowledgement, while the next save is running.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from autosave_child import Edit, edits, expected_state, state_of
from sqlalchemy import select

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import ScoreSheet

CHILD = Path(__file__).with_name("autosave_child.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def run_and_kill(mode: str, db_path: Path, seed: int, count: int, kill_after: int) -> int:
    """Start the child, read acknowledgements, SIGKILL it after ``kill_after`` of them.
    Returns how many edits were acknowledged."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(db_path), str(seed), str(count)],
        cwd=CHILD.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    acknowledged = 0
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("ack "):
                assert int(line.split()[1]) == acknowledged
                acknowledged += 1
                if acknowledged == kill_after:
                    child.send_signal(signal.SIGKILL)  # mid-way through the next save
                    break
        else:
            pytest.fail(f"the child ended before the kill point: {child.communicate()[1]}")
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return acknowledged


def stored_state(db_path: Path) -> dict[str, str | None]:
    with sqlite3.connect(db_path) as raw:  # opens cleanly, nothing damaged
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Database.open(path=db_path) as db:
        with db.session() as s:
            sheet_id = s.scalars(select(ScoreSheet.id)).one()
        return state_of(sheets.load_sheet(db, sheets.SheetId(sheet_id)))


def matches_a_later_prefix(
    found: dict[str, str | None], script: list[Edit], acknowledged: int, *, in_flight_field: bool
) -> bool:
    """Whether the database holds exactly the edits up to some point at or after the last
    acknowledged one. With ``in_flight_field`` the one field whose edit was under way when
    the kill came may hold any value (typing is several saves of the same field)."""
    for done in range(acknowledged, len(script) + 1):
        wanted, seen = expected_state(script[:done]), dict(found)
        if in_flight_field and done < len(script):
            wanted.pop(script[done].field, None)
            seen.pop(script[done].field, None)
        if seen == wanted:
            return True
    return False


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_acknowledged_core_saves_survive_a_kill(tmp_path: Path, seed: int) -> None:
    count = 300
    kill_after = random.Random(seed).randint(5, count - 5)
    db_path = tmp_path / "expert.sqlite3"
    acknowledged = run_and_kill("core", db_path, seed, count, kill_after)
    script = edits(seed, count)
    found = stored_state(db_path)
    # Every acknowledged edit is there exactly; at most the edits after it were also saved.
    assert matches_a_later_prefix(found, script, acknowledged, in_flight_field=False), (
        f"after {acknowledged} acknowledged edits the database holds {found}, "
        f"expected {expected_state(script[:acknowledged])}"
    )


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_what_the_form_showed_as_saved_survives_a_kill(tmp_path: Path, seed: int) -> None:
    count = 60
    kill_after = random.Random(seed).randint(3, count - 3)
    db_path = tmp_path / "expert.sqlite3"
    acknowledged = run_and_kill("widget", db_path, seed, count, kill_after)
    script = edits(seed, count)
    found = stored_state(db_path)
    assert matches_a_later_prefix(found, script, acknowledged, in_flight_field=True), (
        f"after {acknowledged} acknowledged edits the database holds {found}, "
        f"expected {expected_state(script[:acknowledged])}"
    )
