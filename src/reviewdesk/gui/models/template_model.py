"""The list of scoring forms: one row per template."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:  # the domain and form models (dataclasses, decimal) stay off start-up
    from reviewdesk.core.domain import Category, RoundKind, Text
    from reviewdesk.core.templates.model import Template

RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: RoundKind) -> str:
    from reviewdesk.core.domain import RoundKind

    labels = {
        RoundKind.RECOGNITION: QCoreApplication.translate("domain", "Recognition"),
        RoundKind.EVALUATION: QCoreApplication.translate("domain", "Evaluation"),
    }
    return labels[kind]


def category_label(category: Category) -> str:
    from reviewdesk.core.domain import Category

    labels = {
        Category.PARK: QCoreApplication.translate("domain", "Park"),
        Category.RESEARCH: QCoreApplication.translate("domain", "Research"),
        Category.PLATFORM: QCoreApplication.translate("domain", "Platform"),
        Category.ENTERPRISE: QCoreApplication.translate("domain", "Enterprise"),
    }
    return labels[category]


def pick(text: Text, chinese: bool) -> str:
    return text.zh if chinese else text.en


class TemplateListModel(QAbstractTableModel):
    COLUMNS = ("kind", "category", "name", "criteria", "version", "fingerprint")

    def __init__(self, templates: Sequence[Template], chinese: bool = True) -> None:
        super().__init__()
        self._templates = list(templates)
        self._chinese = chinese

    def set_chinese(self, chinese: bool) -> None:
        self.beginResetModel()
        self._chinese = chinese
        self.endResetModel()

    def template_at(self, row: int) -> Template:
        return self._templates[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = (
            QCoreApplication.translate("TemplateListModel", "Round kind"),
            QCoreApplication.translate("TemplateListModel", "Category"),
            QCoreApplication.translate("TemplateListModel", "Form"),
            QCoreApplication.translate("TemplateListModel", "Criteria"),
            QCoreApplication.translate("TemplateListModel", "Version"),
            QCoreApplication.translate("TemplateListModel", "Fingerprint"),
        )
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        template = self._templates[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RowRole:
            return template
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(template, column)
        if role == SortRole:
            raw: dict[str, Any] = {
                "kind": template.kind.value,
                "category": template.category.value,
                "name": pick(template.name, self._chinese),
                "criteria": len(template.criteria),
                "version": template.version,
                "fingerprint": template.sha256,
            }
            return raw[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "fingerprint":
            return template.sha256
        return None

    def _display(self, template: Template, column: str) -> str:
        if column == "kind":
            return kind_label(template.kind)
        if column == "category":
            return category_label(template.category)
        if column == "name":
            return pick(template.name, self._chinese)
        if column == "criteria":
            return str(len(template.criteria))
        if column == "version":
            return template.version
        return template.sha256[:16]
