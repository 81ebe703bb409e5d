"""Reading the chair's sheet files (docs/CONSOLIDATE.md) and consolidating them.

The documented examples are checked against the results worked out by hand in the doc.
"""

from __future__ import annotations

import codecs
import json
from decimal import Decimal
from pathlib import Path

import pytest

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.errors import InputError
from reviewdesk.core.scoring import (
    DecisionProblemCode,
    ExclusionReason,
    PanelResult,
    PanelStatus,
    ProblemCode,
    TieRule,
    UnrankedReason,
)
from reviewdesk.core.sheets import reading as sheets_io
from reviewdesk.core.sheets.consolidation import (
    RoundBlockerKind,
    RoundConsolidation,
    consolidate_sheet_set,
    read_decisions,
    read_sheets,
)
from reviewdesk.core.sheets.consolidation_json import consolidation_to_json
from reviewdesk.core.templates.loader import find_template
from reviewdesk.core.templates.model import AggregationMethod

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
CSV_EXAMPLE = EXAMPLES / "consolidate-evaluation.csv"
DECISIONS_EXAMPLE = EXAMPLES / "consolidate-decisions.json"
JSON_EXAMPLE = EXAMPLES / "consolidate-recognition.json"
HEADER = "applicant,expert,E1,E2,E3,E4,E5,E6,E7,opinion"


def run(
    path: Path, template: str = "evaluation-park", decisions: Path | None = None
) -> RoundConsolidation:
    chosen = read_decisions(decisions) if decisions is not None else None
    return consolidate_sheet_set(find_template(template), read_sheets(path), chosen)


def result(consolidation: RoundConsolidation, applicant: str) -> PanelResult:
    return next(i.result for i in consolidation.applicants if i.applicant_id == applicant)


