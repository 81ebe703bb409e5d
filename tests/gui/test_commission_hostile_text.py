"""Text from files is shown as text in the commission desk (issue 7 item 9): a key whose name
is HTML, an applicant, an institution, a round name and a revocation reason that are HTML and
5,000 characters long — written into the commission's database past the parsers that would
refuse them — are shown literally in the tables, labels, tooltips, combo boxes and the
banner; nothing renders them; the window stays narrower than 1,300 px. And a key that is an
expert of one panel and the chair of another is listed as both."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_gui import ROUND, World, enter_desk, make_world, private_settings
from commission_world import enrol
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from reviewdesk.core.commission import roster_admin
from reviewdesk.core.crypto.public_identity import MAX_NAME_LENGTH
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.domain import Role
from reviewdesk.core.storage.models.commission import CommissionApplicant, CommissionRound
from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.models.template_model import RowRole

HTML = "<h1>X</h1><img src=file:///etc/passwd>"
HOSTILE = HTML + "长" * 5000
KEY_NAME = HTML + "钥" * (MAX_NAME_LENGTH - len(HTML))  # the longest name a key may have
WIDEST = 1300


@pytest.fixture(autouse=True)
def _settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    private_settings(monkeypatch, tmp_path_factory.mktemp("settings"))


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, applicants=8)


def hostile(world: World) -> tuple[str, str]:
    """A hostile key (expert of the park panel, institution HOSTILE) and a revoked key whose
    reason is HOSTILE; applicant A-001 and the round named HOSTILE. Returns the two keyids."""
    person = enrol(world, KEY_NAME, Role.EXPERT, ["P-park"], HOSTILE)
    revoked = next(iter(world.experts))
    roster_admin.revoke_key(world.db, revoked, reason=HOSTILE)
    with world.db.session() as session, session.begin():
        applicant = session.query(CommissionApplicant).filter_by(ref="A-001").one()
        applicant.name = applicant.institution = HOSTILE
        session.query(CommissionRound).filter_by(ref=ROUND).one().name = HOSTILE
    return person.keyid, revoked


def html_labels(root: QWidget) -> list[str]:
    """Labels that would render a text holding HTML as markup."""
    return [
        label.objectName()
        for label in root.findChildren(QLabel)
        if "<h1>" in label.text() and label.textFormat() is not Qt.TextFormat.PlainText
    ]


def model_texts(model: QAbstractItemModel, role: Qt.ItemDataRole) -> list[str]:
    return [
        str(model.data(model.index(r, c), role) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def assert_tooltips_escaped(texts: list[str]) -> None:
    for tip in texts:
        assert "<h1>" not in tip and "<img" not in tip, tip[:120]


def test_names_and_reasons_from_files_are_shown_as_text_and_never_widen_the_window(
    main_window: MainWindow, world: World, qtbot
) -> None:  # type: ignore[no-untyped-def]
    keyid, revoked = hostile(world)
    desk: CommissionWorkspace = enter_desk(main_window, world, Language.ENGLISH)
    main_window.resize(1280, 800)
    ui = desk.ui

    # The round's name in the round chooser: as text, its tooltip escaped.
    combo = ui.roundCombo
    assert HTML in combo.currentText()
    assert_tooltips_escaped(
        [str(combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole))]
    )
    assert "&lt;h1&gt;" in str(combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole))

    # Keys: the hostile key's name and institution, the revoked key's reason.
    ui.tabs.setCurrentWidget(ui.keysTab)
    keys_model = desk.keys.keys_model
    shown = model_texts(keys_model, Qt.ItemDataRole.DisplayRole)
    assert any(text.startswith(HTML) for text in shown)  # the name, literally
    assert any(HTML in text for text in shown if text.startswith("revoked: "))
    assert_tooltips_escaped(model_texts(keys_model, Qt.ItemDataRole.ToolTipRole))
    desk.keys.select(keyid)
    assert ui.keyNameLabel.text().startswith(HTML)
    assert ui.institutionEdit.text() == HOSTILE
    desk.keys.select(revoked)
    assert ui.keyStateLabel.textFormat() is Qt.TextFormat.PlainText
    assert ui.keyStateLabel.text().startswith("Revoked: " + HTML)
    assert_tooltips_escaped([ui.keyStateLabel.toolTip(), ui.keyNameLabel.toolTip()])
    # A sentence naming the key in the banner (its role saved again), as text.
    desk.keys.select(keyid)
    ui.assignButton.click()
    assert desk.banner.startswith(HTML) and "role and panels saved" in desk.banner
    assert ui.bannerLabel.textFormat() is Qt.TextFormat.PlainText

    # The round's applicants and the panel's matrix and members.
    ui.tabs.setCurrentWidget(ui.roundTab)
    applicants = model_texts(desk.setup.applicants_model, Qt.ItemDataRole.DisplayRole)
    assert sum(1 for text in applicants if text.startswith(HTML)) == 2  # name, institution
    assert_tooltips_escaped(model_texts(desk.setup.applicants_model, Qt.ItemDataRole.ToolTipRole))
    ui.tabs.setCurrentWidget(ui.panelsTab)
    desk.panels.select_panel("P-park")
    matrix = desk.panels.matrix
    rows = [
        str(matrix.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole))
        for r in range(matrix.rowCount())
    ]
    assert any(HTML in row for row in rows)
    members = [ui.membersList.item(i) for i in range(ui.membersList.count())]
    assert any(item.text().startswith(HTML) for item in members)
    assert_tooltips_escaped([item.toolTip() for item in members])

    # Nothing rendered as markup anywhere; no tab made the window wider.
    for index in range(ui.tabs.count()):
        ui.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert html_labels(main_window) == [], index
        assert main_window.minimumSizeHint().width() < WIDEST, index
        for box in main_window.findChildren(QComboBox):
            assert box.minimumSizeHint().width() < WIDEST // 2, box.objectName()
    assert main_window.width() <= 1280
    QApplication.processEvents()


def test_a_key_that_is_an_expert_of_one_panel_and_chair_of_another_is_listed_as_both(
    main_window: MainWindow, world: World
) -> None:  # type: ignore[no-untyped-def]
    person = enrol(world, "双职专家", Role.EXPERT, ["P-park"], "某大学")
    roster_admin.assign_key(
        world.db,
        person.keyid,
        section=RosterRole.EXPERT,
        panels=["P-park"],
        chair_of=["P-research"],
    )
    desk = enter_desk(main_window, world, Language.ENGLISH)
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    model = desk.keys.keys_model
    row = next(
        r for r in range(model.rowCount())
        if model.data(model.index(r, 0), RowRole).keyid == person.keyid
    )  # fmt: skip
    role = model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
    panels = model.data(model.index(row, 2), Qt.ItemDataRole.DisplayRole)
    assert role == "expert + chair"
    assert panels == "P-park; chair of P-research"
    # A key in one section only reads as before.
    other = next(r for r in range(model.rowCount()) if r != row and "专家" in str(
        model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole)))  # fmt: skip
    assert model.data(model.index(other, 1), Qt.ItemDataRole.DisplayRole) == "expert"
    desk.keys.select(person.keyid)
    assert desk.ui.keyNameLabel.text() == "双职专家 · expert + chair"
