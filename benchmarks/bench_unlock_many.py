"""Unlocking to a usable expert desk with a big round: 60 applicants × 5 PDFs (a script).

    .venv/bin/python benchmarks/bench_unlock_many.py [--runs 3] [--work DIR]
        [--applicants 60] [--pdfs 5] [--pdf-mb 2.1] [--profile FILE]

Setup (kept in ``--work`` between runs when given): five PDFs of about 2.1 MB (pages of
random-noise images: nothing compresses them), used in turn as the 5 attachments of each of
60 applicants — a package of about 630 MB — an expert's identity and the pinned root.

Each run is a fresh interpreter (offscreen) with the main window shown and the person's home
ready, as while the passphrase dialog is on screen. The identity is handed over already
unlocked (scrypt is not measured); from that moment the desk opens the package exactly as
the GUI does (a package never opened here: a new home each run), the pledge and the first
declaration are answered the instant their dialogs appear, and the clock stops when the
desk is usable: the applicant list is on screen and the first applicant's score sheet is
open in the form. **reopen** does the same the next day, from the local store.

Baseline, in the same run: reading the package file once (``cat FILE > /dev/null``), the
least any opening that looked at every byte would cost.

Target (issue 9): unlock to a usable desk ≤ 3 s (it took 12 s). Exits with status 1 when
the median of a scenario misses it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _report import emit
from bench_open_package import child_env, compile_sources, fresh_home, make_big_pdf

# make bench (run_all.py) runs this at quick sizes; make bench FULL=1 at the defaults.
QUICK_ARGS = ["--runs", "1", "--applicants", "20", "--pdfs", "3", "--pdf-mb", "1"]

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
USABLE_LIMIT_S = 3.0


def setup(work: Path, applicants: int, pdfs: int, pdf_mb: float) -> dict[str, str]:
    index = work / "setup.json"
    if index.exists():
        return dict(json.loads(index.read_text()))
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from datetime import timedelta

    import expert_world as ew

    from reviewdesk.core.crypto.identity import save_identity
    from reviewdesk.core.crypto.roster import sign_roster
    from reviewdesk.core.domain import Category, RoundKind
    from reviewdesk.core.formats.manifest_details import ApplicantEntry
    from reviewdesk.core.formats.package import AttachmentInput, build_package
    from reviewdesk.core.home.first_run import pin_roster
    from reviewdesk.core.home.settings import Home
    from reviewdesk.core.templates.loader import find_template

    work.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(pdfs):
        path = work / f"annex-{n + 1}.pdf"
        make_big_pdf(path, pdf_mb)
        files.append(path)
    p = ew.people()
    home = Home(work / "home").ensure()
    roster_data = sign_roster(ew.roster(), [p["root"]])
    (work / "roster.json").write_bytes(roster_data)
    save_identity(p["expert"], home.identity_path, ew.PASSPHRASE, work_factor=ew.LOW_WORK_FACTOR)
    pin_roster(work / "roster.json", home.trust_path, ew.now())
    entries = [
        ApplicantEntry(f"R-{n + 1:03d}", f"第{n + 1}号国际合作研究中心", Category.RESEARCH)
        for n in range(applicants)
    ]
    inputs = [
        AttachmentInput(e.ref, f, name=f"{e.ref}-{k + 1}.pdf", mime="application/pdf")
        for e in entries
        for k, f in enumerate(files)
    ]
    package = build_package(
        work / "many.rdx", sender=p["operator"], reviewer=p["expert"].public,
        roster=ew.roster(), roster_data=roster_data, round=ew.ROUND, panel=ew.PANEL,
        round_kind=RoundKind.EVALUATION, deadline=ew.now() + timedelta(days=14),
        applicants=entries, template=find_template("evaluation-research"),
        attachments=inputs, now=ew.now(),
    )  # fmt: skip
    info = {
        "package": str(package.path),
        "home": str(home.root),
        "package_mb": f"{package.path.stat().st_size / MB:.0f}",
        "applicants": str(applicants),
        "pdfs": str(pdfs),
    }
    index.write_text(json.dumps(info))
    return info


CHILD = r"""
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from expert_world import PASSPHRASE
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication
from reviewdesk.core.crypto.identity import load_identity
from reviewdesk.gui.app import build_main_window, create_application
from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog, PledgeDialog
from reviewdesk.gui.i18n import Language

mode, package, home, profile = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[5]
identity = load_identity(home / "identity.age", PASSPHRASE)  # scrypt: not measured
app = create_application([sys.argv[0]])
window = build_main_window(app, Language.CHINESE, home=home)
window.resize(1600, 1000)
window.show()
desk = window.expert_desk
desk._after_ready(lambda: None)  # the home and database, as while typing the passphrase
while desk.db is None:
    app.processEvents()
    time.sleep(0.005)
from reviewdesk.core.expert.desk import ExpertDesk
recent = ExpertDesk.recent_packages(desk.db)
workspace = desk.workspace
clock = QElapsedTimer()
state = {"last": 0, "gap": 0, "list": None, "usable": None}
if profile:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()

