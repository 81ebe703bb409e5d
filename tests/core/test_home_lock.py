"""Issue 7 item 1: one home is open in one process at a time. The second opener — a CLI
command or a window — is refused with a sentence naming the holder; the lock is the
operating system's, so it is gone the moment its holder dies (even by SIGKILL)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.errors import StorageError
from reviewdesk.core.home.lock import HomeLock, holder_of
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.messages import english_message

HOLDER = textwrap.dedent(
    """
    import sys, time
    from reviewdesk.core.home.lock import HomeLock
    from reviewdesk.core.home.settings import Home
    from pathlib import Path
    lock = HomeLock(Home(Path(sys.argv[1])).ensure(), program="reviewdesk expert submit").acquire()
    print("holding", flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the home open (as a running ``expert submit`` would)."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "home")], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)


def test_a_second_process_is_refused_with_the_holder_named(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    home = Home(tmp_path / "home")
    with pytest.raises(StorageError) as caught:
        open_home(home)
    error = caught.value
    assert (error.code, error.path) == ("home-in-use", home.root)
    assert error.detail["pid"] == str(holder.pid)
    assert error.detail["host"] == socket.gethostname()
    assert error.detail["program"] == "reviewdesk expert submit"
    sentence = english_message(error)
    assert f"process {holder.pid}" in sentence and "reviewdesk expert submit" in sentence
    assert not home.database_path.exists()  # refused before the database was touched


def test_the_lock_is_released_when_its_holder_is_killed(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    home = Home(tmp_path / "home")
    assert holder_of(home) is not None
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert (home.root / "home.lock").exists()  # the stale file keeps nobody out
    assert holder_of(home) is None
    with open_home(home) as opened:
        assert opened.db.path == home.database_path


def test_within_one_process_a_second_lock_is_refused_too_and_release_frees_it(
    tmp_path: Path,
) -> None:
    home = Home(tmp_path / "home").ensure()
    first = HomeLock(home, program="the first window").acquire()
    with pytest.raises(StorageError) as caught:
        HomeLock(home.root).acquire()  # the home's folder names the same lock
    assert caught.value.path == home.root
    assert caught.value.detail["program"] == "the first window"
    assert caught.value.detail["pid"] == str(os.getpid())
    first.release()
    with HomeLock(home) as again:
        assert again.held
    assert holder_of(home) is None


def test_a_closed_home_can_be_opened_again(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    with open_home(home):
        pass
    with open_home(home) as opened:
        assert opened.lock.held


def test_the_cli_refuses_a_home_in_use_with_a_sentence(
    tmp_path: Path, holder: subprocess.Popen[str], capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "package.rdx"
    package.write_bytes(b"never read: the home is refused first")
    home = tmp_path / "home"
    code = main(["expert", "open", str(package), "--home", str(home)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err
    assert f"Your reviewdesk folder {home} is open in another reviewdesk" in err
    assert f"process {holder.pid}" in err
