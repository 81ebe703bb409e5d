"""Run every benchmark in benchmarks/ and print one table (``make bench``).

    .venv/bin/python benchmarks/run_all.py [--full] [--only NAME ...] [--timeout S]

Each ``bench_*.py`` runs in its own process, one after the other (they time things: never
two at once). By default each gets its ``QUICK_ARGS`` (a list of strings assigned at the top
level of the script, read without importing it): smaller sizes and fewer runs, so that the
whole run takes a few minutes. ``--full`` (``make bench FULL=1``) runs each at the sizes its
targets were set for. A script's own output goes to ``build/bench/NAME.log``.

The table has one row per ``BENCH`` line the scripts print (``_report.emit``): the figure,
its value, the same-run baseline it is measured against, the ratio, the target and whether
it was met. A script that ends with an error, or prints no figure, is a row of its own.
Exit status 1 when any target is missed or any script failed, else 0.

Quick sizes measure the same code paths but a target set for the full size can be harder
(or easier) to meet at a small one; a miss in quick mode is worth a ``--full --only NAME``.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from _report import parse

HERE = Path(__file__).resolve().parent
LOGS = HERE.parent / "build" / "bench"


@dataclass
class Row:
    script: str
    figure: str
    value: str
    baseline: str
    ratio: str
    target: str
    result: str  # "ok", "MISSED", "ERROR"


def quick_args(script: Path) -> list[str]:
    """The script's top-level ``QUICK_ARGS = [...]``, read without running it."""
    tree = ast.parse(script.read_text(encoding="utf-8"))
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        if any(isinstance(t, ast.Name) and t.id == "QUICK_ARGS" for t in targets):
            args = ast.literal_eval(value)
            if not (isinstance(args, list | tuple) and all(isinstance(a, str) for a in args)):
                raise SystemExit(f"{script.name}: QUICK_ARGS must be a list of strings")
            return list(args)
    return []


def _number(value: object, unit: object) -> str:
    if value is None:
        return "—"
    assert isinstance(value, int | float)
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return f"{text} {unit}" if unit else text


def run_script(script: Path, args: list[str], timeout: float) -> tuple[list[Row], float]:
    LOGS.mkdir(parents=True, exist_ok=True)
    log = LOGS / f"{script.stem}.log"
    started = time.monotonic()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        result = subprocess.run(
            [sys.executable, str(script), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=HERE.parent,
            env=env,
        )
        out, err, status = result.stdout, result.stderr, result.returncode
    except subprocess.TimeoutExpired as expired:
        out = expired.stdout if isinstance(expired.stdout, str) else ""
        err, status = f"timed out after {timeout:.0f} s", None
    seconds = time.monotonic() - started
    log.write_text(f"$ {script.name} {' '.join(args)}\n{out}\n--- stderr ---\n{err}\n")
    rows = []
    for line in out.splitlines():
        record = parse(line)
        if record is None:
            continue
        baseline = _number(record.get("baseline"), record.get("baseline_unit"))
        if record.get("baseline_name") and record.get("baseline") is not None:
            baseline += f" ({record['baseline_name']})"
        ratio = record.get("ratio")
        rows.append(
            Row(
                script.stem,
                str(record["figure"]),
                _number(record["value"], record["unit"]),
                baseline,
                "—" if ratio is None else f"{ratio:.3g}",  # type: ignore[str-format]
                str(record["target"]),
                "ok" if record["ok"] else "MISSED",
            )
        )
    missed = any(r.result != "ok" for r in rows)
    if status is None or (status != 0 and not missed) or not rows:
        tail = (err.strip().splitlines() or ["no output"])[-1][:80]
        why = "timed out" if status is None else f"exit {status}" if status else "no figures"
        rows.append(Row(script.stem, f"({why}: {tail})", "—", "—", "—", "—", "ERROR"))
    return rows, seconds


def print_table(rows: list[Row]) -> None:
    headers = Row("benchmark", "figure", "value", "baseline (same run)", "ratio", "target", "")
    table = [headers, *rows]
    fields = list(vars(headers))
    widths = {f: max(len(getattr(r, f)) for r in table) for f in fields}
    for n, row in enumerate(table):
        print("  ".join(getattr(row, f).ljust(widths[f]) for f in fields).rstrip())
        if n == 0:
            print("  ".join("-" * widths[f] for f in fields))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="the real sizes (slow)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="e.g. bench_age")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per script")
    args = parser.parse_args(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        wanted = {n.removesuffix(".py") for n in args.only}
        unknown = wanted - {s.stem for s in scripts}
        if unknown:
            parser.error(f"no benchmark {', '.join(sorted(unknown))}")
        scripts = [s for s in scripts if s.stem in wanted]
    timeout = args.timeout or (3600.0 if args.full else 900.0)
    rows: list[Row] = []
    total = time.monotonic()
    for script in scripts:
        extra = [] if args.full else quick_args(script)
        print(f"running {script.name} {' '.join(extra)}".rstrip() + " …", flush=True)
        found, seconds = run_script(script, extra, timeout)
        bad = sum(r.result != "ok" for r in found)
        print(f"  {seconds:.0f} s, {len(found)} rows" + (f", {bad} not ok" if bad else ""))
        rows += found
    print()
    mode = "full sizes" if args.full else "quick sizes (make bench FULL=1 for the real ones)"
    print(f"Benchmarks, {mode}, {os.cpu_count()} CPUs, {time.monotonic() - total:.0f} s")
    print(f"(each script's output: {LOGS.relative_to(HERE.parent)}/NAME.log)")
    print()
    print_table(rows)
    failed = [r for r in rows if r.result != "ok"]
    print()
    print(f"{len(failed)} of {len(rows)} not met" if failed else f"all {len(rows)} targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
