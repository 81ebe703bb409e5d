from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.app import build_main_window
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow


@pytest.fixture
def main_window(qapp: QApplication, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = build_main_window(qapp, Language.CHINESE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.template_model.rowCount() == 8, timeout=10_000)
    yield window
    # Leave the next test with the default language installed.
    window._translations.switch(Language.CHINESE)
