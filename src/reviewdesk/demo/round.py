"""A complete demo round on disk, made without any question asked (``reviewdesk demo``).

Everything is made through the services each role uses (never by hand with the format
builders): the commission sets up and builds the round (``demo/commission_side.py``), the
experts score and submit on their desks (``demo/experts_side.py``), chair 1 finalises
group 1 and the commission imports its bundles (``demo/chair_side.py``). Who is who:
``demo/people.py``.

Layout of the demo folder::

    README.txt            what this is, the passphrases, how to start (zh + en)
    demo.json             the index read by ``load_demo`` (format ``reviewdesk-demo/2``)
    commission/           the commission's working folder: commission.sqlite3, root-1..3.age,
                          operational.age, audit.age, roster.json, applicants.csv, handover
    materials/<ref>/      the applicants' materials (generated multi-page Chinese PDFs)
    packages/<panel>/     every package the commission built (experts' and chairs')
    scores/group-1/<panel>/  group 1's score files (imported by chair 1)
    scores/group-2/<panel>/  group 2's score files, waiting for chair 2
    results/              group 1's result bundles, reports and workbooks
    homes/<person>/       a REVIEWDESK_HOME per person: identity.age, trust.json (pinned to
                          the demo roots), and the desk's database and store

Deterministic for a seed: the same applicants, materials (byte for byte), assignment,
scores, comments, declarations, veto claim, revision and paper sheet. Not deterministic:
every key (so fingerprints and key ids), signature and encryption, and the times, which
follow the moment of building.

The demo's passphrases are public (printed and in README.txt), so its identity files use
a LOW scrypt work factor (2^10) to open instantly; real identities use 2^18.

The demo is built in its final folder (the commission's database records where the
materials and packages are), marked as under construction until its index is written; an
old demo or a half-built one is moved aside first and removed once the new one is
complete. A folder holding anything else is never touched.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.crypto.identity import Identity, check_new_work_factor, save_identity
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import read_capped
from reviewdesk.core.home.first_run import pin_roster
from reviewdesk.core.home.settings import Home, user_data_dir
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.demo.chair_side import finalise_group, import_bundles
from reviewdesk.demo.commission_side import PAPER_EXPERT, CommissionSide, set_up_round
from reviewdesk.demo.data import PANELS, ROUND, ROUND_NAME
from reviewdesk.demo.experts_side import NOT_STARTED, ScoreMaker, score_group
from reviewdesk.demo.people import (
    COMMISSION,
    DEMO_FORMAT,
    EXPERTS,
    GROUPS,
    OLDER_FORMATS,
    Demo,
    DemoPerson,
    from_json,
    passphrase_of,
    to_json,
)
from reviewdesk.demo.readme import readme_text

__all__ = [
    "DEMO_WORK_FACTOR",
    "INDEX_FILE",
    "Demo",
    "DemoPerson",
    "create_demo",
    "default_demo_dir",
    "ensure_demo",
    "load_demo",
    "passphrase_of",
    "readme_text",
]

# scrypt log2(N) for the demo's public passphrases only: below the minimum of real
# identities (2^15), allowed through the explicit insecure_demo path and said on screen.
DEMO_WORK_FACTOR = 10
INDEX_FILE = "demo.json"
BUILDING_MARK = ".demo-building"  # present while a demo is being made in the folder
MAX_INDEX_BYTES = 1024 * 1024  # a few kilobytes in practice
STEPS = 9


def default_demo_dir() -> Path:
    return user_data_dir() / "demo"


def load_demo(root: Path) -> Demo | None:
    """The demo in ``root``, or None when there is none or it was made by an older
    reviewdesk (then it is rebuilt on use); ``demo-invalid`` if its index is damaged."""
    index = Path(root) / INDEX_FILE
    if not index.is_file():
        return None
    try:
        value = loads_strict(read_capped(index, MAX_INDEX_BYTES), index)  # depth-bounded
        if value["format"] in OLDER_FORMATS:
            return None
        if value["format"] != DEMO_FORMAT:
            raise ValueError("not a demo index")
        return from_json(Path(root), value)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError("demo-invalid", index, reason=type(exc).__name__) from None


def ensure_demo(root: Path, *, now: datetime | None = None, seed: int = 0) -> Demo:
    """The demo in ``root``, created first if there is none."""
    return load_demo(root) or create_demo(root, now=now, seed=seed)


def create_demo(
    root: Path,
    *,
    force: bool = False,
    now: datetime | None = None,
    seed: int = 0,
    work_factor: int = DEMO_WORK_FACTOR,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> Demo:
    """Build the demo in ``root`` (module text). Without ``force`` an existing demo is
    returned unchanged; with it, the demo is rebuilt from scratch."""
    root = Path(root)
    existing = load_demo(root) if (root / INDEX_FILE).exists() else None
    if existing is not None and not force:
        return existing
    ours = (root / INDEX_FILE).exists() or (root / BUILDING_MARK).exists()
    if root.exists() and not ours and any(root.iterdir()):
        raise InputError("demo-folder-not-empty", root)
    check_new_work_factor(work_factor, root, insecure_demo=True)  # the demo's, labelled
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    root.parent.mkdir(parents=True, exist_ok=True)
    aside = Path(tempfile.mkdtemp(prefix=f".{root.name}.", suffix=".old", dir=root.parent))
    if root.exists():
        root.rename(aside / "demo")  # an old demo (its index was checked), or an empty folder
    try:
        root.mkdir()
        (root / BUILDING_MARK).write_text("reviewdesk demo\n", encoding="utf-8")
        demo = _build(root, now, seed, work_factor, progress, cancel)
        (root / README).write_text(readme_text(demo), encoding="utf-8")
        (root / INDEX_FILE).write_text(
            json.dumps(to_json(demo), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        (root / BUILDING_MARK).unlink()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        if (aside / "demo").exists():
            (aside / "demo").rename(root)  # the old demo back, as it was
        shutil.rmtree(aside, ignore_errors=True)
        raise
    shutil.rmtree(aside, ignore_errors=True)
    loaded = load_demo(root)
    assert loaded is not None
    return loaded


README = "README.txt"


def _build(
    out: Path, now: datetime, seed: int, work_factor: int, progress: Progress, cancel: CancelToken
) -> Demo:
    done = 0

    def step(stage: str) -> None:
        nonlocal done
        cancel.raise_if_cancelled()
        done += 1
        progress(done, STEPS, stage)

    start = now - timedelta(days=12)  # the round was set up twelve days ago
    side = set_up_round(out, out / "commission", start, work_factor, step)
    try:
        homes = _homes(out, side, start, work_factor)
        packages: dict[tuple[str, str], Path] = {}
        key_of = {identity.keyid: key for key, identity in side.people.items()}
        for issued in side.built.packages:
            packages[(key_of[issued.recipient.keyid], issued.panel)] = issued.path
        maker = ScoreMaker(seed)
        group1, group2 = GROUPS
        files1 = score_group(homes, side.people, packages, group1,
                             {(PAPER_EXPERT, "KY")}, out / "scores" / "group-1", maker,
                             start + timedelta(days=3))  # fmt: skip
        step("group 1 scored")
        score_group(homes, side.people, packages, group2, set(),
                    out / "scores" / "group-2", maker, start + timedelta(days=4))  # fmt: skip
        step("group 2 scored")
        chair_files = [packages[(group1.chair, p)] for p in group1.panels]
        bundles = finalise_group(homes[group1.chair], side.people[group1.chair], chair_files,
                                 files1, side.people, maker, out / "results",
                                 start + timedelta(days=9))  # fmt: skip
        step("group 1 finalised")
        import_bundles(side.db, bundles, side.operator, start + timedelta(days=11))
        step("results imported")
    finally:
        side.db.close()
    return Demo(
        out, ROUND, ROUND_NAME, work_factor, now, side.roster_path, out / README,
        _people(out, side, packages), seed, side.workdir, out / "scores" / "group-2",
        tuple(bundles),
    )  # fmt: skip


def _homes(out: Path, side: CommissionSide, start: datetime, work_factor: int) -> dict[str, Home]:
    """A home per person: their identity (demo passphrase) and the demo roots pinned."""
    everyone: dict[str, Identity] = {**side.people, COMMISSION[0]: side.operator}
    homes = {}
    for key, identity in everyone.items():
        home = Home(out / "homes" / key).ensure()
        save_identity(identity, home.identity_path, passphrase_of(key), work_factor=work_factor)
        pin_roster(side.roster_path, home.trust_path, start)
        homes[key] = home
    return homes


def _people(out: Path, side: CommissionSide, packages: dict[tuple[str, str], Path]) -> tuple[
    DemoPerson, ...
]:  # fmt: skip
    order = [p.ref for p in PANELS]
    group_of = {panel: g.key for g in GROUPS for panel in g.panels}
    keys = [e.key for e in EXPERTS] + [g.chair for g in GROUPS]
    people = []
    for key in keys:
        identity = side.people[key]
        mine = sorted(((panel, path) for (who, panel), path in packages.items() if who == key),
                      key=lambda item: order.index(item[0]))  # fmt: skip
        untouched = [path for panel, path in mine if (key, group_of[panel]) == NOT_STARTED]
        start = untouched[0] if untouched else None
        if key == GROUPS[1].chair:
            start = mine[0][1]  # chair 2 has score files waiting
        people.append(
            DemoPerson(
                key,
                identity.name,
                identity.role,
                passphrase_of(key),
                out / "homes" / key,
                identity.public.fingerprint,
                tuple(p for _, p in mine),
                start,
            )
        )
    operator = side.operator
    people.append(
        DemoPerson(
            COMMISSION[0],
            operator.name,
            operator.role,
            passphrase_of(COMMISSION[0]),
            out / "homes" / COMMISSION[0],
            operator.public.fingerprint,
            (),
        )
    )
    return tuple(people)
