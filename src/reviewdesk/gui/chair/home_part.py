"""The chair workspace's first pages: no panel open (open one, or a recent panel, with what
the first opening will ask for) and opening one (progress, cancel). A part of
``ChairWorkspace``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import RecentPanel
    from reviewdesk.gui.forms.ui_chair_workspace import Ui_ChairWorkspace

DigestRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    """The workspace's own strings: moved here, translated as before (context ChairWorkspace)."""
    return QCoreApplication.translate("ChairWorkspace", text)


class HomePart(QWidget):
    """The home and opening pages, mixed into ``ChairWorkspace`` (which sets these)."""

    if TYPE_CHECKING:
        ui: Ui_ChairWorkspace
        recentChosen: Any

    def show_home(self, *, identity: bool, pinned: bool, recent: list[RecentPanel]) -> None:
        ui = self.ui
        ui.recentList.clear()
        for panel in recent:
            state = _tr("finalised") if panel.finalised else _tr("open")
            item = QListWidgetItem(
                plain_item_text(
                    _tr("{round} · {panel} · version {version} ({state}) · {when}").format(
                        round=panel.round,
                        panel=panel.panel,
                        version=panel.version,
                        state=state,
                        when=f"{panel.last_opened_at.astimezone():%Y-%m-%d %H:%M}",
                    )
                )
            )
            item.setToolTip(plain_tooltip(panel.source_name))
            item.setData(DigestRole, panel.digest)
            ui.recentList.addItem(item)
        ui.recentLabel.setVisible(bool(recent))
        ui.recentList.setVisible(bool(recent))
        if not identity:
            text = _tr(
                "There is no identity on this computer yet: opening a package will help you "
                "create one or import yours."
            )
        elif not pinned:
            text = _tr("Opening a package will ask you to pin the commission's root key.")
        else:
            text = ""
        ui.identityStatus.setText(text)
        ui.identityStatus.setVisible(bool(text))
        ui.pages.setCurrentWidget(ui.homePage)
        ui.openButton.setFocus()

    def show_opening(self, name: str) -> None:
        set_plain(self.ui.openingTitle, _tr("Opening {name}…").format(name=name))
        self.ui.openingProgress.setRange(0, 0)
        self.ui.pages.setCurrentWidget(self.ui.openingPage)
        self.ui.cancelOpeningButton.setFocus()

    def set_opening_progress(self, done: int, total: int, _stage: str) -> None:
        self.ui.openingProgress.setRange(0, max(total, 1))
        self.ui.openingProgress.setValue(done)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(str(item.data(DigestRole)))
