"""``make bench``'s runner: the BENCH lines of the scripts become one table, and a missed
target, a failing script or a script without figures makes it fail."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import run_all  # noqa: E402

SCRIPT = """
import sys
sys.path.insert(0, {benchmarks!r})
from _report import emit
QUICK_ARGS = ["--small"]
print("human line")
emit("fast thing", 0.5, "s", 1.0, "s", 0.5, "ratio ≤ 1.0", True, baseline_name="reference")
emit("memory", 200.0, "MB", None, None, None, "< 150 MB", False)
sys.exit(1)
"""


def _script(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text.format(benchmarks=str(BENCHMARKS)), encoding="utf-8")
    return path


def test_figures_become_rows_with_baseline_ratio_and_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_all, "LOGS", tmp_path / "logs")
    script = _script(tmp_path, "bench_x.py", SCRIPT)
    assert run_all.quick_args(script) == ["--small"]
    rows, _ = run_all.run_script(script, [], timeout=60)
    assert [(r.figure, r.value, r.baseline, r.ratio, r.target, r.result) for r in rows] == [
        ("fast thing", "0.5 s", "1 s (reference)", "0.5", "ratio ≤ 1.0", "ok"),
        ("memory", "200 MB", "—", "—", "< 150 MB", "MISSED"),
    ]  # exit 1 with a missed figure: no extra error row
    assert "human line" in (tmp_path / "logs" / "bench_x.log").read_text()


def test_a_crash_or_a_script_without_figures_is_an_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_all, "LOGS", tmp_path / "logs")
    crash = _script(tmp_path, "bench_crash.py", "raise RuntimeError('boom')\n")
    rows, _ = run_all.run_script(crash, [], timeout=60)
    assert [r.result for r in rows] == ["ERROR"]
    assert "RuntimeError: boom" in rows[0].figure
    silent = _script(tmp_path, "bench_silent.py", "print('nothing measured')\n")
    rows, _ = run_all.run_script(silent, [], timeout=60)
    assert [(r.result, r.figure) for r in rows] == [("ERROR", "(no figures: no output)")]


def test_every_benchmark_reports_its_figures_for_the_table() -> None:
    """A script without ``emit`` would be an ERROR row of make bench (no figures): the
    protocol is in benchmarks/README.md."""
    scripts = sorted(BENCHMARKS.glob("bench_*.py"))
    assert len(scripts) >= 7
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        assert "from _report import emit" in text and "emit(" in text, (
            f"{script.name} prints no BENCH line: see benchmarks/README.md"
        )
        run_all.quick_args(script)  # a malformed QUICK_ARGS fails here
