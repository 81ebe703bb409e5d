"""The panel matrix: applicants × (each expert's total, sheets counted, panel score, grade,
recommendation, rank, flags), and the experts' leniency table.

``DisplayRole`` formats, ``SortRole`` gives the raw value (``Decimal``, ``int``, ``None`` sorts
first), ``RowRole`` the :class:`MatrixRow`. Flags and overrides are shown by a mark and words
(and an icon), never by colour alone. The rows are built from the engine's own objects; the
model computes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from reviewdesk.core.chair.leniency import ExpertLeniency
from reviewdesk.core.domain import Category, Grade
from reviewdesk.core.scoring import (
    PanelResult,
    RankedEntry,
    Ranking,
    UnrankedEntry,
    UnrankedReason,
)
from reviewdesk.gui.chair import texts
from reviewdesk.gui.models.template_model import RowRole, SortRole, category_label
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_NO_SORT = Decimal("-1e9")  # no value sorts before every value


@dataclass(frozen=True)
class PanelExpertInfo:
    """An expert as the chair sees them in the matrix: the key id and the roster's name."""

    expert_id: str
    name: str


@dataclass(frozen=True)
class MatrixRow:
    """One applicant: the package's entry, the engine's result and its place in the ranking."""

    ref: str
    name: str
    category: Category
    result: PanelResult
    ranked: RankedEntry | None = None
    unranked: UnrankedEntry | None = None
    panel_opinion: str = ""
    paper_experts: frozenset[str] = field(default_factory=frozenset)  # sheets typed by the chair

    @property
    def open_flags(self) -> int:
        return sum(1 for flag in self.result.flags if not flag.resolved)

    @property
    def published_grade(self) -> Grade | None:
        """The grade after the quota (the ranking's), else the decided grade."""
        return self.ranked.grade if self.ranked is not None else self.result.grade


def rows_from_core(core_rows: Sequence[Any]) -> list[MatrixRow]:
    """The chair core's matrix rows (``core.chair.views.MatrixRow``) as the model's rows."""
    return [
        MatrixRow(
            row.applicant.ref,
            row.applicant.name,
            row.applicant.category,
            row.result,
            row.ranked,
            row.unranked,
            row.panel_opinion,
            frozenset(h.sheet.expert_id for h in row.sheets if h.entered_by_chair),
        )
        for row in core_rows
    ]


def matrix_rows(
    applicants: Sequence[tuple[str, str, Category]],
    results: Mapping[str, PanelResult],
    ranking: Ranking | None,
    opinions: Mapping[str, str] | None = None,
    paper: Mapping[str, frozenset[str]] | None = None,
) -> list[MatrixRow]:
    """Rows in the package's order from (ref, name, category), results by ref, the ranking."""
    ranked = {e.applicant_id: e for e in ranking.entries} if ranking is not None else {}
    unranked = {e.result.applicant_id: e for e in ranking.unranked} if ranking is not None else {}
    opinions = opinions or {}
    paper = paper or {}
    return [
        MatrixRow(
            ref,
            name,
            category,
            results[ref],
            ranked.get(ref),
            unranked.get(ref),
            opinions.get(ref, ""),
            paper.get(ref, frozenset()),
        )
        for ref, name, category in applicants
        if ref in results
    ]


