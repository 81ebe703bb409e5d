"""Screenshots for the user guides (docs/guide/), taken from the real application.

    .venv/bin/python packaging/guide_screenshots.py [--out docs/guide/img] [--role ROLE]
                                                   [--lang zh_CN|en] [--keep]

Builds a demo round (``reviewdesk.demo``) in a temporary folder, then, for each role and
language, starts the real main window offscreen (``QT_QPA_PLATFORM=offscreen``) at
1280×800 in that person's home of a fresh copy of the demo and walks the role's steps
through the desks' controllers and the core services, as the GUI tests do (never by pixel
clicks). Each screen is grabbed (``QWidget.grab``; a dialog is drawn over its window) into
``<out>/<role>-<step>-<lang>.png``, reduced to a 256-colour palette to keep the repository
lean. Every role and language runs in its own process (one QApplication, one home lock).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "guide" / "img"
ROLES = ("expert", "chair", "commission")
LANGS = ("zh_CN", "en")
SIZE = (1280, 800)
COMMENT = "材料翔实，合作项目与成果有据可查。"
WAIT = 60.0  # seconds for one step (opening verifies signatures; the machine may be busy)


# Driving ------------------------------------------------------------------------------


def settle(ms: int = 150) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        QThread.msleep(10)


def wait_until(what: str, condition: Callable[[], object], timeout: float = WAIT) -> Any:
    from PySide6.QtCore import QCoreApplication, QThread

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        value = condition()
        if value:
            return value
        QThread.msleep(20)
    raise SystemExit(f"guide screenshots: timed out waiting for {what}")


def visible(parent: Any, kind: type) -> Any:
    from PySide6.QtWidgets import QApplication

    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    found += [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def declared(dialog: Any) -> bool:
    return not dialog.isVisible() or bool(dialog.error.text)


def error_boxes() -> list[str]:
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [
        f"{w.text()} {w.informativeText()}".strip()
        for w in QApplication.allWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]


class Camera:
    """Grabs the window (and a dialog over it) into ``<out>/<role>-<step>-<lang>.png``."""

    def __init__(self, out: Path, role: str, lang: str) -> None:
        self.out, self.role, self.lang = out, role, lang
        self.taken: list[Path] = []

    def shoot(self, step: str, window: Any, *dialogs: Any) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QColor, QPainter, QPen

        settle(300)
        boxes = error_boxes()
        if boxes:
            print(f"  ! an error box is on screen at {step}: {boxes}", file=sys.stderr)
        image = window.grab().toImage()
        painter = QPainter(image)
        for dialog in dialogs:
            if dialog is None:
                continue
            picture = dialog.grab()
            w, h = picture.width(), picture.height()
            if w > image.width() - 40 or h > image.height() - 40:
                picture = picture.scaled(
                    min(w, image.width() - 40), min(h, image.height() - 40),
                    aspectMode=_keep_aspect(),
                )  # fmt: skip
                w, h = picture.width(), picture.height()
            at = QPoint((image.width() - w) // 2, max(20, (image.height() - h) // 3))
            painter.fillRect(at.x() + 6, at.y() + 6, w, h, QColor(0, 0, 0, 60))  # a shadow
            painter.drawPixmap(at, picture)
            painter.setPen(QPen(QColor(90, 90, 90), 1))
            painter.drawRect(at.x() - 1, at.y() - 1, w + 1, h + 1)
        painter.end()
        path = self.out / f"{self.role}-{step}-{self.lang}.png"
        save_small(image, path)
        self.taken.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
              f"  {path.stat().st_size // 1024} KB")  # fmt: skip


def _keep_aspect() -> Any:
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio


def save_small(image: Any, path: Path) -> None:
    """A 256-colour PNG (screens are flat colours and text: it stays sharp and small)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    picture = Image.open(io.BytesIO(buffer.data().data())).convert("RGB")
    if picture.width > SIZE[0]:
        picture = picture.resize((SIZE[0], round(picture.height * SIZE[0] / picture.width)))
    small = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    small.save(path, optimize=True)


