"""Panels and assignment: the round's panels with their members and chair, the assignment
as a matrix (applicants × experts; an exclusion shows ✕ with its reason, in the cell and its
tooltip), toggled cell by cell through the core (``edit_assignment``), and the check's
problems, each taking you to its cell."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem

from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.domain import Category
from reviewdesk.gui.commission import queries, texts
from reviewdesk.gui.commission.common import (
    Desk,
    EmptyHint,
    Page,
    fit_scroll_width,
    selected_record,
    setup_table,
)
from reviewdesk.gui.commission.models import AssignmentMatrixModel, PanelsModel
from reviewdesk.gui.models.template_model import category_label
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip

if TYPE_CHECKING:
    from reviewdesk.core.commission.keys import KeyRecord
    from reviewdesk.core.commission.panels import PanelInfo

KeyRole = Qt.ItemDataRole.UserRole + 3
CellRole = Qt.ItemDataRole.UserRole + 4


class PanelsPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        ui = self.ui
        self.keys: list[KeyRecord] = []
        self.view: queries.PanelView | None = None
        self.panels_model = PanelsModel(self)
        self.panels_proxy = setup_table(
            ui.panelsTable, self.panels_model, stretch=1, widths={0: 8, 2: 10, 3: 9, 4: 6, 5: 6}
        )
        self.matrix = AssignmentMatrixModel(self)
        self.matrix.editor = self.edit
        ui.matrixTable.setModel(self.matrix)
        char = ui.matrixTable.fontMetrics().averageCharWidth()
        top = ui.matrixTable.horizontalHeader()
        top.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        top.setDefaultSectionSize(char * 16)
        top.setMinimumSectionSize(char * 6)
        top.setTextElideMode(Qt.TextElideMode.ElideRight)
        side = ui.matrixTable.verticalHeader()
        side.setTextElideMode(Qt.TextElideMode.ElideRight)
        side.setMaximumWidth(char * 26)
        ui.matrixTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.matrixTable.setWordWrap(False)
        ui.matrixTable.setSortingEnabled(False)
        ui.matrixTable.setSelectionBehavior(ui.matrixTable.SelectionBehavior.SelectItems)
        ui.matrixTable.setMinimumSize(char * 30, char * 12)
        ui.panelsScroll.setMinimumWidth(char * 42)
        ui.panelsSplitter.setStretchFactor(0, 2)
        ui.panelsSplitter.setStretchFactor(1, 5)
        ui.matrixSplitter.setStretchFactor(0, 3)
        ui.matrixSplitter.setStretchFactor(1, 1)
        ui.membersList.setMinimumHeight(ui.membersList.fontMetrics().height() * 4)
        self.panels_hint = EmptyHint(ui.panelsTable)
        self.matrix_hint = EmptyHint(ui.matrixTable)
        self._hints()
        fit_scroll_width(ui.panelsScroll)
        self._fill_categories()
        ui.panelsTable.selectionModel().selectionChanged.connect(self._panel_selected)
        ui.problemsList.itemActivated.connect(self.go_to_problem)
        ui.problemsList.itemClicked.connect(self.go_to_problem)
        ui.proposeButton.clicked.connect(self.propose)
        ui.placeButton.clicked.connect(self.place)
        ui.savePeopleButton.clicked.connect(self.save_people)
        ui.createPanelButton.clicked.connect(self.create_panel)

    def _fill_categories(self) -> None:
        combo = self.ui.panelCategoryCombo
        current = combo.currentIndex()
        combo.clear()
        for category in Category:
            combo.addItem(category_label(category), category.value)
        combo.setCurrentIndex(max(current, 0))

    def _hints(self) -> None:
        self.panels_hint.set_text(self.tr("No panel yet: create one below."))
        self.matrix_hint.set_text(
            self.tr("Choose a panel in the list on the left, or create one below it.")
            if self.view is None
            else self.tr(
                "No applicant in this panel yet. Place applicants puts every applicant in the "
                "panel of its category; Propose assignment then chooses the experts."
            )
        )

    def retranslate(self) -> None:
        self._hints()
        fit_scroll_width(self.ui.panelsScroll)
        self._fill_categories()
        self.panels_model.retranslate()
        self._show_problems()
        if self.view is not None:
            self.matrix.update_cells(self.view)

    # Reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission import panels as panel_service
        from reviewdesk.core.commission.keys import list_keys

        keep = self.current()
        self.keys = list_keys(db)
        self.panels_model.names = {k.keyid: k.name for k in self.keys}
        self.panels_model.set_records(panel_service.panels(db, ref))
        self.select_panel(keep.ref if keep is not None else None)

    def current(self) -> PanelInfo | None:
        info: PanelInfo | None = selected_record(self.ui.panelsTable)
        return info

    def select_panel(self, ref: str | None) -> None:
        proxy = self.panels_proxy
        rows = [
            self.panels_model.record(proxy.mapToSource(proxy.index(r, 0)).row()).ref
            for r in range(proxy.rowCount())
        ]
        if not rows:
            self.show_panel(None)
            return
        self.ui.panelsTable.selectRow(rows.index(ref) if ref in rows else 0)
        self.show_panel(self.current())

    def _panel_selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self.show_panel(self.current())

    def show_panel(self, info: PanelInfo | None) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if info is None or db is None or ref is None:
            self.view = None
            self.matrix.set_view(None)
            self._show_people(None)
            self._show_problems()
            self._hints()
            return
        view = queries.panel_view(db, ref, info.ref)
        same_panel = self.view is not None and self.view.info.ref == view.info.ref
        self.view = view
        if same_panel:
            self.matrix.update_cells(view)
        else:
            self.matrix.set_view(view)
        self._show_people(view.info)
        self._show_problems()
        self._hints()

    def _show_people(self, info: PanelInfo | None) -> None:
        ui = self.ui
        ui.membersList.clear()
        ui.chairCombo.clear()
        ui.peopleGroup.setEnabled(info is not None)
        if info is None:
            return
        ui.chairCombo.addItem("—", None)
        first: list[QListWidgetItem] = []  # the panel's own experts first
        later: list[QListWidgetItem] = []
        for key in self.keys:
            if key.revoked:
                continue
            if key.section is RosterRole.EXPERT:  # an expert may chair another panel too
                item = QListWidgetItem(plain_item_text(f"{key.name} · {key.institution or '—'}"))
                item.setToolTip(
                    plain_tooltip(f"{key.name}\n{key.institution}\n{texts.listed(key.panels)}")
                )
                item.setData(KeyRole, key.keyid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = key.keyid in info.members
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                (first if info.ref in key.panels or on else later).append(item)
            if key.holds(RosterRole.CHAIR) or key.keyid == info.chair:  # kept, never dropped
                ui.chairCombo.addItem(plain_item_text(key.name), key.keyid)
                if key.keyid == info.chair:
                    ui.chairCombo.setCurrentIndex(ui.chairCombo.count() - 1)
        for item in first + later:
            ui.membersList.addItem(item)

    def _show_problems(self) -> None:
        ui = self.ui
        ui.problemsList.clear()
        view = self.view
        if view is None:
            return
        names = {e.keyid: e.name for e in view.experts}
        for problem in view.problems:
            text = texts.problem_text(
                problem.code.value,
                applicant=problem.applicant,
                expert=names.get(problem.expert, problem.expert[:8]),
                detail=problem.detail,
            )
            item = QListWidgetItem(plain_item_text(text))
            item.setToolTip(plain_tooltip(text))
            item.setData(CellRole, (problem.applicant, problem.expert))
            ui.problemsList.addItem(item)
        if not view.problems:
            ui.problemsList.addItem(
                self.tr("No problem: every applicant has enough experts and none has a conflict.")
            )

    @property
    def problems(self) -> list[str]:
        return [self.ui.problemsList.item(i).text() for i in range(self.ui.problemsList.count())]

    def go_to_problem(self, item: QListWidgetItem) -> None:
        cell = item.data(CellRole)
        if not cell:
            return
        index = self.matrix.cell_index(*cell)
        if index.isValid():
            self.ui.matrixTable.setCurrentIndex(index)
            self.ui.matrixTable.scrollTo(index)
            self.ui.matrixTable.setFocus()

    # Changes ---------------------------------------------------------------------------------

    def edit(self, applicant: str, experts: tuple[str, ...], version: int | None) -> bool:
        """The matrix's editor: one applicant's experts, saved through the core."""
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return False
        from reviewdesk.core.commission import panels as panel_service

        row = self.desk.act(
            lambda: panel_service.edit_assignment(
                db, ref, applicant, experts, expected_version=version
            ),
            reload=lambda: self.show_panel(self.current()),
        )
        if row is None:
            return False
        self.show_panel(self.current())
        return True

    def toggle(self, applicant: str, expert: str) -> bool:
        index = self.matrix.cell_index(applicant, expert)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        value = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return self.matrix.setData(index, value, Qt.ItemDataRole.CheckStateRole)

    def _panel_change(self, work: Any) -> None:
        info = self.desk.act(work, reload=self.reload)
        if info is not None:
            self.reload()

    def propose(self) -> None:
        db, ref, info = self.desk.db, self.desk.round_ref, self.current()
        if db is None or ref is None or info is None:
            return
        from reviewdesk.core.commission import panels as panel_service

        self._panel_change(
            lambda: panel_service.propose(db, ref, info.ref, expected_version=info.version)
        )

    def place(self) -> None:
        db, ref, info = self.desk.db, self.desk.round_ref, self.current()
        if db is None or ref is None or info is None:
            return
        from reviewdesk.core.commission import panels as panel_service

        self._panel_change(lambda: panel_service.place_applicants(db, ref, info.ref))

    def save_people(self) -> None:
        db, ref, info = self.desk.db, self.desk.round_ref, self.current()
        if db is None or ref is None or info is None:
            return
        from reviewdesk.core.commission import panels as panel_service

        members = [
            str(self.ui.membersList.item(i).data(KeyRole))
            for i in range(self.ui.membersList.count())
            if self.ui.membersList.item(i).checkState() == Qt.CheckState.Checked
        ]
        chair = self.ui.chairCombo.currentData()
        self._panel_change(
            lambda: panel_service.set_panel_people(
                db, ref, info.ref, members=members, chair=chair, expected_version=info.version
            )
        )

    def create_panel(self) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission import panels as panel_service

        ui = self.ui
        panel_ref = ui.panelRefEdit.text().strip()
        category = Category(str(ui.panelCategoryCombo.currentData()))
        name = ui.panelNameEdit.text()
        made = self.desk.act(
            lambda: panel_service.create_panel(db, ref, panel_ref, name=name, category=category),
            reload=self.reload,
        )
        if made is not None:
            ui.panelRefEdit.clear()
            ui.panelNameEdit.clear()
            self.reload()
            self.select_panel(made.ref)
