"""The panel matrix's column widths: each column as wide as its contents and title within a
limit (long names are elided with the full text in the tooltip), a panel of one category
without that column, and the applicant's name given the width the other columns leave, so
that a name is not cut off while the table has room to its right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView
from shiboken6 import isValid

from reviewdesk.gui.chair.matrix_model import PanelMatrixModel

# Upper limits in average character widths; the name's is its least width.
LIMITS = {"ref": 10, "name": 22, "category": 10, "expert": 9, "counted": 10, "score": 10,
          "grade": 15, "recommendation": 14, "rank": 7, "flags": 19}  # fmt: skip


class MatrixColumns(QObject):
    """Sizes the matrix's columns now (``size``) and the name column on every resize."""

    def __init__(self, table: QTableView, model: PanelMatrixModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self._name_wanted = 0  # the width the names' text needs
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def size(self, *, recognition: bool, one_category: bool) -> None:
        table, model = self.table, self.model
        char = table.fontMetrics().averageCharWidth()
        table.resizeColumnsToContents()
        for column in range(model.columnCount()):
            limit = char * LIMITS[model.column_kind(column)]
            if model.column_kind(column) == "name":
                self._name_wanted = table.columnWidth(column)
            table.setColumnWidth(column, min(table.columnWidth(column), limit))
        table.setColumnHidden(model.column_of("recommendation"), not recognition)
        table.setColumnHidden(model.CATEGORY, one_category)
        self.fit_name()

    def fit_name(self) -> None:
        """The name column: up to what its text needs, within what the others leave."""
        table, model = self.table, self.model
        name = model.NAME
        if name >= model.columnCount():
            return
        least = table.fontMetrics().averageCharWidth() * LIMITS["name"]
        others = sum(
            table.columnWidth(c)
            for c in range(model.columnCount())
            if c != name and not table.isColumnHidden(c)
        )
        room = table.viewport().width() - others
        table.setColumnWidth(name, max(least, min(self._name_wanted, room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize and isValid(self.table):
            self.fit_name()
        return super().eventFilter(watched, event)
