"""First run: create an identity (with a live passphrase-strength hint) or import one, show
its fingerprint and export the enrolment request for the commission.

Everything it decides comes from ``core.home.first_run``; making the keys (scrypt, about a
second) and importing run through ``run_in_background`` behind a busy indicator.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.common import Busy, ErrorLine, fingerprint_lines
from reviewdesk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from reviewdesk.gui.plain_text import set_plain
from reviewdesk.gui.tasks import Work, run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.home.first_run import Strength
    from reviewdesk.core.home.settings import Home

IDENTITY_FILTER = "age (*.age);;*"


class FirstRunDialog(QDialog):
    """Emits ``identityReady`` with the unlocked identity once it is created or imported;
    accepted when the person continues from the fingerprint page."""

    identityReady = Signal(object)

    def __init__(
        self,
        home: Home,
        *,
        work_factor: int | None = None,
        replace: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.home = home
        self.work_factor = work_factor  # None: the core's default (2^18)
        self.identity: Identity | None = None
        self.enrolment_path: Path | None = None
        self.pin_dialog: QDialog | None = None  # pinning before the request is saved
        # Replace the identity here by the one a package was made for (the old one kept).
        self.replace = replace
        self._imported = False
        self.error = ErrorLine(self.ui.errorLabel, self.ui.detailsButton)
        self.busy = Busy(self.ui.busyBar, self.ui.busyLabel)
        common.scale_font(self.ui.titleLabel, 1.4, bold=True)
        common.fixed_font(self.ui.fingerprintLabel, 1.3)

        self.ui.createButton.clicked.connect(lambda: self._go(self.ui.createPage))
        self.ui.importButton.clicked.connect(lambda: self._go(self.ui.importPage))
        self.ui.backButton.clicked.connect(lambda: self._go(self.ui.choosePage))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.primaryButton.clicked.connect(self._primary)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.exportButton.clicked.connect(self._export)
        self.ui.nameEdit.textChanged.connect(lambda _t: self._update_buttons())
        self.ui.passphraseEdit.textChanged.connect(lambda _t: self._passphrase_edited())
        self.ui.repeatEdit.textChanged.connect(lambda _t: self._passphrase_edited())
        self.ui.fileEdit.textChanged.connect(lambda _t: self._update_buttons())
        self._retranslate()
        self._go(self.ui.importPage if replace else self.ui.choosePage)

    # Pages ------------------------------------------------------------------------------

    def _go(self, page: QWidget) -> None:
        self.error.clear()
        self.ui.pages.setCurrentWidget(page)
        first = {
            self.ui.choosePage: self.ui.createButton,
            self.ui.createPage: self.ui.nameEdit,
            self.ui.importPage: self.ui.fileEdit,
            self.ui.donePage: self.ui.exportButton,
        }[page]
        first.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.ui.pages.currentWidget()
        busy = self.busy.running
        ui = self.ui
        ui.backButton.setVisible(page in (ui.createPage, ui.importPage))
        ui.cancelButton.setVisible(page is not ui.donePage)
        ui.primaryButton.setVisible(page is not ui.choosePage)
        texts: dict[QWidget | None, str] = {
            ui.createPage: self.tr("&Create identity"),
            ui.importPage: self.tr("&Import"),
            ui.donePage: self.tr("C&ontinue"),
        }
        ui.primaryButton.setText(texts.get(page, ""))
        filled: dict[QWidget | None, bool] = {
            ui.createPage: bool(ui.nameEdit.text().strip()),
            ui.importPage: bool(ui.fileEdit.text().strip()),
        }
        ready = filled.get(page, True)
        ui.primaryButton.setEnabled(ready and not busy)
        ui.backButton.setEnabled(not busy)
        for widget in (ui.createPage, ui.importPage):
            widget.setEnabled(not busy)

    def _primary(self) -> None:
        page = self.ui.pages.currentWidget()
        if page is self.ui.createPage:
            self._create()
        elif page is self.ui.importPage:
            self._import()
        elif page is self.ui.donePage:
            self.accept()

    # Create -----------------------------------------------------------------------------

    def _passphrase_edited(self) -> None:
        from reviewdesk.core.home.first_run import passphrase_strength

        text = self.ui.passphraseEdit.text()
        strength = passphrase_strength(text)
        self.ui.strengthBar.setValue(min(strength.bits, self.ui.strengthBar.maximum()))
        self.ui.strengthLabel.setText(self._strength_text(strength) if text else "")
        self.ui.strengthBar.setAccessibleName(self.ui.strengthLabel.text())
        repeat = self.ui.repeatEdit.text()
        if not repeat:
            self.ui.matchLabel.clear()
        elif repeat == text:
            self.ui.matchLabel.setText(self.tr("✓ The two passphrases match."))
        else:
            self.ui.matchLabel.setText(self.tr("✗ The two passphrases differ."))

    def _strength_text(self, strength: Strength) -> str:
        """Words for the core's estimate (the bar beside it is only a picture of them)."""
        levels = {
            "weak": self.tr("Strength: weak (about {bits} bits)"),
            "fair": self.tr("Strength: fair (about {bits} bits)"),
            "strong": self.tr("Strength: strong (about {bits} bits)"),
        }
        why = {
            "too-short": self.tr("too short"),
            "common": self.tr("a well-known password"),
            "repetitive": self.tr("repeats or runs of characters"),
            "one-kind": self.tr("one kind of character only"),
        }
        line = levels[strength.level.value].format(bits=strength.bits)
        said = [why[r] for r in strength.reasons if r in why]
        return line + (
            self.tr(" — {reasons}").format(reasons=self.tr(", ").join(said)) if said else ""
        )

    def _create(self) -> None:
        from reviewdesk.core.errors import InputError

        if self.ui.passphraseEdit.text() != self.ui.repeatEdit.text():
            self.error.show(InputError("passphrase-mismatch", self.home.identity_path))
            self.ui.repeatEdit.setFocus()
            return
        name = self.ui.nameEdit.text().strip()
        role = str(self.ui.roleCombo.currentData())
        passphrase = self.ui.passphraseEdit.text()
        path, work_factor = self.home.identity_path, self.work_factor

        def work(_progress: object, _cancel: object) -> Identity:
            from reviewdesk.core.crypto.age_keys import DEFAULT_SCRYPT_LOG_N
            from reviewdesk.core.home import first_run as first_run

            factor = DEFAULT_SCRYPT_LOG_N if work_factor is None else work_factor
            return first_run.create_identity(name, role, passphrase, path, work_factor=factor)

        self._run(work, self.tr("Making your keys and protecting them with your passphrase…"))

    # Import -----------------------------------------------------------------------------

    def _browse(self) -> None:
        chosen = common.ask_open_file(self, self.tr("Identity file"), IDENTITY_FILTER)
        if chosen is not None:
            self.ui.fileEdit.setText(str(chosen))
            self.ui.importPassphraseEdit.setFocus()

    def _import(self) -> None:
        src = Path(self.ui.fileEdit.text().strip())
        passphrase = self.ui.importPassphraseEdit.text()
        home, replace = self.home, self.replace
        dest = home.identity_path

        def work(_progress: object, _cancel: object) -> Identity:
            from reviewdesk.core.home import first_run as first_run

            if replace:
                return first_run.replace_identity(src, passphrase, home)
            return first_run.import_identity(src, passphrase, dest)

        self._imported = True
        self._run(work, self.tr("Opening the identity file with your passphrase…"))

    # Both -------------------------------------------------------------------------------

    def _run(self, work: Work, busy_text: str) -> None:
        self.error.clear()
        self.busy.start(busy_text)
        self._update_buttons()
        run_in_background(
            work, on_done=common.if_alive(self._ready), on_error=common.if_alive(self._failed)
        )

    def _ready(self, identity: Identity) -> None:
        self.busy.stop()
        self.identity = identity
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        self.ui.importPassphraseEdit.clear()
        self._show_done()
        self._go(self.ui.donePage)
        self.identityReady.emit(identity)

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self._imported = False
        self._update_buttons()
        self.error.show(error)

    def _show_done(self) -> None:
        identity = self.identity
        if identity is None:
            return
        text = (
            self.tr("Your identity “{name}” was imported. Its file: {path}")
            if self._imported
            else self.tr("Your identity “{name}” was created. Its file: {path}")
        )
        set_plain(self.ui.doneLabel, text.format(name=identity.name, path=self.home.identity_path))
        self.ui.fingerprintLabel.setText(fingerprint_lines(identity.public.fingerprint_groups))
        self.ui.fingerprintLabel.setAccessibleName(
            self.tr("Fingerprint: {digits}").format(digits=identity.public.fingerprint)
        )

    def _export(self) -> None:
        """A proven request (format /2): it proves the X25519 key to the commission's key
        from the pinned roster, which is pinned first when it is not yet."""
        from reviewdesk.core.home.first_run import enrolment_verifier

        identity = self.identity
        if identity is None:
            return
        verifier = enrolment_verifier(self.home)
        if verifier is None:
            self._pin_first()
            return
        suggested = Path.home() / f"enrolment-{identity.name}.json"
        dest = common.ask_save_file(
            self, self.tr("Save the enrolment request"), suggested, "JSON (*.json);;*"
        )
        if dest is None:
            return

        def work(_progress: object, _cancel: object) -> Path:
            from reviewdesk.core.home.first_run import export_enrolment

            return export_enrolment(identity, dest, verifier=verifier)

        self.busy.start(self.tr("Writing the enrolment request…"))
        run_in_background(
            work, on_done=common.if_alive(self._exported), on_error=common.if_alive(self._failed)
        )

    def _pin_first(self) -> None:
        from reviewdesk.gui.expert.roster_pin_dialog import RosterPinDialog

        self.ui.exportedLabel.setText(
            self.tr(
                "Your request must prove your key to the commission's key. First pin the "
                "commission's keys from the roster they gave you; the request is saved next."
            )
        )
        dialog = RosterPinDialog(self.home.trust_path, self, store_dir=self.home.store_dir)
        dialog.identity = self.identity
        dialog.accepted.connect(self._export)
        self.pin_dialog = dialog
        dialog.open()

    def _exported(self, path: Path) -> None:
        self.busy.stop()
        self.enrolment_path = path
        self.ui.exportedLabel.setText(self.tr("Enrolment request saved: {path}").format(path=path))

    # Language ---------------------------------------------------------------------------

    def _retranslate(self) -> None:
        from reviewdesk.gui.expert.texts import role_label

        combo = self.ui.roleCombo
        current = combo.currentIndex()
        combo.clear()
        for role in ("expert", "chair", "commission"):
            combo.addItem(role_label(role), role)
        combo.setCurrentIndex(max(current, 0))
        self.ui.fingerprintLabel.setAccessibleDescription(self.ui.fingerprintCaption.text())
        if self.ui.passphraseEdit.text():
            self._passphrase_edited()
        self._show_done()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
