"""Issue 7 item 2: ``expert open`` checks every blob of a package against the ciphertext
digest its signed manifest gives, before anything is stored — a damaged, reordered,
duplicated or foreign attachment is refused at the door by its blob number — and a stored
copy that went bad is replaced by a good original when that is opened again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desk_world import DeskWorld, make_desk_world
from formats_tamper import edit_blobs, flip, read_blobs
from sqlalchemy import func, select

from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import ExpertPackage
from reviewdesk.messages import english_message

# Blobs of the desk world's package: 0 manifest, 1 form, 2 roster, 3-6 the attachments.
FIRST_ATTACHMENT = 3


@pytest.fixture
def dw(tmp_path: Path) -> DeskWorld:
    return make_desk_world(tmp_path)


@pytest.fixture
def db(dw: DeskWorld) -> Iterator[Database]:
    with Database.open(path=dw.db_path) as database:
        yield database


def packages_recorded(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(ExpertPackage)) or 0)


def stored_files(dw: DeskWorld) -> list[Path]:
    return sorted((dw.store / "packages").glob("*")) if (dw.store / "packages").exists() else []


def _damaged(blobs: list[bytes]) -> list[bytes]:
    # One bit of the last attachment's ciphertext, deep inside (its header stays valid).
    out = list(blobs)
    out[6] = flip(out[6], len(out[6]) - 30)
    return out


def _reordered(blobs: list[bytes]) -> list[bytes]:
    out = list(blobs)
    out[4], out[5] = out[5], out[4]
    return out


def _duplicated(blobs: list[bytes]) -> list[bytes]:
    out = list(blobs)
    out[4] = out[3]
    return out


def _foreign_from(other: Path) -> Callable[[list[bytes]], list[bytes]]:
    _, theirs = read_blobs(other)

    def edit(blobs: list[bytes]) -> list[bytes]:
        out = list(blobs)
        out[5] = theirs[5]  # a genuine attachment, encrypted to this expert, of another package
        return out

    return edit


def test_every_kind_of_bad_attachment_is_refused_by_its_blob_number(
    dw: DeskWorld, db: Database, tmp_path: Path
) -> None:
    other = make_desk_world(tmp_path / "other", world=dw.world)
    cases = [
        (_damaged, "blob-hash-mismatch", {"blob": 6, "which": "ciphertext"}, "altered"),
        (_reordered, "blob-reordered", {"blob": 4, "signed_as": 5}, "another order"),
        (_duplicated, "blob-duplicated", {"blob": 4, "copy_of": 3}, "second copy of blob 3"),
        (_foreign_from(other.package), "blob-hash-mismatch", {"blob": 5}, "replaced"),
    ]
    original = dw.package.read_bytes()
    for edit, code, detail, words in cases:
        dw.package.write_bytes(original)
        edit_blobs(dw.package, edit)
        with pytest.raises(ReviewdeskError) as caught:
            dw.open(db)
        error = caught.value
        assert (error.code, error.path) == (code, dw.package), edit
        assert detail.items() <= error.detail.items(), (edit, error.detail)
        sentence = english_message(error)
        assert f"Blob {detail['blob']} of {dw.package}" in sentence and words in sentence
        # Refused at the door: nothing stored, nothing recorded, no temporary file left.
        assert stored_files(dw) == []
        assert packages_recorded(db) == 0


def test_the_whole_package_is_hashed_on_the_way_in_not_only_blob_0(
    dw: DeskWorld, db: Database
) -> None:
    """Before, the stored copy's identity covered blob 0 only: this package opened and was
    stored, and its damaged attachment surfaced only when read."""
    before = read_blobs(dw.package)[1]
    edit_blobs(dw.package, _damaged)
    after = read_blobs(dw.package)[1]
    assert after[0] == before[0] and after[6] != before[6]  # the manifest itself is intact
    with pytest.raises(ReviewdeskError) as caught:
        dw.open(db)
    assert caught.value.code == "blob-hash-mismatch"


def test_a_stored_copy_with_a_damaged_attachment_is_replaced_by_a_good_original(
    dw: DeskWorld, db: Database
) -> None:
    desk = dw.open(db)
    stored = dw.store / "packages" / f"{desk.digest}.rdx"
    good = dw.package.read_bytes()
    assert stored.read_bytes() == good
    edit_blobs(stored, _damaged)  # the disk damaged the kept copy, blob 0 still fine
    assert stored.read_bytes() != good
    dw.open(db)  # the person opens the original again
    assert stored.read_bytes() == good
    again = ExpertDesk.reopen(db, dw.world.e1, dw.store, desk.digest)
    assert again.digest == desk.digest
    assert packages_recorded(db) == 1


def test_a_damaged_original_never_replaces_a_good_stored_copy(dw: DeskWorld, db: Database) -> None:
    desk = dw.open(db)
    stored = dw.store / "packages" / f"{desk.digest}.rdx"
    good = stored.read_bytes()
    edit_blobs(dw.package, _reordered)
    with pytest.raises(ReviewdeskError) as caught:
        dw.open(db)
    assert caught.value.code == "blob-reordered"
    assert stored.read_bytes() == good
    assert [p.name for p in stored_files(dw)] == [stored.name]  # no temp file left
