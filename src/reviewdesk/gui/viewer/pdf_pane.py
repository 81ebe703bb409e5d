"""A PDF attachment read with QtPdf straight from memory: pages, zoom, search, copy.

Decrypted bytes never touch the disk (DESIGN §3 "At rest"): the document reads from a
QBuffer over a QByteArray, and both live exactly as long as the document is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLocale,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from reviewdesk.gui.flow_layout import FlowLayout
from reviewdesk.gui.viewer.controls import (
    fill,
    label_buttons,
    make_action,
    name_action,
    next_zoom,
    tool_button,
)
from reviewdesk.gui.viewer.pdf_geometry import (
    forget_page_sizes,
    page_count,
    pixels_per_point,
    point_at,
    put_point_at,
    remember_page_sizes,
    screen_resolution,
)
from reviewdesk.gui.viewer.pdf_search import PdfSearchBar

Zoom = QPdfView.ZoomMode


@dataclass(frozen=True)
class Place:
    """Where a reader was in a document: the page and the point (in points) at the top of
    the view, and the zoom (a fitted mode, or a factor)."""

    page: int
    x: float
    y: float
    mode: Zoom
    factor: float

    def to_text(self) -> str:
        return f"{self.page};{self.x:.1f};{self.y:.1f};{self.mode.name};{self.factor:.4f}"

    @staticmethod
    def from_text(text: object) -> Place | None:
        try:
            page, x, y, mode_name, factor = str(text).split(";")
            mode = getattr(Zoom, mode_name)
            if not isinstance(mode, Zoom):
                return None
            place = Place(int(page), float(x), float(y), mode, float(factor))
        except (ValueError, AttributeError):
            return None
        return place if place.page >= 0 and 0.05 <= place.factor <= 10 else None


class PdfPane(QWidget):
    ready = Signal(int)  # page count
    failed = Signal(object)  # QPdfDocument.Error

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._status_changed)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(Zoom.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setDocument(self.document)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.view.zoomModeChanged.connect(lambda _mode: self._show_zoom())
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())

        self.previous_action = make_action(self, lambda: self.go_to_page(self.page - 1), ["PgUp"])
        self.next_action = make_action(self, lambda: self.go_to_page(self.page + 1), ["PgDown"])
        self.first_action = make_action(self, lambda: self.go_to_page(0), ["Home"])
        self.last_action = make_action(self, lambda: self.go_to_page(self.page_count - 1), ["End"])
        self.zoom_out_action = make_action(
            self, lambda: self.zoom_by(larger=False), [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"]
        )
        self.zoom_in_action = make_action(
            self, lambda: self.zoom_by(larger=True), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.fit_width_action = make_action(
            self,
            lambda: self._keep_place(lambda: self.view.setZoomMode(Zoom.FitToWidth)),
            ["Ctrl+0"],
        )
        self.fit_page_action = make_action(
            self,
            lambda: self._keep_place(lambda: self.view.setZoomMode(Zoom.FitInView)),
            ["Ctrl+9"],
        )
        self.copy_page_action = make_action(self, self.copy_page_text, ["Ctrl+Shift+C"])

        self.page_box = QSpinBox(self)
        self.page_box.setKeyboardTracking(False)  # typing "12" must not stop at page 1
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.zoom_label = QLabel(self)
        self.notice = QLabel(self)  # what a copy did, for eyes and screen readers
        self.notice.setWordWrap(True)
        self.search = PdfSearchBar(self.view, self)
        self.search.notice.connect(self.notice.setText)

        buttons = [
            tool_button(action, self)
            for action in (
                self.previous_action,
                self.next_action,
                self.zoom_out_action,
                self.zoom_in_action,
                self.fit_width_action,
                self.fit_page_action,
                self.copy_page_action,
            )
        ]
        self._buttons = buttons
        self._place: Place | None = None  # where to go once the document is ready
        self._generation = 0
        # A row that wraps onto a second line in a narrow pane (docs/UI.md).
        bar = FlowLayout()
        bar.addWidget(buttons[0])
        bar.addWidget(self.page_box)
        bar.addWidget(buttons[1])
        bar.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        bar.addWidget(buttons[2])
        bar.addWidget(self.zoom_label)
        for button in buttons[3:]:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notice)
        self.setFocusProxy(self.view)
        self._retranslate()
        self._set_enabled(False)

    # Document ---------------------------------------------------------------------------

    def show_pdf(self, data: QByteArray, place: Place | None = None) -> None:
        """Show a PDF held in memory, at ``place`` (else the first page at fit-width);
        ``ready`` or ``failed`` follows (usually at once)."""
        self.clear()
        self._place = place
        self._bytes = data
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)  # implicitly shared: no copy of the bytes
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def clear(self) -> None:
        """Close the document and release the decrypted bytes."""
        self._generation += 1
        self.search.reset()
        forget_page_sizes(self.document)
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None
        self.notice.clear()
        self._set_enabled(False)

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    @property
    def page_count(self) -> int:
        return page_count(self.document) if self.loaded else 0

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            remember_page_sizes(self.document)  # before QPdfView starts rendering
            count = page_count(self.document)
            self.page_box.blockSignals(True)
            self.page_box.setRange(1, max(1, count))
            self.page_box.setSuffix(f" / {count}")
            self.page_box.setValue(1)
            self.page_box.blockSignals(False)
            self._set_enabled(True)
            self.view.setZoomMode(Zoom.FitToWidth)
            self.navigator.jump(0, QPointF(), self.navigator.currentZoom())
            self._page_changed(0)
            self._show_zoom()
            place, self._place = self._place, None
            if place is not None and place.page < count:
                # after QPdfView has laid the document out (its slot runs after this one)
                generation = self._generation
                QTimer.singleShot(0, self, lambda: self._restore(generation, place))
            self.ready.emit(count)
        elif status == QPdfDocument.Status.Error:
            error = self.document.error()
            self.clear()  # show nothing of a document that failed half-way
            self.failed.emit(error)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.page_box, self.search, self.view, *self._buttons):
            widget.setEnabled(enabled)
        if not enabled:
            self.page_box.setSuffix("")
            self.page_box.setRange(0, 0)
            self.zoom_label.clear()

    # Places -----------------------------------------------------------------------------

    def place(self) -> Place | None:
        """Where the reader is: page, the point at the top of the view, zoom."""
        if not self.loaded:
            return None
        page, point = point_at(self.view, 0.0)
        return Place(page, point.x(), point.y(), self.view.zoomMode(), self.view.zoomFactor())

    def _restore(self, generation: int, place: Place) -> None:
        if generation != self._generation or not self.loaded:
            return
        if place.mode == Zoom.Custom:
            self.view.setZoomFactor(place.factor)
        self.view.setZoomMode(place.mode)
        self.navigator.jump(place.page, QPointF(), self.navigator.currentZoom())
        put_point_at(self.view, place.page, QPointF(place.x, place.y), 0.0)
        self._show_zoom()

    def _keep_place(self, change: object) -> None:
        """Change the zoom with the point under the view's centre kept where it is."""
        if not self.loaded:
            return
        page, point = point_at(self.view, 0.5)
        assert callable(change)
        change()
        put_point_at(self.view, page, point, 0.5)
        self._show_zoom()

    # Pages ------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        """The current page, counted from 0."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        if not self.loaded:
            return
        page = max(0, min(page, self.page_count - 1))
        if page != self.page:
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_count - 1)

    # Zoom -------------------------------------------------------------------------------

    def effective_zoom(self) -> float:
        """The zoom as users know it: 1.0 shows the page at its printed size."""
        return pixels_per_point(self.view, self.page) / screen_resolution()

    def zoom_by(self, *, larger: bool) -> None:
        if not self.loaded:
            return
        factor = next_zoom(self.effective_zoom(), larger=larger)

        def change() -> None:
            self.view.setZoomMode(Zoom.Custom)
            self.view.setZoomFactor(factor)

        self._keep_place(change)

    def _show_zoom(self) -> None:
        if not self.loaded:
            return
        percent = QLocale().toString(round(self.effective_zoom() * 100))
        self.zoom_label.setText(fill(self.tr("%1 %"), percent))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_zoom()  # a fitted zoom changes with the width

    # Copy -------------------------------------------------------------------------------

    def copy_page_text(self) -> None:
        if not self.loaded:
            return
        page = self.page
        text = self.document.getAllText(page).text().strip()
        if not text:
            self.notice.setText(
                fill(self.tr("Page %1 has no text to copy; it may be a scanned image."), page + 1)
            )
            return
        QGuiApplication.clipboard().setText(text)
        self.notice.setText(fill(self.tr("The text of page %1 was copied."), str(page + 1)))

    # Language ---------------------------------------------------------------------------

    def _retranslate(self) -> None:
        name_action(self.previous_action, self.tr("Previous page"), "◀")
        name_action(self.next_action, self.tr("Next page"), "▶")
        name_action(self.first_action, self.tr("First page"))
        name_action(self.last_action, self.tr("Last page"))
        name_action(self.zoom_out_action, self.tr("Zoom out"), "−")
        name_action(self.zoom_in_action, self.tr("Zoom in"), "+")
        name_action(self.fit_width_action, self.tr("Fit width"))
        name_action(self.fit_page_action, self.tr("Fit page"))
        name_action(self.copy_page_action, self.tr("Copy page text"), self.tr("Copy page"))
        label_buttons(self._buttons)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setToolTip(self.tr("Page (Home, End, Page Up, Page Down)"))
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.view.setAccessibleName(self.tr("Document"))
        self.notice.setAccessibleName(self.tr("Last action"))
        self._show_zoom()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
