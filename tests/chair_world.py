"""A panel meeting for the chair-desk tests (core, CLI and GUI): a commission, a chair, seven
experts on panel P1 and an outsider on panel P2, twelve research applicants, one package per
expert, the chair package, and a score-file maker that gives each applicant the total asked.

Every time is relative to ``now`` (the real clock by default, so that a CLI subprocess, which
uses the clock, finds the roster valid and the deadline ahead).

The scenario (``score_files``) holds every case the chair must handle: a veto claim (e3 on
R-10), a disagreement (e5 gives R-06 a total of 40), a revision (e2: r1, then r2), an
equivocation (e4: two different files claiming r1), a potential conflict (e6 on R-03), a
disqualifying conflict (e1 on R-04, no sheet), a paper sheet (e7 scored R-12 on paper), a
foreign file (the outsider's, for panel P2) and a tampered file; the template's 优秀 quota is
enforced at 20 %, so four 优秀 results leave two.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, save_identity
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
from reviewdesk.core.formats.package import OpenedPackage, build_package, open_package
from reviewdesk.core.formats.score_file import build_score_file
from reviewdesk.core.scoring import ScoreSheet, VetoClaim
from reviewdesk.core.templates.loader import parse_template
from reviewdesk.core.templates.model import Template

ROUND, PANEL, OTHER_PANEL = "2025-EVAL", "P1", "P2"
EXPERTS = ("e1", "e2", "e3", "e4", "e5", "e6", "e7")
APPLICANTS = tuple(
    ApplicantEntry(f"R-{n:02d}", f"北京国际科技合作研究中心{n:02d}", Category.RESEARCH)
    for n in range(1, 13)
)
REFS = tuple(a.ref for a in APPLICANTS)
# The panel's view of each applicant (expert offsets below spread the totals a little).
BASE = dict(zip(REFS, (96, 95, 93, 92, 85, 82, 80, 78, 72, 66, 62, 55), strict=True))
OFFSET = dict(zip(EXPERTS, (-1, 0, 1, 2, -2, 0, 1), strict=True))
NAMES = {
    "root": ("北京市科委根密钥", Role.COMMISSION),
    "operator": ("赵敏", Role.COMMISSION),
    "audit": ("审计处", Role.AUDIT),
    "chair": ("陈志强", Role.CHAIR),
    "e1": ("王建国", Role.EXPERT),
    "e2": ("李静", Role.EXPERT),
    "e3": ("张明远", Role.EXPERT),
    "e4": ("刘洋", Role.EXPERT),
    "e5": ("孙丽", Role.EXPERT),
    "e6": ("周强", Role.EXPERT),
    "e7": ("吴芳", Role.EXPERT),
    "outsider": ("郑华", Role.EXPERT),
}


def quota_template() -> Template:
    """The research evaluation form with the 优秀 quota enforced at 20 %."""
    path = Path(__file__).parents[1] / "resources" / "templates" / "evaluation-research.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["quota"] = {"enabled": True, "max_percent": "20", "mode": "enforce"}
    return parse_template(json.dumps(doc, ensure_ascii=False).encode("utf-8"))


@dataclass
class ChairWorld:
    folder: Path
    now: datetime
    people: dict[str, Identity]
    template: Template
    roster_version: int = 3
    revocations: tuple[Revocation, ...] = ()
    packages: dict[str, OpenedPackage] = field(default_factory=dict)
    chair_package: Path = Path()
    # who chairs which panels; a person listed here and in EXPERTS is both (other panels)
    chairs: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {"chair": (PANEL, OTHER_PANEL)}
    )

    @property
    def deadline(self) -> datetime:
        return self.now + timedelta(days=14)

    def roster(
        self, version: int | None = None, revocations: tuple[Revocation, ...] = ()
    ) -> Roster:
        p = self.people
        return Roster(
            version=version or self.roster_version,
            label="2025 evaluation",
            issued_at=self.now - timedelta(days=10),
            expires_at=self.now + timedelta(days=200),
            threshold=1,
            roots=(p["root"].public,),
            operational=(p["operator"].public,),
            audit=(p["audit"].public,),
            chairs=tuple(Panelist(p[who].public, panels) for who, panels in self.chairs.items()),
            experts=(
                *tuple(Panelist(p[e].public, (PANEL,)) for e in EXPERTS),
                Panelist(p["outsider"].public, (OTHER_PANEL,)),
            ),
            revocations=revocations or self.revocations,
        )

    def roster_data(
        self, version: int | None = None, revocations: tuple[Revocation, ...] = ()
    ) -> bytes:
        return sign_roster(self.roster(version, revocations), [self.people["root"]])

    def trust(self) -> TrustState:
        return TrustState.pin([self.people["root"].public], 1)

    def accepted_trust(self) -> TrustState:
        roster = verify_roster(self.roster_data(), None, self.trust(), now=self.now)
        return accept_roster(self.trust(), roster)

    def keyid(self, who: str) -> str:
        return self.people[who].keyid

    def sheet(
        self, who: str, ref: str, total: int, *, vetoes: tuple[VetoClaim, ...] = ()
    ) -> ScoreSheet:
        """A complete, valid sheet whose total is ``total`` (scores on the 0.5 step)."""
        scores: dict[str, Decimal] = {}
        criteria = self.template.criteria
        for c in criteria[:-1]:
            raw = c.max_points * Decimal(total) / self.template.total_points
            scores[c.key] = (raw * 2).quantize(Decimal(1), ROUND_HALF_UP) / 2
        last = criteria[-1]
        rest = Decimal(total) - sum(scores.values())
        scores[last.key] = min(max(rest, Decimal(0)), last.max_points)
        return ScoreSheet(
            expert_id=self.keyid(who),
            applicant_id=ref,
            scores=scores,
            comments={c.key: "依据申报材料评分。" for c in criteria},
            overall_opinion="国际合作基础较好，成效较明显。",
            vetoes=vetoes,
        )

    def score_file(
        self,
        who: str,
        totals: dict[str, int],
        *,
        revision: int = 1,
        name: str | None = None,
        conflicts: dict[str, Conflict] | None = None,
        vetoes: dict[str, tuple[VetoClaim, ...]] | None = None,
    ) -> Path:
        """A signed score file of ``who`` giving each applicant in ``totals`` that total."""
        package = self.packages[who]
        sheets = [
            self.sheet(who, ref, t, vetoes=(vetoes or {}).get(ref, ())) for ref, t in totals.items()
        ]
        declared = dict.fromkeys(totals, Conflict.NONE) | (conflicts or {})
        declarations = Declarations(
            "本人承诺对评审材料严格保密。",
            (self.now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            tuple(
                ConflictDeclaration(ref, c, "" if c is Conflict.NONE else "曾参与该单位项目合作。")
                for ref, c in declared.items()
            ),
        )
        dest = self.folder / "scores" / (name or f"{who}-r{revision}.rdx")
        dest.parent.mkdir(parents=True, exist_ok=True)
        build_score_file(
            dest,
            expert=self.people[who],
            package=package,
            sheets=sheets,
            revision=revision,
            declarations=declarations,
            roster=self.roster(),
            now=self.now + timedelta(days=3),
        )
        return dest

    def totals(self, who: str, refs: tuple[str, ...] = REFS) -> dict[str, int]:
        return {ref: BASE[ref] + OFFSET[who] for ref in refs}

    def score_files(self) -> dict[str, Path]:
        """The scenario's files, by a short name (module text)."""
        files: dict[str, Path] = {}
        for who in ("e1", "e3", "e5", "e6", "e7"):
            refs = tuple(r for r in REFS if not (who == "e1" and r == "R-04"))
            if who == "e7":
                refs = REFS[:-1]  # R-12 was scored on paper
            totals = self.totals(who, refs)
            if who == "e5":
                totals["R-06"] = 40
            files[who] = self.score_file(
                who,
                totals,
                conflicts={"R-04": Conflict.DISQUALIFYING}
                if who == "e1"
                else {"R-03": Conflict.POTENTIAL}
                if who == "e6"
                else None,
                vetoes={"R-10": (VetoClaim("V1", "审计报告与申报数据明显不符。"),)}
                if who == "e3"
                else None,
            )
        files["e2-r1"] = self.score_file("e2", self.totals("e2"), revision=1)
        revised = self.totals("e2") | {"R-05": 88}
        files["e2-r2"] = self.score_file("e2", revised, revision=2)
        files["e4"] = self.score_file("e4", self.totals("e4"), name="e4-r1.rdx")
        other = self.totals("e4") | {"R-01": 90}
        files["e4-twin"] = self.score_file("e4", other, name="e4-r1-again.rdx")
        files["foreign"] = self.foreign_file()
        tampered = self.folder / "scores" / "tampered.rdx"
        data = bytearray(files["e1"].read_bytes())
        data[-20] ^= 0x01
        tampered.write_bytes(bytes(data))
        files["tampered"] = tampered
        return files

    def foreign_file(self) -> Path:
        """The outsider's score file for panel P2 (another panel's package)."""
        who = "outsider"
        entries = (ApplicantEntry("X-01", "其他专家组申报单位", Category.RESEARCH),)
        sealed = build_package(
            self.folder / "packages" / "outsider.rdx",
            sender=self.people["operator"],
            reviewer=self.people[who].public,
            roster=self.roster(),
            roster_data=self.roster_data(),
            round=ROUND,
            panel=OTHER_PANEL,
            round_kind=RoundKind.EVALUATION,
            deadline=self.deadline,
            applicants=entries,
            template=self.template,
            attachments=[],
            now=self.now,
            archive_recipients=[self.people["operator"].public],
        )
        package = open_package(sealed.path, self.people[who], self.roster())
        dest = self.folder / "scores" / "foreign.rdx"
        build_score_file(
            dest,
            expert=self.people[who],
            package=package,
            sheets=[self.sheet(who, "X-01", 80)],
            revision=1,
            declarations=Declarations(
                "本人承诺保密。",
                "2025-05-02T08:00:00Z",
                (ConflictDeclaration("X-01", Conflict.NONE, ""),),
            ),
            roster=self.roster(),
            now=self.now,
        )
        return dest

    def paper_sheet(self) -> ScoreSheet:
        return self.sheet("e7", "R-12", BASE["R-12"] + OFFSET["e7"])

    def save_identity(self, who: str, path: Path, passphrase: str) -> Path:
        save_identity(self.people[who], path, passphrase, work_factor=10)
        return path


