"""The commission desk's long work (issue 10): materials checked and packages built in the
background with progress and cancel, the hand-over list; result bundles imported with a
verdict per bundle, the round's results and the publications."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_gui import (
    ROUND,
    World,
    enter_desk,
    finished_round,
    make_world,
    private_settings,
)
from PySide6.QtCore import Qt

from reviewdesk.core.commission.building import issued_packages
from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    private_settings(monkeypatch, tmp_path_factory.mktemp("settings"))


def wait_idle(desk: CommissionWorkspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not desk.tasks, timeout=60_000)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, applicants=8)


def test_build_runs_in_the_background_with_progress_and_gives_the_hand_over_list(
    main_window: MainWindow, world: World, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk = enter_desk(main_window, world)
    ui = desk.ui
    ui.tabs.setCurrentWidget(ui.buildTab)
    assert any("has no materials" in p for p in desk.build.problems)  # named before building

    ui.tabs.setCurrentWidget(ui.roundTab)
    (world.materials / "Z-999-stray.pdf").write_bytes(b"%PDF-1.4 nothing else")
    desk.setup.check_materials(world.materials)
    wait_idle(desk, qtbot)
    model = desk.setup.materials_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Z-999-stray.pdf"
    assert "belongs to no applicant" in model.data(model.index(0, 2))

    ui.tabs.setCurrentWidget(ui.buildTab)
    assert desk.build.problems == ["Nothing stops the build."]
    seen: list[int] = []
    ui.buildProgress.valueChanged.connect(seen.append)
    out = tmp_path / "sticks"
    desk.build.build(out, world.operator)
    assert not ui.buildButton.isEnabled() and ui.cancelBuildButton.isEnabled()
    wait_idle(desk, qtbot)
    assert seen and max(seen) > 0  # progress reached the bar
    assert ui.buildButton.isEnabled() and not ui.buildProgress.isVisible()
    handover = desk.build.handover_model
    issued = issued_packages(world.db, ROUND)
    assert handover.rowCount() == len(issued) == 24  # 20 experts, 4 chairs
    for row in range(handover.rowCount()):
        package = handover.record(row)
        assert package.path.is_file() and package.path.parent.parent == out
    assert handover.data(handover.index(0, 3), Qt.ItemDataRole.ToolTipRole)  # fingerprint
    pdf = desk.build.pdf()
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    copy = tmp_path / "handover-copy.pdf"
    desk.build.save_pdf(copy)
    assert copy.read_bytes() == pdf.read_bytes()


def test_a_cancelled_build_leaves_nothing_behind(
    main_window: MainWindow, world: World, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.core.commission import round_setup

    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.buildTab)
    out = tmp_path / "sticks"
    desk.build.build(out, world.operator)
    desk.ui.cancelBuildButton.click()
    wait_idle(desk, qtbot)
    assert "Stopped" in desk.banner
    assert issued_packages(world.db, ROUND) == []
    assert not out.exists() or not any(p.suffix == ".rdx" for p in out.rglob("*"))


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, list[Path]]:
    world, _, bundles = finished_round(tmp_path_factory.mktemp("round"), applicants=8)
    return world, bundles


def test_result_bundles_import_with_a_verdict_each_and_the_round_is_published(
    main_window: MainWindow, finished: tuple[World, list[Path]], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    world, bundles = finished
    tampered = tmp_path / "not-a-bundle.rdx"
    tampered.write_bytes(b"RDX? this is no result bundle")
    desk = enter_desk(main_window, world)
    ui = desk.ui
    ui.tabs.setCurrentWidget(ui.resultsTab)
    assert "P-park" in ui.resultsSummary.text()  # nothing in yet: every panel missing

    desk.results.import_bundles([*bundles, bundles[0], tampered], world.operator)
    wait_idle(desk, qtbot)
    verdicts = desk.results.verdicts_model
    shown = [verdicts.data(verdicts.index(r, 1)) for r in range(verdicts.rowCount())]
    assert shown == ["accepted"] * 4 + ["already imported", "refused"]
    reason = verdicts.data(verdicts.index(5, 4))
    assert reason and reason != "—" and "did not expect" not in reason
    assert "4 bundle(s) accepted" not in desk.banner and "1 refused" in desk.banner

    results = desk.results.results_model
    assert results.rowCount() == 8
    grades = {results.data(results.index(r, 4)) for r in range(results.rowCount())}
    assert grades <= {
        "优秀",
        "良好",
        "合格",
        "不合格",
        "Excellent",
        "Good",
        "Qualified",
        "Unqualified",
    }
    assert ui.resultsSummary.text() == "Every panel's result is in."

    ui.commissionNameEdit.setText("北京市科学技术委员会")
    out = tmp_path / "publication"
    desk.results.publish(out, world.operator)
    wait_idle(desk, qtbot)
    publication = desk.results.publication
    assert publication is not None
    assert publication.workbook.is_file() and publication.notice.read_bytes().startswith(b"%PDF")
    assert len(publication.summaries) == 8
    assert publication.archive is not None and publication.archive.files > 0
    assert str(out) in ui.publishSummary.text()
