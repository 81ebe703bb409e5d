"""The commission desk inside the main window: the Commission role button enters it; the
last working folder (or database URL) is opened again when it is still there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from shiboken6 import isValid

from reviewdesk.gui.commission.common import DB_FILE, SETTINGS
from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.main_window import MainWindow, Role


class CommissionDeskController(QObject):
    def __init__(self, window: MainWindow, *, work_factor: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = CommissionWorkspace(window, work_factor=work_factor)
        window.ui.pages.addWidget(self.workspace)
        window.role_pages[Role.COMMISSION] = self.enter
        window.commission_desk = self
        self.workspace.changeRoleRequested.connect(window.show_role_chooser)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def enter(self) -> None:
        self.window.role = Role.COMMISSION
        self.window.ui.pages.setCurrentWidget(self.workspace)
        ws = self.workspace
        if ws.db is None and not ws.tasks:
            settings = QSettings()
            url = str(settings.value(SETTINGS + "dbUrl", "") or "")
            folder = str(settings.value(SETTINGS + "workdir", "") or "")
            if url or (folder and (Path(folder) / DB_FILE).is_file()):
                ws.open_database(Path(folder) if folder else None, url)
        ws.ui.tabs.currentWidget().setFocus()

    def shutdown(self) -> None:
        if isValid(self.workspace):
            self.workspace.close_database()
