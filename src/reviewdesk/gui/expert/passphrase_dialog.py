"""Unlock the identity once per session: the passphrase opens the identity file (scrypt,
about a second) in the background; a wrong one is said in place and may be typed again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.common import Busy, ErrorLine
from reviewdesk.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from reviewdesk.gui.plain_text import set_plain
from reviewdesk.gui.tasks import run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.crypto.identity import Identity


class PassphraseDialog(QDialog):
    """Accepted with ``identity`` set once the passphrase opened the file."""

    unlocked = Signal(object)

    def __init__(
        self,
        identity_path: Path,
        *,
        purpose: str = "",
        demo_readme: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.identity_path = identity_path
        self.purpose = purpose  # e.g. the package about to open
        self.demo_readme = demo_readme  # a demo's passphrases are public: say where
        self.identity: Identity | None = None
        self.error = ErrorLine(self.ui.errorLabel, self.ui.detailsButton)
        self.busy = Busy(self.ui.busyBar, self.ui.busyLabel)
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passphraseEdit.textChanged.connect(lambda _t: self._update())
        self._retranslate()
        self.ui.passphraseEdit.setFocus()

    def _unlock(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase or self.busy.running:
            return
        path = self.identity_path

        def work(_progress: object, _cancel: object) -> Identity:
            from reviewdesk.core.crypto.identity import load_identity

            return load_identity(path, passphrase)

        self.error.clear()
        self.busy.start(self.tr("Opening your identity…"))
        self._update()
        run_in_background(
            work, on_done=common.if_alive(self._unlocked), on_error=common.if_alive(self._failed)
        )

    def _unlocked(self, identity: Identity) -> None:
        self.busy.stop()
        self.identity = identity
        self.ui.passphraseEdit.clear()
        self.unlocked.emit(identity)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.error.show(error)
        self._update()
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    def _update(self) -> None:
        busy = self.busy.running
        self.ui.passphraseEdit.setEnabled(not busy)
        self.ui.unlockButton.setEnabled(bool(self.ui.passphraseEdit.text()) and not busy)

    def _retranslate(self) -> None:
        if self.purpose:
            intro = self.tr("Enter your passphrase to open {what}.").format(what=self.purpose)
        else:
            intro = self.tr("Enter your passphrase to unlock your identity for this session.")
        self.ui.introLabel.setText(intro)
        set_plain(
            self.ui.identityLabel, self.tr("Identity file: {path}").format(path=self.identity_path)
        )
        if self.demo_readme is not None:
            self.ui.hintLabel.setText(
                self.tr(
                    "This is the demo: its passphrases are public, printed by “reviewdesk demo” "
                    "and written in {readme}."
                ).format(readme=self.demo_readme)
            )
        self.ui.hintLabel.setVisible(self.demo_readme is not None)
        self.ui.passphraseEdit.setAccessibleName(self.tr("Passphrase"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
