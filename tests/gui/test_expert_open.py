"""Opening a package in the expert desk: menu, drop, command line, the Expert role button;
passphrase once per session, progress, errors as sentences (issue 4 items 2, 3, 10)."""

from __future__ import annotations

import re
import time
import warnings
from pathlib import Path

import pytest
from expert_gui import (
    WAIT,
    controller,
    make_window,
    open_package,
    pledge_dialog,
    unlock,
    visible_dialog,
)
from expert_world import APPLICANTS, PANEL, ROUND, ExpertWorld, make_world
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk.core.progress import CancelToken
from reviewdesk.gui.expert.first_run_dialog import FirstRunDialog
from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog
from reviewdesk.gui.main_window import MainWindow, Role

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def world(tmp_path: Path) -> ExpertWorld:
    return make_world(tmp_path)


@pytest.fixture
def window(qapp: QApplication, qtbot, world: ExpertWorld) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qapp, qtbot, world)


def test_a_package_opens_to_its_round_deadline_and_applicants(
    qtbot, window: MainWindow, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    desk = open_package(qtbot, window, world)
    workspace = controller(window).workspace
    assert window.ui.pages.currentWidget() is workspace
    assert workspace.ui.pages.currentWidget() is workspace.ui.deskPage
    assert workspace.ui.roundLabel.text() == f"Round {ROUND} · panel {PANEL}"
    assert workspace.ui.roundLabel.toolTip() == ""
    details = workspace.ui.detailsLabel.text()
    assert details.startswith("Evaluation · Deadline ")
    assert re.search(r"\(14 d [23] h left\)", details)
    assert "expert 王建国" in details
    model = workspace.model
    assert model is not None
    refs = [model.applicant_at(r).ref for r in range(model.rowCount())]
    assert refs == [a.ref for a in APPLICANTS]
    statuses = {model.data(model.index(r, model.STATUS)) for r in range(model.rowCount())}
    assert statuses == {"Declaration needed"}
    assert desk.pledge_signed() is not None


def test_a_wrong_passphrase_is_said_in_place_and_can_be_typed_again(
    qtbot, window: MainWindow, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    controller(window).open_package(world.package)
    dialog = unlock(qtbot, window, "wrong passphrase")
    qtbot.waitUntil(lambda: bool(dialog.error.text), timeout=WAIT)
    assert "wrong" in dialog.error.text
    assert dialog.isVisible() and dialog.ui.passphraseEdit.hasFocus()
    assert controller(window).identity is None
    unlock(qtbot, window)
    pledge_dialog(qtbot, window)  # the package opened with the right one
    assert controller(window).identity is not None


def test_refusing_the_pledge_closes_the_package_and_opens_nothing(
    qtbot, window: MainWindow, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    controller(window).open_package(world.package)
    unlock(qtbot, window)
    pledge = pledge_dialog(qtbot, window)
    assert "I undertake to keep strictly confidential" in pledge.ui.pledgeText.toPlainText()
    assert not pledge.ui.signButton.isEnabled()  # an explicit agreement first
    said: list[str] = []

    def answer() -> None:  # the question says what refusing does, then "Refuse and close"
        box = pledge.refuse_box
        assert box is not None
        said.append(f"{box.text()} {box.informativeText()}")
        refuse = next(b for b in box.buttons() if "Refuse" in b.text())
        refuse.click()

    QTimer.singleShot(0, answer)
    pledge.ui.refuseButton.click()
    assert said and "open it again" in said[0] and "stay encrypted and unread" in said[0]
    workspace = controller(window).workspace
    qtbot.waitUntil(lambda: workspace.ui.pages.currentWidget() is workspace.ui.homePage)
    assert workspace.desk is None and workspace.model is None
    viewer = workspace.viewer  # made ahead while the passphrase was typed, but empty
    assert viewer is None or (viewer.model.rowCount() == 0 and viewer.shown_index() == -1)


def test_a_package_dropped_on_the_window_opens(
    qtbot, window: MainWindow, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(world.package))])
    point = QPoint(200, 200)
    with warnings.catch_warnings():  # Qt has no other constructor for a drag entering
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, drop)
    unlock(qtbot, window)
    assert pledge_dialog(qtbot, window).desk.summary.round == ROUND


