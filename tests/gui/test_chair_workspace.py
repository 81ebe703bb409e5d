"""The chair's workspace over a real ChairDesk: importing a folder gives one verdict per file,
decisions go to the core and the matrix shows its answer, an override without a reason is
refused by the core, the missing list takes the chair to each blocker, and the window fits a
1280×800 laptop in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from chair_gui_world import APPLICANTS, EXPERT_NAMES, ChairWorld, make_chair_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.core.domain import Grade
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.import_dialog import ImportDialog, score_files_in
from reviewdesk.gui.chair.workspace import ChairWorkspace
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.models.template_model import RowRole


@pytest.fixture
def world(tmp_path: Path) -> ChairWorld:
    made = make_chair_world(tmp_path)
    yield made
    made.db.close()


def import_folder(qtbot, desk, folder: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(
        lambda paths, progress, cancel: desk.import_files(paths, progress=progress, cancel=cancel)
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_paths([folder])
    qtbot.waitUntil(lambda: not dialog.running)
    return dialog


def workspace_with(qtbot, world: ChairWorld, *, imported: bool = True) -> ChairWorkspace:  # type: ignore[no-untyped-def]
    desk = world.open_desk()
    if imported:
        desk.import_files([world.stick])
    ws = ChairWorkspace()
    qtbot.addWidget(ws)
    ws.resize(1280, 760)
    ws.show()
    ws.show_desk(desk)
    return ws


def cell(ws: ChairWorkspace, ref: str, kind: str) -> str:
    model = ws.model
    return model.data(model.index(model.row_of(ref), model.column_of(kind)))


def test_importing_a_folder_shows_one_verdict_per_file(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    desk = world.open_desk()
    dialog = import_folder(qtbot, desk, world.stick)
    files = score_files_in([world.stick])
    assert len(files) == 7  # the .rdx files in the folder and its subfolders, not the .txt
    model = dialog.model
    assert model.rowCount() == len(files)
    assert sorted(v.path.name for v in model.verdicts) == sorted(f.name for f in files)
    verdicts = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(7)}
    assert sum("Accepted" in v for v in verdicts.values()) == 5
    assert sum("Already imported" in v for v in verdicts.values()) == 1
    assert "Rejected" in verdicts["其他专家组.rdx"]
    reason = model.index(
        next(r for r in range(7) if model.index(r, 0).data() == "其他专家组.rdx"), model.REASON
    ).data()
    assert reason and "age-no-identity" not in reason  # a sentence, not a code
    # The row names the file: the reason starts with what is wrong, not a long path.
    assert str(world.stick) not in reason and "其他专家组.rdx" in reason
    assert "accepted: 5" in dialog.summary.text().lower() or "5" in dialog.summary.text()
    # Importing again changes nothing: every file is now "already imported" or rejected.
    again = import_folder(qtbot, desk, world.stick)
    texts = [again.model.index(r, 1).data() for r in range(again.model.rowCount())]
    assert not any("Accepted" in t for t in texts)
    # The table sorts by verdict (the proxy) and exports as CSV with one line per file.
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert "Rejected" in dialog.proxy.index(0, 1).data()
    out = world.root / "verdicts.csv"
    dialog.export_csv(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 7 and "其他专家组.rdx" in out.read_text(encoding="utf-8-sig")


def test_a_decision_goes_to_the_core_and_the_matrix_updates(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_with(qtbot, world)
    assert cell(ws, "KY-02", "flags") == "⚑ 3 open"
    assert ws.select_applicant("KY-02")
    panel = ws.decisions
    assert panel.row is not None and panel.row.ref == "KY-02"
    outlier = next(f.id for f in panel.row.result.flags if f.id.startswith("deviation:"))
    assert panel.select_flag(outlier)
    panel.flag_note.setPlainText("该专家说明其依据为实地考察，专家组认可其独立判断。")
    qtbot.mouseClick(panel.flag_save, Qt.MouseButton.LeftButton)
    assert cell(ws, "KY-02", "flags") == "⚑ 2 open"
    stored = ws.desk.matrix().row("KY-02").result
    assert next(f for f in stored.flags if f.id == outlier).resolved
    # The veto claim: confirming it makes the applicant Unqualified, in the matrix too.
    assert ws.select_applicant("KY-03")
    assert panel.select_veto("V1")
    # The box elides the template's long veto label; its tooltip has it whole.
    veto_name = texts.pick(ws.info.template.veto_item("V1").name)
    assert len(veto_name) > 16 and veto_name in panel.veto_item.toolTip()
    panel.veto_verdict.setCurrentIndex(panel.veto_verdict.findData("confirmed"))
    panel.veto_reason.setText("原件核对确认签字页伪造")
    qtbot.mouseClick(panel.veto_save, Qt.MouseButton.LeftButton)
    assert cell(ws, "KY-03", "grade") == "Unqualified"
    assert cell(ws, "KY-03", "rank") == "not ranked: veto"
    # The panel opinion is saved after a pause, through the core.
    panel.opinion.setPlainText("专家组认为该基地材料存在弄虚作假。")
    qtbot.waitUntil(lambda: ws.desk.matrix().row("KY-03").panel_opinion != "", timeout=5000)


def test_an_override_without_a_reason_is_refused_by_the_core(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_with(qtbot, world)
    ws.select_applicant("KY-01")
    panel = ws.decisions
    panel.grade_choice.setCurrentIndex(panel.grade_choice.findData(Grade.GOOD.value))
    panel.grade_reason.setPlainText("   ")
    qtbot.mouseClick(panel.grade_save, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and panel.error.text()
    assert ws.desk.matrix().row("KY-01").result.grade_override is None
    assert cell(ws, "KY-01", "grade") == "Excellent"
    # With a reason the core takes it, and the matrix shows it as an override.
    panel.grade_reason.setPlainText("合作协议已于评价期中途终止")
    qtbot.mouseClick(panel.grade_save, Qt.MouseButton.LeftButton)
    assert not panel.error.isVisible()
    grade = cell(ws, "KY-01", "grade")
    assert "Good" in grade and "override" in grade and "Excellent" in grade


def test_a_refusal_goes_away_when_the_chair_moves_to_another_applicant(
    qtbot, world, english
) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_with(qtbot, world)
    ws.select_applicant("KY-01")
    panel = ws.decisions
    panel.grade_choice.setCurrentIndex(panel.grade_choice.findData(Grade.GOOD.value))
    panel.grade_reason.setPlainText("")
    qtbot.mouseClick(panel.grade_save, Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and panel.error.text()
    # Another applicant: the refusal was about KY-01, not about this one.
    assert ws.select_applicant("KY-04")
    assert panel.row is not None and panel.row.ref == "KY-04"
    assert not panel.error.isVisible()
    # Back on KY-01 nothing was recorded and nothing stale is shown either.
    assert ws.select_applicant("KY-01")
    assert not panel.error.isVisible()
    assert ws.desk.matrix().row("KY-01").result.grade_override is None


def test_the_missing_list_takes_the_chair_to_each_blocker(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_with(qtbot, world)
    items = [ws.ui.missingList.item(i) for i in range(ws.ui.missingList.count())]
    assert len(items) == len(ws.desk.blockers()) > 0
    veto = next(i for i in items if "veto claim V1" in i.text())
    assert "KY-03" in veto.text()
    ws.ui.missingList.setCurrentItem(veto)
    ws.ui.missingList.itemActivated.emit(veto)
    assert ws.current_row() is not None and ws.current_row().ref == "KY-03"
    assert ws.ui.detailTabs.currentWidget() is ws.ui.decideTab
    assert ws.decisions.veto_item.currentData() == "V1"
    flag = next(i for i in items if "KY-02" in i.text() and "Outlier" in i.text())
    assert EXPERT_NAMES[4] in flag.text()  # names the expert, not a key id
    ws.ui.missingList.itemActivated.emit(flag)
    assert ws.current_row().ref == "KY-02"
    assert ws.decisions.flag_list.currentItem().text().startswith("⚑ Outlier")


def test_filters_and_drill_down(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_with(qtbot, world)
    ws.ui.openFlagsCheck.setChecked(True)
    shown = {r.ref for r in ws.visible_rows()}
    assert shown == {"KY-02", "KY-03"}
    ws.ui.openFlagsCheck.setChecked(False)
    assert len(ws.visible_rows()) == len(APPLICANTS)
    ws.select_applicant("KY-02")
    detail = ws.detail
    assert detail.scores_model.columnCount() == 5
    words = detail.words.toPlainText()
    assert EXPERT_NAMES[0] in words and "国际合作持续开展" in words
    assert "81" in detail.summary.text()
    assert ws.ui.matrixTable.currentIndex().data(RowRole).ref == "KY-02"


def test_a_missing_sheet_says_so_and_names_use_the_room_there_is(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    ws = workspace_with(qtbot, world, imported=False)
    QApplication.processEvents()
    model, table = ws.model, ws.ui.matrixTable
    first = model.index(model.row_of("KY-01"), model.expert_column(0))
    # A word, not an ellipsis that reads as a cut-off cell; the tooltip says whose sheet.
    assert model.data(first) == "missing"
    assert EXPERT_NAMES[0] in model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert table.columnWidth(first.column()) >= table.fontMetrics().horizontalAdvance("missing")
    # The name column takes the room the other columns leave: while a name is cut off the
    # columns fill the table (no empty band to their right), and never run past it.
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    least = table.fontMetrics().averageCharWidth() * 22
    name = APPLICANTS[1].name  # the longest
    assert table.columnWidth(model.NAME) < table.fontMetrics().horizontalAdvance(name)
    total = sum(table.columnWidth(c) for c in shown)
    assert total == table.viewport().width() or table.columnWidth(model.NAME) == least
    # A wider window: the names are shown whole; a narrow one: not below their least width.
    ws.resize(2200, 760)
    QApplication.processEvents()
    assert table.columnWidth(model.NAME) > table.fontMetrics().horizontalAdvance(name)
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    ws.resize(900, 760)
    QApplication.processEvents()
    assert table.columnWidth(model.NAME) == least


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_the_desk_fits_a_1280_by_800_laptop(qtbot, world, main_window, language) -> None:  # type: ignore[no-untyped-def]
    Translations.for_application(QApplication.instance()).switch(language)
    desk = world.open_desk()
    desk.import_files([world.stick])
    controller = main_window.chair_desk
    controller._show_page()  # as choosing the role does, without a home on this machine
    controller.workspace.show_desk(desk)
    assert main_window.ui.pages.currentWidget() is controller.workspace
    QApplication.processEvents()
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    main_window.resize(1280, 800)
    QApplication.processEvents()
    assert main_window.width() <= 1280
    # Nothing grows the window as the chosen applicant changes.
    for ref in ("KY-02", "KY-03", "KY-01"):
        controller.workspace.select_applicant(ref)
        QApplication.processEvents()
        assert main_window.minimumSizeHint().width() <= 1280
        assert main_window.width() <= 1280
    controller.workspace.close_panel()


def test_a_paper_sheet_is_checked_by_the_core_and_marked_as_entered_by_the_chair(
    qtbot, world, english
) -> None:  # type: ignore[no-untyped-def]
    from chair_gui_world import TEMPLATE, experts, sheet

    from reviewdesk.gui.chair.paper_sheet import PaperSheetDialog

    ws = workspace_with(qtbot, world, imported=False)
    expert = experts()[0]
    dialog = PaperSheetDialog(ws.desk, "KY-04", expert.keyid, ws)
    qtbot.addWidget(dialog)
    dialog.entered.connect(ws.refresh)
    assert dialog.expert_combo.currentText() == EXPERT_NAMES[0]
    # An empty sheet is refused: the core lists what is missing, nothing is stored.
    dialog.note.setText("纸质评分表，会上由专家本人签字后交组长录入")
    assert not dialog.enter()
    assert "Not entered" in dialog.problems.text()
    todo = dialog.form.problem_list
    missing = [todo.item(row).text() for row in range(todo.count())]
    assert len(missing) == 7 and all("no score yet" in line for line in missing[:6])
    # The to-do list shows six of them at once and the buttons stay on a 1280×800 screen.
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert todo.viewport().height() >= 6 * todo.visualItemRect(todo.item(0)).height()
    assert dialog.rect().contains(dialog.enter_button.geometry())
    assert dialog.rect().contains(dialog.close_button.geometry())
    assert not [h for h in ws.desk.held_sheets("KY-04") if h.entered_by_chair]
    # The same form filled in completely is stored, marked, and shows in the matrix.
    dialog.form.open_paper(TEMPLATE, sheet(expert, "KY-04", "78"))
    assert dialog.enter()
    held = [h for h in ws.desk.held_sheets("KY-04") if h.entered_by_chair]
    assert len(held) == 1 and held[0].chair_note.startswith("纸质评分表")
    first_expert = ws.model.index(ws.model.row_of("KY-04"), ws.model.expert_column(0))
    assert ws.model.data(first_expert).startswith("✎")
    assert "entered by the chair" in ws.model.data(first_expert, Qt.ItemDataRole.ToolTipRole)


def test_every_alt_letter_on_the_desk_is_unique(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    ws = workspace_with(qtbot, world)
    for ref in ("KY-02", "KY-03"):  # flags shown, then the veto box shown
        ws.select_applicant(ref)
        letters: dict[str, str] = {}
        for widget in (
            ws.findChildren(QAbstractButton) + ws.findChildren(QLabel) + ws.findChildren(QGroupBox)
        ):
            if not widget.isVisibleTo(ws):
                continue
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            for letter in re.findall(r"&([^&\s])", text):
                assert letter.lower() not in letters, (text, letters[letter.lower()])
                letters[letter.lower()] = text
        assert len(letters) >= 10


def test_finalising_waits_for_the_missing_list_then_signs_and_reopens(
    qtbot, world, english
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.core.scoring import VetoVerdict
    from reviewdesk.gui.chair.finalise import FinaliseDialog

    ws = workspace_with(qtbot, world)
    qtbot.mouseClick(ws.ui.finaliseButton, Qt.MouseButton.LeftButton)
    assert ws.ui.lowerTabs.currentWidget() is ws.ui.missingTab  # not yet: the list first
    assert not isinstance(ws.dialog, FinaliseDialog)
    for blocker in ws.desk.blockers():
        if str(blocker.kind) == "unresolved-flag":
            ws.desk.resolve_flag(blocker.applicant, blocker.subject, "专家组讨论后认可")
        else:
            ws.desk.decide_veto(
                blocker.applicant, blocker.subject, VetoVerdict.DISMISSED, "核对无误"
            )
    ws.refresh()
    assert ws.ui.missingList.count() == 0
    qtbot.mouseClick(ws.ui.finaliseButton, Qt.MouseButton.LeftButton)
    dialog = ws.dialog
    assert isinstance(dialog, FinaliseDialog)
    dialog.folder.setText(str(world.root / "out"))
    (world.root / "out").mkdir()
    with qtbot.waitSignal(dialog.finalised, timeout=120_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    result = dialog.finalised_result
    assert result is not None and result.bundle.exists()
    assert result.fingerprint in dialog.outcome.text()
    # Every file written is named, and none is cut off at the dialog's bottom edge.
    for written in (result.bundle, result.report_pdf, result.workbook):
        assert written is not None and written.name in dialog.outcome.text()
    QApplication.processEvents()
    assert dialog.outcome.height() >= dialog.outcome.sizeHint().height()
    assert "finalised" in ws.ui.statusLabel.text()
    # Reopening makes version 2; a blank reason is refused by the core.
    assert not ws.reopen_version("  ")
    assert ws.info.version == 1
    assert ws.reopen_version("委员会要求补充说明")
    assert ws.info.version == 2 and ws.info.finalised_at is None