def main_window(home: Path, lang: str) -> Any:
    from reviewdesk.gui.app import build_main_window, create_application
    from reviewdesk.gui.i18n import Language

    app = create_application([sys.argv[0]])
    language = Language.CHINESE if lang == "zh_CN" else Language.ENGLISH
    window = build_main_window(app, language, home=home)
    window.resize(*SIZE)
    window.show()
    settle(300)
    return window


# The expert -----------------------------------------------------------------------------


def expert_steps(demo: Any, camera: Camera, lang: str, scratch: Path) -> None:
    from reviewdesk.gui.expert import common
    from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog, PledgeDialog
    from reviewdesk.gui.expert.first_run_dialog import FirstRunDialog
    from reviewdesk.gui.expert.my_scores import MyScoresDialog
    from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog
    from reviewdesk.gui.expert.submission import SubmitCheckDialog, SubmitDoneDialog
    from reviewdesk.gui.main_window import Role

    # 1. A new laptop: the first-run dialog, filled in up to "create".
    newcomer = main_window(scratch / "new-home", lang)
    newcomer.choose_role(Role.EXPERT)
    first = wait_until("the first-run dialog", lambda: visible(newcomer, FirstRunDialog))
    first.ui.createButton.click()
    first.ui.nameEdit.setText("王建国")
    first.ui.passphraseEdit.setText("青山绿水 长城 2026 秋分")
    first.ui.repeatEdit.setText("青山绿水 长城 2026 秋分")
    camera.shoot("key", newcomer, first)
    first.reject()
    newcomer.expert_desk.shutdown()
    newcomer.close()

    # 2. Expert 1 opens group 2's package (the one not yet started).
    me = demo.person("expert-1")
    window = main_window(me.home, lang)
    desk = window.expert_desk
    desk.open_package(me.start)
    unlock = wait_until("the passphrase dialog", lambda: visible(window, PassphraseDialog))
    unlock.ui.passphraseEdit.setText(me.passphrase)
    camera.shoot("unlock", window, unlock)
    unlock.ui.unlockButton.click()
    pledge = wait_until("the pledge", lambda: visible(window, PledgeDialog))
    camera.shoot("pledge", window, pledge)
    pledge.ui.agreeCheck.setChecked(True)
    pledge.ui.signButton.click()
    workspace = desk.workspace
    wait_until("the applicant list", lambda: workspace.current_ref is not None)
    expert_desk = workspace.desk
    refs = [a.ref for a in expert_desk.package.details.applicants]
    first_ref = refs[0]
    workspace.select_applicant(first_ref)
    camera.shoot("open", window)

    # 3. 回避声明: the declaration dialog, then the declarations for every applicant.
    for i, ref in enumerate(refs):
        workspace.select_applicant(ref)
        workspace.declare_current()
        dialog = wait_until("the declaration dialog", lambda: visible(workspace, ConflictDialog))
        dialog.choose("none")
        if i == 0:
            camera.shoot("declare", window, dialog)
        dialog.ui.declareButton.click()
        wait_until("the declaration", partial(declared, dialog))

    # 4. Scores on the form, through the core's autosave, and a comment.
    from decimal import Decimal

    from reviewdesk.core.expert import sheets

    ratios = ("0.86", "0.78", "0.7")
    for ref, ratio in zip(refs, ratios, strict=False):
        sheet = expert_desk.revise_sheet(ref)
        for criterion in expert_desk.template.criteria:
            value = (criterion.max_points * Decimal(ratio) * 2).quantize(Decimal(1)) / 2
            sheets.save_criterion_score(expert_desk.db, sheet, criterion.key, value)
            sheets.save_criterion_comment(expert_desk.db, sheet, criterion.key, COMMENT)
        if ref != refs[-1]:
            sheets.save_overall_opinion(
                expert_desk.db, sheet,
                "该基地国际合作基础扎实，联合研发与人才交流成效明显，建议继续支持。",
            )  # fmt: skip
    workspace.refresh(wait=True)
    workspace.select_applicant(first_ref)
    wait_until("the scoring form", lambda: workspace.sheet_ref == first_ref)
    camera.shoot("score", window)

    # 5. Submit with the last opinion missing: the check; then complete and sign.
    stick = scratch / "U盘"
    stick.mkdir()
    common.ask_save_file = lambda _p, _t, suggested, _f: stick / suggested.name
    workspace.submit()
    check = wait_until("the submission check", lambda: visible(workspace, SubmitCheckDialog))
    camera.shoot("check", window, check)
    check.reject()
    sheet = expert_desk.revise_sheet(refs[-1])
    sheets.save_overall_opinion(expert_desk.db, sheet, "合作项目数量较少，成果转化有待加强。")
    workspace.refresh(wait=True)
    workspace.submit()
    confirm = wait_until("the last look", lambda: visible(workspace, MyScoresDialog))
    camera.shoot("confirm", window, confirm)
    confirm.ui.signButton.click()
    done = wait_until("the done dialog", lambda: visible(workspace, SubmitDoneDialog))
    camera.shoot("submit", window, done)
    done.accept()
    desk.shutdown()


