"""The commission desk's table models: one row per core record, ``SortRole`` the raw value,
``RowRole`` the record itself; file text shown escaped and elided by the views.

``RecordModel`` holds a list of records and a list of columns; each subclass names its
columns (headers in its own translation context). ``AssignmentMatrixModel`` is the panel's
applicants × experts matrix whose cells are toggled through the core.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reviewdesk.core.commission.applicant_list import ApplicantRecord, RowProblem
from reviewdesk.core.commission.assignment import ExpertRecord
from reviewdesk.core.commission.handover import IssuedPackage
from reviewdesk.core.commission.keys import KeyRecord
from reviewdesk.core.commission.materials import MaterialProblem
from reviewdesk.core.commission.publication_data import ResultRow
from reviewdesk.core.commission.result_import import BundleVerdict
from reviewdesk.core.commission.roster_publish import RosterVersionInfo
from reviewdesk.core.commission.round_setup import FormInfo, RoundInfo
from reviewdesk.core.domain import RoundKind
from reviewdesk.gui.chair.texts import grade_text, number, recommendation_label
from reviewdesk.gui.commission import texts
from reviewdesk.gui.commission.queries import PanelView
from reviewdesk.gui.models.template_model import (
    RowRole,
    SortRole,
    category_label,
    kind_label,
    pick,
)
from reviewdesk.gui.plain_text import plain_item_text, plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None


def _when(moment: Any) -> str:
    return "—" if moment is None else f"{moment.astimezone():%Y-%m-%d %H:%M}"


class RecordModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []
        self._columns = self.columns()

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._columns = self.columns()
        self.endResetModel()

    def retranslate(self) -> None:
        self._columns = self.columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self._columns) - 1))
        if self.records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.records) - 1, len(self._columns) - 1)
            )

    def record(self, row: int) -> Any:
        return self.records[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_item_text(column.display(record))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(record) if column.tooltip else column.display(record)
            return plain_tooltip(text)
        if role == SortRole:
            return column.sort(record) if column.sort else column.display(record)
        if role == RowRole:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self._columns)
        ):  # the tooltip: a narrow column's header is elided
            return self._columns[section].header
        return None


class RoundsModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Ref"), lambda r: r.ref),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(self.tr("Deadline"), lambda r: _when(r.deadline), lambda r: _when(r.deadline)),
            Column(self.tr("Status"), lambda r: texts.round_status_label(r.status)),
        ]


class KeysModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda k: k.name),
            Column(self.tr("Role"), seats_label),
            Column(self.tr("Panels"), seats_panels),
            Column(self.tr("Fingerprint"), lambda k: k.fingerprint, None, _fingerprint_tip),
            Column(self.tr("State"), self._state, None, self._state_tip),
        ]

    def _state(self, key: KeyRecord) -> str:
        if key.revoked:
            return self.tr("revoked: {reason}").format(reason=key.revoke_reason or "")
        return self.tr("confirmed") if key.confirmed else self.tr("NOT confirmed")

    def _state_tip(self, key: KeyRecord) -> str:
        if key.revoked:
            return self.tr("Revoked on {when}: {reason}").format(
                when=_when(key.revoked_at), reason=key.revoke_reason or ""
            )
        if key.confirmed:
            return self.tr("Confirmed by {who} on {when}").format(
                who=key.confirmed_by, when=_when(key.confirmed_at)
            )
        return self.tr("Read the fingerprint back with its holder by phone, then confirm it.")


def _section(key: KeyRecord) -> str | None:
    return None if key.section is None else key.section.value


def seats_label(key: KeyRecord) -> str:
    """Every section the key is listed in: "expert + chair" for a person who scores in one
    panel and chairs another (``KeyRecord.seats``), else its one section."""
    seats = key.seats
    if not seats:
        return texts.section_label(_section(key))
    return " + ".join(texts.section_label(section.value) for section in seats)


def seats_panels(key: KeyRecord) -> str:
    """The key's panels; the panels it chairs besides named apart."""
    panels = texts.listed(key.panels) or "—"
    if not key.chair_of:
        return panels
    return QCoreApplication.translate("KeysModel", "{panels}; chair of {chaired}").format(
        panels=panels, chaired=texts.listed(key.chair_of)
    )


