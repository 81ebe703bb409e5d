"""The demo opened by each role, as ``reviewdesk demo --open ROLE`` does: the main window in
that person's home shows the role's first screen on the demo's data without an error —
expert 1 unlocks with the printed passphrase (the dialog says where the demo's passphrases
are) and meets the pledge of group 2's package; chair 2 opens group 2's park panel; the
commission's staff member gets the commission's desk on its working folder and round."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from expert_gui import WAIT, pledge_dialog, unlock
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk.core.crypto.identity import load_identity
from reviewdesk.demo.round import Demo, create_demo
from reviewdesk.gui.app import build_main_window, open_commission_folder
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.main_window import MainWindow, Role


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo-smoke") / "demo"
    create_demo(root)
    return root


@pytest.fixture
def demo(demo_root: Path, tmp_path: Path) -> Demo:
    """A copy per test: a desk writes into its person's home."""
    root = tmp_path / "demo"
    shutil.copytree(demo_root, root)
    from reviewdesk.demo.round import load_demo

    loaded = load_demo(root)
    assert loaded is not None
    return loaded


@pytest.fixture
def window_as(qapp: QApplication, qtbot: Any) -> Iterator[Any]:
    made: list[MainWindow] = []
    before = Translations.for_application(qapp).language

    def make(home: Path, role: Role) -> MainWindow:
        window = build_main_window(qapp, Language.ENGLISH, home=home)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.choose_role(role)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        for desk in window._desks.values():  # the desks made (reading one would make it)
            shutdown = getattr(desk, "shutdown", None)
            if shutdown is not None:
                shutdown()
    Translations.for_application(qapp).switch(before)


def no_error_box(window: MainWindow) -> bool:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    return not boxes and not [w for w in QApplication.topLevelWidgets()
                              if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip


def test_expert_1_unlocks_with_the_printed_passphrase_and_meets_the_pledge(
    demo: Demo, window_as: Any, qtbot: Any
) -> None:
    expert = demo.person("expert-1")
    assert expert.start is not None
    window = window_as(expert.home, Role.EXPERT)
    window.open_package(expert.start)
    dialog = unlock(qtbot, window, expert.passphrase)
    assert (
        dialog.ui.hintLabel.isVisibleTo(dialog) and str(demo.readme) in dialog.ui.hintLabel.text()
    )
    pledge = pledge_dialog(qtbot, window)  # the first screen of a package not yet started
    assert pledge.isVisible() and no_error_box(window)
    desk = window.expert_desk
    assert desk is not None and desk.workspace.desk is not None
    assert desk.workspace.desk.summary.panel == "YQ"


def test_chair_2_opens_group_2s_park_panel_on_its_matrix(
    demo: Demo, window_as: Any, qtbot: Any
) -> None:
    chair = demo.person("chair-2")
    assert chair.start is not None
    window = window_as(chair.home, Role.CHAIR)
    controller = window.chair_desk
    controller._unlocked(load_identity(chair.identity_path, chair.passphrase))  # the dialog's
    window.open_package(chair.start)
    ws = controller.workspace
    qtbot.waitUntil(lambda: ws.desk is not None, timeout=WAIT)
    assert window.role is Role.CHAIR and window.ui.pages.currentWidget() is ws
    assert ws.model.rowCount() == 3  # the three park applicants, nothing imported yet
    assert no_error_box(window)


def test_the_commission_desk_opens_on_the_commission_working_folder(
    demo: Demo, window_as: Any, qtbot: Any
) -> None:
    staff = demo.person("commission")
    assert demo.workdir is not None and (demo.workdir / "commission.sqlite3").is_file()
    window = window_as(staff.home, Role.COMMISSION)
    open_commission_folder(window, demo.workdir)  # as `reviewdesk demo --open commission`
    ws = window.commission_desk.workspace
    assert window.role is Role.COMMISSION and window.ui.pages.currentWidget() is ws
    qtbot.waitUntil(lambda: ws.db is not None and ws.round_ref == demo.round, timeout=WAIT)
    assert ws.workdir == demo.workdir and no_error_box(window)
