"""Pieces every tab of the commission desk shares: file dialogs (module functions, so tests
can answer them), dates, sortable tables, and ``Page``, the base of each tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimeZone
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTableView,
    QWidget,
)

from reviewdesk.gui.chair.matrix_model import RawSortProxy
from reviewdesk.gui.commission.models import RecordModel
from reviewdesk.gui.models.template_model import RowRole
from reviewdesk.gui.plain_text import plain_tooltip

if TYPE_CHECKING:
    from reviewdesk.core.commission.round_setup import RoundInfo
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.storage import Database
    from reviewdesk.gui.forms.ui_commission_workspace import Ui_CommissionWorkspace
    from reviewdesk.gui.tasks import Task

T = TypeVar("T")
STALE = "changed-by-someone-else"
DB_FILE = "commission.sqlite3"  # as the CLI: commands/commission_common.DB_FILE
SETTINGS = "commission/"


class Desk(Protocol):
    """What a tab uses of the workspace (``workspace.CommissionWorkspace``)."""

    ui: Ui_CommissionWorkspace
    db: Database | None
    workdir: Path | None
    round: RoundInfo | None
    operator: Identity | None
    tasks: dict[str, Task]
    dialog: QWidget | None

    @property
    def round_ref(self) -> str | None: ...
    def say(self, text: str) -> None: ...
    def clear_banner(self) -> None: ...
    def show_error(self, error: BaseException) -> None: ...
    def act(self, work: Callable[[], T], *, reload: Callable[[], None]) -> T | None: ...
    def background(
        self,
        key: str,
        work: Callable[[Any, Any], Any],
        *,
        on_done: Callable[[Any], None],
        bar: QProgressBar | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_finally: Callable[[], None] | None = None,
    ) -> Task: ...
    def cancel(self, key: str) -> None: ...
    def with_operator(self, then: Callable[[Identity], None]) -> None: ...
    def unlock(self, path: Path, purpose: str, then: Callable[[Identity], None]) -> None: ...
    def refresh_round(self) -> None: ...
    def signing_text(self, status: Any) -> str: ...
    def window(self) -> QWidget: ...


class Page(QObject):
    """One tab: reads what it shows from the core again on ``reload``."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)  # type: ignore[arg-type]
        self.desk = desk
        self.ui = desk.ui

    def reload(self) -> None:
        raise NotImplementedError

    def update_enabled(self) -> None:
        pass

    def retranslate(self) -> None:
        pass

    def running(self, key: str) -> bool:
        return key in self.desk.tasks


# File dialogs (replaced in tests) ------------------------------------------------------------


def ask_files(parent: QWidget, title: str, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [Path(n) for n in names]


def ask_file(parent: QWidget, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title)
    return Path(name) if name else None


def ask_save(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def ask_new_passphrase(parent: QWidget, title: str) -> str | None:
    """A new passphrase typed twice (None: cancelled or the two differ, said to the person)."""
    from PySide6.QtWidgets import QMessageBox

    from reviewdesk.gui.commission.texts import passphrase_prompts

    first_prompt, again_prompt, differ = passphrase_prompts()
    first = _ask_secret(parent, title, first_prompt)
    if not first:
        return None
    again = _ask_secret(parent, title, again_prompt)
    if again is None:
        return None
    if again != first:
        QMessageBox.warning(parent, title, differ)
        return None
    return first


def _ask_secret(parent: QWidget, title: str, prompt: str) -> str | None:
    """One hidden line; the title (which key, which medium) is repeated above the prompt, as
    a window manager cuts a long title in a small dialog's bar."""
    from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(f"{title}\n\n{prompt}")
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 56)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if accepted else None


def to_utc(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def from_utc(moment: datetime | None) -> QDateTime:
    if moment is None:
        return QDateTime.currentDateTime().addDays(14)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def setup_table(
    view: QTableView,
    model: RecordModel,
    *,
    stretch: int | None = None,
    widths: dict[int, int] | None = None,
) -> RawSortProxy:
    """A sortable, elided, row-selecting table over ``model``; it never widens the window.
    ``stretch``: the column that takes the spare width (default: the last); ``widths``:
    starting widths in average characters per column."""
    proxy = RawSortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    metrics = view.fontMetrics()
    char = metrics.averageCharWidth()
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.5))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setWordWrap(False)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setMinimumSectionSize(char * 4)
    header.setDefaultSectionSize(char * 14)
    for column, chars in (widths or {}).items():
        header.resizeSection(column, char * chars)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setMinimumSize(char * 24, metrics.height() * 5)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order until asked
    proxy.sort(-1)
    return proxy


def selected_record(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(RowRole) if rows else None


# Layout helpers ------------------------------------------------------------------------------


def fit_scroll_width(scroll: QScrollArea) -> None:
    """A scroll area that only scrolls up and down is at least as wide as its contents need
    (else the right side of its fields and buttons is cut off), kept so whenever the
    contents' layout changes (a language switch, the style's polish on first show)."""
    inner = scroll.widget()
    if inner is None or scroll.findChild(_FitWidth) is not None:
        return
    _FitWidth(scroll).fit()


class _FitWidth(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        inner = scroll.widget()
        if inner is not None:
            inner.installEventFilter(self)
        scroll.installEventFilter(self)

    def fit(self) -> None:
        scroll = self.scroll
        inner = scroll.widget()
        if inner is None:
            return
        bar = scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * scroll.frameWidth()
        width = inner.minimumSizeHint().width() + bar + frame
        if width != scroll.minimumWidth():
            scroll.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show,
                            QEvent.Type.StyleChange, QEvent.Type.FontChange):  # fmt: skip
            self.fit()
        return False


def follow_current_text(combo: QComboBox) -> Callable[[], None]:
    """The combo box's tooltip is the item shown: a long name elided in the box is read in
    full by hovering. Returns the update, for a box filled with its signals blocked."""

    def update(_index: int = 0) -> None:
        combo.setToolTip(plain_tooltip(combo.currentText()) if combo.count() else "")

    combo.currentIndexChanged.connect(update)
    update()
    return update


class EmptyHint(QObject):
    """A grey sentence in the middle of an empty table: what the table will show and how to
    fill it (an empty white box says nothing). ``set_text`` again on a language switch."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(view.viewport())
        self.label.setObjectName(f"{view.objectName()}EmptyHint")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):  # fmt: skip
                signal.connect(self.update)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    @property
    def shown(self) -> bool:
        return not self.label.isHidden()

    def update(self, *_args: object) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty and bool(self.label.text()))
        self._place()

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(12, 8, -12, -8)
        self.label.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
