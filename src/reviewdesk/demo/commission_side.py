"""The commission's part of the demo, through the commission's own services
(``core/commission``): root keys (2 of 3), the operational and audit keys, the people
enrolled by request and confirmed, the roster drafted and signed by two roots, the round
with its forms, the applicant list (a CSV, as staff would import it), the materials checked,
four panels with their people, the proposed assignment with one hand edit, and the build.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import roster_admin, roster_publish, round_setup
from reviewdesk.core.commission.building import BuildResult, build_round
from reviewdesk.core.commission.keys import create_commission_key, create_root_keys
from reviewdesk.core.crypto.identity import Identity, load_identity, make_enrolment
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.domain import Category, Role, RoundKind
from reviewdesk.core.storage import Database
from reviewdesk.demo.data import APPLICANTS, DOCUMENTS, PANELS, ROUND, ROUND_NAME
from reviewdesk.demo.materials import render_document
from reviewdesk.demo.people import (
    CHAIR_INSTITUTION,
    COMMISSION,
    EXPERTS,
    GROUPS,
    passphrase_of,
)

DB_FILE = "commission.sqlite3"  # as ``reviewdesk commission --workdir`` expects it
CATEGORY_ZH = {
    Category.RESEARCH: "科研类",
    Category.PLATFORM: "平台类",
    Category.PARK: "园区类",
    Category.ENTERPRISE: "企业类",
}
PAPER_EXPERT = "expert-5"  # scores one research applicant on paper (entered by chair 1)
PAPER_APPLICANT = "PJ-KY-01"


@dataclass
class CommissionSide:
    workdir: Path
    db: Database
    roots: list[Identity]
    operator: Identity
    audit: Identity
    people: dict[str, Identity]  # person key → identity (experts and chairs)
    roster_path: Path
    built: BuildResult

    def keyid(self, key: str) -> str:
        return self.people[key].keyid


def set_up_round(
    out: Path, workdir: Path, start: datetime, work_factor: int, step: Callable[[str], None]
) -> CommissionSide:
    """Everything up to the built packages (module text); ``start`` is the day the round
    was set up, the build follows a day later."""
    workdir.mkdir(parents=True)
    db = Database.open(path=workdir / DB_FILE)
    secret = passphrase_of(COMMISSION[0])
    roots_files = [workdir / f"root-{n}.age" for n in (1, 2, 3)]
    create_root_keys(db, roots_files, [secret] * 3, threshold=2, work_factor=work_factor,
                     insecure_test=True, now=start)  # fmt: skip
    for file, name, section in (
        ("operational.age", COMMISSION[1], RosterRole.OPERATIONAL),
        ("audit.age", "审计与归档密钥", RosterRole.AUDIT),
    ):
        create_commission_key(db, workdir / file, secret, name=name, section=section,
                              work_factor=work_factor, insecure_test=True, now=start)  # fmt: skip
    roots = [load_identity(p, secret) for p in roots_files]
    operator = load_identity(workdir / "operational.age", secret)
    audit = load_identity(workdir / "audit.age", secret)
    step("keys")

    people = _enrol_people(db, operator, start)
    roster_publish.draft_roster(db, label=ROUND_NAME, now=start)
    roster_publish.sign_draft(db, roots[0], now=start)
    _, status = roster_publish.sign_draft(db, roots[2], now=start)  # the 2nd root's holder
    assert status.complete
    published = roster_publish.current_roster(db)
    assert published is not None
    roster_path = workdir / "roster.json"
    roster_path.write_bytes(published.data)
    step("roster")

    round_setup.create_round(db, ROUND, name=ROUND_NAME, kind=RoundKind.EVALUATION,
                             deadline=start + timedelta(days=21))  # fmt: skip
    for category in CATEGORY_ZH:
        round_setup.set_form(db, ROUND, category, builtin=f"evaluation-{category.value}")
    listing = workdir / "applicants.csv"
    write_applicant_list(listing)
    assert round_setup.import_applicants(db, ROUND, listing).ok
    materials = out / "materials"
    write_materials(materials)
    report = round_setup.check_materials(db, ROUND, materials)
    assert report.ok, report.problems
    step("materials")

    _make_panels(db, people)
    step("panels")
    built = build_round(db, ROUND, out / "packages", operator, now=start + timedelta(days=1))
    step("packages")
    return CommissionSide(workdir, db, roots, operator, audit, people, roster_path, built)


def write_applicant_list(path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "名称", "类别", "依托单位", "联系邮箱"])
        for a in APPLICANTS:
            writer.writerow([a.ref, a.name, CATEGORY_ZH[a.category], a.host, a.email])


def write_materials(folder: Path) -> None:
    """materials/<ref>/NN-<document>.pdf: the generated multi-page Chinese PDFs."""
    for applicant in APPLICANTS:
        place = folder / applicant.ref
        place.mkdir(parents=True)
        for n, key in enumerate(applicant.documents, start=1):
            (place / f"{n:02d}-{DOCUMENTS[key]}.pdf").write_bytes(render_document(applicant, key))


def _enrol_people(db: Database, operator: Identity, now: datetime) -> dict[str, Identity]:
    """Each person makes a key and an enrolment request; staff import it, read the
    fingerprint back by phone (confirm) and give it its section and panels."""
    panels_of: dict[str, list[str]] = {}
    for group in GROUPS:
        for key in group.experts:
            panels_of.setdefault(key, []).extend(group.panels)
    people: dict[str, Identity] = {}
    entries = [(e.key, e.name, Role.EXPERT, e.institution, e.email) for e in EXPERTS]
    entries += [(g.chair, g.chair_name, Role.CHAIR, CHAIR_INSTITUTION,
                 f"{g.chair}@kjzx-demo.example.cn") for g in GROUPS]  # fmt: skip
    for key, name, role, institution, email in entries:
        person = Identity.generate(name, role, now=now)
        request = make_enrolment(person, now=now, verifier=operator.public.recipient)
        record, _ = roster_admin.import_enrolment(db, request, operator, now=now)
        record = roster_admin.confirm_key(db, record.keyid, by=f"{COMMISSION[1]}（电话核对指纹）",
                                          expected_version=record.version, now=now)  # fmt: skip
        chair_of = [p for g in GROUPS if g.chair == key for p in g.panels]
        section = RosterRole.EXPERT if role is Role.EXPERT else RosterRole.CHAIR
        roster_admin.assign_key(db, record.keyid, section=section,
                                panels=panels_of.get(key, chair_of), institution=institution,
                                email=email, expected_version=record.version)  # fmt: skip
        people[key] = person
    return people


def _make_panels(db: Database, people: dict[str, Identity]) -> None:
    group_of = {p: g for g in GROUPS for p in g.panels}
    for panel in PANELS:
        group = group_of[panel.ref]
        info = panel_service.create_panel(db, ROUND, panel.ref, name=panel.name,
                                          category=panel.category)  # fmt: skip
        info = panel_service.set_panel_people(
            db, ROUND, panel.ref, members=[people[k].keyid for k in group.experts],
            chair=people[group.chair].keyid, expected_version=info.version,
        )  # fmt: skip
        panel_service.place_applicants(db, ROUND, panel.ref)
        panel_service.propose(db, ROUND, panel.ref)
    # Expert 5 joins the research panel for one applicant only (and will score it on paper).
    for row in panel_service.assignment_rows(db, ROUND, "KY"):
        if row.applicant != PAPER_APPLICANT:
            keep = [k for k in row.experts if k != people[PAPER_EXPERT].keyid]
            note = "周海涛专家仅评审其熟悉领域的PJ-KY-01。"
            panel_service.edit_assignment(
                db, ROUND, row.applicant, keep, expected_version=row.version, note=note
            )