def _fingerprint_tip(key: KeyRecord) -> str:
    return texts.fingerprint_groups(key.fingerprint)


class HistoryModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Version"), lambda v: str(v.version), lambda v: v.version),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Signed by"), lambda v: texts.listed(v.signed_by) or "—"),
            Column(self.tr("Changes"), self._changes),
            Column(self.tr("Published"), lambda v: _when(v.published_at)),
        ]

    def _status(self, info: RosterVersionInfo) -> str:
        return self.tr("published") if info.status == "published" else self.tr("draft")

    def _changes(self, info: RosterVersionInfo) -> str:
        added = texts.listed(info.summary.get("added") or []) or "—"
        revoked = texts.listed(info.summary.get("revoked") or []) or "—"
        return self.tr("added: {added}; revoked: {revoked}").format(added=added, revoked=revoked)


class FormsModel(RecordModel):
    """The form by its name in the interface's language (the source, a built-in id or the
    imported file's name, in the tooltip)."""

    def _form_name(self, form: FormInfo) -> str:
        return pick(form.template.name, texts.is_chinese())

    def _form_tooltip(self, form: FormInfo) -> str:
        return f"{self._form_name(form)}\n{form.source}"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Category"), lambda f: category_label(f.category)),
            Column(self.tr("Form"), self._form_name, None, self._form_tooltip),
            Column(self.tr("Fingerprint"), lambda f: f.sha256[:16], None, lambda f: f.sha256),
        ]


class ApplicantProblemsModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Row"), lambda p: str(p.row), lambda p: p.row),
            Column(self.tr("Column"), lambda p: p.column),
            Column(self.tr("Problem"), _row_problem),
        ]


def _row_problem(problem: RowProblem) -> str:
    return texts.row_problem_text(problem.code.value, problem.detail)


class ApplicantsModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Ref"), lambda a: a.ref),
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Category"), lambda a: category_label(a.category)),
            Column(self.tr("Host institution"), lambda a: a.institution),
            Column(self.tr("Contact"), lambda a: a.contact_email or "—"),
        ]


class MaterialsModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        self.folder = ""
        super().__init__(parent)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Applicant"), lambda p: p.applicant or "—"),
            Column(self.tr("File"), self._file, None, lambda p: str(p.path or "")),
            Column(self.tr("Problem"), _material_problem),
        ]

    def _file(self, problem: MaterialProblem) -> str:
        if problem.path is None:
            return "—"
        text = str(problem.path)
        return text[len(self.folder) :].lstrip("/\\") if text.startswith(self.folder) else text


def _material_problem(problem: MaterialProblem) -> str:
    return texts.material_problem_text(problem.code.value, problem.detail)


class PanelsModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        self.names: dict[str, str] = {}
        super().__init__(parent)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Panel"), lambda p: p.ref),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Category"), lambda p: category_label(p.category)),
            Column(self.tr("Chair"), lambda p: self.names.get(p.chair or "", "—")),
            Column(
                self.tr("Experts"),
                lambda p: str(len(p.members)),
                lambda p: len(p.members),
                lambda p: texts.listed(self.names.get(k, k[:8]) for k in p.members),
            ),
            Column(
                self.tr("Applicants"), lambda p: str(len(p.applicants)), lambda p: len(p.applicants)
            ),
        ]


class HandoverModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Panel"), lambda p: p.panel),
            Column(self.tr("Kind"), self._kind),
            Column(self.tr("Recipient"), lambda p: p.recipient.name),
            Column(
                self.tr("Fingerprint"),
                lambda p: p.recipient.fingerprint,
                None,
                lambda p: texts.fingerprint_groups(p.recipient.fingerprint),
            ),
            Column(self.tr("File"), lambda p: p.path.name, None, lambda p: str(p.path)),
            Column(self.tr("SHA-256"), lambda p: p.file_sha256[:16], None, lambda p: p.file_sha256),
        ]

    def _kind(self, package: IssuedPackage) -> str:
        return self.tr("chair package") if package.kind == "chair-package" else self.tr("package")