def write(tmp_path: Path, text: str, name: str = "sheets.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def layout_error(path: Path, template: str = "evaluation-park") -> InputError:
    with pytest.raises(InputError) as caught:
        run(path, template)
    return caught.value


# --- the documented examples -----------------------------------------------------------


def test_csv_example_five_sheets_use_the_trimmed_mean() -> None:
    p01 = result(run(CSV_EXAMPLE), "P01")
    assert p01.method is AggregationMethod.TRIMMED_MEAN
    assert p01.panel_score == Decimal("79.17")  # (83 + 80 + 74.5) / 3, 87 and 65 dropped
    assert p01.plain_mean == Decimal("77.90")
    assert {c.expert_id for c in p01.counted if c.trimmed} == {"wang", "chen"}
    assert [f.id for f in p01.flags] == ["range"]


def test_csv_example_veto_without_decision_is_an_open_flag_and_the_score_still_ranks() -> None:
    consolidation = run(CSV_EXAMPLE)
    p02 = result(consolidation, "P02")
    assert p02.panel_score == Decimal("77.67") and p02.grade is Grade.GOOD
    assert [v.item for v in p02.vetoes] == ["V1"] and p02.vetoes[0].decision is None
    assert "undecided-veto:V1" in [f.id for f in p02.flags]
    assert [e.applicant_id for e in consolidation.ranking.entries][3] == "P02"


def test_csv_example_wrong_score_excludes_the_sheet_with_its_problem() -> None:
    p02 = result(run(CSV_EXAMPLE), "P02")
    (yang,) = p02.excluded
    assert yang.sheet.expert_id == "yang" and yang.reasons == (ExclusionReason.INVALID,)
    assert [(p.code, p.criterion) for p in yang.problems] == [(ProblemCode.OUT_OF_RANGE, "E2")]
    missing = next(f for f in p02.flags if f.id == "missing-sheet:yang")
    assert missing.detail["reason"] == "invalid"


def test_csv_example_row_without_scores_is_a_missing_sheet() -> None:
    consolidation = run(CSV_EXAMPLE)
    p03 = result(consolidation, "P03")
    assert p03.assigned_experts == ("li", "liu", "wang", "zhang")
    assert p03.method is AggregationMethod.MEAN and p03.panel_score == Decimal("71.00")
    assert p03.grade is Grade.QUALIFIED
    flag = next(f for f in p03.flags if f.id == "missing-sheet:liu")
    assert flag.detail["reason"] == "no-sheet"


def test_csv_example_tie_on_the_score_is_broken_by_the_first_tie_break_criterion() -> None:
    ranking = run(CSV_EXAMPLE).ranking
    assert [e.applicant_id for e in ranking.entries] == ["P04", "P05", "P01", "P02", "P03"]
    top = ranking.entries[0]
    assert top.result.panel_score == ranking.entries[1].result.panel_score == Decimal("80.00")
    assert top.versus_below is not None
    assert top.versus_below.decided_by is TieRule.CRITERION_MEAN
    assert top.versus_below.steps[-1].criterion == "E1"
    assert not ranking.unresolved_ties


def test_csv_example_is_not_final_until_the_chair_decides() -> None:
    blockers = run(CSV_EXAMPLE).blockers
    assert [(b.applicant_id, b.kind, b.subject) for b in blockers] == [
        ("P01", RoundBlockerKind.UNRESOLVED_FLAG, "range"),
        ("P02", RoundBlockerKind.UNDECIDED_VETO, "V1"),
        ("P02", RoundBlockerKind.UNRESOLVED_FLAG, "missing-sheet:yang"),
        ("P03", RoundBlockerKind.UNRESOLVED_FLAG, "missing-sheet:liu"),
    ]


def test_decisions_example_confirms_the_veto_resolves_flags_and_overrides_a_grade() -> None:
    consolidation = run(CSV_EXAMPLE, decisions=DECISIONS_EXAMPLE)
    assert consolidation.final
    p02 = result(consolidation, "P02")
    assert p02.veto_confirmed and p02.grade is Grade.UNQUALIFIED
    assert [(u.result.applicant_id, u.reason) for u in consolidation.ranking.unranked] == [
        ("P02", UnrankedReason.VETOED)
    ]
    p03 = result(consolidation, "P03")
    assert p03.computed_grade is Grade.QUALIFIED and p03.grade is Grade.GOOD
    assert all(f.resolved for f in result(consolidation, "P01").flags)
    assert [e.applicant_id for e in consolidation.ranking.entries] == ["P04", "P05", "P01", "P03"]


def test_json_example_manual_order_breaks_a_full_tie_and_recommendations_follow_70() -> None:
    consolidation = run(JSON_EXAMPLE, "recognition-research")
    assert consolidation.final
    entries = consolidation.ranking.entries
    assert [e.applicant_id for e in entries] == ["T02", "T01", "T03"]
    assert entries[0].versus_below is not None
    assert entries[0].versus_below.decided_by is TieRule.MANUAL_ORDER
    t01, t03 = result(consolidation, "T01"), result(consolidation, "T03")
    assert t01.panel_score == Decimal("83.00") and t01.recommendation is Recommendation.RECOGNISE
    assert t03.panel_score == Decimal("64.83")
    assert t03.recommendation is Recommendation.DO_NOT_RECOGNISE
    assert not t03.veto_confirmed and t03.vetoes[0].decision is not None


def test_json_example_without_its_decisions_leaves_the_tie_open(tmp_path: Path) -> None:
    document = json.loads(JSON_EXAMPLE.read_text("utf-8"))
    del document["decisions"]
    consolidation = run(write(tmp_path, json.dumps(document), "s.json"), "recognition-research")
    assert consolidation.ranking.unresolved_ties == (("T01", "T02"),)
    kinds = {b.kind for b in consolidation.blockers}
    assert RoundBlockerKind.UNRESOLVED_TIE in kinds and RoundBlockerKind.UNDECIDED_VETO in kinds


# --- CSV layout ----------------------------------------------------------------------------


def test_csv_with_byte_order_mark_reads_like_without(tmp_path: Path) -> None:
    bom = tmp_path / "bom.csv"
    bom.write_bytes(codecs.BOM_UTF8 + CSV_EXAMPLE.read_bytes())
    with_bom, without = run(bom), run(CSV_EXAMPLE)
    assert [i.entry for i in with_bom.applicants] == [i.entry for i in without.applicants]
    assert result(with_bom, "P01").panel_score == Decimal("79.17")


def test_gbk_csv_is_refused_with_a_save_as_utf8_error(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(CSV_EXAMPLE.read_text("utf-8").encode("gbk"))
    error = layout_error(gbk)
    assert error.code == "sheets-not-utf8" and error.path == gbk
    assert error.detail["line"] == 2 and "GBK" in error.detail["encoding"]


def test_unknown_column_is_named(tmp_path: Path) -> None:
    text = CSV_EXAMPLE.read_text("utf-8").replace(",E6,", ",E66,", 1)
    error = layout_error(write(tmp_path, text))
    assert error.code == "sheets-invalid"
    assert error.detail["where"] == "row 1, column E66 (cell I1)"
    assert "E66" in error.detail["reason"]


def test_missing_criterion_column_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "applicant,expert,E1,E2,E3,E4,E5,E6,opinion\nP1,wang,1,1,1,1,1,1,x\n")
    error = layout_error(path)
    assert error.detail["where"] == "row 1" and "E7" in error.detail["reason"]


def test_unknown_veto_column_is_an_error(tmp_path: Path) -> None:
    # V4 (fails eligibility) is a recognition item; evaluation forms do not have it.
    path = write(tmp_path, f"{HEADER},veto:V4\nP1,wang,,,,,,,,,\n")
    error = layout_error(path)
    assert error.detail["where"] == "row 1, column veto:V4 (cell K1)"


def test_bad_decimal_is_named_with_row_and_column(tmp_path: Path) -> None:
    text = CSV_EXAMPLE.read_text("utf-8").replace("li,17,10,14,", "li,17,10,l4,", 1)
    error = layout_error(write(tmp_path, text))
    assert error.detail["where"] == "row 12, column E3 (cell F12)"
    assert "l4" in error.detail["reason"]


@pytest.mark.parametrize("value", ["1e1", "NaN", "２０", "20,5", "-"])
def test_only_plain_decimals_are_scores(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, f'{HEADER}\nP1,wang,"{value}",,,,,,,x\n')
    assert layout_error(path).detail["where"] == "row 2, column E1 (cell C2)"


def test_duplicate_applicant_expert_revision_rows_are_refused(tmp_path: Path) -> None:
    text = f"{HEADER},revision\nP1,wang,,,,,,,,,1\nP1,li,,,,,,,,,\nP1,wang,,,,,,,,x,\n"
    error = layout_error(write(tmp_path, text))
    assert error.detail["where"] == "row 4" and "row 2" in error.detail["reason"]


def test_revisions_of_one_expert_keep_the_latest(tmp_path: Path) -> None:
    scores = "20,12,16,12,8,8,4"
    text = f"{HEADER},revision\nP1,wang,{scores},old,1\nP1,wang,{scores},new,2\n"
    p1 = result(run(write(tmp_path, text)), "P1")
    assert [e.reasons for e in p1.excluded] == [(ExclusionReason.SUPERSEDED,)]
    assert p1.counted[0].sheet.overall_opinion == "new"
    assert "superseded-sheet:wang" in [f.id for f in p1.flags]


def test_disqualifying_conflict_row_without_scores_is_a_sheet_not_a_missing_one(
    tmp_path: Path,
) -> None:
    text = f"{HEADER},conflict\nP1,wang,,,,,,,,,disqualifying\n"
    (excluded,) = result(run(write(tmp_path, text)), "P1").excluded
    assert ExclusionReason.DISQUALIFYING_CONFLICT in excluded.reasons


def test_applicant_name_must_not_change_between_rows(tmp_path: Path) -> None:
    text = "applicant,applicant_name,expert,E1,E2,E3,E4,E5,E6,E7\nP1,甲,wang\nP1,乙,li\n"
    error = layout_error(write(tmp_path, text))
    assert error.detail["where"] == "row 3, column applicant_name (cell B3)"


def test_required_columns_and_cells(tmp_path: Path) -> None:
    assert "expert" in layout_error(write(tmp_path, "applicant,E1\nP1,3\n")).detail["reason"]
    error = layout_error(write(tmp_path, f"{HEADER}\nP1,,1,,,,,,,\n"))
    assert error.detail["where"] == "row 2, column expert (cell B2)"


def test_unreadable_and_oversized_files_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InputError) as caught:
        read_sheets(tmp_path / "absent.csv")
    assert caught.value.code == "file-unreadable"
    monkeypatch.setattr(sheets_io, "MAX_SHEETS_BYTES", 100)
    with pytest.raises(InputError) as caught:
        read_sheets(CSV_EXAMPLE)
    assert caught.value.code == "file-too-large" and caught.value.detail["limit"] == 100


