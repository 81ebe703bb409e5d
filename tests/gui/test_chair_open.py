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