class VerdictsModel(RecordModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("File"), lambda v: v.path.name, None, lambda v: str(v.path)),
            Column(self.tr("Verdict"), lambda v: texts.verdict_label(v.verdict)),
            Column(self.tr("Panel"), lambda v: v.panel or "—"),
            Column(
                self.tr("Version"),
                lambda v: "—" if v.version is None else str(v.version),
                lambda v: v.version or 0,
            ),
            Column(self.tr("Reasons and discrepancies"), _verdict_reasons),
        ]


def _verdict_reasons(verdict: BundleVerdict) -> str:
    lines = [texts.reason_text(r.code, r.detail) for r in verdict.reasons]
    lines += [
        texts.discrepancy_text(d.applicant, d.field, d.claimed, d.recomputed)
        for d in verdict.discrepancies
    ]
    return texts.joined(lines) or "—"


class ResultsModel(RecordModel):
    def __init__(self, parent: Any = None) -> None:
        self.kind = RoundKind.EVALUATION
        self.chinese = True
        super().__init__(parent)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Ref"), lambda r: r.ref),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Panel"), lambda r: r.panel, None, lambda r: r.panel_name),
            Column(self.tr("Score"), lambda r: number(r.panel_score), _decimal_key),
            Column(
                self.tr("Grade"),
                lambda r: grade_text(r.grade),
                lambda r: 9 if r.grade is None else r.grade.rank,
            ),
            Column(self.tr("Recommendation"), lambda r: recommendation_label(r.recommendation)),
            Column(
                self.tr("Rank"),
                lambda r: "—" if r.rank is None else str(r.rank),
                lambda r: r.rank or 10**6,
                self._explanation,
            ),
            Column(self.tr("Quota"), lambda r: r.quota_note(self._lang) or "—"),
            Column(self.tr("Vetoes"), self._vetoes, None, self._veto_reasons),
            Column(self.tr("Override"), self._override),
        ]

    @property
    def _lang(self) -> str:
        return "zh" if self.chinese else "en"

    def _explanation(self, row: ResultRow) -> str:
        return "\n".join(row.explanation(self._lang)) or "—"

    def _vetoes(self, row: ResultRow) -> str:
        return (
            texts.listed(
                f"{v.get('item', '')} {texts.veto_verdict_label(v.get('verdict'))}"
                for v in row.vetoes
            )
            or "—"
        )

    def _veto_reasons(self, row: ResultRow) -> str:
        lines = [
            texts.with_detail(
                f"{v.get('item', '')} {texts.veto_verdict_label(v.get('verdict'))}",
                str(v.get("reason") or ""),
            )
            for v in row.vetoes
        ]
        return "\n".join(lines) or "—"

    def _override(self, row: ResultRow) -> str:
        parts = []
        override = row.override
        if override:
            parts.append(
                self.tr("{computed} → {grade}: {reason}").format(
                    computed=grade_text(row.computed_grade),
                    grade=grade_text(row.grade),
                    reason=override.get("reason", ""),
                )
            )
        changed = row.detail.get("recommendation_override")
        if isinstance(changed, dict):
            parts.append(
                self.tr("recommendation changed: {reason}").format(reason=changed.get("reason", ""))
            )
        return "; ".join(parts) or "—"


def _decimal_key(row: ResultRow) -> Decimal:
    return row.panel_score if row.panel_score is not None else Decimal(-1)


# -- the assignment matrix -------------------------------------------------------------------

EXCLUDED_MARK = "✕"
Editor = Callable[[str, tuple[str, ...], int | None], bool]


