"""Submitting from the expert workspace: the check of what is missing, the signed score file
and its revisions, and the PDF of the expert's own sheets (issue 4 items 7, 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from expert_gui import (
    WAIT,
    controller,
    declare,
    fill_sheet,
    make_window,
    open_package,
    visible_dialog,
)
from expert_world import APPLICANTS, ExpertWorld, make_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog
from reviewdesk.gui.expert.my_scores import MyScoresDialog
from reviewdesk.gui.expert.submission import SubmitCheckDialog, SubmitDoneDialog
from reviewdesk.gui.expert.workspace import ExpertWorkspace
from reviewdesk.gui.main_window import MainWindow

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


@pytest.fixture
def usb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The save dialog answers with files on a "USB stick", one per question."""
    stick = tmp_path / "usb"
    stick.mkdir()
    asked: list[Path] = []

    def answer(_parent: object, _title: str, suggested: Path, _filters: str) -> Path:
        asked.append(suggested)
        return stick / f"{len(asked)}-{suggested.name}"

    monkeypatch.setattr(common, "ask_save_file", answer)
    return asked


def workspace_of(window: MainWindow) -> ExpertWorkspace:
    return controller(window).workspace


def press_submit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    window.activateWindow()  # shortcuts fire in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workspace.ui.applicantTable.setFocus()
    qtbot.keyClick(
        workspace.ui.applicantTable, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def ready_to_submit(qtbot, window: MainWindow, desk: ExpertDesk) -> None:  # type: ignore[no-untyped-def]
    declare(qtbot, window, FIRST, "none")
    declare(qtbot, window, SECOND, "none")
    declare(qtbot, window, THIRD, "disqualifying", "曾在该院兼职")
    fill_sheet(desk, FIRST)
    fill_sheet(desk, SECOND)
    workspace_of(window).refresh()


def confirm_scores(qtbot, workspace: ExpertWorkspace) -> MyScoresDialog:  # type: ignore[no-untyped-def]
    """The last look before signing shows every applicant; signing is confirmed there."""
    qtbot.waitUntil(lambda: visible_dialog(workspace, MyScoresDialog) is not None, timeout=WAIT)
    dialog = visible_dialog(workspace, MyScoresDialog)
    assert isinstance(dialog, MyScoresDialog) and dialog.confirm
    assert dialog.model.rowCount() == len(APPLICANTS)
    dialog.ui.signButton.click()
    return dialog


def done_dialog(qtbot, workspace: ExpertWorkspace) -> SubmitDoneDialog:  # type: ignore[no-untyped-def]
    confirm_scores(qtbot, workspace)
    qtbot.waitUntil(lambda: visible_dialog(workspace, SubmitDoneDialog) is not None, timeout=WAIT)
    dialog = visible_dialog(workspace, SubmitDoneDialog)
    assert isinstance(dialog, SubmitDoneDialog)
    return dialog


def test_submitting_with_work_missing_lists_it_and_leads_there(
    qtbot, window: MainWindow, desk: ExpertDesk, usb: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    declare(qtbot, window, FIRST, "none")
    press_submit(qtbot, window)
    qtbot.waitUntil(lambda: visible_dialog(workspace, SubmitCheckDialog) is not None)
    check = visible_dialog(workspace, SubmitCheckDialog)
    assert isinstance(check, SubmitCheckDialog)
    lines = check.lines()
    name = APPLICANTS[0].name
    assert f"{FIRST} {name}: E1 Joint R&D capacity and contribution: no score yet." in lines
    assert f"{FIRST} {name}: The overall opinion is missing." in lines
    second = f"{SECOND} {APPLICANTS[1].name}: no conflict-of-interest declaration yet."
    assert second in lines
    assert usb == []  # nothing was asked, nothing signed
    check.ui.problemList.setCurrentRow(lines.index(second))
    qtbot.keyClick(check.ui.problemList, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible_dialog(workspace, ConflictDialog) is not None)
    dialog = visible_dialog(workspace, ConflictDialog)
    assert isinstance(dialog, ConflictDialog) and dialog.applicant.ref == SECOND
    assert workspace.current_ref == SECOND
    dialog.reject()


def test_a_missing_score_line_takes_the_cursor_to_that_score(
    qtbot, window: MainWindow, desk: ExpertDesk, usb: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    declare(qtbot, window, FIRST, "none")
    declare(qtbot, window, SECOND, "none")
    workspace.select_applicant(SECOND)
    window.activateWindow()  # focus moves only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workspace.submit()
    check = visible_dialog(workspace, SubmitCheckDialog)
    assert isinstance(check, SubmitCheckDialog)
    line = next(
        i for i, text in enumerate(check.lines()) if text.startswith(f"{FIRST} ") and "E2" in text
    )
    check.ui.problemList.setCurrentRow(line)
    check.ui.goButton.click()
    assert workspace.current_ref == FIRST
    form = workspace.form
    assert form is not None
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST, timeout=WAIT)
    qtbot.waitUntil(lambda: form.criteria["E2"].score.hasFocus())


def test_submit_writes_revision_one_and_a_change_makes_revision_two(
    qtbot, window: MainWindow, desk: ExpertDesk, usb: list[Path], world: ExpertWorld
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    ready_to_submit(qtbot, window, desk)
    press_submit(qtbot, window)
    done = done_dialog(qtbot, workspace)
    first = done.score_file
    assert first.revision == 1 and first.path.exists()
    assert usb[0].name.endswith("-r1.rdx")  # the core's suggestion: round, panel, expert, rev
    assert "Revision 1 of your scores is signed" in done.ui.titleLabel.text()
    assert str(first.path) == done.ui.pathLabel.text()
    assert done.ui.fingerprintLabel.text().split() == list(first.fingerprint)
    assert "revision 2" in done.ui.noteLabel.text()
    done.accept()
    model = workspace.model
    assert model is not None
    assert model.data(model.index(0, model.STATUS)) == "Submitted (revision 1)"
    assert model.data(model.index(2, model.STATUS)) == "Withdrawn: not scored"

    # Change a score: the signed revision stays, the next one opens for editing.
    workspace.select_applicant(FIRST)
    form = workspace.form
    assert form is not None
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST and form.summary.revise.isVisible())
    form.summary.revise.click()
    edit = form.criteria["E1"].score
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "22")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert form.finish_saving()
    qtbot.waitUntil(
        lambda: "changed since revision 1" in str(model.data(model.index(0, model.STATUS)))
    )
    press_submit(qtbot, window)
    second = done_dialog(qtbot, workspace).score_file
    assert second.revision == 2 and second.path != first.path and second.path.exists()
    assert second.fingerprint != first.fingerprint
    assert usb[1].name.endswith("-r2.rdx")


def test_the_pdf_of_my_sheets_is_written_for_one_and_for_all(
    qtbot, window: MainWindow, desk: ExpertDesk, usb: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    ready_to_submit(qtbot, window, desk)
    submission = workspace._submission()
    workspace.select_applicant(FIRST)
    assert workspace.pdf_one_action is not None and workspace.pdf_all_action is not None
    with qtbot.waitSignal(submission.pdfWritten, timeout=WAIT) as one:
        workspace.pdf_one_action.trigger()
    with qtbot.waitSignal(submission.pdfWritten, timeout=WAIT) as everything:
        workspace.pdf_all_action.trigger()
    single, whole = Path(one.args[0]), Path(everything.args[0])
    assert single.read_bytes().startswith(b"%PDF") and whole.read_bytes().startswith(b"%PDF")
    assert FIRST in usb[0].name
    assert len(whole.read_bytes()) > len(single.read_bytes())
    assert str(whole) in window.statusBar().currentMessage()
