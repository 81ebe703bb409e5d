"""Issue 9: the desk is usable before the package is stored; the copy, every blob checked,
runs in the background and the status bar says so; a damaged attachment found then is a
sentence naming its blob, and nothing is kept as stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from expert_gui import WAIT, controller, declare, make_window, pledge_dialog, unlock
from expert_world import ExpertWorld, make_world
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk.core.formats.container import read_index
from reviewdesk.gui.expert import storing
from reviewdesk.gui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def world(tmp_path: Path) -> ExpertWorld:
    return make_world(tmp_path)


@pytest.fixture
def window(qapp: QApplication, qtbot, world: ExpertWorld) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qapp, qtbot, world)


def stored_packages(world: ExpertWorld) -> list[Path]:
    return sorted((world.home.store_dir / "packages").glob("*.rdx"))


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_the_desk_is_usable_while_the_package_is_stored_in_the_background(
    qtbot, window: MainWindow, world: ExpertWorld, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(storing, "START_WAIT_MS", 600_000)  # only once a document shows
    desk = controller(window)
    desk.open_package(world.package)
    unlock(qtbot, window)
    pledge = pledge_dialog(qtbot, window)
    # The desk is there and answers before anything was copied into the store.
    opened = desk.workspace.desk
    assert opened is not None and not opened.stored and stored_packages(world) == []
    assert status(window).startswith("Checking and storing the package… 0 %")
    pledge.ui.agreeCheck.setChecked(True)
    pledge.ui.signButton.click()
    ref = opened.summary.applicants[0].ref
    qtbot.waitUntil(lambda: desk.workspace.current_ref == ref, timeout=WAIT)  # the list
    declare(qtbot, window, ref)
    assert not opened.stored  # the first document is read from the original, checked
    qtbot.waitUntil(lambda: desk.workspace.viewer is not None, timeout=WAIT)
    viewer = desk.workspace.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shown_index() == 0, timeout=WAIT)
    # Then the copy runs, and the status bar says when it is done.
    qtbot.waitUntil(lambda: opened.stored, timeout=WAIT)
    qtbot.waitUntil(lambda: "stored on this computer" in status(window), timeout=WAIT)
    assert status(window) == "The package is checked and stored on this computer."
    [copy] = stored_packages(world)
    assert copy.read_bytes() == world.package.read_bytes()
    assert not desk.storing.running and desk.storing.error is None


def test_a_damaged_attachment_found_while_storing_is_told_and_nothing_is_kept(
    qtbot, window: MainWindow, world: ExpertWorld, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(storing, "START_WAIT_MS", 0)
    data = bytearray(world.package.read_bytes())
    with world.package.open("rb") as handle:
        last = read_index(handle, world.package).blobs[-1]
    data[last.offset + last.length - 30] ^= 0x01  # deep inside the last attachment
    world.package.write_bytes(bytes(data))
    blob = last.index
    desk = controller(window)
    desk.open_package(world.package)
    unlock(qtbot, window)
    pledge_dialog(qtbot, window)  # the manifest and the form are whole: the desk opens
    assert desk.workspace.desk is not None
    qtbot.waitUntil(lambda: desk.storing.error is not None, timeout=WAIT)
    box = next(
        (b for b in window.findChildren(QMessageBox) if b.isVisible() and str(world.package)
         in b.text()), None,
    )  # fmt: skip
    assert box is not None
    assert f"Blob {blob} of {world.package}" in box.text() and "altered" in box.text()
    assert status(window).startswith("The package was not stored: Blob ")
    assert not desk.workspace.desk.stored
    assert stored_packages(world) == []
    assert not any(p.suffix == ".tmp" for p in (world.home.store_dir / "packages").iterdir())
    box.close()
