"""The list "Still missing" of the chair's workspace: what stops finalising, each item taking
the chair to where it is settled (a flag or veto on the Decide tab, the ranking's tie
buttons, the paper-sheet dialog, or the alarm's note). A part of ``ChairWorkspace``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from reviewdesk.gui.chair import texts
from reviewdesk.gui.expert import common
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.chair.views import DeskBlocker, PanelInfo
    from reviewdesk.gui.chair.decision_panel import DecisionPanel
    from reviewdesk.gui.chair.tie_order_dialog import TieOrderButtons
    from reviewdesk.gui.forms.ui_chair_workspace import Ui_ChairWorkspace

BlockerRole = Qt.ItemDataRole.UserRole + 2


def _tr(text: str, n: int = -1) -> str:
    """The workspace's own strings: moved here, translated as before (context ChairWorkspace)."""
    return QCoreApplication.translate("ChairWorkspace", text, None, n)


class MissingListPart(QWidget):
    """The missing list's handling, mixed into ``ChairWorkspace`` (which sets these)."""

    if TYPE_CHECKING:
        ui: Ui_ChairWorkspace
        desk: ChairDesk | None
        info: PanelInfo | None
        names: dict[str, str]
        blockers: list[DeskBlocker]
        decisions: DecisionPanel
        tie_buttons: TieOrderButtons
        dialog: QWidget | None
        notice: Any

        def select_applicant(self, ref: str) -> bool: ...
        def show_paper_sheet(
            self, applicant: str | None = None, expert: str | None = None
        ) -> None: ...
        def refresh(self) -> None: ...

    def _show_blockers(self) -> None:
        from reviewdesk.gui.chair.blockers import blocker_text

        ui = self.ui
        ui.missingList.clear()
        for blocker in self.blockers:
            text = f"{texts.OPEN_MARK} {blocker_text(blocker, self.names, self.info)}"
            item = QListWidgetItem(plain_item_text(text))
            item.setData(BlockerRole, blocker)
            item.setToolTip(plain_tooltip(text))
            ui.missingList.addItem(item)
        if self.blockers:
            ui.missingSummary.setText(
                _tr("%n item(s) stop finalising. Choose one to go to it.", len(self.blockers))
            )
        else:
            ui.missingSummary.setText(_tr("Nothing is missing: the panel can be finalised."))
        ui.lowerTabs.setTabText(0, _tr("Still missing ({n})").format(n=len(self.blockers)))

    def _blocker_activated(self, item: QListWidgetItem) -> None:
        blocker = item.data(BlockerRole)
        if blocker is not None:
            self.go_to_blocker(blocker)

    def go_to_blocker(self, blocker: DeskBlocker) -> None:
        """Take the chair to where a blocker is settled."""
        kind = str(blocker.kind)
        if kind == "equivocation-alarm":
            self.resolve_alarm(blocker)
            return
        if kind == "paper-sheet-superseded":
            self.show_paper_sheet(blocker.applicant, blocker.expert)
            return
        if kind in ("unresolved-tie", "ranking-problem"):
            self.ui.lowerTabs.setCurrentWidget(self.ui.rankingTab)
            buttons = self.tie_buttons.buttons
            (buttons[0] if buttons else self.ui.rankingText).setFocus()
            return
        if kind == "finalised":
            self.notice.emit(_tr("This version is finalised: reopen it to change it."))
            return
        if blocker.applicant is None or not self.select_applicant(blocker.applicant):
            return
        self.ui.detailTabs.setCurrentWidget(self.ui.decideTab)
        if kind == "undecided-veto":
            self.decisions.select_veto(blocker.subject)
        elif kind == "unresolved-flag":
            if not self.decisions.select_flag(blocker.subject):
                self.decisions.focus_grade()
        else:
            self.decisions.focus_grade()

    def resolve_alarm(self, blocker: DeskBlocker) -> None:
        from PySide6.QtWidgets import QInputDialog

        desk = self.desk
        if desk is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            _tr("Two versions of one revision"),
            _tr(
                "{expert} signed two different files as revision {revision}. Write how this "
                "was settled (e.g. which file the expert confirms):"
            ).format(
                expert=self.names.get(blocker.expert or "", blocker.expert or ""),
                revision=blocker.detail.get("revision", "?"),
            ),
        )
        if not ok:
            return
        try:
            desk.resolve_alarm(int(blocker.subject), note)
        except Exception as error:
            self.dialog = common.show_error(self, _tr("reviewdesk"), error)
            return
        self.refresh()