class PanelMatrixModel(QAbstractTableModel):
    """Columns: file no., applicant, category, one per expert, then the panel's columns."""

    REF, NAME, CATEGORY = range(3)
    FIXED_AFTER = ("counted", "score", "grade", "recommendation", "rank", "flags")

    def __init__(
        self,
        experts: Sequence[PanelExpertInfo] = (),
        rows: Sequence[MatrixRow] = (),
        *,
        recognition: bool = False,
    ) -> None:
        super().__init__()
        self._experts = list(experts)
        self._rows = list(rows)
        self._recognition = recognition

    # Content -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[MatrixRow]) -> None:
        """New results after a decision or an import: same applicants → only the cells
        change, so the selection and the sort survive."""
        new = list(rows)
        if [r.ref for r in new] == [r.ref for r in self._rows]:
            self._rows = new
            if new:
                last = self.index(len(new) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def set_experts(self, experts: Sequence[PanelExpertInfo]) -> None:
        self.beginResetModel()
        self._experts = list(experts)
        self.endResetModel()

    def row_at(self, row: int) -> MatrixRow:
        return self._rows[row]

    def row_of(self, ref: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.ref == ref), -1)

    @property
    def experts(self) -> list[PanelExpertInfo]:
        return list(self._experts)

    def expert_column(self, index: int) -> int:
        return 3 + index

    def column_kind(self, column: int) -> str:
        if column < 3:
            return ("ref", "name", "category")[column]
        if column < 3 + len(self._experts):
            return "expert"
        return self.FIXED_AFTER[column - 3 - len(self._experts)]

    def column_of(self, kind: str) -> int:
        return 3 + len(self._experts) + self.FIXED_AFTER.index(kind)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    # Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._experts) + len(self.FIXED_AFTER)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        kind = self.column_kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "expert":
                return _short(plain_item_text(self._experts[section - 3].name))
            return self._short_titles().get(kind) or self._titles()[kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "expert":
                expert = self._experts[section - 3]
                return plain_tooltip(self.tr("Total given by {name}").format(name=expert.name))
            return self._titles()[kind]
        return None

    def _short_titles(self) -> dict[str, str]:
        """Narrow column titles; the full title is the tooltip."""
        return {
            "ref": self.tr("No."),
            "counted": self.tr("Sheets"),
            "score": self.tr("Panel"),
        }

    def _titles(self) -> dict[str, str]:
        return {
            "ref": self.tr("File no."),
            "name": self.tr("Applicant"),
            "category": self.tr("Category"),
            "counted": self.tr("Sheets counted of those assigned"),
            "score": self.tr("Panel score"),
            "grade": self.tr("Grade"),
            "recommendation": self.tr("Recommendation"),
            "rank": self.tr("Rank"),
            "flags": self.tr("Flags"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        kind = self.column_kind(index.column())
        if role == RowRole:
            return row
        # names come from files: escaped and capped for the cell, literal in the tooltip
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain_item_text(self._text(row, kind, index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, kind, index.column()))
        if role == SortRole:
            return self._sort_key(row, kind, index.column())
        if role == Qt.ItemDataRole.DecorationRole and kind == "flags":
            return _flag_icon(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind not in ("ref", "name", "category"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _expert_cell(self, row: MatrixRow, column: int) -> tuple[str, Decimal | None, str]:
        """(text, raw total, tooltip) of one expert's cell."""
        expert = self._experts[column - 3]
        result = row.result
        counted = next((c for c in result.counted if c.expert_id == expert.expert_id), None)
        paper = expert.expert_id in row.paper_experts
        if counted is not None:
            text = texts.number(counted.total)
            tip = self.tr("{name}: total {total}, {grade}").format(
                name=expert.name, total=text, grade=texts.grade_label(counted.grade)
            )
            if counted.trimmed:
                text = f"({text})"
                tip += "\n" + self.tr("Dropped by the trimmed mean (shown in brackets)")
            if paper:
                text = f"{texts.OVERRIDE_MARK}{text}"
                tip += "\n" + self.tr("Paper sheet, entered by the chair")
            return text, counted.total, tip
        if expert.expert_id not in result.assigned_experts:
            return (
                "",
                None,
                self.tr("{name} is not assigned to this applicant").format(name=expert.name),
            )
        excluded = [e for e in result.excluded if e.sheet.expert_id == expert.expert_id]
        if excluded:
            latest = max(excluded, key=lambda e: e.sheet.revision)
            why = "; ".join(texts.exclusion_label(r) for r in latest.reasons)
            return (
                "✗",
                None,
                self.tr("{name}: sheet not counted ({why})").format(name=expert.name, why=why),
            )
        # A word, not "…": an ellipsis reads as a cut-off cell.
        return (
            self.tr("missing"),
            None,
            self.tr("{name}: no sheet received yet").format(name=expert.name),
        )

    def _text(self, row: MatrixRow, kind: str, column: int) -> str:
        result = row.result
        if kind == "ref":
            return row.ref
        if kind == "name":
            return row.name
        if kind == "category":
            return category_label(row.category)
        if kind == "expert":
            return self._expert_cell(row, column)[0]
        if kind == "counted":
            return f"{len(result.counted)}/{len(result.assigned_experts)}"
        if kind == "score":
            return texts.number(result.panel_score) if result.panel_score is not None else "—"
        if kind == "grade":
            text = texts.decided_grade_text(result)
            if row.ranked is not None and row.ranked.quota_adjustment is not None:
                text = self.tr("{grade} → {published} (quota)").format(
                    grade=text, published=texts.grade_text(row.ranked.grade)
                )
            return text
        if kind == "recommendation":
            return texts.recommendation_label(result.recommendation) if self._recognition else "—"
        if kind == "rank":
            return self._rank_text(row)
        return texts.flags_summary(result)

    def _rank_text(self, row: MatrixRow) -> str:
        if row.ranked is not None:
            position = str(row.ranked.position)
            return (
                self.tr("{position} (tied)").format(position=position)
                if row.ranked.tied
                else position
            )
        if row.unranked is not None:
            if row.unranked.reason is UnrankedReason.VETOED:
                return self.tr("not ranked: veto")
            return self.tr("not ranked: too few sheets")
        return "—"

    def _tooltip(self, row: MatrixRow, kind: str, column: int) -> str:
        if kind == "expert":
            return self._expert_cell(row, column)[2]
        if kind == "flags":
            lines = [texts.flag_line(f, self._name(f.expert_id)) for f in row.result.flags]
            return "\n".join(lines) or self.tr("No flags")
        if kind == "grade" and row.result.grade_override is not None:
            return self.tr("Override: {reason}").format(reason=row.result.grade_override.reason)
        return self._text(row, kind, column)

    def _name(self, expert_id: str | None) -> str:
        if expert_id is None:
            return ""
        return next((e.name for e in self._experts if e.expert_id == expert_id), expert_id)

    def _sort_key(self, row: MatrixRow, kind: str, column: int) -> Any:
        result = row.result
        if kind in ("ref", "name"):
            return self._text(row, kind, column)
        if kind == "category":
            return row.category.value
        if kind == "expert":
            total = self._expert_cell(row, column)[1]
            return _NO_SORT if total is None else total
        if kind == "counted":
            return len(result.counted)
        if kind == "score":
            return _NO_SORT if result.panel_score is None else result.panel_score
        if kind == "grade":
            grade = row.published_grade
            return 9 if grade is None else grade.rank
        if kind == "recommendation":
            rec = result.recommendation
            return "" if rec is None else rec.value
        if kind == "rank":
            return row.ranked.position if row.ranked is not None else 10**6
        return row.open_flags * 1000 + len(result.flags)


def _short(name: str, limit: int = 8) -> str:
    """Expert headers stay narrow; the full name is in the tooltip."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _flag_icon(row: MatrixRow) -> Any:
    if not row.result.flags:
        return None
    style = QApplication.style()
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxWarning
        if row.open_flags
        else QStyle.StandardPixmap.SP_DialogApplyButton
    )
    return style.standardIcon(pixmap)


class RawSortProxy(QSortFilterProxyModel):
    """Sorts by ``SortRole``, comparing the raw values in Python (Qt cannot order
    ``Decimal`` objects itself)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


class MatrixFilter(RawSortProxy):
    """Filters by category, published grade, open flags and a text; sorts by ``SortRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.category: Category | None = None
        self.grade: Grade | None = None
        self.open_flags_only = False
        self.text = ""

    def set_filter(
        self,
        *,
        category: Category | None = None,
        grade: Grade | None = None,
        open_flags_only: bool = False,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.category, self.grade, self.open_flags_only = category, grade, open_flags_only
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PanelMatrixModel):
            return True
        row = model.row_at(source_row)
        if self.category is not None and row.category is not self.category:
            return False
        if self.grade is not None and row.published_grade is not self.grade:
            return False
        if self.open_flags_only and not row.open_flags:
            return False
        return not (self.text and self.text not in f"{row.ref} {row.name}".casefold())


class LeniencyModel(QAbstractTableModel):
    """Per expert: sheets counted, mean offset from the panel score, outlier and trimmed."""

    NAME, COUNTED, OFFSET, OUTLIERS, TRIMMED = range(5)

    def __init__(self, decimals: int = 2) -> None:
        super().__init__()
        self._rows: list[tuple[PanelExpertInfo, ExpertLeniency]] = []
        self._decimals = decimals

    def set_rows(
        self, rows: Sequence[tuple[PanelExpertInfo, ExpertLeniency]], decimals: int = 2
    ) -> None:
        self.beginResetModel()
        self._rows, self._decimals = list(rows), decimals
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        titles = (
            self.tr("Expert"),
            self.tr("Counted"),
            self.tr("Mean offset"),
            self.tr("Outlier"),
            self.tr("Trimmed"),
        )
        tips = (
            self.tr("Expert"),
            self.tr("Applicants with a panel score where the expert's sheet counted"),
            self.tr("Mean of (expert's total − panel score): + more lenient, − stricter"),
            self.tr("How often the expert's total was flagged as an outlier"),
            self.tr("How often the trimmed mean dropped the expert's total"),
        )
        if not 0 <= section < 5:
            return None
        return titles[section] if role == Qt.ItemDataRole.DisplayRole else tips[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        expert, lenient = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return lenient
        offset = lenient.rounded_offset(self._decimals)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            values = (
                plain_item_text(expert.name),
                str(lenient.counted),
                texts.signed_number(offset),
                str(lenient.outliers),
                str(lenient.trimmed),
            )
            if not 0 <= column < 5:
                return None
            tip = role == Qt.ItemDataRole.ToolTipRole
            return plain_tooltip(expert.name) if tip and column == 0 else values[column]
        if role == SortRole:
            keys: tuple[Any, ...] = (
                expert.name,
                lenient.counted,
                _NO_SORT if offset is None else offset,
                lenient.outliers,
                lenient.trimmed,
            )
            return keys[column] if 0 <= column < 5 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
