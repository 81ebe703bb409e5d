"""Importing score files: files, a whole folder (recursively, e.g. a USB stick) or a drop;
one verdict per file in a sortable table that can be exported as CSV; progress and cancel.

The work (walking the folders, verifying and storing each file) runs through
``run_in_background``; the verdicts are the core's (``ImportVerdict``), worded here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.progress import CancelToken, Progress
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.matrix_model import RawSortProxy
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.models.template_model import RowRole, SortRole
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip, set_plain
from reviewdesk.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.chair.views import ImportVerdict

_Index = QModelIndex | QPersistentModelIndex
SCORE_SUFFIX = ".rdx"
Importer = Callable[[Sequence[Path], Progress, CancelToken], Sequence["ImportVerdict"]]
_VERDICT_ORDER = {
    "alarm": 0,
    "rejected": 1,
    "older-revision": 2,
    "already-imported": 3,
    "accepted": 4,
}


def score_files_in(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder gives every ``.rdx`` file in it and its subfolders (hidden
    folders such as a stick's system folders skipped), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() == SCORE_SUFFIX
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def verdict_label(verdict: str) -> str:
    labels = {
        "accepted": (texts.DONE_MARK, QApplication.translate("ImportVerdictModel", "Accepted")),
        "already-imported": (
            "=",
            QApplication.translate("ImportVerdictModel", "Already imported"),
        ),
        "older-revision": (
            "↺",
            QApplication.translate("ImportVerdictModel", "Older revision ignored"),
        ),
        "alarm": (
            texts.ALARM_MARK,
            QApplication.translate("ImportVerdictModel", "Alarm: two versions of one revision"),
        ),
        "rejected": ("✗", QApplication.translate("ImportVerdictModel", "Rejected")),
    }
    mark, words = labels.get(verdict, ("?", verdict))
    return f"{mark} {words}"


def verdict_reason(verdict: ImportVerdict) -> str:
    """The precise reason, in the UI language (the core's error code worded)."""
    if verdict.code:
        # The row's File and Folder columns name the file: the reason names it briefly, so
        # that what is wrong is not cut off behind a long path.
        error = ReviewdeskError(verdict.code, Path(verdict.path.name), **dict(verdict.detail))
        return error_message(error)[0]
    if verdict.verdict == "accepted" and verdict.revision is not None:
        return QApplication.translate("ImportVerdictModel", "Revision {n} stored").format(
            n=verdict.revision
        )
    if verdict.verdict == "already-imported":
        return QApplication.translate(
            "ImportVerdictModel", "The same signed file was imported before: nothing changed"
        )
    if verdict.verdict == "older-revision":
        return QApplication.translate(
            "ImportVerdictModel", "A newer revision of this expert's scores is held"
        )
    return verdict.note


class ImportVerdictModel(QAbstractTableModel):
    FILE, VERDICT, EXPERT, REVISION, FOLDER, REASON = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ImportVerdict] = []

    def add(self, verdicts: Sequence[ImportVerdict]) -> None:
        if not verdicts:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(verdicts) - 1)
        self._rows.extend(verdicts)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    @property
    def verdicts(self) -> list[ImportVerdict]:
        return list(self._rows)

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
            self.tr("File"),
            self.tr("Verdict"),
            self.tr("Expert"),
            self.tr("Revision"),
            self.tr("Folder"),
            self.tr("Reason"),
        )
        return titles[section] if 0 <= section < 6 else None

    def texts_of(self, verdict: ImportVerdict) -> tuple[str, ...]:
        return (
            verdict.path.name,
            verdict_label(str(verdict.verdict)),
            verdict.expert_name or (verdict.expert or "")[:16],
            "" if verdict.revision is None else str(verdict.revision),
            str(verdict.path.parent),
            verdict_reason(verdict),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < 6:
            return None
        verdict = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return verdict
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self.texts_of(verdict)[column]
            if role == Qt.ItemDataRole.ToolTipRole:  # a file name is anybody's text
                return plain_tooltip(str(verdict.path) if column == self.FILE else text)
            return plain_item_text(text)
        if role == SortRole:
            if column == self.VERDICT:
                return _VERDICT_ORDER.get(str(verdict.verdict), 9)
            if column == self.REVISION:
                return -1 if verdict.revision is None else verdict.revision
            return self.texts_of(verdict)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.VERDICT:
            pixmap = {
                "accepted": QStyle.StandardPixmap.SP_DialogApplyButton,
                "already-imported": QStyle.StandardPixmap.SP_DialogNoButton,
                "older-revision": QStyle.StandardPixmap.SP_BrowserReload,
                "alarm": QStyle.StandardPixmap.SP_MessageBoxCritical,
                "rejected": QStyle.StandardPixmap.SP_MessageBoxWarning,
            }.get(str(verdict.verdict))
            return None if pixmap is None else QApplication.style().standardIcon(pixmap)
        return None

    def write_csv(self, dest: Path) -> None:
        """Every verdict as a CSV row (UTF-8 with a byte-order mark so spreadsheets read
        Chinese); written to a temporary file and renamed."""
        import io

        from reviewdesk.core.fsutil import atomic_write

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [self.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] + ["SHA-256"]
        )
        for verdict in self._rows:
            writer.writerow([*self.texts_of(verdict), verdict.file_sha256 or ""])
        atomic_write(dest, ("\ufeff" + buffer.getvalue()).encode("utf-8"))


