"""``reviewdesk demo [--out DIR] [--open expert|chair|commission] [--seed N] [--force]``: a
complete sample round, made through the same services every role uses (``reviewdesk.demo``).

The same seed gives the same applicants, materials, scores and comments; keys, signatures
and encryption are new on every build (see ``demo/round.py``). An existing demo is used as
it is, unless ``--force`` or a ``--seed`` other than the one it was made with.

``--open`` starts the desktop application as that person of the demo, with
``REVIEWDESK_HOME`` set to their home (identity, pinned trust, store, database):

- ``expert``: expert 1, on the group 2 package they have not started (``make run``);
- ``chair``: chair 2, on group 2's first chair package, whose score files wait in
  ``scores/group-2/``;
- ``commission``: the commission's desk on the commission's working folder
  (``commission/``, the folder ``reviewdesk commission --workdir`` takes).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.core.fsutil import os_error
from reviewdesk.core.home.settings import HOME_ENV
from reviewdesk.demo.people import people_json
from reviewdesk.demo.round import Demo, create_demo, default_demo_dir, load_demo

PrintJson = Callable[[Any], None]
OPEN_AS = {"expert": "expert-1", "chair": "chair-2", "commission": "commission"}


def add_demo_commands(commands: Any, print_json: PrintJson) -> None:
    demo = commands.add_parser(
        "demo", help="make a sample round (keys, roster, applicants, packages) to try reviewdesk"
    )
    demo.add_argument(
        "--out", type=Path, metavar="DIR", help=f"demo folder (default: {default_demo_dir()})"
    )
    demo.add_argument(
        "--open", choices=sorted(OPEN_AS), help="then start the application as this person"
    )
    demo.add_argument(
        "--seed", type=int, metavar="N", help="the scores' generator seed (default: 0)"
    )
    demo.add_argument("--force", action="store_true", help="replace an existing demo")
    demo.add_argument("--json", action="store_true", help="machine-readable output")
    demo.set_defaults(handler=lambda a: _demo(a, print_json))


def _demo(args: argparse.Namespace, print_json: PrintJson) -> int:
    root: Path = args.out or default_demo_dir()
    existing = None if args.force else load_demo(root)
    if existing is not None and args.seed is not None and existing.seed != args.seed:
        existing = None  # another seed asked for: a new demo
    if existing is None and not args.json:
        print(f"Creating the demo in {root} …", flush=True)
    try:
        demo = existing or create_demo(root, force=True, seed=args.seed or 0)
    except OSError as exc:  # named against the folder asked for, never a temp folder in it
        raise os_error(exc, root, writing=True) from None
    if args.json:
        print_json(demo_summary(demo, created=existing is None))
    else:
        _print(demo, created=existing is None)
    if args.open is None:
        return 0
    person = demo.person(OPEN_AS[args.open])
    package = person.start if args.open != "commission" else None
    workdir = demo.workdir if args.open == "commission" else None
    return start_gui(person.home, package, role=args.open, workdir=workdir)


def demo_summary(demo: Demo, *, created: bool) -> dict[str, Any]:
    return {
        "folder": str(demo.root),
        "created": created,
        "round": demo.round,
        "seed": demo.seed,
        "work_factor": demo.work_factor,
        "readme": str(demo.readme),
        "commission_workdir": None if demo.workdir is None else str(demo.workdir),
        "waiting_score_files": None if demo.waiting is None else str(demo.waiting),
        "result_bundles": [str(x) for x in demo.results],
        "people": people_json(demo, str),
    }


def _print(demo: Demo, *, created: bool) -> None:
    print(
        ("Created" if created else "Using")
        + f" the demo round {demo.round} (seed {demo.seed}) in {demo.root}"
    )
    print(
        f"Demo passphrases (public; identity files use a LOW scrypt work factor 2^"
        f"{demo.work_factor}, real ones 2^18):"
    )
    for p in demo.people:
        print(f"  {p.key:<11} {p.name:<4} {p.role.value:<10} passphrase: {p.passphrase}")
    print("Group 1 (chair-1) is finalised and imported by the commission; group 2's score files")
    print(f"wait for chair-2 in {demo.waiting}.")
    print(f"Details (中文 / English): {demo.readme}")
    print("Start a desk: reviewdesk demo --open expert|chair|commission")


def start_gui(
    home: Path, package: Path | None, *, role: str | None = None, workdir: Path | None = None
) -> int:
    """The desktop application as the person whose home is ``home`` (module text)."""
    os.environ[HOME_ENV] = str(home)
    from reviewdesk.gui.app import run_gui  # Qt only when the GUI is wanted

    return run_gui([sys.argv[0]], None, home=home, package=package, role=role, workdir=workdir)
