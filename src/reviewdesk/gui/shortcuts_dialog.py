"""Help → Keyboard shortcuts: every shortcut of the screen on show, read from the actions
themselves (so the list cannot fall behind the code), and the keys that are not actions
(Tab, Enter, Esc, the underlined letters)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The class of the widget an action belongs to → the heading it is listed under.
_SECTIONS = (
    ("ExpertWorkspace", "Expert desk"),
    ("ChairWorkspace", "Panel chair desk"),
    ("CommissionWorkspace", "Commission desk"),
    ("ScoringForm", "Score sheet"),
    ("PdfPane", "Materials: the document"),
    ("PdfSearchBar", "Materials: the document"),
    ("ImagePane", "Materials: the image"),
    ("MaterialsViewer", "Materials"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def _other_keys() -> list[tuple[str, str]]:
    return [
        (_tr("Tab, Shift+Tab"), _tr("Next or previous field")),
        (_tr("Enter on an applicant"), _tr("Declare, or go to its score sheet")),
        (_tr("Enter in a search field"), _tr("Next result (Shift+Enter: previous)")),
        (_tr("Esc in a search field"), _tr("Back to the document, or clear the search")),
        (_tr("Alt + underlined letter"), _tr("The button or field with that letter")),
    ]


def _owner(action: QAction) -> QWidget | None:
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu):
            return owner
    parent = action.parent()
    return parent if isinstance(parent, QWidget) else None


def _section(owner: QWidget | None) -> str:
    widget = owner
    while widget is not None:
        for class_name, heading in _SECTIONS:
            if widget.metaObject().className() == class_name or type(widget).__name__ == class_name:
                return _tr(heading)
        widget = widget.parentWidget()
    return _tr("Window")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(section, keys, what it does) for every action with a shortcut that works now: the
    menus' actions, and the actions of widgets on screen."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.isVisible():
            continue
        owner = _owner(action)
        in_menu = any(isinstance(o, QMenu) for o in action.associatedObjects())
        if not in_menu and (owner is None or not owner.isVisible()):
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        if (shown, text) in seen or not text:
            continue
        seen.add((shown, text))
        rows.append((_tr("Window") if in_menu else _section(owner), shown, text))
    order = [_tr("Window")] + [_tr(h) for _c, h in _SECTIONS]
    rows.sort(key=lambda r: (order.index(r[0]) if r[0] in order else len(order), r[1]))
    rows += [(_tr("Everywhere"), keys, text) for keys, text in _other_keys()]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)
        self.fill()

    def fill(self) -> None:
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.intro.setText(_tr("The keys that work on the screen you are on."))
        self.tree.setHeaderLabels([_tr("Keys"), _tr("What they do")])
        self.tree.clear()
        heading: QTreeWidgetItem | None = None
        for section, keys, text in shortcut_rows(self.window_):
            if heading is None or heading.text(0) != section:
                heading = QTreeWidgetItem(self.tree, [section])
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setFirstColumnSpanned(True)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(self.tree, [keys, text])

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, (keys, text) per line (headings have no text)."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(i.text(0), i.text(1)) for i in items if i is not None]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.fill()
        super().changeEvent(event)


def add_shortcuts_action(window: QMainWindow, menu: QMenu) -> QAction:
    """Help → Keyboard shortcuts… (Ctrl+/), opening the list for the screen on show."""
    action = QAction(window)
    action.setShortcut(QKeySequence("Ctrl+/"))
    action.setMenuRole(QAction.MenuRole.NoRole)

    def retranslate() -> None:
        action.setText(_tr("&Keyboard shortcuts…"))

    def show() -> None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(show)
    retranslate()
    window.addAction(action)
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    window.installEventFilter(_Retranslator(window, retranslate))
    return action


class _Retranslator(QObject):
    def __init__(self, window: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(window)
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
