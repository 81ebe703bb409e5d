"""The expert workspace: the declaration gate before materials and form, withdrawal, the
splitter of viewer and form, keyboard and language (issue 4 items 3, 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from expert_gui import (
    WAIT,
    controller,
    declare,
    make_window,
    open_package,
    pledge_dialog,
    type_chinese,
    unlock,
    visible_dialog,
)
from expert_world import APPLICANTS, ROUND, ExpertWorld, make_world
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QSplitter

from reviewdesk.core.domain import Conflict
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.gui.expert.applicant_model import ApplicantListModel
from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog
from reviewdesk.gui.expert.roster_pin_dialog import RosterPinDialog
from reviewdesk.gui.expert.workspace import ExpertWorkspace
from reviewdesk.gui.i18n import Language, Translations
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


def workspace_of(window: MainWindow) -> ExpertWorkspace:
    return controller(window).workspace


def status(workspace: ExpertWorkspace, ref: str) -> str:
    model = workspace.model
    assert model is not None
    return str(model.data(model.index(model.row_of(ref), model.STATUS)))


def test_materials_and_form_stay_closed_until_the_declaration(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    assert workspace.current_ref == FIRST  # the first applicant is chosen
    assert workspace.ui.applicantPages.currentWidget() is workspace.ui.gatePage
    viewer, form = workspace.viewer, workspace.form
    if viewer is not None and form is not None:  # made ahead, but nothing in them
        assert not viewer.isVisible() and viewer.model.rowCount() == 0
        assert not form.isVisible() and form.sheet_id is None
    assert not desk.materials_open(FIRST)
    declare(qtbot, window, FIRST, "none")
    assert workspace.ui.applicantPages.currentWidget() is workspace.ui.readingPage
    viewer = workspace.viewer
    assert viewer is not None and isinstance(viewer.parent(), QSplitter)
    qtbot.waitUntil(lambda: viewer.shown_index() == 0, timeout=WAIT)  # page one, from memory
    assert viewer.model.rowCount() == 2
    assert viewer.pdf_pane.document.pageCount() == 3
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST, timeout=WAIT)  # after that page
    form = workspace.form
    assert form is not None and form.parent() is viewer.parent()  # beside the materials
    assert form.isVisible() and form.sheet_id is not None and form.template is not None
    assert workspace.ui.declarationLabel.text() == "Declared: No conflict"
    assert status(workspace, FIRST) == "Not started"
    assert status(workspace, SECOND) == "Declaration needed"


def test_choosing_an_undeclared_applicant_closes_the_materials_of_the_last(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    declare(qtbot, window, FIRST, "none")
    assert workspace.viewer is not None
    qtbot.waitUntil(lambda: workspace.viewer is not None and workspace.viewer.shown_index() == 0)
    workspace.select_applicant(SECOND)
    assert workspace.ui.applicantPages.currentWidget() is workspace.ui.gatePage
    assert workspace.viewer.shown_index() == -1 and workspace.viewer.model.rowCount() == 0


def test_a_potential_conflict_must_say_what_it_is(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    workspace.declare_current()
    qtbot.waitUntil(lambda: visible_dialog(workspace, ConflictDialog) is not None)
    dialog = visible_dialog(workspace, ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    dialog.choose("potential", "")
    dialog.ui.declareButton.click()
    assert dialog.isVisible()
    assert dialog.error.text == f"Say what the potential conflict of interest with {FIRST} is."
    type_chinese(dialog.ui.textEdit, "五年前曾在该中心兼职")
    dialog.ui.declareButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "五年前曾在该中心兼职" in workspace.ui.declarationLabel.text()
    assert status(workspace, FIRST) == "Not started · potential conflict"
    applicant = next(a for a in desk.applicants() if a.ref == FIRST)
    assert applicant.conflict is Conflict.POTENTIAL
    assert applicant.conflict_text == "五年前曾在该中心兼职"


def test_a_disqualifying_conflict_withdraws_the_applicant_from_scoring(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    declare(qtbot, window, SECOND, "disqualifying", "近亲属在该单位任职")
    assert status(workspace, SECOND) == "Withdrawn: not scored"
    assert workspace.ui.applicantPages.currentWidget() is workspace.ui.gatePage
    assert "withdrawn" in workspace.ui.gateTitle.text()
    assert workspace.ui.declareButton.text() == "Change &declaration…"
    assert not desk.materials_open(SECOND)
    problems = desk.submission_problems()
    assert all(p.applicant != SECOND for p in problems)  # nothing to score there


def test_enter_on_an_undeclared_row_opens_the_declaration(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    table = workspace.ui.applicantTable
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert workspace.current_ref == SECOND
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible_dialog(workspace, ConflictDialog) is not None)
    dialog = visible_dialog(workspace, ConflictDialog)
    assert isinstance(dialog, ConflictDialog) and dialog.applicant.ref == SECOND
    assert not dialog.ui.declareButton.isEnabled()  # an answer must be chosen
    dialog.reject()


def test_the_workspace_follows_a_language_switch(
    qapp: QApplication, qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    declare(qtbot, window, FIRST, "none")
    translations = Translations.for_application(qapp)
    english_details = workspace.ui.detailsLabel.text()
    assert english_details.startswith("Evaluation · ")
    translations.switch(Language.CHINESE)
    try:
        kind = QCoreApplication.translate("domain", "Evaluation")
        assert kind != "Evaluation"
        qtbot.waitUntil(lambda: workspace.ui.detailsLabel.text().startswith(f"{kind} · "))
        assert workspace.ui.submitButton.text() == QCoreApplication.translate(
            "ExpertWorkspace", "&Submit scores…"
        )
        model = workspace.model
        assert model is not None
        assert model.headerData(model.STATUS, Qt.Orientation.Horizontal) == (
            QCoreApplication.translate("ApplicantListModel", "Status")
        )
        assert status(workspace, SECOND) == QCoreApplication.translate(
            "ExpertDesk", "Declaration needed"
        )
        translations.switch(Language.ENGLISH)
        qtbot.waitUntil(lambda: workspace.ui.detailsLabel.text() == english_details)
        assert workspace.ui.submitButton.text() == "&Submit scores…"
    finally:
        translations.switch(Language.ENGLISH)


def test_controls_have_accessible_names_and_the_submit_shortcut(
    window: MainWindow, desk: ExpertDesk
) -> None:
    workspace = workspace_of(window)
    assert workspace.ui.applicantTable.accessibleName() == "Applicants assigned to you"
    assert workspace.submit_action is not None
    keys = [k.toString() for k in workspace.submit_action.shortcuts()]
    assert keys == ["Ctrl+Return", "Ctrl+Enter"]
    assert workspace.ui.applicantsLabel.buddy() is workspace.ui.applicantTable


def test_the_applicant_model_passes_the_model_tester(
    qtmodeltester, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    model = ApplicantListModel(desk.applicants())
    qtmodeltester.check(model)
    assert model.applicant_at(0).ref == FIRST


def test_a_fresh_world_without_a_pinned_root_asks_to_pin_first(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "unpinned", pinned=False)
    window = make_window(qapp, qtbot, world)
    desk = controller(window)
    desk.open_package(world.package)
    unlock(qtbot, window)  # the passphrase first: it opens the roster inside the package
    qtbot.waitUntil(lambda: isinstance(desk.dialog, RosterPinDialog), timeout=WAIT)
    dialog = desk.dialog
    assert isinstance(dialog, RosterPinDialog)
    # No roster file to hunt for: the one inside the package is shown at once.
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.ui.fileEdit.text() == str(world.package)
    dialog.ui.confirmCheck.setChecked(True)
    assert not dialog.ui.pinButton.isEnabled()
    dialog.phone_edit.setText(dialog.preview.roots[0].fingerprint[-1])  # read on the phone
    dialog.ui.pinButton.click()
    assert pledge_dialog(qtbot, window).desk.summary.round == ROUND
    assert world.home.trust_path.exists()


def test_tab_goes_from_the_list_to_the_materials_the_sheet_then_submit(
    qtbot, window: MainWindow, desk: ExpertDesk
) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_of(window)
    declare(qtbot, window, FIRST, "none")
    qtbot.waitUntil(lambda: workspace.sheet_ref == FIRST, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workspace.ui.applicantTable.setFocus()
    order = []
    # Round the whole chain once: a banner or the viewer's tools may add stops on a slow run.
    for _ in range(120):
        widget = QApplication.focusWidget()
        if order and widget is order[0]:
            break
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        raise AssertionError(f"Tab never came back to the list: {order!r}")
    viewer, form = workspace.viewer, workspace.form
    assert viewer is not None and form is not None
    ui = workspace.ui
    position = {w: order.index(w) for w in (ui.changeDeclarationButton, viewer.list)}
    position[form.criteria["E1"].score] = order.index(form.criteria["E1"].score)
    position[ui.submitButton] = order.index(ui.submitButton)
    assert list(position.values()) == sorted(position.values())
    assert order[order.index(ui.submitButton) + 1] is ui.pdfButton
