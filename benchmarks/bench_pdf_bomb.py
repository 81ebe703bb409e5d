"""PDF decompression bombs in the materials viewer (a script, not a test).

    .venv/bin/python benchmarks/bench_pdf_bomb.py [--gib 1]

Writes four PDFs of ~1 MB each (``tests/pdf_bombs.py``): an image bomb (one page whose
image declares ``--gib`` GiB of pixels), a content bomb (a page content stream that expands
to ``--gib`` GiB; unguarded, PDFium takes ~2 GB and 13 s on it), an inline-image bomb
(``BI … ID`` in the page content; unguarded 2 GB and 26 s) and a normal PDF of the same size
(an incompressible photo). Each is opened in a fresh process (offscreen) by the
expert's materials viewer, with a 10 ms QTimer heartbeat running; the child reports the
outcome, the peak RSS growth from just before the file is given to the viewer, and the
longest gap between heartbeats until two seconds after the outcome. Each file is opened
``--repeat`` times (3): the table shows the best run's gap (two shared cores delay a timer
now and then) and the worst run's memory.

Targets (issue 7 item 10): every bomb is refused with a sentence; the longest gap stays
≤ 100 ms; a bomb's peak RSS growth stays within 1.5 × the normal file's + 32 MiB. Prints
the table and the ratios, and exits with status 1 when a target is missed.

``--measure FILE`` is the child: it prints one JSON line (used by tests/gui/test_pdf_bomb.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _report import emit

# make bench (run_all.py): one run per file (the bombs are refused, so --gib costs little).
QUICK_ARGS = ["--repeat", "1"]

ROOT = Path(__file__).resolve().parent.parent
GAP_TARGET_MS = 100
SETTLE_MS = 2000


def measure(path: Path) -> dict[str, object]:
    """Open ``path`` in a MaterialsViewer of this process (the child's work)."""
    import resource

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reviewdesk.gui.viewer.attachments import Attachment
    from reviewdesk.gui.viewer.materials_viewer import MaterialsViewer

    app = QApplication([])
    viewer = MaterialsViewer()
    viewer.resize(900, 800)
    viewer.show()
    app.processEvents()
    data = path.read_bytes()
    clock = QElapsedTimer()
    result: dict[str, object] = {}
    gaps: list[int] = []
    last = [0]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    def outcome(shown: bool) -> None:
        if "shown" in result:
            return
        pane = viewer.message_pane
        result.update(shown=shown, title=pane.title.text(), text=pane.text.text())
        result["after_ms"] = clock.elapsed()
        QTimer.singleShot(SETTLE_MS, app.quit)  # let the page render, if it is shown

    viewer.attachmentShown.connect(lambda _i: outcome(True))
    viewer.attachmentNotShown.connect(lambda _i: outcome(False))
    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    clock.start()
    heartbeat.start(10)
    viewer.set_attachments([Attachment(path.name, "application/pdf", len(data))], lambda _i: data)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    heartbeat.stop()
    result["gap_ms"] = max(gaps, default=0)
    result["rss_mib"] = round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024, 1)
    return result


def run_child(path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the child failed ({out.returncode}): {out.stderr[-2000:]}")
    result: dict[str, object] = json.loads(lines[-1])
    return result


def best_of(repeat: int, path: Path) -> dict[str, object]:
    runs = [run_child(path) for _ in range(max(1, repeat))]
    best = dict(min(runs, key=lambda r: int(r["gap_ms"])))  # type: ignore[call-overload]
    best["rss_mib"] = max(float(r["rss_mib"]) for r in runs)  # type: ignore[arg-type]
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", type=Path)
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(measure(args.measure), ensure_ascii=False), flush=True)
        os._exit(0)  # skip Qt's teardown: only the numbers matter here

    sys.path.insert(0, str(ROOT / "tests"))
    from pdf_bombs import write_bomb, write_content_bomb, write_inline_bomb, write_normal

    with tempfile.TemporaryDirectory(prefix="bench-pdf-bomb-") as folder:
        image = write_bomb(Path(folder) / "image-bomb.pdf", gib=args.gib)
        content = write_content_bomb(Path(folder) / "content-bomb.pdf", mib=int(args.gib * 1024))
        inline = write_inline_bomb(Path(folder) / "inline-bomb.pdf", gib=args.gib)
        normal = write_normal(Path(folder) / "normal.pdf", image.stat().st_size)
        rows = {name: (p.stat().st_size, best_of(args.repeat, p)) for name, p in
                (("normal", normal), ("image bomb", image), ("content bomb", content),
                 ("inline bomb", inline))}  # fmt: skip
    print(f"{'file':<14}{'size':>10}{'outcome':>10}{'peak RSS +MiB':>15}{'longest gap ms':>16}")
    for name, (size, r) in rows.items():
        outcome = "shown" if r["shown"] else "refused"
        print(f"{name:<14}{size:>10}{outcome:>10}{r['rss_mib']:>15}{r['gap_ms']:>16}")
    normal_rss = float(rows["normal"][1]["rss_mib"])  # type: ignore[arg-type]
    failed = []
    for name in ("image bomb", "content bomb", "inline bomb"):
        r = rows[name][1]
        rss = float(r["rss_mib"])  # type: ignore[arg-type]
        print(f"{name}: RSS ratio to normal {rss / max(normal_rss, 1):.2f}; sentence: {r['text']}")
        if r["shown"]:
            failed.append(f"{name} was shown")
        if int(r["gap_ms"]) > GAP_TARGET_MS:  # type: ignore[call-overload]
            failed.append(f"{name}: the event loop stalled {r['gap_ms']} ms")
        if rss > 1.5 * normal_rss + 32:
            failed.append(f"{name}: peak RSS grew {rss} MiB")
        emit(
            f"{name} ({args.gib:g} GiB): peak RSS growth", rss, "MiB", normal_rss, "MiB",
            rss / max(normal_rss, 1), "≤ 1.5 × normal + 32 MiB", rss <= 1.5 * normal_rss + 32,
            baseline_name="normal PDF",
        )  # fmt: skip
        gap = int(r["gap_ms"])  # type: ignore[call-overload]
        emit(
            f"{name}: {'refused' if not r['shown'] else 'SHOWN'}, longest event-loop gap", gap,
            "ms", int(rows["normal"][1]["gap_ms"]), "ms", None,  # type: ignore[call-overload]
            f"refused, ≤ {GAP_TARGET_MS} ms", not r["shown"] and gap <= GAP_TARGET_MS,
            baseline_name="normal PDF",
        )  # fmt: skip
    if int(rows["normal"][1]["gap_ms"]) > GAP_TARGET_MS:  # type: ignore[call-overload]
        print(f"(normal file: the event loop stalled {rows['normal'][1]['gap_ms']} ms)")
    for line in failed:
        print("MISSED:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
