"""The root fixes behind "every bad input ends in a sentence" (issue 7, items 3, 5 and 6), each
tested where it lives: the JSON reader bounds nesting, ``fsutil`` refuses what is not an
ordinary file before it can block and names OS errors by the file the person gave, the
container writer leaves no temp file whatever fails, the passphrase file gives its first line.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import threading
from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path

import pytest
from fs_limits import fill, small_disk

from reviewdesk.commands.passphrase import passphrase_from_file, read_passphrase
from reviewdesk.core.canonical import MAX_DEPTH, loads_strict
from reviewdesk.core.crypto import X25519Identity
from reviewdesk.core.errors import FormatError, InputError, ReviewdeskError
from reviewdesk.core.formats.container import ContainerKind, ContainerWriter
from reviewdesk.core.formats.strict import parse_document
from reviewdesk.core.fsutil import atomic_write, open_input, os_error, read_capped
from reviewdesk.core.sheets.reading import read_sheets
from reviewdesk.messages import english_message

# -- item 3: nesting ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["[" * 5000, '{"a":' * 5000, "[" * (MAX_DEPTH + 1)])
def test_deeply_nested_json_is_bad_json_not_a_recursion_error(text: str) -> None:
    with pytest.raises(InputError) as caught:
        loads_strict(text.encode(), "deep.json")
    assert caught.value.code == "bad-json"
    assert f"nested more than {MAX_DEPTH} deep" in english_message(caught.value)
    assert "deep.json" in english_message(caught.value)


def test_nesting_up_to_the_bound_and_brackets_inside_strings_are_fine() -> None:
    assert loads_strict(("[" * MAX_DEPTH + "]" * MAX_DEPTH).encode()) is not None
    text = '{"note": "' + "[{" * 5000 + '\\" [[["}'
    assert loads_strict(text.encode())["note"].startswith("[{[{")


def test_the_exchange_format_reader_refuses_deep_nesting_as_a_format_error() -> None:
    with pytest.raises(FormatError) as caught:
        parse_document(b"[" * 5000, "manifest-invalid", "blob0")
    assert caught.value.code == "manifest-invalid" and "nested" in caught.value.detail["reason"]


def test_a_number_longer_than_pythons_integer_limit_is_bad_json() -> None:
    with pytest.raises(InputError) as caught:
        loads_strict(b'{"revision": ' + b"7" * 5000 + b"}", "s.json")
    assert caught.value.code == "bad-json" and "5000 digits" in caught.value.detail["reason"]


def test_a_csv_revision_of_5000_digits_is_a_layout_error(tmp_path: Path) -> None:
    sheets = tmp_path / "s.csv"
    sheets.write_text(f"applicant,expert,revision,E1\nP1,X,{'9' * 5000},10\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_sheets(sheets)
    assert caught.value.code == "sheets-invalid" and "revision" in caught.value.detail["where"]


# -- item 6: what is not an ordinary file ------------------------------------------------------


def _refused_within_a_second(path: Path) -> ReviewdeskError:
    """Read ``path`` in a thread: a hang fails the test instead of stalling the suite."""
    outcome: list[BaseException | bytes] = []

    def attempt() -> None:
        try:
            outcome.append(read_capped(path, 1024))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(1.0)
    if worker.is_alive():  # free the thread: a writer lets a blocked open() return
        with open(path, "wb"):
            pass
        pytest.fail(f"reading {path} blocked")
    assert len(outcome) == 1 and isinstance(outcome[0], ReviewdeskError), outcome
    return outcome[0]


def test_a_named_pipe_a_device_and_a_folder_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "a named pipe"), (Path("/dev/zero"), "a device"),
                       (tmp_path, "a folder")):  # fmt: skip
        error = _refused_within_a_second(path)
        assert (error.code, error.path, error.detail["kind"]) == ("not-a-regular-file", path, kind)


def test_an_ordinary_file_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_bytes(b"hello")
    with open_input(path) as handle:
        assert handle.read() == b"hello"
    with pytest.raises(InputError, match="file-too-large"):
        read_capped(path, 4)


def test_a_missing_file_and_a_path_through_a_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        open_input(tmp_path / "absent.json")
    assert caught.value.code == "file-unreadable"
    assert caught.value.detail["reason"] == "it does not exist"
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InputError) as caught:
        open_input(blocker / "inside.json")
    assert caught.value.detail["reason"] == f"{blocker} is a file, not a folder"


# -- item 6: OS errors when writing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, "disk-full"),
        (errno.EROFS, "storage-read-only"),
        (errno.EACCES, "access-denied"),
        (errno.EIO, "file-unwritable"),
    ],
)
def test_os_errors_are_named_against_the_destination(
    tmp_path: Path, number: int, code: str
) -> None:
    temp = tmp_path / ".out.json.abc123.tmp"
    error = os_error(OSError(number, os.strerror(number), str(temp)), tmp_path / "out.json",
                     writing=True)  # fmt: skip
    message = english_message(error)
    assert error.code == code and error.path == tmp_path / "out.json"
    assert ".tmp" not in message and "[Errno" not in message and "out.json" in message


def test_writing_where_a_folder_is_missing_or_is_a_file_names_that_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        atomic_write(tmp_path / "no" / "such" / "out.json", b"{}")
    assert (
        caught.value.code == "folder-missing" and caught.value.detail["folder"] == tmp_path / "no"
    )
    blocker = tmp_path / "stick"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(InputError) as caught:
        atomic_write(blocker / "out.json", b"{}")
    assert caught.value.code == "not-a-folder" and caught.value.detail["folder"] == blocker


def test_a_failing_fsync_leaves_no_temp_file_and_names_the_destination(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(InputError) as caught:
        atomic_write(tmp_path / "out.json", b"{}")
    assert caught.value.code == "disk-full" and caught.value.path == tmp_path / "out.json"
    assert list(tmp_path.iterdir()) == []


@pytest.fixture()
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A small disk with no room left (a mounted tmpfs; skipped where mounting is refused)."""
    try:
        disk = small_disk(tmp_path / "stick")
        folder = disk.__enter__()
    except OSError as exc:
        pytest.skip(f"a small disk cannot be mounted here ({exc})")
    try:
        fill(folder)
        (folder / "filler").unlink()
        (folder / "filler").write_bytes(b"")
        fill(folder)
        yield folder
    finally:
        disk.__exit__(None, None, None)


