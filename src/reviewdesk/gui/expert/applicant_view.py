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
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.plain_text import set_plain
from reviewdesk.gui.window_state import em, restore_splitter

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import DeskApplicant, ExpertDesk
    from reviewdesk.core.expert.sheets import SheetId
    from reviewdesk.core.formats.package import AttachmentInfo
    from reviewdesk.gui.expert.workspace_view import WorkspaceView
    from reviewdesk.gui.scoring import ScoringForm
    from reviewdesk.gui.viewer import MaterialsViewer, OpenAhead

TURN_MS = 1  # a timer, not a posted call: other timers and input get their turn first
READING_SPLITTER_KEY = "expertDesk/readingSplitter"  # QSettings: materials beside the form
FORM_SHARE = 0.38  # of the applicant's side, for the form by default; the rest reads
AFTER_PAGE_MS = 50  # from a document shown to its first page painted (rendered aside)
FIRST_PAGE_WAIT_MS = 1500  # the form waits no longer for a first page that is slow


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
        self._ahead: tuple[tuple[str, str], OpenAhead] | None = None  # (package, applicant)
        self._after_first_page: Callable[[], None] | None = None  # the form, after the page
        self._form_place: QWidget | None = None  # holds the form's place until it is made
        self.ui.declareButton.clicked.connect(self.declare)
        self.ui.changeDeclarationButton.clicked.connect(self.declare)

    def prepare(
        self, desk: ExpertDesk, first: DeskApplicant | None, then: Callable[[], object]
    ) -> None:
        """Make the viewer (made ahead already, usually: ``controller._prebuild``), then
        ``then`` (the first applicant shows). When the ``first`` applicant's materials are
        open, its first document is decrypting meanwhile (``open_ahead``) and the form
        follows its first page (``show``). When they are closed (the person declares
        first), the form is made after ``then`` and laid out once off screen, in turns of
        their own while the gate shows (the first showing of a form of some thirty fields
        is otherwise one long turn); a declaration made sooner leaves the form to ``show``."""
        at_gate = lambda: (  # noqa: E731
            self.ws.desk is desk and self.ui.applicantPages.currentWidget() is self.ui.gatePage
        )

        def first_shown() -> None:
            then()
            if first is None or not first.materials_open:  # the core's answer, just read
                in_turns(
                    self, at_gate,
                    lambda: self.make_form(desk),
                    lambda: self.make_viewer().grab(),
                    lambda: self.make_form(desk).grab(),
                )  # fmt: skip

        in_turns(self, lambda: self.ws.desk is desk, self.make_viewer, first_shown)

    def open_ahead(self, desk: ExpertDesk, applicant: DeskApplicant) -> None:
        """Start decrypting ``applicant``'s first document now, in the background, when its
        materials are open (the core checks the gate again, and the blob's signed digest,
        as it decrypts): the viewer takes it when it shows the applicant (``show``)."""
        if applicant.materials_open:
            self._start_ahead(desk, applicant.ref, applicant.attachments)

    def _start_ahead(
        self, desk: ExpertDesk, ref: str, attachments: Sequence[AttachmentInfo]
    ) -> None:
        key = (desk.digest, ref)
        if self._ahead is not None and self._ahead[0] == key:
            return
        self.drop_ahead()
        if not attachments:
            return
        from reviewdesk.gui.viewer import OpenAhead

        first = attachments[0]
        ahead = OpenAhead(lambda _i: desk.read_attachment(first.number), 0, first.mime)
        self._ahead = (key, ahead)

    def drop_ahead(self) -> None:
        """Forget a document decrypted ahead that was not shown (another applicant)."""
        if self._ahead is not None:
            self._ahead[1].cancel()
            self._ahead = None

    def _take_ahead(self, desk: ExpertDesk, ref: str) -> OpenAhead | None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == (desk.digest, ref):
            return ahead[1]
        if ahead is not None:
            ahead[1].cancel()
        return None

    # Showing an applicant ------------------------------------------------------------------

    def show(self, applicant: DeskApplicant) -> None:
        desk = self.ws.desk
        if desk is None:
            return
        self.sheet_ref = None
        if not desk.materials_open(applicant.ref):  # the core decides, the page shows it
            if self.form is not None:
                self.form.finish_saving()
            self.drop_ahead()
            if self.viewer is not None:
                self.viewer.clear()  # nothing of another applicant stays decrypted
            self.show_gate(applicant)
            return
        viewer = self.make_viewer()
        self.open_ahead(desk, applicant)  # its first document decrypts from now on
        ahead = self._take_ahead(desk, applicant.ref)
        ref = applicant.ref
        self.show_declaration(applicant)
        alive = lambda: self._current(desk, ref)  # noqa: E731
        form = self.form
        first_page = form is None or form.db is not desk.db or form.sheet_id is None
        if first_page:
            # The first applicant shown since the package opened: its first page comes
            # first. A blank holds the form's place (the page is laid out once, at the
            # width it keeps beside the form); the form is made, or waits, off screen and
            # takes its place with its sheet open, once that page is painted, in turns of
            # its own: nothing can be typed into it before.
            self._hold_form_place()
        self.ui.applicantPages.setCurrentWidget(self.ui.readingPage)
        viewer.clear()  # nothing of the last applicant stays decrypted meanwhile
        if first_page:
            self._size_reading()
            self._after_first_page = lambda: self._sheet_in_turns(desk, ref)
            if not applicant.attachments:
                self._first_page_painted()
            else:
                QTimer.singleShot(FIRST_PAGE_WAIT_MS, self, self._first_page_painted)
            in_turns(self, alive, lambda: self._load_materials(desk, ref, ahead))
            return
        form = self.make_form(desk)
        # The sheet opens now (a newly chosen applicant's form at its top); the viewer
        # takes the document in the next turn. (The sheet is made here, not in a worker:
        # two writers at once can make SQLite refuse one.)
        form.scroll_area.verticalScrollBar().setValue(0)
        self._open_sheet(desk, ref)  # (then a "go to the field" may scroll)
        self._form_ready()
        in_turns(self, alive, lambda: self._load_materials(desk, ref, ahead))

    def _document_settled(self, _index: int) -> None:
        """The viewer shows its document (or said why it cannot): let its page paint."""
        if self._after_first_page is not None:
            QTimer.singleShot(AFTER_PAGE_MS, self, self._first_page_painted)

    def _first_page_painted(self) -> None:
        then, self._after_first_page = self._after_first_page, None
        if then is not None:
            then()

    def _form_ready(self) -> None:
        """The form, its sheet open, on screen beside the materials."""
        form = self.form
        if form is None:
            return
        self._attach_form(form)
        self._size_reading()

    def _hold_form_place(self) -> None:
        """A blank of the form's minimum width beside the materials, in the form's place
        (the form, when there, goes off screen) until ``_attach_form``."""
        if self._form_place is not None:
            return
        self._form_place = QWidget()
        self._form_place.setMinimumWidth(em(self._form_place, 46))
        splitter = self.ui.readingSplitter
        form = self.form
        if form is not None and form.parent() is splitter:
            sizes = splitter.sizes()
            splitter.replaceWidget(splitter.indexOf(form), self._form_place)
            form.setParent(None)  # hidden, and held by this view until it is back
            splitter.setSizes(sizes)
        else:
            splitter.addWidget(self._form_place)
        splitter.setStretchFactor(splitter.indexOf(self._form_place), 1)

    def _attach_form(self, form: ScoringForm) -> None:
        """Put ``form`` beside the materials (where its blank held its place)."""
        splitter = self.ui.readingSplitter
        if form.parent() is splitter:
            return
        place, self._form_place = self._form_place, None
        if place is not None and splitter.indexOf(place) >= 0:
            sizes = splitter.sizes()
            splitter.replaceWidget(splitter.indexOf(place), form)
            splitter.setSizes(sizes)
            place.deleteLater()
        else:
            splitter.addWidget(form)
            self._reading_sized = False
        splitter.setStretchFactor(splitter.indexOf(form), 1)
        self._chain_tabs()

    def _size_reading(self) -> None:
        """Once the page shows: the split left last time, else most of the width for the
        materials (fit-width reads an A4 page at over 80 % in a 1440-pixel window)."""
        splitter = self.ui.readingSplitter
        beside = self.form if self._form_place is None else self._form_place
        if self._reading_sized or beside is None or self.viewer is None:
            return
        self._reading_sized = True
        if restore_splitter(splitter, READING_SPLITTER_KEY):
            return
        width = max(self.ui.applicantPages.width(), splitter.width(), em(splitter, 80))
        form = max(beside.minimumWidth(), round(width * FORM_SHARE))
        splitter.setSizes([width - form, form])

    def _current(self, desk: ExpertDesk, ref: str) -> bool:
        return desk is self.ws.desk and ref == self.ws.current_ref

    def _load_materials(self, desk: ExpertDesk, ref: str, ahead: OpenAhead | None) -> None:
        from reviewdesk.gui.viewer import Attachment

        attachments = desk.attachments(ref)
        numbers = [a.number for a in attachments]
        self.make_viewer().set_attachments(
            [Attachment(a.name, a.mime, a.size) for a in attachments],
            lambda i: desk.read_attachment(numbers[i]),
            key=f"{desk.digest}/{ref}",  # page and zoom kept per package and document
            ahead=ahead,
        )

    def _sheet_in_turns(self, desk: ExpertDesk, ref: str) -> None:
        """After the first page: the form made (off screen), the sheet found or made, the
        form filled in, then put beside the materials — a turn each."""
        sheet: list[SheetId] = []

        def find() -> None:
            found = self._sheet_id(desk, ref)
            if found is not None:
                sheet.append(found)

        def fill() -> None:
            if sheet and self.form is not None:
                self._fill_form(sheet[0])

        def show() -> None:
            if sheet and self.form is not None and self.form.sheet_id == sheet[0]:
                self._form_ready()
                self._sheet_shown(ref)

        in_turns(
            self, lambda: self._current(desk, ref),
            lambda: self.make_form(desk, attach=False), find, fill, show,
        )  # fmt: skip

    def _sheet_id(self, desk: ExpertDesk, ref: str) -> SheetId | None:
        try:
            return desk.sheet_id(ref)
        except Exception as error:
            self.ws.notice.emit(common.error_message(error)[0])
            return None

    def _fill_form(self, sheet: SheetId) -> None:
        assert self.form is not None
        self._loading_sheet = True
        try:
            self.form.open_sheet(sheet)
        finally:
            self._loading_sheet = False

    def _open_sheet(self, desk: ExpertDesk, ref: str) -> None:
        """Open ``ref``'s sheet in the form (on screen)."""
        if not self._current(desk, ref) or self.form is None:
            return
        sheet = self._sheet_id(desk, ref)
        if sheet is None:
            return
        self._fill_form(sheet)
        self._sheet_shown(ref)

    def _sheet_shown(self, ref: str) -> None:
        """The form shows ``ref``'s sheet: what waited for it (``when_sheet_open``: a field
        to go to) runs now."""
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
            self.viewer.attachmentShown.connect(self._document_settled)
            self.viewer.attachmentNotShown.connect(self._document_settled)
        return self.viewer

    def make_form(self, desk: ExpertDesk, *, attach: bool = True) -> ScoringForm:
        """The form on ``desk``'s database, its editors built for the package's template;
        beside the materials unless ``attach`` is False (``_form_ready`` puts it there)."""
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
            self._reading_sized = self._reading_sized and self._form_place is not None
        self.form.prepare(desk.template)
        if attach:
            self._attach_form(self.form)
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
        desk = self.ws.desk
        if desk is not None and desk.materials_open(ref):  # the core's gate just opened:
            self._start_ahead(desk, ref, desk.attachments(ref))  # decrypting from now on
        self.ws.refresh(wait=True)
        applicant = self.ws.current_applicant()
        if applicant is not None and applicant.ref == ref:
            self.show(applicant)

    def close(self) -> None:
        if self.form is not None:
            self.form.finish_saving()
        self.drop_ahead()
        self._after_first_page = None
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
