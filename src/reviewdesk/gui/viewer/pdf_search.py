"""Text search in the shown PDF: a search box, "2 / 17", next/previous, copy around a result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtPdf import QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from reviewdesk.gui.viewer.controls import (
    fill,
    label_buttons,
    make_action,
    name_action,
    tool_button,
)
from reviewdesk.gui.viewer.pdf_geometry import scroll_to_point

# QPdfSearchModel marks line breaks in a result's context with this sign.
_LINE_BREAK_SIGN = "\u23ce"
_TYPING_PAUSE_MS = 300


class PdfSearchBar(QWidget):
    notice = Signal(str)  # what a copy did, for the pane to show

    def __init__(self, view: QPdfView, scope: QWidget) -> None:
        super().__init__(scope)
        self.view = view
        self.model = QPdfSearchModel(self)
        self.model.setDocument(view.document())
        self.model.countChanged.connect(self._results_arrived)
        self.model.statusChanged.connect(self._results_arrived)
        view.setSearchModel(self.model)
        self._current = -1
        self._pick_first_from_page: int | None = None  # set while a new search awaits a result
        self._scanned = 0  # results already looked at for that first pick
        self._seen_searching = False  # the model has started this search (its count is new)

        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)  # search once the user pauses
        self._typing.timeout.connect(self._search_typed_text)
        self.field.textEdited.connect(lambda _text: self._typing.start())
        self.field.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        # The shortcuts work anywhere in the PDF pane (``scope``), not just in the search box.
        # Ctrl+F belongs to the viewer's search of all documents (materials_viewer.py).
        self.find_action = make_action(scope, self.focus_field)
        self.previous_action = make_action(scope, self.previous_result, ["Shift+F3"])
        self.next_action = make_action(scope, self.next_result, ["F3"])
        self.copy_action = make_action(scope, self.copy_around_result, ["Ctrl+C"])
        self._buttons = [
            tool_button(action, self)
            for action in (self.previous_action, self.next_action, self.copy_action)
        ]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        for button in self._buttons:
            layout.addWidget(button)
        self._retranslate()

    # Searching --------------------------------------------------------------------------

    @property
    def current(self) -> int:
        """The index of the highlighted result, -1 when none."""
        return self._current

    @property
    def count(self) -> int:
        return self.model.count()

    @property
    def searching(self) -> bool:
        return self.model.status() == QPdfSearchModel.Status.Searching

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self, text: str, from_page: int | None = None) -> None:
        """Search for ``text``; the first result on or after the current page (or
        ``from_page``) is shown."""
        if self.field.text() != text:
            self.field.setText(text)
        self._typing.stop()
        self._select(-1)
        start = self.view.pageNavigator().currentPage() if from_page is None else from_page
        self._pick_first_from_page = start if text else None
        self._scanned = 0
        self._seen_searching = False
        self.model.setSearchString(text)
        self._results_arrived()

    def reset(self) -> None:
        self._typing.stop()
        self.field.clear()
        self._pick_first_from_page = None
        self.model.setSearchString("")
        self._select(-1)
        self._show_count()

    def _search_typed_text(self) -> None:
        if self.field.text() != self.model.searchString():
            self.search(self.field.text())

    def _results_arrived(self, *_args: object) -> None:
        # QPdfSearchModel reports results a few pages at a time, in page order.
        start = self._pick_first_from_page
        if self.searching:
            self._seen_searching = True
        if start is not None:
            count = self.model.count()
            chosen = next(
                (
                    i
                    for i in range(self._scanned, count)
                    if self.model.resultAtIndex(i).page() >= start
                ),
                None,
            )
            self._scanned = count
            if chosen is None and self._seen_searching and not self.searching and count:
                chosen = 0  # nothing after the current page: wrap to the first result
            if chosen is not None:
                self._pick_first_from_page = None
                self._select(chosen)
        self._show_count()

    def next_result(self) -> None:
        self._step(+1)

    def previous_result(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.field.text() != self.model.searchString():
            self.search(self.field.text())  # Enter before the typing pause: search now
            return
        count = self.model.count()
        if count == 0:
            return
        if self._current < 0:
            self._select(0 if direction > 0 else count - 1)
        else:
            self._select((self._current + direction) % count)

    def _select(self, index: int) -> None:
        self._current = index
        self.view.setCurrentSearchResultIndex(index)
        if index >= 0:
            link = self.model.resultAtIndex(index)
            navigator = self.view.pageNavigator()
            navigator.jump(link.page(), link.location(), navigator.currentZoom())
            scroll_to_point(self.view, link.page(), link.location())
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.count()
        if not self.model.searchString():
            text = ""
        elif self._current >= 0:
            text = f"{self._current + 1} / {count}"
        elif self.searching:
            text = self.tr("Searching…")
        elif count == 0:
            text = self.tr("No results")
        else:
            text = f"– / {count}"
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(
            fill(self.tr("Result %1 of %2"), self._current + 1, count)
            if self._current >= 0
            else text
        )

    # Copy -------------------------------------------------------------------------------

    def result_text(self, index: int) -> str:
        """The result with the words around it, as the search model reports them."""
        link = self.model.resultAtIndex(index)
        document = self.view.document()
        found = (
            "".join(
                document.getSelection(link.page(), rect.topLeft(), rect.bottomRight()).text()
                for rect in link.rectangles()
            )
            or self.model.searchString()
        )
        text = f"{link.contextBefore()}{found}{link.contextAfter()}"
        return text.replace(_LINE_BREAK_SIGN, "\n").strip()

    def copy_around_result(self) -> None:
        if self._current < 0:
            self.notice.emit(self.tr("Find a word first; then the text around it can be copied."))
            return
        QGuiApplication.clipboard().setText(self.result_text(self._current))
        self.notice.emit(
            fill(self.tr("The text around result %1 was copied."), str(self._current + 1))
        )

    # Keys and language --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shift else +1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        name_action(self.find_action, self.tr("Find in document"))
        name_action(self.previous_action, self.tr("Previous result"), "▲")
        name_action(self.next_action, self.tr("Next result"), "▼")
        name_action(
            self.copy_action, self.tr("Copy the text around the result"), self.tr("Copy result")
        )
        label_buttons(self._buttons)
        self.field.setPlaceholderText(self.tr("Find in this document (F3: next)"))
        self.field.setAccessibleName(self.tr("Find in document"))
        self.count_label.setAccessibleName(self.tr("Search results"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
