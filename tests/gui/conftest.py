from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.app import build_main_window
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.main_window import MainWindow


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English source strings on screen (the language found is restored afterwards)."""
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.ENGLISH)
    yield
    translations.switch(before)


@pytest.fixture
def main_window(qapp: QApplication, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    before = Translations.for_application(qapp).language
    window = build_main_window(qapp, Language.CHINESE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.template_model.rowCount() == 8, timeout=10_000)
    yield window
    window._translations.switch(before)