# --- JSON layout ---------------------------------------------------------------------------


def sheets_document(**sheet: object) -> dict[str, object]:
    base: dict[str, object] = {"applicant": "P1", "expert": "wang", "opinion": "x"}
    return {"format": "reviewdesk-sheets/1", "sheets": [{**base, **sheet}]}


def test_json_float_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '{"format": "reviewdesk-sheets/1", "sheets": [{"scores": {"E1": 20.5}}]}',
        "s.json",
    )
    error = layout_error(path)
    assert error.code == "bad-json" and "binary float" in error.detail["reason"]


def test_json_errors_name_the_json_path(tmp_path: Path) -> None:
    cases = {
        "sheets[0].scores.E9": sheets_document(scores={"E9": "1"}),
        "sheets[0].scores.E1": sheets_document(scores={"E1": "twenty"}),
        "sheets[0].score": sheets_document(score={"E1": "1"}),
        "sheets[0].revision": sheets_document(revision=0),
        "sheets[0].conflict": sheets_document(conflict="maybe"),
        "format": {"format": "reviewdesk-sheets/2", "sheets": []},
    }
    for where, document in cases.items():
        error = layout_error(write(tmp_path, json.dumps(document), "s.json"))
        assert (error.code, error.detail["where"]) == ("sheets-invalid", where)


