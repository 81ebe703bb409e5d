"""Breaking a tie from the Ranking tab (DESIGN §2.2.7): two applicants with exactly the same
sheets tie on the panel score, every criterion mean and the 优秀 count, across the 优秀 quota
limit, so the desk cannot finalise. The chair orders them in a dialog with a reason; a blank
reason is refused with the core's sentence; the order then places them, the blockers go, and
the order can be removed again."""

from __future__ import annotations

import json
from pathlib import Path

import chair_gui_world
import pytest
from chair_gui_world import ChairWorld, make_chair_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.core.chair.views import BlockerKind
from reviewdesk.core.domain import Grade
from reviewdesk.core.templates.loader import parse_template, template_document
from reviewdesk.gui.chair.tie_order_dialog import TieOrderDialog
from reviewdesk.gui.chair.workspace import ChairWorkspace


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ChairWorld:
    document = template_document(chair_gui_world.TEMPLATE)
    document["quota"]["enabled"] = True  # 30 % of 4 graded: one 优秀, two tied for it
    template = parse_template(json.dumps(document, ensure_ascii=False).encode())
    monkeypatch.setattr(chair_gui_world, "TEMPLATE", template)
    monkeypatch.setitem(chair_gui_world.TOTALS, "KY-04", chair_gui_world.TOTALS["KY-01"])
    made = make_chair_world(tmp_path)
    yield made
    made.db.close()


def tie_blockers(ws: ChairWorkspace) -> list[str]:
    return sorted(str(b.applicant) for b in ws.blockers if b.kind is BlockerKind.UNRESOLVED_TIE)


def open_dialogs() -> list[TieOrderDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TieOrderDialog) and w.isVisible()
    ]


def first_line_with(text: str, ref: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if ref in line)


def test_chair_orders_a_tie_with_a_reason(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    desk = world.open_desk()
    desk.import_files([world.stick])
    ws = ChairWorkspace()
    qtbot.addWidget(ws)
    ws.resize(1280, 760)
    ws.show()
    ws.show_desk(desk)
    assert tie_blockers(ws) == ["KY-01", "KY-04"]
    missing = [ws.ui.missingList.item(r).text() for r in range(ws.ui.missingList.count())]
    assert any("tied in the ranking" in line for line in missing)

    # The missing list takes the chair to the Ranking tab, to the group's button.
    tie = next(b for b in ws.blockers if b.kind is BlockerKind.UNRESOLVED_TIE)
    ws.go_to_blocker(tie)
    assert ws.ui.lowerTabs.currentWidget() is ws.ui.rankingTab
    assert len(ws.tie_buttons.buttons) == 1
    button = ws.tie_buttons.buttons[0]
    assert button.isVisible() and "KY-01" in button.text() and "KY-04" in button.text()
    assert "(tied" in ws.ui.rankingText.toPlainText()

    button.click()
    dialog = ws.dialog
    assert isinstance(dialog, TieOrderDialog) and dialog.isVisible()
    assert dialog.order() == ["KY-01", "KY-04"]
    assert not dialog.remove.isVisible()  # nothing to remove yet
    # KY-04 first: select it and move it up with the keyboard (the button's mnemonic).
    dialog.list.setCurrentRow(1)
    assert not dialog.down.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.list, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.order() == ["KY-04", "KY-01"])  # an animated click
    assert dialog.list.currentItem().text().startswith("KY-04")

    # A blank reason: the core refuses, its sentence is shown, nothing is recorded.
    dialog.reason.setPlainText("   ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "A reason must be written" in dialog.error.text()
    assert tie_blockers(ws) == ["KY-01", "KY-04"]

    dialog.reason.setPlainText("KY-04 的国际合作成果转化更为突出，经专家组讨论一致同意。")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    QApplication.processEvents()
    assert not open_dialogs()  # closed once the core recorded the order
    # The blockers are gone, and the ranking follows the order.
    assert tie_blockers(ws) == []
    missing = [ws.ui.missingList.item(r).text() for r in range(ws.ui.missingList.count())]
    assert not any("tied in the ranking" in line for line in missing)
    ranking = ws.ui.rankingText.toPlainText()
    assert first_line_with(ranking, "KY-04") < first_line_with(ranking, "KY-01")
    assert ranking.splitlines()[0].startswith("1. KY-04")
    assert "placed by the panel's manual order" in ranking
    assert "(tied" not in ranking
    assert desk.matrix().ranking.entries[0].applicant_id == "KY-04"

    # The order can be changed or removed: the tie and its blockers come back.
    assert len(ws.tie_buttons.buttons) == 1
    assert "Change the manual order" in ws.tie_buttons.buttons[0].text()
    ws.tie_buttons.buttons[0].click()
    again = ws.dialog
    assert isinstance(again, TieOrderDialog) and again is not dialog
    assert again.order() == ["KY-04", "KY-01"] and again.remove.isVisible()
    again.remove.click()
    QApplication.processEvents()
    assert not open_dialogs()
    assert tie_blockers(ws) == ["KY-01", "KY-04"]
    assert "(tied" in ws.ui.rankingText.toPlainText()
    assert "Set the order" in ws.tie_buttons.buttons[0].text()


def test_a_refusal_shown_for_one_panel_is_gone_when_another_is_opened(
    qtbot, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    """Reported: after one panel's decision was refused (e.g. "version 1 is finalised"),
    opening another chair package in the same window still showed that sentence."""
    first = make_chair_world(tmp_path / "first")
    second = make_chair_world(tmp_path / "second")
    try:
        ws = ChairWorkspace()
        qtbot.addWidget(ws)
        ws.show()
        ws.show_desk(first.open_desk())
        ws.select_applicant("KY-01")
        panel = ws.decisions
        panel.grade_choice.setCurrentIndex(panel.grade_choice.findData(Grade.GOOD.value))
        panel.grade_reason.setPlainText("   ")
        qtbot.mouseClick(panel.grade_save, Qt.MouseButton.LeftButton)
        assert panel.error.isVisible() and "A reason must be written" in panel.error.text()
        ws.close_panel()
        ws.show_desk(second.open_desk())
        assert ws.desk is not None and ws.desk.digest != first.open_desk().digest
        assert not panel.error.isVisible()
    finally:
        first.db.close()
        second.db.close()
