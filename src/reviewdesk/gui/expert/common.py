"""Small pieces every expert-desk screen shares: an error line with its details, a busy
indicator, fingerprints in digit groups, fonts scaled in points, file-dialog hooks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shiboken6 import isValid

from reviewdesk.gui.messages import error_message

__all__ = ["Busy", "ErrorLine", "error_message", "fingerprint_lines", "if_alive", "show_error"]

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

GROUPS_PER_LINE = 4


def if_alive(callback: Callable[..., None], owner: object = None) -> Callable[..., None]:
    """A background task's callback that does nothing once its widget (``owner``, else the
    bound method's object) is deleted: the work may finish after the dialog closed."""
    owner = owner if owner is not None else getattr(callback, "__self__", None)

    def call(*args: Any) -> None:
        if owner is None or isValid(owner):
            callback(*args)

    return call


def fingerprint_lines(groups: Sequence[str]) -> str:
    """Digit groups in lines of four, as people read them aloud."""
    return "\n".join(
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Relative to the system font, in points, so 125–200 % scaling stays proportionate."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def fixed_font(widget: QWidget, factor: float = 1.2) -> None:
    from PySide6.QtGui import QFont, QFontDatabase

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF() * factor)
    font.setStyleHint(QFont.StyleHint.Monospace)
    widget.setFont(font)


def show_error(parent: QWidget, title: str, error: BaseException) -> QMessageBox:
    """A plain sentence, the technical detail behind "Show Details…" (never a traceback)."""
    from PySide6.QtWidgets import QMessageBox

    from reviewdesk.gui.plain_text import plain_message_box

    summary, details = error_message(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, summary, parent=parent)
    box.setDetailedText(details)
    box.setObjectName("expertErrorBox")
    plain_message_box(box)  # a sentence may quote a file's name
    box.open()
    return box


class ErrorLine:
    """A warning sentence in a dialog (icon and words, not colour) with a details button."""

    def __init__(self, label: QLabel, button: QPushButton) -> None:
        self.label, self.button = label, button
        self.details = ""
        self.error: BaseException | None = None
        font = label.font()
        font.setBold(True)  # set apart by weight and words, not by colour
        label.setFont(font)
        from PySide6.QtCore import Qt

        from reviewdesk.gui.plain_text import keep_narrow

        label.setTextFormat(Qt.TextFormat.PlainText)  # a sentence may quote a file's name
        keep_narrow(label)
        button.clicked.connect(self._show_details)
        self.clear()

    def show(self, error: BaseException) -> None:
        self.error = error
        summary, self.details = error_message(error)
        self.show_text(summary, self.details)

    def show_text(self, text: str, details: str = "") -> None:
        self.details = details
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setVisible(True)
        self.button.setVisible(bool(details))

    def retranslate(self) -> None:
        """Say the shown error again in the language now installed."""
        if self.error is not None:
            self.show(self.error)

    def clear(self) -> None:
        self.error = None
        self.details = ""
        self.label.clear()
        self.label.setVisible(False)
        self.button.setVisible(False)

    @property
    def text(self) -> str:
        return "" if self.label.isHidden() else self.label.text()

    def _show_details(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.button.window().windowTitle(),
            self.label.text(),
            parent=self.button.window(),
        )
        box.setDetailedText(self.details)
        from reviewdesk.gui.plain_text import plain_message_box

        plain_message_box(box)
        box.open()


class Busy:
    """An indeterminate bar and what is happening, shown while work runs in the background."""

    def __init__(self, bar: QProgressBar, label: QLabel) -> None:
        self.bar, self.label = bar, label
        self.stop()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.bar.setVisible(True)
        self.label.setVisible(True)

    def stop(self) -> None:
        self.bar.setVisible(False)
        self.label.setVisible(False)

    @property
    def running(self) -> bool:
        return not self.bar.isHidden()


def ask_open_file(parent: QWidget, title: str, filters: str, folder: str = "") -> Path | None:
    """The file the user picked, or None (a function, so tests can replace it)."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def ask_save_file(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None
