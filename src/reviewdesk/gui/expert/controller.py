"""The expert desk inside the main window: from the Expert role button, File → Open package,
a dropped file, "open recent" or the command line to the workspace.

Before a package opens, in this order and each only once: the person's home and database
are ready (a background step that also imports the heavy modules, so the window itself
shows at once), an identity exists (first run), the commission root is pinned, and the
identity is unlocked for this session (passphrase). Opening and reopening run in the
background with progress and a cancel button; a failure is a sentence with its details.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.storing import PackageStoring
from reviewdesk.gui.expert.workspace import ExpertWorkspace
from reviewdesk.gui.first_paint import after_first_paint
from reviewdesk.gui.home_session import HomeSession
from reviewdesk.gui.main_window import MainWindow, Role
from reviewdesk.gui.plain_text import plain_item_text
from reviewdesk.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QDropEvent

    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.expert.desk import DeskApplicant, ExpertDesk, RecentPackage
    from reviewdesk.core.expert.standing import PackageProgress
    from reviewdesk.core.home.opening import OpenedHome
    from reviewdesk.core.home.settings import Home
    from reviewdesk.core.storage import Database

PACKAGE_FILTER = "reviewdesk (*.rdx);;*"
PREBUILD_MS = 1  # a timer: the window's own events (a dialog to show) come first
TOUCH_AFTER_MS = 1_000  # "last opened" is written after the first page, not before it
Then = Callable[[], None]


class _Prepared:
    # A plain class: dataclasses would be one more import before the window is painted.
    def __init__(self, opened: OpenedHome, demo_readme: Path | None) -> None:
        self.opened, self.demo_readme = opened, demo_readme
        self.home, self.db = opened.home, opened.db


class _OpenedDesk:
    def __init__(self, desk: ExpertDesk, applicants: list[DeskApplicant], touch: bool) -> None:
        self.desk, self.applicants, self.touch = desk, applicants, touch


def _with_applicants(desk: ExpertDesk, *, touch: bool = False) -> _OpenedDesk:
    """Off the GUI thread, right after opening: the applicant list's rows (a few queries
    per applicant), so that the desk's first turn only shows them. ``touch``: the time it
    was reopened is still to be recorded (``ExpertDesk.touch``), after the first page."""
    return _OpenedDesk(desk, desk.applicants(), touch)


def _prepare(session: HomeSession) -> _Prepared:
    """Off the GUI thread: the window's home (locked: one process per home, ``home-in-use``
    for a second window; opened once for every desk: ``gui/home_session.py``), its
    database, and the modules the desk will need."""
    import reviewdesk.core.expert.desk
    import reviewdesk.gui.expert.applicant_model
    import reviewdesk.gui.expert.declaration_dialogs
    import reviewdesk.gui.expert.submission
    import reviewdesk.gui.scoring
    import reviewdesk.gui.viewer  # noqa: F401 - imported here so the GUI thread need not

    opened = session.open_in_worker()
    return _Prepared(opened, _demo_readme(opened.home))


def _demo_readme(home: Home) -> Path | None:
    """The README of the demo whose person owns ``home`` (its passphrases are public)."""
    try:
        from reviewdesk.demo.round import load_demo

        demo = load_demo(home.root.parent.parent)
    except Exception:  # not a demo, or not readable: no hint, nothing else changes
        return None
    if demo is None or all(p.home.resolve() != home.root.resolve() for p in demo.people):
        return None
    return demo.readme


class ExpertDeskController(QObject):
    def __init__(
        self, window: MainWindow, *, home: Path | None = None, work_factor: int | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.home_root = home  # None: $REVIEWDESK_HOME, else the user data folder
        self.work_factor = work_factor  # scrypt for new identities; None: the core's default
        self.session = HomeSession.of(window, home)  # the home and identity of the window
        self.session.before_close(self._finish_work)
        self.home: Home | None = None
        self.db: Database | None = None
        self.opened: OpenedHome | None = None  # the home's lock and database, while open
        self.demo_readme: Path | None = None
        self.task: Task | None = None
        self.dialog: QDialog | None = None  # the dialog on screen (tests look at it)
        self._waiting: list[Then] = []  # what runs once the home is ready
        self._opening_path: Path | None = None  # the package file being opened
        self._preparing = False
        self._painted = False  # the heavy imports wait until the window is on screen
        after_first_paint(window.ui.pages, self._window_painted)

        self.workspace = ExpertWorkspace(window)
        window.ui.pages.addWidget(self.workspace)
        ws = self.workspace
        ws.openRequested.connect(self.ask_package)
        ws.setupRequested.connect(lambda: self._after_ready(lambda: self._first_run(self._home)))
        ws.pinRequested.connect(lambda: self._after_ready(lambda: self._pin(self._home)))
        ws.recentChosen.connect(self.reopen)
        ws.changeRoleRequested.connect(window.show_role_chooser)
        ws.cancelOpening.connect(self._cancel)
        ws.closed.connect(self._home)
        self.storing = PackageStoring(window)  # the package's copy, after the desk shows
        ws.notice.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        window.role_pages[Role.EXPERT] = self.enter
        window.ui.openPackageAction.triggered.connect(self.ask_package)
        window.ui.recentMenu.aboutToShow.connect(self._fill_recent_menu)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # Entry points --------------------------------------------------------------------------

    def enter(self) -> None:
        """The Expert role: the open package, else reopen the last one, else the home page."""
        self._show_page()
        if self.workspace.desk is not None:
            return
        self.workspace.show_opening(self.tr("the expert desk"))
        self._after_ready(self._enter_ready)

    def open_package(self, path: Path) -> None:
        """Verify, store and show a package file (menu, drop, command line)."""
        self._show_page()
        if self.workspace.desk is not None:
            self.workspace.close_package()
        self.workspace.show_opening(Path(path).name)
        self._after_ready(
            lambda: self._with_identity(lambda: self._open(Path(path)), package=Path(path))
        )

    def reopen(self, digest: str) -> None:
        """A package opened here before, from the local store."""
        self._show_page()
        if self.workspace.desk is not None:
            self.workspace.close_package()
        self.workspace.show_opening(self.tr("the package"))
        self._after_ready(lambda: self._with_identity(lambda: self._reopen(digest)))

    def ask_package(self) -> None:
        chosen = common.ask_open_file(self.window, self.tr("Open a review package"), PACKAGE_FILTER)
        if chosen is not None:
            self.open_package(chosen)

    @property
    def identity(self) -> Identity | None:  # unlocked once per session, for every desk
        return self.session.identity

    @identity.setter
    def identity(self, identity: Identity | None) -> None:
        self.session.identity = identity

    def shutdown(self) -> None:
        """Every desk's last work (this one's: ``_finish_work``), then the home closes."""
        self.session.close()  # the database, then the home's lock
        self.opened, self.db = None, None

    def _finish_work(self) -> None:
        self.storing.finish()  # the copy into the store completed before the home closes
        if self.workspace.form is not None:
            self.workspace.form.finish_saving()

    def _show_page(self) -> None:
        self.window.role = Role.EXPERT
        self.window.ui.pages.setCurrentWidget(self.workspace)

    # Getting ready ------------------------------------------------------------------------

    def _after_ready(self, then: Then) -> None:
        if self.db is not None:
            self._guarded(then)
            return
        self._waiting.append(then)
        if self._preparing or not self._painted:
            return
        self._preparing = True
        session = self.session
        run_in_background(
            lambda _p, _c: _prepare(session), on_done=self._prepared, on_error=self._prepare_failed
        )

    def _window_painted(self) -> None:
        self._painted = True
        if self._waiting and not self._preparing:
            waiting, self._waiting = self._waiting, []
            for then in waiting:
                self._after_ready(then)

    def _alive(self) -> bool:
        """False once the window is gone (a background step may finish after it closed)."""
        return isValid(self) and isValid(self.workspace)

    def _prepared(self, prepared: _Prepared) -> None:
        self._preparing = False
        if not self._alive():
            prepared.opened.close()
            return
        self.opened, self.demo_readme = prepared.opened, prepared.demo_readme
        self.home, self.db = prepared.home, prepared.db
        # The viewer is made in a turn of its own now, while the person types the passphrase
        # or reads the home page: not between a package opening and its first page.
        QTimer.singleShot(PREBUILD_MS, self, self._prebuild)
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            if not self._guarded(then):
                break  # one sentence is enough; the person starts again from the home page

    def _guarded(self, then: Then) -> bool:
        """Run a step of getting ready; a failure (a damaged database, …) leaves the
        "getting ready" page for the home page and is told as a sentence."""
        try:
            then()
        except Exception as error:
            if self._alive():
                self._home()
                self._error(error)
            return False
        return True

    def _prebuild(self) -> None:
        if self._alive():
            self.workspace.applicant_view.make_viewer()

    def _prepare_failed(self, error: BaseException) -> None:
        self._preparing = False
        self._waiting.clear()
        if not self._alive():
            return
        self._home()
        self._error(error)

    def _with_identity(self, then: Then, package: Path | None = None) -> None:
        """Run ``then`` once an identity exists and is unlocked (once per session, for
        every package) and the root is pinned — from the roster inside ``package`` when a
        package is being opened."""
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
            dialog.load(package, self.identity)  # the roster the package carries
        dialog.accepted.connect(then)
        dialog.rejected.connect(self._home)
        self._show_dialog(dialog)

    def _unlock(self, then: Then) -> None:
        from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog

        assert self.home is not None
        purpose = self.workspace._opening_name
        dialog = PassphraseDialog(
            self.home.identity_path, purpose=purpose, demo_readme=self.demo_readme,
            parent=self.window,
        )  # fmt: skip
        dialog.unlocked.connect(self._unlocked)
        dialog.accepted.connect(then)
        dialog.rejected.connect(self._home)
        self._show_dialog(dialog)

    def _unlocked(self, identity: Identity) -> None:
        self.identity = identity

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    # Opening -----------------------------------------------------------------------------

    def _enter_ready(self) -> None:
        home, db = self.home, self.db
        assert home is not None and db is not None
        if not home.identity_path.exists() and self.identity is None:
            self._home()
            self._first_run(self._enter_ready)
            return
        if not home.trust_path.exists():
            self._home()
            self._pin(self._enter_ready)
            return
        from reviewdesk.core.expert.desk import ExpertDesk

        expert = None if self.identity is None else self.identity.keyid
        recent = ExpertDesk.recent_packages(db, expert)
        if not recent:
            self._home()
            return
        self._with_identity(lambda: self._reopen_last())

    def _reopen_last(self) -> None:
        recent = self._recent()
        if recent:
            self._reopen(recent[0].digest)
        else:
            self._home()

    def _open(self, path: Path) -> None:
        from reviewdesk.core.expert.desk import ExpertDesk

        db, identity, home = self.db, self.identity, self.home
        assert db is not None and identity is not None and home is not None
        self._opening_path = path
        self.workspace.show_opening(path.name)
        self._run(
            # The desk at once; the copy is checked and kept afterwards (storing.py).
            lambda p, c: _with_applicants(
                ExpertDesk.open_in_home(
                    db, identity, path, home, now=datetime.now(UTC), progress=p, cancel=c,
                    store=False,
                )
            )
        )  # fmt: skip

    def _reopen(self, digest: str) -> None:
        from reviewdesk.core.expert.desk import ExpertDesk

        db, identity, home = self.db, self.identity, self.home
        assert db is not None and identity is not None and home is not None
        self._opening_path = None
        self._run(
            lambda _p, _c: _with_applicants(
                ExpertDesk.reopen(db, identity, home.store_dir, digest, touch=False), touch=True
            )
        )

    def _run(self, work: Callable[..., _OpenedDesk]) -> None:
        self.task = run_in_background(
            work,
            on_done=self._opened,
            on_error=self._open_failed,
            on_progress=self.workspace.set_opening_progress,
        )

    def _opened(self, opened: _OpenedDesk) -> None:
        self.task = None
        if not self._alive():
            return
        desk = opened.desk
        if self.window.ui.pages.currentWidget() is not self.workspace:
            self._show_page()
        self.workspace.show_desk(desk, opened.applicants)
        if opened.touch:
            QTimer.singleShot(TOUCH_AFTER_MS, self, lambda: self._touch(desk))
        # The copy into the store waits for the first document on screen (storing.py).
        self.storing.start(desk, ready=self._first_document_shown)  # unless stored before

    def _touch(self, desk: ExpertDesk) -> None:
        """When the package was last opened, recorded in the background (the recent
        packages' order); a failure says nothing here: the desk itself shows whatever
        is wrong with the database at its next read or save."""
        run_in_background(
            lambda _p, _c: desk.touch(), on_done=lambda _r: None, on_error=lambda _e: None
        )

    def _first_document_shown(self) -> bool:
        viewer = self.workspace.viewer
        return viewer is not None and viewer.shown_index() >= 0

    def _open_failed(self, error: BaseException) -> None:
        self.task = None
        if not self._alive():
            return
        self._home()
        code = getattr(error, "code", None)
        path = self._opening_path
        if code in ("age-no-identity-matched", "package-not-yours") and path is not None:
            self._offer_identity(path)
        elif code != "cancelled":
            self._error(error)

    def _offer_identity(self, package: Path) -> None:
        """A package made for another identity: offer to take that identity here."""
        from PySide6.QtWidgets import QMessageBox

        from reviewdesk.gui.expert.standing_view import roomy
        from reviewdesk.gui.plain_text import plain_message_box

        name = "" if self.identity is None else self.identity.name
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Package for another identity"))
        box.setText(
            self.tr("{file} was not made for your identity “{name}”.").format(
                file=package.name, name=name
            )
        )
        box.setInformativeText(
            self.tr(
                "If you have the identity file it was made for (for example from your "
                "enrolment), import it: this computer then uses that identity, and the one "
                "here now is kept in the home folder. Otherwise ask the commission for a "
                "package made for your identity."
            )
        )
        take = box.addButton(self.tr("&Import that identity…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        roomy(plain_message_box(box))
        box.buttonClicked.connect(
            lambda button: self._replace_identity(package) if button is take else None
        )
        self._show_dialog(box)

    def _replace_identity(self, package: Path) -> None:
        from reviewdesk.gui.expert.first_run_dialog import FirstRunDialog

        assert self.home is not None
        before = self.identity
        dialog = FirstRunDialog(
            self.home, work_factor=self.work_factor, replace=True, parent=self.window
        )
        dialog.identityReady.connect(self._unlocked)
        dialog.finished.connect(
            lambda _r: self.open_package(package) if self.identity is not before else None
        )
        self._show_dialog(dialog)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self._home()

    def _error(self, error: BaseException) -> None:
        box = common.show_error(self.window, self.tr("reviewdesk"), error)
        self.dialog = box

    # Home page and recent packages ---------------------------------------------------------

    def _recent(self) -> list[RecentPackage]:
        if self.db is None:
            return []
        from reviewdesk.core.errors import ReviewdeskError
        from reviewdesk.core.expert.desk import ExpertDesk

        expert = None if self.identity is None else self.identity.keyid
        try:
            return ExpertDesk.recent_packages(self.db, expert)
        except ReviewdeskError:
            return []  # the home page still shows; the failure is told where it happened

    def _home(self) -> None:
        home = self.home
        self.workspace.show_home(
            identity=self.identity is not None
            or (home is not None and home.identity_path.exists()),
            pinned=home is not None and home.trust_path.exists(),
            recent=self._home_packages(),
        )

    def _home_packages(self) -> list[PackageProgress]:
        """Every package opened here with its names, progress and deadline (the core's)."""
        if self.db is None:
            return []
        from reviewdesk.core.errors import ReviewdeskError
        from reviewdesk.core.expert.standing import home_packages

        expert = None if self.identity is None else self.identity.keyid
        try:
            return home_packages(self.db, expert)
        except ReviewdeskError:
            return []

    def _fill_recent_menu(self) -> None:
        menu = self.window.ui.recentMenu
        menu.clear()
        if self.db is None:  # the database opens in the background; the list follows
            self._after_ready(lambda: None)
            menu.addAction(self.tr("Getting ready…")).setEnabled(False)
            return
        recent = self._home_packages()
        for package in recent[:10]:
            action = menu.addAction(
                plain_item_text(f"{package.round_title} · {package.panel_title}")
            )
            action.triggered.connect(lambda _c=False, d=package.digest: self.reopen(d))
        if not recent:
            action = menu.addAction(self.tr("No package opened yet"))
            action.setEnabled(False)

    # Drag and drop ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            drop = cast("QDropEvent", event)  # a drag entering is a drop event too
            files = [Path(u.toLocalFile()) for u in drop.mimeData().urls() if u.isLocalFile()]
            if len(files) != 1:
                return False
            drop.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.open_package(files[0])
            return True
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Quitting with changes made after a submission: ask first (standing_desk.py).
            desk = self.workspace.desk
            if (
                desk is not None
                and self.db is not None
                and not self.workspace.standing.may_close(quitting=True)
            ):
                event.ignore()
                return True
        return super().eventFilter(watched, event)