def make_chair_world(
    folder: Path,
    *,
    now: datetime | None = None,
    template: Template | None = None,
    chairs: dict[str, tuple[str, ...]] | None = None,
) -> ChairWorld:
    now = now or datetime.now(UTC).replace(microsecond=0)
    people = {key: Identity.generate(name, role, now=now) for key, (name, role) in NAMES.items()}
    world = ChairWorld(folder, now, people, template or quota_template())
    if chairs is not None:
        world.chairs = chairs
    roster, roster_data = world.roster(), world.roster_data()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "packages").mkdir(exist_ok=True)
    assignments = []
    for who in EXPERTS:
        sealed = build_package(
            folder / "packages" / f"{who}.rdx",
            sender=people["operator"],
            reviewer=people[who].public,
            roster=roster,
            roster_data=roster_data,
            round=ROUND,
            panel=PANEL,
            round_kind=RoundKind.EVALUATION,
            deadline=world.deadline,
            applicants=APPLICANTS,
            template=world.template,
            attachments=[],
            now=now,
            archive_recipients=[people["operator"].public],
        )
        world.packages[who] = open_package(sealed.path, people[who], roster)
        assignments.append(Assignment(people[who].keyid, sealed.digest, REFS))
    world.chair_package = build_chair_package(
        folder / "chair-P1.rdx",
        sender=people["operator"],
        chair=people["chair"].public,
        roster=roster,
        roster_data=roster_data,
        round=ROUND,
        panel=PANEL,
        round_kind=RoundKind.EVALUATION,
        deadline=world.deadline,
        applicants=APPLICANTS,
        template=world.template,
        assignments=assignments,
        now=now,
        archive_recipients=[people["operator"].public],
        round_name="2025年度国合基地定期评价",
        panel_name="科研类第一评审组",
    ).path
    (folder / "roster.json").write_bytes(roster_data)
    return world
