"""A small, complete review world for the exchange-format tests: a commission with a root
and an operational key, an audit key, one chair and three experts on panel P1, a fourth
expert on panel P2, a signed roster, and a scoring form."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import (
    Panelist,
    Revocation,
    Roster,
    TrustState,
    accept_roster,
    sign_roster,
    verify_roster,
)
from reviewdesk.core.domain import Category, Conflict, Role, RoundKind
from reviewdesk.core.formats.chair_package import build_chair_package
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.manifest_details import (
    ApplicantEntry,
    ConflictDeclaration,
    Declarations,
)
from reviewdesk.core.formats.package import AttachmentInput, OpenedPackage, build_package
from reviewdesk.core.formats.score_file import build_score_file
from reviewdesk.core.formats.sealed import Sealed
from reviewdesk.core.scoring.sheet import ScoreSheet
from reviewdesk.core.templates.loader import builtin_templates
from reviewdesk.core.templates.model import Template

NOW = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
ROUND = "2025-EVAL"
PANEL = "P1"


@cache
def _people() -> dict[str, Identity]:
    # Keys are slow-free (no scrypt here); cached so every test shares one set.
    return {
        "root": Identity.generate("Root One", Role.COMMISSION),
        "operator": Identity.generate("Op Staff", Role.COMMISSION),
        "audit": Identity.generate("Auditor", Role.AUDIT),
        "chair": Identity.generate("Chair Wang", Role.CHAIR),
        "e1": Identity.generate("Expert Li", Role.EXPERT),
        "e2": Identity.generate("Expert Zhang", Role.EXPERT),
        "e3": Identity.generate("Expert Zhao", Role.EXPERT),
        "e4": Identity.generate("Expert Sun", Role.EXPERT),
        "revoked": Identity.generate("Expert Gone", Role.EXPERT),
        "outsider": Identity.generate("Not Listed", Role.EXPERT),
    }


def evaluation_template() -> Template:
    return next(t for t in builtin_templates() if t.template_id == "evaluation-research")


@dataclass
class World:
    people: dict[str, Identity] = field(default_factory=lambda: dict(_people()))
    version: int = 3

    def __getattr__(self, name: str) -> Identity:
        people = self.__dict__.get("people", {})
        if name in people:
            return people[name]
        raise AttributeError(name)

    def roster(self, *, version: int | None = None, expires: datetime | None = None) -> Roster:
        p = self.people
        return Roster(
            version=version or self.version,
            label="2025 evaluation",
            issued_at=NOW - timedelta(days=10),
            expires_at=expires or NOW + timedelta(days=200),
            threshold=1,
            roots=(p["root"].public,),
            operational=(p["operator"].public,),
            audit=(p["audit"].public,),
            chairs=(Panelist(p["chair"].public, (PANEL,)),),
            experts=(
                Panelist(p["e1"].public, (PANEL,)),
                Panelist(p["e2"].public, (PANEL,)),
                Panelist(p["e3"].public, (PANEL,)),
                Panelist(p["e4"].public, ("P2",)),
                Panelist(p["revoked"].public, (PANEL,)),
            ),
            revocations=(Revocation(p["revoked"].keyid, "lost laptop", NOW - timedelta(days=1)),),
        )

    def roster_data(self, **kwargs: object) -> bytes:
        return sign_roster(self.roster(**kwargs), [self.people["root"]])  # type: ignore[arg-type]

    def trust(self) -> TrustState:
        return TrustState.pin([self.people["root"].public], 1)

    def verified_roster(self) -> Roster:
        return verify_roster(self.roster_data(), None, self.trust(), now=NOW)

    def accepted_trust(self) -> TrustState:
        return accept_roster(self.trust(), self.verified_roster())


APPLICANTS = (
    ApplicantEntry("A-001", "Tsinghua Joint Lab", Category.RESEARCH),
    ApplicantEntry("A-002", "Peking Institute", Category.RESEARCH),
)


def write_file(folder: Path, name: str, size: int, seed: int = 1) -> Path:
    path = folder / name
    path.write_bytes(os.urandom(size) if seed < 0 else bytes((seed + i) % 251 for i in range(size)))
    return path


def make_package(
    world: World,
    folder: Path,
    *,
    reviewer: str = "e1",
    name: str = "package.rdx",
    attachments: list[AttachmentInput] | None = None,
    sender: str = "operator",
    round: str = ROUND,
    panel: str = PANEL,
    archive: list[PublicIdentity] | None = None,
    round_name: str | None = None,
    panel_name: str | None = None,
) -> Sealed:
    if attachments is None:
        attachments = [
            AttachmentInput("A-001", write_file(folder, "a1.pdf", 3000), mime="application/pdf"),
            AttachmentInput("A-002", write_file(folder, "a2.pdf", 70000, seed=7)),
        ]
    return build_package(
        folder / name,
        sender=world.people[sender],
        reviewer=world.people[reviewer].public,
        roster=world.roster(),
        roster_data=world.roster_data(),
        round=round,
        panel=panel,
        round_kind=RoundKind.EVALUATION,
        deadline=NOW + timedelta(days=14),
        applicants=APPLICANTS,
        template=evaluation_template(),
        attachments=attachments,
        now=NOW,
        archive_recipients=[world.operator.public, *(archive or [])],
        round_name=round_name,
        panel_name=panel_name,
    )


def declarations(applicants: tuple[str, ...] = ("A-001", "A-002")) -> Declarations:
    return Declarations(
        "I will keep all materials confidential.",
        "2025-05-02T08:00:00Z",
        tuple(ConflictDeclaration(a, Conflict.NONE, "") for a in applicants),
    )


def sheets(expert: str, package: OpenedPackage, base: str = "20") -> list[ScoreSheet]:
    template = package.read_template()
    return [
        ScoreSheet(
            expert_id=expert,
            applicant_id=a.ref,
            scores={c.key: min(Decimal(base), c.max_points) for c in template.criteria},
            overall_opinion="Solid international cooperation.",
        )
        for a in package.summary.applicants
    ]


def make_chair_package(
    world: World,
    folder: Path,
    packages: dict[str, str],
    *,
    name: str = "chair.rdx",
    chair: str = "chair",
) -> Sealed:
    """``packages`` maps a person's short name (e1, e2, …) to their package digest."""
    assignments = [
        Assignment(world.people[who].keyid, digest, tuple(a.ref for a in APPLICANTS))
        for who, digest in packages.items()
    ]
    return build_chair_package(
        folder / name,
        sender=world.operator,
        chair=world.people[chair].public,
        roster=world.roster(),
        roster_data=world.roster_data(),
        round=ROUND,
        panel=PANEL,
        round_kind=RoundKind.EVALUATION,
        deadline=NOW + timedelta(days=20),
        applicants=APPLICANTS,
        template=evaluation_template(),
        assignments=assignments,
        now=NOW,
        archive_recipients=[world.operator.public],
    )


def make_score(
    world: World,
    folder: Path,
    expert: str,
    package: OpenedPackage,
    *,
    revision: int = 1,
    name: str | None = None,
    base: str = "20",
    recipients: list[PublicIdentity] | None = None,
) -> Sealed:
    return build_score_file(
        folder / (name or f"score-{expert}-r{revision}.rdx"),
        expert=world.people[expert],
        package=package,
        sheets=sheets(world.people[expert].keyid, package, base),
        revision=revision,
        declarations=declarations(),
        roster=world.roster(),
        now=NOW + timedelta(days=3),
        recipients=recipients,
    )
