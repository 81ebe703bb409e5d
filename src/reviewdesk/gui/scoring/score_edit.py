"""A score input: text in, ``Decimal`` out, only values the form allows.

A ``QLineEdit`` rather than a ``QDoubleSpinBox``: the spin box holds a binary float, and a
score must stay the exact decimal the expert typed. Which texts are scores is the core's rule
(``core/scoring/score_entry.py``); this widget applies it and never changes what was typed
into another score: "35" where the maximum is 30 stays "35", the box is marked, its value is
None (no score: nothing invalid is saved) and :meth:`ScoreEdit.typed_problem` says why.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from reviewdesk.core.scoring import Problem
from reviewdesk.core.scoring.score_entry import (
    EntryState,
    fixed_score_text,
    read_score_text,
    score_text,
    step_score,
    typed_number,
    typed_score_problem,
    typed_score_value,
)
from reviewdesk.core.templates.model import Criterion

PAGE_STEPS = 10  # Page Up / Page Down move this many steps
MAX_TYPED = 40  # characters kept in the box; no score needs a third of that
_MARKED = "QLineEdit { border: 2px solid #c62828; border-radius: 3px; padding: 1px; }"


class ScoreValidator(QValidator):
    """Accepts a score, holds anything else as unfinished: a keystroke is never dropped
    (dropping the 5 of "35" would leave 3, another valid score)."""

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        entry = read_score_text(self.criterion, text)
        if len(text) > MAX_TYPED:
            return QValidator.State.Invalid, text, pos
        # Full-width digits from a Chinese input method become ASCII in place.
        state = entry.state is EntryState.ACCEPTABLE
        acceptable = QValidator.State.Acceptable if state else QValidator.State.Intermediate
        return acceptable, entry.text, min(pos, len(entry.text))

    def fixup(self, text: str) -> str:
        return fixed_score_text(self.criterion, text)  # only "20." → "20"


class ScoreEdit(QLineEdit):
    """Emits ``valueChanged`` with the new ``Decimal`` (or ``None`` when cleared or when the
    text is not a score) whenever that changes — typing, Up/Down, undo or redo alike — and
    ``problemChanged`` with :meth:`typed_problem` whenever the reason shown changes."""

    valueChanged = Signal(object)
    problemChanged = Signal(object)  # core Problem | None
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
        self._problem: Problem | None = None
        self._loading = False
        self.textChanged.connect(self._text_changed)

    def value(self) -> Decimal | None:
        return self._value

    def typed_problem(self) -> Problem | None:
        """Why the text is not a score (the core's problem), or None. A text that more
        typing can still complete ("0.2" on its way to 0.25) is judged when the box is
        left; one no typing can save ("35" for a maximum of 30) at once."""
        return self._problem

    def load(self, value: Decimal | None) -> None:
        """Show a stored value; setText clears the undo history, so loading is not an edit."""
        self._loading = True
        try:
            self._value = value
            self.setText("" if value is None else format(value, "f"))
        finally:
            self._loading = False
        self._judge()

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
        return typed_number(self.text())  # from "35", Up and Down go to the nearest scores

    def _text_changed(self, text: str) -> None:
        if self._loading:
            return
        self._judge()
        value = typed_score_value(self.criterion, text)  # None: not a score (yet)
        if _same(value, self._value):
            return
        self._value = value
        self.valueChanged.emit(value)

    def _judge(self) -> None:
        """Mark the box and say why when its text is not a score (see typed_problem)."""
        text = self.text()
        hopeless = read_score_text(self.criterion, text).state is EntryState.INVALID
        judged = hopeless or not self.hasFocus()
        problem = typed_score_problem(self.criterion, text) if judged else None
        if problem == self._problem:  # same code, criterion and detail
            return
        self._problem = problem
        self.setStyleSheet("" if problem is None else _MARKED)
        self.problemChanged.emit(problem)

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
        fixed = fixed_score_text(self.criterion, self.text())
        if fixed != self.text() and not self.isReadOnly():
            self.selectAll()
            self.insert(fixed)  # only "20." → "20": undoable, the same score
        super().focusOutEvent(event)
        self._judge()  # a text still unfinished is judged now that the box is left
        self.focusLeft.emit()


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    """Same value written the same way ("20" and "20.0" count as an edit: both are saved)."""
    if a is None or b is None:
        return a is b
    return format(a, "f") == format(b, "f")
