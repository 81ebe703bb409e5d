"""Pin the commission's root key from a roster file, after the person compared its
fingerprint with the commission's, group by group, and said so.

``first_run.preview_roster`` reads the file (checking only that its own roots signed it);
``first_run.pin_roster`` writes the trust file. Both run in the background.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.common import Busy, ErrorLine, fingerprint_lines
from reviewdesk.gui.forms.ui_roster_pin_dialog import Ui_RosterPinDialog
from reviewdesk.gui.plain_text import set_plain
from reviewdesk.gui.tasks import run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.crypto.roster import TrustState
    from reviewdesk.core.home.first_run import RosterPreview

ROSTER_FILTER = "JSON (*.json);;*"


class RosterPinDialog(QDialog):
    """Accepted once the trust file is written; ``pinned`` carries the new trust."""

    pinned = Signal(object)

    def __init__(self, trust_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterPinDialog()
        self.ui.setupUi(self)
        self.trust_path = trust_path
        self.preview: RosterPreview | None = None
        self.trust: TrustState | None = None
        self.error = ErrorLine(self.ui.errorLabel, self.ui.detailsButton)
        self.busy = Busy(self.ui.busyBar, self.ui.busyLabel)
        common.scale_font(self.ui.titleLabel, 1.4, bold=True)
        common.fixed_font(self.ui.rootsText, 1.2)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.confirmCheck.toggled.connect(lambda _on: self._update())
        self.ui.pinButton.clicked.connect(self._pin)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._show_preview()
        self.ui.browseButton.setFocus()

    def load(self, path: Path) -> None:
        """Read a roster file and show what it says (in the background)."""
        from reviewdesk.core.home.first_run import preview_roster

        self.preview = None
        self.ui.confirmCheck.setChecked(False)
        self.ui.fileEdit.setText(str(path))
        self.error.clear()
        self.busy.start(self.tr("Reading the roster…"))
        self._show_preview()
        run_in_background(
            lambda _p, _c: preview_roster(path),
            on_done=common.if_alive(self._previewed),
            on_error=common.if_alive(self._failed),
        )

    def _browse(self) -> None:
        chosen = common.ask_open_file(self, self.tr("Roster file"), ROSTER_FILTER)
        if chosen is not None:
            self.load(chosen)

    def _previewed(self, preview: RosterPreview) -> None:
        self.busy.stop()
        self.preview = preview
        self._show_preview()
        self.ui.rootsText.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.error.show(error)
        self._update()

    def _pin(self) -> None:
        from reviewdesk.core.home.first_run import pin_roster

        if self.preview is None or not self.ui.confirmCheck.isChecked():
            return
        path, trust_path = self.preview.path, self.trust_path
        self.busy.start(self.tr("Pinning the root key…"))
        self._update()
        run_in_background(
            lambda _p, _c: pin_roster(path, trust_path, datetime.now(UTC)),
            on_done=common.if_alive(self._pinned),
            on_error=common.if_alive(self._failed),
        )

    def _pinned(self, trust: TrustState) -> None:
        self.busy.stop()
        self.trust = trust
        self.pinned.emit(trust)
        self.accept()

    def _show_preview(self) -> None:
        preview = self.preview
        ui = self.ui
        ui.previewBox.setEnabled(preview is not None)
        if preview is None:
            for label in (ui.rosterValue, ui.validValue, ui.membersValue):
                label.clear()
            ui.rootsText.clear()
        else:
            set_plain(  # the roster's label comes from the file
                ui.rosterValue,
                self.tr("{label}, version {version}").format(
                    label=preview.label, version=preview.version
                ),
            )
            ui.validValue.setText(
                self.tr("from {start} until {end}").format(
                    start=f"{preview.issued_at.astimezone():%Y-%m-%d}",
                    end=f"{preview.expires_at.astimezone():%Y-%m-%d}",
                )
            )
            ui.membersValue.setText(
                self.tr("{experts} experts, {chairs} panel chairs").format(
                    experts=preview.experts, chairs=preview.chairs
                )
            )
            needed = self.tr("{threshold} of {count} root keys must sign.").format(
                threshold=preview.threshold, count=len(preview.roots)
            )
            blocks = [
                f"{root.name}\n{fingerprint_lines(root.fingerprint)}" for root in preview.roots
            ]
            ui.rootsText.setPlainText("\n\n".join([*blocks, needed]))
        ui.rootsText.setAccessibleName(ui.rootsCaption.text())
        self._update()

    def _update(self) -> None:
        ready = self.preview is not None and not self.busy.running
        self.ui.confirmCheck.setEnabled(ready)
        self.ui.pinButton.setEnabled(ready and self.ui.confirmCheck.isChecked())
        self.ui.browseButton.setEnabled(not self.busy.running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_preview()
        super().changeEvent(event)