def open_flags_of(row: Any) -> list[Any]:
    return [f for f in row.result.flags if not f.resolved]


def settle_panel(desk: Any) -> None:
    """What is left on a chair's list settled through the core (flags noted, vetoes
    dismissed, every panel opinion written)."""
    from reviewdesk.core.chair.views import BlockerKind
    from reviewdesk.core.scoring import VetoVerdict

    for _ in range(3):
        for blocker in desk.blockers():
            if blocker.kind is BlockerKind.UNRESOLVED_FLAG and blocker.applicant:
                desk.resolve_flag(blocker.applicant, blocker.subject,
                                  "该专家未提交评分，专家组按其余专家评分认定。")  # fmt: skip
            elif blocker.kind is BlockerKind.UNDECIDED_VETO and blocker.applicant:
                desk.decide_veto(blocker.applicant, blocker.subject, VetoVerdict.DISMISSED,
                                 "经核对，不成立。")  # fmt: skip
    for row in desk.matrix().rows:
        if not row.panel_opinion:
            desk.set_panel_opinion(row.applicant.ref, "专家组经讨论，同意上述评价意见。")


# The chair ------------------------------------------------------------------------------


def chair_steps(demo: Any, camera: Camera, lang: str, scratch: Path) -> None:
    from reviewdesk.core.domain import Grade
    from reviewdesk.gui.chair.finalise import FinaliseDialog
    from reviewdesk.gui.chair.import_dialog import ImportDialog
    from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog
    from reviewdesk.gui.main_window import Role

    me = demo.person("chair-2")
    park, enterprise = me.packages  # group 2: the park panel (YQ), the enterprise panel (QY)
    window = main_window(me.home, lang)
    window.choose_role(Role.CHAIR)
    controller = window.chair_desk
    window.open_package(park)
    unlock = wait_until("the passphrase dialog", lambda: visible(window, PassphraseDialog))
    unlock.ui.passphraseEdit.setText(me.passphrase)
    unlock.ui.unlockButton.click()
    ws = controller.workspace
    wait_until("the chair desk", lambda: ws.desk is not None)
    camera.shoot("open", window)

    def import_scores(panel: str, shoot: bool) -> None:
        ws.show_import()
        dialog = wait_until("the import dialog", lambda: visible(ws, ImportDialog))
        dialog.import_paths([demo.waiting / panel])
        wait_until("the import", lambda: dialog.proxy.rowCount() > 0 and not dialog.running)
        if shoot:
            camera.shoot("import", window, dialog)
        dialog.close()
        ws.refresh()

    import_scores("YQ", True)
    first_desk = ws.desk
    flagged = max(ws.visible_rows(), key=lambda r: len(open_flags_of(r)))  # the disagreement
    ws.select_applicant(flagged.ref)
    camera.shoot("matrix", window)

    # A flag resolved with the panel's note.
    panel = ws.decisions
    open_flags = open_flags_of(flagged)
    flag = next((f for f in open_flags if f.id.startswith("deviation:")), open_flags[0])
    panel.select_flag(flag.id)
    panel.scroll_area.ensureWidgetVisible(panel.flag_box)
    panel.flag_note.setPlainText(
        "经专家组讨论，该专家说明其依据为实地考察情况，专家组认可其独立判断。"
    )
    camera.shoot("flag", window)
    panel.flag_save.click()
    settle()

    # An override of the computed grade, with its reason.
    top = ws.visible_rows()[0]
    ws.select_applicant(top.ref)
    panel = ws.decisions
    panel.scroll_area.ensureWidgetVisible(panel.grade_box)
    panel.grade_choice.setCurrentIndex(panel.grade_choice.findData(Grade.GOOD.value))
    panel.grade_reason.setPlainText("该基地主要合作协议已于评价期内终止，专家组一致同意下调一档。")
    panel.grade_save.click()
    settle()
    panel.scroll_area.ensureWidgetVisible(panel.grade_box)
    camera.shoot("override", window)

    # The meeting view (for the projector): no expert names, no individual scores.
    ws.show_meeting()
    meeting = wait_until("the meeting view", lambda: ws.meeting)
    meeting.showNormal()
    meeting.resize(*SIZE)
    settle(300)
    camera.shoot("meeting", meeting)
    meeting.close()

    # The enterprise panel: a veto claim decided, the rest settled, then finalised.
    window.open_package(enterprise)
    wait_until("the second panel", lambda: ws.desk is not None and ws.desk is not first_desk)
    import_scores("QY", False)
    claimed = next(r for r in ws.visible_rows() if r.result.vetoes)
    ws.select_applicant(claimed.ref)
    panel = ws.decisions
    panel.select_veto(claimed.result.vetoes[0].item)
    panel.veto_verdict.setCurrentIndex(panel.veto_verdict.findData("confirmed"))
    panel.veto_reason.setText("经与原件核对，确认存在该否决情形。")
    panel.scroll_area.ensureWidgetVisible(panel.veto_box)
    camera.shoot("veto", window)
    panel.veto_save.click()
    settle()

    settle_panel(ws.desk)
    ws.refresh()
    ws.finalise()
    final = wait_until("the finalise dialog", lambda: visible(ws, FinaliseDialog))
    out = scratch / "结果"
    out.mkdir()
    final.folder.setText(str(out))
    final.start_button.click()
    wait_until("the signed bundle", lambda: final.finalised_result is not None, 180)
    camera.shoot("finalise", window, final)
    final.accept()
    controller.shutdown()


