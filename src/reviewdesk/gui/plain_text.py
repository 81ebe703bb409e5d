"""Text from a package, shown as text (issue 7 item 9).

Names of rounds, panels, applicants and attachments, template texts and people's names come
from files: the parser refuses control and bidirectional characters (core/formats/
text_rules.py), and the widgets never trust that it did. Qt guesses "rich text" from a
string that looks like HTML (``<h1>``, ``<img src=file:…>``) in a QLabel, a QMessageBox and
a tooltip, and a QLabel is as wide as its longest line. So every widget that shows such
text goes through this module:

- ``set_plain(label, text)``: plain text format; control and bidirectional characters shown
  as ``\\uXXXX``; a one-line label elided to ``max_px`` (full text in the tooltip); a label
  never asks for more than one pixel of minimum width, so no name can widen the window;
- ``plain_tooltip(text)``: a tooltip that shows ``text`` literally, wrapped and capped;
- ``plain_item_text(text)``: for item views (they draw plain text; only the escaping and a
  length cap are needed);
- ``plain_message_box(box)``: a QMessageBox whose texts are plain.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

MAX_ONE_LINE = 300  # characters of one-line text kept before eliding (the names' cap)
MAX_MULTI_LINE = 20_000  # a declaration's cap
MAX_TOOLTIP = 1_000
MAX_ITEM = 1_000  # an item view's cell (the view elides it to the column)
DEFAULT_MAX_PX = 720  # one-line labels: at most this wide, whatever the name


def escape_for_display(text: str, *, multiline: bool = False) -> str:
    """The core's display escaping, imported on first use: its rules compile a dozen
    patterns, which the first window's paint need not wait for."""
    from reviewdesk.core.formats import text_rules

    return text_rules.escape_for_display(text, multiline=multiline)


def shown_text(text: str, *, multiline: bool = False) -> str:
    """``text`` as it may be shown: controls and bidi escaped, length capped with "…"."""
    cap = MAX_MULTI_LINE if multiline else MAX_ONE_LINE
    out = escape_for_display(text, multiline=multiline)
    return out if len(out) <= cap else out[: cap - 1] + "…"


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: escaped into rich text, so Qt's guess cannot
    turn it into markup, and wrapped (a rich-text tooltip wraps; a plain one does not)."""
    if not text:
        return ""
    out = escape_for_display(text, multiline=True)
    if len(out) > MAX_TOOLTIP:
        out = out[: MAX_TOOLTIP - 1] + "…"
    return f"<p style='white-space:pre-wrap'>{html.escape(out)}</p>"


def plain_item_text(text: str) -> str:
    """Text for an item view cell (drawn as plain text and elided by the view)."""
    out = escape_for_display(text)
    return out if len(out) <= MAX_ITEM else out[: MAX_ITEM - 1] + "…"


def set_plain(
    label: QLabel, text: str, *, max_px: int | None = DEFAULT_MAX_PX, tooltip: bool = True
) -> None:
    """Show ``text`` in ``label`` as plain text that cannot widen the window.

    A word-wrapped label keeps its lines (and wraps); a one-line label is elided in the
    middle to ``max_px`` pixels (``None``: only the character cap), and its tooltip then
    holds the whole text (unless ``tooltip`` is False: the caller sets its own)."""
    multiline = label.wordWrap()
    label.setTextFormat(Qt.TextFormat.PlainText)
    keep_narrow(label)
    out = shown_text(text, multiline=multiline)
    if not multiline and max_px is not None:
        out = QFontMetrics(label.font()).elidedText(out, Qt.TextElideMode.ElideMiddle, max_px)
    label.setText(out)
    if tooltip:
        label.setToolTip(plain_tooltip(text) if out != text else "")


def keep_narrow(widget: QWidget) -> None:
    """The widget's minimum width no longer follows its text: a layout may make it as
    narrow as one pixel rather than widen the window for it."""
    widget.setMinimumWidth(1)


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """Make every text of ``box`` plain (the main text, the informative text)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            keep_narrow(label)
    return box
