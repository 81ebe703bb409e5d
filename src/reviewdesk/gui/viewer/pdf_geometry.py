"""Where QPdfView puts a page, so that a point on it (a search result) can be scrolled into view.

QPdfView (6.x) scrolls only to the top of a page and does not publish its layout. This mirrors
its layout rule: pages stacked with ``pageSpacing`` between them inside ``documentMargins``,
each scaled by the zoom mode, at the screen's logical DPI (72 points = one logical inch).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QPointF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

# Page sizes read once when a document is ready: every QtPdf call takes PDFium's global lock,
# which a page being rendered on QPdfView's thread holds, so the GUI thread asks it no more.
_page_sizes: weakref.WeakKeyDictionary[QPdfDocument, list[QSizeF]] = weakref.WeakKeyDictionary()


def remember_page_sizes(document: QPdfDocument) -> None:
    _page_sizes[document] = [document.pagePointSize(p) for p in range(document.pageCount())]


def forget_page_sizes(document: QPdfDocument) -> None:
    _page_sizes.pop(document, None)


def page_point_size(document: QPdfDocument, page: int) -> QSizeF:
    sizes = _page_sizes.get(document)
    if sizes is not None:
        return sizes[page] if 0 <= page < len(sizes) else QSizeF()
    return document.pagePointSize(page)


def page_count(document: QPdfDocument) -> int:
    sizes = _page_sizes.get(document)
    return len(sizes) if sizes is not None else document.pageCount()


def screen_resolution() -> float:
    """Logical pixels per point at 100 % zoom."""
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0


def _page_size_and_scale(view: QPdfView, page: int) -> tuple[QSize, float]:
    """The page's size in the view's pixels, and the view's zoom factor for it."""
    document = view.document()
    natural = (page_point_size(document, page) * screen_resolution()).toSize()
    if natural.isEmpty():
        return QSize(0, 0), 1.0
    mode = view.zoomMode()
    margins = view.documentMargins()
    room_width = view.viewport().width() - margins.left() - margins.right()
    if mode == QPdfView.ZoomMode.FitToWidth:
        scale = room_width / natural.width()
        return (natural.toSizeF() * scale).toSize(), scale
    if mode == QPdfView.ZoomMode.FitInView:
        room = QSize(room_width, view.viewport().height() - view.pageSpacing())
        fitted = natural.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        return fitted, fitted.width() / natural.width()
    scale = view.zoomFactor()
    return (page_point_size(document, page) * screen_resolution() * scale).toSize(), scale


def pixels_per_point(view: QPdfView, page: int) -> float:
    return _page_size_and_scale(view, page)[1] * screen_resolution()


def page_rect(view: QPdfView, page: int) -> QRect:
    """The page's rectangle in the view's scrollable area (multi-page mode)."""
    margins = view.documentMargins()
    sizes = [_page_size_and_scale(view, p)[0] for p in range(page_count(view.document()))]
    if not 0 <= page < len(sizes):
        return QRect()
    total_width = max(size.width() for size in sizes) + margins.left() + margins.right()
    top = margins.top() + sum(size.height() + view.pageSpacing() for size in sizes[:page])
    left = (max(total_width, view.viewport().width()) - sizes[page].width()) // 2
    return QRect(left, top, sizes[page].width(), sizes[page].height())


def scroll_to_point(view: QPdfView, page: int, point: QPointF) -> None:
    """Scroll so that ``point`` (in points from the page's top left) sits a third of the way
    down the viewport, and horizontally in view."""
    rect = page_rect(view, page)
    if rect.isNull():
        return
    scale = pixels_per_point(view, page)
    x = rect.left() + point.x() * scale
    y = rect.top() + point.y() * scale
    viewport = view.viewport().size()
    view.verticalScrollBar().setValue(round(y - viewport.height() / 3))
    horizontal = view.horizontalScrollBar()
    if not horizontal.value() <= x <= horizontal.value() + viewport.width() * 0.8:
        horizontal.setValue(round(x - viewport.width() / 3))


def page_rects(view: QPdfView) -> list[QRect]:
    """Every page's rectangle in the view's scrollable area (multi-page mode), in one pass."""
    margins = view.documentMargins()
    sizes = [_page_size_and_scale(view, p)[0] for p in range(page_count(view.document()))]
    if not sizes:
        return []
    total_width = max(size.width() for size in sizes) + margins.left() + margins.right()
    rects, top = [], margins.top()
    for size in sizes:
        left = (max(total_width, view.viewport().width()) - size.width()) // 2
        rects.append(QRect(left, top, size.width(), size.height()))
        top += size.height() + view.pageSpacing()
    return rects


def point_at(view: QPdfView, fraction_y: float = 0.5) -> tuple[int, QPointF]:
    """The page and the point on it (in points) shown at ``fraction_y`` of the viewport's
    height (0: the top edge, 0.5: the centre), horizontally at the viewport's centre."""
    rects = page_rects(view)
    if not rects:
        return 0, QPointF()
    viewport = view.viewport().size()
    y = view.verticalScrollBar().value() + viewport.height() * fraction_y
    x = view.horizontalScrollBar().value() + viewport.width() / 2
    page = next(
        (p for p, rect in enumerate(rects) if y < rect.bottom() + view.pageSpacing()),
        len(rects) - 1,
    )
    rect = rects[page]
    scale = pixels_per_point(view, page) or 1.0
    return page, QPointF((x - rect.left()) / scale, max(0.0, (y - rect.top()) / scale))


def put_point_at(view: QPdfView, page: int, point: QPointF, fraction_y: float = 0.5) -> None:
    """Scroll so that ``point`` on ``page`` shows at ``fraction_y`` of the viewport's height
    (and horizontally at its centre when the page is wider than the view)."""
    rect = page_rect(view, page)
    if rect.isNull():
        return
    scale = pixels_per_point(view, page)
    viewport = view.viewport().size()
    top = rect.top() + point.y() * scale - viewport.height() * fraction_y
    view.verticalScrollBar().setValue(round(top))
    view.horizontalScrollBar().setValue(
        round(rect.left() + point.x() * scale - viewport.width() / 2)
    )