class _ElideLeft(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ImportDialog(QDialog):
    """Add files or folders (buttons or drop); each batch is imported in the background."""

    imported = Signal()  # after a batch: the matrix should be refreshed

    def __init__(self, importer: Importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairImportDialog")
        self.importer = importer
        self.task: Task | None = None
        self.queue: list[list[Path]] = []
        self.setAcceptDrops(True)
        self.model = ImportVerdictModel()
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.files_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress_label = QLabel(self)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        # A folder's telling part is its end (the stick's subfolder): cut at the start.
        self.table.setItemDelegateForColumn(ImportVerdictModel.FOLDER, _ElideLeft(self.table))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.files_button)
        top.addWidget(self.folder_button)
        top.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress_label, 1)
        running.addWidget(self.progress, 2)
        running.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addLayout(running)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.files_button.clicked.connect(self.ask_files)
        self.folder_button.clicked.connect(self.ask_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Open, self, self.ask_files)
        self.resize(char * 170, self.fontMetrics().lineSpacing() * 30)
        self._set_running(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import score files"))
        self.intro.setText(
            self.tr(
                "Choose the experts' score files, a whole folder (every .rdx file in it and its "
                "subfolders, e.g. a USB stick), or drop them here. Each file is checked on its "
                "own: a bad file never stops the good ones, and importing a file again changes "
                "nothing."
            )
        )
        self.files_button.setText(self.tr("Add &files…"))
        self.folder_button.setText(self.tr("Add a f&older…"))
        self.cancel_button.setText(self.tr("&Stop importing"))
        self.export_button.setText(self.tr("&Export as CSV…"))
        self.close_button.setText(self.tr("&Close"))
        self.table.setAccessibleName(self.tr("One verdict per file"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Choosing ----------------------------------------------------------------------------

    def ask_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose score files"), "", "reviewdesk (*.rdx);;*"
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def ask_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of score files"))
        if name:
            self.import_paths([Path(name)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # Importing ---------------------------------------------------------------------------

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders; a batch given while one runs waits its turn."""
        self.queue.append(list(paths))
        if self.task is None:
            self._next()

    def _next(self) -> None:
        if not self.queue:
            self._set_running(False)
            return
        paths = self.queue.pop(0)
        importer = self.importer

        def work(progress: Progress, cancel: CancelToken) -> Sequence[ImportVerdict]:
            return importer(score_files_in(paths), progress, cancel)

        self._set_running(True)
        self.progress_label.setText(self.tr("Looking for score files…"))
        self.task = run_in_background(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int, _stage: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(
            self.tr("Checked {done} of {total} files").format(done=done, total=total)
        )

    def _done(self, verdicts: Sequence[ImportVerdict]) -> None:
        self.task = None
        self.model.add(list(verdicts))
        self._size_columns()
        self._show_summary()
        self.imported.emit()
        self._next()

    def _size_columns(self) -> None:
        char = self.fontMetrics().averageCharWidth()
        limits = (30, 34, 18, 11, 24, 80)
        self.table.resizeColumnsToContents()
        for column, limit in enumerate(limits):
            width = min(self.table.columnWidth(column), char * limit)
            self.table.setColumnWidth(column, width)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if getattr(error, "code", None) == "cancelled":
            self.summary.setText(self.tr("Import stopped. The files checked so far are kept."))
            self.imported.emit()
        else:
            from reviewdesk.gui.expert import common

            common.show_error(self, self.tr("Import score files"), error)
        self.queue.clear()
        self._set_running(False)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        self.cancel_button.setVisible(running)
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        if running:
            self.progress.setRange(0, 0)

    @property
    def running(self) -> bool:
        return self.task is not None

    def _show_summary(self) -> None:
        rows = self.model.verdicts
        if not rows:
            self.summary.setText(self.tr("No file imported yet."))
            return
        counts: dict[str, int] = {}
        for verdict in rows:
            counts[str(verdict.verdict)] = counts.get(str(verdict.verdict), 0) + 1
        parts = [
            self.tr("{verdict}: {n}").format(verdict=verdict_label(v), n=n)
            for v, n in sorted(counts.items(), key=lambda i: _VERDICT_ORDER.get(i[0], 9))
        ]
        self.summary.setText(self.tr("%n file(s): ", "", len(rows)) + self.tr(", ").join(parts))

    def ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the verdicts"), "import-verdicts.csv", "CSV (*.csv)"
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, dest: Path) -> None:
        try:
            self.model.write_csv(dest)
        except Exception as error:  # a full stick or a read-only folder: say so
            from reviewdesk.gui.expert import common

            common.show_error(self, self.tr("Export the verdicts"), error)
            return
        set_plain(self.summary, self.tr("Saved {path}").format(path=str(dest)))

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        super().closeEvent(event)
