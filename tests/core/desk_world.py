"""An expert's package and everything around it, for the expert-desk tests: the formats
world's commission, chair and experts, a package of three research applicants with small
attachments, and helpers to fill a sheet and to read a score file as the chair would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from formats_world import NOW, PANEL, ROUND, World, evaluation_template

from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.formats.package import AttachmentInput, build_package
from reviewdesk.core.formats.score_file import (
    OpenedScoreFile,
    ScoreExpectation,
    open_score_file,
)
from reviewdesk.core.storage import Database

APPLICANTS = (
    ApplicantEntry("R-001", "清华大学国际联合研究中心", Category.RESEARCH),
    ApplicantEntry("R-002", "北京协和医院国际合作中心", Category.RESEARCH),
    ApplicantEntry("R-003", "中国科学院某研究所", Category.RESEARCH),
)
ATTACHMENTS = {"R-001": 2, "R-002": 1, "R-003": 1}


@dataclass
class DeskWorld:
    world: World
    folder: Path
    package: Path
    attachments: list[Path]

    @property
    def db_path(self) -> Path:
        return self.folder / "expert.sqlite3"

    @property
    def store(self) -> Path:
        return self.folder / "store"

    def open(self, db: Database, *, who: str = "e1", **kwargs: object) -> ExpertDesk:
        options: dict[str, object] = {
            "trust": self.world.trust(),
            "store_dir": self.store,
            "now": NOW,
        }
        options.update(kwargs)
        return ExpertDesk.open(db, self.world.people[who], self.package, **options)  # type: ignore[arg-type]

    def read_as_chair(self, path: Path, desk: ExpertDesk) -> OpenedScoreFile:
        expect = ScoreExpectation(
            ROUND,
            PANEL,
            desk.template.sha256,
            {desk.expert: Assignment(desk.expert, desk.digest, tuple(a.ref for a in APPLICANTS))},
        )
        return open_score_file(path, self.world.chair, self.world.roster(), expect=expect)


def make_desk_world(
    folder: Path, *, reviewer: str = "e1", name: str = "package.rdx", world: World | None = None
) -> DeskWorld:
    world = world or World()
    materials = folder / "materials"
    materials.mkdir(parents=True, exist_ok=True)
    inputs: list[AttachmentInput] = []
    paths: list[Path] = []
    for ref, count in ATTACHMENTS.items():
        for n in range(count):
            path = materials / f"{ref}-{n}.pdf"
            path.write_bytes(f"%PDF-1.4 {ref} material {n}\n".encode() * (200 + n))
            paths.append(path)
            inputs.append(AttachmentInput(ref, path, mime="application/pdf"))
    package = build_package(
        folder / name,
        sender=world.operator,
        reviewer=world.people[reviewer].public,
        roster=world.roster(),
        roster_data=world.roster_data(),
        round=ROUND,
        panel=PANEL,
        round_kind=RoundKind.EVALUATION,
        deadline=NOW + timedelta(days=14),
        applicants=APPLICANTS,
        template=evaluation_template(),
        attachments=inputs,
        now=NOW,
    )
    return DeskWorld(world, folder, package.path, paths)


def fill_complete(desk: ExpertDesk, applicant: str, *, ratio: str = "0.8") -> None:
    """Every criterion at ``ratio`` of its maximum (no comment needed at 0.8), an opinion."""
    from decimal import Decimal

    sheet = desk.revise_sheet(applicant)
    for criterion in desk.template.criteria:
        value = (criterion.max_points * Decimal(ratio)).quantize(Decimal("0.5"))
        sheets.save_criterion_score(desk.db, sheet, criterion.key, value)
    sheets.save_overall_opinion(desk.db, sheet, "国际合作基础扎实，成效明显。")
