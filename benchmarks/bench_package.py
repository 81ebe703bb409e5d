"""Benchmark packages with a large attachment (a script, not a test).

    .venv/bin/python benchmarks/bench_package.py [--size-mib 1024] [--repeat 3]

Makes a random attachment in a temp folder, then, each step in its own child process (so
``ru_maxrss`` is that step's peak memory alone):

- build: a package with that attachment (streamed through age into the container);
- summary: ``open_package`` — container, blob 0, signature, roster, bindings — best of
  ``--repeat``;
- full: every content blob decrypted as a stream with both hashes checked (what
  ``reviewdesk verify`` does), best of ``--repeat``.

Targets (issue 3): peak memory of build, summary and full < 150 MB; summary time < 2 % of
the full decryption time, measured in the same run. Prints the numbers and the ratio, and
exits with status 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _report import emit

from reviewdesk.core.crypto.identity import Identity, load_identity, save_identity
from reviewdesk.core.crypto.roster import Panelist, Roster, read_roster, sign_roster
from reviewdesk.core.domain import Category, Role, RoundKind
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.formats.package import AttachmentInput, build_package, open_package
from reviewdesk.core.templates.loader import builtin_templates

# make bench (run_all.py) runs this at quick sizes; make bench FULL=1 at the defaults.
QUICK_ARGS = ["--size-mib", "256", "--repeat", "2"]

MIB = 1024 * 1024
MEMORY_LIMIT_MB = 150
RATIO_LIMIT = 0.02
PASSPHRASE = "benchmark"
WORK_FACTOR = 10  # identities for the benchmark only; real ones use 2^18
NOW = datetime.now(UTC)


def _setup(folder: Path, size_mib: int) -> None:
    with (folder / "attachment.bin").open("wb") as out:
        for _ in range(size_mib):
            out.write(os.urandom(MIB))
    people = {
        "root": Identity.generate("Root", Role.COMMISSION),
        "operator": Identity.generate("Operator", Role.COMMISSION),
        "expert": Identity.generate("Expert", Role.EXPERT),
    }
    for name, identity in people.items():
        save_identity(identity, folder / f"{name}.id", PASSPHRASE, work_factor=WORK_FACTOR)
    roster = Roster(
        version=1, label="benchmark", issued_at=NOW - timedelta(days=1),
        expires_at=NOW + timedelta(days=30), threshold=1, roots=(people["root"].public,),
        operational=(people["operator"].public,),
        experts=(Panelist(people["expert"].public, ("P1",)),),
    )  # fmt: skip
    (folder / "roster.dsse").write_bytes(sign_roster(roster, [people["root"]]))


def _child(step: str, folder: Path) -> dict[str, Any]:
    roster_data = (folder / "roster.dsse").read_bytes()
    roster = read_roster(roster_data)
    package = folder / "package.rdx"
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    start = time.perf_counter()
    if step == "build":
        template = next(t for t in builtin_templates() if t.template_id == "evaluation-research")
        operator = load_identity(folder / "operator.id", PASSPHRASE)
        expert = load_identity(folder / "expert.id", PASSPHRASE)
        start = time.perf_counter()
        build_package(
            package, sender=operator, reviewer=expert.public, roster=roster,
            roster_data=roster_data, round="BENCH", panel="P1",
            round_kind=RoundKind.EVALUATION, deadline=None,
            applicants=[ApplicantEntry("A-1", "Benchmark Lab", Category.RESEARCH)],
            template=template,
            attachments=[AttachmentInput("A-1", folder / "attachment.bin")], now=NOW,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    else:
        expert = load_identity(folder / "expert.id", PASSPHRASE)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            opened = open_package(package, expert, roster)
            if step == "full":
                for blob in opened.manifest.blobs:
                    opened.object.verify_blob(blob.index)
            times.append(time.perf_counter() - start)
        seconds = min(times)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":  # bytes there, KiB on Linux
        peak_kib //= 1024
    return {"seconds": seconds, "peak_mb": peak_kib / 1024}


def _run_child(step: str, folder: Path, repeat: int) -> dict[str, Any]:
    env = {**os.environ, "BENCH_REPEAT": str(repeat)}
    result = subprocess.run(
        [sys.executable, __file__, "--child", step, str(folder)],
        check=True, capture_output=True, text=True, env=env,
    )  # fmt: skip
    return dict(json.loads(result.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("STEP", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child[0], Path(args.child[1]))))
        return 0

    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp:
        folder = Path(tmp)
        _setup(folder, args.size_mib)
        build = _run_child("build", folder, args.repeat)
        full = _run_child("full", folder, args.repeat)
        summary = _run_child("summary", folder, args.repeat)
        size = (folder / "package.rdx").stat().st_size

    ratio = summary["seconds"] / full["seconds"]
    print(f"package with a {args.size_mib} MiB attachment ({size / MIB:.1f} MiB on disk), "
          f"{os.cpu_count()} CPUs, best of {args.repeat}")  # fmt: skip
    failed = False
    for label, step in (("build", build), ("open: summary", summary), ("open: full", full)):
        over = step["peak_mb"] >= MEMORY_LIMIT_MB
        failed |= over
        print(
            f"{label:15} {step['seconds']:8.3f} s   peak memory {step['peak_mb']:6.1f} MB"
            f"{'  (over ' + str(MEMORY_LIMIT_MB) + ' MB)' if over else ''}"
        )
        emit(
            f"package {label}: peak memory ({args.size_mib} MiB)", step["peak_mb"], "MB",
            None, None, None, f"< {MEMORY_LIMIT_MB} MB", not over,
        )  # fmt: skip
    failed |= ratio >= RATIO_LIMIT
    emit(
        f"package summary ({args.size_mib} MiB attachment)", summary["seconds"], "s",
        full["seconds"], "s", ratio, f"ratio < {RATIO_LIMIT}", ratio < RATIO_LIMIT,
        baseline_name="full verification",
    )  # fmt: skip
    print(f"summary / full decryption time: {ratio:.4%} (target < {RATIO_LIMIT:.0%})")
    print("FAIL: a target was missed" if failed else "OK: all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