def tick() -> None:
    now = clock.elapsed()
    state["gap"] = max(state["gap"], now - state["last"])
    state["last"] = now
    model = workspace.model
    if state["list"] is None and model is not None and workspace.ui.applicantTable.isVisible():
        state["list"] = now
    modal = QApplication.activeModalWidget()  # the person answers each dialog at once
    if isinstance(modal, PledgeDialog) and modal.isVisible():
        modal.ui.agreeCheck.setChecked(True)
        modal.ui.signButton.click()
    elif isinstance(modal, ConflictDialog) and modal.isVisible():
        modal.choose("none")
        modal.ui.declareButton.click()
    pages = workspace.ui.applicantPages
    gate = model is not None and pages.currentWidget() is workspace.ui.gatePage
    if gate and not state.get("declaring"):
        state["declaring"] = True
        workspace.declare_current()
    first = None if model is None or not model.rowCount() else model.applicant_at(0).ref
    form = workspace.form
    if (state["list"] is not None and first is not None and workspace.sheet_ref == first
            and form is not None and form.isVisible()):
        state["usable"] = now
        ticker.stop()
        if profile:
            profiler.disable()
            profiler.dump_stats(profile)
        print(json.dumps({"usable_s": now / 1000, "list_s": state["list"] / 1000,
                          "max_gap_ms": state["gap"]}))
        sys.stdout.flush()
        os._exit(0)
    if now > 120_000:
        print(json.dumps({"error": "no usable desk within 120 s"})); sys.stdout.flush(); os._exit(1)

ticker = QTimer()
ticker.setInterval(10)
ticker.timeout.connect(tick)
desk.identity = identity  # the passphrase was just accepted
clock.start()
ticker.start()
if mode == "reopen":
    desk.reopen(recent[0].digest)
else:
    desk.open_package(package)
app.exec()
"""


def run_child(mode: str, package: str, home: Path, profile: str = "") -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, package, str(home), str(ROOT / "tests" / "gui"),
         profile],
        capture_output=True, text=True, env=child_env(home), timeout=600,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(lines[-1])
    if "error" in data:
        raise SystemExit(data["error"])
    return data


def read_once(path: Path) -> float:
    """The baseline: ``cat FILE > /dev/null``, timed."""
    start = time.perf_counter()
    with open("/dev/null", "wb") as sink:
        subprocess.run(["cat", str(path)], stdout=sink, check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, help="keep the generated package here")
    parser.add_argument("--applicants", type=int, default=60)
    parser.add_argument("--pdfs", type=int, default=5, help="PDFs per applicant")
    parser.add_argument("--pdf-mb", type=float, default=2.1, help="size of each PDF")
    parser.add_argument("--profile", help="cProfile of the first open to this file")
    args = parser.parse_args()
    keep = args.work is not None
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-unlock-"))
    try:
        info = setup(work, args.applicants, args.pdfs, args.pdf_mb)
        compile_sources(work)
        print(
            f"package {info['package_mb']} MB: {info['applicants']} applicants × "
            f"{info['pdfs']} PDFs; {args.runs} runs per scenario, fresh interpreter each"
        )
        package = Path(info["package"])
        results: dict[str, list[dict[str, Any]]] = {"first open": [], "reopen": []}
        baseline: list[float] = []
        for n in range(args.runs):
            home = fresh_home(Path(info["home"]), work / f"run-{n}")
            try:
                baseline.append(read_once(package))
                profile = args.profile if n == 0 and args.profile else ""
                results["first open"].append(run_child("open", info["package"], home, profile))
                baseline.append(read_once(package))
                results["reopen"].append(run_child("reopen", info["package"], home))
            finally:
                shutil.rmtree(home, ignore_errors=True)
        base = statistics.median(baseline)
        print(f"baseline: reading the package once (cat > /dev/null): median {base:.3f} s")
        missed = False
        for name, runs in results.items():
            usable = [r["usable_s"] for r in runs]
            lists = [r["list_s"] for r in runs]
            gaps = [r["max_gap_ms"] for r in runs]
            value = statistics.median(usable)
            print(
                f"{name:10s} usable desk: median {value:.3f} s (best {min(usable):.3f}, worst "
                f"{max(usable):.3f}); applicant list at {statistics.median(lists):.3f} s; "
                f"longest event-loop gap: median {statistics.median(gaps):.0f} ms"
            )
            ok = value <= USABLE_LIMIT_S
            missed = missed or not ok
            emit(
                f"{name}: unlock to usable desk ({info['applicants']}×{info['pdfs']} PDFs, "
                f"{info['package_mb']} MB)", value, "s", base, "s", value / base,
                f"≤ {USABLE_LIMIT_S} s", ok, baseline_name="reading the file once (cat)",
            )  # fmt: skip
        print(f"target: unlock to a usable desk ≤ {USABLE_LIMIT_S} s")
        print("TARGET MISSED" if missed else "targets met")
        return 1 if missed else 0
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
