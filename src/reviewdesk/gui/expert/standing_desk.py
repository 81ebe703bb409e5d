"""The workspace's "where do I stand" parts (issue 9 §4, §7): the overview bar and the
unsubmitted-changes banner above the applicants, "My scores", private notes, the warning
before closing the package or quitting while changes are not submitted, and the last look
at the scores before signing. The workspace makes one and calls in here; every answer is
the core's (``ExpertDesk.standing``, ``my_scores``, ``read_note``/``save_note``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from reviewdesk.gui.expert.standing_view import StandingBar, roomy
from reviewdesk.gui.plain_text import plain_message_box

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import ExpertDesk
    from reviewdesk.core.expert.standing import Standing
    from reviewdesk.gui.expert.workspace_view import WorkspaceView


class DeskStanding(QObject):
    def __init__(self, workspace: WorkspaceView) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.bar = StandingBar(workspace)
        self.dialog: QObject | None = None  # the last dialog shown (tests look at it)
        ui = workspace.ui
        layout = ui.deskLayout
        layout.insertWidget(layout.indexOf(ui.detailsLabel) + 1, self.bar)
        for index in range(layout.count()):
            layout.setStretch(index, 0)
        layout.setStretch(layout.indexOf(ui.mainSplitter), 1)
        self.bar.myScoresRequested.connect(lambda: self.show_my_scores(confirm=False))
        self.bar.notesRequested.connect(self.show_notes)
        self.bar.submitRequested.connect(workspace.submit)

    @property
    def desk(self) -> ExpertDesk | None:
        return self.workspace.desk

    @property
    def standing(self) -> Standing | None:
        return self.bar.standing

    def refresh(self, *, wait: bool = False) -> None:
        if self.desk is not None:
            self.bar.refresh(self.desk, wait=wait)

    def clear(self) -> None:
        self.bar.show_standing(None)

    # My scores and notes ------------------------------------------------------------------

    def show_my_scores(self, *, confirm: bool, on_sign: object = None) -> None:
        from reviewdesk.gui.expert.my_scores import MyScoresDialog

        desk = self.desk
        if desk is None:
            return
        form = self.workspace.form
        if form is not None:
            form.finish_saving()
        dialog = MyScoresDialog(desk, confirm=confirm, parent=self.workspace)
        dialog.openApplicant.connect(self.workspace.select_applicant)
        if confirm and callable(on_sign):
            dialog.accepted.connect(on_sign)
        self.dialog = dialog
        dialog.open()

    def show_notes(self) -> None:
        from reviewdesk.gui.expert.private_notes import PrivateNotesDialog

        desk = self.desk
        applicant = self.workspace.current_applicant()
        if desk is None or applicant is None:
            return
        dialog = PrivateNotesDialog(desk, applicant.ref, applicant.name, self.workspace)
        self.dialog = dialog
        dialog.show()

    # Closing ------------------------------------------------------------------------------

    def unsubmitted(self) -> Standing | None:
        """The standing when changes since a submission are not submitted, else None."""
        desk = self.desk
        if desk is None:
            return None
        from datetime import UTC, datetime

        form = self.workspace.form
        if form is not None:
            form.finish_saving()
        try:
            standing = desk.standing(datetime.now(UTC))
        except Exception:  # a closed or broken database: never keep the person from closing
            return None
        self.bar.show_standing(standing)
        return standing if standing.unsubmitted_changes else None

    def may_close(self, *, quitting: bool) -> bool:
        """Ask before leaving changes unsubmitted; True when closing may go on."""
        standing = self.unsubmitted()
        if standing is None:
            return True
        box = QMessageBox(self.workspace)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changes not submitted"))
        box.setText(
            self.tr(
                "You changed scores or declarations after submitting revision {revision}, "
                "and have not submitted the changes."
            ).format(revision=standing.last_revision)
        )
        box.setInformativeText(
            self.tr(
                "They are saved on this computer, but the chair has only revision {revision}. "
                "Submit now, or close and submit later before the deadline."
            ).format(revision=standing.last_revision)
        )
        submit = box.addButton(self.tr("&Submit now…"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(
            self.tr("&Quit anyway") if quitting else self.tr("C&lose anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(submit)
        roomy(plain_message_box(box))
        self.dialog = box
        box.exec()
        clicked = box.clickedButton()
        if clicked is submit:
            self.workspace.submit()
            return False
        return clicked is leave

    def request_close(self) -> None:
        """The Close button and Ctrl+W: ask first when changes are not submitted."""
        if self.may_close(quitting=False):
            self.workspace.close_package()
