"""Text from a package is shown as text in the chair desk (issue 7 item 9): an applicant and an
expert whose names are HTML and 5,000 characters long — built as engine objects directly, past
the parsers that would refuse them — are shown literally in the matrix, the drill-down, the
decisions, the ranking and the meeting view; no tooltip renders them; the window stays
narrower than 1,300 px."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from chair_engine import EXPERTS, TEMPLATE, build_rows
from chair_gui_world import ChairWorld, make_chair_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from reviewdesk.gui.chair.detail import ApplicantDetail
from reviewdesk.gui.chair.matrix_model import PanelExpertInfo, PanelMatrixModel
from reviewdesk.gui.chair.meeting_view import MeetingView
from reviewdesk.gui.chair.workspace import ChairWorkspace

HTML = "<h1>X</h1><img src=file:///etc/passwd>"
HOSTILE = HTML + "\u202e" + "长" * 5000
WIDEST = 1300


def hostile_rows():  # type: ignore[no-untyped-def]
    rows = build_rows()
    return [dataclasses.replace(rows[0], name=HOSTILE), *rows[1:]]


def hostile_experts() -> list[PanelExpertInfo]:
    return [PanelExpertInfo(EXPERTS[0].expert_id, HOSTILE), *EXPERTS[1:]]


def no_rich_text(widget) -> None:  # type: ignore[no-untyped-def]
    for label in widget.findChildren(QLabel):
        if "<h1>" in label.text():
            assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()
        tip = label.toolTip()
        assert "<h1>" not in tip and "<img" not in tip, label.objectName()  # escaped if any


def test_matrix_cells_and_tooltips_show_the_name_literally(qapp, english) -> None:  # type: ignore[no-untyped-def]
    model = PanelMatrixModel(hostile_experts(), hostile_rows())
    name = model.index(model.row_of("R-001"), model.NAME)
    shown = model.data(name)
    assert shown.startswith(HTML + "\\u202e长") and len(shown) <= 1000
    tip = model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;h1&gt;X&lt;/h1&gt;&lt;img src=file:///etc/passwd&gt;" in tip
    assert "<h1>" not in tip and "\u202e" not in tip
    header = model.headerData(model.expert_column(0), Qt.Orientation.Horizontal)
    assert "\u202e" not in header and len(header) <= 8
    header_tip = model.headerData(
        model.expert_column(0), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "&lt;h1&gt;" in header_tip and "<img" not in header_tip


def test_detail_and_matrix_stay_narrow(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    rows, experts = hostile_rows(), hostile_experts()
    table = QTableView()
    table.setModel(PanelMatrixModel(experts, rows))
    detail = ApplicantDetail()
    for widget in (table, detail):
        qtbot.addWidget(widget)
    detail.show_row(TEMPLATE, rows[0], experts)
    detail.show()
    qtbot.waitExposed(detail)
    assert detail.title.full_text() == f"R-001  {HOSTILE}"
    assert detail.title.text().startswith("R-001  " + HTML)  # literal, elided
    assert detail.minimumSizeHint().width() < WIDEST
    no_rich_text(detail)
    assert "\u202e" not in detail.words.toPlainText()


def test_meeting_view_shows_the_name_as_text_and_stays_narrow(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    view = MeetingView()
    qtbot.addWidget(view)
    view.set_rows(TEMPLATE, hostile_rows(), "R-001")
    view.show()
    qtbot.waitExposed(view)
    assert view.title.textFormat() is Qt.TextFormat.PlainText
    assert view.title.text().startswith("R-001  " + HTML + "\\u202e长")
    assert view.minimumSizeHint().width() < WIDEST
    no_rich_text(view)


@pytest.fixture
def world(tmp_path: Path) -> ChairWorld:
    made = make_chair_world(tmp_path)
    yield made
    made.db.close()


def test_the_workspace_with_a_hostile_name_fits_the_screen(qtbot, world, english) -> None:  # type: ignore[no-untyped-def]
    """The real workspace over a real desk, then the hostile rows shown as a refresh would."""
    desk = world.open_desk()
    desk.import_files([world.stick])
    ws = ChairWorkspace()
    qtbot.addWidget(ws)
    ws.resize(1280, 760)
    ws.show()
    ws.show_desk(desk)
    assert ws.info is not None
    rows = [dataclasses.replace(ws.rows[0], name=HOSTILE), *ws.rows[1:]]
    ws.rows = rows
    ws.model.set_rows(rows)
    ws._size_columns()
    ws.select_applicant(rows[0].ref)
    ws._show_current()
    ws._show_ranking()
    QApplication.processEvents()
    assert ws.minimumSizeHint().width() < WIDEST
    assert ws.width() <= 1280
    no_rich_text(ws)
    assert "\u202e" not in ws.ui.rankingText.toPlainText()
