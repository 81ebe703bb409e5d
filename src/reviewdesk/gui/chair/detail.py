"""Drill-down for one applicant: the panel's numbers, the plot against the grade bands, each
expert's score per criterion (a table), and the chosen expert's comments, opinion, vetoes and
declaration as plain text. Shows the engine's objects; computes nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.domain import Conflict
from reviewdesk.core.formats.text_rules import escape_for_display
from reviewdesk.core.scoring import PanelResult, ScoreSheet
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.band_plot import BandPlot
from reviewdesk.gui.chair.matrix_model import MatrixRow, PanelExpertInfo
from reviewdesk.gui.models.template_model import RowRole, SortRole
from reviewdesk.gui.plain_text import (
    keep_narrow,
    plain_item_text,
    plain_tooltip,
    set_plain,
    shown_text,
)

_Index = QModelIndex | QPersistentModelIndex


class ElidedLabel(QLabel):
    """One line of plain text elided to the label's width (again on every resize), the full
    text in the tooltip; it never asks for more width, so it never grows the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))  # a tooltip would take "<h1>" for markup
        self.setAccessibleName(shown_text(text))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        shown = shown_text(self._full)  # controls and bidi as \uXXXX, length capped
        self.setText(self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())


def elide_label(label: QLabel, text: str) -> None:
    """Plain text, elided to the label's width, the full text in the tooltip."""
    if isinstance(label, ElidedLabel):
        label.set_full_text(text)
        return
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setToolTip(plain_tooltip(text))
    label.setAccessibleName(shown_text(text))
    keep_narrow(label)
    width = max(label.width(), 120)
    shown = shown_text(text)
    label.setText(label.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, width))


