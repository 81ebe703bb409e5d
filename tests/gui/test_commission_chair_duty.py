"""A person who scores in one panel and chairs another, on the commission desk: the keys
page shows and keeps the chair duty when the key is saved, and the panels page offers that
expert as a chair (never of a panel they score in: the core's sentence is said)."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_gui import ROUND, World, enter_desk, make_world, private_settings

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import roster_admin
from reviewdesk.core.commission.keys import KeyRecord, list_keys
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.domain import Category
from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.main_window import MainWindow

PARK, RESEARCH = "P-park", "P-research"


@pytest.fixture(autouse=True)
def _settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    private_settings(monkeypatch, tmp_path_factory.mktemp("settings"))


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, applicants=8)


def _key(world: World, keyid: str) -> KeyRecord:
    return next(k for k in list_keys(world.db) if k.keyid == keyid)


def _park_expert_chairing_research(world: World) -> KeyRecord:
    """An expert of the park panel who also chairs the research panel (set in the core)."""
    expert = _key(world, world.panel_experts[Category.PARK][0])
    assert expert.section is RosterRole.EXPERT and PARK in expert.panels
    return roster_admin.assign_key(
        world.db, expert.keyid, section=RosterRole.EXPERT, panels=list(expert.panels),
        chair_of=[RESEARCH], expected_version=expert.version,
    )  # fmt: skip


def test_saving_an_expert_who_chairs_another_panel_keeps_the_chair_duty(
    main_window: MainWindow, world: World
) -> None:
    expert = _park_expert_chairing_research(world)
    desk: CommissionWorkspace = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    desk.keys.select(expert.keyid)
    field = desk.findChild(type(desk.ui.panelsEdit), "chairOfEdit")
    assert field is not None and field.isVisibleTo(desk)
    assert field.text() == RESEARCH  # prefilled from the key's record
    assert desk.ui.panelsEdit.nextInFocusChain() is field  # Tab reaches it after the panels
    assert "expert + chair" in desk.ui.keyNameLabel.text()

    desk.ui.institutionEdit.setText("新单位")
    desk.ui.assignButton.click()
    assert "role and panels saved" in desk.banner
    stored = _key(world, expert.keyid)
    assert stored.institution == "新单位"
    assert stored.chair_of == (RESEARCH,) and stored.panels == expert.panels  # nothing lost
    assert desk.keys.current().chair_of == (RESEARCH,)
    assert field.text() == RESEARCH

    # The field gives a chair duty and takes it away again.
    field.setText(f"{RESEARCH}、P-platform")
    desk.ui.assignButton.click()
    assert _key(world, expert.keyid).chair_of == ("P-platform", RESEARCH)
    field.clear()
    desk.ui.assignButton.click()
    assert _key(world, expert.keyid).chair_of == ()
    assert "expert + chair" not in desk.ui.keyNameLabel.text()


def test_chairing_a_panel_one_scores_in_is_refused_with_the_core_sentence(
    main_window: MainWindow, world: World
) -> None:
    expert = _key(world, world.panel_experts[Category.PARK][0])
    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.keysTab)
    desk.keys.select(expert.keyid)
    desk.findChild(type(desk.ui.panelsEdit), "chairOfEdit").setText(PARK)
    desk.ui.assignButton.click()
    assert "cannot be both an expert and the chair of panel P-park" in desk.banner
    assert _key(world, expert.keyid).chair_of == ()


def test_the_panels_page_offers_an_expert_who_chairs_another_panel_as_chair(
    main_window: MainWindow, world: World
) -> None:
    expert = _park_expert_chairing_research(world)
    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.panelsTab)
    desk.panels.reload()
    combo = desk.ui.chairCombo

    desk.panels.select_panel(RESEARCH)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert expert.keyid in offered  # an expert elsewhere, a chair here
    assert world.chairs[Category.RESEARCH].keyid in offered  # the chairs still offered
    combo.setCurrentIndex(offered.index(expert.keyid))
    desk.ui.savePeopleButton.click()
    research = next(p for p in panel_service.panels(world.db, ROUND) if p.ref == RESEARCH)
    assert research.chair == expert.keyid
    assert combo.currentData() == expert.keyid  # shown as saved

    # In the panel they score in, the core refuses them as chair, and the desk says why.
    desk.panels.select_panel(PARK)
    before = next(p for p in panel_service.panels(world.db, ROUND) if p.ref == PARK)
    offered = [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(offered.index(expert.keyid))
    desk.ui.savePeopleButton.click()
    assert "cannot chair panel P-park and score in it as an expert too" in desk.banner
    after = next(p for p in panel_service.panels(world.db, ROUND) if p.ref == PARK)
    assert after.chair == before.chair == world.chairs[Category.PARK].keyid


def test_a_chair_whose_duty_ended_stays_shown_and_saving_says_why(
    main_window: MainWindow, world: World
) -> None:
    expert = _park_expert_chairing_research(world)
    research = next(p for p in panel_service.panels(world.db, ROUND) if p.ref == RESEARCH)
    panel_service.set_panel_people(
        world.db, ROUND, RESEARCH, members=list(research.members), chair=expert.keyid,
        expected_version=research.version,
    )  # fmt: skip
    roster_admin.assign_key(  # the chair duty ended meanwhile
        world.db, expert.keyid, section=RosterRole.EXPERT, panels=list(expert.panels),
        expected_version=expert.version,
    )  # fmt: skip
    desk = enter_desk(main_window, world)
    desk.ui.tabs.setCurrentWidget(desk.ui.panelsTab)
    desk.panels.reload()
    desk.panels.select_panel(RESEARCH)
    assert desk.ui.chairCombo.currentData() == expert.keyid  # not silently "—"
    desk.ui.savePeopleButton.click()
    assert "is not listed as chair" in desk.banner
    after = next(p for p in panel_service.panels(world.db, ROUND) if p.ref == RESEARCH)
    assert after.chair == expert.keyid
