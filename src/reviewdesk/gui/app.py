"""GUI bootstrap: the QApplication, translations, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reviewdesk import __version__
from reviewdesk.gui.i18n import Language, Translations, saved_language
from reviewdesk.gui.main_window import MainWindow


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("reviewdesk")
    QCoreApplication.setApplicationName("reviewdesk")
    QCoreApplication.setApplicationVersion(__version__)
    # Fractional scale factors (125 %, 150 %) as the system says, not rounded to 100/200 %.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(list(argv))


def build_main_window(app: QApplication, language: Language | None = None) -> MainWindow:
    translations = Translations.for_application(app)
    translations.switch(language or saved_language())
    return MainWindow(translations)


def run_gui(argv: Sequence[str] | None = None, language: Language | None = None) -> int:
    app = create_application(argv if argv is not None else sys.argv)
    window = build_main_window(app, language)
    window.show()
    return app.exec()
