"""Private notes on one applicant (issue 9 §7), in a window of their own labelled as
private: only the expert reads them; the core keeps them encrypted to the expert's own key
(``core/expert/notes.py``) and never puts them into a score file or a PDF. Saved a moment
after typing stops, and on closing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.standing_view import date_time_text
from reviewdesk.gui.forms.ui_private_notes_dialog import Ui_PrivateNotesDialog
from reviewdesk.gui.plain_text import set_plain

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import ExpertDesk

_SAVE_AFTER_MS = 800


class PrivateNotesDialog(QDialog):
    def __init__(
        self, desk: ExpertDesk, ref: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrivateNotesDialog()
        self.ui.setupUi(self)
        self.desk, self.ref, self.name = desk, ref, name
        self.saved_at: datetime | None = None
        self._dirty = False
        common.scale_font(self.ui.titleLabel, 1.2, bold=True)
        self.ui.privateLabel.setStyleSheet(
            "QLabel { background: palette(tool-tip-base); border: 1px solid palette(mid);"
            " padding: 6px; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        try:
            self.ui.noteEdit.setPlainText(desk.read_note(ref))
        except Exception as error:  # a note that does not open: said, never overwritten
            self.ui.noteEdit.setReadOnly(True)
            common.show_error(self, self.windowTitle(), error)
        self.ui.noteEdit.textChanged.connect(self._edited)
        self.ui.closeButton.clicked.connect(self.accept)
        self._retranslate()
        self.ui.noteEdit.setFocus()

    def _edited(self) -> None:
        self._dirty = True
        self.ui.savedLabel.setText(self.tr("Not saved yet…"))
        self._timer.start()

    def save(self) -> bool:
        """Encrypt and store the note now; False (and said) when the core refused it."""
        self._timer.stop()
        if not self._dirty or self.ui.noteEdit.isReadOnly():
            return True
        try:
            now = datetime.now(UTC)
            self.desk.save_note(self.ref, self.ui.noteEdit.toPlainText(), now)
        except Exception as error:
            common.show_error(self, self.windowTitle(), error)
            return False
        self._dirty = False
        self.saved_at = now
        self.ui.savedLabel.setText(
            self.tr("Saved, encrypted, {time}").format(time=date_time_text(now))
        )
        return True

    def done(self, result: int) -> None:
        if self.save():
            super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save():
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Private notes — {ref}").format(ref=self.ref))
        set_plain(
            self.ui.titleLabel,
            self.tr("My private notes on {ref} {name}").format(ref=self.ref, name=self.name),
        )
        self.ui.noteEdit.setAccessibleName(self.tr("Private notes, only for you"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
