"""One home per window, opened once (issue 7 item 1): the expert and chair desks of a window
share its ``HomeSession`` — one lock, one database, one identity unlocked per session — so a
chair window holds the home's lock like an expert window does, a second window chairing from
the same home is told who holds it, switching desks does not ask for the passphrase again,
and quitting lets every desk finish before the lock is given back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from chair_gui_world import ChairWorld, make_chair_world, people
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.crypto.identity import save_identity
from reviewdesk.core.crypto.roster import TrustState, save_trust
from reviewdesk.core.errors import StorageError
from reviewdesk.core.home.lock import holder_of
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.gui.app import build_main_window
from reviewdesk.gui.chair.controller import ChairDeskController
from reviewdesk.gui.expert.controller import ExpertDeskController
from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow, Role

pytestmark = pytest.mark.usefixtures("english")
PASSPHRASE = "组长口令 2026"
WAIT = 30_000


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[ChairWorld, Home]]:
    chair_world = make_chair_world(tmp_path / "world")
    chair_world.db.close()
    home = Home(tmp_path / "home").ensure()
    save_identity(people()["chair"], home.identity_path, PASSPHRASE, work_factor=4)
    save_trust(TrustState.pin([people()["root"].public], 1), home.trust_path)
    yield chair_world, home


def make_window(qapp: QApplication, qtbot, home: Home) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_main_window(qapp, Language.ENGLISH, home=home.root, work_factor=4)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def expert(window: MainWindow) -> ExpertDeskController:
    assert isinstance(window.expert_desk, ExpertDeskController)
    return window.expert_desk


def chair(window: MainWindow) -> ChairDeskController:
    desk = window.chair_desk
    assert isinstance(desk, ChairDeskController)
    return desk


def passphrase_dialogs(window: MainWindow) -> list[QWidget]:
    return [w for w in window.findChildren(PassphraseDialog) if w.isVisible()]


def test_a_chair_window_holds_the_home_and_a_second_chair_window_is_told_who(
    qapp: QApplication, qtbot, world: tuple[ChairWorld, Home]
) -> None:  # type: ignore[no-untyped-def]
    _world, home = world
    first = make_window(qapp, qtbot, home)
    first.choose_role(Role.CHAIR)
    qtbot.waitUntil(lambda: chair(first).db is not None, timeout=WAIT)
    try:
        # The chair desk took the home's lock: the CLI on the same home is refused.
        with pytest.raises(StorageError) as caught:
            open_home(home)
        assert caught.value.code == "home-in-use"
        assert caught.value.detail["program"] == "reviewdesk (window)"

        second = make_window(qapp, qtbot, home)
        second.choose_role(Role.CHAIR)
        desk = chair(second)
        qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox), timeout=WAIT)
        box = desk.dialog
        assert isinstance(box, QMessageBox)
        assert f"Your reviewdesk folder {home.root} is open in another reviewdesk" in box.text()
        assert f"process {os.getpid()}" in box.text() and "reviewdesk (window)" in box.text()
        assert desk.db is None  # nothing opened behind the other window's back
        ws = desk.workspace
        assert ws.ui.pages.currentWidget() is ws.ui.homePage
        box.close()
    finally:
        chair(first).shutdown()
    assert holder_of(home) is None


def test_switching_from_expert_to_chair_shares_the_home_and_the_unlocked_identity(
    qapp: QApplication, qtbot, world: tuple[ChairWorld, Home]
) -> None:  # type: ignore[no-untyped-def]
    chair_world, home = world
    window = make_window(qapp, qtbot, home)
    experts_desk = expert(window)
    # The person unlocks their identity in the expert desk (here: File → Open of a file
    # the expert desk cannot use — the passphrase comes first, then the refusal).
    experts_desk.open_package(chair_world.chair_package)
    qtbot.waitUntil(lambda: isinstance(experts_desk.dialog, PassphraseDialog), timeout=WAIT)
    dialog = experts_desk.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: isinstance(experts_desk.dialog, QMessageBox), timeout=WAIT)
    assert experts_desk.identity is not None
    assert experts_desk.identity.keyid == people()["chair"].keyid
    experts_desk.dialog.close()

    # The chair desk, in the same window: no second passphrase, the same connection.
    window.open_package(chair_world.chair_package)
    desk = chair(window)
    assert window.role is Role.CHAIR
    qtbot.waitUntil(lambda: desk.workspace.desk is not None, timeout=WAIT)
    assert desk.dialog is None and not passphrase_dialogs(window)
    assert desk.identity is experts_desk.identity
    assert desk.db is not None and desk.db is experts_desk.db
    assert desk.workspace.desk is not None and desk.workspace.desk.db is experts_desk.db
    assert experts_desk.opened is not None and experts_desk.opened.lock.held
    digest = desk.workspace.desk.digest

    # An opinion typed but not yet saved (its pause has not passed) when the window quits:
    # whichever desk shuts down first, the chair's opinion is saved before the home closes.
    ws = desk.workspace
    assert ws.select_applicant("KY-01")
    ws.decisions.opinion.setPlainText("合作成效显著，同意推荐。")
    experts_desk.shutdown()  # the first desk told at quit
    desk.shutdown()
    assert holder_of(home) is None  # the lock is given back
    assert experts_desk.identity is None  # the unlocked identity is forgotten with it
    with open_home(home) as opened:  # the CLI may use the home now
        reopened = ChairDesk.reopen(opened.db, people()["chair"], opened.home.store_dir, digest)
        assert reopened.matrix().row("KY-01").panel_opinion == "合作成效显著，同意推荐。"


def test_the_chair_desk_unlocked_first_serves_the_expert_desk(
    qapp: QApplication, qtbot, world: tuple[ChairWorld, Home]
) -> None:  # type: ignore[no-untyped-def]
    chair_world, home = world
    window = make_window(qapp, qtbot, home)
    window.open_package(chair_world.chair_package)
    desk = chair(window)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, PassphraseDialog), timeout=WAIT)
    dialog = desk.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: desk.workspace.desk is not None, timeout=WAIT)
    try:
        window.choose_role(Role.EXPERT)
        experts_desk = expert(window)
        qtbot.waitUntil(lambda: experts_desk.db is not None, timeout=WAIT)
        assert experts_desk.db is desk.db
        assert experts_desk.identity is desk.identity is not None
        assert not passphrase_dialogs(window)
    finally:
        desk.shutdown()
    assert holder_of(home) is None
