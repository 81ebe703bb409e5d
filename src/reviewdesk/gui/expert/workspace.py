"""The expert workspace: no package yet (open one), opening it (progress, cancel), and the
desk — round, panel and deadline above, the assigned applicants on the left, and for the
chosen one the materials beside its scoring form.

The gate is the core's: the pledge once per package, then per applicant the declaration;
``desk.materials_open`` says whether the viewer and the form may show. This module imports
no heavy module at load time (the start of the application waits for it): the viewer and
the form are made on first use, when the opening task has already imported them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.applicant_view import ApplicantView
from reviewdesk.gui.expert.standing_desk import DeskStanding
from reviewdesk.gui.expert.workspace_view import WorkspaceView
from reviewdesk.gui.forms.ui_expert_workspace import Ui_ExpertWorkspace
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip, set_plain
from reviewdesk.gui.tasks import run_in_background
from reviewdesk.gui.window_state import em, keep_splitter, restore_splitter

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection, QModelIndex
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QListWidgetItem

    from reviewdesk.core.expert.desk import DeskApplicant, ExpertDesk, RecentPackage
    from reviewdesk.core.expert.standing import PackageProgress
    from reviewdesk.gui.expert.applicant_model import ApplicantListModel
    from reviewdesk.gui.expert.submission import Submission
    from reviewdesk.gui.scoring import ScoringForm
    from reviewdesk.gui.viewer import MaterialsViewer

DigestRole = Qt.ItemDataRole.UserRole + 1
_MINUTE_MS = 60_000
MAIN_SPLITTER_KEY = "expertDesk/mainSplitter"  # QSettings: the list beside the applicant


class ExpertWorkspace(WorkspaceView):
    openRequested = Signal()
    setupRequested = Signal()
    pinRequested = Signal()
    recentChosen = Signal(str)  # package digest
    changeRoleRequested = Signal()
    cancelOpening = Signal()
    closed = Signal()  # the package was closed (or its pledge refused)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExpertWorkspace()
        self.ui.setupUi(self)
        self.desk: ExpertDesk | None = None
        self.model: ApplicantListModel | None = None
        self.submission: Submission | None = None
        self.current_ref: str | None = None
        self._refreshing = self._refresh_again = False
        self._home_state = (False, False)  # identity there, root pinned
        self._opening_name = ""
        common.scale_font(self.ui.homeTitle, 1.6, bold=True)
        common.scale_font(self.ui.openingTitle, 1.4, bold=True)
        common.scale_font(self.ui.roundLabel, 1.4, bold=True)
        common.scale_font(self.ui.gateTitle, 1.3, bold=True)
        common.scale_font(self.ui.applicantTitle, 1.15, bold=True)
        self._lay_out_panes()

        ui = self.ui
        ui.openButton.clicked.connect(self.openRequested)
        ui.setupButton.clicked.connect(self.setupRequested)
        ui.pinButton.clicked.connect(self.pinRequested)
        ui.changeRoleButton.clicked.connect(self.changeRoleRequested)
        ui.recentList.itemActivated.connect(self._recent_activated)
        ui.cancelOpeningButton.clicked.connect(self.cancelOpening)
        ui.closePackageButton.clicked.connect(lambda: self.standing.request_close())
        ui.applicantTable.activated.connect(self._applicant_activated)
        ui.applicantTable.verticalHeader().hide()

        ui.submitButton.clicked.connect(self.submit)
        self.submit_action: QAction | None = None  # the desk's actions: made with the desk
        self.pdf_one_action: QAction | None = None
        self.pdf_all_action: QAction | None = None
        self.close_action: QAction | None = None
        self.next_action: QAction | None = None
        self.previous_action: QAction | None = None
        self.list_action: QAction | None = None
        self._list_width = 0  # the list's width before it was collapsed
        self._clock = QTimer(self)
        self._clock.setInterval(_MINUTE_MS)
        self._clock.timeout.connect(self._show_header)
        self.applicant_view = ApplicantView(self)
        self.standing: DeskStanding = DeskStanding(self)  # overview, banner, my scores, notes
        self._retranslate()
        self.show_home(identity=False, pinned=False, recent=[])

    def _make_actions(self) -> None:
        """Shortcuts and the PDF menu, made when a desk first shows (not at start-up)."""
        from PySide6.QtWidgets import QMenu

        if self.submit_action is not None:
            return
        self.submit_action = self._action(self.submit, "Ctrl+Return", "Ctrl+Enter")
        self.pdf_one_action = self._action(lambda: self.export_pdf(all_sheets=False), "Ctrl+P")
        self.pdf_all_action = self._action(lambda: self.export_pdf(all_sheets=True), "Ctrl+Shift+P")
        self.close_action = self._action(lambda: self.standing.request_close(), "Ctrl+W")
        self.next_action = self._action(lambda: self.step_applicant(+1), "Ctrl+PgDown")
        self.previous_action = self._action(lambda: self.step_applicant(-1), "Ctrl+PgUp")
        self.list_action = self._action(self.toggle_list, "Ctrl+L")
        menu = QMenu(self)
        menu.addAction(self.pdf_one_action)
        menu.addAction(self.pdf_all_action)
        self.ui.pdfButton.setMenu(menu)
        self._retranslate()

    def _action(self, slot: object, *keys: str) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # Layout (docs/UI.md) --------------------------------------------------------------------

    def _lay_out_panes(self) -> None:
        """Panes in splitters with minimums: the applicant list may be collapsed (dragged to
        the edge, or Ctrl+L); the applicant's side never is. No label or row here sets a
        minimum width from its text (plain_text.set_plain keeps labels narrow)."""
        ui = self.ui
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setCollapsible(0, True)
        ui.mainSplitter.setCollapsible(1, False)
        ui.applicantPane.setMinimumWidth(em(self, 18))
        ui.applicantTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.applicantTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        ui.mainSplitter.splitterMoved.connect(lambda _pos, _index: self._list_moved())

    def _status_width(self) -> int:
        """Room for the usual statuses with their icon; a longer one is elided (tooltip)."""
        from PySide6.QtWidgets import QStyle

        from reviewdesk.core.expert.sheets import Stage
        from reviewdesk.gui.expert.texts import status_label
        from reviewdesk.gui.scoring.texts import stage_label

        metrics = self.ui.applicantTable.fontMetrics()
        words = [stage_label(stage, 1) for stage in Stage]
        words.append(QCoreApplication.translate("ExpertDesk", "Declaration needed"))
        if self.model is not None:
            words += [
                status_label(self.model.applicant_at(r)) for r in range(self.model.rowCount())
            ]
        widest = max(metrics.horizontalAdvance(w) for w in words)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        return min(widest + icon + em(self, 3), em(self, 26))

    def _list_default_width(self) -> int:
        """File number, some six characters of the name and a readable status."""
        table = self.ui.applicantTable
        if self.model is None:
            return em(self, 40)
        name = table.fontMetrics().horizontalAdvance("国" * 6) + em(self, 2)
        ref = max(table.sizeHintForColumn(self.model.REF), 0)
        scroll = table.verticalScrollBar().sizeHint().width()
        return ref + name + self._status_width() + scroll + 2 * table.frameWidth() + 4

    def _size_columns(self) -> None:
        from PySide6.QtWidgets import QHeaderView

        if self.model is None:
            return
        header = self.ui.applicantTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(em(self, 4))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.model.STATUS, self._status_width())

    def list_collapsed(self) -> bool:
        return self.ui.mainSplitter.sizes()[0] == 0

    def toggle_list(self) -> None:
        """Collapse the applicant list to the edge, or bring it back at its last width."""
        splitter = self.ui.mainSplitter
        sizes = splitter.sizes()
        total = sum(sizes)
        if sizes[0] > 0:
            self._list_width = sizes[0]
            splitter.setSizes([0, total])
        else:
            width = self._list_width or self._list_default_width()
            splitter.setSizes([width, max(total - width, 1)])
        keep_splitter(splitter, MAIN_SPLITTER_KEY)

    def _list_moved(self) -> None:
        if not self.list_collapsed():
            self._list_width = self.ui.mainSplitter.sizes()[0]

    def step_applicant(self, step: int) -> None:
        """The next (+1) or previous (-1) applicant in the list (Ctrl+PgDown, Ctrl+PgUp)."""
        table = self.ui.applicantTable
        if self.model is None or not self.model.rowCount():
            return
        current = self.model.row_of(self.current_ref) if self.current_ref else -1
        row = max(0, min(current + step, self.model.rowCount() - 1))
        if row != current:
            table.selectRow(row)
            table.scrollTo(self.model.index(row, 0))

    # Home and opening ---------------------------------------------------------------------

    def show_home(
        self, *, identity: bool, pinned: bool, recent: Sequence[RecentPackage | PackageProgress]
    ) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        from reviewdesk.gui.expert.standing_view import home_line

        self._home_state = (identity, pinned)
        ui = self.ui
        ui.recentList.clear()
        for package in recent:
            item = QListWidgetItem(plain_item_text(home_line(package)))
            item.setData(DigestRole, package.digest)
            ui.recentList.addItem(item)
        ui.recentLabel.setVisible(bool(recent))
        ui.recentList.setVisible(bool(recent))
        self._show_identity_state()
        ui.pages.setCurrentWidget(ui.homePage)
        self._clock.stop()
        (ui.openButton if identity and pinned else ui.setupButton).setFocus()

    def _show_identity_state(self) -> None:
        identity, pinned = self._home_state
        ui = self.ui
        if not identity:
            text = self.tr(
                "There is no identity on this computer yet: create one or import yours first."
            )
        elif not pinned:
            text = self.tr(
                "Your identity is set up. Before a package can be checked, pin the commission's "
                "root key from the roster they gave you."
            )
        else:
            text = self.tr("Your identity is set up and the commission's root key is pinned.")
        ui.identityStatus.setText(text)
        ui.setupButton.setVisible(not identity)
        ui.pinButton.setVisible(identity and not pinned)

    def show_opening(self, name: str) -> None:
        self._opening_name = name
        set_plain(self.ui.openingTitle, self.tr("Opening {name}").format(name=name))
        self.ui.openingLabel.setText(self.tr("Getting ready…"))
        self.ui.openingProgress.setRange(0, 0)
        self.ui.pages.setCurrentWidget(self.ui.openingPage)
        self.ui.cancelOpeningButton.setFocus()

    def set_opening_progress(self, done: int, total: int, stage: str) -> None:
        stages = {
            "verify": self.tr("Checking the signatures and the roster…"),
            "store": self.tr("Keeping an encrypted copy on this computer…"),
            "copy": self.tr("Keeping an encrypted copy on this computer…"),
            "record": self.tr("Recording the round and your applicants…"),
            "done": self.tr("Done."),
        }
        self.ui.openingLabel.setText(stages.get(stage, self.ui.openingLabel.text()))
        if total > 0 and stage != "copy":
            self.ui.openingProgress.setRange(0, total)
            self.ui.openingProgress.setValue(done)

    # The desk ----------------------------------------------------------------------------

    def show_desk(self, desk: ExpertDesk, applicants: list[DeskApplicant] | None = None) -> None:
        """Show an opened package: first the pledge (once per package), then the list.
        ``applicants``: ``desk.applicants()`` read already (by the opening task), while
        the pledge is signed; else they are read here."""
        self.desk = desk
        if applicants is not None and applicants and applicants[0].materials_open:
            # Its first document decrypts while the list, the viewer and the form are made.
            self.applicant_view.open_ahead(desk, applicants[0])
        elif desk.pledge_signed() is None:
            from reviewdesk.gui.expert.declaration_dialogs import PledgeDialog

            dialog = PledgeDialog(desk, self)
            dialog.accepted.connect(lambda: self._after_pledge(desk))
            dialog.rejected.connect(self.close_package)
            dialog.open()
            return
        self._show_applicants(applicants)

    def _after_pledge(self, desk: ExpertDesk) -> None:
        """The pledge is signed: the rows again (their materials may open now), read in the
        background (a few queries per applicant: sixty applicants are one long turn)."""

        def read(rows: list[DeskApplicant] | None) -> None:
            if desk is self.desk:
                self._show_applicants(rows)  # None (it failed): read here, told if it fails

        run_in_background(
            lambda _p, _c: desk.applicants(),
            on_done=common.if_alive(read, self),
            on_error=common.if_alive(lambda _error: read(None), self),
        )

    def _show_applicants(self, applicants: list[DeskApplicant] | None = None) -> None:
        from reviewdesk.gui.expert.applicant_model import ApplicantListModel

        desk = self.desk
        if desk is None:
            return
        self._make_actions()
        self.model = ApplicantListModel(desk.applicants() if applicants is None else applicants)
        table = self.ui.applicantTable
        table.setModel(self.model)
        # One form, one category per package; the declaration shows beside the open
        # applicant and in the status: the list stays narrow beside the materials.
        table.setColumnHidden(self.model.CATEGORY, True)
        table.setColumnHidden(self.model.DECLARATION, True)
        self._size_columns()
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_header()
        self._clock.start()
        self.ui.pages.setCurrentWidget(self.ui.deskPage)
        if not restore_splitter(self.ui.mainSplitter, MAIN_SPLITTER_KEY):
            width = max(self.ui.mainSplitter.width(), em(self, 120))
            list_width = self._list_default_width()
            self.ui.mainSplitter.setSizes([list_width, width - list_width])
        self.ui.applicantPages.setCurrentWidget(self.ui.choosePage)
        self.current_ref = None
        table.setFocus()
        # The viewer, the form and then the first applicant, in turns of their own.
        self.standing.refresh()
        first = self.model.applicant_at(0) if self.model.rowCount() else None
        self.applicant_view.prepare(desk, first, then=self._select_first)

    def _select_first(self) -> None:
        table = self.ui.applicantTable
        if self.model is not None and self.model.rowCount() and not table.selectedIndexes():
            table.selectRow(0)

    def _show_header(self) -> None:
        desk = self.desk
        if desk is None:
            return
        from reviewdesk.gui.expert.standing_view import counted
        from reviewdesk.gui.expert.texts import deadline_text
        from reviewdesk.gui.models.template_model import kind_label

        summary = desk.summary
        refs = self.tr("Round {round} · panel {panel}").format(
            round=summary.round, panel=summary.panel
        )
        if summary.round_name is None and summary.panel_name is None:
            set_plain(self.ui.roundLabel, refs)
        else:  # the package names them: names in the header, the refs in the tooltip
            names = self.tr("{round_name} · {panel_name}").format(
                round_name=summary.round_title, panel_name=summary.panel_title
            )
            set_plain(self.ui.roundLabel, names, tooltip=False)
            shortened = self.ui.roundLabel.text() != names
            # refs are letters, digits and ._:/- (strict.REF): no markup in them
            self.ui.roundLabel.setToolTip(plain_tooltip(f"{names}\n{refs}") if shortened else refs)
        set_plain(
            self.ui.detailsLabel,
            self.tr("{kind} · {deadline} · {applicants} · expert {name}").format(
                kind=kind_label(summary.round_kind),
                deadline=deadline_text(summary.deadline),
                applicants=counted("%n applicant", "%n applicants", len(summary.applicants)),
                name=desk.identity.name,
            ),
        )

    def refresh(self, *, wait: bool = False) -> None:
        """Ask the core again for every applicant's declaration and status: in the
        background (a few queries per applicant, after every saved edit), requests made
        meanwhile coalesced; ``wait`` when the next step needs the answer."""
        desk = self.desk
        if desk is None or self.model is None:
            return
        if wait:
            self._refreshed(desk, desk.applicants())
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        run_in_background(
            lambda _p, _c: desk.applicants(),
            on_done=common.if_alive(lambda rows: self._refreshed(desk, rows, done=True), self),
            on_error=common.if_alive(lambda _error: self._refreshed(desk, None, done=True), self),
        )

    def _refreshed(
        self, desk: ExpertDesk, rows: list[DeskApplicant] | None, *, done: bool = False
    ) -> None:
        if done:
            self._refreshing = False
        if rows is not None and desk is self.desk and self.model is not None:
            self.model.set_applicants(rows)
            self.standing.refresh()
            applicant = self.current_applicant()
            if applicant is not None:
                self.applicant_view.show_declaration(applicant)
        if done and self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def current_applicant(self) -> DeskApplicant | None:
        if self.model is None or self.current_ref is None:
            return None
        row = self.model.row_of(self.current_ref)
        return None if row < 0 else self.model.applicant_at(row)

    def select_applicant(self, ref: str) -> None:
        if self.model is not None and (row := self.model.row_of(ref)) >= 0:
            self.ui.applicantTable.selectRow(row)

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and self.model is not None:
            self._show_applicant(self.model.applicant_at(indexes[0].row()))

    def _applicant_activated(self, index: QModelIndex) -> None:
        """Enter on a row: declare when the gate is closed, else go to the form."""
        if self.model is None:
            return
        applicant = self.model.applicant_at(index.row())
        if self.desk is not None and self.desk.materials_open(applicant.ref):
            if self.form is not None:
                self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.declare_current()

    # The chosen applicant (applicant_view.py) ----------------------------------------------

    def _show_applicant(self, applicant: DeskApplicant) -> None:
        self.current_ref = applicant.ref
        self.applicant_view.show(applicant)

    @property
    def viewer(self) -> MaterialsViewer | None:
        return self.applicant_view.viewer

    @property
    def form(self) -> ScoringForm | None:
        return self.applicant_view.form

    @property
    def sheet_ref(self) -> str | None:
        """The applicant whose sheet the form shows (None while it is being opened)."""
        return self.applicant_view.sheet_ref

    def when_sheet_open(self, ref: str, callback: Callable[[], None]) -> None:
        self.applicant_view.when_sheet_open(ref, callback)

    def declare_current(self) -> None:
        self.applicant_view.declare()

    def close_package(self) -> None:
        self.standing.clear()
        self.applicant_view.close()
        self.desk = None
        self.current_ref = None
        self.ui.applicantTable.setModel(None)
        self.model = None
        self._clock.stop()
        self.closed.emit()

    # Submitting and printing (submission.py) ------------------------------------------------

    def submit(self) -> None:
        if self.desk is None or self.ui.pages.currentWidget() is not self.ui.deskPage:
            return
        self._submission().submit()

    def export_pdf(self, *, all_sheets: bool) -> None:
        if self.desk is None:
            return
        refs = None if all_sheets or self.current_ref is None else [self.current_ref]
        self._submission().export_pdf(refs)

    def _submission(self) -> Submission:
        from reviewdesk.gui.expert.submission import Submission

        if self.submission is None:
            self.submission = Submission(self)
        return self.submission

    # Language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self.submit_action is not None:
            self.submit_action.setText(self.tr("Submit scores"))
        if self.pdf_one_action is not None:
            self.pdf_one_action.setText(self.tr("This applicant's score sheet (PDF)…"))
        if self.pdf_all_action is not None:
            self.pdf_all_action.setText(self.tr("All my score sheets (PDF)…"))
        if self.close_action is not None:
            self.close_action.setText(self.tr("Close package"))
        if self.next_action is not None and self.previous_action is not None:
            self.next_action.setText(self.tr("Next applicant"))
            self.previous_action.setText(self.tr("Previous applicant"))
        if self.list_action is not None:
            self.list_action.setText(self.tr("Show or hide the applicant list"))
        self.ui.submitButton.setToolTip(self.tr("Check what is missing, then sign (Ctrl+Enter)"))
        self.ui.applicantTable.setAccessibleName(self.tr("Applicants assigned to you"))
        self.ui.recentList.setAccessibleName(self.tr("Recently opened packages"))
        self.ui.openingProgress.setAccessibleName(self.tr("Opening progress"))
        self._show_identity_state()
        if self.ui.pages.currentWidget() is self.ui.openingPage:
            set_plain(
                self.ui.openingTitle, self.tr("Opening {name}").format(name=self._opening_name)
            )
        self._show_header()
        if self.model is not None:
            self.model.retranslate()
            self._size_columns()
        self.applicant_view.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(str(item.data(DigestRole)))
