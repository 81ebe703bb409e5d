"""Opening a chair package from the main window: the window reads the container's kind byte
and hands a chair package to the chair desk (an expert package still goes to the expert
desk); with the identity unlocked, the desk opens in the background onto the matrix."""

from __future__ import annotations

from pathlib import Path

from chair_gui_world import make_chair_world, people
from PySide6.QtWidgets import QApplication

from reviewdesk.core.crypto.identity import save_identity
from reviewdesk.core.crypto.roster import TrustState, save_trust
from reviewdesk.core.home.settings import Home
from reviewdesk.gui.app import build_main_window
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.main_window import Role, package_kind


def test_a_chair_package_opens_in_the_chair_desk(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = make_chair_world(tmp_path / "world")
    world.db.close()
    home = Home(tmp_path / "home").ensure()
    chair = people()["chair"]
    save_identity(chair, home.identity_path, "组长口令 2026", work_factor=4)
    save_trust(TrustState.pin([people()["root"].public], 1), home.trust_path)
    app = QApplication.instance()
    before = Translations.for_application(app).language
    window = build_main_window(app, Language.ENGLISH, home=home.root, work_factor=4)
    qtbot.addWidget(window)
    window.show()
    try:
        assert package_kind(world.chair_package) == "chair-package"
        assert package_kind(tmp_path / "world" / "package-e1.rdx") == "package"
        controller = window.chair_desk
        controller._unlocked(chair)  # as the passphrase dialog does, once per session
        window.open_package(world.chair_package)
        assert window.role is Role.CHAIR
        ws = controller.workspace
        qtbot.waitUntil(lambda: ws.desk is not None, timeout=30_000)
        assert window.ui.pages.currentWidget() is ws
        assert ws.ui.pages.currentWidget() is ws.ui.deskPage
        assert ws.model.rowCount() == 4
        assert "科研类专家组" in ws.round_label.full_text()
        # The expert desk got the same identity for this session.
        assert window.expert_desk.identity is chair
        # Closing the panel returns to the chair's home page, which lists the panel.
        ws.close_panel()
        qtbot.waitUntil(lambda: ws.ui.pages.currentWidget() is ws.ui.homePage)
        assert ws.ui.recentList.count() == 1
    finally:
        controller.shutdown()
        window.expert_desk.shutdown()
        Translations.for_application(app).switch(before)


def test_a_fresh_home_pins_the_root_from_the_roster_inside_the_chair_package(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """First run as for experts: a chair who never pinned the commission's key unlocks first,
    then pins from the roster the chair package carries (no roster file to hunt for), after
    typing the last group the commission reads out on the phone; then the panel opens."""
    from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog
    from reviewdesk.gui.expert.roster_pin_dialog import RosterPinDialog

    world = make_chair_world(tmp_path / "world")
    world.db.close()
    home = Home(tmp_path / "home").ensure()
    save_identity(people()["chair"], home.identity_path, "组长口令 2026", work_factor=4)
    assert not home.trust_path.exists()
    app = QApplication.instance()
    before = Translations.for_application(app).language
    window = build_main_window(app, Language.ENGLISH, home=home.root, work_factor=4)
    qtbot.addWidget(window)
    window.show()
    controller = None
    try:
        window.open_package(world.chair_package)
        controller = window.chair_desk
        # The passphrase first: the identity opens the roster inside the package.
        qtbot.waitUntil(lambda: isinstance(controller.dialog, PassphraseDialog), timeout=30_000)
        unlock = controller.dialog
        unlock.ui.passphraseEdit.setText("组长口令 2026")
        unlock.ui.unlockButton.click()
        qtbot.waitUntil(lambda: isinstance(controller.dialog, RosterPinDialog), timeout=30_000)
        dialog = controller.dialog
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
        assert dialog.ui.fileEdit.text() == str(world.chair_package)
        assert not dialog.error.label.isVisible()
        root = people()["root"].public
        assert dialog.preview.roots[0].keyid == root.keyid
        assert "赵主任" not in dialog.ui.rootsText.toPlainText()  # the roots, not the members
        dialog.ui.confirmCheck.setChecked(True)
        assert not dialog.ui.pinButton.isEnabled()  # not without the phone check
        dialog.phone_edit.setText("00000")
        assert not dialog.ui.pinButton.isEnabled()  # a wrong group does not pin
        dialog.phone_edit.setText(dialog.preview.roots[0].fingerprint[-1])  # read on the phone
        assert dialog.ui.pinButton.isEnabled()
        dialog.ui.pinButton.click()
        ws = controller.workspace
        qtbot.waitUntil(lambda: ws.desk is not None, timeout=30_000)
        assert home.trust_path.exists()
        assert ws.ui.pages.currentWidget() is ws.ui.deskPage
        assert ws.model.rowCount() == 4
        assert "科研类专家组" in ws.round_label.full_text()
    finally:
        if controller is not None:
            controller.shutdown()
        window.expert_desk.shutdown()
        Translations.for_application(app).switch(before)
