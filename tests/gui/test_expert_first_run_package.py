"""First run without dead ends (issue 9 §6): a package made for another identity offers to
take that identity and then opens; one unlock serves every package of the session; the
start page lists every package by name with its progress and deadline."""

from __future__ import annotations

from pathlib import Path

import pytest
from expert_gui import (
    WAIT,
    controller,
    declare,
    fill_sheet,
    make_window,
    open_package,
    pledge_dialog,
    unlock,
)
from expert_world import LOW_WORK_FACTOR, PASSPHRASE, make_world, people
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk.core.crypto.identity import save_identity
from reviewdesk.gui.expert.first_run_dialog import FirstRunDialog
from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog

pytestmark = pytest.mark.usefixtures("english")


def test_a_package_for_another_identity_offers_to_import_it_and_then_opens(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "w", reviewer="other")
    theirs = tmp_path / "li-jing.age"
    save_identity(people()["other"], theirs, "other pass 7", work_factor=LOW_WORK_FACTOR)
    window = make_window(qapp, qtbot, world)
    desk = controller(window)
    desk.open_package(world.package)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox), timeout=WAIT)
    box = desk.dialog
    assert isinstance(box, QMessageBox)
    assert world.package.name in box.text() and "王建国" in box.text()
    take = next(b for b in box.buttons() if "Import" in b.text())
    take.click()
    qtbot.waitUntil(lambda: isinstance(desk.dialog, FirstRunDialog), timeout=WAIT)
    dialog = desk.dialog
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.importPage
    dialog.ui.fileEdit.setText(str(theirs))
    dialog.ui.importPassphraseEdit.setText("other pass 7")
    dialog.ui.primaryButton.click()
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=WAIT)
    dialog.ui.primaryButton.click()  # Continue: the package opens with that identity
    pledge = pledge_dialog(qtbot, window)
    assert pledge.desk.identity.keyid == people()["other"].keyid
    kept = list((world.home.root / "identities").iterdir())
    assert len(kept) == 1  # the identity that was here is kept


def test_one_unlock_serves_every_package_and_the_start_page_names_them(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "w", round_name="2026年度科技创新平台评估", panel_name="第一组")
    window = make_window(qapp, qtbot, world)
    desk = open_package(qtbot, window, world)
    ref = desk.summary.applicants[0].ref
    declare(qtbot, window, ref, "none")
    fill_sheet(desk, ref)
    workspace = controller(window).workspace
    workspace.close_package()
    qtbot.waitUntil(lambda: workspace.ui.recentList.count() == 1, timeout=WAIT)
    line = workspace.ui.recentList.item(0).text()
    assert line.startswith("2026年度科技创新平台评估 · 第一组")
    assert "3 applicants" in line and "declared 1 of 3" in line and "complete 1 of 3" in line
    assert "Deadline" in line and "left" in line
    assert ".rdx" not in line and world.package.name not in line
    controller(window).open_package(world.package)  # again: no passphrase this time
    qtbot.waitUntil(lambda: workspace.desk is not None, timeout=WAIT)
    assert not isinstance(controller(window).dialog, PassphraseDialog) or not (
        controller(window).dialog.isVisible()
    )
    assert PASSPHRASE  # the passphrase was typed once, in open_package above
