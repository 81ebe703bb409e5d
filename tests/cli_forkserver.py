"""Runs ``reviewdesk`` command lines in child processes forked from one Python that has
already imported the whole CLI: each command is its own process (exit status, standard
streams, no terminal, a hang stopped by a timeout) at a few milliseconds instead of a second
of imports. Used by ``test_cli_bad_input.py``.

Protocol: one JSON request per line on standard input, ``{"argv", "cwd", "stdout",
"stderr", "timeout", "drop_dac"}`` (output file paths); one JSON answer per line on standard
output, ``{"status", "seconds", "timed_out"}``. The child starts a new session (no
controlling terminal) with standard input from /dev/null, as a command started by a service
or a script would.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
import traceback

import fs_limits

from reviewdesk.cli import build_parser, main

build_parser()  # imports every command module now, before any fork
import reviewdesk.core.expert.desk  # noqa: E402 - and what the commands import late
import reviewdesk.core.formats.verify  # noqa: E402,F401


def _child(request: dict[str, object]) -> None:
    os.setsid()
    null = os.open(os.devnull, os.O_RDONLY)
    out = os.open(str(request["stdout"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    err = os.open(str(request["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    for fd, target in ((null, 0), (out, 1), (err, 2)):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(str(request["cwd"]))
    if request.get("drop_dac"):
        fs_limits.drop_dac_now()
    status = 99
    try:
        status = main(list(request["argv"]))  # type: ignore[call-overload]
    except SystemExit as exit_:
        status = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:  # what the real entry point would print before dying
        traceback.print_exc()
        status = 98
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(status)


def _run(request: dict[str, object]) -> dict[str, object]:
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(request)
    deadline = start + float(request["timeout"])  # type: ignore[arg-type]
    while True:
        done, wait_status = os.waitpid(pid, os.WNOHANG)
        if done:
            return {
                "status": os.waitstatus_to_exitcode(wait_status),
                "seconds": time.monotonic() - start,
                "timed_out": False,
            }
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return {"status": None, "seconds": time.monotonic() - start, "timed_out": True}
        time.sleep(0.005)


for line in sys.stdin:
    answer = _run(json.loads(line))
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
