"""An image attachment (PNG, JPEG), decoded from memory, fitted to the pane, zoomable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from reviewdesk.gui.viewer.controls import (
    fill,
    label_buttons,
    make_action,
    name_action,
    next_zoom,
    tool_button,
)


class ImagePane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._fit = True
        self._zoom = 1.0

        self.zoom_out_action = make_action(
            self, lambda: self.zoom_by(larger=False), [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"]
        )
        self.zoom_in_action = make_action(
            self,
            lambda: self.zoom_by(larger=True),
            [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
        )
        self.fit_action = make_action(self, self.fit, ["Ctrl+0"])
        self.actual_size_action = make_action(self, lambda: self.set_zoom(1.0), ["Ctrl+1"])
        self.zoom_label = QLabel(self)
        self.zoom_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea(self)
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.area.viewport().installEventFilter(self)

        bar = QHBoxLayout()
        self._buttons = [
            tool_button(action, self)
            for action in (
                self.zoom_out_action,
                self.zoom_in_action,
                self.fit_action,
                self.actual_size_action,
            )
        ]
        bar.addWidget(self._buttons[0])
        bar.addWidget(self.zoom_label)
        for button in self._buttons[1:]:
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        self.setFocusProxy(self.area)
        self._retranslate()

    # Content ------------------------------------------------------------------------------

    @property
    def image(self) -> QImage:
        return self._image

    def show_image(self, image: QImage) -> None:
        self._image = image
        self._fit = True
        self._render()

    def clear(self) -> None:
        self._image = QImage()
        self.picture.clear()

    # Zoom -------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """Shown pixels per image pixel (in device-independent pixels)."""
        return self._zoom

    @property
    def fitted(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self._fit = True
        self._render()

    def set_zoom(self, factor: float) -> None:
        self._fit = False
        self._zoom = factor
        self._render()

    def zoom_by(self, *, larger: bool) -> None:
        self.set_zoom(next_zoom(self._zoom, larger=larger))

    def _fit_factor(self) -> float:
        if self._image.isNull():
            return 1.0
        room = self.area.viewport().size()
        # Fitting never enlarges a small image: its pixels are the evidence.
        return float(
            min(
                1.0,
                room.width() / max(1, self._image.width()),
                room.height() / max(1, self._image.height()),
            )
        )

    def _render(self) -> None:
        if self._image.isNull():
            self.picture.clear()
            return
        if self._fit:
            self._zoom = self._fit_factor()
        ratio = self.devicePixelRatioF()
        target = QSize(
            max(1, round(self._image.width() * self._zoom * ratio)),
            max(1, round(self._image.height() * self._zoom * ratio)),
        )
        pixmap = QPixmap.fromImage(
            self._image.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self._show_zoom()

    def _show_zoom(self) -> None:
        percent = QLocale().toString(round(self._zoom * 100))
        self.zoom_label.setText(fill(self.tr("%1 %"), percent))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize and self._fit:
            self._render()
        return super().eventFilter(watched, event)

    # Language ---------------------------------------------------------------------------

    def _retranslate(self) -> None:
        name_action(self.zoom_out_action, self.tr("Zoom out"), "−")
        name_action(self.zoom_in_action, self.tr("Zoom in"), "+")
        name_action(self.fit_action, self.tr("Fit to pane"), self.tr("Fit"))
        name_action(self.actual_size_action, self.tr("Actual size"), self.tr("100 %"))
        label_buttons(self._buttons)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.picture.setAccessibleName(self.tr("Image"))
        self.area.setAccessibleName(self.tr("Image"))
        self._show_zoom()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
