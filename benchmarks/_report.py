"""The one line per figure every benchmark prints for ``run_all.py`` (``make bench``).

A benchmark keeps printing its own human lines; for each figure that has a target it also
calls ``emit``, which prints one machine-readable line::

    BENCH {"figure": "...", "value": 1.23, "unit": "s", "baseline": 1.1, ...}

``run_all.py`` collects those lines from every script and prints them as one table. The
protocol is in benchmarks/README.md.
"""

from __future__ import annotations

import json
import sys

PREFIX = "BENCH "


def emit(
    figure: str,
    value: float,
    unit: str,
    baseline: float | None,
    baseline_unit: str | None,
    ratio: float | None,
    target: str,
    ok: bool,
    *,
    baseline_name: str | None = None,
) -> None:
    """Print one figure: its value, the same-run baseline it is compared with (None when the
    target is absolute), the ratio value/baseline (None when none is meant), the target as a
    person reads it (e.g. ``"ratio ≤ 1.5"``, ``"< 150 MB"``) and whether it was met."""
    record = {
        "figure": figure,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_unit": baseline_unit,
        "baseline_name": baseline_name,
        "ratio": ratio,
        "target": target,
        "ok": bool(ok),
    }
    sys.stdout.write(PREFIX + json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def parse(line: str) -> dict[str, object] | None:
    """The record of a ``BENCH`` line, or None for any other line."""
    if not line.startswith(PREFIX):
        return None
    value = json.loads(line[len(PREFIX) :])
    return value if isinstance(value, dict) else None
