"""The expert desk fits a laptop and answers the keyboard (issue 9 items 1, 3 and 9; the rules
in docs/UI.md): the window's minimum size with a package open stays within 1280×720 in both
languages and does not grow as statuses change; long names are elided with a tooltip; the
materials open readable; Ctrl+F, next/previous applicant and the shortcut list work from
anywhere; the form of a newly chosen applicant opens at its top."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from expert_gui import WAIT, controller, declare, fill_sheet, open_package, unlock
from expert_world import ExpertWorld, make_world
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QWidget

from reviewdesk.gui.app import build_main_window
from reviewdesk.gui.expert.workspace import ExpertWorkspace
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.shortcuts_dialog import ShortcutsDialog
from reviewdesk.gui.window_state import DEFAULT_SIZE

LAPTOPS = ((1280, 800), (1366, 768), (1280, 720))


@pytest.fixture
def world(tmp_path: Path) -> ExpertWorld:
    return make_world(tmp_path / "world")


@pytest.fixture
def restore_language(qapp: QApplication) -> Any:
    before = Translations.for_application(qapp).language
    yield
    Translations.for_application(qapp).switch(before)


def desk_window(
    qapp: QApplication, qtbot: Any, world: ExpertWorld, language: Language = Language.ENGLISH
) -> MainWindow:
    window = build_main_window(qapp, language, home=world.home.root, work_factor=4)
    qtbot.addWidget(window)
    window.resize(DEFAULT_SIZE)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    open_package(qtbot, window, world)
    return window


def workspace(window: MainWindow) -> ExpertWorkspace:
    return controller(window).workspace


def reading(qtbot: Any, window: MainWindow, ref: str) -> ExpertWorkspace:
    """``ref`` declared, its materials on screen and its sheet in the form."""
    ws = workspace(window)
    declare(qtbot, window, ref)
    qtbot.waitUntil(lambda: ws.sheet_ref == ref, timeout=WAIT)
    viewer = ws.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.shown_index() == 0 and viewer.pdf_pane.loaded, timeout=WAIT)
    window.activateWindow()  # shortcuts work in the active window (the dialogs have closed)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.wait(50)
    return ws


def inside(widget: QWidget, window: QWidget) -> bool:
    """The whole widget lies within the window (nothing of it cut off or off screen)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and window.rect().contains(rect)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.CHINESE])
def test_the_desk_fits_a_laptop_in_both_languages_and_never_grows(  # type: ignore[no-untyped-def]
    qapp, qtbot, world, language, restore_language
) -> None:
    window = desk_window(qapp, qtbot, world, language)
    ws = reading(qtbot, window, "R-001")
    first = window.minimumSizeHint()
    assert first.width() <= 1280 and first.height() <= 720, first

    # Statuses change: a sheet filled, another applicant declared, the list refreshed.
    fill_sheet(ws.desk, "R-001")  # type: ignore[arg-type]
    declare(qtbot, window, "R-002", "potential", "曾与该单位合作发表论文")
    ws.refresh(wait=True)
    ws.select_applicant("R-001")
    qtbot.waitUntil(lambda: ws.sheet_ref == "R-001", timeout=WAIT)
    qtbot.wait(100)
    later = window.minimumSizeHint()
    assert later.width() <= first.width() and later.height() <= 720, (first, later)

    for width, height in LAPTOPS:
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: window.size().toTuple() == (w, h))
        qtbot.wait(30)
        form = ws.form
        assert form is not None and ws.viewer is not None
        for widget in (
            ws.ui.submitButton,
            ws.ui.pdfButton,
            ws.ui.closePackageButton,
            ws.ui.changeDeclarationButton,
            ws.ui.applicantTable,
            ws.viewer,
            form,
            form.summary,
            form.problem_list,
        ):
            assert inside(widget, window), (width, height, widget)
        # the score form is wide enough to use, the materials wider still
        assert form.width() >= form.fontMetrics().averageCharWidth() * 40
        assert ws.viewer.width() >= form.width()


