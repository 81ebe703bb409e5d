"""Issue 7 items 4 and 8: a damaged database is named as damaged wherever it shows (never
a driver traceback), a database emptied to 0 bytes is refused with what the store can
still give back, and everything in the home is private to its owner whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_world import APPLICANTS, DeskWorld, fill_complete, make_desk_world
from formats_world import NOW
from sqlalchemy import text

from reviewdesk.cli import main
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import StorageError
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.fsutil import atomic_write
from reviewdesk.core.home.local_store import write_atomic
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.core.storage import Database
from reviewdesk.messages import english_message


@pytest.fixture
def umask_022() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def home_with_work(dw: DeskWorld, tmp_path: Path) -> tuple[Home, ExpertDesk, Path]:
    """A home whose store holds a package and a signed score file."""
    home = Home(tmp_path / "home")
    opened = open_home(home)
    desk = ExpertDesk.open(
        opened.db, dw.world.e1, dw.package, trust=dw.world.trust(), store_dir=home.store_dir,
        now=NOW,
    )  # fmt: skip
    desk.sign_pledge(NOW)
    for entry in APPLICANTS:
        desk.declare_conflict(entry.ref, Conflict.NONE, "", NOW)
        fill_complete(desk, entry.ref)
    out = tmp_path / "usb" / "scores.rdx"
    out.parent.mkdir()
    desk.submit(out, now=NOW)
    opened.close()
    return home, desk, out


def damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for at in range(page * 2, len(data) - page):  # every page but the header's and the last
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))


# A damaged database -------------------------------------------------------------------------


def test_a_damaged_page_is_named_as_a_damaged_database_at_any_use(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Database.open(path=path) as db, db.session() as s, s.begin():
        s.execute(text("CREATE TABLE filler (x TEXT)"))
        s.execute(
            text("INSERT INTO filler SELECT hex(randomblob(300)) FROM "
                 "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<3000) "
                 "SELECT i FROM n)")
        )  # fmt: skip
    db = Database.open(path=path)  # intact: opens
    damage_pages(path)
    with pytest.raises(StorageError) as caught, db.session() as s:
        s.execute(text("SELECT count(*), max(x) FROM filler")).all()
    error = caught.value
    assert (error.code, error.path) == ("database-corrupt", path)
    assert "malformed" in error.detail["reason"] or "not a database" in error.detail["reason"]
    assert f"The database {path} is damaged" in english_message(error)
    db.close()
    with (
        pytest.raises(StorageError) as again,  # and when opened afresh
        Database.open(path=path) as fresh,
        fresh.session() as s,
    ):
        s.execute(text("SELECT count(*), max(x) FROM filler")).all()
    assert again.value.code == "database-corrupt"


def test_the_cli_says_the_database_is_damaged_instead_of_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dw = make_desk_world(tmp_path / "world")
    home, _, _ = home_with_work(dw, tmp_path)
    damage_pages(home.database_path)
    code = main(["expert", "open", str(dw.package), "--home", str(home.root),
                 "--identity", str(tmp_path / "missing.age")])  # fmt: skip
    _, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err and "DatabaseError" not in err
    assert f"The database {home.database_path} is damaged" in err


# A database emptied to 0 bytes --------------------------------------------------------------


def test_an_emptied_database_is_refused_naming_what_the_store_still_holds(
    tmp_path: Path,
) -> None:
    dw = make_desk_world(tmp_path / "world")
    home, desk, _ = home_with_work(dw, tmp_path)
    home.database_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(home.database_path) + suffix).unlink(missing_ok=True)
    before = sorted(p.relative_to(home.root) for p in home.root.rglob("*"))
    with pytest.raises(StorageError) as caught:
        open_home(home)
    error = caught.value
    assert (error.code, error.path) == ("database-emptied", home.database_path)
    assert (error.detail["packages"], error.detail["score_files"]) == (1, 1)
    assert f"{desk.digest}.rdx" in error.detail["names"]
    assert f"{desk.digest}-r1-" in error.detail["names"]
    sentence = english_message(error)
    assert "is empty (0 bytes)" in sentence and str(home.store_dir) in sentence
    assert "1 package(s)" in sentence and "1 signed score file(s)" in sentence
    # Nothing changed: still 0 bytes, nothing made, and the lock was given back.
    assert home.database_path.stat().st_size == 0
    assert sorted(p.relative_to(home.root) for p in home.root.rglob("*")) == before
    with pytest.raises(StorageError):
        open_home(home)  # refused again, not "home-in-use"


def test_an_empty_database_beside_an_empty_store_is_a_first_start_cut_short(
    tmp_path: Path,
) -> None:
    home = Home(tmp_path / "home").ensure()
    home.database_path.write_bytes(b"")
    with open_home(home) as opened, opened.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM score_submissions")).scalar() == 0


# A private home ---------------------------------------------------------------------------


def test_a_new_home_is_private_whatever_the_umask(umask_022: None, tmp_path: Path) -> None:
    dw = make_desk_world(tmp_path / "world")
    home, _, out = home_with_work(dw, tmp_path)
    with open_home(home):  # the database open: its -wal and -shm files exist
        wal = Path(str(home.database_path) + "-wal")
        shm = Path(str(home.database_path) + "-shm")
        assert wal.exists() and shm.exists()
        for path in (home.database_path, wal, shm, home.root / "home.lock"):
            assert mode(path) == 0o600, path
    folders = [home.root, *[p for p in home.root.rglob("*") if p.is_dir()]]
    files = [p for p in home.root.rglob("*") if p.is_file()]
    assert {p.relative_to(home.root).as_posix() for p in folders} >= {
        ".",
        "store",
        "store/packages",
        "store/rosters",
        "store/scores",
    }
    assert {p.relative_to(home.root).as_posix(): mode(p) for p in folders} == {
        p.relative_to(home.root).as_posix(): 0o700 for p in folders
    }
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert mode(out) == 0o600  # the exported score file too


def test_an_existing_open_home_is_tightened_on_opening(umask_022: None, tmp_path: Path) -> None:
    root = tmp_path / "home"
    (root / "store" / "packages").mkdir(parents=True)
    (root / "store" / "scores").mkdir()
    (root / "gui").mkdir()
    (root / "store" / "packages" / "a.rdx").write_bytes(b"x")
    (root / "trust.json").write_text("{}")
    (root / "notes-of-the-person.txt").write_text("not reviewdesk's: left alone")
    os.chmod(root, 0o755)
    os.chmod(root / "store", 0o777)
    os.chmod(root / "store" / "packages" / "a.rdx", 0o644)
    os.chmod(root / "trust.json", 0o666)
    os.chmod(root / "notes-of-the-person.txt", 0o644)
    os.chmod(root / "store" / "packages", 0o000)  # even a folder no one may enter
    Database.open(path=root / "reviewdesk.sqlite3").close()
    os.chmod(root / "reviewdesk.sqlite3", 0o644)
    with open_home(Home(root)):
        pass
    assert mode(root) == 0o700
    for folder in ("store", "store/packages", "store/scores", "gui"):
        assert mode(root / folder) == 0o700, folder
    for name in ("store/packages/a.rdx", "trust.json", "reviewdesk.sqlite3"):
        assert mode(root / name) == 0o600, name
    assert mode(root / "notes-of-the-person.txt") == 0o644


def test_files_written_for_the_person_are_owner_only(umask_022: None, tmp_path: Path) -> None:
    """Exports (a PDF of the sheets, an enrolment request, a trust file) go through these."""
    atomic_write(tmp_path / "a.json", b"{}")
    write_atomic(tmp_path / "sheets.pdf", b"%PDF-1.4")
    assert mode(tmp_path / "a.json") == 0o600
    assert mode(tmp_path / "sheets.pdf") == 0o600
