"""The commission's round set-up: the applicant list from a spreadsheet, and a conflict-free
assignment proposal with its check."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from reviewdesk.core.commission.applicant_list import (
    ApplicantRecord,
    RowProblem,
    RowProblemCode,
    read_applicant_list,
)
from reviewdesk.core.commission.assignment import (
    AssignmentProblemCode,
    ExclusionReason,
    ExpertRecord,
    check_assignment,
    conflicts,
    propose_assignment,
)
from reviewdesk.core.domain import Category
from reviewdesk.core.errors import InputError

HEADER = "编号,名称,类别,依托单位,领域,合作国家,联系邮箱\n"


def _csv(tmp_path: Path, body: str, header: str = HEADER, bom: bool = True) -> Path:
    path = tmp_path / "applicants.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + (header + body).encode("utf-8"))
    return path


def test_a_clean_list_reads_every_applicant_with_its_category_and_partners(tmp_path: Path) -> None:
    rows = ["KY-01,北京量子材料研究院,科研类,北京大学,新材料,德国、法国,a@pku.edu.cn", "",
            "QY-02,京华智能科技有限公司,enterprise,京华集团,人工智能,,"]  # fmt: skip
    path = _csv(tmp_path, "\n".join(rows) + "\n")
    result = read_applicant_list(path)
    assert result.ok
    assert [r.ref for r in result.records] == ["KY-01", "QY-02"]
    first = result.records[0]
    assert first.category is Category.RESEARCH
    assert first.partner_countries == ("德国", "法国")
    assert first.row == 2
    assert result.records[1].row == 4  # the blank line is skipped but still counted


def test_every_bad_cell_is_named_by_row_and_column_in_one_pass(tmp_path: Path) -> None:
    path = _csv(tmp_path, "KY-01,研究院,科研类,北大,,,\n"
                          "KY 02,,学校类,清华,,,not-an-address\n"
                          "KY-01,重复,平台类,某单位,,,\n"
                          "PT-04,名称\u202e,平台类,某单位,,,\n")  # fmt: skip
    result = read_applicant_list(path)
    found = {(p.row, p.column, p.code) for p in result.problems}
    assert found == {
        (3, "编号", RowProblemCode.BAD_REF),
        (3, "名称", RowProblemCode.EMPTY),
        (3, "类别", RowProblemCode.BAD_CATEGORY),
        (3, "联系邮箱", RowProblemCode.BAD_EMAIL),
        (4, "编号", RowProblemCode.DUPLICATE_REF),
        (5, "名称", RowProblemCode.BAD_TEXT),
    }
    duplicate = next(p for p in result.problems if p.code is RowProblemCode.DUPLICATE_REF)
    assert duplicate.detail == "2"  # where the number was first
    assert [r.ref for r in result.records] == ["KY-01"]


def test_a_missing_required_column_is_named_and_no_row_is_read(tmp_path: Path) -> None:
    path = _csv(tmp_path, "KY-01,研究院,科研类\n", header="ref,name,category\n")
    result = read_applicant_list(path)
    assert result.records == ()
    assert result.problems == (
        RowProblem(1, "依托单位", RowProblemCode.MISSING_COLUMN, "institution"),
    )


def test_a_gbk_csv_is_refused_with_the_save_as_utf8_error(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes((HEADER + "KY-01,研究院,科研类,北大,,,\n").encode("gbk"))
    with pytest.raises(InputError) as caught:
        read_applicant_list(path)
    assert caught.value.code == "sheets-not-utf8"
    assert caught.value.path == path


def test_an_xlsx_list_reads_numbers_as_the_sheet_shows_them(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ref", "name", "category", "institution", "备注"])
    sheet.append(["YQ-7", "中关村某园区", "园区类", "海淀区政府", "staff note"])
    sheet.append([12.0, "数字编号单位", "平台类", "某协会", None])
    path = tmp_path / "applicants.xlsx"
    book.save(path)
    result = read_applicant_list(path)
    assert result.ok
    assert [(r.ref, r.category) for r in result.records] == [
        ("YQ-7", Category.PARK),
        ("12", Category.PLATFORM),
    ]


def test_a_damaged_xlsx_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputError) as caught:
        read_applicant_list(path)
    assert caught.value.code == "applicants-unreadable"
    assert caught.value.path == path


def _applicant(ref: str, institution: str, email: str = "") -> ApplicantRecord:
    return ApplicantRecord(ref, f"单位{ref}", Category.RESEARCH, institution, contact_email=email)


def test_conflicts_name_their_reason() -> None:
    dept = ExpertRecord("e1", "王", "清华大学化学系", email="wang@tsinghua.edu.cn")
    same_domain = ExpertRecord("e2", "李", "某研究所", email="li@tsinghua.edu.cn")
    public = ExpertRecord("e3", "张", "某公司", email="zhang@qq.com",
                          relations=frozenset({"A"}), relation_notes={"A": "曾任顾问"})  # fmt: skip
    applicant = _applicant("A", "清华大学", "office@tsinghua.edu.cn")
    assert [(x.reason, x.detail) for x in conflicts(applicant, dept)] == [
        (ExclusionReason.SAME_INSTITUTION, "清华大学"),
        (ExclusionReason.SAME_EMAIL_DOMAIN, "tsinghua.edu.cn"),
    ]
    assert [x.reason for x in conflicts(applicant, same_domain)] == [
        ExclusionReason.SAME_EMAIL_DOMAIN
    ]
    other = _applicant("A", "某大学", "a@qq.com")
    assert [(x.reason, x.detail) for x in conflicts(other, public)] == [
        (ExclusionReason.DECLARED_RELATION, "曾任顾问")
    ]
    # A short common word inside a name is not a shared institution.
    assert conflicts(_applicant("B", "中国"), ExpertRecord("e4", "赵", "中国科学院")) == []


def test_the_proposal_covers_everyone_balances_load_and_excludes_conflicts() -> None:
    experts = [ExpertRecord(f"e{i}", f"专家{i}", f"单位{i}") for i in range(1, 7)]
    applicants = [_applicant(f"A{i:02}", f"申请单位{i}") for i in range(1, 13)]
    applicants[0] = _applicant("A01", "单位1")  # e1's own institution
    plan = propose_assignment(applicants, experts, minimum=3, per_applicant=3)
    assert ("e1", "A01") not in plan.pairs
    assert [(x.expert, x.applicant, x.reason) for x in plan.exclusions] == [
        ("e1", "A01", ExclusionReason.SAME_INSTITUTION)
    ]
    assert all(len(plan.experts_of(a.ref)) == 3 for a in applicants)
    assert sorted(plan.load().values()) == [6] * 6  # 36 reviews over 6 experts
    assert check_assignment(plan.pairs, applicants, experts, minimum=3) == []
    # The same input gives the same plan.
    assert propose_assignment(applicants, experts, minimum=3, per_applicant=3) == plan


def test_by_default_every_eligible_member_scores_every_applicant() -> None:
    experts = [ExpertRecord(f"e{i}", f"专家{i}", f"单位{i}") for i in range(1, 6)]
    applicants = [_applicant("A01", "单位2"), _applicant("A02", "别处")]
    plan = propose_assignment(applicants, experts, minimum=3)
    assert plan.experts_of("A01") == ["e1", "e3", "e4", "e5"]
    assert plan.experts_of("A02") == ["e1", "e2", "e3", "e4", "e5"]


def test_the_check_names_every_problem_of_an_edited_plan() -> None:
    experts = [ExpertRecord("e1", "王", "北大"), ExpertRecord("e2", "李", "清华")]
    applicants = [_applicant("A", "北大"), _applicant("B", "别处")]
    edited = {("e1", "A"), ("e2", "A"), ("e2", "B"), ("e9", "B"), ("e1", "Z")}
    problems = check_assignment(edited, applicants, experts, minimum=2)
    assert [(p.code, p.applicant, p.expert) for p in problems] == [
        (AssignmentProblemCode.CONFLICT_ASSIGNED, "A", "e1"),
        (AssignmentProblemCode.TOO_FEW_EXPERTS, "B", ""),
        (AssignmentProblemCode.UNKNOWN_EXPERT, "B", "e9"),
        (AssignmentProblemCode.UNKNOWN_APPLICANT, "Z", "e1"),
    ]
    too_few = next(p for p in problems if p.code is AssignmentProblemCode.TOO_FEW_EXPERTS)
    assert too_few.detail == "1/2"
