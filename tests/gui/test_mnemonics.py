"""Alt+letter shortcuts: no two controls shown together share a letter, in either language.

Qt cycles focus between widgets that share a mnemonic instead of activating one, so a
clash makes a keyboard user's Alt+R focus a checkbox rather than press the button.
Widgets on different pages of a QStackedWidget are never shown together.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

import reviewdesk.gui.forms as forms
from reviewdesk.gui.i18n import Language, Translations

_MNEMONIC = re.compile(r"&([^&\s])")


def _form_classes() -> Iterator[type]:
    for info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{info.name}")
        yield from (getattr(module, n) for n in dir(module) if n.startswith("Ui_"))


def _texts(widget: QWidget) -> list[str]:
    """The widget's own text; a tab widget's tab titles, shown beside every one of its
    pages (Alt+letter on a tab title switches to that tab)."""
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    return [_text(widget)]


def _text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _pages(widget: QWidget) -> tuple[tuple[int, int], ...]:
    """Which stacked page (of which stack) holds the widget, outermost first."""
    path: list[tuple[int, int]] = []
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            path.append((id(parent), parent.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return tuple(reversed(path))


def _shown_together(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    # Two widgets can be on screen together unless, in some stack they share, they sit on
    # different pages.
    return all(pa == pb for pa, pb in zip(a, b, strict=False) if pa[0] == pb[0])


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.CHINESE])
@pytest.mark.parametrize("form", list(_form_classes()), ids=lambda c: c.__name__)
def test_no_two_controls_shown_together_share_a_mnemonic(
    qapp, form: type, language: Language
) -> None:  # type: ignore[no-untyped-def]
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(language)
    try:
        host = QMainWindow() if "MainWindow" in form.__name__ else QDialog()
        form().setupUi(host)
        seen: list[tuple[str, tuple[tuple[int, int], ...], str]] = []
        clashes = []
        for widget in host.findChildren(QWidget):
            for text in _texts(widget):
                match = _MNEMONIC.search(text.replace("&&", ""))
                if not match:
                    continue
                letter, pages = match.group(1).lower(), _pages(widget)
                clashes += [
                    (name, widget.objectName())
                    for other_letter, other_pages, name in seen
                    if other_letter == letter and _shown_together(pages, other_pages)
                ]
                seen.append((letter, pages, widget.objectName()))
        assert clashes == []
    finally:
        translations.switch(before)