def test_a_full_disk_gives_disk_full_and_leaves_nothing_behind(full_disk: Path) -> None:
    before = sorted(full_disk.iterdir())
    with pytest.raises(InputError) as caught:
        atomic_write(full_disk / "identity.age", b"x" * 100_000)
    assert (caught.value.code, caught.value.path) == ("disk-full", full_disk / "identity.age")
    key = X25519Identity.generate()
    with pytest.raises(InputError) as caught, ContainerWriter(
        full_disk / "scores.rdx", ContainerKind.SCORE, 2, blob0_reserve=64
    ) as writer:  # fmt: skip
        writer.add_encrypted(io.BytesIO(os.urandom(200_000)), [key.recipient])
        writer.finish(b"0" * 64)
    assert (caught.value.code, caught.value.path) == ("disk-full", full_disk / "scores.rdx")
    assert ".tmp" not in english_message(caught.value)
    assert sorted(full_disk.iterdir()) == before  # no temp file left


_ABORT_ON_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from reviewdesk.core.formats.container import ContainerKind, ContainerWriter
writer = ContainerWriter(Path(sys.argv[1]), ContainerKind.SCORE, 2, blob0_reserve=10)
writer._out.write(b"x" * 3000)  # age bytes still in the buffer: closing must flush them
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1024, resource.RLIM_INFINITY))  # and no room
writer.abort()
print("aborted")
"""


def test_abort_when_the_last_flush_fails_still_removes_the_temp_file(tmp_path: Path) -> None:
    # A file-size limit fails the flush as a full disk does (EFBIG), in a child process: the
    # limit would also stop this process's own writes to its captured output.
    done = subprocess.run(
        [sys.executable, "-c", _ABORT_ON_FULL_DISK, str(tmp_path / "out.rdx")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "aborted\n", "")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_disk_gives_storage_read_only(tmp_path: Path) -> None:
    try:
        disk = small_disk(tmp_path / "cd", read_only=True)
        folder = disk.__enter__()
    except OSError as exc:
        pytest.skip(f"a small disk cannot be mounted here ({exc})")
    try:
        with pytest.raises(InputError) as caught:
            atomic_write(folder / "out.json", b"{}")
        assert caught.value.code == "storage-read-only"
    finally:
        disk.__exit__(None, None, None)


# -- item 5: the passphrase file ---------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"open sesame\n",
        b"open sesame",
        b"open sesame\r\n",
        b"\xef\xbb\xbfopen sesame\r\nsecond line is a note\r\n",
        b"open sesame\nand a second line\n",
    ],
)
def test_the_passphrase_file_gives_its_first_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(content)
    assert passphrase_from_file(path) == b"open sesame"


def test_a_passphrase_file_with_an_empty_first_line_or_a_pipe_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(b"\nsecret on line two\n")
    with pytest.raises(InputError, match="passphrase-file-empty"):
        read_passphrase(Namespace(passphrase_file=path))
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _refused_within_a_second(fifo).code == "not-a-regular-file"


# -- the store and the demo index read through the same guards ----------------------------------


def test_the_local_store_refuses_a_named_pipe_as_a_package_without_blocking(tmp_path: Path) -> None:
    from reviewdesk.core.formats.container import ContainerKind as Kind
    from reviewdesk.core.home.local_store import package_roster

    fifo = tmp_path / "package.rdx"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    identity = X25519Identity.generate()
    reader = threading.Thread(
        target=lambda: _catch(outcome, lambda: package_roster(fifo, identity, kind=Kind.PACKAGE)),
        daemon=True,
    )
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO as a package blocked"
    assert isinstance(outcome[0], InputError)
    assert outcome[0].code == "not-a-regular-file"


def test_a_deeply_nested_demo_index_is_bad_json_naming_the_index(tmp_path: Path) -> None:
    from reviewdesk.demo.round import INDEX_FILE, load_demo

    (tmp_path / INDEX_FILE).write_text("[" * 5000, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_demo(tmp_path)
    assert caught.value.code == "bad-json"
    assert caught.value.path == tmp_path / INDEX_FILE


def _catch(into: list[BaseException], work: object) -> None:
    try:
        work()  # type: ignore[operator]
    except BaseException as exc:
        into.append(exc)
