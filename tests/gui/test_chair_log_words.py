"""The chair's import log words each entry in the interface language: a rejection by the
messages catalogue, an accepted file by the expert's name, never the key id; the signed
English note stays in the tooltip and the export is the log itself, byte for byte."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from chair_gui_world import EXPERT_NAMES, ChairWorld, make_chair_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.chair.log_dialog import ImportLogDialog, ImportLogModel
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.models.template_model import RowRole

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[ChairWorld]:
    made = make_chair_world(tmp_path)
    yield made
    made.db.close()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.CHINESE)
    yield
    translations.switch(before)


def notes(dialog: ImportLogDialog) -> dict[str, list[tuple[str, str]]]:
    """outcome → [(the note shown, its tooltip)]."""
    model = dialog.model
    found: dict[str, list[tuple[str, str]]] = {}
    for row in range(model.rowCount()):
        entry = model.data(model.index(row, 0), RowRole)
        index = model.index(row, ImportLogModel.NOTE)
        found.setdefault(entry.outcome, []).append(
            (model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole))
        )
    return found


def test_in_chinese_a_rejection_reads_chinese_and_an_import_names_the_expert(  # type: ignore[no-untyped-def]
    qtbot, world, chinese, tmp_path
) -> None:
    desk = world.open_desk()
    desk.import_files([world.stick])
    dialog = ImportLogDialog(desk)
    qtbot.addWidget(dialog)
    shown = notes(dialog)
    raw = {e.outcome: e.note for e in desk.import_log()}

    rejected, tip = shown["rejected"][0]
    assert CJK.search(rejected), rejected  # worded by the catalogue in Chinese
    assert raw["rejected"] not in rejected  # not the bare code
    assert raw["rejected"] in tip  # the signed note as recorded, in the tooltip

    imported = [note for note, _ in shown["imported"]]
    assert len(imported) == 5
    for note in imported:
        assert any(name in note for name in EXPERT_NAMES), note
        assert "expert" not in note and "object" not in note  # not the English key-id note
    assert {name for name in EXPERT_NAMES if any(name in n for n in imported)} == set(EXPERT_NAMES)
    # The same file given again names its expert too.
    assert any(name in shown["duplicate"][0][0] for name in EXPERT_NAMES)

    # The export is the signed log, byte for byte: the wording is for the screen only.
    dest = tmp_path / "log.json"
    dialog.export(dest)
    reference = tmp_path / "ref.json"
    desk.export_import_log(reference)
    assert dest.read_bytes() == reference.read_bytes()
    assert b"revision 1 of expert" in dest.read_bytes()
