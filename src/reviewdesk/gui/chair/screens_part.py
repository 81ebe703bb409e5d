"""The chair workspace's other screens: importing, the import log, a paper sheet, the
meeting view, finalising and reopening as a new version. A part of ``ChairWorkspace``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from reviewdesk.gui.expert import common

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.chair.views import DeskBlocker, PanelInfo
    from reviewdesk.gui.chair.matrix_model import MatrixRow
    from reviewdesk.gui.chair.meeting_view import MeetingView
    from reviewdesk.gui.forms.ui_chair_workspace import Ui_ChairWorkspace


def _tr(text: str, n: int = -1) -> str:
    """The workspace's own strings: moved here, translated as before (context ChairWorkspace)."""
    return QCoreApplication.translate("ChairWorkspace", text, None, n)


class ScreensPart(QWidget):
    """The dialogs and the meeting view, mixed into ``ChairWorkspace`` (which sets these)."""

    if TYPE_CHECKING:
        ui: Ui_ChairWorkspace
        desk: ChairDesk | None
        info: PanelInfo | None
        blockers: list[DeskBlocker]
        meeting: MeetingView | None
        dialog: QWidget | None
        notice: Any

        def current_row(self) -> MatrixRow | None: ...
        def select_applicant(self, ref: str) -> bool: ...
        def visible_rows(self) -> list[MatrixRow]: ...
        def refresh(self) -> None: ...

    def show_import(self) -> None:
        from reviewdesk.gui.chair.import_dialog import ImportDialog

        desk = self.desk
        if desk is None:
            return
        dialog = ImportDialog(
            lambda paths, progress, cancel: desk.import_files(
                paths, progress=progress, cancel=cancel
            ),
            self,
        )
        dialog.imported.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def show_import_log(self) -> None:
        from reviewdesk.gui.chair.log_dialog import ImportLogDialog

        if self.desk is None:
            return
        dialog = ImportLogDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def show_paper_sheet(self, applicant: str | None = None, expert: str | None = None) -> None:
        from reviewdesk.gui.chair.paper_sheet import PaperSheetDialog

        if self.desk is None:
            return
        row = self.current_row()
        dialog = PaperSheetDialog(self.desk, applicant or (row.ref if row else None), expert, self)
        dialog.entered.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def show_meeting(self) -> None:
        from reviewdesk.gui.chair.meeting_view import MeetingView

        if self.info is None:
            return
        if self.meeting is None:
            self.meeting = MeetingView()
            self.meeting.left.connect(self._meeting_left)
        row = self.current_row()
        self.meeting.set_rows(self.info.template, self.visible_rows(), row.ref if row else "")
        self.meeting.showFullScreen()
        self.meeting.activateWindow()
        self.meeting.setFocus()

    def _meeting_left(self, ref: str) -> None:
        if ref:
            self.select_applicant(ref)
        self.window().activateWindow()
        self.ui.matrixTable.setFocus()

    def finalise(self) -> None:
        from reviewdesk.gui.chair.finalise import FinaliseDialog

        if self.desk is None or self.info is None:
            return
        if self.info.finalised_at is not None:
            self.reopen_version()
            return
        if self.blockers:
            self.ui.lowerTabs.setCurrentWidget(self.ui.missingTab)
            self.ui.missingList.setFocus()
            self.ui.missingList.setCurrentRow(0)
            self.notice.emit(_tr("Not yet: settle the items in the list “Still missing” first."))
            return
        dialog = FinaliseDialog(self.desk, self)
        dialog.finalised.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def reopen_version(self, reason: str | None = None) -> bool:
        """After finalising: start the next numbered version (the finalised one stays in the
        history); the reason is the core's to require."""
        from PySide6.QtWidgets import QInputDialog

        if self.desk is None:
            return False
        if reason is None:
            text, ok = QInputDialog.getMultiLineText(
                self,
                _tr("Reopen as a new version"),
                _tr(
                    "The finalised version stays in the history as it is. Why does the panel "
                    "reopen its result?"
                ),
            )
            if not ok:
                return False
            reason = text
        try:
            number = self.desk.reopen_version(reason)
        except Exception as error:  # e.g. no reason: the core says so
            self.dialog = common.show_error(self, _tr("reviewdesk"), error)
            return False
        self.notice.emit(_tr("Version {n} is open for changes.").format(n=number))
        self.refresh()
        return True
