"""GUI bootstrap: the QApplication, translations, the main window.

Two things hold for the whole application, set up here:

- an exception nobody caught — inside a Qt slot, a timer, an event handler — reaches the
  person as a sentence in a message box (``install_excepthook``): a core error by its
  message, anything else as "something went wrong" with the traceback behind "Show
  Details…". Without it a failure in a slot only prints to a console the person never
  sees, and the window stays as it was (e.g. on "Getting ready…");
- the application's own settings (language, …) live in the person's home when the home
  was chosen (``REVIEWDESK_HOME`` or ``--home``): several people's homes side by side on
  one machine do not share them, and nothing about a home is left elsewhere
  (``use_home_settings``).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from reviewdesk import __version__
from reviewdesk.gui.fonts import ensure_chinese_font
from reviewdesk.gui.i18n import Language, Translations, saved_language
from reviewdesk.gui.main_window import MainWindow, Role


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


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """Show every uncaught exception as a message box over ``parent()`` (module text);
    returns the hook installed. Interrupts and exits are left to Python's own hook."""
    previous = sys.excepthook
    showing: list[bool] = [False]

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, Exception) or showing[0]:
            previous(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb, file=sys.stderr)  # for whoever runs it
        showing[0] = True  # a failure while telling it must not loop
        try:
            show_unexpected_error(parent(), error.with_traceback(tb))
        except Exception:
            previous(kind, error, tb)
        finally:
            showing[0] = False

    sys.excepthook = hook
    return hook


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """The sentence for ``error`` (``gui.messages.error_message``), its details behind
    "Show Details…"; modal to the window, not blocking the caller."""
    from reviewdesk.gui.messages import error_message

    summary, details = error_message(error)
    title = QCoreApplication.translate("Application", "reviewdesk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, summary, parent=parent)
    box.setDetailedText(details)
    box.setObjectName("unexpectedErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    from reviewdesk.gui.plain_text import plain_message_box

    plain_message_box(box)  # a sentence may quote a file's name
    box.open()
    return box


def use_home_settings(home: Path | None) -> Path | None:
    """Keep the application's QSettings in the chosen home (``home``, else
    ``$REVIEWDESK_HOME``) as an INI file; with neither, the system's usual place. Returns
    the folder used, or None. Call before the first QSettings is made."""
    from reviewdesk.core.home.settings import HOME_ENV, Home

    if home is None and not os.environ.get(HOME_ENV):
        return None
    chosen = Home(Path(home)) if home is not None else Home.default()
    folder = chosen.gui_settings_dir
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None  # the home itself reports what is wrong when it is opened
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


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

    use_home_settings(home)
    translations = Translations.for_application(app)
    translations.switch(language or saved_language())
    window = MainWindow(translations)
    window.expert_desk = ExpertDeskController(window, home=home, work_factor=work_factor)
    window.install_later(Role.CHAIR, lambda: _chair_desk(window, home, work_factor))
    window.install_later(Role.COMMISSION, lambda: _commission_desk(window, work_factor))
    return window


def _chair_desk(window: MainWindow, home: Path | None, work_factor: int | None) -> object:
    from reviewdesk.gui.chair.controller import ChairDeskController

    return ChairDeskController(window, home=home, work_factor=work_factor)  # registers itself


def _commission_desk(window: MainWindow, work_factor: int | None) -> object:
    from reviewdesk.gui.commission.controller import CommissionDeskController

    return CommissionDeskController(window, work_factor=work_factor)  # registers itself


def open_commission_folder(window: MainWindow, workdir: Path) -> None:
    """The commission desk on the working folder ``workdir`` (its ``commission.sqlite3``)."""
    window.choose_role(Role.COMMISSION)
    workspace = getattr(window.commission_desk, "workspace", None)
    if workspace is not None:
        workspace.open_database(workdir)


def run_gui(
    argv: Sequence[str] | None = None,
    language: Language | None = None,
    *,
    package: Path | None = None,
    home: Path | None = None,
    role: str | None = None,
    workdir: Path | None = None,
) -> int:
    """Start the application; with ``package``, straight into the desk of its kind opening
    it; ``home`` is the person's folder (``core.home.settings.Home``); ``role`` (expert,
    chair, commission) chooses that role's desk instead of showing the role chooser;
    ``workdir``: the commission's working folder, opened in the commission desk."""
    app = create_application(argv if argv is not None else sys.argv)
    window = build_main_window(app, language, home=home)
    install_excepthook(lambda: window if isValid(window) and window.isVisible() else None)
    if role is not None:
        window.choose_role(Role(role))
    if workdir is not None:
        open_commission_folder(window, Path(workdir))
    if package is not None:
        # Before show(): only the chosen desk's page is laid out for the first paint.
        window.open_package(Path(package))
    window.show()
    return app.exec()
