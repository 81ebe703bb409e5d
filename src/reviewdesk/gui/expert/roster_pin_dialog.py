"""Pin the commission's root key from a roster file or from the roster inside a package
(every expert's or chair's package carries it: nothing to hunt for), after the person
compared its fingerprint with the commission's over the phone, typed the last group of each
key and said so.

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
from reviewdesk.gui.expert.standing_view import counted
from reviewdesk.gui.forms.ui_roster_pin_dialog import Ui_RosterPinDialog
from reviewdesk.gui.plain_text import set_plain
from reviewdesk.gui.tasks import run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.crypto.roster import TrustState
    from reviewdesk.core.home.first_run import RosterPreview

ROSTER_FILTER = "reviewdesk (*.json *.rdx);;*"


def _is_chair_package(path: Path) -> bool:
    """Whether the kind byte (readable without a key) says a chair package: a chair pins
    from the roster inside it as an expert does from theirs."""
    from reviewdesk.core.formats.container import ContainerKind, read_index

    try:
        with open(path, "rb") as handle:
            return read_index(handle, path).kind is ContainerKind.CHAIR_PACKAGE
    except Exception:  # unreadable: reading it as a package says what is wrong
        return False


def _chair_package_roster(path: Path, identity: Identity) -> bytes:
    from reviewdesk.core.formats.container import ContainerKind
    from reviewdesk.core.home.local_store import package_roster

    return package_roster(path, identity, kind=ContainerKind.CHAIR_PACKAGE)


class RosterPinDialog(QDialog):
    """Accepted once the trust file is written; ``pinned`` carries the new trust."""

    pinned = Signal(object)

    def __init__(
        self, trust_path: Path, parent: QWidget | None = None, *, store_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RosterPinDialog()
        self.ui.setupUi(self)
        self.trust_path = trust_path
        self.store_dir = store_dir  # the roster is kept there (the enrolment names its key)
        self.data: bytes | None = None  # the roster's bytes, from a file or a package
        self.identity: Identity | None = None  # opens a package's roster when unlocked
        self._add_phone_check()
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

    def load(self, path: Path, identity: Identity | None = None) -> None:
        """Read a roster file, or the roster inside a package (``identity`` opens it), and
        show what it says (in the background)."""
        from reviewdesk.core.fsutil import read_capped
        from reviewdesk.core.home.first_run import preview_roster_data, read_package_roster
        from reviewdesk.core.home.local_store import MAX_ROSTER_SIZE

        self.preview = None
        self.data = None
        self.ui.confirmCheck.setChecked(False)
        self.phone_edit.clear()
        self.ui.fileEdit.setText(str(path))
        self.error.clear()
        self.busy.start(self.tr("Reading the roster…"))
        self._show_preview()

        def work(_p: object, _c: object) -> tuple[bytes, RosterPreview]:
            if identity is not None and Path(path).suffix.lower() == ".rdx":
                data = (
                    _chair_package_roster(Path(path), identity)
                    if _is_chair_package(Path(path))
                    else read_package_roster(Path(path), identity)
                )
            else:
                data = read_capped(Path(path), MAX_ROSTER_SIZE)
            return data, preview_roster_data(data, Path(path))

        run_in_background(
            work, on_done=common.if_alive(self._previewed), on_error=common.if_alive(self._failed)
        )

    def _add_phone_check(self) -> None:
        """The phone check: the person types the last group the commission reads out."""
        from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit

        parent = self.ui.confirmCheck.parentWidget()
        layout = parent.layout() if parent is not None else None
        assert isinstance(layout, QBoxLayout)  # roster_pin_dialog.ui: a vertical box
        index = layout.indexOf(self.ui.confirmCheck)
        self.phone_label = QLabel(self)
        self.phone_label.setWordWrap(True)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setInputMask("")
        self.phone_edit.setMaxLength(80)
        self.phone_label.setBuddy(self.phone_edit)
        layout.insertWidget(index, self.phone_edit)
        layout.insertWidget(index, self.phone_label)
        self.phone_edit.textChanged.connect(lambda _t: self._update())
        self._phone_texts()

    def _phone_texts(self) -> None:
        self.phone_label.setText(
            self.tr(
                "Call the commission and ask them to read out the fingerprint. Then type the "
                "&last group of five digits of each key here:"
            )
        )
        self.phone_edit.setAccessibleName(self.tr("Last group of each fingerprint"))
        self.phone_edit.setPlaceholderText(self.tr("e.g. 12345"))

    def phone_confirmed(self) -> bool:
        from reviewdesk.core.home.first_run import fingerprint_confirmed

        preview = self.preview
        return preview is not None and fingerprint_confirmed(preview, self.phone_edit.text())

    def _browse(self) -> None:
        chosen = common.ask_open_file(self, self.tr("Roster file"), ROSTER_FILTER)
        if chosen is not None:
            self.load(chosen, self.identity)

    def _previewed(self, loaded: tuple[bytes, RosterPreview]) -> None:
        self.busy.stop()
        self.data, preview = loaded
        self.preview = preview
        self._show_preview()
        self.ui.rootsText.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.error.show(error)
        self._update()

    def _pin(self) -> None:
        from reviewdesk.core.home.first_run import pin_roster_data

        data = self.data
        ready = self.ui.confirmCheck.isChecked() and self.phone_confirmed()
        if self.preview is None or data is None or not ready:
            return
        path, trust_path, store = self.preview.path, self.trust_path, self.store_dir
        self.busy.start(self.tr("Pinning the root key…"))
        self._update()
        run_in_background(
            lambda _p, _c: pin_roster_data(
                data, path, trust_path, datetime.now(UTC), store_dir=store
            ),
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
                self.tr("{experts}, {chairs}").format(
                    experts=counted("%n expert", "%n experts", preview.experts),
                    chairs=counted("%n panel chair", "%n panel chairs", preview.chairs),
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
        self.phone_edit.setEnabled(ready)
        self.ui.pinButton.setEnabled(
            ready and self.ui.confirmCheck.isChecked() and self.phone_confirmed()
        )
        self.ui.browseButton.setEnabled(not self.busy.running)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._phone_texts()
            self._show_preview()
        super().changeEvent(event)
