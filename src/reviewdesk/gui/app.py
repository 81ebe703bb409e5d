"""GUI bootstrap: the QApplication, translations, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reviewdesk import __version__
from reviewdesk.gui.fonts import ensure_chinese_font
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
    app = QApplication(list(argv))
    ensure_chinese_font(app)
    return app


def build_main_window(
    app: QApplication,
    language: Language | None = None,
    *,
    home: Path | None = None,
    work_factor: int | None = None,
) -> MainWindow:
    """The main window with the expert desk installed (``home``: the person's reviewdesk
    folder, else ``$REVIEWDESK_HOME`` or the user data folder; ``work_factor``: scrypt for
    identities made here, else the core's default)."""
    from reviewdesk.gui.expert.controller import ExpertDeskController

    translations = Translations.for_application(app)
    translations.switch(language or saved_language())
    window = MainWindow(translations)
    window.expert_desk = ExpertDeskController(window, home=home, work_factor=work_factor)
    return window


def run_gui(
    argv: Sequence[str] | None = None,
    language: Language | None = None,
    *,
    package: Path | None = None,
    home: Path | None = None,
) -> int:
    """Start the application; with ``package``, straight into the expert desk opening it;
    ``home`` is the person's folder (``core.home.settings.Home``)."""
    app = create_application(argv if argv is not None else sys.argv)
    window = build_main_window(app, language, home=home)
    if package is not None and window.expert_desk is not None:
        # Before show(): only the expert desk's page is laid out for the first paint.
        window.expert_desk.open_package(Path(package))
    window.show()
    return app.exec()
