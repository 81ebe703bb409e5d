"""A commission's round set up through the commission's own services, for the tests: three
root keys (k = 2), an operational and an audit key, 20 experts and 4 chairs enrolled by
request, 40 applicants from a CSV, one small PDF each, four panels (one per category)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import roster_admin, roster_publish, round_setup
from reviewdesk.core.commission.keys import create_commission_key, create_root_keys
from reviewdesk.core.crypto.identity import Identity, load_identity, make_enrolment
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.domain import Category, Role, RoundKind
from reviewdesk.core.storage import Database

WORK_FACTOR = 10  # test identities only
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ROUND = "2026-EVAL"
CATEGORIES = (Category.PARK, Category.RESEARCH, Category.PLATFORM, Category.ENTERPRISE)
PANELS = {c: f"P-{c.value}" for c in CATEGORIES}
CATEGORY_ZH = {
    Category.PARK: "园区类",
    Category.RESEARCH: "科研类",
    Category.PLATFORM: "平台类",
    Category.ENTERPRISE: "企业类",
}


@dataclass
class World:
    root: Path
    db: Database
    roots: list[Identity]
    operator: Identity
    audit: Identity
    experts: dict[str, Identity] = field(default_factory=dict)  # keyid → identity
    chairs: dict[Category, Identity] = field(default_factory=dict)
    panel_experts: dict[Category, list[str]] = field(default_factory=dict)

    @property
    def materials(self) -> Path:
        return self.root / "materials"


def small_pdf(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), invariant=1, pageCompression=0)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()


def write_applicants(path: Path, count: int = 40) -> list[tuple[str, Category]]:
    rows = []
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "名称", "类别", "依托单位", "联系邮箱"])
        for n in range(1, count + 1):
            category = CATEGORIES[(n - 1) % 4]
            ref = f"A-{n:03d}"
            writer.writerow(
                [
                    ref,
                    f"申报单位{n}",
                    CATEGORY_ZH[category],
                    f"依托单位第{n}号",
                    f"contact{n}@org{n}.example.cn",
                ]
            )
            rows.append((ref, category))
    return rows


def make_keys(root: Path, db: Database) -> tuple[list[Identity], Identity, Identity]:
    passes = [f"root-{i}" for i in (1, 2, 3)]
    paths = [root / "media" / f"root-{i}.age" for i in (1, 2, 3)]
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    create_root_keys(
        db, paths, passes, threshold=2, work_factor=WORK_FACTOR, insecure_test=True, now=NOW
    )
    create_commission_key(
        db,
        root / "operational.age",
        "op",
        name="赵敏（业务）",
        section=RosterRole.OPERATIONAL,
        work_factor=WORK_FACTOR,
        insecure_test=True,
        now=NOW,
    )
    create_commission_key(
        db,
        root / "audit.age",
        "audit",
        name="审计",
        section=RosterRole.AUDIT,
        work_factor=WORK_FACTOR,
        insecure_test=True,
        now=NOW,
    )
    roots = [load_identity(p, s) for p, s in zip(paths, passes, strict=True)]
    return (
        roots,
        load_identity(root / "operational.age", "op"),
        load_identity(root / "audit.age", "audit"),
    )


def enrol(world: World, name: str, role: Role, panels: list[str], institution: str) -> Identity:
    person = Identity.generate(name, role, now=NOW)
    request = make_enrolment(person, now=NOW, verifier=world.operator.public.recipient)
    record, _ = roster_admin.import_enrolment(world.db, request, world.operator, now=NOW)
    roster_admin.confirm_key(world.db, record.keyid, by="staff", expected_version=record.version)
    section = RosterRole.EXPERT if role is Role.EXPERT else RosterRole.CHAIR
    roster_admin.assign_key(
        world.db,
        record.keyid,
        section=section,
        panels=panels,
        institution=institution,
        email=f"{person.keyid[:6]}@x.example.cn",
    )
    return person


def publish_roster(world: World, label: str = "2026 roster") -> None:
    roster_publish.draft_roster(world.db, label=label, now=NOW)
    roster_publish.sign_draft(world.db, world.roots[0], now=NOW)
    _, status = roster_publish.sign_draft(world.db, world.roots[2], now=NOW)
    assert status.complete


def make_world(
    root: Path,
    *,
    applicants: int = 40,
    conflict: bool = True,
    url: str | None = None,
    categories: tuple[Category, ...] = CATEGORIES,
) -> World:
    """The round, set up and proposed but not built (module text); ``url``: the database
    (default: a SQLite file in ``root``)."""
    db = Database.open(url) if url else Database.open(path=root / "commission.sqlite3")
    roots, operator, audit = make_keys(root, db)
    world = World(root, db, roots, operator, audit)
    for c_index, category in enumerate(categories):
        panel = PANELS[category]
        world.panel_experts[category] = []
        for n in range(5):
            # The first park expert works at applicant A-001's host institution.
            institution = (
                "依托单位第1号" if conflict and (c_index, n) == (0, 0) else f"专家单位{c_index}-{n}"
            )
            person = enrol(world, f"专家{c_index}{n}", Role.EXPERT, [panel], institution)
            world.experts[person.keyid] = person
            world.panel_experts[category].append(person.keyid)
        world.chairs[category] = enrol(world, f"组长{c_index}", Role.CHAIR, [panel], "组长单位")
    publish_roster(world)
    round_setup.create_round(
        db,
        ROUND,
        name="2026年度国合基地定期评价",
        kind=RoundKind.EVALUATION,
        deadline=NOW + timedelta(days=14),
    )
    for category in categories:
        round_setup.set_form(db, ROUND, category, builtin=f"evaluation-{category.value}")
    listing = write_applicants(root / "applicants.csv", applicants)
    assert round_setup.import_applicants(db, ROUND, root / "applicants.csv").ok
    for ref, _ in listing:
        small_pdf(world.materials / ref / "申报书.pdf", f"application {ref}")
    for category in categories:
        panel = PANELS[category]
        info = panel_service.create_panel(
            db,
            ROUND,
            panel,
            name=f"{CATEGORY_ZH[category]}评审组",
            category=category,
            per_applicant=3,
        )
        info = panel_service.set_panel_people(
            db,
            ROUND,
            panel,
            members=world.panel_experts[category],
            chair=world.chairs[category].keyid,
            expected_version=info.version,
        )
        panel_service.place_applicants(db, ROUND, panel)
        panel_service.propose(db, ROUND, panel)
    return world