def test_a_tampered_package_is_a_sentence_with_details_and_opens_nothing(
    qtbot, window: MainWindow, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(world.package.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit inside an attachment's ciphertext
    tampered = world.folder / "tampered.rdx"
    tampered.write_bytes(bytes(data))
    head = bytearray(world.package.read_bytes())
    head[200] ^= 0x01  # inside the signed envelope
    broken = world.folder / "broken.rdx"
    broken.write_bytes(bytes(head))
    desk = controller(window)
    desk.open_package(broken)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox), timeout=WAIT)
    box = desk.dialog
    assert isinstance(box, QMessageBox)
    assert str(broken) in box.text()
    assert "Traceback" not in box.text() and box.detailedText()  # detail behind "details"
    assert desk.workspace.ui.pages.currentWidget() is desk.workspace.ui.homePage
    assert desk.workspace.desk is None and desk.workspace.ui.recentList.count() == 0
    assert not any(world.home.store_dir.rglob("*.rdx"))


def test_the_header_shows_the_round_and_panel_names_with_the_refs_in_the_tooltip(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(
        tmp_path / "named",
        round_name="2025年度北京国际科技合作基地定期评价",
        panel_name="科研类评审组",
    )
    window = make_window(qapp, qtbot, world)
    open_package(qtbot, window, world)
    label = controller(window).workspace.ui.roundLabel
    assert label.text() == "2025年度北京国际科技合作基地定期评价 · 科研类评审组"
    assert label.toolTip() == f"Round {ROUND} · panel {PANEL}"


def test_the_expert_button_reopens_the_last_package_after_the_passphrase(
    qapp: QApplication, qtbot, window: MainWindow, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    open_package(qtbot, window, world)
    controller(window).shutdown()
    window.close()
    world.package.unlink()  # the USB stick is gone: the local encrypted copy serves
    again = make_window(qapp, qtbot, world)
    again.choose_role(Role.EXPERT)
    dialog = unlock(qtbot, again)
    assert isinstance(dialog, PassphraseDialog)
    workspace = controller(again).workspace
    qtbot.waitUntil(lambda: workspace.model is not None, timeout=WAIT)  # no pledge again
    assert workspace.ui.roundLabel.text() == f"Round {ROUND} · panel {PANEL}"
    assert visible_dialog(workspace, PassphraseDialog) is None


def test_without_an_identity_the_expert_button_leads_to_first_run(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "fresh", identity=False, pinned=False)
    window = make_window(qapp, qtbot, world)
    window.ui.expertButton.click()
    desk = controller(window)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, FirstRunDialog), timeout=WAIT)
    assert window.ui.pages.currentWidget() is desk.workspace
    assert desk.workspace.ui.setupButton.isVisible()
    assert "no identity" in desk.workspace.ui.identityStatus.text()


def test_the_open_package_menu_item_has_ctrl_o(window: MainWindow) -> None:
    assert window.ui.openPackageAction.shortcut().toString() == "Ctrl+O"
    assert window.ui.recentMenu.menuAction() in window.ui.fileMenu.actions()


def test_cancelling_while_a_package_opens_returns_home_quietly(
    qtbot, window: MainWindow, world: ExpertWorld, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.core.expert.desk import ExpertDesk

    started: list[bool] = []

    def slow_open(*_args: object, progress: object, cancel: CancelToken, **_kw: object) -> None:
        started.append(True)
        while True:  # a very large package: only cancelling ends it
            cancel.raise_if_cancelled()
            time.sleep(0.01)

    monkeypatch.setattr(ExpertDesk, "open_in_home", staticmethod(slow_open))
    desk = controller(window)
    desk.open_package(world.package)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT)
    workspace = desk.workspace
    assert workspace.ui.pages.currentWidget() is workspace.ui.openingPage
    qtbot.mouseClick(workspace.ui.cancelOpeningButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.ui.pages.currentWidget() is workspace.ui.homePage)
    assert not isinstance(desk.dialog, QMessageBox)  # cancelling is not an error
    assert workspace.desk is None
