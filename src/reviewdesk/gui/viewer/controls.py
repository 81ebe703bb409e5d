"""Small helpers shared by the PDF and image panes: actions, tool buttons, zoom steps."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` placeholders, filled in one pass (a file name holding "%2" stays)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]), text)


# The steps most viewers use; zooming from a fitted size goes to the next step.
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def next_zoom(current: float, *, larger: bool) -> float:
    if larger:
        return next((step for step in ZOOM_STEPS if step > current * 1.01), ZOOM_STEPS[-1])
    return next((step for step in reversed(ZOOM_STEPS) if step < current * 0.99), ZOOM_STEPS[0])


def make_action(
    owner: QWidget,
    slot: Callable[[], object],
    shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
) -> QAction:
    """An action whose shortcuts work while the focus is anywhere inside ``owner``."""
    action = QAction(owner)
    keys: list[QKeySequence] = []
    for key in shortcuts:
        for sequence in (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        ):
            if sequence not in keys:  # a duplicate would make the shortcut ambiguous
                keys.append(sequence)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def name_action(action: QAction, text: str, short: str = "") -> None:
    """Set the full text (menus, tooltips, screen readers) and the short button label."""
    action.setText(text)
    action.setIconText(short or text)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({keys})" if keys else text)


def tool_button(action: QAction, parent: QWidget) -> QToolButton:
    """A flat button that can take the keyboard focus (unlike QToolBar's buttons).

    Words rather than icons: they need no icon theme and say what they do.
    """
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def label_buttons(buttons: Sequence[QToolButton]) -> None:
    """Screen readers read the full action text, not the short label on the button."""
    for button in buttons:
        action = button.defaultAction()
        if action is not None:
            button.setAccessibleName(action.text())