def test_json_template_must_match_the_chosen_form(tmp_path: Path) -> None:
    error = layout_error(JSON_EXAMPLE, "recognition-park")
    assert error.detail["where"] == "template" and "recognition-research" in error.detail["reason"]
    sha = find_template("recognition-research").sha256
    document = json.loads(JSON_EXAMPLE.read_text("utf-8")) | {"template": sha[:10]}
    assert run(write(tmp_path, json.dumps(document), "s.json"), "recognition-research").final


def test_json_without_applicants_takes_the_senders_as_assigned(tmp_path: Path) -> None:
    document = sheets_document(scores={"E1": "20", "E2": 12})
    p1 = result(run(write(tmp_path, json.dumps(document), "s.json")), "P1")
    assert p1.assigned_experts == ("wang",) and p1.status is PanelStatus.INSUFFICIENT
    (excluded,) = p1.excluded
    assert excluded.reasons == (ExclusionReason.INCOMPLETE,)


def test_json_duplicate_sheet_is_refused(tmp_path: Path) -> None:
    document = sheets_document()
    document["sheets"] = [*document["sheets"], *document["sheets"]]  # type: ignore[misc]
    error = layout_error(write(tmp_path, json.dumps(document), "s.json"))
    assert error.detail["where"] == "sheets[1]" and "sheets[0]" in error.detail["reason"]


# --- decisions -----------------------------------------------------------------------------


