"""The right side of the expert desk for the chosen applicant: the gate (declare first, or
withdrawn) or its materials beside its score sheet.

Whether the materials open is the core's answer (``desk.materials_open``). Work is spread
over turns of the event loop so that the window keeps answering: the viewer and the form
are made ahead (the form built for the package's template), the sheet opens, and the first
document starts decrypting only in the next turn. Words use the workspace's translation
context (they are its screen).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.plain_text import set_plain
from reviewdesk.gui.window_state import em, restore_splitter

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import DeskApplicant, ExpertDesk
    from reviewdesk.gui.expert.workspace_view import WorkspaceView
    from reviewdesk.gui.scoring import ScoringForm
    from reviewdesk.gui.viewer import MaterialsViewer

TURN_MS = 1  # a timer, not a posted call: other timers and input get their turn first
READING_SPLITTER_KEY = "expertDesk/readingSplitter"  # QSettings: materials beside the form
FORM_SHARE = 0.38  # of the applicant's side, for the form by default; the rest reads


def in_turns(owner: QObject, alive: Callable[[], bool], *steps: Callable[[], object]) -> None:
    """Run ``steps`` one per turn of the event loop while ``alive()`` holds."""
    if not steps:
        return

    def step() -> None:
        if alive():
            steps[0]()
            in_turns(owner, alive, *steps[1:])

    QTimer.singleShot(TURN_MS, owner, step)


class ApplicantView(QObject):
    def __init__(self, workspace: WorkspaceView) -> None:
        super().__init__(workspace)
        self.ws, self.ui = workspace, workspace.ui
        self.viewer: MaterialsViewer | None = None
        self.form: ScoringForm | None = None
        self.sheet_ref: str | None = None  # whose sheet the form shows (None while opening)
        self._when_sheet: list[tuple[str, Callable[[], None]]] = []
        self._loading_sheet = False
        self._reading_sized = False  # the materials/form split is set when first shown
        self.ui.declareButton.clicked.connect(self.declare)
        self.ui.changeDeclarationButton.clicked.connect(self.declare)

    def prepare(self, desk: ExpertDesk, then: Callable[[], object]) -> None:
        """Make the viewer and the form, in turns of their own before they are needed; then
        ``then``. While the first applicant's materials are closed (the person declares
        first), they are also laid out once off screen meanwhile (the first showing of a
        form of some thirty fields is otherwise one long turn); when they are open, they
        show at once instead: an off-screen layout then only delays the first page."""
        steps: list[Callable[[], object]] = [self.make_viewer, lambda: self.make_form(desk)]
        first = desk.summary.applicants[0].ref if desk.summary.applicants else None
        if first is None or not desk.materials_open(first):
            steps += [lambda: self.make_viewer().grab(), lambda: self.make_form(desk).grab()]
        in_turns(self, lambda: self.ws.desk is desk, *steps, then)

    # Showing an applicant ------------------------------------------------------------------

    def show(self, applicant: DeskApplicant) -> None:
        desk = self.ws.desk
        if desk is None:
            return
        self.sheet_ref = None
        if not desk.materials_open(applicant.ref):  # the core decides, the page shows it
            if self.form is not None:
                self.form.finish_saving()
            if self.viewer is not None:
                self.viewer.clear()  # nothing of another applicant stays decrypted
            self.show_gate(applicant)
            return
        viewer = self.make_viewer()
        self.make_form(desk)
        # The sheet opens first; the first document starts decrypting in the next turn, so
        # the worker does not compete with this turn for the interpreter. (The sheet is
        # made here, not in a worker: two writers at once can make SQLite refuse one.)
        if self.form is not None:  # a newly chosen applicant's form opens at its top
            self.form.scroll_area.verticalScrollBar().setValue(0)
        self._open_sheet(desk, applicant.ref)  # (then a "go to the field" may scroll)
        self.show_declaration(applicant)
        self.ui.applicantPages.setCurrentWidget(self.ui.readingPage)
        self._size_reading()
        viewer.clear()  # nothing of the last applicant stays decrypted meanwhile
        ref = applicant.ref
        in_turns(self, lambda: self._current(desk, ref), lambda: self._load_materials(desk, ref))

    def _size_reading(self) -> None:
        """Once the page shows: the split left last time, else most of the width for the
        materials (fit-width reads an A4 page at over 80 % in a 1440-pixel window)."""
        splitter = self.ui.readingSplitter
        if self._reading_sized or self.form is None or self.viewer is None:
            return
        self._reading_sized = True
        if restore_splitter(splitter, READING_SPLITTER_KEY):
            return
        width = max(self.ui.applicantPages.width(), splitter.width(), em(splitter, 80))
        form = max(self.form.minimumWidth(), round(width * FORM_SHARE))
        splitter.setSizes([width - form, form])

    def _current(self, desk: ExpertDesk, ref: str) -> bool:
        return desk is self.ws.desk and ref == self.ws.current_ref

    def _load_materials(self, desk: ExpertDesk, ref: str) -> None:
        from reviewdesk.gui.viewer import Attachment

        attachments = desk.attachments(ref)
        numbers = [a.number for a in attachments]
        self.make_viewer().set_attachments(
            [Attachment(a.name, a.mime, a.size) for a in attachments],
            lambda i: desk.read_attachment(numbers[i]),
            key=f"{desk.digest}/{ref}",  # page and zoom kept per package and document
        )

    def _open_sheet(self, desk: ExpertDesk, ref: str) -> None:
        if not self._current(desk, ref) or self.form is None:
            return
        try:
            sheet = desk.sheet_id(ref)
        except Exception as error:
            self.ws.notice.emit(common.error_message(error)[0])
            return
        self._loading_sheet = True
        try:
            self.form.open_sheet(sheet)
        finally:
            self._loading_sheet = False
        self.sheet_ref = ref
        waiting, self._when_sheet = self._when_sheet, []
        for wanted, callback in waiting:
            if wanted == ref:
                callback()

    def when_sheet_open(self, ref: str, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the form shows ``ref``'s sheet (at once if it does)."""
        if self.sheet_ref == ref:
            callback()
        else:
            self._when_sheet.append((ref, callback))

    def show_gate(self, applicant: DeskApplicant) -> None:
        ui = self.ui
        if applicant.disqualified:
            set_plain(
                ui.gateTitle,
                QCoreApplication.translate(
                    "ExpertWorkspace", "{ref} {name}: withdrawn (disqualifying conflict)"
                ).format(ref=applicant.ref, name=applicant.name),
            )
            text = QCoreApplication.translate(
                "ExpertWorkspace",
                "You declared a disqualifying conflict of interest with this applicant: its "
                "materials stay closed and you do not score it. The declaration is signed "
                "into your score file.",
            )
            if applicant.conflict_text:
                text += "\n\n" + QCoreApplication.translate(
                    "ExpertWorkspace", "Your declaration: {text}"
                ).format(text=applicant.conflict_text)
            set_plain(ui.gateText, text)
            ui.declareButton.setText(
                QCoreApplication.translate("ExpertWorkspace", "Change &declaration…")
            )
        else:
            set_plain(ui.gateTitle, f"{applicant.ref} {applicant.name}")
            ui.gateText.setText(
                QCoreApplication.translate(
                    "ExpertWorkspace",
                    "The materials and the score sheet of this applicant open after you declare "
                    "whether you have a conflict of interest with it.",
                )
            )
            ui.declareButton.setText(
                QCoreApplication.translate("ExpertWorkspace", "&Declare conflict of interest…")
            )
        ui.applicantPages.setCurrentWidget(ui.gatePage)

    def show_declaration(self, applicant: DeskApplicant) -> None:
        from reviewdesk.gui.expert.texts import conflict_label

        set_plain(self.ui.applicantTitle, f"{applicant.ref} {applicant.name}")
        value = None if applicant.conflict is None else applicant.conflict.value
        text = QCoreApplication.translate("ExpertWorkspace", "Declared: {declaration}").format(
            declaration=conflict_label(value)
        )
        if applicant.conflict_text:
            text += f" ({applicant.conflict_text})"
        set_plain(self.ui.declarationLabel, text)

    # The viewer and the form -----------------------------------------------------------------

    def make_viewer(self) -> MaterialsViewer:
        if self.viewer is None:
            from reviewdesk.gui.viewer import MaterialsViewer

            self.viewer = MaterialsViewer()
            self.viewer.setAccessibleName(
                QCoreApplication.translate("ExpertWorkspace", "Materials")
            )
            self.viewer.setMinimumWidth(em(self.viewer, 40))
            self.ui.readingSplitter.insertWidget(0, self.viewer)
            self.ui.readingSplitter.setStretchFactor(0, 2)
        return self.viewer

    def make_form(self, desk: ExpertDesk) -> ScoringForm:
        """The form on ``desk``'s database, its editors built for the package's template."""
        if self.form is not None and self.form.db is not desk.db:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        if self.form is None:
            from reviewdesk.gui.scoring import ScoringForm

            self.form = ScoringForm(desk.db)
            self.form.setAccessibleName(
                QCoreApplication.translate("ExpertWorkspace", "Score sheet")
            )
            self.form.saved.connect(lambda _saved: self.ws.refresh())
            self.form.stageChanged.connect(self._stage_changed)
            self.form.revisionStarted.connect(lambda _sheet: self.ws.refresh())
            self.form.setMinimumWidth(em(self.form, 46))
            splitter = self.ui.readingSplitter
            splitter.addWidget(self.form)
            splitter.setStretchFactor(splitter.indexOf(self.form), 1)
            self._reading_sized = False
        self.form.prepare(desk.template)
        self._chain_tabs()
        return self.form

    def _chain_tabs(self) -> None:
        """Tab goes list → declaration → materials → score sheet → submit, PDF, close."""
        if self.viewer is None or self.form is None:
            return
        ui = self.ui
        chain = [
            ui.changeDeclarationButton,
            self.viewer,
            self.form.problem_list,
            ui.submitButton,
            ui.pdfButton,
            ui.closePackageButton,
        ]
        QWidget.setTabOrder(chain[0], chain[1])  # the viewer keeps its list→form link
        for first, second in itertools.pairwise(chain[2:]):
            QWidget.setTabOrder(first, second)

    def _stage_changed(self, _stage: object) -> None:
        if not self._loading_sheet:  # loading "changes" the stage from nothing: no refresh
            self.ws.refresh()

    # Declaring ---------------------------------------------------------------------------

    def declare(self) -> None:
        """The conflict-of-interest declaration of the chosen applicant."""
        desk, applicant = self.ws.desk, self.ws.current_applicant()
        if desk is None or applicant is None:
            return
        from reviewdesk.gui.expert.declaration_dialogs import ConflictDialog

        if self.form is not None:
            self.form.finish_saving()
        dialog = ConflictDialog(desk, applicant, self.ws)
        dialog.accepted.connect(lambda: self._declared(applicant.ref))
        dialog.open()

    def _declared(self, ref: str) -> None:
        self.ws.refresh(wait=True)
        applicant = self.ws.current_applicant()
        if applicant is not None and applicant.ref == ref:
            self.show(applicant)

    def close(self) -> None:
        if self.form is not None:
            self.form.finish_saving()
        if self.viewer is not None:
            self.viewer.clear()
        self.sheet_ref = None
        self._when_sheet.clear()

    def retranslate(self) -> None:
        applicant = self.ws.current_applicant()
        if applicant is not None:
            self.show_declaration(applicant)
            if self.ui.applicantPages.currentWidget() is self.ui.gatePage:
                self.show_gate(applicant)
