"""The applicants of an opened package as a table: file number, name, category, declaration
and status, each in words with an icon beside it (never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from reviewdesk.gui.expert.texts import conflict_label, status_label
from reviewdesk.gui.models.template_model import RowRole, SortRole, category_label
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import DeskApplicant

_Index = QModelIndex | QPersistentModelIndex
_STAGE_ORDER = {"not-started": 0, "draft": 1, "complete": 2, "submitted": 3}


class ApplicantListModel(QAbstractTableModel):
    REF, NAME, CATEGORY, DECLARATION, STATUS = range(5)

    def __init__(self, applicants: Sequence[DeskApplicant] = ()) -> None:
        super().__init__()
        self._rows = list(applicants)

    def set_applicants(self, applicants: Sequence[DeskApplicant]) -> None:
        """Replace the rows; when the refs stay the same only the cells change (the
        selection and the keyboard position survive)."""
        new = list(applicants)
        if [a.ref for a in new] == [a.ref for a in self._rows]:
            self._rows = new
            if new:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def applicant_at(self, row: int) -> DeskApplicant:
        return self._rows[row]

    def row_of(self, ref: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.ref == ref), -1)

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("File no."),
            self.tr("Applicant"),
            self.tr("Category"),
            self.tr("Declaration"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        applicant = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return applicant
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_item_text(self._text(applicant, column))
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip would render "<h1>" as markup
            return plain_tooltip(self._text(applicant, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(applicant, column)
        if role == SortRole:
            return self._sort_key(applicant, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return _status_icon(applicant)
        return None

    def _text(self, applicant: DeskApplicant, column: int) -> str:
        if column == self.REF:
            return applicant.ref
        if column == self.NAME:
            return applicant.name
        if column == self.CATEGORY:
            return category_label(applicant.category)
        if column == self.DECLARATION:
            text = conflict_label(None if applicant.conflict is None else applicant.conflict.value)
            return f"{text}: {applicant.conflict_text}" if applicant.conflict_text else text
        return status_label(applicant)

    def _sort_key(self, applicant: DeskApplicant, column: int) -> Any:
        if column == self.STATUS:
            if applicant.conflict is None:
                return -1
            return 9 if applicant.disqualified else _STAGE_ORDER.get(applicant.stage.value, 0)
        return self._text(applicant, column)


def _status_icon(applicant: DeskApplicant) -> Any:
    style = QApplication.style()
    if applicant.conflict is None:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxQuestion
    elif applicant.disqualified:
        pixmap = QStyle.StandardPixmap.SP_DialogCancelButton
    else:
        pixmap = {
            "not-started": QStyle.StandardPixmap.SP_FileIcon,
            "draft": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "complete": QStyle.StandardPixmap.SP_DialogApplyButton,
            "submitted": QStyle.StandardPixmap.SP_DialogSaveButton,
        }.get(applicant.stage.value, QStyle.StandardPixmap.SP_FileIcon)
    return style.standardIcon(pixmap)