def test_long_names_are_elided_with_the_whole_name_in_a_tooltip(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    ws = workspace(window)
    model, table = ws.model, ws.ui.applicantTable
    assert model is not None
    row = model.row_of("R-002")
    name = model.applicant_at(row).name
    index = model.index(row, model.NAME)
    # At the list's default width the name is shortened, and the tooltip holds all of it.
    assert table.columnWidth(model.NAME) < table.fontMetrics().horizontalAdvance(name)
    assert table.columnWidth(model.NAME) >= table.fontMetrics().horizontalAdvance("国" * 6)
    assert name in str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert table.textElideMode() != Qt.TextElideMode.ElideNone
    # The status is readable in full beside it, and the row is not scrolled sideways.
    status = str(model.data(model.index(row, model.STATUS)))
    icon = table.style().pixelMetric(table.style().PixelMetric.PM_SmallIconSize)
    assert table.columnWidth(model.STATUS) >= table.fontMetrics().horizontalAdvance(status) + icon
    assert not table.horizontalScrollBar().isVisible()


def test_the_applicant_list_collapses_and_its_width_is_remembered(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    ws = workspace(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    width = ws.ui.mainSplitter.sizes()[0]
    assert width > 0
    ws.ui.applicantTable.setFocus()
    qtbot.keyClick(ws.ui.applicantTable, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ws.list_collapsed()
    window.resize(720, 560)  # within the test screen, where a restored window must fit
    qtbot.waitUntil(lambda: window.size().toTuple() == (720, 560))
    window.close()  # the next window on this home opens as this one was left
    controller(window).shutdown()  # (the home's lock goes with the first window)

    again = build_main_window(qapp, Language.ENGLISH, home=world.home.root, work_factor=4)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    ws2 = workspace(again)
    controller(again).open_package(world.package)
    unlock(qtbot, again)  # the pledge is signed already: the list comes at once
    qtbot.waitUntil(lambda: ws2.current_ref is not None, timeout=WAIT)
    assert again.size() == window.size()  # the window's size is kept too
    assert ws2.list_collapsed()
    ws2.toggle_list()
    assert ws2.ui.mainSplitter.sizes()[0] > 0


def test_the_materials_open_readable_at_fit_width(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    ws = reading(qtbot, window, "R-001")
    pane = ws.viewer.pdf_pane  # type: ignore[union-attr]
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert pane.effective_zoom() > 0.8  # an A4 page in the default window


def test_ctrl_f_from_the_score_sheet_goes_to_the_search_of_all_documents(
    qapp, qtbot, world
) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    ws = reading(qtbot, window, "R-001")
    score = next(iter(ws.form.criteria.values())).score  # type: ignore[union-attr]
    score.setFocus()
    assert score.hasFocus()
    qtbot.keyClick(score, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.viewer.all_search.field.hasFocus()  # type: ignore[union-attr]


def test_next_and_previous_applicant_from_anywhere(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    ws = reading(qtbot, window, "R-001")
    ws.select_applicant("R-001")
    score = next(iter(ws.form.criteria.values())).score  # type: ignore[union-attr]
    score.setFocus()
    qtbot.keyClick(score, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_ref == "R-002"
    qtbot.keyClick(ws.ui.applicantTable, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_ref == "R-003"
    qtbot.keyClick(ws.ui.applicantTable, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_ref == "R-003"  # the last stays the last
    qtbot.keyClick(ws.ui.applicantTable, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_ref == "R-002"


def test_a_newly_chosen_applicant_s_form_opens_at_its_top(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    declare(qtbot, window, "R-002")
    ws = reading(qtbot, window, "R-001")
    bar = ws.form.scroll_area.verticalScrollBar()  # type: ignore[union-attr]
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    ws.select_applicant("R-002")
    qtbot.waitUntil(lambda: ws.sheet_ref == "R-002", timeout=WAIT)
    assert bar.value() == 0


def test_one_click_in_the_to_do_list_goes_to_the_field(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    ws = reading(qtbot, window, "R-001")
    form = ws.form
    assert form is not None
    items = form.problem_list
    last = items.item(items.count() - 1)
    problem = last.data(Qt.ItemDataRole.UserRole + 1)
    rect = items.visualItemRect(last)
    items.scrollToItem(last)
    rect = items.visualItemRect(last)
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not items
    if problem.criterion in form.criteria:
        editor = form.criteria[problem.criterion]
        assert focused in (editor.score, editor.comment)


def test_help_lists_every_shortcut_of_the_screen(qapp, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    window = desk_window(qapp, qtbot, world)
    reading(qtbot, window, "R-001")
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dict((text, keys) for keys, text in dialog.rows())
    assert "Ctrl+PgDown" in rows["Next applicant"]
    assert "Ctrl+PgUp" in rows["Previous applicant"]
    assert "Ctrl+F" in rows["Find in all documents"]
    assert "Ctrl+Return" in rows["Submit scores"]
    assert "Ctrl+L" in rows["Show or hide the applicant list"]
    assert "Ctrl+Q" in " ".join(rows.values())  # the menus' shortcuts too
    for text in ("Zoom in", "Next page", "Tab, Shift+Tab"):
        assert text in rows or text in rows.values(), text
    dialog.close()
