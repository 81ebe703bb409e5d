"""The Ranking tab's way to break a tie the rules cannot separate (DESIGN §2.2.7): one button
per tied group (and per group already placed by a manual order), and the dialog where the
chair puts the group in order, writes the reason and saves it through ``ChairDesk``.

The widgets hold no rule: which applicants are tied comes from the core's ranking, and the
core decides whether an order is acceptable (a blank reason is refused with its sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.scoring import Ranking, TieRule
from reviewdesk.gui.chair import texts
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.chair.desk import ChairDesk

RefRole = Qt.ItemDataRole.UserRole + 1


def tie_groups(ranking: Ranking) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """(groups still tied, groups placed by a manual order), each best first, as the core's
    ranking reports them."""
    ordered: list[tuple[str, ...]] = []
    current: list[str] = []
    for entry in ranking.entries:
        above = entry.versus_above
        if current and above is not None and above.decided_by is TieRule.MANUAL_ORDER:
            current.append(entry.applicant_id)
            continue
        if len(current) > 1:
            ordered.append(tuple(current))
        current = [entry.applicant_id]
    if len(current) > 1:
        ordered.append(tuple(current))
    return list(ranking.unresolved_ties), ordered


class TieOrderButtons(QWidget):
    """Below the ranking: one button per tied group, one per manually ordered group."""

    chosen = Signal(tuple, bool)  # the group's applicants, whether a manual order exists

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []

    def show_ranking(self, ranking: Ranking | None, names: Mapping[str, str]) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        tied, ordered = ([], []) if ranking is None else tie_groups(ranking)
        for group, existing in [(g, False) for g in tied] + [(g, True) for g in ordered]:
            refs = "、".join(group)
            text = (
                self.tr("Change the manual order of {refs}…").format(refs=refs)
                if existing
                else self.tr("Set the order of {refs}…").format(refs=refs)
            )
            button = QPushButton(plain_item_text(text), self)
            button.setToolTip(
                plain_tooltip("\n".join(f"{ref} {names.get(ref, '')}" for ref in group))
            )
            button.clicked.connect(lambda _=False, g=group, e=existing: self.chosen.emit(g, e))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))


class TieOrderDialog(QDialog):
    """Put tied applicants in order, best first, with the reason; or remove the order."""

    ordered = Signal()  # the core recorded (or removed) the order

    def __init__(
        self,
        desk: ChairDesk,
        applicants: Sequence[str],
        names: Mapping[str, str],
        existing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.applicants = tuple(applicants)
        self.setWindowTitle(self.tr("Order of tied applicants"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        set_plain(
            intro,
            self.tr(
                "The rules cannot separate these applicants. Put them in the order the panel "
                "decided, best first, and write why."
            ),
        )
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Tied applicants, best first"))
        for ref in self.applicants:
            item = QListWidgetItem(plain_item_text(f"{ref} {names.get(ref, '')}".strip()))
            item.setData(RefRole, ref)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        moves = QHBoxLayout()
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move &down"), self)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        moves.addWidget(self.list, 1)
        column = QVBoxLayout()
        column.addWidget(self.up)
        column.addWidget(self.down)
        column.addStretch(1)
        moves.addLayout(column)
        layout.addLayout(moves)
        reason_label = QLabel(self.tr("&Reason (required):"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the order"))
        reason_label.setBuddy(self.reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove = self.buttons.addButton(
            self.tr("Remove the manual &order"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove.setVisible(existing)
        self.remove.clicked.connect(self.remove_order)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_moves()
        self.list.currentRowChanged.connect(self._update_moves)
        self.list.setFocus()

    def order(self) -> list[str]:
        return [str(self.list.item(r).data(RefRole)) for r in range(self.list.count())]

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._update_moves()

    def _update_moves(self, *_args: object) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)

    def accept(self) -> None:
        order, reason = self.order(), self.reason.toPlainText()
        if self._ask(lambda: self.desk.set_manual_order(order, reason)):
            super().accept()

    def remove_order(self) -> None:
        if self._ask(lambda: self.desk.remove_manual_order(self.applicants)):
            super().accept()

    def _ask(self, call: Callable[[], None]) -> bool:
        try:
            call()
        except Exception as error:  # the core's refusal, worded; nothing was recorded
            summary, details = error_message(error)
            set_plain(self.error, f"{texts.ALARM_MARK} {summary}", tooltip=False)
            self.error.setToolTip(plain_tooltip(details))
            self.error.show()
            return False
        self.error.hide()
        self.ordered.emit()
        return True
