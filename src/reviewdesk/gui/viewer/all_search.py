"""Search in all of one applicant's documents at once: a field (Ctrl+F from anywhere in the
desk) and the results grouped by document; choosing a result opens that document at its page.

The documents' text is read on a worker, one document at a time (decrypted in memory, checked
by the PDF guard, the bytes dropped as soon as its pages' text is out); the text stays in
memory only while the same applicant's materials are shown, so the next search is instant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget
from shiboken6 import isValid

from reviewdesk.core.materials.pdf_guard import check_pdf
from reviewdesk.core.progress import NEVER, CancelToken, Progress
from reviewdesk.gui.plain_text import keep_narrow, plain_item_text, plain_tooltip
from reviewdesk.gui.tasks import Task, run_in_background
from reviewdesk.gui.viewer.controls import fill

Loader = Callable[[int], bytes]
HitRole = Qt.ItemDataRole.UserRole + 7
MAX_HITS = 500  # results listed; the count says when there are more
_CONTEXT = 24  # characters shown either side of a result
_TYPING_PAUSE_MS = 300


@dataclass(frozen=True)
class Hit:
    index: int  # the attachment (the loader's index)
    page: int  # from 0
    count: int  # results on that page
    snippet: str  # the first result with the words around it


def page_texts(data: bytes, cancel: CancelToken = NEVER) -> list[str]:
    """The text of every page of a PDF (on a worker: QtPdf loads a buffer synchronously)."""
    check_pdf(data, cancel=cancel)  # a PDF built to exhaust memory never reaches PDFium
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            return []
        texts = []
        for page in range(document.pageCount()):
            cancel.raise_if_cancelled()
            texts.append(document.getAllText(page).text())
        return texts
    finally:
        document.close()
        buffer.close()


def read_all(
    load: Loader, indexes: Sequence[int], progress: Progress, cancel: CancelToken
) -> dict[int, list[str]]:
    """Every listed PDF's page texts; a document that cannot be read has none."""
    texts: dict[int, list[str]] = {}
    for done, index in enumerate(indexes):
        cancel.raise_if_cancelled()
        progress(done, len(indexes), "read")
        try:
            texts[index] = page_texts(load(index), cancel)
        except Exception:  # damaged or refused: the viewer says why when it is opened
            cancel.raise_if_cancelled()
            texts[index] = []
    progress(len(indexes), len(indexes), "read")
    return texts


def find_hits(texts: dict[int, list[str]], term: str) -> list[Hit]:
    """The pages holding ``term`` (case and spacing ignored), in document and page order."""
    words = term.split()
    if not words:
        return []
    pattern = re.compile(r"\s*".join(re.escape(w) for w in words), re.IGNORECASE)
    hits = []
    for index in sorted(texts):
        for page, text in enumerate(texts[index]):
            found = list(pattern.finditer(text))
            if found:
                first = found[0]
                before = text[max(0, first.start() - _CONTEXT) : first.start()]
                after = text[first.end() : first.end() + _CONTEXT]
                snippet = " ".join(f"{before}{first.group()}{after}".split())
                hits.append(Hit(index, page, len(found), snippet))
    return hits