# The commission -------------------------------------------------------------------------


def finalise_group_2(demo: Any, out: Path) -> list[Path]:
    """Chair 2's two panels finalised through the core (in chair 2's home), so that the
    commission has result bundles to import."""
    from datetime import UTC, datetime

    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.crypto.identity import load_identity
    from reviewdesk.core.home.opening import open_home
    from reviewdesk.core.home.settings import Home

    chair = demo.person("chair-2")
    identity = load_identity(chair.identity_path, chair.passphrase)
    out.mkdir(parents=True, exist_ok=True)
    bundles = []
    with open_home(Home(chair.home), program="guide screenshots") as opened:
        for path in chair.packages:
            now = datetime.now(UTC)
            desk = ChairDesk.open_in_home(opened.db, identity, path, opened.home, now=now)
            panel = desk.info().panel_ref
            desk.import_files(sorted((demo.waiting / panel).glob("*.rdx")), now=now)
            settle_panel(desk)
            bundles.append(desk.finalise(out, now=now).bundle)
    return bundles


def commission_steps(demo: Any, camera: Camera, lang: str, scratch: Path) -> None:
    from reviewdesk.core.crypto.identity import load_identity
    from reviewdesk.demo.people import COMMISSION_NAME
    from reviewdesk.gui.main_window import Role

    staff = demo.person("commission")
    os.chdir(demo.workdir)  # as `reviewdesk demo --open commission` does
    window = main_window(staff.home, lang)
    window.choose_role(Role.COMMISSION)
    ws = window.commission_desk.workspace
    ws.ui.workdirEdit.setText(str(demo.workdir))
    ws.ui.operatorEdit.setText(str(demo.workdir / "operational.age"))
    ws.open_database(demo.workdir)
    wait_until("the commission database", lambda: ws.db is not None and not ws.tasks)
    ws.operator = load_identity(staff.identity_path, staff.passphrase)
    ws.choose_round(demo.round)
    ui = ws.ui
    ui.tabs.setCurrentWidget(ui.homeTab)
    camera.shoot("home", window)
    ui.tabs.setCurrentWidget(ui.keysTab)
    expert = demo.person("expert-1")
    ws.keys.select(load_identity(expert.identity_path, expert.passphrase).keyid)
    camera.shoot("keys", window)
    ui.tabs.setCurrentWidget(ui.roundTab)
    camera.shoot("round", window)
    ui.tabs.setCurrentWidget(ui.panelsTab)
    ws.panels.select_panel("YQ")
    camera.shoot("panels", window)

    ui.tabs.setCurrentWidget(ui.buildTab)
    ws.build.build(Path(ui.outEdit.text()), ws.operator)
    wait_until("the build", lambda: not ws.tasks, 300)
    camera.shoot("build", window)

    bundles = finalise_group_2(demo, scratch / "组长结果")
    ui.tabs.setCurrentWidget(ui.resultsTab)
    ws.results.import_bundles([*bundles, demo.results[0]], ws.operator)
    wait_until("the import", lambda: not ws.tasks, 300)
    camera.shoot("import", window)
    ui.commissionNameEdit.setText(COMMISSION_NAME)
    ws.results.publish(Path(ui.publishOutEdit.text()), ws.operator)
    wait_until("the publication", lambda: not ws.tasks, 300)
    camera.shoot("publish", window)
    ws.close_database()


