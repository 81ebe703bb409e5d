"""A layout that puts its widgets in a row and wraps them onto the next line when the row is
too narrow (docs/UI.md: no row of buttons or labels may widen the window).

Its minimum width is that of its widest item, not the sum of all of them; its height follows
the width (height-for-width), so a narrow pane gets a second line instead of a cut-off button.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addSpacing(self, width: int) -> None:
        from PySide6.QtWidgets import QSpacerItem

        self.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of everything."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._gap()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(max(0, width - self._gap()), height) + _grow(margins)

    def minimumSize(self) -> QSize:
        """The widest item: everything else may go onto further lines."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + _grow(self.contentsMargins())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or i.widget() is None]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) or 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def place_line() -> None:
            for item, hint in line:
                if move:
                    top = y + (line_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(item_x[id(item)], top), hint))

        item_x: dict[int, int] = {}
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 10**6))
            if item.widget() is None and not line:
                continue  # a spacing at the start of a line is dropped
            if line and x + hint.width() > area.right() + 1:
                place_line()
                line = []
                x, y = area.x(), y + line_height + gap
                line_height = 0
                if item.widget() is None:
                    continue
            item_x[id(item)] = x
            line.append((item, hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        place_line()
        return y + line_height - rect.y() + margins.bottom()


def _grow(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
