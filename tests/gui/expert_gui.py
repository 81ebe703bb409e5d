"""Driving the expert desk the way a person does, for the GUI tests: a main window on a
test home, the passphrase typed, the pledge and declarations answered in their dialogs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from expert_world import PASSPHRASE, ExpertWorld
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.gui.app import build_main_window
from reviewdesk.gui.expert.controller import ExpertDeskController
from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog, PledgeDialog
from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow

WAIT = 20_000  # ms; opening verifies signatures and imports the heavy modules once


def make_window(qapp: QApplication, qtbot: Any, world: ExpertWorld) -> MainWindow:
    window = build_main_window(qapp, Language.ENGLISH, home=world.home.root, work_factor=4)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    return window


def controller(window: MainWindow) -> ExpertDeskController:
    assert window.expert_desk is not None
    return window.expert_desk


def type_chinese(widget: QWidget, text: str) -> None:
    """What a Chinese input method sends (keyClicks with Chinese characters aborts)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Keys for ASCII, the input method's commit for anything else."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        type_chinese(widget, text)


def unlock(qtbot: Any, window: MainWindow, passphrase: str = PASSPHRASE) -> PassphraseDialog:
    desk = controller(window)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, PassphraseDialog), timeout=WAIT)
    dialog = desk.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.ui.passphraseEdit.setText(passphrase)
    dialog.ui.unlockButton.click()
    return dialog


def pledge_dialog(qtbot: Any, window: MainWindow) -> PledgeDialog:
    workspace = controller(window).workspace
    qtbot.waitUntil(lambda: _visible(workspace, PledgeDialog) is not None, timeout=WAIT)
    dialog = _visible(workspace, PledgeDialog)
    assert isinstance(dialog, PledgeDialog)
    return dialog


def open_package(qtbot: Any, window: MainWindow, world: ExpertWorld) -> ExpertDesk:
    """File → open, passphrase, pledge signed: the desk with its applicant list."""
    desk = controller(window)
    desk.open_package(world.package)
    unlock(qtbot, window)
    pledge = pledge_dialog(qtbot, window)
    pledge.ui.agreeCheck.setChecked(True)
    pledge.ui.signButton.click()
    qtbot.waitUntil(lambda: desk.workspace.current_ref is not None, timeout=WAIT)
    assert desk.workspace.desk is not None
    return desk.workspace.desk


def declare(qtbot: Any, window: MainWindow, ref: str, kind: str = "none", text: str = "") -> None:
    workspace = controller(window).workspace
    workspace.select_applicant(ref)
    workspace.declare_current()
    qtbot.waitUntil(lambda: _visible(workspace, ConflictDialog) is not None)
    dialog = _visible(workspace, ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    dialog.choose(kind, text)
    dialog.ui.declareButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.error.text))
    assert not dialog.error.text, dialog.error.details


def fill_sheet(desk: ExpertDesk, ref: str, ratio: str = "0.8") -> None:
    """Every criterion at ``ratio`` of its maximum and an opinion, through the core."""
    sheet = desk.revise_sheet(ref)
    for criterion in desk.template.criteria:
        value = (criterion.max_points * Decimal(ratio)).quantize(Decimal("0.5"))
        sheets.save_criterion_score(desk.db, sheet, criterion.key, value)
    sheets.save_overall_opinion(desk.db, sheet, "合作基础扎实，成效明显。")


def _visible(parent: QWidget, kind: type[QWidget]) -> QWidget | None:
    return next((w for w in parent.findChildren(kind) if w.isVisible()), None)


def visible_dialog(parent: QWidget, kind: type[QWidget]) -> QWidget | None:
    return _visible(parent, kind)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
