"""The hand-over list of a build: who gets which file, with the file's fingerprint.

Printed and signed when the sticks change hands (``handover-<round>-<build>.pdf``, in
Chinese with the bundled font), and the same rows as CSV (UTF-8 with BOM, for Excel) and
plain text. Per package: panel, role, the recipient's name and key fingerprint (what the
person's own app shows), the file name, its size, the SHA-256 of the file (check a copy on
a stick with ``sha256sum``), and the package digest the desks show on opening.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from reviewdesk.core.crypto.public_identity import PublicIdentity
from reviewdesk.core.fsutil import atomic_write
from reviewdesk.core.reports.fonts import cjk_font
from reviewdesk.core.reports.layout import (
    HEADER_FILL,
    MARGIN,
    PAGE_SIZE,
    RULE_COLOUR,
    PageFooter,
    SheetCanvas,
    make_styles,
)

KIND_ZH = {"package": "专家", "chair-package": "组长"}
HEADER = (
    "专家组 panel",
    "角色 role",
    "接收人 recipient",
    "密钥指纹 key fingerprint",
    "文件 file",
    "大小 bytes",
    "文件 SHA-256",
    "包摘要 package digest",
)


@dataclass(frozen=True)
class IssuedPackage:
    panel: str
    kind: str  # package | chair-package
    recipient: PublicIdentity
    path: Path  # where it is now: <out>/<panel>/<file>
    digest: str  # the object digest (what the desks show as the package's digest)
    file_sha256: str  # of the whole file: check a copy on a stick with sha256sum
    size: int
    applicants: tuple[str, ...]


def handover_rows(packages: Sequence[IssuedPackage]) -> list[tuple[str, ...]]:
    return [
        (
            p.panel,
            KIND_ZH[p.kind],
            p.recipient.name,
            p.recipient.fingerprint,
            p.path.name,
            str(p.size),
            p.file_sha256,
            p.digest,
        )
        for p in packages
    ]


def prepare_handover() -> None:
    """Load the PDF's font now (half a second, once per process), e.g. while waiting for
    something else."""
    cjk_font()


def write_handover(
    out: Path,
    round_ref: str,
    round_name: str,
    build: int,
    packages: Sequence[IssuedPackage],
    moment: datetime,
) -> tuple[Path, ...]:
    stem = out / f"handover-{round_ref}-build{build}"
    rows = handover_rows(packages)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    csv_path, txt_path, pdf_path = (stem.with_suffix(s) for s in (".csv", ".txt", ".pdf"))
    atomic_write(csv_path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    atomic_write(txt_path, _text(round_ref, round_name, build, rows, moment).encode("utf-8"))
    atomic_write(pdf_path, _pdf(round_ref, round_name, build, rows, moment))
    return pdf_path, csv_path, txt_path


def _text(
    round_ref: str, round_name: str, build: int, rows: list[tuple[str, ...]], moment: datetime
) -> str:
    lines = [
        f"评审包交接清单 / hand-over list — {round_name} ({round_ref}), build {build}",
        f"{moment:%Y-%m-%d %H:%M} UTC",
        "",
    ]
    for panel, role, name, fingerprint, file, size, sha, digest in rows:
        lines += [
            f"[{panel}] {role} {name}",
            f"  key fingerprint: {fingerprint}",
            f"  file: {file} ({size} bytes)",
            f"  file SHA-256:   {sha}",
            f"  package digest: {digest}",
            "  签收 received by: ____________",
            "",
        ]
    return "\n".join(lines)


def _pdf(
    round_ref: str, round_name: str, build: int, rows: list[tuple[str, ...]], moment: datetime
) -> bytes:
    font = cjk_font()
    styles = make_styles(font)
    buffer = io.BytesIO()
    footer = PageFooter(
        left=f"{round_ref} · 第 {build} 次生成 · {round_name}",  # a long name is elided last
        page_pattern="第 {page} 页，共 {pages} 页",
        right="评审包交接清单",
        watermark="",
        font=font,
        created=moment,
    )
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=f"评审包交接清单 {round_ref}",
        author="reviewdesk",
        invariant=1,
    )
    cell, small = styles.cell, styles.small

    def p(text: str, style: object = cell) -> Paragraph:
        return Paragraph(_escape(text), style)

    story: list[object] = [
        p("评审包交接清单", styles.title),
        p(
            f"{round_name}（{round_ref}）· 第 {build} 次生成 · {moment:%Y-%m-%d %H:%M} UTC",
            styles.subtitle,
        ),
        p(
            "接收人请核对本人密钥指纹与应用中显示的一致，并在拷贝后用 sha256sum 核对文件 SHA-256。",
            styles.body,
        ),
        Spacer(1, 4 * mm),
    ]
    data = [
        [p("专家组"), p("角色"), p("接收人 / 密钥指纹"), p("文件 / SHA-256 / 包摘要"), p("签收")]
    ]
    for panel, role, name, fingerprint, file, size, sha, digest in rows:
        data.append(
            [
                p(panel),
                p(role),
                p(f"{name}<br/>{_groups(fingerprint)}", small),
                p(f"{file}<br/>{size} 字节<br/>SHA-256 {sha}<br/>包摘要 {digest}", small),
                p(""),
            ]
        )
    table = Table(data, colWidths=[22 * mm, 14 * mm, 40 * mm, 74 * mm, 24 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_COLOUR),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(table)
    doc.build(story, canvasmaker=lambda *a, **k: SheetCanvas(*a, footer=footer, **k))
    return buffer.getvalue()


def _groups(fingerprint: str) -> str:
    groups = fingerprint.split()
    return "<br/>".join(" ".join(groups[i : i + 3]) for i in range(0, len(groups), 3))


def _escape(text: str) -> str:
    # Keep the <br/> this module adds; escape everything else a name could carry.
    parts = text.split("<br/>")
    return "<br/>".join(
        s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for s in parts
    )
