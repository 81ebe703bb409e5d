"""Sizes that a person chose are kept (docs/UI.md): the window's geometry and state, and the
splitters' positions, in QSettings (the home's settings file when a home is given or
``REVIEWDESK_HOME`` is set: ``gui/app.use_home_settings``).

A window without a saved geometry opens at a size that fits the screen (at most
``DEFAULT_SIZE``); a saved one is put back on a screen that still shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

DEFAULT_SIZE = QSize(1440, 900)


def restore_window(window: QMainWindow, key: str) -> None:
    """Put the window back where it was (geometry, then toolbars and docks), else give it a
    size that fits the screen; its geometry and state are saved whenever it closes."""
    settings = QSettings()
    geometry = settings.value(f"{key}/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        screen = window.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE
        window.resize(DEFAULT_SIZE.boundedTo(room))
    state = settings.value(f"{key}/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    window.installEventFilter(_WindowKeeper(window, key))


class _WindowKeeper(QObject):
    def __init__(self, window: QMainWindow, key: str) -> None:
        super().__init__(window)
        self.window, self.key = window, key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            settings = QSettings()
            settings.setValue(f"{self.key}/geometry", self.window.saveGeometry())
            settings.setValue(f"{self.key}/state", self.window.saveState())
        return False


def restore_splitter(splitter: QSplitter, key: str) -> bool:
    """Put a splitter back as it was left (True), and keep it whenever it is moved. A state
    saved with a different number of panes is ignored."""
    state = QSettings().value(key)
    restored = (
        isinstance(state, QByteArray)
        and not state.isEmpty()
        and splitter.restoreState(state)
        and len(splitter.sizes()) == splitter.count()
    )
    if not splitter.property("reviewdeskKept"):
        splitter.setProperty("reviewdeskKept", True)
        splitter.splitterMoved.connect(lambda _pos, _index: keep_splitter(splitter, key))
    return bool(restored)


def keep_splitter(splitter: QSplitter, key: str) -> None:
    QSettings().setValue(key, splitter.saveState())


def em(widget: QWidget, count: float) -> int:
    """``count`` average characters of the widget's font, in pixels (sizes follow the font
    and the screen's scaling, never fixed pixels)."""
    return round(widget.fontMetrics().averageCharWidth() * count)
