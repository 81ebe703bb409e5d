"""The panel's hash-chained import log: every file ever given to the import, its verdict and
the chain's hashes; exportable as the canonical JSON the result bundle carries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.chair.import_dialog import verdict_label
from reviewdesk.gui.chair.matrix_model import RawSortProxy
from reviewdesk.gui.expert import common
from reviewdesk.gui.models.template_model import RowRole, SortRole
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.chair.views import LogEntryView

_Index = QModelIndex | QPersistentModelIndex
_OUTCOMES = {  # the import log's words (formats.imports) → the verdict shown
    "imported": "accepted",
    "duplicate": "already-imported",
    "older-revision": "older-revision",
    "alarm": "alarm",
    "rejected": "rejected",
}


class ImportLogModel(QAbstractTableModel):
    NUMBER, TIME, OUTCOME, NOTE, FILE, HASH = range(6)

    def __init__(self, entries: Sequence[LogEntryView] = ()) -> None:
        super().__init__()
        self._rows = list(entries)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("No."),
            self.tr("Recorded"),
            self.tr("Verdict"),
            self.tr("Note"),
            self.tr("File SHA-256"),
            self.tr("Entry hash"),
        )
        return titles[section] if 0 <= section < 6 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < 6:
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return entry
        if role == SortRole:
            if column == self.NUMBER:
                return entry.sequence
            if column == self.TIME:
                return entry.recorded_at.isoformat()
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):  # fmt: skip
            values = (
                str(entry.sequence),
                f"{entry.recorded_at.astimezone():%Y-%m-%d %H:%M:%S}",
                verdict_label(_OUTCOMES.get(entry.outcome, entry.outcome))
                if entry.kind == "score"
                else f"{entry.kind}: {entry.outcome}",
                entry.note,
                entry.file_sha256,
                entry.entry_hash,
            )
            if role == Qt.ItemDataRole.ToolTipRole:  # the note names a file: anybody's text
                return plain_tooltip(values[column])
            if role == SortRole:
                return values[column]
            return plain_item_text(values[column])
        return None


class ImportLogDialog(QDialog):
    def __init__(self, desk: ChairDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairImportLogDialog")
        self.desk = desk
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ImportLogModel()
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        for column, width in ((0, 6), (1, 23), (2, 26), (3, 44), (4, 24)):
            self.table.setColumnWidth(column, char * width)
        self.error = common.ErrorLine(QLabel(self), QPushButton(self))
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error.label, 1)
        buttons.addWidget(self.error.button)
        buttons.addStretch(0)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Import log"))
        self.intro.setText(
            self.tr(
                "Every file given to the import, in order, with its verdict. Each entry is "
                "chained to the one before by its hash, so none can be removed or changed "
                "unnoticed; the result bundle carries this log to the commission."
            )
        )
        self.export_button.setText(self.tr("&Export…"))
        self.close_button.setText(self.tr("&Close"))
        self.resize(char * 140, self.fontMetrics().lineSpacing() * 28)
        self.load()

    def load(self) -> None:
        try:
            entries = self.desk.import_log()
        except Exception as error:  # a broken chain is said, not hidden
            self.error.show(error)
            entries = []
        self.model.beginResetModel()
        self.model._rows = list(entries)
        self.model.endResetModel()

    def ask_export(self) -> None:
        dest = common.ask_save_file(
            self, self.tr("Export the import log"), Path("import-log.json"), "JSON (*.json)"
        )
        if dest is not None:
            self.export(dest)

    def export(self, dest: Path) -> None:
        try:
            written = self.desk.export_import_log(dest)
        except Exception as error:
            self.error.show(error)
            return
        self.error.show_text(self.tr("Saved {path}").format(path=str(written)))
