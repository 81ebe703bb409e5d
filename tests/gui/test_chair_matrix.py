"""The panel matrix and leniency models: Qt's model checks, what each cell says, sorting by
the raw numbers, and the filters (category, grade, open flags)."""

from __future__ import annotations

from decimal import Decimal

from chair_engine import EXPERTS, TEMPLATE, build_rows, leniency_rows
from PySide6.QtCore import Qt

from reviewdesk.core.domain import Category, Grade
from reviewdesk.core.scoring import ChairDecisions, GradeOverride
from reviewdesk.gui.chair.matrix_model import LeniencyModel, MatrixFilter, PanelMatrixModel
from reviewdesk.gui.models.template_model import RowRole, SortRole


def matrix() -> PanelMatrixModel:
    return PanelMatrixModel(EXPERTS, build_rows())


def cell(model, ref: str, kind: str, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.data(model.index(model.row_of(ref), model.column_of(kind)), role)


def test_models_pass_qt_model_checks(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    model = matrix()
    qtmodeltester.check(model)
    proxy = MatrixFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(open_flags_only=True)
    qtmodeltester.check(proxy)
    lenient = LeniencyModel()
    lenient.set_rows(leniency_rows(build_rows()))
    qtmodeltester.check(lenient)


def test_cells_say_what_the_engine_decided(qapp, english) -> None:  # type: ignore[no-untyped-def]
    model = matrix()
    # seven sheets, trimmed mean of the middle five: (92+91+92.5+91.5+93)/5 = 92.
    assert cell(model, "R-001", "score") == "92"
    assert cell(model, "R-001", "score", SortRole) == Decimal("92.00")
    assert cell(model, "R-001", "grade") == "Excellent"
    assert cell(model, "R-001", "counted") == "7/7"
    assert cell(model, "R-001", "rank") == "1"
    # The highest and lowest totals are in brackets (trimmed), the others plain.
    first = model.index(model.row_of("R-001"), model.expert_column(4))
    assert model.data(first) == "(94)"
    assert model.data(first, SortRole) == Decimal("94")
    # the outlier is flagged in words and with a mark, not by colour.
    flags = cell(model, "R-002", "flags")
    assert "open" in flags and "⚑" in flags
    assert "Outlier" in cell(model, "R-002", "flags", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, "R-002", "flags", Qt.ItemDataRole.DecorationRole) is not None
    # two sheets are too few.
    assert cell(model, "R-005", "grade") == "Insufficient sheets"
    assert cell(model, "R-005", "rank") == "not ranked: too few sheets"
    assert cell(model, "R-005", "score", SortRole) < 0  # no score sorts first
    # A missing sheet reads as such, with the reason in the tooltip.
    missing = model.index(model.row_of("R-005"), model.expert_column(1))
    assert "no sheet" in model.data(missing, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0), RowRole).ref == "R-001"


def test_an_override_shows_as_one_with_the_computed_grade(qapp, english) -> None:  # type: ignore[no-untyped-def]
    decisions = {"R-001": ChairDecisions(grade_override=GradeOverride(Grade.GOOD, "材料存疑"))}
    model = PanelMatrixModel(EXPERTS, build_rows(decisions))
    text = cell(model, "R-001", "grade")
    assert "Good" in text and "override" in text and "Excellent" in text
    assert "材料存疑" in cell(model, "R-001", "grade", Qt.ItemDataRole.ToolTipRole)


def test_sorting_uses_raw_numbers(qapp, english) -> None:  # type: ignore[no-untyped-def]
    model = matrix()
    proxy = MatrixFilter()
    proxy.setSourceModel(model)
    proxy.sort(model.column_of("score"), Qt.SortOrder.DescendingOrder)
    refs = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    scores = [proxy.index(r, model.column_of("score")).data(SortRole) for r in range(6)]
    assert scores == sorted(scores, reverse=True)
    assert refs[0] == "R-001" and refs[-1] == "R-005"


def test_filters_by_grade_category_and_open_flags(qapp, english) -> None:  # type: ignore[no-untyped-def]
    model = matrix()
    proxy = MatrixFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(grade=Grade.EXCELLENT)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["R-001"]
    proxy.set_filter(category=Category.PARK)
    assert proxy.rowCount() == 0
    proxy.set_filter(open_flags_only=True)
    open_refs = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert {"R-002", "R-003", "R-004", "R-005", "R-006"} <= open_refs
    assert "R-001" not in open_refs
    proxy.set_filter(text="量子")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["R-005"]


def test_leniency_table_shows_the_outlier(qapp, english) -> None:  # type: ignore[no-untyped-def]
    model = LeniencyModel(TEMPLATE.aggregation.decimals)
    model.set_rows(leniency_rows(build_rows()))
    sixth = 5
    assert model.index(sixth, 0).data() == "杨帆"
    assert model.index(sixth, 3).data() == "1"  # flagged once, on R-002
    assert model.index(sixth, 2).data().startswith("-")  # stricter than the panel
    assert model.index(sixth, 2).data(SortRole) < 0
