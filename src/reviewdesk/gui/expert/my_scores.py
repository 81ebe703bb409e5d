"""My scores (issue 9 §4): every applicant of the package with total, grade (a claimed veto
shows as such), declaration, vetoes and the revision that holds it; sortable. Also the last
screen before signing: ``MyScoresDialog(confirm=True)`` shows what will be signed and asks
to confirm. The rows are the core's ``ExpertDesk.my_scores()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from reviewdesk.core.scoring.score_entry import score_text
from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.standing_view import (
    counted,
    grade_text,
    revision_text,
    veto_text,
)
from reviewdesk.gui.expert.texts import conflict_label
from reviewdesk.gui.forms.ui_my_scores_dialog import Ui_MyScoresDialog
from reviewdesk.gui.models.template_model import RowRole, SortRole
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import ExpertDesk
    from reviewdesk.core.expert.standing import MyScore

_Index = QModelIndex | QPersistentModelIndex
_STAGES = {"not-started": 0, "draft": 1, "complete": 2, "submitted": 3}


class MyScoresModel(QAbstractTableModel):
    REF, NAME, TOTAL, GRADE, DECLARATION, VETOES, REVISION = range(7)
    COLUMNS = 7

    def __init__(self, rows: Sequence[MyScore] = ()) -> None:
        super().__init__()
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[MyScore]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MyScore:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("File no."),
            self.tr("Applicant"),
            self.tr("Total"),
            self.tr("Grade"),
            self.tr("Declaration"),
            self.tr("Veto items"),
            self.tr("Score file"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_item_text(self._text(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._text(row, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: MyScore, column: int) -> str:
        if column == self.REF:
            return row.ref
        if column == self.NAME:
            return row.name
        if column == self.TOTAL:
            if row.withdrawn:
                return "—"
            if row.total is not None:
                return score_text(row.total)
            return self.tr("{sofar} so far").format(sofar=score_text(row.running_total))
        if column == self.GRADE:
            return grade_text(row)
        if column == self.DECLARATION:
            text = conflict_label(None if row.conflict is None else row.conflict.value)
            return (
                self.tr("{kind}: {text}").format(kind=text, text=row.conflict_text)
                if (row.conflict_text)
                else text
            )
        if column == self.VETOES:
            return self.tr("; ").join(veto_text(v) for v in row.vetoes) if row.vetoes else "—"
        return revision_text(row)

    def _sort_key(self, row: MyScore, column: int) -> Any:
        """Raw values: a Decimal total (withdrawn and unscored last when ascending)."""
        if column == self.TOTAL:
            if row.withdrawn:
                return Decimal(-2)
            return row.total if row.total is not None else Decimal(-1)
        if column == self.GRADE:
            if row.withdrawn or row.grade is None:
                return 9
            return row.grade.rank
        if column == self.VETOES:
            return len(row.vetoes)
        if column == self.REVISION:
            return row.submitted_in or 0
        if column == self.DECLARATION:
            return (
                -1
                if row.conflict is None
                else ("none", "potential", "disqualifying").index(row.conflict.value)
            )
        return self._text(row, column)


class RawSortProxy(QSortFilterProxyModel):
    """Sorts by ``SortRole``, comparing the raw values (``Decimal`` totals) in Python."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class MyScoresDialog(QDialog):
    """The table; with ``confirm`` it is the last look before signing (accepted = sign)."""

    openApplicant = Signal(str)  # file number

    def __init__(self, desk: ExpertDesk, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MyScoresDialog()
        self.ui.setupUi(self)
        self.desk, self.confirm = desk, confirm
        common.scale_font(self.ui.titleLabel, 1.3, bold=True)
        self.model = MyScoresModel(desk.my_scores())
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.scoreTable
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MyScoresModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Long texts keep a width of their own (elided, the whole text in the tooltip), so the
        # name stays readable and the revision column on screen.
        char = table.fontMetrics().averageCharWidth()
        for column, chars in ((MyScoresModel.DECLARATION, 22), (MyScoresModel.VETOES, 26)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, chars * char)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # package order until asked
        table.activated.connect(self._go)
        self.ui.goButton.clicked.connect(lambda: self._go(table.currentIndex()))
        self.ui.signButton.clicked.connect(self.accept)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.signButton.setVisible(confirm)
        self.ui.signButton.setDefault(confirm)
        self._retranslate()
        table.setFocus()
        if self.model.rowCount():
            table.selectRow(0)

    def _go(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.proxy.mapToSource(index).row()
        ref = self.model.row_at(row).ref
        self.reject()
        self.openApplicant.emit(ref)

    def _retranslate(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        scored = [r for r in rows if not r.withdrawn and r.conflict is not None]
        vetoed = sum(bool(r.vetoes) for r in scored)
        summary = self.desk.summary
        set_plain(
            self.ui.titleLabel,
            self.tr("{round} · {panel}").format(
                round=summary.round_title, panel=summary.panel_title
            ),
        )
        if self.confirm:
            self.setWindowTitle(self.tr("Check your scores before signing"))
            intro = self.tr(
                "This is what your signature will cover. Check every total and grade; to "
                "change one, open the applicant. Signing makes a new revision of your score file."
            )
        else:
            self.setWindowTitle(self.tr("My scores"))
            intro = self.tr(
                "All your applicants with total, grade, declaration and veto items. Click a "
                "column heading to sort; press Enter on a row to open that applicant."
            )
        self.ui.introLabel.setText(intro)
        foot = [counted("%n applicant scored", "%n applicants scored", len(scored))]
        if vetoed:
            foot.append(counted("%n with a veto claimed", "%n with a veto claimed", vetoed))
        self.ui.footLabel.setText(self.tr(" · ").join(foot))
        self.ui.scoreTable.setAccessibleName(self.tr("My scores"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.signButton.setVisible(self.confirm)
            self._retranslate()
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, MyScoresModel.COLUMNS - 1
            )
        super().changeEvent(event)