def decisions_file(tmp_path: Path, applicants: dict[str, object]) -> Path:
    document = {"format": "reviewdesk-decisions/1", "applicants": applicants}
    return write(tmp_path, json.dumps(document, ensure_ascii=False), "decisions.json")


def test_resolution_clears_a_flag(tmp_path: Path) -> None:
    path = decisions_file(tmp_path, {"P01": {"resolutions": {"range": "discussed"}}})
    consolidation = run(CSV_EXAMPLE, decisions=path)
    assert result(consolidation, "P01").can_finalise
    assert "P01" not in {b.applicant_id for b in consolidation.blockers}


def test_override_with_a_reason_changes_the_decided_grade(tmp_path: Path) -> None:
    override = {"grade": "优秀", "reason": "new evidence"}
    path = decisions_file(tmp_path, {"P04": {"grade_override": override}})
    p04 = result(run(CSV_EXAMPLE, decisions=path), "P04")
    assert (p04.computed_grade, p04.grade) == (Grade.GOOD, Grade.EXCELLENT)


def test_override_without_a_reason_is_reported_and_not_applied(tmp_path: Path) -> None:
    path = decisions_file(tmp_path, {"P04": {"grade_override": {"grade": "excellent"}}})
    consolidation = run(CSV_EXAMPLE, decisions=path)
    p04 = result(consolidation, "P04")
    assert p04.grade is Grade.GOOD and p04.grade_override is None
    assert [p.code for p in p04.decision_problems] == [DecisionProblemCode.REASON_REQUIRED]
    assert ("P04", RoundBlockerKind.REFUSED_DECISION) in {
        (b.applicant_id, b.kind) for b in consolidation.blockers
    }


def test_decisions_for_an_unknown_applicant_are_refused(tmp_path: Path) -> None:
    path = decisions_file(tmp_path, {"P99": {"resolutions": {"range": "x"}}})
    with pytest.raises(InputError) as caught:
        run(CSV_EXAMPLE, decisions=path)
    assert caught.value.code == "decisions-invalid" and caught.value.path == path
    assert caught.value.detail["where"] == "applicants.P99"


def test_decisions_file_layout_errors(tmp_path: Path) -> None:
    path = decisions_file(tmp_path, {"P01": {"vetoes": {"V1": {"verdict": "maybe"}}}})
    with pytest.raises(InputError) as caught:
        read_decisions(path)
    assert caught.value.detail["where"] == "applicants.P01.vetoes.V1.verdict"
    with pytest.raises(InputError) as caught:
        read_decisions(JSON_EXAMPLE)  # a sheets file given as decisions
    assert caught.value.detail["where"] == "format"


# --- JSON document -------------------------------------------------------------------------


def test_json_document_has_decimals_as_strings_and_is_stable() -> None:
    document = consolidation_to_json(run(CSV_EXAMPLE, decisions=DECISIONS_EXAMPLE))
    assert json.dumps(document) == json.dumps(
        consolidation_to_json(run(CSV_EXAMPLE, decisions=DECISIONS_EXAMPLE))
    )
    p01 = next(a for a in document["applicants"] if a["id"] == "P01")
    assert p01["panel_score"] == "79.17" and p01["plain_mean"] == "77.90"
    assert p01["counted"][0] == {
        "expert": "chen",
        "revision": 1,
        "where": "row 6",
        "total": "65.0",
        "grade": "qualified",
        "trimmed": True,
    }
    assert document["final"] is True and document["unranked"] == [
        {"applicant": "P02", "reason": "vetoed"}
    ]
    p03 = next(a for a in document["applicants"] if a["id"] == "P03")
    assert (p03["computed_grade"], p03["grade"]) == ("qualified", "good")

    def no_floats(value: object) -> None:
        assert not isinstance(value, float)
        if isinstance(value, dict):
            for item in value.values():
                no_floats(item)
        elif isinstance(value, list):
            for item in value:
                no_floats(item)

    no_floats(document)
