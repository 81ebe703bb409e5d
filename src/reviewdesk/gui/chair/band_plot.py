"""A small plot of one applicant's expert totals against the template's grade bands.

The axis runs from 0 to the form's total; each band is a shaded stripe with its grade written
in it (words, not colour alone); each counted total is a dot (a hollow ring when the trimmed
mean dropped it); the panel score is a labelled vertical line. Painted with QPainter, no
chart library.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reviewdesk.core.scoring import PanelResult
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.chair import texts

_SHADES = ("#dfe9f5", "#eef3f9", "#f6f6f6", "#ececec")  # light, also fine in grey print


class BandPlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: Template | None = None
        self.result: PanelResult | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_result(self, template: Template | None, result: PanelResult | None) -> None:
        self.template, self.result = template, result
        self.setAccessibleDescription(self._description())
        self.setToolTip(self._description())
        self.update()

    def _description(self) -> str:
        if self.result is None:
            return ""
        totals = ", ".join(texts.number(c.total) for c in self.result.counted)
        score = texts.number(self.result.panel_score)
        return self.tr("Experts' totals {totals}; panel score {score}").format(
            totals=totals or "—", score=score
        )

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(200, line * 4 + 16)

    def sizeHint(self) -> QSize:
        return QSize(420, self.minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        template, result = self.template, self.result
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        left, right = 8.0, float(self.width() - 8)
        top, bottom = float(line + 4), float(self.height() - line - 6)
        if template is None or right <= left:
            painter.end()
            return
        full = template.total_points or Decimal(100)

        def x_of(value: Decimal) -> float:
            return left + float(value / full) * (right - left)

        upper = full
        text_pen = QPen(self.palette().color(self.foregroundRole()))
        for i, band in enumerate(template.grade_bands):
            rect = QRectF(
                QPointF(x_of(band.min_score), top), QPointF(x_of(upper), bottom)
            ).normalized()
            painter.fillRect(rect, QBrush(QColor(_SHADES[i % len(_SHADES)])))
            painter.setPen(QPen(QColor("#8a8a8a"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), top), QPointF(rect.left(), bottom))
            painter.setPen(text_pen)
            label = metrics.elidedText(
                texts.grade_label(band.grade), Qt.TextElideMode.ElideRight, int(rect.width()) - 4
            )
            painter.drawText(rect.adjusted(2, 2, -2, -2), Qt.AlignmentFlag.AlignTop, label)
            painter.drawText(
                QRectF(rect.left() - 20, bottom + 2, 40, line),
                Qt.AlignmentFlag.AlignHCenter,
                texts.number(band.min_score),
            )
            upper = band.min_score
        painter.drawText(
            QRectF(right - 40, bottom + 2, 40, line),
            Qt.AlignmentFlag.AlignRight,
            texts.number(full),
        )
        if result is None:
            painter.end()
            return
        radius = max(3.0, line / 4)
        middle = (top + bottom) / 2 + line / 4
        dark = QColor("#202020")
        for counted in sorted(result.counted, key=lambda c: c.total):
            point = QPointF(x_of(counted.total), middle)
            painter.setPen(QPen(dark, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush if counted.trimmed else QBrush(dark))
            painter.drawEllipse(point, radius, radius)
        if result.panel_score is not None:
            x = x_of(result.panel_score)
            painter.setPen(QPen(QColor("#1c4f8c"), 2.5))
            painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom + 2))
            label = texts.number(result.panel_score)
            width = metrics.horizontalAdvance(label) + 6
            lx = min(max(left, x - width / 2), right - width)
            painter.setPen(text_pen)
            painter.drawText(QRectF(lx, 0, width, line), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