class CriterionScoresModel(QAbstractTableModel):
    """Rows: the criteria, then the total; columns: the experts who sent a sheet."""

    def __init__(self) -> None:
        super().__init__()
        self.template: Template | None = None
        self._sheets: list[tuple[PanelExpertInfo, ScoreSheet, bool]] = []  # counted?

    def show_result(
        self, template: Template, result: PanelResult, experts: Sequence[PanelExpertInfo]
    ) -> None:
        self.beginResetModel()
        self.template = template
        latest: dict[str, tuple[ScoreSheet, bool]] = {}
        for counted in result.counted:
            latest[counted.expert_id] = (counted.sheet, True)
        for excluded in result.excluded:
            known = latest.get(excluded.sheet.expert_id)
            if known is None or (not known[1] and known[0].revision < excluded.sheet.revision):
                latest[excluded.sheet.expert_id] = (excluded.sheet, False)
        self._sheets = [
            (expert, *latest[expert.expert_id]) for expert in experts if expert.expert_id in latest
        ]
        self.endResetModel()

    def sheet_at(self, column: int) -> tuple[PanelExpertInfo, ScoreSheet, bool] | None:
        return self._sheets[column] if 0 <= column < len(self._sheets) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.template is None:
            return 0
        return len(self.template.criteria) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sheets)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._sheets):
                return None
            expert, _sheet, counted = self._sheets[section]
            tip = role == Qt.ItemDataRole.ToolTipRole
            name = expert.name if tip else _short(plain_item_text(expert.name))
            text = name if counted else self.tr("{name} (not counted)").format(name=name)
            return plain_tooltip(text) if tip else text
        if self.template is None or not 0 <= section < self.rowCount():
            return None
        if section == len(self.template.criteria):
            return self.tr("Total")
        criterion = self.template.criteria[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            name = texts.pick(criterion.name)
            return plain_tooltip(f"{criterion.key} {name} ({texts.number(criterion.max_points)})")
        return f"{criterion.key} ({texts.number(criterion.max_points)})"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.template is None:
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < len(self._sheets)):
            return None
        _expert, sheet, _counted = self._sheets[index.column()]
        criteria = self.template.criteria
        if index.row() == len(criteria):
            from reviewdesk.core.scoring import sheet_total

            value = sheet_total(self.template, sheet)
            comment = ""
        else:
            key = criteria[index.row()].key
            value = sheet.scores.get(key)
            comment = sheet.comments.get(key, "")
        if role == RowRole:
            return sheet
        if role == SortRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = "—" if value is None else texts.number(value)
            return f"{text} ✎" if comment.strip() and role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(comment) or None  # an expert's comment: file text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _short(name: str, limit: int = 8) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class ApplicantDetail(QWidget):
    """Set with :meth:`show_row`; click an expert's column to read their words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: Template | None = None
        self.row: MatrixRow | None = None
        self.experts: list[PanelExpertInfo] = []
        self.title = ElidedLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.plot = BandPlot(self)
        self.scores_model = CriterionScoresModel()
        self.scores = QTableView(self)
        self.scores.setModel(self.scores_model)
        self.scores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.scores.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.scores.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().averageCharWidth() * 12
        )
        self.scores.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.scores.selectionModel().currentChanged.connect(self._cell_chosen)
        self.words = QPlainTextEdit(self)
        self.words.setReadOnly(True)
        self.words.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.scores)
        splitter.addWidget(self.words)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.scores.setAccessibleName(self.tr("Scores per criterion and expert"))
        self.words.setAccessibleName(self.tr("The chosen expert's comments and opinion"))
        self.words.setPlaceholderText(
            self.tr("Choose an expert's column to read their comments, opinion and vetoes.")
        )
        self._show()

    def show_row(
        self,
        template: Template | None,
        row: MatrixRow | None,
        experts: Sequence[PanelExpertInfo],
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.template, self.row, self.experts = template, row, list(experts)
        self._show()

    def _show(self) -> None:
        row, template = self.row, self.template
        if row is None or template is None:
            self.title.clear()
            self.summary.clear()
            self.plot.show_result(template, None)
            self.words.clear()
            return
        result = row.result
        elide_label(self.title, f"{row.ref}  {row.name}")
        method = (
            self.tr("trimmed mean")
            if result.method is not None and result.method.value == "trimmed-mean"
            else self.tr("mean")
        )
        parts = [
            self.tr("Panel score {score} ({method}, {n} of {m} sheets count)").format(
                score=texts.number(result.panel_score),
                method=method,
                n=len(result.counted),
                m=len(result.assigned_experts),
            ),
            self.tr("Grade: {grade}").format(grade=texts.decided_grade_text(result)),
        ]
        if template.recognition_threshold is not None:
            parts.append(
                self.tr("Recommendation: {r}").format(
                    r=texts.recommendation_label(result.recommendation)
                )
            )
        if result.grade_override is not None:
            parts.append(
                self.tr("Override reason: {reason}").format(reason=result.grade_override.reason)
            )
        set_plain(self.summary, "\n".join(parts))
        self.plot.show_result(template, result)
        current = self.scores.currentIndex().column()
        self.scores_model.show_result(template, result, self.experts)
        self.scores.resizeRowsToContents()
        column = current if 0 <= current < self.scores_model.columnCount() else 0
        if self.scores_model.columnCount():
            self.scores.setCurrentIndex(self.scores_model.index(0, column))
        self._show_words(column)

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_words(current.column())

    def _show_words(self, column: int) -> None:
        chosen = self.scores_model.sheet_at(column)
        if chosen is None or self.template is None:
            self.words.clear()
            return
        expert, sheet, counted = chosen
        lines = [expert.name + ("" if counted else "  " + self.tr("(not counted)"))]
        lines.append(self.tr("Revision {n}").format(n=sheet.revision))
        if sheet.conflict is not Conflict.NONE:
            lines.append(
                self.tr("Declared a potential conflict of interest")
                if sheet.conflict is Conflict.POTENTIAL
                else self.tr("Declared a disqualifying conflict of interest")
            )
        for criterion in self.template.criteria:
            score = sheet.scores.get(criterion.key)
            comment = sheet.comments.get(criterion.key, "").strip()
            line = self.tr("{criterion}: {score}").format(
                criterion=f"{criterion.key} {texts.pick(criterion.name)}", score=texts.number(score)
            )
            lines.append(line + (f"\n    {comment}" if comment else ""))
        lines.append("")
        lines.append(self.tr("Overall opinion:"))
        lines.append(sheet.overall_opinion.strip() or "—")
        for claim in sheet.vetoes:
            title = claim.item
            with contextlib.suppress(KeyError):
                title = f"{claim.item} {texts.pick(self.template.veto_item(claim.item).name)}"
            lines.append("")
            lines.append(self.tr("Veto claimed: {item}").format(item=title))
            lines.append(f"    {claim.evidence}")
        # the experts' own words: shown as written, controls and bidi as \uXXXX
        self.words.setPlainText(escape_for_display("\n".join(lines), multiline=True))
