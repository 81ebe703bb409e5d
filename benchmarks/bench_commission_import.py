"""The commission's import of result bundles, against verifying the same score files alone
(issue 10, performance; a script, not a test).

    .venv/bin/python benchmarks/bench_commission_import.py [--files 500] [--panels 4] [--runs 2]

Setup (not timed): ``--panels`` chair-desk worlds (tests/chair_world.py: 7 experts and 12
applicants each, its own keys), ``--files`` score files in all (revisions of the seven
experts, spread evenly over the panels), each panel's files imported at its chair desk, the
blockers settled and the panel finalised into a result bundle carrying every file. Each
world is recorded in a commission database as the commission issued it
(tests/results_world.py). The chair worlds share one round and panel ref, so each panel's
bundle goes into its own commission database; the times are summed over the panels.

Each run, best of ``--runs``:

- **verify alone**: every score file opened with the commission's operational key and its
  expert signature, bindings and sheets checked (``open_score_file`` + ``read_sheets``), as
  ``reviewdesk verify`` would;
- **import**: ``import_result_bundles`` of each bundle into a fresh commission database —
  the chair's signature, every carried score file verified again at its receipt, the issued
  packages, the log, the engine run on every sheet, the claim compared, everything stored.

Prints both and their ratio. No target is set by the issue: the ratio is printed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from _report import emit

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from chair_world import EXPERTS, REFS, ChairWorld, make_chair_world
from results_world import commission_db

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.views import BlockerKind
from reviewdesk.core.commission.result_import import ACCEPTED, import_result_bundles
from reviewdesk.core.formats.score_file import open_score_file
from reviewdesk.core.scoring import VetoVerdict
from reviewdesk.core.storage import Database

QUICK_ARGS = ["--files", "100", "--runs", "1"]


def panel(root: Path, files: int) -> tuple[ChairWorld, list[Path], Path]:
    """One finalised panel whose bundle carries ``files`` score files."""
    world = make_chair_world(root / "world")
    paths = [
        world.score_file(
            who, world.totals(who), revision=1 + i // len(EXPERTS), name=f"{who}-{i:05d}.rdx"
        )
        for i in range(files)
        for who in (EXPERTS[i % len(EXPERTS)],)
    ]
    db = Database.open(f"sqlite:///{root / 'chair.sqlite3'}")
    desk = ChairDesk.open(db, world.people["chair"], world.chair_package, trust=world.trust(),
                          store_dir=root / "store", now=world.now)  # fmt: skip
    desk.import_files(paths, now=world.now + timedelta(days=1))
    for ref in REFS:
        desk.set_panel_opinion(ref, "专家组意见。")
    for _ in range(3):  # settling a veto or an alarm can open a flag
        settle(desk)
    result = desk.finalise(root / "out", now=world.now + timedelta(days=15))
    return world, paths, result.bundle


def settle(desk: ChairDesk) -> None:
    for blocker in desk.blockers():
        if blocker.kind is BlockerKind.UNRESOLVED_FLAG and blocker.applicant:
            desk.resolve_flag(blocker.applicant, blocker.subject, "benchmark")
        elif blocker.kind is BlockerKind.UNDECIDED_VETO and blocker.applicant:
            desk.decide_veto(blocker.applicant, blocker.subject, VetoVerdict.DISMISSED, "bench")
        elif blocker.kind is BlockerKind.EQUIVOCATION_ALARM:
            desk.resolve_alarm(int(blocker.subject), "benchmark")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--panels", type=int, default=4)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-commission-"))
    try:
        share = [args.files // args.panels + (n < args.files % args.panels)
                 for n in range(args.panels)]  # fmt: skip
        start = time.perf_counter()
        panels = [panel(root / f"panel{n}", count) for n, count in enumerate(share)]
        print(f"set-up: {args.panels} panels, {sum(share)} score files, "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        verify, imports = [], []
        for run in range(args.runs):
            start = time.perf_counter()
            for world, paths, _ in panels:
                operator, roster = world.people["operator"], world.roster()
                for path in paths:
                    open_score_file(path, operator, roster).read_sheets()
            verify.append(time.perf_counter() - start)
            dbs = [commission_db(root / f"commission{run}-{n}", w)
                   for n, (w, _, _) in enumerate(panels)]  # fmt: skip
            start = time.perf_counter()
            for db, (world, _, bundle) in zip(dbs, panels, strict=True):
                [verdict] = import_result_bundles(
                    db, [bundle], world.people["operator"], roster=world.roster(),
                    now=world.now + timedelta(days=16),
                )  # fmt: skip
                if verdict.verdict != ACCEPTED:
                    print(f"refused: {verdict.reasons[:3]}")
                    return 1
            imports.append(time.perf_counter() - start)
            for db in dbs:
                db.close()
        best_v, best_i = min(verify), min(imports)
        ratio = best_i / best_v
        print(f"{sum(share)} score files in {args.panels} result bundles: verify alone "
              f"{best_v:.3f} s, import + recompute {best_i:.3f} s, ratio {ratio:.2f}")  # fmt: skip
        emit("commission import + recompute vs verify alone", round(best_i, 3), "s",
             round(best_v, 3), "s", round(ratio, 2), "printed (no target)", True,
             baseline_name="verify the score files alone")  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
