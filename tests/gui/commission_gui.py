"""The commission desk over a round made by ``tests/commission_world.py`` (keys, roster,
applicants, panels and a proposal), for the GUI tests and screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from commission_world import ROUND, World, make_world

from reviewdesk.gui.commission.workspace import CommissionWorkspace
from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow, Role

__all__ = ["ROUND", "World", "enter_desk", "make_world", "settle"]


def settle(app: QApplication | None = None) -> None:
    app = app or QApplication.instance()  # type: ignore[assignment]
    for _ in range(5):
        app.processEvents()  # type: ignore[union-attr]


def enter_desk(
    window: MainWindow, world: World, language: Language | None = Language.ENGLISH
) -> CommissionWorkspace:
    """The commission role chosen, the world's database open, its operational key unlocked;
    the desk in ``language`` (the tests read the English source; None: as it is)."""
    if language is not None:
        window._translations.switch(language)
    window.choose_role(Role.COMMISSION)
    desk = window.commission_desk
    workspace: CommissionWorkspace = desk.workspace  # type: ignore[attr-defined]
    workspace.set_database(world.db, world.root)
    workspace.operator = world.operator
    workspace.choose_round(ROUND)
    return workspace


def finished_round(root: Path, applicants: int = 8) -> tuple[World, object, list[Path]]:
    """A round built, scored by every expert and finalised by every chair (the result
    bundles not yet imported): as ``tests/core/test_commission_round_results.py`` does."""
    from datetime import timedelta

    from commission_world import CATEGORIES, NOW, PANELS
    from core.test_commission_round_results import score
    from core.test_commission_round_results import settle as settle_panel

    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.commission import round_setup
    from reviewdesk.core.commission.building import build_round
    from reviewdesk.core.commission.roster_publish import current_roster
    from reviewdesk.core.crypto.roster import TrustState
    from reviewdesk.core.formats.package import open_package
    from reviewdesk.core.storage import Database

    world = make_world(root, applicants=applicants)
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    built = build_round(world.db, ROUND, root / "out", world.operator, now=NOW)
    published = current_roster(world.db)
    assert published is not None
    trust = TrustState.pin([r.public for r in world.roots], 2)
    bundles = []
    for category in CATEGORIES:
        panel = PANELS[category]
        (root / "scores" / panel).mkdir(parents=True, exist_ok=True)
        files = []
        for issued in built.packages:
            if issued.panel == panel and issued.kind == "package":
                expert = world.experts[issued.recipient.keyid]
                opened = open_package(issued.path, expert, published.roster)
                files.append(
                    score(world, opened, root / "scores" / panel / f"{expert.keyid[:8]}.rdx")
                )
        chair_file = next(
            p.path for p in built.packages if p.panel == panel and p.kind == "chair-package"
        )
        db = Database.open(path=root / f"chair-{panel}.sqlite3")
        desk = ChairDesk.open(
            db, world.chairs[category], chair_file, trust=trust,
            store_dir=root / f"store-{panel}", now=NOW + timedelta(days=1),
        )  # fmt: skip
        desk.import_files(files, now=NOW + timedelta(days=5))
        for entry in desk.package.details.applicants:
            desk.set_panel_opinion(entry.ref, f"{entry.name}：专家组意见一致。")
        settle_panel(desk)
        bundles.append(desk.finalise(root / "results", now=NOW + timedelta(days=10)).bundle)
        db.close()
    return world, built, bundles


def private_settings(monkeypatch, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The desk's QSettings in ``folder`` for one test: nothing reaches the person's own
    settings, nothing of one test reaches the next."""
    from PySide6.QtCore import QSettings

    import reviewdesk.gui.commission.controller as controller
    import reviewdesk.gui.commission.workspace as workspace

    path = str(folder / "settings.ini")

    def settings() -> QSettings:
        return QSettings(path, QSettings.Format.IniFormat)

    monkeypatch.setattr(workspace, "QSettings", settings)
    monkeypatch.setattr(controller, "QSettings", settings)
