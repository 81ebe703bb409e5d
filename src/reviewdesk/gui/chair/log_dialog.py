"""The panel's hash-chained import log: every file ever given to the import, its verdict and
the chain's hashes; exportable as the canonical JSON the result bundle carries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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

from reviewdesk.core.formats.imports import LOG_KIND_SCORE
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


@dataclass(frozen=True)
class FileOwner:
    """Who a received file is from, as the desk holds it (a held sheet or an alarm's
    evidence): the structured facts behind a log entry, found by the file's SHA-256."""

    expert: str  # keyid
    name: str  # as the roster names them
    revision: int


class _Unknown(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "…"  # the log keeps only the code, not the detail: a gap, not a "?"


def rejection_words(code: str) -> str:
    """A rejection's code worded in the interface language by the messages catalogue; the
    log keeps no detail (nor the file's name), so those places read "the file" and "…"."""
    from reviewdesk.messages import MESSAGES  # the catalogue: not at start-up

    if code not in MESSAGES:
        return code
    text = QCoreApplication.translate("messages", MESSAGES[code])
    fields = _Unknown(path=QCoreApplication.translate("ImportLogModel", "the file"), code=code)
    words = text.format_map(fields)
    return words[:1].upper() + words[1:]


def entry_words(entry: LogEntryView, owners: Mapping[str, FileOwner]) -> str:
    """The note of a log entry as a sentence in the interface language; the signed English
    note itself stays as it is (tooltip, export)."""
    if entry.kind != LOG_KIND_SCORE:
        return entry.note
    owner = owners.get(entry.file_sha256)

    if entry.outcome == "rejected":
        return rejection_words(entry.note)
    if entry.outcome == "imported" and owner is not None:
        return QCoreApplication.translate(
            "ImportLogModel", "Revision {n} from {name} stored"
        ).format(n=owner.revision, name=owner.name)
    if entry.outcome == "alarm" and owner is not None:
        return QCoreApplication.translate(
            "ImportLogModel", "{name}: two different files claim revision {n}; nothing was imported"
        ).format(n=owner.revision, name=owner.name)
    if entry.outcome == "alarm":
        return rejection_words("score-equivocation")
    if entry.outcome == "duplicate" and owner is not None:
        return QCoreApplication.translate(
            "ImportLogModel", "{name}: the same signed file was imported before; nothing changed"
        ).format(name=owner.name)
    if entry.outcome == "duplicate":
        return QCoreApplication.translate(
            "ImportVerdictModel", "The same signed file was imported before: nothing changed"
        )
    if entry.outcome == "older-revision":  # the file is not kept: its expert is not known
        return QCoreApplication.translate(
            "ImportVerdictModel", "A newer revision of this expert's scores is held"
        )
    return entry.note


class ImportLogModel(QAbstractTableModel):
    NUMBER, TIME, OUTCOME, NOTE, FILE, HASH = range(6)

    def __init__(
        self, entries: Sequence[LogEntryView] = (), owners: Mapping[str, FileOwner] | None = None
    ) -> None:
        super().__init__()
        self._rows = list(entries)
        self.owners: Mapping[str, FileOwner] = owners or {}

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
                entry_words(entry, self.owners),
                entry.file_sha256,
                entry.entry_hash,
            )
            if role == Qt.ItemDataRole.ToolTipRole:  # the note names a file: anybody's text
                if column == self.NOTE:  # the signed note as recorded, beside its wording
                    return plain_tooltip(f"{values[column]}\n\n{entry.note}")
                return plain_tooltip(values[column])
            if role == SortRole:
                return values[column]
            return plain_item_text(values[column])
        return None


def file_owners(desk: ChairDesk) -> dict[str, FileOwner]:
    """Every received file the desk keeps (accepted, or an alarm's evidence), by SHA-256."""
    owners: dict[str, FileOwner] = {}
    for held in desk.held_sheets():
        if held.file_sha256 is not None:
            sheet = held.sheet
            owners[held.file_sha256] = FileOwner(
                sheet.expert_id, desk.expert_name(sheet.expert_id), sheet.revision
            )
    for alarm in desk.alarms():
        owners.setdefault(
            alarm.file_sha256,
            FileOwner(alarm.expert, desk.expert_name(alarm.expert), alarm.revision),
        )
    return owners


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
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # The note (a sentence) takes the room; the hashes show their start, whole in the
        # tooltip and the export.
        header.setSectionResizeMode(ImportLogModel.NOTE, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, width in ((0, 6), (1, 23), (2, 20), (4, 20), (5, 20)):
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
        try:
            owners = file_owners(self.desk)
        except Exception as error:
            self.error.show(error)
            owners = {}
        self.model.beginResetModel()
        self.model._rows = list(entries)
        self.model.owners = owners
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
