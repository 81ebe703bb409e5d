"""The chair desk inside the main window: from the Chair role button, File → Open package (a
chair package), a dropped chair package, "recent panels" or the command line to the desk.

First run, pinning and unlocking are the expert desk's own dialogs over the same home (a
person may score in one panel and chair another). The home itself — its lock, so a second
window or a CLI on the same home is refused ``home-in-use``, and its database — and the
identity unlocked for this session are the window's ``HomeSession`` (``gui/home_session.py``),
shared with the expert desk: opened once, unlocked once. Opening runs in the background with
progress and cancel.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from reviewdesk.gui.chair.workspace import ChairWorkspace
from reviewdesk.gui.expert import common
from reviewdesk.gui.home_session import HomeSession
from reviewdesk.gui.main_window import MainWindow, Role, package_kind
from reviewdesk.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QDropEvent

    from reviewdesk.core.chair.desk import ChairDesk, RecentPanel
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.home.opening import OpenedHome
    from reviewdesk.core.home.settings import Home
    from reviewdesk.core.storage import Database

PACKAGE_FILTER = "reviewdesk (*.rdx);;*"
CHAIR_KIND = "chair-package"
Then = Callable[[], None]


def _prepare(session: HomeSession) -> OpenedHome:
    """Off the GUI thread: the chair's modules and the window's home (locked, its database
    open; opened here unless the expert desk opened it before)."""
    import reviewdesk.core.chair.desk  # noqa: F401 - imported here, not on the GUI thread

    return session.open_in_worker()


class ChairDeskController(QObject):
    def __init__(
        self, window: MainWindow, *, home: Path | None = None, work_factor: int | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.home_root = home
        self.work_factor = work_factor
        self.session = HomeSession.of(window, home)  # the home and identity of the window
        self.session.before_close(self._finish_work)
        self.home: Home | None = None
        self.db: Database | None = None
        self.task: Task | None = None
        self.dialog: QDialog | None = None
        self._waiting: list[Then] = []
        self._preparing = False

        self.workspace = ChairWorkspace(window)
        window.ui.pages.addWidget(self.workspace)
        ws = self.workspace
        ws.openRequested.connect(self.ask_package)
        ws.recentChosen.connect(self.reopen)
        ws.changeRoleRequested.connect(window.show_role_chooser)
        ws.cancelOpening.connect(self._cancel)
        ws.closed.connect(self._home)
        ws.notice.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        window.role_pages[Role.CHAIR] = self.enter
        window.chair_desk = self
        # A chair package chosen from File → Open or dropped on the window comes here: the
        # window tells the kinds apart by the container's kind byte (no key needed).
        expert = window.expert_desk
        ask = getattr(expert, "ask_package", None)
        if ask is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                window.ui.openPackageAction.triggered.disconnect(ask)
        window.ui.openPackageAction.triggered.connect(self.ask_any_package)
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # installed after the expert's: asked first
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # Identity shared with the expert desk (the window's session) -------------------------

    @property
    def identity(self) -> Identity | None:
        return self.session.identity

    def _unlocked(self, identity: Identity) -> None:
        self.session.identity = identity

    # Entry points --------------------------------------------------------------------------

    def enter(self) -> None:
        """The Chair role: the open panel, else the home page with the recent panels."""
        self._show_page()
        if self.workspace.desk is not None:
            return
        self._home()
        self._after_ready(self._home)

    def open_package(self, path: Path) -> None:
        self._show_page()
        if self.workspace.desk is not None:
            self.workspace.close_panel()
        self.workspace.show_opening(Path(path).name)
        self._after_ready(
            lambda: self._with_identity(lambda: self._open(Path(path)), package=Path(path))
        )

    def reopen(self, digest: str) -> None:
        self._show_page()
        if self.workspace.desk is not None:
            self.workspace.close_panel()
        self.workspace.show_opening(self.tr("the panel"))
        self._after_ready(lambda: self._with_identity(lambda: self._reopen(digest)))

    def ask_package(self) -> None:
        chosen = common.ask_open_file(self.window, self.tr("Open a chair package"), PACKAGE_FILTER)
        if chosen is not None:
            self.window.open_package(chosen)

    def ask_any_package(self) -> None:
        """File → Open package: whichever kind, to the desk of its kind."""
        title = (
            self.tr("Open a chair package")
            if self.window.role is Role.CHAIR
            else QCoreApplication.translate("ExpertDeskController", "Open a review package")
        )
        chosen = common.ask_open_file(self.window, title, PACKAGE_FILTER)
        if chosen is not None:
            self.window.open_package(chosen)

    def shutdown(self) -> None:
        """Every desk's last saves (this one's: ``_finish_work``), then the home closes."""
        self.session.close()
        self.home, self.db = None, None

    def _finish_work(self) -> None:
        if isValid(self.workspace) and self.workspace.desk is not None:
            self.workspace.decisions.save_opinion()

    def _show_page(self) -> None:
        self.window.role = Role.CHAIR
        self.window.ui.pages.setCurrentWidget(self.workspace)

    # Getting ready ------------------------------------------------------------------------

    def _after_ready(self, then: Then) -> None:
        if self.db is not None:
            then()
            return
        self._waiting.append(then)
        if self._preparing:
            return
        self._preparing = True
        session = self.session
        run_in_background(
            lambda _p, _c: _prepare(session), on_done=self._prepared, on_error=self._prepare_failed
        )

    def _alive(self) -> bool:
        return isValid(self) and isValid(self.workspace)

    def _prepared(self, opened: OpenedHome) -> None:
        self._preparing = False
        if not self._alive():
            return  # the window's session closes with the window
        self.home, self.db = opened.home, opened.db
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def _prepare_failed(self, error: BaseException) -> None:
        self._preparing = False
        self._waiting.clear()
        if self._alive():
            self._home()
            self._error(error)

    def _with_identity(self, then: Then, package: Path | None = None) -> None:
        """Run ``then`` once an identity exists and is unlocked (once per session, for every
        desk) and the root is pinned — as on the expert desk, from the roster inside
        ``package`` when a chair package is being opened: the identity opens it, so the
        passphrase comes before the pinning."""
        home = self.home
        assert home is not None
        again = lambda: self._with_identity(then, package)  # noqa: E731
        if self.identity is None and not home.identity_path.exists():
            self._first_run(again)
        elif self.identity is None:
            self._unlock(again)
        elif not home.trust_path.exists():
            self._pin(again, package=package)
        else:
            then()

    def _first_run(self, then: Then) -> None:
        from reviewdesk.gui.expert.first_run_dialog import FirstRunDialog

        assert self.home is not None
        dialog = FirstRunDialog(self.home, work_factor=self.work_factor, parent=self.window)
        dialog.identityReady.connect(self._unlocked)
        dialog.finished.connect(lambda _r: then() if self.identity is not None else self._home())
        self._show_dialog(dialog)

    def _pin(self, then: Then, package: Path | None = None) -> None:
        from reviewdesk.gui.expert.roster_pin_dialog import RosterPinDialog

        assert self.home is not None
        dialog = RosterPinDialog(
            self.home.trust_path, parent=self.window, store_dir=self.home.store_dir
        )
        dialog.identity = self.identity
        if package is not None and self.identity is not None:
            dialog.load(package, self.identity)  # the roster the chair package carries
        dialog.accepted.connect(then)
        dialog.rejected.connect(self._home)
        self._show_dialog(dialog)

    def _unlock(self, then: Then) -> None:
        from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog

        assert self.home is not None
        dialog = PassphraseDialog(
            self.home.identity_path, purpose=self.tr("the chair package"), parent=self.window
        )
        dialog.unlocked.connect(self._unlocked)
        dialog.accepted.connect(then)
        dialog.rejected.connect(self._home)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    # Opening -----------------------------------------------------------------------------

    def _open(self, path: Path) -> None:
        from reviewdesk.core.chair.desk import ChairDesk

        db, identity, home = self.db, self.identity, self.home
        assert db is not None and identity is not None and home is not None
        self.workspace.show_opening(path.name)
        self._run(
            lambda p, c: ChairDesk.open_in_home(
                db, identity, path, home, now=datetime.now(UTC), progress=p, cancel=c
            )
        )

    def _reopen(self, digest: str) -> None:
        from reviewdesk.core.chair.desk import ChairDesk

        db, identity, home = self.db, self.identity, self.home
        assert db is not None and identity is not None and home is not None
        self._run(lambda _p, _c: ChairDesk.reopen(db, identity, home.store_dir, digest))

    def _run(self, work: Callable[..., ChairDesk]) -> None:
        self.task = run_in_background(
            work,
            on_done=self._opened,
            on_error=self._open_failed,
            on_progress=self.workspace.set_opening_progress,
        )

    def _opened(self, desk: ChairDesk) -> None:
        self.task = None
        if not self._alive():
            return
        self._show_page()
        try:
            self.workspace.show_desk(desk)
        except Exception as error:  # the stored panel cannot be shown: say so
            self._home()
            self._error(error)

    def _open_failed(self, error: BaseException) -> None:
        self.task = None
        if not self._alive():
            return
        self._home()
        if getattr(error, "code", None) != "cancelled":
            self._error(error)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self._home()

    def _error(self, error: BaseException) -> None:
        self.dialog = common.show_error(self.window, self.tr("reviewdesk"), error)

    # Home page -----------------------------------------------------------------------------

    def _recent(self) -> list[RecentPanel]:
        if self.db is None:
            return []
        from reviewdesk.core.chair.desk import ChairDesk

        chair = None if self.identity is None else self.identity.keyid
        return ChairDesk.recent_panels(self.db, chair)

    def _home(self) -> None:
        home = self.home
        self.workspace.show_home(
            identity=self.identity is not None
            or (home is not None and home.identity_path.exists()),
            pinned=home is not None and home.trust_path.exists(),
            recent=self._recent(),
        )

    # Drag and drop: a chair package dropped anywhere on the window -------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            drop = cast("QDropEvent", event)
            files = [Path(u.toLocalFile()) for u in drop.mimeData().urls() if u.isLocalFile()]
            on_desk = (
                self.workspace.desk is not None
                and self.window.ui.pages.currentWidget() is self.workspace
            )
            chair_package = len(files) == 1 and package_kind(files[0]) == CHAIR_KIND
            if not files or not (chair_package or on_desk):
                return False  # the expert desk's (or nobody's)
            drop.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                if chair_package:
                    self.open_package(files[0])
                else:  # score files or folders dropped on the open panel: import them
                    self.workspace.show_import()
                    dialog = self.workspace.dialog
                    if dialog is not None and hasattr(dialog, "import_paths"):
                        dialog.import_paths(files)
            return True
        return super().eventFilter(watched, event)
