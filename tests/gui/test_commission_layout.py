"""The commission desk on a laptop (docs/UI.md): every tab within 1280×800, 1366×768 and
1280×720 in both languages and after a switch between them, no field or button cut off at
the right (a pane that only scrolls down must be as wide as its contents), a button's words
never clipped, an empty table that says what it will show, names shown in the interface's
language, the fingerprint box readable, and a long materials check that can be stopped."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_gui import World, enter_desk, make_world, private_settings
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow, Role

LIMIT = QSize(1280, 800)
PARK = "P-park"


@pytest.fixture(autouse=True)
def _settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    private_settings(monkeypatch, tmp_path_factory.mktemp("settings"))


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, applicants=8)


def cut_off(window: QWidget, page: QWidget) -> list[str]:
    """The controls of ``page`` whose right edge lies beyond what shows them: the window, or
    a scroll area's viewport (sideways scrolling is off or unwelcome), or whose own words
    are clipped (a button narrower than its text)."""
    found = []
    kinds = (QAbstractButton, QLineEdit, QComboBox)
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
            continue
        if widget.parent() is not None and isinstance(widget.parent(), QAbstractScrollArea):
            continue  # a scroll area's own scroll bars and corner
        name = widget.objectName() or type(widget).__name__
        right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
        if right > window.width():
            found.append(f"{name} ends at x={right} beyond the window")
        ancestor = widget.parentWidget()
        while ancestor is not None and ancestor is not page:
            if isinstance(ancestor, QScrollArea) and ancestor.isAncestorOf(widget):
                viewport = ancestor.viewport()
                edge = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
                if edge > viewport.width() + 1:
                    found.append(f"{name} cut off in {ancestor.objectName()} ({edge} > "
                                 f"{viewport.width()})")  # fmt: skip
            ancestor = ancestor.parentWidget()
        clipped = widget.width() < widget.minimumSizeHint().width()
        if isinstance(widget, QAbstractButton) and widget.text() and clipped:
            found.append(f"{name} clips its words {widget.text()!r}")
    return found


def walk_tabs(  # type: ignore[no-untyped-def]
    window: MainWindow, desk: CommissionWorkspace, qtbot, limit: QSize = LIMIT
) -> list[str]:
    problems = []
    for index in range(desk.ui.tabs.count()):
        desk.ui.tabs.setCurrentIndex(index)
        if desk.ui.tabs.currentWidget() is desk.ui.panelsTab:
            desk.panels.select_panel(PARK)
        qtbot.wait(20)
        hint = window.minimumSizeHint()
        tab = desk.ui.tabs.tabText(index)
        if hint.width() > limit.width() or hint.height() > limit.height():
            problems.append(f"{tab}: the window needs {hint.width()}×{hint.height()}")
        if window.size() != limit:
            problems.append(f"{tab}: the window grew to {window.width()}×{window.height()}")
        problems += [f"{tab}: {p}" for p in cut_off(window, desk.ui.tabs.currentWidget())]
    return problems


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
@pytest.mark.parametrize("size", [(1280, 800), (1366, 768), (1280, 720)])
def test_every_commission_page_fits_a_laptop_with_nothing_cut_off(
    main_window: MainWindow, world: World, language: Language, size: tuple[int, int], qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk = enter_desk(main_window, world, language)
    limit = QSize(*size)
    main_window.resize(limit)
    desk.keys.select(world.experts[next(iter(world.experts))].keyid)
    problems = walk_tabs(main_window, desk, qtbot, limit)
    assert problems == [], "\n".join(problems)


def test_switching_the_language_back_and_forth_grows_nothing(
    main_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk = enter_desk(main_window, world, Language.CHINESE)
    main_window.resize(LIMIT)
    first = main_window.minimumSizeHint()
    for language in (Language.ENGLISH, Language.CHINESE, Language.ENGLISH):
        main_window._translations.switch(language)
        assert walk_tabs(main_window, desk, qtbot) == [], language
    desk.ui.tabs.setCurrentIndex(0)
    main_window._translations.switch(Language.CHINESE)
    qtbot.wait(20)
    again = main_window.minimumSizeHint()
    assert again.width() <= max(first.width(), LIMIT.width()) and again.height() <= LIMIT.height()


def test_empty_tables_say_what_they_will_show(
    main_window: MainWindow, world: World, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    main_window._translations.switch(Language.ENGLISH)
    main_window.choose_role(Role.COMMISSION)
    desk: CommissionWorkspace = main_window.commission_desk.workspace  # type: ignore[attr-defined]
    assert desk.db is None
    assert desk.rounds_hint.shown and "No database is open" in desk.rounds_hint.label.text()

    desk = enter_desk(main_window, world)
    assert not desk.rounds_hint.shown  # the world's round is listed
    ui = desk.ui
    ui.tabs.setCurrentWidget(ui.roundTab)
    assert not desk.setup.applicants_hint.shown
    assert desk.setup.materials_hint.shown
    assert "missing, extra" in desk.setup.materials_hint.label.text()
    ui.tabs.setCurrentWidget(ui.buildTab)
    assert (
        desk.build.handover_hint.shown and "hand-over list" in desk.build.handover_hint.label.text()
    )
    ui.tabs.setCurrentWidget(ui.resultsTab)
    assert desk.results.verdicts_hint.shown and desk.results.results_hint.shown
    # The hint lies over the empty table, readable (not squeezed to nothing).
    label = desk.results.results_hint.label
    qtbot.waitUntil(lambda: label.isVisible(), timeout=5_000)
    assert label.width() > 200 and label.height() > label.fontMetrics().height()
    assert isinstance(label, QLabel) and label.wordWrap()


def test_chinese_screens_show_form_names_and_elided_texts_have_tooltips(
    main_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk = enter_desk(main_window, world, Language.CHINESE)
    ui = desk.ui
    ui.tabs.setCurrentWidget(ui.roundTab)
    model = desk.setup.forms_model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        shown = model.data(model.index(row, 1))
        assert "built-in" not in shown and "评分表" in shown, shown  # its name, not its id
        tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
        assert "built-in:" in tip  # where it came from, for whoever asks
    # A narrow column's header is elided: its tooltip says it all.
    panels = desk.panels.panels_model
    for column in range(panels.columnCount()):
        header = panels.headerData(column, Qt.Orientation.Horizontal)
        tip = panels.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert header and tip == header
    # The round's long name is elided in the header's box; the box's tooltip has all of it.
    assert desk.round is not None and desk.round.name in ui.roundCombo.toolTip()
    assert ui.builtinCombo.currentText() and ui.builtinCombo.toolTip()


def test_checking_a_materials_folder_can_be_stopped(
    main_window: MainWindow, world: World, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import time

    from reviewdesk.core.commission import round_setup

    real = round_setup.check_materials

    def slow(db, ref, folder, *, progress, cancel):  # type: ignore[no-untyped-def]
        end = time.monotonic() + 20  # a folder of 2 GiB: still reading when Stop is pressed
        while not cancel.cancelled and time.monotonic() < end:
            time.sleep(0.01)
        return real(db, ref, folder, progress=progress, cancel=cancel)

    monkeypatch.setattr(round_setup, "check_materials", slow)
    desk = enter_desk(main_window, world)
    ui = desk.ui
    ui.tabs.setCurrentWidget(ui.roundTab)
    stop = desk.setup.stop_materials_button
    assert not stop.isVisible()
    desk.setup.check_materials(world.materials)
    qtbot.waitUntil(stop.isVisible, timeout=5_000)
    assert stop.text().replace("&", "") == "Stop checking" and not ui.materialsButton.isEnabled()
    stop.click()
    qtbot.waitUntil(lambda: not desk.tasks, timeout=20_000)
    assert "Stopped" in desk.banner and not stop.isVisible() and ui.materialsButton.isEnabled()
    assert desk.setup.materials_model.rowCount() == 0 and desk.setup.materials_hint.shown


def test_the_fingerprint_box_is_wide_enough_to_read(
    main_window: MainWindow, world: World, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from commission_world import NOW
    from PySide6.QtWidgets import QMessageBox

    from reviewdesk.core.crypto.identity import Identity, make_enrolment
    from reviewdesk.core.domain import Role as PersonRole

    person = Identity.generate("新专家甲", PersonRole.EXPERT, now=NOW)
    request = tmp_path / "request.json"
    request.write_bytes(make_enrolment(person, now=NOW, verifier=world.operator.public.recipient))
    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    desk.keys.import_requests([request], world.operator)
    qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox), timeout=20_000)
    box = desk.dialog
    qtbot.waitUntil(box.isVisible, timeout=5_000)  # type: ignore[union-attr]
    label = next(w for w in box.findChildren(QLabel) if w.objectName() == "qt_msgbox_label")
    widest = max(label.fontMetrics().horizontalAdvance(x) for x in label.text().splitlines())
    assert label.width() >= widest, (label.width(), widest)  # no fingerprint group cut off
    box.close()  # type: ignore[union-attr]


def test_f5_reads_what_a_colleague_changed_on_the_shared_database(
    main_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.core.commission import round_setup
    from reviewdesk.core.domain import RoundKind
    from reviewdesk.gui.shortcuts_dialog import shortcut_rows

    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.homeTab)
    before = desk.rounds_model.rowCount()
    # A colleague creates a round meanwhile (their own session on the same database).
    round_setup.create_round(
        world.db, "2027-EVAL", name="2027年度定期评价", kind=RoundKind.EVALUATION
    )
    assert desk.rounds_model.rowCount() == before  # the screen does not know yet
    action = desk.reload_action
    assert action.shortcut().toString() == "F5"
    listed = [(keys, text) for _s, keys, text in shortcut_rows(main_window)]
    assert ("F5", "Read the screen again from the database") in listed  # Help → shortcuts
    action.trigger()
    assert desk.rounds_model.rowCount() == before + 1
    assert "Read again" in desk.banner


def test_the_last_builds_hand_over_list_is_shown_after_the_desk_is_opened_again(
    main_window: MainWindow, world: World, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from commission_world import NOW, ROUND

    from reviewdesk.core.commission import round_setup
    from reviewdesk.core.commission.building import build_round
    from reviewdesk.core.domain import RoundKind

    # Yesterday's session built the packages; today the desk is opened afresh.
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    out = world.root / "packages" / ROUND  # where the desk suggests building
    built = build_round(world.db, ROUND, out, world.operator, now=NOW)
    kind = RoundKind.EVALUATION
    round_setup.create_round(world.db, "2027-EVAL", name="2027年度定期评价", kind=kind)
    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.buildTab)
    model = desk.build.handover_model
    assert model.rowCount() == len(built.packages) > 0
    assert {model.record(r).recipient.name for r in range(model.rowCount())} == {
        p.recipient.name for p in built.packages
    }
    assert f"Build {built.build} of" in desk.ui.buildStageLabel.text()
    assert not desk.build.handover_hint.shown
    # Its printed list is found in that folder: it can be opened and saved again.
    assert desk.build.pdf() == out / f"handover-{ROUND}-build{built.build}.pdf"
    assert desk.ui.openPdfButton.isEnabled() and desk.ui.savePdfButton.isEnabled()
    # Another round: its own (empty) list, not the first round's.
    desk.reload_rounds()
    desk.choose_round("2027-EVAL")
    qtbot.wait(20)
    assert model.rowCount() == 0 and desk.build.handover_hint.shown
    assert not desk.ui.buildStageLabel.text() and not desk.ui.openPdfButton.isEnabled()
