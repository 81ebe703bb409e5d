"""Text from a package is shown as text, never as markup, and cannot widen the window
(issue 7 item 9). The parser refuses such names (tests/core/test_formats_untrusted_text.py,
and the 300-character cap); these tests hand the hostile text straight to the widgets, as if
a parser had let it through: the GUI must be safe on its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from expert_gui import controller, make_window, open_package
from expert_world import make_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from reviewdesk.core.errors import FormatError
from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog, PledgeDialog
from reviewdesk.gui.plain_text import plain_tooltip, set_plain
from reviewdesk.gui.viewer import Attachment

MARKUP = "<h1>X</h1><img src=file:///etc/passwd>"
HOSTILE = MARKUP + "W" * 5000  # one unbreakable word: no line break can narrow it
BIDI = "report\u202efdp.exe"
SHOWN = "<h1>X</h1><img"  # what is left of the markup in an elided one-line label
WIDEST = 1300  # px: the window's minimum width must stay under this whatever the names


def _literal(label: QLabel) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert SHOWN in label.text(), label.objectName()  # shown as typed, "<h1>" and all


def test_a_hostile_applicant_name_is_shown_literally_and_never_widens_the_window(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "w")
    window = make_window(qapp, qtbot, world)
    desk = open_package(qtbot, window, world)
    workspace = controller(window).workspace
    ui = workspace.ui

    desk.summary = replace(desk.summary, round_name=HOSTILE, panel_name=HOSTILE)
    workspace._show_header()
    applicants = [workspace.model.applicant_at(r) for r in range(workspace.model.rowCount())]
    hostile = replace(applicants[0], name=HOSTILE, conflict_text=HOSTILE)
    workspace.model.set_applicants([hostile, *applicants[1:]])
    workspace.applicant_view.show_gate(hostile)
    gate_title, gate_text = ui.gateTitle.text(), ui.gateText.text()
    workspace.applicant_view.show_gate(replace(hostile, conflict=hostile.conflict or None))
    workspace.applicant_view.show_declaration(hostile)
    viewer = workspace.applicant_view.make_viewer()
    viewer.set_attachments([Attachment(HOSTILE + ".pdf", "text/html", 10)], lambda _i: b"")
    qtbot.wait(50)

    for label in (ui.roundLabel, ui.gateTitle, ui.applicantTitle, ui.declarationLabel):
        _literal(label)
    assert gate_title.startswith(f"{hostile.ref} {MARKUP}")
    assert gate_text and MARKUP not in gate_text  # the gate's sentence is ours
    assert ui.roundLabel.fontMetrics().horizontalAdvance(ui.roundLabel.text()) <= 720
    assert "&lt;h1&gt;" in ui.roundLabel.toolTip()  # the whole name, escaped, in the tooltip
    name_index = workspace.model.index(0, workspace.model.NAME)
    assert workspace.model.data(name_index).startswith(MARKUP)
    tooltip = workspace.model.data(name_index, Qt.ItemDataRole.ToolTipRole)
    assert "<h1>" not in tooltip and "&lt;h1&gt;" in tooltip
    _literal(viewer.message_pane.title)  # "<name> cannot be shown in reviewdesk."
    assert viewer.model.data(viewer.model.index(0, 0)).startswith(MARKUP)
    assert window.minimumSizeHint().width() < WIDEST
    assert workspace.minimumSizeHint().width() < WIDEST


def test_the_declaration_dialogs_show_hostile_names_as_text(
    qapp: QApplication, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "w")
    window = make_window(qapp, qtbot, world)
    desk = open_package(qtbot, window, world)
    desk.summary = replace(desk.summary, round_name=HOSTILE, signer_name=HOSTILE)
    pledge = PledgeDialog(desk, window)
    qtbot.addWidget(pledge)
    _literal(pledge.ui.packageLabel)
    assert pledge.minimumSizeHint().width() < WIDEST
    applicant = controller(window).workspace.model.applicant_at(0)
    conflict = ConflictDialog(desk, replace(applicant, name=HOSTILE), window)
    qtbot.addWidget(conflict)
    _literal(conflict.ui.applicantLabel)
    assert conflict.minimumSizeHint().width() < WIDEST


def test_bidirectional_and_control_characters_are_shown_as_escapes(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    set_plain(label, BIDI + "\x1b[2J")
    assert label.text() == "report\\u202efdp.exe\\u001b[2J"  # not "reportexe.pdf"
    assert "\u202e" not in label.toolTip() and "\\u202e" in label.toolTip()
    assert plain_tooltip("") == ""


def test_an_error_box_quoting_a_file_name_shows_it_as_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QLabel()
    qtbot.addWidget(parent)
    error = FormatError("container-not-rdx", tmp_path / "<h1>X</h1>.rdx")
    box = common.show_error(parent, "reviewdesk", error)
    assert isinstance(box, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>X</h1>.rdx" in box.text()
    box.close()
