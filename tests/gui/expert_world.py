"""A small review world for the expert-desk GUI tests and benchmarks, dated around today (the
desk checks the roster's validity against the real clock): a commission root and operator,
one expert with an identity file in their home, a signed roster file, and a package of
research applicants whose attachments are real PDFs made here."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, save_identity
from reviewdesk.core.crypto.roster import Panelist, Roster, sign_roster
from reviewdesk.core.domain import Category, Role, RoundKind
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.formats.package import AttachmentInput, build_package
from reviewdesk.core.home.first_run import pin_roster
from reviewdesk.core.home.settings import Home
from reviewdesk.core.templates.loader import find_template

ROUND = "2026-EVAL-T"
PANEL = "KY"
PASSPHRASE = "测试 passphrase 2026"
LOW_WORK_FACTOR = 4  # scrypt 2^4: tests and benchmarks only, real identities use 2^18
CHINESE_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
APPLICANTS = (
    ApplicantEntry("R-001", "京华理工大学国际联合研究中心", Category.RESEARCH),
    ApplicantEntry("R-002", "首都仁和医院国际医学合作中心", Category.RESEARCH),
    ApplicantEntry("R-003", "北方材料研究院国际合作部", Category.RESEARCH),
)


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@cache
def people() -> dict[str, Identity]:
    return {
        "root": Identity.generate("委员会根密钥", Role.COMMISSION),
        "operator": Identity.generate("赵敏", Role.COMMISSION),
        "expert": Identity.generate("王建国", Role.EXPERT),
        "other": Identity.generate("李静", Role.EXPERT),
    }


def roster(version: int = 1) -> Roster:
    p = people()
    return Roster(
        version=version,
        label="2026 评价轮次",
        issued_at=now() - timedelta(days=3),
        expires_at=now() + timedelta(days=90),
        threshold=1,
        roots=(p["root"].public,),
        operational=(p["operator"].public,),
        experts=(Panelist(p["expert"].public, (PANEL,)), Panelist(p["other"].public, (PANEL,))),
    )


def make_pdf(title: str, pages: int = 3) -> bytes:
    """A small multi-page PDF with Chinese text when the CJK font is installed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if CHINESE_FONT.exists():
        pdfmetrics.registerFont(TTFont("WQY", str(CHINESE_FONT), subfontIndex=0))
        font = "WQY"
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont(font, 20)
        pdf.drawString(60, 770, f"{title} — {number}/{pages}")
        pdf.setFont(font, 12)
        for line in range(28):
            text = "国际科技合作 International cooperation" if font == "WQY" else "Cooperation"
            pdf.drawString(60, 730 - line * 22, f"{line + 1}. {text}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@dataclass
class ExpertWorld:
    folder: Path
    home: Home
    roster_file: Path
    package: Path
    materials: dict[str, list[Path]]

    @property
    def expert(self) -> Identity:
        return people()["expert"]


def make_world(
    folder: Path,
    *,
    identity: bool = True,
    pinned: bool = True,
    attachments: Mapping[str, Sequence[Path]] | None = None,
    reviewer: str = "expert",
    deadline_days: int = 14,
    round_name: str | None = None,
    panel_name: str | None = None,
) -> ExpertWorld:
    """The expert's home (identity file and pinned trust unless told otherwise), the roster
    file and a package for ``reviewer`` (default: the expert) with ``attachments`` per
    applicant (default: one or two small PDFs each)."""
    folder.mkdir(parents=True, exist_ok=True)
    p = people()
    home = Home(folder / "home").ensure()
    roster_file = folder / "roster.json"
    roster_data = sign_roster(roster(), [p["root"]])
    roster_file.write_bytes(roster_data)
    if identity:
        save_identity(p["expert"], home.identity_path, PASSPHRASE, work_factor=LOW_WORK_FACTOR)
    if pinned:
        pin_roster(roster_file, home.trust_path, now())
    materials: dict[str, list[Path]] = {}
    if attachments is None:
        (folder / "materials").mkdir(exist_ok=True)
        for n, entry in enumerate(APPLICANTS):
            paths = []
            for k in range(2 if n == 0 else 1):
                path = folder / "materials" / f"{entry.ref}-{k + 1}.pdf"
                path.write_bytes(make_pdf(f"{entry.name} 材料 {k + 1}"))
                paths.append(path)
            materials[entry.ref] = paths
    else:
        materials = {ref: list(paths) for ref, paths in attachments.items()}
    inputs = [
        AttachmentInput(ref, path, mime="application/pdf")
        for ref, paths in materials.items()
        for path in paths
    ]
    package = build_package(
        folder / f"{ROUND}-{PANEL}.rdx",
        sender=p["operator"],
        reviewer=p[reviewer].public,
        roster=roster(),
        roster_data=roster_data,
        round=ROUND,
        panel=PANEL,
        round_kind=RoundKind.EVALUATION,
        deadline=now() + timedelta(days=deadline_days, hours=3),
        applicants=APPLICANTS,
        template=find_template("evaluation-research"),
        attachments=inputs,
        now=now(),
        round_name=round_name,
        panel_name=panel_name,
    )
    return ExpertWorld(folder, home, roster_file, package.path, materials)
