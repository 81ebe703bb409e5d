"""First run of the expert desk: create or import an identity, export the enrolment request,
pin the commission root after confirming its fingerprint (issue 4 item 1)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from expert_gui import type_chinese, type_text
from expert_world import PASSPHRASE, make_world, people
from PySide6.QtCore import Qt

from reviewdesk.core.crypto.age_keys import MIN_SCRYPT_LOG_N
from reviewdesk.core.crypto.identity import (
    load_identity,
    read_enrolment_request,
    verify_enrolment_x25519,
)
from reviewdesk.core.crypto.roster import load_trust
from reviewdesk.core.home.settings import Home
from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.first_run_dialog import FirstRunDialog
from reviewdesk.gui.expert.roster_pin_dialog import RosterPinDialog

pytestmark = pytest.mark.usefixtures("english")
GROUPS = re.compile(r"^(\d{5}\s+){11}\d{5}$")


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "home")


@pytest.fixture
def dialog(qtbot, home: Home) -> FirstRunDialog:  # type: ignore[no-untyped-def]
    widget = FirstRunDialog(home, work_factor=MIN_SCRYPT_LOG_N)  # the lowest a person may use
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill_create_page(qtbot, dialog: FirstRunDialog, passphrase: str, repeat: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pages.currentWidget() is dialog.ui.createPage
    type_chinese(dialog.ui.nameEdit, "王建国")
    type_text(qtbot, dialog.ui.passphraseEdit, passphrase)
    type_text(qtbot, dialog.ui.repeatEdit, repeat)


def test_a_new_identity_shows_its_fingerprint_in_digit_groups(
    qtbot, dialog: FirstRunDialog, home: Home
) -> None:  # type: ignore[no-untyped-def]
    fill_create_page(qtbot, dialog, "river lantern 42 autumn!", "river lantern 42 autumn!")
    assert dialog.ui.roleCombo.currentData() == "expert"
    dialog.ui.primaryButton.click()
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=10_000)
    identity = dialog.identity
    assert identity is not None and identity.name == "王建国"
    shown = dialog.ui.fingerprintLabel.text()
    assert GROUPS.match(" ".join(shown.split()))
    assert shown.split() == list(identity.public.fingerprint_groups)
    assert len(shown.splitlines()) == 3  # four groups a line, to read aloud
    assert load_identity(home.identity_path, "river lantern 42 autumn!").keyid == identity.keyid


def test_the_strength_hint_says_in_words_what_the_core_estimates(
    qtbot, dialog: FirstRunDialog
) -> None:  # type: ignore[no-untyped-def]
    fill_create_page(qtbot, dialog, "abc", "")
    weak = dialog.ui.strengthLabel.text()
    assert "weak" in weak and "too short" in weak
    dialog.ui.passphraseEdit.clear()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "Lantern-river 42 autumn, slowly")
    assert "strong" in dialog.ui.strengthLabel.text()
    assert dialog.ui.strengthBar.accessibleName() == dialog.ui.strengthLabel.text()


def test_two_different_passphrases_write_nothing(qtbot, dialog: FirstRunDialog, home: Home) -> None:  # type: ignore[no-untyped-def]
    fill_create_page(qtbot, dialog, "river lantern 42", "river lantern 43")
    assert "differ" in dialog.ui.matchLabel.text()
    dialog.ui.primaryButton.click()
    assert dialog.error.text == "The two passphrases differ; nothing was written."
    assert not home.identity_path.exists()


def test_the_enrolment_request_is_exported_where_the_person_chooses(
    qtbot, dialog: FirstRunDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fill_create_page(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    dialog.ui.primaryButton.click()
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=10_000)
    dest = tmp_path / "usb" / "enrolment.json"
    dest.parent.mkdir()
    monkeypatch.setattr(common, "ask_save_file", lambda *_a: dest)
    dialog.ui.exportButton.click()
    # Nothing pinned yet: the commission's keys are pinned first, then the request is saved.
    pin = dialog.pin_dialog
    assert isinstance(pin, RosterPinDialog) and pin.isVisible()
    assert "prove your key" in dialog.ui.exportedLabel.text()
    world = make_world(tmp_path / "world", identity=False, pinned=False)
    pin.load(world.roster_file)
    qtbot.waitUntil(lambda: pin.preview is not None, timeout=10_000)
    pin.ui.confirmCheck.setChecked(True)
    assert not pin.ui.pinButton.isEnabled()  # the digits read on the phone are still missing
    pin.phone_edit.setText(pin.preview.roots[0].fingerprint[-1])
    pin.ui.pinButton.click()
    qtbot.waitUntil(lambda: dialog.enrolment_path == dest, timeout=10_000)
    request = read_enrolment_request(dest.read_bytes(), dest)
    assert dialog.identity is not None
    assert request.identity.keyid == dialog.identity.keyid
    assert request.x25519_proof is not None  # format /2: the commission can accept it
    verify_enrolment_x25519(request, people()["operator"], dest)
    assert str(dest) in dialog.ui.exportedLabel.text()


def test_an_identity_file_is_imported_after_a_wrong_passphrase_was_said_in_place(
    qtbot, dialog: FirstRunDialog, home: Home, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "other", pinned=False)
    dialog.ui.importButton.click()
    dialog.ui.fileEdit.setText(str(world.home.identity_path))
    qtbot.keyClicks(dialog.ui.importPassphraseEdit, "not it")
    dialog.ui.primaryButton.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text), timeout=10_000)
    assert "passphrase" in dialog.error.text and "wrong" in dialog.error.text
    assert dialog.ui.detailsButton.isVisible()  # the technical detail stays one click away
    assert "identity-bad-passphrase" in dialog.error.details
    assert not home.identity_path.exists()
    dialog.ui.importPassphraseEdit.setText(PASSPHRASE)
    dialog.ui.primaryButton.click()
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=10_000)
    assert dialog.identity is not None and dialog.identity.keyid == people()["expert"].keyid
    assert "imported" in dialog.ui.doneLabel.text()
    assert home.identity_path.read_bytes() == world.home.identity_path.read_bytes()


def test_the_root_is_pinned_only_after_its_fingerprint_was_confirmed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = make_world(tmp_path / "w", pinned=False)
    trust_path = world.home.trust_path
    dialog = RosterPinDialog(trust_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.pinButton.isEnabled()
    dialog.load(world.roster_file)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    root = people()["root"].public
    shown = dialog.ui.rootsText.toPlainText()
    assert root.name in shown
    assert " ".join(shown.split()).find(" ".join(root.fingerprint_groups)) >= 0
    assert not dialog.ui.pinButton.isEnabled()  # an explicit confirmation is required
    dialog.ui.confirmCheck.setChecked(True)
    assert not dialog.ui.pinButton.isEnabled()  # and the last group read on the phone
    assert dialog.preview is not None
    dialog.phone_edit.setText("00000")
    assert not dialog.ui.pinButton.isEnabled()
    dialog.phone_edit.setText(dialog.preview.roots[0].fingerprint[-1])
    assert dialog.ui.pinButton.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.pinButton.click()
    assert [r.keyid for r in load_trust(trust_path).roots] == [root.keyid]


def test_a_file_that_is_not_a_roster_is_said_and_nothing_is_pinned(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "roster.json"
    bogus.write_text("{ not a roster", encoding="utf-8")
    dialog = RosterPinDialog(tmp_path / "trust.json")
    qtbot.addWidget(dialog)
    dialog.load(bogus)
    qtbot.waitUntil(lambda: bool(dialog.error.text), timeout=10_000)
    assert str(bogus) in dialog.error.text
    assert "Traceback" not in dialog.error.text
    assert not dialog.ui.confirmCheck.isEnabled() and not dialog.ui.pinButton.isEnabled()
    assert not (tmp_path / "trust.json").exists()