class AllDocumentsSearch(QWidget):
    """The field and a status line; ``results`` (the grouped list) is placed by the viewer."""

    hitChosen = Signal(int, int, str)  # attachment index, page, search text
    resultsShown = Signal(int)  # lines in the results list (documents and pages)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel(self)
        keep_narrow(self.status)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self.search(self.field.text()))
        self.field.textEdited.connect(lambda _text: self._typing.start())
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemClicked.connect(self._chosen)  # one click goes there
        self.results.itemActivated.connect(self._chosen)
        self.results.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 3)
        layout.addWidget(self.status, 2)

        self._names: list[str] = []
        self._pdfs: list[int] = []
        self._load: Loader | None = None
        self._texts: dict[int, list[str]] | None = None
        self._task: Task | None = None
        self._generation = 0
        self._term = ""
        self.hits: list[Hit] = []
        self._retranslate()

    def set_documents(self, names: Sequence[str], pdfs: Sequence[int], load: Loader | None) -> None:
        """A new applicant's documents (``pdfs``: the indexes that are PDF documents): the
        text read for the last one is forgotten, the field and the results cleared."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._names, self._pdfs, self._load = list(names), list(pdfs), load
        self._texts = None
        self._term = ""
        self._typing.stop()
        self.field.clear()
        self.hits = []
        self.results.clear()
        self.results.hide()
        self.status.clear()
        self.setEnabled(bool(pdfs) and load is not None)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @property
    def searching(self) -> bool:
        return self._task is not None

    def search(self, text: str) -> None:
        """Search every document for ``text``; the results list shows when they are in."""
        self._typing.stop()
        if self.field.text() != text:
            self.field.setText(text)
        self._term = text.strip()
        if not self._term:
            self.hits = []
            self.results.clear()
            self.results.hide()
            self.status.clear()
            return
        if self._texts is not None:
            self._show_hits()
            return
        if self._task is None and self._load is not None:
            self._read_documents(self._load)

    def _read_documents(self, load: Loader) -> None:
        generation, pdfs = self._generation, list(self._pdfs)
        self.status.setText(self.tr("Reading the documents…"))
        self._task = run_in_background(
            lambda progress, cancel: read_all(load, pdfs, progress, cancel),
            on_done=lambda texts: self._read(generation, texts),
            on_error=lambda _error: self._read(generation, None),
            on_progress=lambda done, total, _stage: self._reading(generation, done, total),
        )

    def _reading(self, generation: int, done: int, total: int) -> None:
        if isValid(self) and generation == self._generation and done < total:
            self.status.setText(fill(self.tr("Reading document %1 of %2…"), done + 1, total))

    def _read(self, generation: int, texts: dict[int, list[str]] | None) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._task = None
        self._texts = texts if texts is not None else {}
        if self._term:
            self._show_hits()
        else:
            self.status.clear()

    def _show_hits(self) -> None:
        assert self._texts is not None
        self.hits = find_hits(self._texts, self._term)
        self.results.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        for hit in self.hits[:MAX_HITS]:
            group = groups.get(hit.index)
            if group is None:
                group = QTreeWidgetItem(self.results)
                group.setData(0, HitRole, hit)
                groups[hit.index] = group
            item = QTreeWidgetItem(group)
            text = fill(self.tr("Page %1: %2"), hit.page + 1, hit.snippet)
            item.setText(0, plain_item_text(text))
            item.setToolTip(0, plain_tooltip(text))
            item.setData(0, HitRole, hit)
        for index, group in groups.items():
            total = sum(h.count for h in self.hits if h.index == index)
            name = self._names[index] if 0 <= index < len(self._names) else "?"
            text = fill(self.tr("%1 (%2)"), name, total)
            group.setText(0, plain_item_text(text))
            group.setToolTip(0, plain_tooltip(name))
        self.results.expandAll()
        self.results.setVisible(True)
        self.resultsShown.emit(len(groups) + min(len(self.hits), MAX_HITS))
        total = sum(h.count for h in self.hits)
        if not self.hits:
            self.status.setText(self.tr("Not found in any document"))
        else:
            self.status.setText(fill(self.tr("Matches: %1 · documents: %2"), total, len(groups)))
        self.status.setToolTip(plain_tooltip(self.status.text()))
        first = self.results.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if child is not None:
            self.results.setCurrentItem(child)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HitRole)
        if isinstance(hit, Hit):
            self.hitChosen.emit(hit.index, hit.page, self._term)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.field.text().strip() != self._term or not self.hits:
                    self.search(self.field.text())
                elif (item := self.results.currentItem()) is not None:
                    self._chosen(item)
                return True
            if event.key() == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.field.text():
                self.search("")
                self.field.clear()
                return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in all documents (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Find in all of this applicant's documents"))
        self.results.setAccessibleName(self.tr("Results in all documents"))
        if self._texts is not None and self._term:
            self._show_hits()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
