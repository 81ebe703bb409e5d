"""Keys and roster: the keys the commission knows (role, panels, fingerprint in groups,
revoked with the reason), enrolment requests imported with their fingerprint to read back by
phone, role and panels assigned, keys revoked with a reason, the roster's history, and a new
roster version signed one root key at a time ("2 of 3 signatures")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.gui.commission import texts
from reviewdesk.gui.commission.common import (
    Desk,
    EmptyHint,
    Page,
    ask_file,
    ask_files,
    ask_new_passphrase,
    ask_save,
    fit_scroll_width,
    selected_record,
    setup_table,
)
from reviewdesk.gui.commission.models import HistoryModel, KeysModel, seats_label
from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.standing_view import roomy
from reviewdesk.gui.plain_text import keep_narrow, plain_message_box, set_plain, shown_text

if TYPE_CHECKING:
    from reviewdesk.core.commission.keys import KeyRecord
    from reviewdesk.core.commission.roster_signing import SigningStatus
    from reviewdesk.core.crypto.identity import Identity

MAX_REQUEST_FILE = 64 * 1024  # as the CLI: commands/commission.MAX_REQUEST_FILE
SECTIONS: tuple[str | None, ...] = (None, "root", "operational", "audit", "chair", "expert")
_PANEL_SPLIT = re.compile(r"[\s,，、;；]+")


class KeysPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        ui = self.ui
        self.keys_model = KeysModel(self)
        self.keys_proxy = setup_table(
            ui.keysTable, self.keys_model, stretch=0, widths={1: 17, 2: 17, 3: 28, 4: 20}
        )
        self.history_model = HistoryModel(self)
        setup_table(
            ui.historyTable, self.history_model, stretch=3, widths={0: 11, 1: 14, 2: 34, 4: 25}
        )
        common.fixed_font(ui.fingerprintLabel, 1.2)
        for label in (ui.keyNameLabel, ui.keyStateLabel, ui.signStatusLabel, ui.fingerprintLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
            keep_narrow(label)
        for label in (ui.keyNameLabel, ui.keyStateLabel, ui.signStatusLabel):
            label.setWordWrap(True)  # names and reasons from files: wrapped, never wider
        common.scale_font(ui.keyNameLabel, 1.2, bold=True)
        char = ui.keysTable.fontMetrics().averageCharWidth()
        ui.keyDetailScroll.setMinimumWidth(char * 40)
        ui.keysSplitter.setStretchFactor(0, 3)
        ui.keysSplitter.setStretchFactor(1, 2)
        ui.keysLeftSplitter.setStretchFactor(0, 3)
        ui.keysLeftSplitter.setStretchFactor(1, 1)
        # The panels an expert chairs besides (KeyRecord.chair_of), kept on every save.
        self.chair_of_label = QLabel(ui.assignGroup)
        self.chair_of_edit = QLineEdit(ui.assignGroup)
        self.chair_of_edit.setObjectName("chairOfEdit")
        self.chair_of_label.setBuddy(self.chair_of_edit)
        ui.assignForm.insertRow(2, self.chair_of_label, self.chair_of_edit)
        QWidget.setTabOrder(ui.panelsEdit, self.chair_of_edit)  # Tab goes down the form
        QWidget.setTabOrder(self.chair_of_edit, ui.institutionEdit)
        self._label_chair_of()
        self._fill_sections()
        ui.keysTable.selectionModel().selectionChanged.connect(self._selected)
        ui.importRequestsButton.clicked.connect(self._import_clicked)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.assignButton.clicked.connect(self.assign)
        ui.revokeButton.clicked.connect(self.revoke)
        ui.draftButton.clicked.connect(self.draft)
        ui.signButton.clicked.connect(self._sign_clicked)
        ui.rootCountSpin.valueChanged.connect(ui.thresholdSpin.setMaximum)
        ui.createRootsButton.clicked.connect(self._create_roots_clicked)
        ui.createOperationalButton.clicked.connect(
            lambda: self._create_own_clicked(RosterRole.OPERATIONAL)
        )
        ui.createAuditButton.clicked.connect(lambda: self._create_own_clicked(RosterRole.AUDIT))
        self.show_key(None)
        self.keys_hint = EmptyHint(ui.keysTable)
        self.history_hint = EmptyHint(ui.historyTable)
        self._hints()
        fit_scroll_width(ui.keyDetailScroll)  # the detail pane scrolls down, never sideways

    def _hints(self) -> None:
        self.keys_hint.set_text(
            self.tr(
                "No key yet. Make the root keys and the commission's own keys (on the right, "
                "below), then import the experts' and chairs' enrolment requests."
            )
        )
        self.history_hint.set_text(
            self.tr("No roster version yet: draft one and sign it with the root keys.")
        )

    def _fill_sections(self) -> None:
        combo = self.ui.sectionCombo
        current = combo.currentIndex()
        combo.clear()
        for section in SECTIONS:
            combo.addItem(texts.section_label(section), section)
        combo.setCurrentIndex(max(current, 0))

    def _label_chair_of(self) -> None:
        self.chair_of_label.setText(self.tr("Chair o&f:"))
        self.chair_of_edit.setPlaceholderText(
            self.tr("panels this expert also chairs (never one they score in)")
        )
        self.chair_of_edit.setToolTip(
            self.tr(
                "An expert may chair other panels than the ones they score in. Saving keeps "
                "the panels written here; clear the field to end the chair duty."
            )
        )

    def retranslate(self) -> None:
        self._label_chair_of()
        self._fill_sections()
        self.keys_model.retranslate()
        self.history_model.retranslate()
        self.show_key(self.current())
        self._hints()
        fit_scroll_width(self.ui.keyDetailScroll)

    # Reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.desk.db
        if db is None:
            return
        from reviewdesk.core.commission.keys import list_keys
        from reviewdesk.core.commission.roster_publish import current_draft, roster_history

        keep = self.current()
        self.keys_model.set_records(list_keys(db))
        self.history_model.set_records(roster_history(db))
        draft = current_draft(db)
        self._sign_status(None if draft is None else draft[1])
        self.select(None if keep is None else keep.keyid)
        self.desk.refresh_round()  # the roster's status on the home tab

    def current(self) -> KeyRecord | None:
        record: KeyRecord | None = selected_record(self.ui.keysTable)
        return record

    def select(self, keyid: str | None) -> None:
        view = self.ui.keysTable
        for row in range(self.keys_proxy.rowCount()):
            index = self.keys_proxy.index(row, 0)
            if (
                keyid is not None
                and self.keys_model.record(self.keys_proxy.mapToSource(index).row()).keyid == keyid
            ):
                view.selectRow(row)
                return
        view.clearSelection()
        self.show_key(None)

    def _selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self.show_key(self.current())

    def show_key(self, key: KeyRecord | None) -> None:
        ui = self.ui
        for widget in (ui.assignGroup, ui.confirmGroup, ui.revokeGroup):
            widget.setEnabled(key is not None and not key.revoked)
        if key is None:
            ui.keyNameLabel.setText(self.tr("Choose a key in the list."))
            ui.fingerprintLabel.clear()
            ui.keyStateLabel.clear()
            self.chair_of_edit.clear()
            return
        set_plain(ui.keyNameLabel, f"{key.name} · {seats_label(key)}", max_px=None)
        ui.fingerprintLabel.setText(texts.fingerprint_groups(key.fingerprint))
        ui.fingerprintLabel.setAccessibleName(key.fingerprint)
        if key.revoked:
            state = self.tr("Revoked: {reason}").format(reason=key.revoke_reason or "")
        elif key.confirmed:
            state = self.tr("Fingerprint confirmed by {who}.").format(who=key.confirmed_by)
        else:
            state = self.tr(
                "Not confirmed: read this fingerprint back with its holder by phone, then "
                "confirm it."
            )
        set_plain(ui.keyStateLabel, state)  # a revocation reason or a name, as text
        index = SECTIONS.index(_section(key)) if _section(key) in SECTIONS else 0
        ui.sectionCombo.setCurrentIndex(index)
        ui.panelsEdit.setText(" ".join(key.panels))
        self.chair_of_edit.setText(" ".join(key.chair_of))
        ui.institutionEdit.setText(key.institution)
        ui.emailEdit.setText(key.email)
        ui.confirmButton.setEnabled(not key.confirmed)

    # Changes ---------------------------------------------------------------------------------

    def _change(self, work: Any) -> KeyRecord | None:
        record: KeyRecord | None = self.desk.act(work, reload=self.reload)
        if record is not None:
            self.reload()
            self.select(record.keyid)
        return record

    def confirm(self) -> None:
        key, db = self.current(), self.desk.db
        if key is None or db is None:
            return
        from reviewdesk.core.commission import roster_admin

        by = self.ui.confirmedByEdit.text()
        if self._change(
            lambda: roster_admin.confirm_key(db, key.keyid, by=by, expected_version=key.version)
        ):
            self.desk.say(self.tr("{name}: fingerprint confirmed.").format(name=key.name))

    def assign(self) -> None:
        key, db = self.current(), self.desk.db
        if key is None or db is None:
            return
        from reviewdesk.core.commission import roster_admin

        data = self.ui.sectionCombo.currentData()
        section = None if data is None else RosterRole(str(data))
        panels = [p for p in _PANEL_SPLIT.split(self.ui.panelsEdit.text()) if p]
        chair_of = [p for p in _PANEL_SPLIT.split(self.chair_of_edit.text()) if p]
        institution, email = self.ui.institutionEdit.text(), self.ui.emailEdit.text()
        if self._change(
            lambda: roster_admin.assign_key(
                db,
                key.keyid,
                section=section,
                panels=panels,
                institution=institution,
                email=email,
                expected_version=key.version,
                chair_of=chair_of,
            )
        ):
            self.desk.say(self.tr("{name}: role and panels saved.").format(name=key.name))

    def revoke(self) -> None:
        key, db = self.current(), self.desk.db
        if key is None or db is None:
            return
        from reviewdesk.core.commission import roster_admin

        reason = self.ui.reasonEdit.text()
        if self._change(
            lambda: roster_admin.revoke_key(
                db, key.keyid, reason=reason, expected_version=key.version
            )
        ):
            self.ui.reasonEdit.clear()
            self.desk.say(
                self.tr("{name} is revoked; the next roster version lists it.").format(
                    name=key.name
                )
            )

    # Enrolment requests ------------------------------------------------------------------

    def _import_clicked(self) -> None:
        paths = ask_files(
            self.desk.window(),
            self.tr("Enrolment requests"),
            self.tr("Enrolment requests (*.json);;All files (*)"),
        )
        if paths:
            self.desk.with_operator(lambda identity: self.import_requests(paths, identity))

    def import_requests(self, paths: list[Path], commission: Identity) -> None:
        db = self.desk.db
        if db is None:
            return
        from reviewdesk.core.commission import roster_admin
        from reviewdesk.core.errors import ReviewdeskError
        from reviewdesk.core.fsutil import open_input

        def work(_p: Any, cancel: Any) -> list[tuple[Path, Any]]:
            out: list[tuple[Path, Any]] = []
            for path in paths:
                cancel.raise_if_cancelled()
                try:
                    with open_input(path) as handle:
                        data = handle.read(MAX_REQUEST_FILE + 1)
                    out.append(
                        (path, roster_admin.import_enrolment(db, data, commission, path=path))
                    )
                except ReviewdeskError as error:
                    out.append((path, error))
            return out

        self.desk.background("enrol", work, on_done=self._imported)

    def _imported(self, results: list[tuple[Path, Any]]) -> None:
        from reviewdesk.core.errors import ReviewdeskError

        self.reload()
        lines: list[str] = []
        first: str | None = None
        for _path, outcome in results:
            if isinstance(outcome, ReviewdeskError):
                summary, _ = common.error_message(outcome)
                lines.append(summary)
                continue
            record, new = outcome
            first = first or record.keyid
            state = "" if new else self.tr(" (already imported)")
            lines.append(
                self.tr("{name}{state} — fingerprint to read back by phone:\n{groups}").format(
                    name=shown_text(record.name),
                    state=state,
                    groups=texts.fingerprint_groups(record.fingerprint),
                )
            )
        if first is not None:
            self.select(first)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Enrolment requests"),
            "\n\n".join(lines),
            parent=self.desk.window(),
        )
        roomy(plain_message_box(box))  # plain labels may shrink: the box kept readable
        self.desk.dialog = box
        box.open()

    # The commission's own keys -------------------------------------------------------------

    def _suggested(self, name: str) -> Path:
        return (self.desk.workdir or Path.home()) / name

    def _create_roots_clicked(self) -> None:
        count, threshold = self.ui.rootCountSpin.value(), self.ui.thresholdSpin.value()
        paths: list[Path] = []
        passphrases: list[str] = []
        for n in range(1, count + 1):
            title = self.tr("Root key {n} of {count}: a file on its own medium").format(
                n=n, count=count
            )
            path = ask_save(self.desk.window(), title, self._suggested(f"root-{n}.age"), "*.age")
            if path is None:
                return
            passphrase = ask_new_passphrase(self.desk.window(), title)
            if passphrase is None:
                return
            paths.append(path)
            passphrases.append(passphrase)
        self.create_roots(paths, passphrases, threshold)

    def create_roots(self, paths: list[Path], passphrases: list[str], threshold: int) -> None:
        db = self.desk.db
        if db is None:
            return
        from reviewdesk.core.commission.keys import create_root_keys

        factor, insecure = _work_factor(self.desk)
        self.desk.say(self.tr("Making the root keys…"))
        self.desk.background(
            "keys",
            lambda _p, _c: create_root_keys(
                db,
                paths,
                passphrases,
                threshold=threshold,
                work_factor=factor,
                insecure_test=insecure,
            ),
            on_done=lambda made: self._made(
                self.tr(
                    "{count} root keys made; {threshold} must sign each roster. Keep each "
                    "file on its own medium, apart from the others."
                ).format(count=len(made), threshold=threshold)
            ),
        )

    def _create_own_clicked(self, section: RosterRole) -> None:
        name = self.ui.ownKeyNameEdit.text().strip()
        if not name:
            self.desk.say(self.tr("Write the key holder's name first."))
            self.ui.ownKeyNameEdit.setFocus()
            return
        title = (
            self.tr("The operational key file")
            if section is RosterRole.OPERATIONAL
            else self.tr("The audit key file")
        )
        path = ask_save(self.desk.window(), title, self._suggested(f"{section.value}.age"), "*.age")
        if path is None:
            return
        passphrase = ask_new_passphrase(self.desk.window(), title)
        if passphrase is not None:
            self.create_own(section, name, path, passphrase)

    def create_own(self, section: RosterRole, name: str, path: Path, passphrase: str) -> None:
        db = self.desk.db
        if db is None:
            return
        from reviewdesk.core.commission.keys import create_commission_key

        factor, insecure = _work_factor(self.desk)

        def done(record: KeyRecord) -> None:
            if section is RosterRole.OPERATIONAL and not self.ui.operatorEdit.text().strip():
                self.ui.operatorEdit.setText(str(path))
            self._made(
                self.tr("{name}: key made in {path}; its fingerprint is shown here.").format(
                    name=record.name, path=path
                )
            )
            self.select(record.keyid)

        self.desk.background(
            "keys",
            lambda _p, _c: create_commission_key(
                db,
                path,
                passphrase,
                name=name,
                section=section,
                work_factor=factor,
                insecure_test=insecure,
            ),
            on_done=done,
        )

    def _made(self, text: str) -> None:
        self.reload()
        self.desk.say(text)

    def update_enabled(self) -> None:
        busy = self.running("keys")
        for button in (
            self.ui.createRootsButton,
            self.ui.createOperationalButton,
            self.ui.createAuditButton,
        ):
            button.setEnabled(not busy)

    # The roster ------------------------------------------------------------------------------

    def draft(self) -> None:
        db = self.desk.db
        if db is None:
            return
        from reviewdesk.core.commission import roster_publish

        label = self.ui.rosterNoteEdit.text().strip() or self.tr("Roster")
        made = self.desk.act(
            lambda: roster_publish.draft_roster(db, label=label), reload=self.reload
        )
        if made is not None:
            self.reload()
            self._sign_status(made[1])

    def _sign_status(self, status: SigningStatus | None) -> None:
        """The draft's signatures, naming the root keys that signed (names from files)."""
        text = "" if status is None else self.desk.signing_text(status)
        set_plain(self.ui.signStatusLabel, text)

    def _sign_clicked(self) -> None:
        path = ask_file(
            self.desk.window(),
            self.tr("A root key file"),
            self.tr("Key files (*.age);;All files (*)"),
        )
        if path is not None:
            self.desk.unlock(
                path, self.tr("a root key"), lambda identity: _ignore(self.sign_with(identity))
            )

    def sign_with(self, identity: Identity) -> SigningStatus | None:
        db = self.desk.db
        if db is None:
            return None
        from reviewdesk.core.commission import roster_publish

        signed = self.desk.act(lambda: roster_publish.sign_draft(db, identity), reload=self.reload)
        if signed is None:
            return None
        data, status = signed
        self.reload()
        self._sign_status(status)
        if status.complete:
            self._write_roster(status.roster.version, data)
        return status

    def _write_roster(self, version: int, data: bytes) -> None:
        """The published roster beside the database, as the CLI writes it."""
        folder = self.desk.workdir
        if folder is None:
            return
        from reviewdesk.core.fsutil import atomic_write

        (folder / "roster").mkdir(parents=True, exist_ok=True)
        path = folder / "roster" / f"roster-v{version}.json"
        atomic_write(path, data)
        self.desk.say(
            self.tr("Roster version {version} published: {path}").format(version=version, path=path)
        )


def _work_factor(desk: Desk) -> tuple[int, bool]:
    """The scrypt factor for key files made here: the core's default unless the desk was
    started with one (demos and tests, which may go below the minimum)."""
    from reviewdesk.core.crypto.age_keys import DEFAULT_SCRYPT_LOG_N, MIN_SCRYPT_LOG_N

    factor = getattr(desk, "work_factor", None) or DEFAULT_SCRYPT_LOG_N
    return factor, factor < MIN_SCRYPT_LOG_N


def _section(key: KeyRecord) -> str | None:
    return None if key.section is None else key.section.value


def _ignore(_value: object) -> None:
    """A dialog's callback returns nothing."""
