"""The machinery of the bad-input matrices (``test_cli_bad_input.py`` for the commands of
issue 7's first pass, ``test_cli_bad_input_roles.py`` for the chair's and the commission's):
a cell is one command line run in its own process forked from ``cli_forkserver.py``; its
ending is judged as a person would see it (exit status, one ``reviewdesk: error:`` sentence
naming the file, no traceback, no hang); and the makers of the common kinds of bad file.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
CELL_SECONDS = 8.0  # a cell that has not ended by then is a hang
WORKERS = 3
BAD_NAME = os.fsdecode(b"bad-\xff\xfe")  # a file name that is not UTF-8


# -- running cells ---------------------------------------------------------------------------


@dataclass
class Cell:
    name: str
    argv: list[str]
    cwd: Path
    names: tuple[str, ...]  # what standard error must mention (the file), any of them
    drop_dac: bool = False
    expect: int = 1
    rejected: bool = False  # an import: exit 0, the file listed as rejected with its reason
    code: str | None = None  # the error code that must be on standard error, when known


@dataclass
class Outcome:
    status: int | None
    seconds: float
    timed_out: bool
    stdout: bytes
    stderr: bytes


_OUTPUTS = itertools.count()


class ForkServer:
    """One ``cli_forkserver.py`` process; ``run`` is for one thread at a time."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), str(ROOT / "src")]))
        self.process = subprocess.Popen(
            [sys.executable, str(TESTS / "cli_forkserver.py")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        self.lock = threading.Lock()

    def run(self, cell: Cell) -> Outcome:
        number = next(_OUTPUTS)  # cells may share a folder, never their output files
        out, err = cell.cwd / f".stdout-{number}", cell.cwd / f".stderr-{number}"
        request = {
            "argv": cell.argv, "cwd": str(cell.cwd), "stdout": str(out), "stderr": str(err),
            "timeout": CELL_SECONDS, "drop_dac": cell.drop_dac,
        }  # fmt: skip
        with self.lock:
            assert self.process.stdin is not None and self.process.stdout is not None
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            answer = json.loads(self.process.stdout.readline())
        return Outcome(answer["status"], answer["seconds"], answer["timed_out"],
                       out.read_bytes(), err.read_bytes())  # fmt: skip

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def fork_servers(workers: int = WORKERS) -> Iterator[list[ForkServer]]:
    """For a module fixture: ``workers`` fork servers, closed afterwards."""
    servers = [ForkServer() for _ in range(workers)]
    yield servers
    for server in servers:
        server.close()


def run_cells(servers: list[ForkServer], cells: list[Cell]) -> list[tuple[Cell, Outcome]]:
    free = list(servers)
    pick = threading.Lock()

    def one(cell: Cell) -> tuple[Cell, Outcome]:
        with pick:
            server = free.pop()
        try:
            return cell, server.run(cell)
        finally:
            with pick:
                free.append(server)

    with ThreadPoolExecutor(len(servers)) as pool:
        return list(pool.map(one, cells))


def problems_of(cell: Cell, outcome: Outcome) -> list[str]:
    """What a person would notice is wrong with this cell's ending (nothing: [])."""
    err = outcome.stderr
    found = []
    if outcome.timed_out:
        found.append(f"still running after {CELL_SECONDS} s")
    elif outcome.status != (0 if cell.rejected else cell.expect):
        found.append(f"exit status {outcome.status}, not {cell.expect}")
    if b"Traceback" in err or b"Traceback" in outcome.stdout:
        found.append("a traceback")
    if cell.rejected and not outcome.timed_out:
        listed = [line for line in outcome.stdout.splitlines() if line.startswith(b"rejected ")]
        if outcome.status != 0 or (cell.names and not any(
            os.fsencode(name) in line for name in cell.names for line in listed
        )):  # fmt: skip
            found.append("the file is not listed as rejected")
    elif not outcome.timed_out and cell.expect != 0:
        if not err.startswith(b"reviewdesk: error: ") and b"\nreviewdesk: error: " not in err:
            found.append("no 'reviewdesk: error: <code>: <sentence>' line")
        if not any(os.fsencode(name) in err for name in cell.names):
            found.append(f"the file ({' or '.join(cell.names)}) is not named")
        if cell.code is not None and f": {cell.code}: ".encode() not in err:
            found.append(f"not the error {cell.code}")
        if b"[Errno" in err or b".tmp" in err:
            found.append("a raw OS error or a temp file name")
    return found


def assert_all_end_in_a_sentence(results: list[tuple[Cell, Outcome]]) -> None:
    failures = []
    for cell, outcome in results:
        problems = problems_of(cell, outcome)
        if problems:
            tail = outcome.stderr.decode("utf-8", "backslashreplace").strip()[-300:]
            failures.append(f"{cell.name}: {'; '.join(problems)}\n    stderr: {tail}")
    assert not failures, f"{len(failures)} of {len(results)} cells:\n" + "\n".join(failures)


# -- bad inputs ----------------------------------------------------------------------------


def _half(good: Path, into: Path, name: str) -> Path:
    data = good.read_bytes()
    path = into / name
    path.write_bytes(data[: len(data) // 2])
    return path


def _noise(into: Path, name: str, seed: str) -> Path:
    path = into / name
    path.write_bytes(random.Random(seed).randbytes(4096))
    return path


def _under_a_file(into: Path, suffix: str) -> Path:
    blocker = into / "a-file"
    blocker.write_text("a file where a folder should be")
    return blocker / f"inside{suffix}"


def _fifo(into: Path, suffix: str) -> Path:
    path = into / f"pipe{suffix}"
    os.mkfifo(path)
    return path


def _folder(into: Path, suffix: str) -> Path:
    path = into / f"folder{suffix}"
    path.mkdir()
    return path


def _locked(good: Path, into: Path, suffix: str) -> Path:
    path = into / f"locked{suffix}"
    shutil.copyfile(good, path)
    path.chmod(0)
    return path


def _nested(into: Path, suffix: str) -> Path:
    path = into / f"nested{suffix}"
    path.write_text("[" * 5000, encoding="ascii")
    return path


def _empty(into: Path, suffix: str) -> Path:
    path = into / f"empty{suffix}"
    path.write_bytes(b"")
    return path
