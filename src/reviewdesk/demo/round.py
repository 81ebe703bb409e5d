"""A complete demo round on disk, made without any question asked (``reviewdesk demo``).

Layout of the demo folder::

    README.txt                     what this is, the passphrases, how to start (zh + en)
    demo.json                      the index below, read by ``load_demo`` (and the tests)
    commission/roster.json         the roster, signed by the commission's root key
    commission/root.age            the root and operational identity files
    commission/operational.age
    materials/<ref>/*.pdf          the applicants' materials (generated Chinese PDFs)
    packages/expert-<n>/<round>-<panel>.rdx   each expert's package per panel
    packages/chair/<round>-<panel>.rdx        the chair's package per panel
    homes/<person>/                a REVIEWDESK_HOME per person: identity.age, trust.json
                                   (pinned to the demo root), store/

One evaluation round, four panels (one per category: a package carries one scoring form),
five applicants, three experts and a chair serving on every panel.

The demo's passphrases are public (printed and in README.txt), so its identity files use
a LOW scrypt work factor (2^10) to open instantly; real identities use 2^18.

The demo is built in a temporary folder beside the target and renamed into place, so a
half-built demo is never found. An existing demo is replaced only with ``force`` and only
if its ``demo.json`` marks it as one; a folder holding anything else is never touched.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.crypto.identity import Identity, check_new_work_factor, save_identity
from reviewdesk.core.crypto.roster import Panelist, Roster, sign_roster
from reviewdesk.core.domain import Role, RoundKind
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.chair_package import build_chair_package
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.formats.package import AttachmentInput, build_package
from reviewdesk.core.fsutil import read_capped
from reviewdesk.core.home.first_run import pin_roster
from reviewdesk.core.home.settings import Home, user_data_dir
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.templates.loader import find_template
from reviewdesk.demo.data import APPLICANTS, DOCUMENTS, PANELS, ROUND, ROUND_NAME
from reviewdesk.demo.materials import render_document

DEMO_FORMAT = "reviewdesk-demo/1"
# scrypt log2(N) for the demo's public passphrases only: below the minimum of real
# identities (2^15), allowed through the explicit insecure_demo path and said on screen.
DEMO_WORK_FACTOR = 10
INDEX_FILE = "demo.json"
MAX_INDEX_BYTES = 1024 * 1024  # a few kilobytes in practice
EXPERTS = (("expert-1", "王建国"), ("expert-2", "李静"), ("expert-3", "张明远"))
CHAIR = ("chair", "陈志强")
COMMISSION = ("commission", "赵敏")  # the operational key of the commission's staff
ROOT_NAME = "北京市科学技术委员会根密钥"


@dataclass(frozen=True)
class DemoPerson:
    key: str  # "expert-1", "chair", "commission"
    name: str
    role: Role
    passphrase: str
    home: Path  # a REVIEWDESK_HOME
    fingerprint: str
    packages: tuple[Path, ...]

    @property
    def identity_path(self) -> Path:
        return Home(self.home).identity_path


@dataclass(frozen=True)
class Demo:
    root: Path
    round: str
    round_name: str
    work_factor: int
    created_at: datetime
    roster: Path
    readme: Path
    people: tuple[DemoPerson, ...]

    def person(self, key: str) -> DemoPerson:
        return next(p for p in self.people if p.key == key)

    @property
    def experts(self) -> list[DemoPerson]:
        return [p for p in self.people if p.role is Role.EXPERT]


def default_demo_dir() -> Path:
    return user_data_dir() / "demo"


def passphrase_of(key: str) -> str:
    return f"demo-{key}"


def load_demo(root: Path) -> Demo | None:
    """The demo in ``root``, or None when there is none (``demo-invalid`` if its index is
    damaged)."""
    index = Path(root) / INDEX_FILE
    if not index.is_file():
        return None
    try:
        value = loads_strict(read_capped(index, MAX_INDEX_BYTES), index)  # depth-bounded
        if value["format"] != DEMO_FORMAT:
            raise ValueError("not a demo index")
        return _from_json(Path(root), value)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError("demo-invalid", index, reason=type(exc).__name__) from None


def ensure_demo(root: Path, *, now: datetime | None = None) -> Demo:
    """The demo in ``root``, created first if there is none."""
    return load_demo(root) or create_demo(root, now=now)


def create_demo(
    root: Path,
    *,
    force: bool = False,
    now: datetime | None = None,
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
    if root.exists() and not (root / INDEX_FILE).exists() and any(root.iterdir()):
        raise InputError("demo-folder-not-empty", root)
    check_new_work_factor(work_factor, root, insecure_demo=True)  # the demo's, labelled
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    root.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{root.name}.", suffix=".building", dir=root.parent))
    try:
        _build(building, root, now, work_factor, progress, cancel)
        if root.exists():
            shutil.rmtree(root)  # an old demo (its index was checked above) or an empty folder
        building.rename(root)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    loaded = load_demo(root)
    assert loaded is not None
    return loaded


def _build(
    out: Path,
    final: Path,
    now: datetime,
    work_factor: int,
    progress: Progress,
    cancel: CancelToken,
) -> Demo:
    """Build in ``out``, which will be renamed to ``final`` (the README names that)."""
    steps = len(APPLICANTS) + len(PANELS) + 2
    done = 0

    def step(stage: str) -> None:
        nonlocal done
        cancel.raise_if_cancelled()
        done += 1
        progress(done, steps, stage)

    root_key = Identity.generate(ROOT_NAME, Role.COMMISSION, now=now)
    people = {key: Identity.generate(name, Role.EXPERT, now=now) for key, name in EXPERTS}
    people[CHAIR[0]] = Identity.generate(CHAIR[1], Role.CHAIR, now=now)
    people[COMMISSION[0]] = Identity.generate(COMMISSION[1], Role.COMMISSION, now=now)
    operator = people[COMMISSION[0]]
    panels = tuple(p.ref for p in PANELS)
    roster = Roster(
        version=1,
        label=ROUND_NAME,
        issued_at=now - timedelta(days=1),
        expires_at=now + timedelta(days=365),
        threshold=1,
        roots=(root_key.public,),
        operational=(operator.public,),
        chairs=(Panelist(people[CHAIR[0]].public, panels),),
        experts=tuple(Panelist(people[key].public, panels) for key, _ in EXPERTS),
    )
    roster_data = sign_roster(roster, [root_key])
    commission = out / "commission"
    commission.mkdir()
    roster_path = commission / "roster.json"
    roster_path.write_bytes(roster_data)
    for name, identity in (("root.age", root_key), ("operational.age", operator)):
        save_identity(
            identity, commission / name, passphrase_of(COMMISSION[0]), work_factor=work_factor
        )
    step("keys")

    materials: dict[str, list[AttachmentInput]] = {}
    for applicant in APPLICANTS:
        folder = out / "materials" / applicant.ref
        folder.mkdir(parents=True)
        materials[applicant.ref] = []
        for n, key in enumerate(applicant.documents, start=1):
            path = folder / f"{n:02d}-{DOCUMENTS[key]}.pdf"
            path.write_bytes(render_document(applicant, key))
            materials[applicant.ref].append(
                AttachmentInput(applicant.ref, path, mime="application/pdf")
            )
        step("materials")

    packages: dict[str, list[Path]] = {key: [] for key in people}
    deadline = now + timedelta(days=14)
    for panel in PANELS:
        template = find_template(f"evaluation-{panel.category.value}")
        entries = [
            ApplicantEntry(a.ref, a.name, a.category) for a in APPLICANTS if a.panel == panel.ref
        ]
        files = [item for e in entries for item in materials[e.ref]]
        common: dict[str, Any] = dict(
            sender=operator,
            roster=roster,
            roster_data=roster_data,
            round=ROUND,
            panel=panel.ref,
            round_name=ROUND_NAME,
            panel_name=panel.name,
            round_kind=RoundKind.EVALUATION,
            deadline=deadline,
            applicants=entries,
            template=template,
            now=now,
            archive_recipients=[operator.public],
        )
        assignments = []
        for key, _ in EXPERTS:
            dest = out / "packages" / key / f"{ROUND}-{panel.ref}.rdx"
            dest.parent.mkdir(parents=True, exist_ok=True)
            sealed = build_package(dest, reviewer=people[key].public, attachments=files, **common)
            packages[key].append(dest)
            assignments.append(
                Assignment(people[key].keyid, sealed.digest, tuple(e.ref for e in entries))
            )
        dest = out / "packages" / CHAIR[0] / f"{ROUND}-{panel.ref}.rdx"
        dest.parent.mkdir(parents=True, exist_ok=True)
        build_chair_package(dest, chair=people[CHAIR[0]].public, assignments=assignments, **common)
        packages[CHAIR[0]].append(dest)
        step("packages")

    demo_people = []
    for key, identity in people.items():
        home = Home(out / "homes" / key).ensure()
        save_identity(identity, home.identity_path, passphrase_of(key), work_factor=work_factor)
        pin_roster(roster_path, home.trust_path, now)
        demo_people.append(
            DemoPerson(
                key,
                identity.name,
                identity.role,
                passphrase_of(key),
                home.root,
                identity.public.fingerprint,
                tuple(packages[key]),
            )
        )
    demo = Demo(
        out,
        ROUND,
        ROUND_NAME,
        work_factor,
        now,
        roster_path,
        out / "README.txt",
        tuple(demo_people),
    )
    (out / "README.txt").write_text(readme_text(demo, final), encoding="utf-8")
    (out / INDEX_FILE).write_text(
        json.dumps(_to_json(demo), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    step("done")
    return demo


def readme_text(demo: Demo, root: Path | None = None) -> str:
    """README.txt: Chinese first, then English; the same facts in both. Paths are shown
    under ``root`` (default: the demo's own folder)."""
    root = demo.root if root is None else root

    def home(p: DemoPerson) -> Path:
        return root / p.home.relative_to(demo.root)

    lines = [
        "reviewdesk 演示评审 / reviewdesk demo round",
        "=" * 44,
        "",
        f"评审轮次：{demo.round_name}（{demo.round}，定期评价）",
        "本文件夹中的密钥、口令和材料均为演示用途，内容虚构，口令是公开的。",
        f"演示身份文件使用较低的 scrypt 工作因子 2^{demo.work_factor}，以便快速打开；"
        "正式身份文件使用 2^18。",
        "",
        "启动专家评审台：  reviewdesk demo --open expert   （或 make run）",
        "",
        "人员与口令：",
    ]
    for p in demo.people:
        lines.append(f"  {p.key:<11} {p.name:<6} 口令：{p.passphrase}")
        lines.append(f"              REVIEWDESK_HOME={home(p)}")
    lines += [
        "",
        "专家包位于 packages/<专家>/，每个专家组一个；评审材料位于 materials/。",
        "委员会的根密钥和业务密钥（commission/*.age）口令同为 demo-commission。",
        "",
        "-" * 44,
        "",
        f"Round: {demo.round} (evaluation), four panels, five applicants.",
        "Every key, passphrase and document in this folder is for demonstration only and",
        "fictional; the passphrases are public.",
        f"The demo identity files use a LOW scrypt work factor (2^{demo.work_factor}) so that",
        "they open instantly; real identity files use 2^18.",
        "",
        "Start the expert desk:  reviewdesk demo --open expert   (or: make run)",
        "",
        "People and passphrases:",
    ]
    for p in demo.people:
        lines.append(f"  {p.key:<11} {p.role.value:<10} {p.name:<4} passphrase: {p.passphrase}")
        lines.append(f"              REVIEWDESK_HOME={home(p)}")
    lines += [
        "",
        "Packages: packages/<person>/<round>-<panel>.rdx (one per panel);",
        "materials as the commission received them: materials/<applicant>/.",
        "The commission's root and operational keys (commission/*.age) open with",
        "demo-commission.",
        "Run `reviewdesk demo --force` to make a fresh demo.",
        "",
    ]
    return "\n".join(lines)


def _to_json(demo: Demo) -> dict[str, Any]:
    def rel(path: Path) -> str:
        return path.relative_to(demo.root).as_posix()

    return {
        "format": DEMO_FORMAT,
        "round": demo.round,
        "round_name": demo.round_name,
        "work_factor": demo.work_factor,
        "created_at": demo.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "roster": rel(demo.roster),
        "readme": rel(demo.readme),
        "people": [
            {
                "key": p.key,
                "name": p.name,
                "role": p.role.value,
                "passphrase": p.passphrase,
                "home": rel(p.home),
                "fingerprint": p.fingerprint,
                "packages": [rel(x) for x in p.packages],
            }
            for p in demo.people
        ],
    }


def _from_json(root: Path, value: dict[str, Any]) -> Demo:
    people = tuple(
        DemoPerson(
            str(p["key"]),
            str(p["name"]),
            Role(p["role"]),
            str(p["passphrase"]),
            root / p["home"],
            str(p["fingerprint"]),
            tuple(root / x for x in p["packages"]),
        )
        for p in value["people"]
    )
    created = datetime.strptime(value["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return Demo(
        root,
        str(value["round"]),
        str(value["round_name"]),
        int(value["work_factor"]),
        created,
        root / value["roster"],
        root / value["readme"],
        people,
    )
