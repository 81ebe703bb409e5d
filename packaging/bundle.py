"""Build the one-folder application with PyInstaller and self-test it (``make bundle``).

    .venv/bin/python packaging/bundle.py [--spec linux|windows|macos] [--no-build] [--runs N]

1. builds ``build/bundle/dist/reviewdesk/`` from ``packaging/reviewdesk-<spec>.spec``
   (default: this system's), unless ``--no-build``;
2. runs the frozen program's ``reviewdesk --self-test`` offscreen, from a neutral working
   folder with a throw-away home, and fails when any step fails;
3. prints the bundle's size and its cold start beside the source install's: the median of
   ``--runs`` starts of ``reviewdesk --version`` and of ``reviewdesk --self-test window``
   (a QApplication, the main window in Chinese painted offscreen, exit).

Exit status: 0 when the self-test passed, 1 when it failed, 2 when the build failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bundle"
VENV_BIN = Path(sys.executable).parent


def _this_system() -> str:
    if sys.platform == "win32":
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def _program(spec: str) -> Path:
    dist = OUT / "dist"
    if spec == "macos":
        return dist / "reviewdesk.app" / "Contents" / "MacOS" / "reviewdesk"
    return dist / "reviewdesk" / ("reviewdesk.exe" if spec == "windows" else "reviewdesk")


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["REVIEWDESK_HOME"] = str(home)  # never the builder's own reviewdesk folder
    env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings of the window step
    env["XDG_DATA_HOME"] = str(home / "data")
    env.pop("PYTHONPATH", None)
    return env


# PyInstaller reads shared libraries' dependencies with these on Linux (binutils, libc-bin).
LINUX_TOOLS = ("ldd", "objdump", "objcopy", "strip")


def missing_tools(spec: str) -> list[str]:
    if spec != "linux":
        return []
    return [tool for tool in LINUX_TOOLS if shutil.which(tool) is None]


def build(spec: str) -> float:
    started = time.monotonic()
    subprocess.run(
        [
            str(VENV_BIN / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(OUT / "dist"),
            "--workpath",
            str(OUT / "work"),
            str(ROOT / "packaging" / f"reviewdesk-{spec}.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.monotonic() - started


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _start_time(command: list[str], env: dict[str, str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", choices=["linux", "windows", "macos"], default=_this_system())
    parser.add_argument("--no-build", action="store_true", help="self-test the existing bundle")
    parser.add_argument("--runs", type=int, default=3, help="starts timed per figure (0: none)")
    args = parser.parse_args(argv)

    if not args.no_build:
        missing = missing_tools(args.spec)
        if missing:
            print(
                f"bundle: PyInstaller needs {', '.join(missing)} (Debian: apt-get install "
                "binutils libc-bin)",
                file=sys.stderr,
            )
            return 2
        try:
            seconds = build(args.spec)
        except (subprocess.CalledProcessError, FileNotFoundError) as error:
            print(f"bundle: build failed: {error}", file=sys.stderr)
            return 2
        print(f"bundle: built in {seconds:.0f} s")
    program = _program(args.spec)
    if not program.is_file():
        print(f"bundle: {program} not found (build it first)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bundle-") as tmp:
        work = Path(tmp)
        env = _env(work / "home")
        print(f"bundle: {program} --self-test (offscreen)", flush=True)
        status = subprocess.run([str(program), "--self-test"], env=env, cwd=work).returncode
        if status != 0:
            print("bundle: the frozen program FAILED its self-test", file=sys.stderr)
            return 1
        folder = program.parents[2] if args.spec == "macos" else program.parent
        print(f"bundle: {folder} is {_size(folder) / 2**20:.0f} MiB")
        if args.runs > 0:
            source = VENV_BIN / ("reviewdesk.exe" if args.spec == "windows" else "reviewdesk")
            rows = []
            for label, words in (("--version", ["--version"]), ("first window", None)):
                cmd_words = words or ["--self-test", "window"]
                frozen = _start_time([str(program), *cmd_words], env, work, args.runs)
                src = _start_time([str(source), *cmd_words], env, work, args.runs)
                rows.append((label, frozen, src))
            print(f"bundle: cold start, median of {args.runs}  frozen    source install")
            for label, frozen, src in rows:
                print(f"bundle:   {label:<29} {frozen:6.2f} s  {src:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
