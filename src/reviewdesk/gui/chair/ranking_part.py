"""The ranking tab of the chair's workspace: the ranking with its explanation, and a button
per tie the rules leave, opening the dialog that puts the tied group in order. A part of
``ChairWorkspace``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reviewdesk.core.formats.text_rules import escape_for_display
from reviewdesk.gui.chair.tie_order_dialog import TieOrderDialog

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk
    from reviewdesk.core.chair.views import PanelInfo, PanelMatrix
    from reviewdesk.gui.chair.matrix_model import MatrixRow
    from reviewdesk.gui.chair.tie_order_dialog import TieOrderButtons
    from reviewdesk.gui.forms.ui_chair_workspace import Ui_ChairWorkspace


class RankingPart(QWidget):
    """The ranking's handling, mixed into ``ChairWorkspace`` (which sets these)."""

    if TYPE_CHECKING:
        ui: Ui_ChairWorkspace
        desk: ChairDesk | None
        info: PanelInfo | None
        panel: PanelMatrix | None
        rows: list[MatrixRow]
        tie_buttons: TieOrderButtons
        dialog: QWidget | None

        def refresh(self) -> None: ...

    def _show_ranking(self) -> None:
        from reviewdesk.gui.chair.blockers import ranking_text

        if self.panel is None or self.info is None:
            return
        text = ranking_text(self.panel.ranking, self.rows, self.info)  # applicants' names
        self.ui.rankingText.setPlainText(escape_for_display(text, multiline=True))
        self.tie_buttons.show_ranking(self.panel.ranking, {r.ref: r.name for r in self.rows})

    def show_tie_order(self, applicants: tuple[str, ...], existing: bool) -> None:
        """The dialog that puts a tied group in order (or removes its manual order)."""
        if self.desk is None:
            return
        names = {row.ref: row.name for row in self.rows}
        dialog = TieOrderDialog(self.desk, applicants, names, existing, self)
        dialog.ordered.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
