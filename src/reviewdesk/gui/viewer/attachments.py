"""One applicant's attachments as a list model: name, type, size in the UI language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import PurePath
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reviewdesk.gui.models.template_model import RowRole, SortRole
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip
from reviewdesk.gui.viewer.controls import fill

_Index = QModelIndex | QPersistentModelIndex


class AttachmentLike(Protocol):
    """What the viewer needs to know about an attachment before it is decrypted."""

    @property
    def name(self) -> str: ...
    @property
    def mime_type(self) -> str: ...
    @property
    def size(self) -> int: ...


@dataclass(frozen=True)
class Attachment:
    name: str
    mime_type: str
    size: int


class DocumentKind(Enum):
    PDF = "pdf"
    IMAGE = "image"
    UNSUPPORTED = "unsupported"


_KINDS = {
    "application/pdf": DocumentKind.PDF,
    "image/png": DocumentKind.IMAGE,
    "image/jpeg": DocumentKind.IMAGE,
    "image/jpg": DocumentKind.IMAGE,
}


def document_kind(mime_type: str) -> DocumentKind:
    """What the viewer can do with a MIME type (parameters such as ``; charset`` ignored)."""
    base = mime_type.split(";", 1)[0].strip().lower()
    return _KINDS.get(base, DocumentKind.UNSUPPORTED)


def format_size(size: int) -> str:
    # SI units ("2.4 MB"), in the default locale, which i18n sets to the UI language.
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def type_label(attachment: AttachmentLike) -> str:
    """A short type name: "PDF document", or the name's extension ("DOCX file")."""
    base = attachment.mime_type.split(";", 1)[0].strip().lower()
    labels = {
        "application/pdf": QCoreApplication.translate("AttachmentListModel", "PDF document"),
        "image/png": QCoreApplication.translate("AttachmentListModel", "PNG image"),
        "image/jpeg": QCoreApplication.translate("AttachmentListModel", "JPEG image"),
        "image/jpg": QCoreApplication.translate("AttachmentListModel", "JPEG image"),
    }
    if base in labels:
        return labels[base]
    suffix = PurePath(attachment.name).suffix.lstrip(".").upper()
    if suffix:
        return fill(QCoreApplication.translate("AttachmentListModel", "%1 file"), suffix)
    return base or "?"


class AttachmentListModel(QAbstractTableModel):
    """Rows in package order: the row number is the index the loader is called with."""

    COLUMNS = ("name", "type", "size")

    def __init__(self, attachments: Sequence[AttachmentLike] = ()) -> None:
        super().__init__()
        self._attachments = list(attachments)

    def attachment_at(self, row: int) -> AttachmentLike:
        return self._attachments[row]

    def set_attachments(self, attachments: Sequence[AttachmentLike]) -> None:
        self.beginResetModel()
        self._attachments = list(attachments)
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts and sizes follow the UI language; call after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._attachments:
            last = self.index(len(self._attachments) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._attachments)

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
            QCoreApplication.translate("AttachmentListModel", "Name"),
            QCoreApplication.translate("AttachmentListModel", "Type"),
            QCoreApplication.translate("AttachmentListModel", "Size"),
        )
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._attachments):
            return None
        attachment = self._attachments[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RowRole:
            return attachment
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "name":
                return plain_item_text(attachment.name)
            if column == "type":
                return plain_item_text(type_label(attachment))
            return format_size(attachment.size)
        if role == SortRole:
            raw: dict[str, Any] = {
                "name": attachment.name,
                "type": attachment.mime_type,
                "size": attachment.size,
            }
            return raw[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if document_kind(attachment.mime_type) is DocumentKind.UNSUPPORTED:
                return plain_tooltip(
                    fill(
                        QCoreApplication.translate(
                            "AttachmentListModel", "%1: reviewdesk cannot show this file type."
                        ),
                        attachment.mime_type,
                    )
                )
            return plain_tooltip(attachment.name)
        return None
