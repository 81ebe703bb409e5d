"""The first page of a package comes first (issue 9, performance): the first applicant's
first document decrypts while the desk is built around it, is decrypted once and only
behind the declaration gate, and the score sheet follows it — never on screen to be typed
into before its sheet is open."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from expert_gui import WAIT, controller, declare, make_window, open_package, unlock
from expert_world import APPLICANTS, ExpertWorld, make_world
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from test_materials_viewer import PAGES, PDF, Materials, make_pdf

from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.gui.main_window import MainWindow, Role
from reviewdesk.gui.viewer import Attachment, MaterialsViewer, OpenAhead

pytestmark = pytest.mark.usefixtures("english")
FIRST = APPLICANTS[0].ref


@pytest.fixture
def world(tmp_path: Path) -> ExpertWorld:
    return make_world(tmp_path)


@pytest.fixture
def window(qapp: QApplication, qtbot, world: ExpertWorld) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qapp, qtbot, world)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every attachment the core decrypts for the desk, by number (any thread)."""
    calls: list[int] = []
    original = ExpertDesk.read_attachment

    def counted(self: ExpertDesk, number: int, **kwargs: Any) -> bytes:
        calls.append(number)
        return original(self, number, **kwargs)

    monkeypatch.setattr(ExpertDesk, "read_attachment", counted)
    return calls


def _viewer(qtbot: Any) -> MaterialsViewer:
    viewer = MaterialsViewer()
    qtbot.addWidget(viewer)
    viewer.resize(900, 800)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def test_a_document_opened_ahead_is_shown_without_decrypting_it_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = make_pdf()
    materials = Materials(
        [(Attachment("申报书.pdf", PDF, len(data)), data), (Attachment("附件.pdf", PDF, 1), data)]
    )
    viewer = _viewer(qtbot)
    ahead = OpenAhead(materials.load, 0, PDF)  # before the viewer is asked
    qtbot.waitUntil(lambda: materials.calls == [0])
    with qtbot.waitSignal(viewer.attachmentShown, timeout=10_000) as shown:
        viewer.set_attachments(materials.attachments, materials.load, ahead=ahead)
    assert shown.args == [0]
    assert viewer.pdf_pane.page_count == PAGES
    assert materials.calls == [0]  # decrypted once, ahead of time


def test_a_document_opened_ahead_that_is_not_shown_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    data = make_pdf(2)

    def load(_index: int) -> bytes:
        release.wait(10)
        return data

    viewer = _viewer(qtbot)
    outcome: list[int] = []
    viewer.attachmentShown.connect(outcome.append)
    ahead = OpenAhead(load, 0, PDF)
    viewer.set_attachments([Attachment("慢.pdf", PDF, len(data))], load, ahead=ahead)
    viewer.clear()  # another applicant is chosen before it was decrypted
    release.set()
    qtbot.wait(300)
    assert outcome == [] and viewer.shown_index() == -1
    assert viewer.pdf_pane.page_count == 0 and viewer.model.rowCount() == 0


def test_nothing_is_decrypted_ahead_before_the_declaration(
    qtbot, window: MainWindow, world: ExpertWorld, reads: list[int]
) -> None:  # type: ignore[no-untyped-def]
    desk = open_package(qtbot, window, world)
    workspace = controller(window).workspace
    qtbot.wait(300)  # the desk is built; the first applicant waits for its declaration
    assert workspace.ui.applicantPages.currentWidget() is workspace.ui.gatePage
    assert reads == []
    declare(qtbot, window, FIRST, "none")
    viewer = workspace.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shown_index() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST, timeout=WAIT)
    assert reads == [desk.attachments(FIRST)[0].number]  # once, after the declaration


def test_reopening_shows_the_first_page_then_the_form_with_its_sheet(
    qapp: QApplication, qtbot, window: MainWindow, world: ExpertWorld, reads: list[int]
) -> None:  # type: ignore[no-untyped-def]
    first = open_package(qtbot, window, world)
    declare(qtbot, window, FIRST, "none")
    qtbot.waitUntil(lambda: controller(window).workspace.sheet_ref == FIRST, timeout=WAIT)
    number = first.attachments(FIRST)[0].number
    controller(window).shutdown()
    window.close()
    reads.clear()

    again = make_window(qapp, qtbot, world)
    workspace = controller(again).workspace
    seen: list[str] = []  # what a person could have met on the way

    def look() -> None:
        form = workspace.form
        if form is not None and form.isVisible() and form.isEnabled() and form.sheet_id is None:
            seen.append("a form without its sheet, open to typing")

    watch = QTimer()
    watch.timeout.connect(look)
    watch.start(2)
    at_first_page: list[str | None] = []
    again.choose_role(Role.EXPERT)
    qtbot.waitUntil(lambda: workspace.viewer is not None, timeout=WAIT)  # while locked
    viewer = workspace.viewer
    assert viewer is not None
    viewer.attachmentShown.connect(lambda _i: at_first_page.append(workspace.sheet_ref))
    unlock(qtbot, again)
    qtbot.waitUntil(lambda: viewer.shown_index() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST, timeout=WAIT)
    watch.stop()
    form = workspace.form
    assert form is not None and form.isVisible() and form.isEnabled()
    assert form.parent() is viewer.parent()  # beside the materials
    assert at_first_page == [None]  # the page came first, the sheet after it
    assert seen == []
    assert reads == [number]  # the first document was decrypted once
    assert viewer.pdf_pane.page_count > 0
