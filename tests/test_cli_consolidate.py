"""``reviewdesk consolidate``: what the chair reads on the terminal, and the exit codes."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from reviewdesk.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
CSV_EXAMPLE = str(EXAMPLES / "consolidate-evaluation.csv")
DECISIONS_EXAMPLE = str(EXAMPLES / "consolidate-decisions.json")
JSON_EXAMPLE = str(EXAMPLES / "consolidate-recognition.json")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text output follows the locale; these tests read the English one unless told."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["consolidate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def table_rows(out: str) -> list[list[str]]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("RANK"))
    rows = []
    for line in lines[start + 1 :]:
        if not line.strip() or line.startswith("*"):  # the end, or the legend of "*"
            break
        rows.append(line.split())
    return rows


def test_table_ranks_the_example_with_scores_grades_and_sheet_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park")
    assert code == 0 and err == ""
    assert [row[:6] for row in table_rows(out)] == [
        ["1", "P04", "80", "良好", "3/3", "0"],  # decimals normalised: 80, not 80.00
        ["2", "P05", "80", "良好", "3/3", "0"],
        ["3", "P01", "79.17", "良好", "5/5", "1"],
        ["4", "P02", "77.67", "良好", "3/4", "2"],
        ["5", "P03", "71", "合格", "3/4", "1"],
    ]


def test_open_flags_exit_zero_but_say_not_final_with_the_flag_ids(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park")
    assert code == 0
    assert "not final: 4 blockers" in out
    for flag_id in (
        "[range]",
        "[undecided-veto:V1]",
        "[missing-sheet:yang]",
        "[missing-sheet:liu]",
    ):
        assert flag_id in out


def test_details_explain_sheets_problems_and_positions(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park")
    assert "trimmed mean of 3 of 5 sheets" in out
    assert "dropped as the highest by the trimmed mean" in out
    assert "yang   row 10  not counted: invalid" in out
    assert "E2: 16 is outside 0–15" in out
    assert "above P05: equal panel score 80; E1 mean 20.67 vs 19.67" in out
    assert "no counting sheet (no sheet)" in out


def test_decisions_file_makes_the_round_final(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, CSV_EXAMPLE, "--template", "evaluation-park", "--decisions", DECISIONS_EXAMPLE
    )
    assert code == 0 and "final: every flag is resolved" in out
    rows = table_rows(out)
    assert [row[1] for row in rows] == ["P04", "P05", "P01", "P03", "P02"]
    assert rows[3][3] == "良好*" and rows[4][:4] == ["-", "P02", "77.67", "不合格"]
    assert "grade: computed 合格, decided 良好, because “2024年" in out
    assert "confirmed by the chair" in out
    assert "not ranked, a veto is confirmed" in out


def test_refused_override_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    decisions = tmp_path / "decisions.json"
    document = {
        "format": "reviewdesk-decisions/1",
        "applicants": {"P04": {"grade_override": {"grade": "excellent", "reason": " "}}},
    }
    decisions.write_text(json.dumps(document), encoding="utf-8")
    code, out, _ = run(
        capsys, CSV_EXAMPLE, "--template", "evaluation-park", "--decisions", str(decisions)
    )
    assert code == 0
    assert "decision on grade-override refused: a reason is required" in out
    assert "P04 refused-decision: grade-override" in out
    assert table_rows(out)[0][3] == "良好"


def test_recognition_json_shows_recommendations_and_the_manual_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, JSON_EXAMPLE, "--template", "recognition-research")
    assert code == 0
    assert [row[:5] for row in table_rows(out)] == [
        ["1", "T02", "83", "良好", "建议认定"],
        ["2", "T01", "83", "良好", "建议认定"],
        ["3", "T03", "64.83", "合格", "不建议认定"],
    ]
    assert "manual order, because “两家得分" in out
    assert "dismissed by the chair" in out


def test_json_output_is_valid_json_with_decimals_as_strings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park", "--json")
    document = json.loads(out)
    assert code == 0 and document["format"] == "reviewdesk-consolidation/1"
    assert document["final"] is False and len(document["blockers"]) == 4
    assert [(r["position"], r["applicant"], r["panel_score"]) for r in document["ranking"]] == [
        (1, "P04", "80.00"),
        (2, "P05", "80.00"),
        (3, "P01", "79.17"),
        (4, "P02", "77.67"),
        (5, "P03", "71.00"),
    ]
    p01 = document["applicants"][0]
    assert all(isinstance(c["total"], str) for c in p01["counted"])


@pytest.mark.parametrize(
    ("make", "code_name", "fragment"),
    [
        (lambda d: d / "absent.csv", "file-unreadable", "absent.csv"),
        (
            lambda d: _write(d, "gbk.csv", Path(CSV_EXAMPLE).read_text("utf-8").encode("gbk")),
            "sheets-not-utf8",
            "CSV UTF-8",
        ),
        (
            lambda d: _write(d, "typo.csv", b"applicant,expert,E1,E2,E3,E4,E5,E6,E7,opnion\n"),
            "sheets-invalid",
            "opnion",
        ),
        (
            lambda d: _write(d, "f.json", b'{"format": "reviewdesk-sheets/1", "x": 1.5}'),
            "bad-json",
            "write decimals as strings",
        ),
    ],
)
def test_input_errors_go_to_stderr_with_exit_1(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    make: object,
    code_name: str,
    fragment: str,
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    code, out, err = run(capsys, str(path), "--template", "evaluation-park")
    assert code == 1 and out == ""
    assert err.startswith(f"reviewdesk: error: {code_name}: ") and fragment in err


def test_unknown_template_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, CSV_EXAMPLE, "--template", "evaluation-moon")
    assert code == 1 and out == "" and "template-not-found" in err


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"
KEYS = ["E1", "E2", "E3", "E4", "E5", "E6", "E7"]


def _excellent_round(folder: Path) -> tuple[Path, Path]:
    """Three applicants, each 优秀 from three experts, and a form allowing 34 % 优秀 (one of
    three), enforced."""
    form = json.loads((TEMPLATES / "evaluation-park.json").read_text("utf-8"))
    form["quota"] = {"enabled": True, "max_percent": "34", "mode": "enforce"}
    template = folder / "form.json"
    template.write_text(json.dumps(form, ensure_ascii=False), "utf-8")
    header = ["applicant", "expert", *KEYS, *(f"comment:{k}" for k in KEYS), "opinion"]
    rows = [",".join(header)]
    full = {"E1": 25, "E2": 15, "E3": 20, "E4": 15, "E5": 10, "E6": 10, "E7": 5}
    for applicant, lost in (("Q1", 0), ("Q2", 2), ("Q3", 4)):  # totals 100, 98, 96
        for expert in ("wang", "li", "zhang"):
            scores = [str(full[k] - (lost if k == "E1" else 0)) for k in KEYS]
            rows.append(",".join([applicant, expert, *scores, *(["why"] * 7), "fine"]))
    sheets = _write(folder, "sheets.csv", ("\n".join(rows) + "\n").encode())
    return sheets, template


def test_enforced_quota_publishes_one_grade_in_the_applicant_record_and_the_ranking(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheets, template = _excellent_round(tmp_path)
    code, out, _ = run(capsys, str(sheets), "--template", str(template), "--json")
    document = json.loads(out)
    assert code == 0
    ranked = {entry["applicant"]: entry["grade"] for entry in document["ranking"]}
    published = {a["id"]: a["grade"] for a in document["applicants"]}
    assert ranked == published == {"Q1": "excellent", "Q2": "good", "Q3": "good"}
    q2 = next(a for a in document["applicants"] if a["id"] == "Q2")
    assert q2["decided_grade"] == "excellent" and q2["computed_grade"] == "excellent"
    assert q2["quota_adjustment"] == {
        "from": "excellent",
        "to": "good",
        "allowed": 1,
        "excellent_position": 2,
    }
    # The text says the same: the table and the details show 良好 for Q2, never 优秀.
    _, out, _ = run(capsys, str(sheets), "--template", str(template), "--lang", "en")
    q2_row = next(row for row in table_rows(out) if row[1] == "Q2")
    assert q2_row[3] == "良好*"
    assert "  grade: 良好" in out.split("Q2 — position 2")[1].split("\n\n")[0]


def test_header_only_csv_is_not_final(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheets = _write(tmp_path, "empty.csv", b"applicant,expert,E1,E2,E3,E4,E5,E6,E7\n")
    code, out, _ = run(capsys, str(sheets), "--template", "evaluation-park", "--json")
    document = json.loads(out)
    assert code == 0 and document["final"] is False
    assert document["blockers"] == [
        {"applicant": None, "kind": "no-applicants", "subject": str(sheets)}
    ]
    code, out, _ = run(capsys, str(sheets), "--template", "evaluation-park", "--lang", "en")
    assert "not final: 1 blocker" in out and "no applicant" in out


def test_insufficient_applicant_keeps_the_round_open_until_the_chair_decides(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    row = ",".join(["20"] * 1 + ["12", "16", "12", "8", "8", "4"])
    text = "applicant,expert,E1,E2,E3,E4,E5,E6,E7,opinion\n"
    text += f"P1,wang,{row},ok\nP1,li,{row},ok\n"  # two sheets: the form needs three
    sheets = _write(tmp_path, "two.csv", text.encode())
    code, out, _ = run(capsys, str(sheets), "--template", "evaluation-park", "--json")
    document = json.loads(out)
    assert code == 0 and document["final"] is False
    assert document["blockers"] == [
        {"applicant": "P1", "kind": "unresolved-flag", "subject": "insufficient-sheets"}
    ]
    decisions = _write(
        tmp_path,
        "decisions.json",
        json.dumps(
            {
                "format": "reviewdesk-decisions/1",
                "applicants": {"P1": {"resolutions": {"insufficient-sheets": "no grade"}}},
            }
        ).encode(),
    )
    _, out, _ = run(
        capsys,
        str(sheets),
        "--template",
        "evaluation-park",
        "--decisions",
        str(decisions),
        "--json",
    )
    document = json.loads(out)
    assert document["final"] is True
    assert document["applicants"][0]["grade"] is None


def _display_column(line: str, text: str) -> int:
    """The terminal column where ``text`` starts in ``line`` (CJK characters are two wide)."""
    index = line.index(text)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line[:index])


def _cjk_round(folder: Path) -> Path:
    header = "applicant,applicant_name,expert,E1,E2,E3,E4,E5,E6,E7,opinion"
    rows = [header]
    sheets = {
        # (applicant, name): expert → E1 (the rest fixed: 12 + 16 + 12 + 8 + 8 + 4 = 60)
        ("P1", "中关村国际技术转移园"): {"王伟": "20", "li": "20.5", "欧阳明华": "21"},
        ("P2", "Park Two"): {"王伟": "18", "li": "19", "欧阳明华": "19.5"},
    }
    for (applicant, name), by_expert in sheets.items():
        for expert, e1 in by_expert.items():
            rows.append(f"{applicant},{name},{expert},{e1},12,16,12,8,8,4,同意")
    return _write(folder, "cjk.csv", ("\n".join(rows) + "\n").encode())


def test_chinese_locale_gives_chinese_headings_and_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out, _ = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park")
    assert code == 0
    lines = out.splitlines()
    assert any(line.split()[:4] == ["排名", "编号", "得分", "等级"] for line in lines)
    assert "未定稿：尚有 4 项待处理" in out
    assert "[missing-sheet:liu] liu：没有有效评分表（未提交评分表） — 待处理" in out
    assert "专家组得分 79.17：5 份评分表去掉一个最高分和一个最低分后 3 份的平均分" in out
    assert "RANK" not in out and "panel score" not in out
    # --lang wins over the locale, and LC_ALL over LANG.
    _, english, _ = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park", "--lang", "en")
    assert "not final: 4 blockers" in english
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    _, english, _ = run(capsys, CSV_EXAMPLE, "--template", "evaluation-park")
    assert english.splitlines()[4].startswith("RANK")


def test_columns_line_up_by_display_width_with_chinese_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheets = _cjk_round(tmp_path)
    for language in ("zh_CN", "en"):
        _, out, _ = run(capsys, str(sheets), "--template", "evaluation-park", "--lang", language)
        lines = out.splitlines()
        head = next(i for i, line in enumerate(lines) if line.startswith(("排名", "RANK")))
        header, p1, p2 = lines[head : head + 3]
        name_heading = "申报单位" if language == "zh_CN" else "NAME"
        # The name column starts at the same terminal column in every row.
        assert (
            _display_column(header, name_heading)
            == _display_column(p1, "中关村")
            == _display_column(p2, "Park Two")
        )
        # The sheets of one applicant: "row N" starts in one column, whatever the expert id.
        p1_sheets = [line for line in lines if line.startswith("    ") and "row " in line][:3]
        assert len({_display_column(line, "row ") for line in p1_sheets}) == 1


def test_decimals_are_printed_normalised(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheets = _cjk_round(tmp_path)
    _, out, _ = run(capsys, str(sheets), "--template", "evaluation-park", "--lang", "en")
    rows = {row[1]: row for row in table_rows(out)}
    # P1: (80 + 80.5 + 81) / 3 = 80.50 → "80.5"; P2: (78 + 79 + 79.5) / 3 = 78.83.
    assert rows["P1"][2] == "80.5" and rows["P2"][2] == "78.83"
    assert "panel score 80.5: mean of 3 sheets" in out
    assert "total 80.5" in out and "total   80  " in out
    assert ".0 " not in out and ".00" not in out
    # JSON keeps the engine's exact two decimals.
    _, out, _ = run(capsys, str(sheets), "--template", "evaluation-park", "--json")
    assert json.loads(out)["applicants"][0]["panel_score"] == "80.50"
