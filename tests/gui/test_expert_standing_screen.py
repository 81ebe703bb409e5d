"""Where the expert stands, on screen (issue 9 §4, §5, §7): the overview and the banner of
changes not yet submitted, the warning on closing and quitting, "My scores" (sortable, a
claimed veto shown as such, also the last look before signing), the question before a
submitted declaration changes, and private notes kept encrypted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from expert_gui import (
    WAIT,
    controller,
    declare,
    fill_sheet,
    make_window,
    open_package,
    type_chinese,
    visible_dialog,
)
from expert_world import APPLICANTS, ExpertWorld, make_world
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog
from reviewdesk.gui.expert.my_scores import MyScoresDialog, MyScoresModel
from reviewdesk.gui.expert.private_notes import PrivateNotesDialog
from reviewdesk.gui.expert.workspace import ExpertWorkspace
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.models.template_model import SortRole

pytestmark = pytest.mark.usefixtures("english")
FIRST, SECOND, THIRD = (a.ref for a in APPLICANTS)


@pytest.fixture
def world(tmp_path: Path) -> ExpertWorld:
    return make_world(tmp_path)


@pytest.fixture
def window(qapp: QApplication, qtbot, world: ExpertWorld) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qapp, qtbot, world)


@pytest.fixture
def desk(qtbot, window: MainWindow, world: ExpertWorld) -> ExpertDesk:  # type: ignore[no-untyped-def]
    return open_package(qtbot, window, world)


def workspace_of(window: MainWindow) -> ExpertWorkspace:
    return controller(window).workspace


def submitted_then_changed(
    qtbot, window: MainWindow, desk: ExpertDesk, tmp_path: Path
) -> ExpertWorkspace:  # type: ignore[no-untyped-def]
    """Revision 1 signed, then a score changed: a change the chair does not have."""
    from datetime import UTC, datetime

    for ref in (FIRST, SECOND, THIRD):
        declare(qtbot, window, ref, "none")
        fill_sheet(desk, ref)
    desk.submit(tmp_path / "r1.rdx", now=datetime.now(UTC))
    fill_sheet(desk, SECOND, ratio="0.7")
    workspace = workspace_of(window)
    workspace.refresh()
    return workspace


def answer_box(
    pick: Callable[[QMessageBox], object], seen: list[str], shown: Callable[[], object]
) -> None:
    """Answer the message box ``shown()`` returns once it is up: note its words, press what
    ``pick`` returns (closed anyway, so that a failing test never hangs)."""

    def answer() -> None:
        box = shown()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        chosen = pick(box)
        if chosen is None:
            box.reject()
            return
        chosen.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, answer)


def button(text: str) -> Callable[[QMessageBox], object]:
    return lambda box: next((b for b in box.buttons() if text in b.text().replace("&", "")), None)


def test_the_overview_counts_and_the_banner_names_the_revision(
    qtbot, window: MainWindow, desk: ExpertDesk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    bar = workspace.standing.bar
    qtbot.waitUntil(lambda: "Declared 0 of 3" in bar.ui.overviewLabel.text(), timeout=WAIT)
    assert "Deadline" in workspace.ui.detailsLabel.text()  # the header says the time left
    assert "left" in workspace.ui.detailsLabel.text()
    assert not bar.ui.banner.isVisible()
    submitted_then_changed(qtbot, window, desk, tmp_path)
    qtbot.waitUntil(lambda: bar.ui.banner.isVisible(), timeout=WAIT)
    assert "Changes not yet submitted since revision 1" in bar.ui.bannerLabel.text()
    overview = bar.ui.overviewLabel.text()
    assert "Declared 3 of 3" in overview and "scored 3 of 3" in overview
    assert "submitted 2" in overview  # the changed one is no longer what was submitted
    model = workspace.model
    assert model is not None
    assert model.data(model.index(0, model.STATUS)) == "Submitted (revision 1)"
    assert "changed since revision 1" in model.data(model.index(1, model.STATUS))
    workspace.close_package()  # the window closes after the test: no question then


def test_closing_or_quitting_with_unsubmitted_changes_asks_first(
    qtbot, window: MainWindow, desk: ExpertDesk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    workspace = submitted_then_changed(qtbot, window, desk, tmp_path)
    seen: list[str] = []

    def shown() -> object:
        return workspace.standing.dialog

    answer_box(lambda box: box.button(QMessageBox.StandardButton.Cancel), seen, shown)
    workspace.ui.closePackageButton.click()
    assert "after submitting revision 1" in seen[0] and "has only revision 1" in seen[0]
    assert workspace.desk is desk  # still open
    answer_box(lambda box: box.button(QMessageBox.StandardButton.Cancel), seen, shown)
    assert not window.close()  # quitting is held back too
    assert window.isVisible() and len(seen) == 2
    answer_box(button("Close anyway"), seen, shown)
    workspace.ui.closePackageButton.click()
    assert workspace.desk is None


def test_no_question_on_closing_when_everything_is_submitted(
    qtbot, window: MainWindow, desk: ExpertDesk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    for ref in (FIRST, SECOND, THIRD):
        declare(qtbot, window, ref, "none")
        fill_sheet(desk, ref)
    desk.submit(tmp_path / "r1.rdx", now=datetime.now(UTC))
    workspace = workspace_of(window)
    workspace.ui.closePackageButton.click()  # no box: nothing would answer it
    assert workspace.desk is None


def test_my_scores_lists_totals_grades_and_a_claimed_veto_and_sorts(
    qtbot, qtmodeltester, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    declare(qtbot, window, FIRST, "none")
    declare(qtbot, window, SECOND, "none")
    declare(qtbot, window, THIRD, "disqualifying", "曾在该院兼职")
    fill_sheet(desk, FIRST, ratio="0.7")
    fill_sheet(desk, SECOND, ratio="0.8")
    item = desk.template.veto_items[0]
    sheets.save_veto(desk.db, desk.sheet_id(FIRST), item.key, True, "材料数据造假")
    workspace = workspace_of(window)
    workspace.standing.bar.ui.myScoresButton.click()
    dialog = workspace.standing.dialog
    assert isinstance(dialog, MyScoresDialog) and not dialog.ui.signButton.isVisible()
    model = dialog.model
    qtmodeltester.check(model)
    texts = {
        model.data(model.index(r, MyScoresModel.REF)): [
            model.data(model.index(r, c)) for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    first = texts[FIRST]
    assert first[MyScoresModel.GRADE] == "Unqualified (veto claimed)"
    assert first[MyScoresModel.VETOES].startswith(f"1. {item.name.en} ({item.key})")
    assert texts[SECOND][MyScoresModel.GRADE] in ("Excellent", "Good", "Qualified")
    assert texts[THIRD][MyScoresModel.GRADE] == "Withdrawn"
    assert "Disqualifying" in texts[THIRD][MyScoresModel.DECLARATION]
    total = model.data(model.index(0, MyScoresModel.TOTAL), SortRole)
    assert str(total) == str(desk.my_scores()[0].total)  # the raw Decimal for sorting
    table = dialog.ui.scoreTable
    table.sortByColumn(MyScoresModel.TOTAL, Qt.SortOrder.DescendingOrder)
    top = dialog.proxy.index(0, MyScoresModel.REF).data()
    assert top == SECOND  # 0.8 of every maximum beats 0.7
    table.setCurrentIndex(dialog.proxy.index(0, 0))
    dialog.ui.goButton.click()
    assert workspace.current_ref == SECOND


def test_a_submitted_declaration_is_changed_only_after_saying_what_is_lost(
    qtbot, window: MainWindow, desk: ExpertDesk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    for ref in (FIRST, SECOND, THIRD):
        declare(qtbot, window, ref, "none")
        fill_sheet(desk, ref)
    desk.submit(tmp_path / "r1.rdx", now=datetime.now(UTC))
    workspace = workspace_of(window)
    workspace.select_applicant(SECOND)
    workspace.declare_current()
    qtbot.waitUntil(lambda: visible_dialog(workspace, ConflictDialog) is not None)
    dialog = visible_dialog(workspace, ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    dialog.choose("disqualifying", "近亲属在该单位任职")
    seen: list[str] = []
    answer_box(
        lambda box: box.button(QMessageBox.StandardButton.Cancel), seen, lambda: dialog.confirm_box
    )
    dialog.ui.declareButton.click()
    assert "revision 1" in seen[0] and "leave your next revision" in seen[0]
    assert dialog.isVisible()
    assert desk.applicants()[1].conflict is not None
    assert desk.applicants()[1].conflict.value == "none"  # nothing changed
    answer_box(button("Change the declaration"), seen, lambda: dialog.confirm_box)
    dialog.ui.declareButton.click()
    assert not dialog.isVisible()
    assert desk.applicants()[1].disqualified
    bar = workspace.standing.bar
    qtbot.waitUntil(lambda: bar.ui.banner.isVisible(), timeout=WAIT)
    assert "since revision 1" in bar.ui.bannerLabel.text()
    workspace.close_package()


def test_private_notes_are_labelled_private_and_stored_encrypted(
    qtbot, window: MainWindow, desk: ExpertDesk, world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    workspace.select_applicant(FIRST)
    workspace.standing.bar.ui.notesButton.click()
    dialog = workspace.standing.dialog
    assert isinstance(dialog, PrivateNotesDialog)
    assert "Only you can read these notes" in dialog.ui.privateLabel.text()
    assert "never put into your score file" in dialog.ui.privateLabel.text()
    assert FIRST in dialog.windowTitle()
    note = "注意：第2份附件的经费数字与任务书不符"
    type_chinese(dialog.ui.noteEdit, note)
    dialog.ui.closeButton.click()
    assert not dialog.isVisible()
    assert desk.read_note(FIRST) == note
    home = world.home.database_path
    raw = b"".join(p.read_bytes() for p in home.parent.glob(home.name + "*"))
    assert "经费数字".encode() not in raw
    workspace.standing.bar.ui.notesButton.click()
    again = workspace.standing.dialog
    assert isinstance(again, PrivateNotesDialog) and again is not dialog
    assert again.ui.noteEdit.toPlainText() == note
    again.close()


def test_veto_items_are_numbered_without_a_gap_with_the_key_in_brackets(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    declare(qtbot, window, FIRST, "none")
    workspace = workspace_of(window)
    workspace.select_applicant(FIRST)
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST, timeout=WAIT)
    form = workspace.form
    assert form is not None
    keys = [item.key for item in desk.template.veto_items]
    shown = [form.vetoes[key].check.text() for key in keys]
    assert [text.split(".")[0] for text in shown] == [str(n) for n in range(1, len(keys) + 1)]
    assert all(text.endswith(f"({key})") for text, key in zip(shown, keys, strict=True))
