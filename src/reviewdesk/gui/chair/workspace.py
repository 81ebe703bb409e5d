"""The chair's workspace: no panel yet (open one), opening it (progress, cancel), and the
desk — the panel matrix with its filters on the left above the missing list, the experts'
leniency and the ranking; on the right the chosen applicant's decisions and scores. Its
parts live beside it: the home and opening pages (``home_part``), the missing list
(``missing_list``), the ranking and tie order (``ranking_part``), the other screens
(``screens_part``), the column widths (``matrix_columns``).

Everything shown comes from the chair core (``ChairDesk``): after each decision or import the
matrix is asked again and the models change only the cells (the selection and sort stay).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from reviewdesk.core.domain import Category, Grade
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.decision_panel import DecisionPanel
from reviewdesk.gui.chair.detail import ApplicantDetail, ElidedLabel
from reviewdesk.gui.chair.home_part import HomePart
from reviewdesk.gui.chair.matrix_columns import MatrixColumns
from reviewdesk.gui.chair.matrix_model import (
    LeniencyModel,
    MatrixFilter,
    MatrixRow,
    PanelExpertInfo,
    PanelMatrixModel,
    RawSortProxy,
    rows_from_core,
)
from reviewdesk.gui.chair.missing_list import MissingListPart
from reviewdesk.gui.chair.ranking_part import RankingPart
from reviewdesk.gui.chair.screens_part import ScreensPart
from reviewdesk.gui.chair.tie_order_dialog import TieOrderButtons
from reviewdesk.gui.expert import common
from reviewdesk.gui.forms.ui_chair_workspace import Ui_ChairWorkspace
from reviewdesk.gui.models.template_model import RowRole, category_label
from reviewdesk.gui.plain_text import plain_tooltip

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.chair.views import DeskBlocker, PanelInfo, PanelMatrix
    from reviewdesk.gui.chair.meeting_view import MeetingView


class ChairWorkspace(HomePart, MissingListPart, RankingPart, ScreensPart):
    openRequested = Signal()
    recentChosen = Signal(str)  # package digest
    changeRoleRequested = Signal()
    cancelOpening = Signal()
    closed = Signal()
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChairWorkspace()
        self.ui.setupUi(self)
        self.desk: ChairDesk | None = None
        self.info: PanelInfo | None = None
        self.panel: PanelMatrix | None = None
        self.rows: list[MatrixRow] = []
        self.blockers: list[DeskBlocker] = []
        self.names: dict[str, str] = {}
        self.meeting: MeetingView | None = None
        self.dialog: QWidget | None = None  # the dialog on screen (tests look at it)
        ui = self.ui
        common.scale_font(ui.homeTitle, 1.6, bold=True)
        common.scale_font(ui.openingTitle, 1.4, bold=True)
        common.scale_font(ui.roundLabel, 1.3, bold=True)
        ui.roundLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.round_label = ElidedLabel(ui.deskPage)
        self.round_label.setFont(ui.roundLabel.font())
        ui.deskHeader.replaceWidget(ui.roundLabel, self.round_label)
        ui.roundLabel.hide()
        ui.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.model = PanelMatrixModel()
        self.proxy = MatrixFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.matrixTable.setModel(self.proxy)
        ui.matrixTable.verticalHeader().hide()
        ui.matrixTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = ui.matrixTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 4)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.columns = MatrixColumns(ui.matrixTable, self.model)
        ui.matrixTable.selectionModel().selectionChanged.connect(self._selection_changed)
        self.leniency = LeniencyModel()
        self.leniency_proxy = RawSortProxy(self)
        self.leniency_proxy.setSourceModel(self.leniency)
        ui.leniencyTable.setModel(self.leniency_proxy)
        ui.leniencyTable.verticalHeader().hide()
        ui.leniencyTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        self.decisions = DecisionPanel(ui.decideTab)
        ui.decideLayout.addWidget(self.decisions)
        self.decisions.decided.connect(self._decided)
        self.detail = ApplicantDetail(ui.scoresTab)
        ui.scoresLayout.addWidget(self.detail)
        self.tie_buttons = TieOrderButtons(ui.rankingTab)  # one per tie the rules leave
        ui.rankingLayout.addWidget(self.tie_buttons)
        self.tie_buttons.chosen.connect(self.show_tie_order)

        # Laptop layout (issue 9 item 1): panes in splitters with minimums, nothing that
        # grows the window; long names are elided with the full text in a tooltip.
        char = self.fontMetrics().averageCharWidth()
        ui.leftSplitter.setMinimumWidth(char * 50)
        ui.detailTabs.setMinimumWidth(char * 44)
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 2)
        ui.leftSplitter.setStretchFactor(0, 3)
        ui.leftSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setSizes([800, 460])
        ui.leftSplitter.setSizes([440, 180])
        ui.searchEdit.setClearButtonEnabled(True)

        ui.openButton.clicked.connect(self.openRequested)
        ui.changeRoleButton.clicked.connect(self.changeRoleRequested)
        ui.recentList.itemActivated.connect(self._recent_activated)
        ui.cancelOpeningButton.clicked.connect(self.cancelOpening)
        ui.closePanelButton.clicked.connect(self.close_panel)
        ui.importButton.clicked.connect(self.show_import)
        ui.paperButton.clicked.connect(self.show_paper_sheet)
        ui.logButton.clicked.connect(self.show_import_log)
        ui.meetingButton.clicked.connect(self.show_meeting)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.missingList.itemActivated.connect(self._blocker_activated)
        ui.missingList.itemClicked.connect(self._blocker_activated)
        ui.searchEdit.textChanged.connect(self._filter_changed)
        ui.categoryCombo.currentIndexChanged.connect(self._filter_changed)
        ui.gradeCombo.currentIndexChanged.connect(self._filter_changed)
        ui.openFlagsCheck.toggled.connect(self._filter_changed)
        self._actions: list[QAction] = []
        for keys, slot in (
            (("Ctrl+I",), self.show_import),
            (("F11", "Ctrl+Shift+M"), self.show_meeting),
            (("Ctrl+W",), self.close_panel),
            (("Ctrl+F",), lambda: ui.searchEdit.setFocus()),
            (("Alt+Down", "Ctrl+]"), lambda: self.step_applicant(1)),
            (("Alt+Up", "Ctrl+["), lambda: self.step_applicant(-1)),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions.append(action)
        self._retranslate()
        self.show_home(identity=False, pinned=False, recent=[])

    # The desk ----------------------------------------------------------------------------

    def show_desk(self, desk: ChairDesk) -> None:
        self.desk = desk
        self.info = desk.info()
        info = self.info
        self.names = {e.keyid: e.name for e in info.experts}
        experts = [PanelExpertInfo(e.keyid, e.name) for e in info.experts]
        self.model.set_experts(experts)
        self.model._recognition = info.template.recognition_threshold is not None
        self._fill_filters()
        self.decisions.error.hide()  # a refusal from the panel shown before is not this one's
        self.ui.pages.setCurrentWidget(self.ui.deskPage)
        self.refresh()
        self._size_columns()
        if self.proxy.rowCount():
            self.ui.matrixTable.selectRow(0)
        self.ui.matrixTable.setFocus()

    def _size_columns(self) -> None:
        """Columns as wide as their contents (``matrix_columns``)."""
        recognition = self.info is not None and self.info.template.recognition_threshold
        self.columns.size(
            recognition=bool(recognition), one_category=len({r.category for r in self.rows}) <= 1
        )

    def refresh(self) -> None:
        """Ask the core for the matrix and the blockers again and show them."""
        desk, info = self.desk, self.info
        if desk is None or info is None:
            return
        self.info = info = desk.info()
        self.panel = desk.matrix()
        self.rows = rows_from_core(self.panel.rows)
        self.model.set_rows(self.rows)
        by_id = {lenient.expert_id: lenient for lenient in self.panel.leniency}
        self.leniency.set_rows(
            [(PanelExpertInfo(e.keyid, e.name), by_id[e.keyid])
             for e in info.experts if e.keyid in by_id],
            info.template.aggregation.decimals,
        )  # fmt: skip
        self.blockers = desk.blockers()
        self._show_header()
        self._show_blockers()
        self._show_ranking()
        self._show_current()
        if self.meeting is not None and self.meeting.isVisible():
            self.meeting.set_rows(info.template, self.visible_rows(), self.meeting.current_ref)

    def _show_header(self) -> None:
        info = self.info
        if info is None:
            return
        title = f"{info.round_name} · {info.panel_name}"
        self.round_label.set_full_text(title)
        self.round_label.setToolTip(
            plain_tooltip(
                f"{info.round_name} ({info.round_ref}) · {info.panel_name} ({info.panel_ref})\n"
                f"{texts.pick(info.template.name)}"
            )
        )
        state = (
            self.tr("Version {n}, finalised").format(n=info.version)
            if info.finalised_at is not None
            else self.tr("Version {n}").format(n=info.version)
        )
        finalised = info.finalised_at is not None
        self.ui.finaliseButton.setText(
            self.tr("Reopen &for a new version…") if finalised else self.tr("&Finalise…")
        )
        count = len(self.blockers)
        missing = (
            self.tr("%n item(s) still open", "", count) if count else self.tr("ready to finalise")
        )
        self.ui.statusLabel.setText(f"{state} · {missing}")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show_header()

    def visible_rows(self) -> list[MatrixRow]:
        """The rows in the order and filter the chair sees."""
        return [self.proxy.index(r, 0).data(RowRole) for r in range(self.proxy.rowCount())]

    # Filters -----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        for combo in (ui.categoryCombo, ui.gradeCombo):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            if combo is ui.categoryCombo:
                combo.addItem(self.tr("All categories"), "")
                for category in Category:
                    combo.addItem(category_label(category), category.value)
            else:
                combo.addItem(self.tr("All grades"), "")
                for grade in Grade:
                    combo.addItem(texts.grade_label(grade), grade.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filter_changed(self, *_args: Any) -> None:
        ui = self.ui
        category, grade = ui.categoryCombo.currentData(), ui.gradeCombo.currentData()
        self.proxy.set_filter(
            category=Category(category) if category else None,
            grade=Grade(grade) if grade else None,
            open_flags_only=ui.openFlagsCheck.isChecked(),
            text=ui.searchEdit.text(),
        )

    # Selection, decisions ----------------------------------------------------------------

    def current_row(self) -> MatrixRow | None:
        index = self.ui.matrixTable.currentIndex()
        if not index.isValid():
            return None
        row = index.data(RowRole)
        return row if isinstance(row, MatrixRow) else None

    def select_applicant(self, ref: str) -> bool:
        """Select an applicant in the matrix (clearing the filters if they hide it)."""
        source_row = self.model.row_of(ref)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.ui.searchEdit.clear()
            self.ui.categoryCombo.setCurrentIndex(0)
            self.ui.gradeCombo.setCurrentIndex(0)
            self.ui.openFlagsCheck.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.ui.matrixTable.setCurrentIndex(index)
        self.ui.matrixTable.selectRow(index.row())
        self.ui.matrixTable.scrollTo(index)
        return True

    def step_applicant(self, step: int) -> None:
        table = self.ui.matrixTable
        row = table.currentIndex().row() + step
        if 0 <= row < self.proxy.rowCount():
            table.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        template = None if self.info is None else self.info.template
        experts = self.model.experts
        self.decisions.show_row(self.desk, template, row, self.names)
        self.detail.show_row(template, row, experts)

    def _decided(self, _ref: str) -> None:
        self.refresh()

    def close_panel(self) -> None:
        if self.desk is None:
            return
        self.decisions.save_opinion()
        if self.meeting is not None:
            self.meeting.close()
        self.desk = None
        self.info = None
        self.panel = None
        self.rows = []
        self.model.set_rows([])
        self.tie_buttons.show_ranking(None, {})
        self.decisions.show_row(None, None, None, {})
        self.detail.show_row(None, None, [])
        self.closed.emit()

    # Language ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        ui = self.ui
        ui.searchEdit.setPlaceholderText(self.tr("Find a file no. or name (Ctrl+F)"))
        ui.matrixTable.setAccessibleName(self.tr("Panel matrix"))
        ui.leniencyTable.setAccessibleName(self.tr("Experts against the panel"))
        ui.missingList.setAccessibleName(self.tr("What stops finalising"))
        self._fill_filters()
        self.model.retranslate()
        if self.desk is not None:
            self._show_header()
            self._show_blockers()
            self._show_ranking()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
