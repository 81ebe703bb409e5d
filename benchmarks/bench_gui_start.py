"""Cold start of the expert desk against a bare PySide6 window (a script, not a test).

    .venv312/bin/python benchmarks/bench_gui_start.py [--runs 21]

Each run starts a fresh interpreter (offscreen) and measures, from just before the process
is spawned to the first paint, with the runs of both kinds interleaved:

- bare: ``QApplication`` and a ``QMainWindow`` holding one ``QTableView`` (40 × 5 model);
- expert: ``reviewdesk gui --package FILE`` through ``reviewdesk.cli.main`` with the person's
  home in ``REVIEWDESK_HOME``, until the expert workspace (opening that package) is painted.

Our modules are byte-compiled first, as an installed application's are (PySide6's always
are); a warm-up run of each fills the file cache.

Target (issue 4): median(expert) ≤ 1.5 × median(bare). Prints both, best and median, the
ratio, and exits with status 1 when the target is missed. For context it also times the
main window alone on its role chooser (what every role starts from; no target).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import emit

# make bench (run_all.py) runs this at quick sizes; make bench FULL=1 at the defaults.
QUICK_ARGS = ["--runs", "5"]

ROOT = Path(__file__).resolve().parents[1]
RATIO_LIMIT = 1.5

# Both children print "shown" at the first paint of the window's content, then leave at once.
_PAINTED = """
import os, sys
from PySide6.QtCore import QEvent, QObject
class _Painted(QObject):
    def __init__(self, wanted):
        super().__init__()
        self.wanted = wanted
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.wanted(obj):
            sys.stdout.write("shown\\n"); sys.stdout.flush(); os._exit(0)
        return False
"""

BARE = (
    _PAINTED
    + """
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(40, 5))
window.setCentralWidget(table)
window.resize(1200, 800)
painted = _Painted(lambda obj: obj is table.viewport())
app.installEventFilter(painted)
window.show()
app.exec()
"""
)

EXPERT = (
    _PAINTED
    + """
import reviewdesk.gui.app as gui_app
build = gui_app.build_main_window
def build_and_watch(*args, **kwargs):
    window = build(*args, **kwargs)
    workspace = window.expert_desk.workspace
    watch = _Painted(lambda obj: obj is workspace.ui.openingPage and workspace.isVisible())
    gui_app.QApplication.instance().installEventFilter(watch)
    window._bench_watch = watch
    return window
gui_app.build_main_window = build_and_watch
from reviewdesk import cli
sys.exit(cli.main(["gui", "--package", sys.argv[1]]))
"""
)


# For context only (no target): the main window alone, on its role chooser, no expert desk.
SHELL = (
    _PAINTED
    + """
from reviewdesk import cli
from reviewdesk.gui.app import create_application
from reviewdesk.gui.i18n import Translations, saved_language
from reviewdesk.gui.main_window import MainWindow
app = create_application(sys.argv)
translations = Translations.for_application(app)
translations.switch(saved_language())
window = MainWindow(translations)
painted = _Painted(lambda obj: obj is window.ui.rolePage)
app.installEventFilter(painted)
window.show()
app.exec()
"""
)


def _setup(folder: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from expert_world import make_world

    world = make_world(folder / "world")
    return world.home.root, world.package


def _run(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"the child did not show its window (exit {child.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-gui-start-") as tmp:
        home, package = _setup(Path(tmp))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REVIEWDESK_HOME=str(home))
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # no saved settings of the user
        # As installed (pip and the installers compile bytecode), not source compiled on
        # every start: PYTHONDONTWRITEBYTECODE would charge that to reviewdesk's modules only.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True, env=env
        )
        _run(BARE, [], env)  # warm the file cache for both, as any second start would be
        _run(EXPERT, [str(package)], env)
        bare: list[float] = []
        expert: list[float] = []
        shell: list[float] = []
        for _ in range(args.runs):
            bare.append(_run(BARE, [], env))
            expert.append(_run(EXPERT, [str(package)], env))
            shell.append(_run(SHELL, [], env))
    ratio = statistics.median(expert) / statistics.median(bare)
    print(f"runs: {args.runs} each, interleaved, fresh interpreter per run (offscreen)")
    for name, times in (
        ("bare window + table", bare),
        ("expert desk", expert),
        ("(main window alone)", shell),
    ):
        print(
            f"{name:22s} best {min(times) * 1000:7.1f} ms   "
            f"median {statistics.median(times) * 1000:7.1f} ms   "
            f"×{statistics.median(times) / statistics.median(bare):.2f}"
        )
    best_ratio = min(expert) / min(bare)
    print(f"ratio expert/bare: median {ratio:.2f}, best {best_ratio:.2f} (target ≤ {RATIO_LIMIT})")
    emit(
        "expert desk cold start (median)", statistics.median(expert), "s",
        statistics.median(bare), "s", ratio, f"ratio ≤ {RATIO_LIMIT}", ratio <= RATIO_LIMIT,
        baseline_name="bare Qt window",
    )  # fmt: skip
    if ratio > RATIO_LIMIT:
        print("TARGET MISSED")
        return 1
    print("target met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