# Running -----------------------------------------------------------------------------------


STEPS = {"expert": expert_steps, "chair": chair_steps, "commission": commission_steps}


def run_one(demo_root: Path, role: str, lang: str, out: Path) -> None:
    """One role in one language, in this process (a fresh copy of the demo)."""
    from reviewdesk.demo.round import load_demo

    with tempfile.TemporaryDirectory(prefix="guide-") as tmp:
        scratch = Path(tmp)
        root = scratch / "demo"
        shutil.copytree(demo_root, root)
        demo = load_demo(root)
        assert demo is not None
        camera = Camera(out, role, lang)
        STEPS[role](demo, camera, lang, scratch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--role", choices=ROLES, action="append")
    parser.add_argument("--lang", choices=LANGS, action="append")
    parser.add_argument("--demo", type=Path, help="an existing demo folder (else one is built)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    roles, langs = args.role or list(ROLES), args.lang or list(LANGS)
    if args.one:
        run_one(args.demo, roles[0], langs[0], args.out.resolve())
        return 0
    with tempfile.TemporaryDirectory(prefix="guide-demo-") as tmp:
        demo_root = args.demo
        if demo_root is None:
            from reviewdesk.demo.round import create_demo

            print("building the demo round…")
            demo_root = Path(tmp) / "demo"
            create_demo(demo_root)
        failed = []
        for role in roles:
            for lang in langs:
                print(f"{role} ({lang})")
                command = [sys.executable, __file__, "--one", "--demo", str(demo_root),
                           "--role", role, "--lang", lang, "--out", str(args.out)]  # fmt: skip
                if subprocess.run(command, check=False).returncode != 0:
                    failed.append(f"{role}/{lang}")
    images = sorted(args.out.glob("*.png"))
    total = sum(p.stat().st_size for p in images)
    print(f"{len(images)} images, {total / 1024 / 1024:.1f} MB in {args.out}")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
