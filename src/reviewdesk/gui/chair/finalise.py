"""Finalising: choose where the result goes, then the signed bundle, the report and the
workbook are written in the background with progress and cancel; the fingerprint to read
out and the files written are shown at the end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.expert import common
from reviewdesk.gui.plain_text import plain_tooltip
from reviewdesk.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.chair.views import FinalisedResult


class FinaliseDialog(QDialog):
    finalised = Signal()

    def __init__(self, desk: ChairDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairFinaliseDialog")
        self.desk = desk
        self.task: Task | None = None
        self.finalised_result: FinalisedResult | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setText(str(Path.home()))
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.stage = QLabel(self)
        self.stage.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        common.fixed_font(self.outcome, 1.1)
        self.error = common.ErrorLine(QLabel(self), QPushButton(self))
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error.label, 1)
        buttons.addWidget(self.error.button)
        buttons.addStretch(0)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Finalise the panel"))
        self.intro.setText(
            self.tr(
                "Finalising signs the panel's result with your key and encrypts it to the "
                "commission and the audit office: every expert's score file as received, the "
                "paper sheets, your decisions and the signed import log. The panel report "
                "(PDF) and the workbook (XLSX) are written beside it. After this, changes need "
                "a new version."
            )
        )
        self.folder_label.setText(self.tr("&Save in:"))
        self.browse.setText(self.tr("&Choose…"))
        self.start_button.setText(self.tr("&Finalise and sign"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the result"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def start(self) -> None:
        dest = Path(self.folder.text())
        desk = self.desk
        self.error.clear()
        self.start_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage.setText(self.tr("Finalising…"))
        self.task = run_in_background(
            lambda p, c: desk.finalise(dest, progress=p, cancel=c),
            on_done=common.if_alive(self._done, self),
            on_error=common.if_alive(self._failed, self),
            on_progress=common.if_alive(self._progress, self),
        )

    def _progress(self, done: int, total: int, stage: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if stage:
            self.stage.setText(stage)

    def _done(self, result: FinalisedResult) -> None:
        self.task = None
        self.finalised_result = result
        self.progress.hide()
        files = [f for f in (result.bundle, result.report_pdf, result.workbook) if f is not None]
        lines = [
            self.tr("Version {n} is finalised.").format(n=result.version),
            self.tr("Fingerprint (read it out to the commission):"),
            result.fingerprint,
            "",
            self.tr("Files written in {folder}:").format(folder=result.bundle.parent),
            *[f"  {f.name}" for f in files],
        ]
        self.outcome.setText("\n".join(lines))
        self.outcome.setToolTip(plain_tooltip("\n".join(str(f) for f in files)))
        # The outcome is taller than the form it replaces: grow so that no file is cut off.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.stage.clear()
        self.start_button.hide()
        self.cancel_button.setText(self.tr("&Close"))
        self.finalised.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self.stage.clear()
        self.start_button.setEnabled(True)
        if getattr(error, "code", None) != "cancelled":
            self.error.show(error)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.close()