class AssignmentMatrixModel(QAbstractTableModel):
    """Applicants (rows) × the panel's experts (columns). A checked cell: the expert scores
    the applicant. An excluded pair shows ✕ and its reasons (text and tooltip). Toggling a
    cell asks ``editor`` (the core's ``edit_assignment`` through the workspace), which says
    whether the change was saved; only then does the cell change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: PanelView | None = None
        self.applicants: list[ApplicantRecord] = []
        self.experts: list[ExpertRecord] = []
        self.editor: Editor | None = None

    def set_view(self, view: PanelView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.applicants = [] if view is None else list(view.applicants)
        self.experts = [] if view is None else sorted(view.experts, key=lambda e: (e.name, e.keyid))
        self.endResetModel()

    def update_cells(self, view: PanelView) -> None:
        """The same panel read again: only the cells change (selection and scroll stay)."""
        same = (
            self.view is not None
            and [a.ref for a in view.applicants] == [a.ref for a in self.applicants]
            and sorted(e.keyid for e in view.experts) == sorted(e.keyid for e in self.experts)
        )
        if not same:
            self.set_view(view)
            return
        self.view = view
        if self.applicants and self.experts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.applicants) - 1, len(self.experts) - 1)
            )

    def cell_index(self, applicant: str, expert: str) -> QModelIndex:
        rows = [a.ref for a in self.applicants]
        cols = [e.keyid for e in self.experts]
        if applicant not in rows:
            return QModelIndex()
        return self.index(rows.index(applicant), cols.index(expert) if expert in cols else 0)

    def assigned(self, applicant: str) -> tuple[str, ...]:
        if self.view is None or applicant not in self.view.rows:
            return ()
        return self.view.rows[applicant].experts

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.applicants)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.experts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def _codes(self, row: int, column: int) -> list[str]:
        if self.view is None:
            return []
        key = (self.experts[column].keyid, self.applicants[row].ref)
        return [x.reason.value for x in self.view.exclusions.get(key, ())]

    def _reasons(self, row: int, column: int) -> list[str]:
        if self.view is None:
            return []
        key = (self.experts[column].keyid, self.applicants[row].ref)
        return [
            texts.exclusion_text(x.reason.value, x.detail)
            for x in self.view.exclusions.get(key, ())
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        row, column = index.row(), index.column()
        if row >= len(self.applicants) or column >= len(self.experts):
            return None
        applicant, expert = self.applicants[row], self.experts[column]
        on = expert.keyid in self.assigned(applicant.ref)
        reasons = self._reasons(row, column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if reasons:
                short = texts.listed(
                    dict.fromkeys(texts.exclusion_short(r) for r in self._codes(row, column))
                )
                return plain_item_text(f"{EXCLUDED_MARK} {short}")
            return ""  # the check box says it
        if role == Qt.ItemDataRole.ToolTipRole:
            head = f"{applicant.ref} {applicant.name} · {expert.name}"
            lines = [head, *[self.tr("Excluded: {reason}").format(reason=r) for r in reasons]]
            return plain_tooltip("\n".join(lines))
        if role == SortRole:
            return 1 if on else 0
        if role == RowRole:
            return (applicant, expert)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.view is None:
            return False
        if self.editor is None:
            return False
        applicant = self.applicants[index.row()]
        expert = self.experts[index.column()].keyid
        want = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        current = set(self.assigned(applicant.ref))
        chosen = current | {expert} if want else current - {expert}
        cell = self.view.rows.get(applicant.ref)
        return self.editor(
            applicant.ref, tuple(sorted(chosen)), None if cell is None else cell.version
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.experts):
            expert = self.experts[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return plain_item_text(expert.name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"{expert.name}\n{expert.institution}")
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.applicants):
            applicant = self.applicants[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return plain_item_text(f"{applicant.ref} {applicant.name}")
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"{applicant.ref} {applicant.name}\n{applicant.institution}")
        return None


__all__ = [
    "ApplicantProblemsModel",
    "ApplicantsModel",
    "AssignmentMatrixModel",
    "FormInfo",
    "FormsModel",
    "HandoverModel",
    "HistoryModel",
    "KeysModel",
    "MaterialsModel",
    "PanelsModel",
    "ResultsModel",
    "RoundInfo",
    "RoundsModel",
    "VerdictsModel",
]
