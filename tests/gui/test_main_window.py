from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from reviewdesk.gui.i18n import Language
from reviewdesk.gui.main_window import MainWindow, Role
from reviewdesk.gui.models.template_model import RowRole, TemplateListModel


def test_window_opens_in_chinese_on_the_role_chooser(main_window: MainWindow) -> None:
    assert main_window.ui.pages.currentWidget() is main_window.ui.rolePage
    assert main_window.ui.expertButton.text() == "评审专家"
    assert "国际科技合作基地" in main_window.windowTitle()


@pytest.mark.parametrize(
    ("button", "role", "desk"),
    [
        ("expertButton", Role.EXPERT, "expert_desk"),
        ("chairButton", Role.CHAIR, "chair_desk"),
        ("commissionButton", Role.COMMISSION, "commission_desk"),
    ],
)
def test_choosing_a_role_shows_its_own_desk(
    main_window: MainWindow, qtbot, button: str, role: Role, desk: str
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(getattr(main_window.ui, button), Qt.MouseButton.LeftButton)
    assert main_window.role is role
    shown = main_window.ui.pages.currentWidget()
    assert shown is getattr(main_window, desk).workspace
    assert shown is not main_window.ui.workPage and shown is not main_window.ui.rolePage


def test_the_commission_desk_starts_on_its_home_tab_in_chinese(
    main_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: main_window.template_model.rowCount() > 0)  # its note on the status bar
    qtbot.mouseClick(main_window.ui.commissionButton, Qt.MouseButton.LeftButton)
    workspace = main_window.commission_desk.workspace  # type: ignore[attr-defined]
    assert workspace.ui.tabs.currentWidget() is workspace.ui.homeTab
    assert "评分表" not in main_window.statusBar().currentMessage()  # the forms browser's note
    qtbot.mouseClick(workspace.ui.changeRoleButton, Qt.MouseButton.LeftButton)
    assert main_window.ui.pages.currentWidget() is main_window.ui.rolePage


def test_language_switches_at_run_time_and_back(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.choose_role(Role.EXPERT)
    main_window.ui.englishAction.trigger()
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: main_window.ui.expertButton.text() == "Expert")
    assert main_window.ui.roleTitle.text() == "Expert desk"
    assert main_window.template_model.headerData(2, Qt.Orientation.Horizontal) == "Form"
    main_window.ui.chineseAction.trigger()
    qtbot.waitUntil(lambda: main_window.ui.expertButton.text() == "评审专家")
    assert main_window.ui.roleTitle.text() == "评审专家工作台"
    assert main_window._translations.language is Language.CHINESE


def test_role_buttons_have_accessible_names(main_window: MainWindow) -> None:
    for button in (main_window.ui.expertButton, main_window.ui.chairButton):
        assert button.accessibleName() == button.text()
        assert button.accessibleDescription()


def test_template_model_passes_the_model_tester(main_window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: TemplateListModel = main_window.template_model
    qtmodeltester.check(model)
    template = model.data(model.index(0, 0), RowRole)
    assert len(template.criteria) == int(model.data(model.index(0, 3)))


def test_the_chair_and_commission_desks_are_not_loaded_before_they_are_wanted() -> None:
    """Their modules import the database layer and most of the core (a second at start):
    a window that opens as an expert must not wait for them."""
    code = (
        "import sys\n"
        "from reviewdesk.gui.app import build_main_window, create_application\n"
        "from reviewdesk.gui.main_window import Role\n"
        "window = build_main_window(create_application([]))\n"
        "print(sorted({m.split('.')[2] for m in sys.modules if m.startswith('reviewdesk.gui.')"
        " and m.split('.')[2] in ('chair', 'commission')}))\n"
        "window.choose_role(Role.CHAIR)\n"
        "loaded = 'reviewdesk.gui.chair.controller' in sys.modules\n"
        "print(type(window.chair_desk).__name__, loaded)\n"
    )
    assert fresh_interpreter(code)[:2] == ["[]", "ChairDeskController True"]


def test_the_database_layer_is_not_loaded_before_the_first_window() -> None:
    """SQLAlchemy and Alembic take ~0.7 s to import: the window is painted first, the desk
    imports them while it opens its package (the home's file names must not pull them in)."""
    code = (
        "import sys\n"
        "from reviewdesk.gui.app import build_main_window, create_application\n"
        "window = build_main_window(create_application([]))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
    )
    assert fresh_interpreter(code)[-1] == "[]"


def fresh_interpreter(code: str) -> list[str]:
    """The lines ``code`` prints when run offscreen in a new Python (what a start loads)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True, timeout=120)  # fmt: skip
    return out.stdout.splitlines()
