"""Help → Keyboard shortcuts: every shortcut of the screen on show, read from the actions
themselves (so the list cannot fall behind the code), and the keys that are not actions
(Tab, Enter, Esc, the underlined letters)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
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
    ("ExpertWorkspace", QT_TRANSLATE_NOOP("ShortcutsDialog", "Expert desk")),
    ("ChairWorkspace", QT_TRANSLATE_NOOP("ShortcutsDialog", "Panel chair desk")),
    ("CommissionWorkspace", QT_TRANSLATE_NOOP("ShortcutsDialog", "Commission desk")),
    ("ScoringForm", QT_TRANSLATE_NOOP("ShortcutsDialog", "Score sheet")),
    ("PdfPane", QT_TRANSLATE_NOOP("ShortcutsDialog", "Materials: the document")),
    ("PdfSearchBar", QT_TRANSLATE_NOOP("ShortcutsDialog", "Materials: the document")),
    ("ImagePane", QT_TRANSLATE_NOOP("ShortcutsDialog", "Materials: the image")),
    ("MaterialsViewer", QT_TRANSLATE_NOOP("ShortcutsDialog", "Materials")),
)
_OTHER_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next or previous field"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter on an applicant"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Declare, or go to its score sheet"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter in a search field"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next result (Shift+Enter: previous)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc in a search field"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the document, or clear the search"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "The button or field with that letter"),
    ),
)


def _tr(text: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP above, translated now."""
    return QCoreApplication.translate("ShortcutsDialog", str(text))


def _window() -> str:
    return QCoreApplication.translate("ShortcutsDialog", "Window")


def _owner(action: QAction) -> QWidget | None:
    """The widget whose screen the action belongs to: its parent (the desks make their
    actions with the desk as parent), else the first widget it was added to."""
    parent = action.parent()
    if isinstance(parent, QWidget) and not isinstance(parent, QMenu):
        return parent
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu):
            return owner
    return None


def _section(owner: QWidget | None) -> str:
    widget = owner
    while widget is not None:
        for class_name, heading in _SECTIONS:
            if widget.metaObject().className() == class_name or type(widget).__name__ == class_name:
                return _tr(heading)
        widget = widget.parentWidget()
    return _window()


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
        if owner is None or not owner.isVisible():
            continue  # another screen's (a hidden desk, a pane not on show)
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        if (shown, text) in seen or not text:
            continue
        seen.add((shown, text))
        rows.append((_window() if owner is window else _section(owner), shown, text))
    order = [_window()] + [_tr(h) for _c, h in _SECTIONS]
    rows.sort(key=lambda r: (order.index(r[0]) if r[0] in order else len(order), r[1]))
    everywhere = QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    rows += [(everywhere, _tr(keys), _tr(text)) for keys, text in _OTHER_KEYS]
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
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.intro.setText(
            QCoreApplication.translate(
                "ShortcutsDialog", "The keys that work on the screen you are on."
            )
        )
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsDialog", "Keys"),
                QCoreApplication.translate("ShortcutsDialog", "What they do"),
            ]
        )
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
        action.setText(QCoreApplication.translate("ShortcutsDialog", "&Keyboard shortcuts…"))

    def show() -> None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(show)
    retranslate()
    window.addAction(action)
    actions = menu.actions()
    if actions:
        menu.insertAction(actions[0], action)
    else:
        menu.addAction(action)
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
