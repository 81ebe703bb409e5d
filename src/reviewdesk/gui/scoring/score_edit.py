"""A score input: text in, ``Decimal`` out, only values the form allows.

A ``QLineEdit`` rather than a ``QDoubleSpinBox``: the spin box holds a binary float, and a
score must stay the exact decimal the expert typed. Which texts are allowed is the core's
rule (``core/services/score_entry.py``); this widget only applies it to keystrokes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from reviewdesk.core.scoring.score_entry import (
    EntryState,
    fixed_score_text,
    read_score_text,
    score_text,
    step_score,
)
from reviewdesk.core.templates.model import Criterion

_STATES = {
    EntryState.ACCEPTABLE: QValidator.State.Acceptable,
    EntryState.PARTIAL: QValidator.State.Intermediate,
    EntryState.INVALID: QValidator.State.Invalid,
}
PAGE_STEPS = 10  # Page Up / Page Down move this many steps


class ScoreValidator(QValidator):
    """Refuses a keystroke that no further typing could turn into an allowed score."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        entry = read_score_text(self.criterion, text)
        # Full-width digits from a Chinese input method become ASCII in place.
        return _STATES[entry.state], entry.text, min(pos, len(entry.text))

    def fixup(self, text: str) -> str:
        return fixed_score_text(self.criterion, text)


class ScoreEdit(QLineEdit):
    """Emits ``valueChanged`` with the new ``Decimal`` (or ``None`` when cleared) whenever the
    text becomes a different allowed score — typing, Up/Down, undo or redo alike."""

    valueChanged = Signal(object)
    focusLeft = Signal()

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setValidator(ScoreValidator(criterion, self))
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Room for "100.5" in the current font: scales with the font and the screen.
        width = self.fontMetrics().horizontalAdvance("0" * 7)
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self._value: Decimal | None = None
        self._loading = False
        self.textChanged.connect(self._text_changed)

    def value(self) -> Decimal | None:
        return self._value

    def load(self, value: Decimal | None) -> None:
        """Show a stored value; setText clears the undo history, so loading is not an edit."""
        self._loading = True
        try:
            self._value = value
            self.setText("" if value is None else format(value, "f"))
        finally:
            self._loading = False

    def step_by(self, steps: int) -> None:
        new = step_score(self.criterion, self._current_for_stepping(), steps)
        if new is None or (_same(new, self._value) and self.hasAcceptableInput()):
            return
        # Select and insert instead of setText: an undoable edit, like typing.
        self.selectAll()
        self.insert(score_text(new))

    def _current_for_stepping(self) -> Decimal | None:
        entry = read_score_text(self.criterion, self.text())
        if entry.state is EntryState.ACCEPTABLE:
            return entry.value
        return self._value

    def _text_changed(self, text: str) -> None:
        if self._loading:
            return
        entry = read_score_text(self.criterion, text)
        if entry.state is not EntryState.ACCEPTABLE:
            return  # "20." is on its way to a score; keep the last one until then
        if _same(entry.value, self._value):
            return
        self._value = entry.value
        self.valueChanged.emit(entry.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: PAGE_STEPS,
            Qt.Key.Key_PageDown: -PAGE_STEPS,
        }.get(Qt.Key(event.key()))
        if steps is not None and not self.isReadOnly():
            self.step_by(steps)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self.hasAcceptableInput() and not self.isReadOnly():
            fixed = fixed_score_text(self.criterion, self.text())
            self.selectAll()
            self.insert(fixed)  # undoable, and saved like any edit
        super().focusOutEvent(event)
        self.focusLeft.emit()


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    """Same value written the same way ("20" and "20.0" count as an edit: both are saved)."""
    if a is None or b is None:
        return a is b
    return format(a, "f") == format(b, "f")
