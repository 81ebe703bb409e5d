"""Submitting the scores and printing one's own sheets, for the workspace.

Submit: the core lists what is missing (``submission_problems``), each line leading to the
place to fix it; with nothing missing, the person chooses where the signed score file goes
and the core signs it (revision n, or n+1 after a change) in the background. The PDF of the
expert's own sheets is rendered by the core in the background and written atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QProgressDialog, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.common import fingerprint_lines
from reviewdesk.gui.expert.texts import problem_lines, ui_language
from reviewdesk.gui.forms.ui_submit_check_dialog import Ui_SubmitCheckDialog
from reviewdesk.gui.forms.ui_submit_done_dialog import Ui_SubmitDoneDialog
from reviewdesk.gui.plain_text import plain_item_text, set_plain
from reviewdesk.gui.tasks import Task, Work, run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import (
        ExpertDesk,
        SubmissionProblem,
        SubmittedScoreFile,
    )
    from reviewdesk.core.progress import CancelToken, Progress
    from reviewdesk.core.scoring import Problem
    from reviewdesk.gui.expert.workspace_view import WorkspaceView

ProblemRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
SCORE_FILTER = "reviewdesk (*.rdx)"
PDF_FILTER = "PDF (*.pdf)"
_PROGRESS_AFTER_MS = 300  # a quick signature shows no progress window at all


class SubmitCheckDialog(QDialog):
    """What keeps the scores from being signed; ``chosen`` leads to one of them."""

    chosen = Signal(object, object)  # SubmissionProblem, the sheet Problem or None

    def __init__(
        self, desk: ExpertDesk, problems: list[SubmissionProblem], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SubmitCheckDialog()
        self.ui.setupUi(self)
        self.desk, self.problems = desk, problems
        common.scale_font(self.ui.titleLabel, 1.3, bold=True)
        self.ui.problemList.itemActivated.connect(self._go)
        self.ui.problemList.itemClicked.connect(self._go)  # one click goes there
        self.ui.goButton.clicked.connect(lambda: self._go(self.ui.problemList.currentItem()))
        self.ui.closeButton.clicked.connect(self.reject)
        self._fill()
        self.ui.problemList.setFocus()

    def _fill(self) -> None:
        names = {a.ref: a.name for a in self.desk.summary.applicants}
        row = max(self.ui.problemList.currentRow(), 0)
        self.ui.problemList.clear()
        for problem in self.problems:
            details: list[Problem | None] = list(problem.problems) or [None]
            for line, detail in zip(
                problem_lines(problem, names, self.desk.template), details, strict=False
            ):
                item = QListWidgetItem(plain_item_text(line))
                item.setData(ProblemRole, problem)
                item.setData(DetailRole, detail)
                self.ui.problemList.addItem(item)
        self.ui.problemList.setCurrentRow(min(row, self.ui.problemList.count() - 1))
        self.ui.problemList.setAccessibleName(self.ui.introLabel.text().replace("&", ""))

    def lines(self) -> list[str]:
        return [self.ui.problemList.item(i).text() for i in range(self.ui.problemList.count())]

    def _go(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.accept()
        self.chosen.emit(item.data(ProblemRole), item.data(DetailRole))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)


class SubmitDoneDialog(QDialog):
    """Where the signed file went, its revision and fingerprint."""

    def __init__(self, result: SubmittedScoreFile, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_SubmitDoneDialog()
        self.ui.setupUi(self)
        self.score_file = result
        common.scale_font(self.ui.titleLabel, 1.3, bold=True)
        common.fixed_font(self.ui.fingerprintLabel, 1.2)
        self.ui.closeButton.clicked.connect(self.accept)
        self._retranslate()
        self.ui.closeButton.setFocus()

    def _retranslate(self) -> None:
        result = self.score_file
        if result.unchanged:
            title = self.tr("Nothing changed since revision {revision}: its signed file was "
                            "written again.")  # fmt: skip
        else:
            title = self.tr("Revision {revision} of your scores is signed and written.")
        self.ui.titleLabel.setText(title.format(revision=result.revision))
        set_plain(self.ui.pathLabel, str(result.path))
        self.ui.fingerprintLabel.setText(fingerprint_lines(result.fingerprint))
        self.ui.fingerprintLabel.setAccessibleName(
            self.tr("Fingerprint: {digits}").format(digits=result.fingerprint_text)
        )
        self.ui.noteLabel.setText(
            self.tr(
                "Give this file to your panel chair. If you change anything afterwards, "
                "submitting again signs revision {next}; the chair keeps only the latest."
            ).format(next=result.revision + 1)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


class Submission(QObject):
    """The workspace's submit and print actions (one at a time)."""

    submitted = Signal(object)  # SubmittedScoreFile
    pdfWritten = Signal(object)  # Path

    def __init__(self, workspace: WorkspaceView) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QDialog | None = None  # the last dialog shown (tests look at it)

    @property
    def desk(self) -> ExpertDesk:
        assert self.workspace.desk is not None
        return self.workspace.desk

    def submit(self) -> None:
        if self.task is not None:
            return
        if self.workspace.form is not None:
            self.workspace.form.finish_saving()
        problems = self.desk.submission_problems()
        if problems:
            check = SubmitCheckDialog(self.desk, problems, self.workspace)
            check.chosen.connect(self._go_to)
            self._show(check)
            return
        # The last look before signing: every total and grade, confirmed (my_scores.py).
        from reviewdesk.gui.expert.my_scores import MyScoresDialog

        confirm = MyScoresDialog(self.desk, confirm=True, parent=self.workspace)
        confirm.openApplicant.connect(self.workspace.select_applicant)
        confirm.accepted.connect(self._sign_confirmed)
        self._show(confirm)

    def _sign_confirmed(self) -> None:
        if self.task is not None or self.workspace.desk is None:
            return
        last = self.desk.last_submission()
        folder = last.path.parent if last is not None else Path.home()
        dest = common.ask_save_file(
            self.workspace,
            self.tr("Save the signed score file"),
            folder / self.desk.suggested_file_name(),
            SCORE_FILTER,
        )
        if dest is None:
            return
        desk = self.desk
        self._start(
            self.tr("Signing and writing your score file…"),
            lambda p, c: desk.submit(dest, now=datetime.now(UTC), progress=p, cancel=c),
            self._submitted,
        )

    def export_pdf(self, refs: list[str] | None) -> None:
        if self.task is not None:
            return
        if self.workspace.form is not None:
            self.workspace.form.finish_saving()
        desk = self.desk
        name = f"{desk.round}-{refs[0] if refs else desk.summary.panel}.pdf"
        dest = common.ask_save_file(
            self.workspace, self.tr("Save my score sheets as PDF"), Path.home() / name, PDF_FILTER
        )
        if dest is None:
            return
        language = ui_language()

        def work(_progress: Progress, _cancel: CancelToken) -> Path:
            from reviewdesk.core.home.local_store import write_atomic

            write_atomic(dest, desk.export_pdf(refs, language=language))
            return dest

        self._start(self.tr("Making the PDF of your score sheets…"), work, self._pdf_written)

    # Running -------------------------------------------------------------------------------

    def _start(self, label: str, work: Work, done: Callable[[Any], None]) -> None:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.workspace)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(_PROGRESS_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress

        def report(value: int, total: int, _stage: str) -> None:
            if total > 0:
                progress.setRange(0, total)
                progress.setValue(value)

        self.task = run_in_background(
            work,
            on_done=common.if_alive(lambda result: self._finish(done, result), self),
            on_error=common.if_alive(self._failed),
            on_progress=report,
        )
        progress.canceled.connect(self.task.cancel)

    def _stop(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finish(self, done: Callable[[Any], None], result: object) -> None:
        self._stop()
        done(result)

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.dialog = common.show_error(self.workspace, self.tr("reviewdesk"), error)

    def _submitted(self, result: SubmittedScoreFile) -> None:
        self.workspace.refresh(wait=True)
        applicant = self.workspace.current_applicant()
        if applicant is not None:  # the form shows the signed revision, read-only
            self.workspace._show_applicant(applicant)
        self._show(SubmitDoneDialog(result, self.workspace))
        self.submitted.emit(result)

    def _pdf_written(self, path: Path) -> None:
        self.workspace.notice.emit(self.tr("PDF saved: {path}").format(path=path))
        self.pdfWritten.emit(path)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _go_to(self, problem: SubmissionProblem, detail: Problem | None) -> None:
        """Take the person to what is missing: the pledge, a declaration or a field."""
        ws = self.workspace
        ws.window().activateWindow()  # the keyboard goes back from the closed check dialog
        code = problem.code.value
        if code == "pledge-missing":
            ws.show_desk(self.desk)
            return
        if problem.applicant is None:
            return
        ws.select_applicant(problem.applicant)
        if code == "declaration-missing":
            ws.declare_current()
        elif code == "sheet-incomplete" and detail is not None:
            ws.when_sheet_open(problem.applicant, lambda: self._go_to_field(detail))

    def _go_to_field(self, detail: Problem) -> None:
        from reviewdesk.gui.scoring.scoring_form import ProblemRole as FormProblemRole

        form = self.workspace.form
        if form is None:
            return
        items = form.problem_list
        for row in range(items.count()):
            item = items.item(row)
            if item.data(FormProblemRole) == detail:
                items.setCurrentItem(item)
                items.itemActivated.emit(item)  # the form moves the cursor to the field
                return
