"""The main window: a role chooser, then the chosen role's workspace.

The role workspaces arrive in their own screens; until a package is opened, every role can
browse the scoring forms the round will use.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox, QWidget

from reviewdesk import __version__
from reviewdesk.gui.first_paint import after_first_paint
from reviewdesk.gui.forms.ui_main_window import Ui_MainWindow
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.models.template_model import (
    SortRole,
    TemplateListModel,
    category_label,
    kind_label,
    pick,
)
from reviewdesk.gui.shortcuts_dialog import add_shortcuts_action
from reviewdesk.gui.tasks import run_in_background
from reviewdesk.gui.window_state import restore_window

if TYPE_CHECKING:
    from reviewdesk.core.templates.model import Template


class Role(StrEnum):
    EXPERT = "expert"
    CHAIR = "chair"
    COMMISSION = "commission"


class RoleDesk(Protocol):
    """A role's desk installed in the window (``gui/expert/controller.py``); the window only
    hands it packages, so it does not import the desks (they import the window)."""

    def open_package(self, path: Path) -> None: ...


def package_kind(path: Path) -> str | None:
    """The container's kind (``package``, ``chair-package``, …) from its kind byte, which is
    readable without a key; ``None`` when the file is not a readable container."""
    from reviewdesk.core.formats.container_index import read_index  # no age layer

    try:
        with open(path, "rb") as handle:
            return read_index(handle, path).kind.label
    except Exception:  # not a container: the expert desk says what is wrong with it
        return None


class MainWindow(QMainWindow):
    def __init__(self, translations: Translations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._translations = translations
        self.role: Role | None = None
        # A role's own desk, once installed (gui/expert/controller.py), replaces the browser.
        self.role_pages: dict[Role, Callable[[], None]] = {}
        self.expert_desk: RoleDesk | None = None
        # The chair's and the commission's desks are made when first wanted (install_later):
        # their modules take most of a second to import, which a start must not wait for.
        self._desks: dict[Role, object] = {}
        self._desk_factories: dict[Role, Callable[[], object]] = {}
        self.template_model = TemplateListModel([], chinese=self._chinese)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.template_model)
        self._proxy.setSortRole(SortRole)
        self.ui.templateTable.setModel(self._proxy)
        self.ui.templateTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.templateTable.selectionModel().selectionChanged.connect(self._show_selected)
        self.ui.formsSplitter.setSizes([560, 540])

        self._language_group = QActionGroup(self)
        for action in (self.ui.chineseAction, self.ui.englishAction):
            self._language_group.addAction(action)
        self.ui.chineseAction.setData(Language.CHINESE.value)
        self.ui.englishAction.setData(Language.ENGLISH.value)
        self._language_group.triggered.connect(self._language_chosen)

        self.ui.expertButton.clicked.connect(lambda: self.choose_role(Role.EXPERT))
        self.ui.chairButton.clicked.connect(lambda: self.choose_role(Role.CHAIR))
        self.ui.commissionButton.clicked.connect(lambda: self.choose_role(Role.COMMISSION))
        self.ui.changeRoleButton.clicked.connect(self.show_role_chooser)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self._about)
        self.shortcuts_action = add_shortcuts_action(self, self.ui.helpMenu)  # docs/UI.md
        restore_window(self, "mainWindow")  # the size and place it was left at

        self._apply_style()
        self._refresh_texts()
        self.show_role_chooser()
        after_first_paint(self.ui.pages, self._load_templates)

    @property
    def _chinese(self) -> bool:
        return self._translations.language is Language.CHINESE

    # Roles -------------------------------------------------------------------------------

    def show_role_chooser(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.rolePage)
        self.ui.expertButton.setFocus()

    def install_later(self, role: Role, make: Callable[[], object]) -> None:
        """``make()`` builds ``role``'s desk controller (which registers itself here) when
        the desk is first wanted: its role is chosen, a package of its kind opened, or the
        attribute read."""
        self._desk_factories[role] = make

    def _desk(self, role: Role) -> object | None:
        make = self._desk_factories.pop(role, None)
        if make is not None and role not in self._desks:
            make()
        return self._desks.get(role)

    @property
    def chair_desk(self) -> RoleDesk | None:  # gui/chair/controller.py
        return cast("RoleDesk | None", self._desk(Role.CHAIR))

    @chair_desk.setter
    def chair_desk(self, desk: RoleDesk | None) -> None:
        self._desks[Role.CHAIR] = desk

    @property
    def commission_desk(self) -> object | None:  # gui/commission/controller.py
        return self._desk(Role.COMMISSION)

    @commission_desk.setter
    def commission_desk(self, desk: object | None) -> None:
        self._desks[Role.COMMISSION] = desk

    def choose_role(self, role: Role) -> None:
        self.role = role
        self._refresh_texts()
        self._desk(role)  # a desk made on first use registers its page
        if role in self.role_pages:
            self.statusBar().clearMessage()  # the forms browser's note is not the desk's
            self.role_pages[role]()
            return
        self.ui.pages.setCurrentWidget(self.ui.workPage)
        self.ui.templateTable.setFocus()

    def open_package(self, path: Path) -> None:
        """Hand a package to the desk of its kind: a chair package to the chair desk,
        anything else to the expert desk (which names what is wrong with a bad file)."""
        desk = self.expert_desk
        if package_kind(path) == "chair-package" and self.chair_desk is not None:
            desk = self.chair_desk
        if desk is not None:
            desk.open_package(path)

    # Scoring forms -----------------------------------------------------------------------

    def _load_templates(self) -> None:
        self.statusBar().showMessage(self.tr("Loading scoring forms…"))
        run_in_background(
            lambda _progress, _cancel: _builtin_templates(),
            on_done=self._templates_loaded,
            on_error=self._show_error,
        )

    def _templates_loaded(self, templates: list[Template]) -> None:
        self.template_model = TemplateListModel(templates, chinese=self._chinese)
        self._proxy.setSourceModel(self.template_model)
        self.ui.templateTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        if templates:
            self.ui.templateTable.selectRow(0)
        self.statusBar().showMessage(self.tr("%n scoring form(s) loaded", "", len(templates)), 5000)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.ui.templateDetail.clear()
            return
        row = self._proxy.mapToSource(indexes[0]).row()
        self.ui.templateDetail.setHtml(self._template_html(self.template_model.template_at(row)))

    def _template_html(self, template: Template) -> str:
        import html  # not on the start-up path

        zh = self._chinese
        head = (
            self.tr("Criterion"),
            self.tr("Max"),
            self.tr("Step"),
            self.tr("Guidance"),
        )
        rows = "".join(
            f"<tr><td><b>{html.escape(c.key)}</b> {html.escape(pick(c.name, zh))}</td>"
            f"<td align='right'>{c.max_points}</td><td align='right'>{c.step}</td>"
            f"<td>{html.escape(pick(c.guidance, zh))}<br/>"
            f"<i>{html.escape(pick(c.look_at, zh))}</i></td></tr>"
            for c in template.criteria
        )
        total_label = self.tr("Total")
        fingerprint_label = self.tr("Fingerprint")
        veto_label = self.tr("Veto items")
        vetoes = "".join(
            f"<li><b>{html.escape(v.key)}</b> {html.escape(pick(v.name, zh))}</li>"
            for v in template.veto_items
        )
        return (
            f"<h3>{html.escape(pick(template.name, zh))}</h3>"
            f"<p>{html.escape(kind_label(template.kind))} · "
            f"{html.escape(category_label(template.category))} · "
            f"{html.escape(total_label)} {template.total_points} · "
            f"{html.escape(fingerprint_label)} <code>{template.sha256[:16]}</code></p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"
            f"{rows}</table>"
            f"<h4>{html.escape(veto_label)}</h4><ul>{vetoes}</ul>"
        )

    # Language ----------------------------------------------------------------------------

    def _language_chosen(self, action: QAction) -> None:
        self._translations.switch(Language(str(action.data())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._refresh_texts()
            self.template_model.set_chinese(self._chinese)
            current = self.ui.templateTable.selectionModel().selection()
            self._show_selected(current, QItemSelection())
        super().changeEvent(event)

    def _refresh_texts(self) -> None:
        self.ui.chineseAction.setChecked(self._chinese)
        self.ui.englishAction.setChecked(not self._chinese)
        titles = {
            Role.EXPERT: (
                self.tr("Expert desk"),
                self.tr(
                    "Open the review package you received to declare, read the materials and "
                    "score. Until then, here are the scoring forms."
                ),
            ),
            Role.CHAIR: (
                self.tr("Panel chair desk"),
                self.tr(
                    "Open your chair package to import the experts' score files and consolidate "
                    "the grades. Until then, here are the scoring forms."
                ),
            ),
            Role.COMMISSION: (
                self.tr("Commission desk"),
                self.tr(
                    "Set up a round from these scoring forms, build the packages and publish the "
                    "results."
                ),
            ),
        }
        if self.role is not None:
            title, hint = titles[self.role]
            self.ui.roleTitle.setText(title)
            self.ui.roleHint.setText(hint)
        self.setWindowTitle(self.tr("reviewdesk — International S&T Cooperation Base review"))
        for button in (self.ui.expertButton, self.ui.chairButton, self.ui.commissionButton):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())
        self.ui.templateTable.setAccessibleName(self.tr("Scoring forms"))
        self.ui.templateDetail.setAccessibleName(self.tr("Selected scoring form"))

    def _apply_style(self) -> None:
        title_font = self.ui.welcomeTitle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.ui.welcomeTitle.setFont(title_font)
        role_font = self.ui.roleTitle.font()
        role_font.setPointSizeF(role_font.pointSizeF() * 1.4)
        role_font.setBold(True)
        self.ui.roleTitle.setFont(role_font)

    # Errors and about ------------------------------------------------------------------------

    def _show_error(self, error: BaseException) -> None:
        summary, details = error_message(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("reviewdesk"), summary, parent=self)
        box.setDetailedText(details)
        from reviewdesk.gui.plain_text import plain_message_box

        plain_message_box(box)  # a sentence may quote a file's name
        box.open()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About reviewdesk"),
            self.tr(
                "reviewdesk %1\nOffline expert review of Beijing's International S&T "
                "Cooperation Bases."
            ).replace("%1", __version__),
        )


def _builtin_templates() -> list[Template]:
    # Imported in the worker: the schema validator would add a tenth of a second to start-up.
    from reviewdesk.core.templates.loader import builtin_templates

    return builtin_templates()
