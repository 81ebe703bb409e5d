"""The commission desk (issue 10): its models, the applicant list's report, the assignment
matrix toggled through the core, roster signing one root key at a time, a row changed by
someone else, and the laptop layout in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_gui import ROUND, World, enter_desk, make_world, private_settings
from PySide6.QtCore import QSize, Qt

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import roster_admin, roster_publish
from reviewdesk.core.commission.keys import list_keys
from reviewdesk.core.crypto.roster import RosterRole, read_roster
from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow, Role
from reviewdesk.gui.models.template_model import RowRole

PARK = "P-park"


@pytest.fixture(autouse=True)
def _settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    private_settings(monkeypatch, tmp_path_factory.mktemp("settings"))


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, applicants=8)


@pytest.fixture
def desk(main_window: MainWindow, world: World) -> CommissionWorkspace:
    return enter_desk(main_window, world)


def test_every_table_model_passes_the_model_tester(
    desk: CommissionWorkspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    ui = desk.ui
    for tab in (ui.keysTab, ui.roundTab, ui.panelsTab):
        ui.tabs.setCurrentWidget(tab)
    desk.panels.select_panel(PARK)
    models = [
        desk.rounds_model,
        desk.keys.keys_model,
        desk.keys.history_model,
        desk.setup.forms_model,
        desk.setup.applicants_model,
        desk.panels.panels_model,
        desk.panels.matrix,
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)
    # The raw record behind a row, and the fingerprint in the groups read aloud by phone.
    key = desk.keys.keys_model.data(desk.keys.keys_model.index(0, 0), RowRole)
    tip = desk.keys.keys_model.data(desk.keys.keys_model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert key.fingerprint.split()[0] in tip and key.fingerprint.split()[4] in tip


def test_an_applicant_list_with_errors_names_each_row_and_column_and_imports_nothing(
    desk: CommissionWorkspace, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "编号,名称,类别,依托单位,联系邮箱\n"
        "B-001,一号单位,园区类,甲单位,a@b.cn\n"
        "B-002,,科研类,乙单位,not-mail\n"
        "B-001,重复,其他类,丙单位,\n",
        encoding="utf-8",
    )
    desk.ui.tabs.setCurrentWidget(desk.ui.roundTab)
    before = desk.setup.applicants_model.rowCount()
    desk.setup.import_applicants(bad)
    qtbot.waitUntil(lambda: desk.setup.problems_model.rowCount() > 0, timeout=10_000)
    model = desk.setup.problems_model
    shown = {
        (
            model.data(model.index(r, 0)),
            model.data(model.index(r, 1)),
            model.data(model.index(r, 2)),
        )
        for r in range(model.rowCount())
    }
    assert ("3", "名称", "the cell is empty") in shown
    assert ("3", "联系邮箱", "not an e-mail address: not-mail") in shown
    assert ("4", "类别", "not a category: 其他类") in shown
    assert desk.ui.applicantProblemsTable.isVisibleTo(desk)
    assert "nothing was imported" in desk.ui.applicantsSummary.text()
    assert desk.setup.applicants_model.rowCount() == before == 8  # the round kept its list


def test_toggling_a_cell_goes_to_the_core_and_the_check_names_the_conflict(
    desk: CommissionWorkspace, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk.ui.tabs.setCurrentWidget(desk.ui.panelsTab)
    desk.panels.select_panel(PARK)
    matrix = desk.panels.matrix
    conflicted = world.panel_experts[next(iter(world.panel_experts))][0]  # A-001's institution
    index = matrix.cell_index("A-001", conflicted)
    assert "same institution" in index.data(Qt.ItemDataRole.DisplayRole)
    assert "依托单位第1号" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert any("No problem" in p for p in desk.panels.problems)

    assert desk.panels.toggle("A-001", conflicted)

    stored = {r.applicant: r for r in panel_service.assignment_rows(world.db, ROUND, PARK)}
    assert conflicted in stored["A-001"].experts and stored["A-001"].edited
    index = matrix.cell_index("A-001", conflicted)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    problems = desk.panels.problems
    assert any("A-001" in p and "conflict" in p and "same institution" in p for p in problems)
    # The problem takes you to its cell.
    item = desk.ui.problemsList.item(0)
    desk.panels.go_to_problem(item)
    assert desk.ui.matrixTable.currentIndex() == matrix.cell_index("A-001", conflicted)

    # Taking an expert away below the form's minimum is named too.
    other = next(e for e in stored["A-005"].experts)
    assert desk.panels.toggle("A-005", other)
    assert any("A-005" in p and "too few experts" in p for p in desk.panels.problems)


def test_a_row_changed_by_someone_else_is_said_and_reloaded(
    desk: CommissionWorkspace, world: World
) -> None:
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    expert = next(k for k in list_keys(world.db) if k.section is RosterRole.EXPERT)
    desk.keys.select(expert.keyid)
    assert desk.keys.current().version == expert.version
    # Another member of staff saves the same key meanwhile.
    roster_admin.assign_key(
        world.db, expert.keyid, section=RosterRole.EXPERT, panels=list(expert.panels),
        institution="别人改过的单位", expected_version=expert.version,
    )  # fmt: skip
    desk.ui.institutionEdit.setText("我的单位")
    desk.ui.assignButton.click()
    assert "changed by someone else" in desk.banner
    assert "current state" in desk.banner
    now = desk.keys.current()
    assert now.keyid == expert.keyid and now.version > expert.version
    assert desk.ui.institutionEdit.text() == "别人改过的单位"  # shown as it is now
    stored = next(k for k in list_keys(world.db) if k.keyid == expert.keyid)
    assert stored.institution == "别人改过的单位"  # nothing of mine was written over it


def test_a_new_roster_version_collects_root_signatures_one_key_at_a_time(
    desk: CommissionWorkspace, world: World
) -> None:
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    chair = next(k for k in list_keys(world.db) if k.section is RosterRole.CHAIR)
    desk.keys.select(chair.keyid)
    desk.ui.reasonEdit.setText("离职")
    desk.ui.revokeButton.click()
    assert "离职" in desk.keys.current().revoke_reason
    desk.ui.rosterNoteEdit.setText("2026 第二版")
    desk.ui.draftButton.click()
    assert "0 of 2" in desk.ui.signStatusLabel.text()
    first = desk.keys.sign_with(world.roots[0])
    assert first is not None and not first.complete
    assert "1 of 2" in desk.ui.signStatusLabel.text()
    assert world.roots[0].name in desk.ui.signStatusLabel.text()
    assert desk.keys.sign_with(world.roots[0]) is None  # the same key twice: refused, said
    assert desk.banner
    second = desk.keys.sign_with(world.roots[1])
    assert second is not None and second.complete
    assert "2 of 2" in desk.ui.signStatusLabel.text()
    published = world.root / "roster" / "roster-v2.json"
    roster = read_roster(published.read_bytes())
    assert roster.version == 2 and chair.keyid in {r.keyid for r in roster.revocations}
    history = desk.keys.history_model
    assert [history.record(r).version for r in range(history.rowCount())] == [2, 1]
    assert roster_publish.current_roster(world.db).roster.version == 2  # type: ignore[union-attr]


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH])
def test_every_tab_fits_a_1280x800_laptop_in_both_languages(
    main_window: MainWindow, world: World, language: Language, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk = enter_desk(main_window, world, language)
    main_window.resize(1280, 800)
    limit = QSize(1280, 800)
    for index in range(desk.ui.tabs.count()):
        desk.ui.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        hint = main_window.minimumSizeHint()
        assert hint.width() <= limit.width() and hint.height() <= limit.height(), (index, hint)
        assert main_window.size() == limit  # nothing grew the window


def test_enrolment_requests_show_the_fingerprint_to_confirm_after_unlocking_the_key(
    main_window: MainWindow, world: World, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from commission_world import NOW
    from PySide6.QtWidgets import QMessageBox

    from reviewdesk.core.crypto.identity import Identity, make_enrolment
    from reviewdesk.core.domain import Role
    from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog

    person = Identity.generate("新专家甲", Role.EXPERT, now=NOW)
    request = tmp_path / "request.json"
    request.write_bytes(make_enrolment(person, now=NOW, verifier=world.operator.public.recipient))
    desk = enter_desk(main_window, world)
    desk.operator = None  # the key is unlocked when first needed, once
    desk.ui.operatorEdit.setText(str(world.root / "operational.age"))
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    desk.with_operator(lambda identity: desk.keys.import_requests([request], identity))
    dialog = desk.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.ui.passphraseEdit.setText("op")
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: isinstance(desk.dialog, QMessageBox), timeout=20_000)
    assert desk.operator is not None and desk.operator.keyid == world.operator.keyid
    shown = desk.dialog.text()  # type: ignore[union-attr]
    groups = person.public.fingerprint.split()
    assert "新专家甲" in shown and "  ".join(groups[:4]) in shown
    desk.dialog.close()  # type: ignore[union-attr]
    key = desk.keys.current()
    assert key is not None and key.keyid == person.keyid and not key.confirmed
    assert "  ".join(groups[:4]) in desk.ui.fingerprintLabel.text()
    desk.ui.confirmedByEdit.setText("王芳")
    desk.ui.confirmButton.click()
    confirmed = desk.keys.current()
    assert confirmed is not None and confirmed.confirmed and confirmed.confirmed_by == "王芳"


def test_the_matrix_is_toggled_from_the_keyboard(
    desk: CommissionWorkspace, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk.ui.tabs.setCurrentWidget(desk.ui.panelsTab)
    desk.panels.select_panel(PARK)
    table, matrix = desk.ui.matrixTable, desk.panels.matrix
    expert = matrix.experts[1].keyid
    before = expert in matrix.assigned("A-005")
    table.setFocus()
    table.setCurrentIndex(matrix.cell_index("A-005", expert))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    stored = {r.applicant: r for r in panel_service.assignment_rows(world.db, ROUND, PARK)}
    assert (expert in stored["A-005"].experts) is not before
    assert (expert in matrix.assigned("A-005")) is not before


def test_a_new_commission_starts_in_the_gui_folder_keys_and_first_roster(
    main_window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.core.crypto.identity import load_identity

    main_window.commission_desk.workspace.work_factor = 10  # type: ignore[attr-defined]
    main_window._translations.switch(Language.ENGLISH)
    main_window.choose_role(Role.COMMISSION)
    desk: CommissionWorkspace = main_window.commission_desk.workspace  # type: ignore[attr-defined]
    folder = tmp_path / "commission"
    desk.open_database(folder)
    qtbot.waitUntil(lambda: desk.db is not None, timeout=20_000)
    assert (folder / "commission.sqlite3").is_file()
    assert "none published" in desk.ui.rosterStatusLabel.text()
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    roots = [tmp_path / f"stick-{n}" / "root.age" for n in (1, 2, 3)]
    for path in roots:
        path.parent.mkdir()
    desk.keys.create_roots(roots, ["一号口令", "二号口令", "三号口令"], 2)
    qtbot.waitUntil(lambda: not desk.tasks, timeout=20_000)
    assert "3 root keys made; 2 must sign" in desk.banner
    assert all(p.is_file() for p in roots)
    desk.keys.create_own(RosterRole.OPERATIONAL, "赵敏", tmp_path / "operational.age", "业务口令")
    qtbot.waitUntil(lambda: not desk.tasks, timeout=20_000)
    assert desk.ui.operatorEdit.text() == str(tmp_path / "operational.age")
    sections = [k.section for k in desk.keys.keys_model.records]
    assert sections.count(RosterRole.ROOT) == 3 and RosterRole.OPERATIONAL in sections
    desk.ui.draftButton.click()
    desk.keys.sign_with(load_identity(roots[1], "二号口令"))
    desk.keys.sign_with(load_identity(roots[2], "三号口令"))
    assert (folder / "roster" / "roster-v1.json").is_file()
    assert "Roster: version 1" in desk.ui.rosterStatusLabel.text()
