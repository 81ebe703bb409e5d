"""A real chair world for the chair-desk GUI tests and screenshots: a commission, a chair and
five experts of panel KY (Chinese names), four research applicants, each expert's package,
the chair's package, and a folder of score files like a USB stick — five good files (one
expert far below the others, one claiming a veto), the same file again, and a file from an
expert of another panel. Opened with the real ``ChairDesk`` over a real database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Panelist, Roster, TrustState, sign_roster
from reviewdesk.core.domain import Category, Conflict, Role, RoundKind
from reviewdesk.core.formats.chair_package import build_chair_package
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.manifest_details import (
    ApplicantEntry,
    ConflictDeclaration,
    Declarations,
)
from reviewdesk.core.formats.package import AttachmentInput, build_package, open_package
from reviewdesk.core.formats.score_file import build_score_file
from reviewdesk.core.scoring import ScoreSheet, VetoClaim
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.loader import find_template

# Around today: the desk checks the roster against the real clock when importing.
NOW = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(days=5)
ROUND, PANEL = "2026-EVAL", "KY"
TEMPLATE = find_template("evaluation-research")
EXPERT_NAMES = ("王建国", "李秀英", "张伟", "刘洋", "欧阳·亚历山德拉·康斯坦丁诺娃")
APPLICANTS = (
    ApplicantEntry("KY-01", "京华理工大学国际联合研究中心", Category.RESEARCH),
    ApplicantEntry(
        "KY-02", "北方新材料国际科技合作基地（先进结构与功能材料方向）", Category.RESEARCH
    ),
    ApplicantEntry("KY-03", "首都医学影像联合实验室", Category.RESEARCH),
    ApplicantEntry("KY-04", "海淀量子信息国际合作研究院", Category.RESEARCH),
)
# Each expert's total per applicant (experts in EXPERT_NAMES order).
TOTALS = {
    "KY-01": ("92", "91", "93", "90", "94"),
    "KY-02": ("82", "80", "84", "81", "50"),  # the fifth expert is far below
    "KY-03": ("70", "72", "68", "71", "69"),  # the second expert claims a veto
    "KY-04": ("78", "79", "77", "80", "76"),
}


@cache
def people() -> dict[str, Identity]:
    found = {
        "root": Identity.generate("委员会根密钥", Role.COMMISSION),
        "operator": Identity.generate("委员会工作人员", Role.COMMISSION),
        "audit": Identity.generate("审计", Role.AUDIT),
        "chair": Identity.generate("赵主任", Role.CHAIR),
        "foreign": Identity.generate("孙其他组", Role.EXPERT),
    }
    for i, name in enumerate(EXPERT_NAMES, 1):
        found[f"e{i}"] = Identity.generate(name, Role.EXPERT)
    return found


def experts() -> list[Identity]:
    return [people()[f"e{i}"] for i in range(1, len(EXPERT_NAMES) + 1)]


def roster() -> Roster:
    p = people()
    return Roster(
        version=1, label="2026 评价", issued_at=NOW - timedelta(days=10),
        expires_at=NOW + timedelta(days=300), threshold=1, roots=(p["root"].public,),
        operational=(p["operator"].public,), audit=(p["audit"].public,),
        chairs=(Panelist(p["chair"].public, (PANEL,)),),
        experts=(*(Panelist(e.public, (PANEL,)) for e in experts()),
                 Panelist(p["foreign"].public, ("PT",))),
        revocations=(),
    )  # fmt: skip


@cache
def roster_data() -> bytes:
    return sign_roster(roster(), [people()["root"]])


def sheet(expert: Identity, ref: str, total: str) -> ScoreSheet:
    remaining = Decimal(total)
    scores: dict[str, Decimal | None] = {}
    for criterion in TEMPLATE.criteria:
        given = min(criterion.max_points, remaining)
        scores[criterion.key] = given
        remaining -= given
    vetoes = ()
    if ref == "KY-03" and expert is experts()[1]:
        vetoes = (VetoClaim("V1", "合作协议签字页与原件不符"),)
    return ScoreSheet(
        expert_id=expert.keyid, applicant_id=ref, scores=scores,
        comments={c.key: f"{c.key}：依据材料评分。" for c in TEMPLATE.criteria},
        overall_opinion="国际合作持续开展，成果较为突出。", vetoes=vetoes,
    )  # fmt: skip


@dataclass
class ChairWorld:
    root: Path
    chair_package: Path
    stick: Path  # the folder of score files
    db: Database

    def open_desk(self) -> ChairDesk:
        trust = TrustState.pin([people()["root"].public], 1)
        return ChairDesk.open(
            self.db, people()["chair"], self.chair_package, trust=trust,
            store_dir=self.root / "store", now=datetime.now(UTC),
        )  # fmt: skip


def make_chair_world(root: Path) -> ChairWorld:
    p = people()
    root.mkdir(parents=True, exist_ok=True)
    material = root / "material.pdf"
    material.write_bytes(b"%PDF-1.4\n% tiny\n")
    assignments = []
    stick = root / "stick"
    (stick / "组长U盘" / "第二批").mkdir(parents=True)
    declarations = Declarations(
        "本人承诺对评审材料保密。", "2026-03-03T08:00:00Z",
        tuple(ConflictDeclaration(a.ref, Conflict.NONE, "") for a in APPLICANTS),
    )  # fmt: skip
    for i, expert in enumerate(experts()):
        dest = root / f"package-e{i + 1}.rdx"
        sealed = build_package(
            dest, sender=p["operator"], reviewer=expert.public, roster=roster(),
            roster_data=roster_data(), round=ROUND, panel=PANEL,
            round_kind=RoundKind.EVALUATION, deadline=NOW + timedelta(days=14),
            applicants=APPLICANTS, template=TEMPLATE,
            attachments=[AttachmentInput(a.ref, material, mime="application/pdf")
                         for a in APPLICANTS],
            now=NOW, round_name="2026年度北京市国际科技合作基地评价", panel_name="科研类专家组",
        )  # fmt: skip
        assignments.append(
            Assignment(expert.keyid, sealed.digest, tuple(a.ref for a in APPLICANTS))
        )
        opened = open_package(dest, expert, roster())
        sheets = [sheet(expert, ref, totals[i]) for ref, totals in TOTALS.items()]
        folder = stick if i < 3 else stick / "组长U盘" / "第二批"
        build_score_file(
            folder / f"评分-{EXPERT_NAMES[i][:3]}-r1.rdx", expert=expert, package=opened,
            sheets=sheets, revision=1, declarations=declarations, roster=roster(),
            now=NOW + timedelta(days=3),
        )  # fmt: skip
    # The same signed file copied again, and a file from another panel's expert.
    first = next(stick.glob("*.rdx"))
    (stick / "组长U盘" / "副本.rdx").write_bytes(first.read_bytes())
    foreign_package = root / "package-foreign.rdx"
    build_package(
        foreign_package, sender=p["operator"], reviewer=p["foreign"].public, roster=roster(),
        roster_data=roster_data(), round=ROUND, panel="PT", round_kind=RoundKind.EVALUATION,
        deadline=NOW + timedelta(days=14), applicants=APPLICANTS, template=TEMPLATE,
        attachments=[], now=NOW,
    )  # fmt: skip
    opened = open_package(foreign_package, p["foreign"], roster())
    build_score_file(
        stick / "其他专家组.rdx", expert=p["foreign"], package=opened,
        sheets=[sheet(p["foreign"], a.ref, "80") for a in APPLICANTS], revision=1,
        declarations=declarations, roster=roster(), now=NOW + timedelta(days=3),
    )  # fmt: skip
    (stick / "说明.txt").write_text("不是评分文件", encoding="utf-8")  # skipped: not .rdx
    chair_package = root / "chair.rdx"
    build_chair_package(
        chair_package, sender=p["operator"], chair=p["chair"].public, roster=roster(),
        roster_data=roster_data(), round=ROUND, panel=PANEL, round_kind=RoundKind.EVALUATION,
        deadline=NOW + timedelta(days=20), applicants=APPLICANTS, template=TEMPLATE,
        assignments=assignments, now=NOW,
        round_name="2026年度北京市国际科技合作基地评价", panel_name="科研类专家组",
    )  # fmt: skip
    db = Database.open(path=root / "chair.sqlite")
    return ChairWorld(root, chair_package, stick, db)
