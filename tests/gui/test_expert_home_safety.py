"""Issue 7 items 1, 4 and 8 in the window: a home another reviewdesk has open, a damaged
or emptied database, and any exception in a slot reach the person as a sentence in a
message box — never a window left on "getting ready" — and the window's own settings
live in the chosen home."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from expert_gui import WAIT, controller, make_window, open_package
from expert_world import ExpertWorld, make_world
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reviewdesk.core.errors import DeskError
from reviewdesk.core.home.lock import HomeLock
from reviewdesk.core.home.opening import open_home
from reviewdesk.gui.app import install_excepthook, use_home_settings
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.main_window import MainWindow, Role
from reviewdesk.gui.messages import error_message

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def world(tmp_path: Path) -> ExpertWorld:
    return make_world(tmp_path)


def error_box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    desk = controller(window)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox), timeout=WAIT)
    box = desk.dialog
    assert isinstance(box, QMessageBox)
    return box


def on_the_home_page(window: MainWindow) -> bool:
    workspace = controller(window).workspace
    return workspace.ui.pages.currentWidget() is workspace.ui.homePage


def test_a_home_open_in_another_reviewdesk_is_refused_with_a_sentence(
    qapp: QApplication, qtbot, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    holder = HomeLock(world.home, program="reviewdesk expert submit").acquire()
    try:
        window = make_window(qapp, qtbot, world)
        window.choose_role(Role.EXPERT)
        box = error_box(qtbot, window)
        assert f"Your reviewdesk folder {world.home.root} is open in another reviewdesk" in (
            box.text()
        )
        assert f"process {os.getpid()}" in box.text() and "reviewdesk expert submit" in box.text()
        qtbot.waitUntil(lambda: on_the_home_page(window), timeout=WAIT)
        assert controller(window).db is None  # it did not open the database behind the lock
    finally:
        holder.release()


def test_a_window_holds_its_home_until_it_shuts_down(
    qapp: QApplication, qtbot, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qapp, qtbot, world)
    open_package(qtbot, window, world)
    with pytest.raises(Exception) as caught:
        open_home(world.home)  # the CLI, while the window has the home open
    assert getattr(caught.value, "code", None) == "home-in-use"
    assert caught.value.detail["program"] == "reviewdesk (window)"  # type: ignore[attr-defined]
    controller(window).shutdown()
    with open_home(world.home):
        pass


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data)):
        data[at] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_a_sentence_not_getting_ready_forever(
    qapp: QApplication, qtbot, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qapp, qtbot, world)
    open_package(qtbot, first, world)  # some work, so the database has pages to damage
    controller(first).shutdown()
    first.close()
    _damage(world.home.database_path)
    window = make_window(qapp, qtbot, world)
    window.choose_role(Role.EXPERT)
    box = error_box(qtbot, window)
    assert f"The database {world.home.database_path} is damaged" in box.text()
    assert "Traceback" not in box.text()
    qtbot.waitUntil(lambda: on_the_home_page(window), timeout=WAIT)


def test_an_emptied_database_is_a_sentence_and_stays_as_it_is(
    qapp: QApplication, qtbot, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qapp, qtbot, world)
    open_package(qtbot, first, world)
    controller(first).shutdown()
    first.close()
    world.home.database_path.write_bytes(b"")
    window = make_window(qapp, qtbot, world)
    window.choose_role(Role.EXPERT)
    box = error_box(qtbot, window)
    assert "is empty (0 bytes)" in box.text() and "1 package(s)" in box.text()
    assert world.home.database_path.stat().st_size == 0
    qtbot.waitUntil(lambda: on_the_home_page(window), timeout=WAIT)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_person_as_a_sentence(
    qapp: QApplication, qtbot, main_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    before = sys.excepthook
    install_excepthook(lambda: main_window)
    try:

        def failing_slot() -> None:
            raise DeskError("pledge-required")

        QTimer.singleShot(0, failing_slot)
        boxes: list[QMessageBox] = []

        def shown() -> bool:
            boxes[:] = [
                w
                for w in QApplication.topLevelWidgets() + main_window.findChildren(QWidget)
                if isinstance(w, QMessageBox) and w.objectName() == "unexpectedErrorBox"
            ]
            return bool(boxes) and boxes[0].isVisible()

        qtbot.waitUntil(shown, timeout=WAIT)
        box = boxes[0]
        sentence, _ = error_message(DeskError("pledge-required"))
        assert box.text() == sentence and "Traceback" not in box.text()
        assert "pledge-required" in box.detailedText()
        box.close()

        def unexpected_slot() -> None:
            raise ZeroDivisionError("division by zero")

        QTimer.singleShot(0, unexpected_slot)
        qtbot.waitUntil(shown, timeout=WAIT)
        assert boxes[0].text() == error_message(ZeroDivisionError())[0]  # "did not expect"
        assert "ZeroDivisionError" in boxes[0].detailedText()
        boxes[0].close()
    finally:
        sys.excepthook = before


@pytest.fixture
def settings_restored() -> Iterator[None]:
    yield
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_the_windows_settings_live_in_the_chosen_home(
    qapp: QApplication, tmp_path: Path, settings_restored: None
) -> None:
    home = tmp_path / "home"
    folder = use_home_settings(home)
    assert folder == home / "gui"
    translations = Translations.for_application(qapp)
    before = translations.language
    try:
        translations.switch(Language.CHINESE)  # saved to the settings
        QSettings().sync()
        files = list((home / "gui").rglob("*.ini"))
        assert len(files) == 1 and "language" in files[0].read_text(encoding="utf-8")
        assert (home / "gui").stat().st_mode & 0o077 == 0  # private like the rest of it
    finally:
        translations.switch(before)


def test_a_failure_after_the_database_opened_leaves_getting_ready_too(
    qapp: QApplication, qtbot, world: ExpertWorld, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A page damaged where opening does not look (the list of packages) shows only at the
    first query, inside the slot that ends "getting ready"."""
    from reviewdesk.core.errors import StorageError
    from reviewdesk.core.expert.desk import ExpertDesk

    def damaged(*_args: object) -> list[object]:
        raise StorageError("database-corrupt", world.home.database_path,
                           reason="database disk image is malformed")  # fmt: skip

    monkeypatch.setattr(ExpertDesk, "recent_packages", staticmethod(damaged))
    window = make_window(qapp, qtbot, world)
    window.choose_role(Role.EXPERT)
    box = error_box(qtbot, window)
    assert f"The database {world.home.database_path} is damaged" in box.text()
    qtbot.waitUntil(lambda: on_the_home_page(window), timeout=WAIT)
    assert controller(window).workspace.ui.recentList.count() == 0
