"""The materials viewer: one applicant's attachments, the chosen one shown from memory.

Attachments arrive as descriptors (name, MIME type, size) with a ``load(index) -> bytes``
callable that decrypts one of them. Loading runs on a worker thread (``gui/tasks.py``); the
bytes stay in memory, are never written to disk and are released when another attachment is
chosen (DESIGN §3 "At rest").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from reviewdesk.core.materials.pdf_guard import check_pdf
from reviewdesk.core.progress import NEVER, CancelToken
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.tasks import Task, run_in_background
from reviewdesk.gui.viewer.all_search import AllDocumentsSearch
from reviewdesk.gui.viewer.attachments import (
    AttachmentLike,
    AttachmentListModel,
    DocumentKind,
    document_kind,
    format_size,
    type_label,
)
from reviewdesk.gui.viewer.controls import fill, make_action, name_action
from reviewdesk.gui.viewer.image_pane import ImagePane
from reviewdesk.gui.viewer.message_pane import MessagePane
from reviewdesk.gui.viewer.pdf_pane import PdfPane, Place

Loader = Callable[[int], bytes]
_Message = tuple[str, str, str]  # title, sentence, technical details
_SELECTION_PAUSE_MS = 120  # arrowing through the list decrypts only where the user stops
PLACES_GROUP = "viewer/places"  # QSettings: page and zoom per document, across sessions


@dataclass(frozen=True)
class _Opened:
    index: int
    pdf: QByteArray | None = field(default=None, repr=False)  # never into a log
    image: QImage | None = field(default=None, repr=False)


def _open_in_worker(
    load: Loader, index: int, kind: DocumentKind, cancel: CancelToken = NEVER
) -> _Opened:
    """Decrypt, and decode an image, off the GUI thread (QByteArray and QImage are
    thread-safe values); the plain ``bytes`` are dropped here. A PDF built to exhaust
    memory (``pdf_guard``) is refused here, before PDFium sees it."""
    data = load(index)
    if kind is DocumentKind.PDF:
        check_pdf(data, cancel=cancel)
        return _Opened(index, pdf=QByteArray(data))
    return _Opened(index, image=QImage.fromData(data))


class OpenAhead:
    """One attachment decrypted (and checked, as ``open_attachment`` would) before the
    viewer is asked for it: started the moment it is known to be wanted, so the decryption
    overlaps the building of the screen around it, then handed to ``set_attachments``.
    ``load`` is the viewer's loader (the gate and the blob's digest are checked inside it);
    ``index`` the attachment it opens. ``cancel`` drops it and the bytes it holds."""

    def __init__(self, load: Loader, index: int, mime_type: str) -> None:
        self.index = index
        self._result: _Opened | None = None
        self._error: BaseException | None = None
        self._then: tuple[Callable[[_Opened], None], Callable[[BaseException], None]] | None
        self._then = None
        self._task: Task | OpenAhead | None = None
        self._ahead: OpenAhead | None = None  # attachment 0, already being decrypted
        kind = document_kind(mime_type)
        if kind is not DocumentKind.UNSUPPORTED:  # never decrypted: open_attachment says why
            self._task = run_in_background(
                lambda _progress, cancel: _open_in_worker(load, index, kind, cancel),
                on_done=self._done,
                on_error=self._failed,
            )

    @property
    def usable(self) -> bool:
        return self._task is not None or self._result is not None or self._error is not None

    def then(
        self, on_done: Callable[[_Opened], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """``on_done(opened)`` or ``on_error(error)`` when it is ready: in a turn of its own
        when it is ready already (loading a document is one, showing what asked for it
        another)."""
        self._then = (on_done, on_error)
        if self._result is not None or self._error is not None:
            QTimer.singleShot(0, self._deliver)

    def _deliver(self) -> None:
        result, error, then = self._result, self._error, self._then
        self._result, self._error, self._then = None, None, None
        if then is not None and result is not None:
            then[0](result)
        elif then is not None and error is not None:
            then[1](error)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task, self._then, self._result, self._error = None, None, None, None

    def _done(self, opened: _Opened) -> None:
        if self._task is None:
            return  # cancelled meanwhile: the bytes go with ``opened``
        self._task = None
        if self._then is not None:
            then, self._then = self._then, None
            then[0](opened)
        else:
            self._result = opened

    def _failed(self, error: BaseException) -> None:
        if self._task is None:
            return
        self._task = None
        if self._then is not None:
            then, self._then = self._then, None
            then[1](error)
        else:
            self._error = error


class MaterialsViewer(QWidget):
    attachmentShown = Signal(int)  # the attachment's document is on screen
    attachmentNotShown = Signal(int)  # a message says why it cannot be shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load: Loader | None = None
        self._task: Task | OpenAhead | None = None
        self._ahead: OpenAhead | None = None  # attachment 0, already being decrypted
        self._generation = 0  # results of an earlier choice are dropped
        self._shown = -1
        self._message: Callable[[], _Message] | None = None
        self._message_flags = (False, False)  # warning, busy
        self._key: str | None = None  # names this set of attachments (package + applicant)
        self._places: dict[str, Place] = {}  # page and zoom per document, this session
        self._pending_hit: tuple[int, int, str] | None = None  # index, page, search text

        self.model = AttachmentListModel()
        self.list = QTreeView(self)
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.list.activated.connect(self._focus_document)  # Enter: from the list to the page
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(_SELECTION_PAUSE_MS)
        self._open_timer.timeout.connect(lambda: self.open_attachment(self.current_index()))

        self.message_pane = MessagePane(self)
        self.pdf_pane = PdfPane(self)
        self.pdf_pane.ready.connect(lambda _pages: self._document_shown())
        self.pdf_pane.failed.connect(self._pdf_failed)
        self.image_pane = ImagePane(self)
        self.stack = QStackedWidget(self)
        for pane in (self.message_pane, self.pdf_pane, self.image_pane):
            self.stack.addWidget(pane)

        self.all_search = AllDocumentsSearch(self)
        self.all_search.hitChosen.connect(self.show_hit)
        self.all_search.resultsShown.connect(self._fit_results_height)
        # Ctrl+F anywhere in the window while the viewer shows (docs/UI.md: keyboard).
        self.find_action = make_action(self, self.all_search.focus_field, ["Ctrl+F"])
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.all_search.results)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(2, 1)
        self._list_resized_by_user = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_search)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.list)
        self._retranslate()
        self.set_attachments([], None)

    # The attachments --------------------------------------------------------------------

    def set_attachments(
        self,
        attachments: Sequence[AttachmentLike],
        load: Loader | None,
        key: str | None = None,
        *,
        ahead: OpenAhead | None = None,
    ) -> None:
        """Show these attachments; ``load(i)`` returns the bytes of the i-th one. ``key``
        names the set (package and applicant): each document's page and zoom are kept
        under it and restored when it is shown again.

        ``load`` runs on a worker thread and may be called again for another attachment
        before it returns, so it must be thread-safe. ``ahead``: the first attachment,
        already being opened with ``load`` (``OpenAhead``); it is used instead of a new load.
        """
        if attachments and load is None:
            raise ValueError("attachments need a loader")
        self._release()
        self._ahead = ahead
        self._load = load
        self._key = key
        self._pending_hit = None
        self.model.set_attachments(attachments)
        self.all_search.set_documents(
            [a.name for a in attachments],
            [
                i
                for i, a in enumerate(attachments)
                if document_kind(a.mime_type) is DocumentKind.PDF
            ],
            load,
        )
        self._fit_list_height()
        if attachments:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.open_attachment(0)
        else:
            self._show_message(lambda: ("", self.tr("There are no materials to show."), ""))

    def clear(self) -> None:
        self.set_attachments([], None)

    def current_index(self) -> int:
        """The row chosen in the list (-1 when none); rows are the loader's indexes."""
        return self.list.selectionModel().currentIndex().row()

    def shown_index(self) -> int:
        """The attachment whose document is on screen (-1 when none)."""
        return self._shown

    def setOrientation(self, orientation: Qt.Orientation) -> None:
        """List above the document (the default) or beside it."""
        self.splitter.setOrientation(orientation)

    def open_attachment(self, index: int) -> None:
        """Select and open one attachment (decrypting it through the loader)."""
        self._open_timer.stop()
        if not 0 <= index < self.model.rowCount():
            return
        if self.current_index() != index:
            self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                self.model.index(index, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.selectionModel().blockSignals(False)
        self.list.scrollTo(self.model.index(index, 0))
        ahead, self._ahead = self._ahead, None  # (released below when it is not this one)
        self._release()
        attachment = self.model.attachment_at(index)
        kind = document_kind(attachment.mime_type)
        if ahead is not None and (ahead.index != index or not ahead.usable):
            ahead.cancel()
            ahead = None
        if kind is DocumentKind.UNSUPPORTED or self._load is None:
            if ahead is not None:
                ahead.cancel()
            # Not even decrypted: there is nothing reviewdesk could do with the bytes.
            self._show_message(lambda: self._unsupported_message(index), warning=True)
            self.attachmentNotShown.emit(index)
            return
        generation = self._generation
        load = self._load
        self._show_message(lambda: self._opening_message(index), busy=True)
        if ahead is not None:
            self._task = ahead
            ahead.then(
                lambda opened: self._opened(generation, opened),
                lambda error: self._load_failed(generation, index, error),
            )
            return
        self._task = run_in_background(
            lambda _progress, cancel: _open_in_worker(load, index, kind, cancel),
            on_done=lambda opened: self._opened(generation, opened),
            on_error=lambda error: self._load_failed(generation, index, error),
        )

    def _focus_document(self, index: QModelIndex) -> None:
        pane = self.stack.currentWidget()
        if index.row() == self._shown and pane is not None and pane is not self.message_pane:
            pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self._list_resized_by_user = True

    def _fit_list_height(self) -> None:
        """Show every attachment (up to eight) without scrolling, unless the user chose a
        height; the rest of the room goes to the document."""
        if self._list_resized_by_user or self.splitter.orientation() != Qt.Orientation.Vertical:
            return
        rows = min(max(self.model.rowCount(), 1), 8)
        row_height = self.list.sizeHintForRow(0) if self.model.rowCount() else -1
        if row_height <= 0:
            row_height = self.fontMetrics().height() + 4
        wanted = (
            self.list.header().sizeHint().height() + rows * row_height + 2 * self.list.frameWidth()
        )
        total = max(sum(self.splitter.sizes()), wanted * 4)
        self.splitter.setSizes([wanted, total - wanted])

    def _fit_results_height(self, lines: int) -> None:
        """The search results take what they need, at most a third of the height: the
        document stays readable below them."""
        sizes = self.splitter.sizes()
        if len(sizes) != 3:
            return
        results = self.all_search.results
        row = results.sizeHintForRow(0) if lines else 0
        row = row if row > 0 else self.fontMetrics().height() + 4
        wanted = max(lines, 1) * row + 2 * results.frameWidth() + 4
        total = sum(sizes)
        height = min(wanted, total // 3)
        self.splitter.setSizes([sizes[0], height, max(total - sizes[0] - height, 1)])

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self._shown:
            self._open_timer.start()

    def _release(self) -> None:
        """Forget the shown document and any pending load: the decrypted bytes go (where
        the reader was in it is kept)."""
        self._keep_place()
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._ahead is not None:
            self._ahead.cancel()
            self._ahead = None
        self._shown = -1
        self.pdf_pane.clear()
        self.image_pane.clear()

    # Results from the worker --------------------------------------------------------------

    def _opened(self, generation: int, opened: _Opened) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the user chose another attachment meanwhile, or the viewer is gone
        self._task = None
        self._shown = opened.index
        if opened.pdf is not None:
            self.stack.setCurrentWidget(self.pdf_pane)
            hit = self._pending_hit is not None and self._pending_hit[0] == opened.index
            place = None if hit else self.remembered_place(opened.index)
            self.pdf_pane.show_pdf(opened.pdf, place)  # ready or failed follows
            return
        if opened.image is None or opened.image.isNull():
            self._shown = -1
            self._show_message(lambda: self._damaged_message(opened.index), warning=True)
            self.attachmentNotShown.emit(opened.index)
            return
        self.stack.setCurrentWidget(self.image_pane)
        self.image_pane.show_image(opened.image)
        self._document_shown()

    def _document_shown(self) -> None:
        self._message = None
        hit = self._pending_hit
        if hit is not None and hit[0] == self._shown:
            self._pending_hit = None
            generation = self._generation  # after QPdfView has laid the document out
            QTimer.singleShot(0, self, lambda: self._go_to_hit(generation, hit[1], hit[2]))
        self.attachmentShown.emit(self._shown)

    # Places and search across documents ----------------------------------------------------

    def _place_key(self, index: int) -> str | None:
        if self._key is None or not 0 <= index < self.model.rowCount():
            return None
        return f"{self._key}/{index}/{self._name(index)}"

    def _keep_place(self) -> None:
        key = self._place_key(self._shown)
        place = self.pdf_pane.place() if key is not None else None
        if key is None or place is None:
            return
        self._places[key] = place
        QSettings().setValue(_settings_key(key), place.to_text())

    def remembered_place(self, index: int) -> Place | None:
        """Where the reader was in this document (this session, else a saved one)."""
        key = self._place_key(index)
        if key is None:
            return None
        if key not in self._places:
            place = Place.from_text(QSettings().value(_settings_key(key), ""))
            if place is None:
                return None
            self._places[key] = place
        return self._places[key]

    def focus_search(self) -> None:
        """The field that searches all of this applicant's documents (Ctrl+F)."""
        self.all_search.focus_field()

    def show_hit(self, index: int, page: int, text: str) -> None:
        """Open document ``index`` at ``page`` with ``text`` found and highlighted there."""
        if index == self._shown and self.pdf_pane.loaded:
            self._go_to_hit(self._generation, page, text)
            return
        self._pending_hit = (index, page, text)
        self.open_attachment(index)

    def _go_to_hit(self, generation: int, page: int, text: str) -> None:
        if generation != self._generation or not self.pdf_pane.loaded:
            return
        self.pdf_pane.search.search(text, from_page=page)  # its first result on that page

    def _load_failed(self, generation: int, index: int, error: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._task = None

        def message() -> _Message:
            summary, details = error_message(error)
            title = fill(self.tr("“%1” could not be opened."), self._name(index))
            return title, summary, details

        self._show_message(message, warning=True)
        self.attachmentNotShown.emit(index)

    def _pdf_failed(self, error: QPdfDocument.Error) -> None:
        index = self._shown
        self._shown = -1
        if error in (
            QPdfDocument.Error.IncorrectPassword,
            QPdfDocument.Error.UnsupportedSecurityScheme,
        ):
            self._show_message(lambda: self._protected_message(index, error), warning=True)
        else:
            self._show_message(lambda: self._damaged_message(index, error), warning=True)
        self.attachmentNotShown.emit(index)

    # Messages (rebuilt on a language switch) ------------------------------------------------

    def _show_message(
        self, build: Callable[[], _Message], *, warning: bool = False, busy: bool = False
    ) -> None:
        self._message = build
        self._message_flags = (warning, busy)
        title, text, details = build()
        self.message_pane.show_message(title, text, details=details, warning=warning, busy=busy)
        self.stack.setCurrentWidget(self.message_pane)

    def _name(self, index: int) -> str:
        return self.model.attachment_at(index).name

    def _opening_message(self, index: int) -> _Message:
        return (
            fill(self.tr("Opening “%1”…"), self._name(index)),
            self.tr("The attachment is decrypted in memory; nothing is written to disk."),
            "",
        )

    def _unsupported_message(self, index: int) -> _Message:
        attachment = self.model.attachment_at(index)
        return (
            fill(self.tr("“%1” cannot be shown in reviewdesk."), attachment.name),
            fill(
                self.tr(
                    "It is a %1 of %2. reviewdesk shows PDF documents and PNG or JPEG images; "
                    "to keep the materials confidential, other files are not opened in another "
                    "program."
                ),
                type_label(attachment),
                format_size(attachment.size),
            ),
            "",
        )

    def _damaged_message(self, index: int, error: QPdfDocument.Error | None = None) -> _Message:
        attachment = self.model.attachment_at(index)
        details = f"{attachment.name}: {attachment.mime_type}, {attachment.size} bytes"
        if error is not None:
            details += f"; QPdfDocument error {error.name}"
        return (
            fill(self.tr("“%1” cannot be shown."), attachment.name),
            fill(self.tr("The file is damaged, or it is not really a %1."), type_label(attachment)),
            details,
        )

    def _protected_message(self, index: int, error: QPdfDocument.Error) -> _Message:
        return (
            fill(self.tr("“%1” is protected by a password."), self._name(index)),
            self.tr(
                "reviewdesk cannot show password-protected PDF files. Ask the commission for "
                "a copy without a password."
            ),
            f"QPdfDocument error {error.name}",
        )

    def _retranslate(self) -> None:
        name_action(self.find_action, self.tr("Find in all documents"))
        self.list.setAccessibleName(self.tr("Attachments"))
        self.stack.setAccessibleName(self.tr("Selected attachment"))
        self.model.retranslate()
        if self._message is not None:
            warning, busy = self._message_flags
            self._show_message(self._message, warning=warning, busy=busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _settings_key(key: str) -> str:
    """A settings key that says nothing about the document (a digest of its names)."""
    return f"{PLACES_GROUP}/{hashlib.sha256(key.encode()).hexdigest()[:32]}"
