"""The chair's printable outputs (issue 8 item 6): the PDF panel report and the XLSX workbook.

The sample panel is consolidated and ranked by the real engine: six experts (one absent from
the meeting) and five park applicants, with a revision, a paper sheet, an outlier, a grade
override, a confirmed veto, too few sheets and an enforced 优秀 quota. The PDF is read back
with poppler (pdffonts, pdftotext) as a viewer would; the workbook with openpyxl.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path

import pytest
from sheet_factory import make_sheet

from reviewdesk.core.domain import Category, Grade, Recommendation, RoundKind
from reviewdesk.core.expert.submit import digest_groups
from reviewdesk.core.reports import ApplicantInfo, ReportError
from reviewdesk.core.reports.panel_data import (
    ApplicantReport,
    PanelExpert,
    PanelReportData,
    PanelSheet,
)
from reviewdesk.core.reports.panel_labels import panel_label
from reviewdesk.core.reports.panel_report import render_panel_report
from reviewdesk.core.reports.panel_workbook import write_panel_workbook
from reviewdesk.core.scoring import (
    ChairDecisions,
    GradeOverride,
    RecommendationOverride,
    ScoreSheet,
    VetoClaim,
    VetoDecision,
    VetoVerdict,
    consolidate,
    rank_panel_results,
)
from reviewdesk.core.templates.loader import find_template
from reviewdesk.core.templates.model import ExcellentQuota, QuotaMode, Template

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

BEIJING = timezone(timedelta(hours=8))
FINALISED = datetime(2025, 4, 2, 16, 45, tzinfo=BEIJING)
FINGERPRINT = " ".join(digest_groups(hashlib.sha256(b"result bundle").hexdigest()))

EXPERTS = (
    PanelExpert("X1", "王建国", "清华大学精密仪器系"),
    PanelExpert("X2", "李秀英", "中国科学院科技战略咨询研究院"),
    PanelExpert("X3", "张伟", "北京市科学技术研究院"),
    PanelExpert("X4", "刘洋", "北京航空航天大学经济管理学院"),
    PanelExpert("X5", "陈静", "中关村科技园区管理委员会"),
    PanelExpert("X6", "赵志强", "北京理工大学", present=False),  # scored on paper, left early
)
APPLICANTS = {
    "P-01": "中关村软件园国际合作中心",
    "P-02": "北京经济技术开发区国际科技合作园",
    "P-03": "未来科学城国际创新港",
    "P-04": "昌平生命科学园国际合作基地",
    "P-05": "大兴国际氢能示范区合作中心",
}
OVERRIDE_REASON = "该园区引进国际顶尖研发机构三家，成效突出，专家组一致同意评为优秀。"
VETO_REASON = "经核实，申报材料中两项国际合作协议为伪造，专家组确认否决。"
PANEL_OPINION = (
    "该园区国际创新资源集聚成效明显，国际化服务体系较为完善，"
    "建议进一步加强技术转移成果的统计和跟踪。"
)


def scores_near(template: Template, total: str) -> dict[str, Decimal | None]:
    """Scores spread over the criteria in proportion to their maxima, summing to ``total``."""
    wanted = Decimal(total)
    half = Decimal("0.5")
    scores = {
        c.key: (c.max_points * wanted / template.total_points / half).to_integral_value(
            rounding=ROUND_FLOOR
        )
        * half
        for c in template.criteria
    }
    rest = wanted - sum(scores.values(), Decimal(0))
    for c in template.criteria:
        add = min(rest, c.max_points - scores[c.key])
        scores[c.key] += add
        rest -= add
    assert rest == 0
    return dict(scores)


def sheet(
    template: Template, expert: str, applicant: str, total: str, **fields: object
) -> ScoreSheet:
    comments = {c.key: f"{c.name.zh}方面材料翔实，{expert}据此评分。" for c in template.criteria}
    defaults: dict[str, object] = {
        "comments": comments,
        "overall_opinion": f"{APPLICANTS[applicant]}总体情况良好（{expert}）。",
    }
    defaults.update(fields)
    scores = [str(value) for value in scores_near(template, total).values()]
    return make_sheet(template, expert, scores=scores, applicant=applicant, **defaults)


def panel_template(kind: RoundKind = RoundKind.EVALUATION) -> Template:
    template = find_template(f"{kind.value}-park")
    quota = ExcellentQuota(enabled=True, max_percent=Decimal(40), mode=QuotaMode.ENFORCE)
    return replace(template, quota=quota)  # the hash stays: the test panel's own rules


def build_panel(kind: RoundKind = RoundKind.EVALUATION) -> PanelReportData:
    template = panel_template(kind)
    experts = [e.expert_id for e in EXPERTS]
    totals = {
        "P-01": ["92", "91", "93", "90.5", "94", "95"],
        "P-02": ["85", "84", "88", "60", "86", "87"],  # X4 is the outlier
        "P-03": ["80", "82", "79", "81", "83", "80"],
        "P-04": ["72", "70", "75", "71", "73", "74"],
        "P-05": ["66", "68", "", "", "", ""],  # too few sheets
    }
    sheets: dict[str, list[PanelSheet]] = {}
    for ref, row in totals.items():
        sheets[ref] = []
        for expert, total in zip(experts, row, strict=True):
            if not total:
                continue
            fields: dict[str, object] = {}
            if ref == "P-04" and expert == "X2":
                fields["vetoes"] = (VetoClaim("V1", "两项合作协议的签章与合作方公开信息不符。"),)
            item = PanelSheet(sheet(template, expert, ref, total, **fields))
            if expert == "X6":
                item = PanelSheet(item.sheet, True, "赵志强专家纸质评分表，组长于会上录入并核对。")
            sheets[ref].append(item)
    # X1 revised P-01: revision 1 gave 88, revision 2 gives 92.
    first = sheet(template, "X1", "P-01", "88", revision=1)
    sheets["P-01"] = [
        PanelSheet(first),
        *(
            replace(s, sheet=replace(s.sheet, revision=2)) if s.expert_id == "X1" else s
            for s in sheets["P-01"]
        ),
    ]

    decisions = {
        "P-01": ChairDecisions(
            resolutions={"superseded-sheet:X1": "王建国专家会前更正了评分，以第 2 版为准。"}
        ),
        "P-02": ChairDecisions(
            resolutions={
                "range": "刘洋专家对技术转移指标理解有偏差，经讨论维持原评分。",
                "deviation:X4": "已听取刘洋专家说明，其评分依据充分。",
            }
        ),
        "P-03": ChairDecisions(grade_override=GradeOverride(Grade.EXCELLENT, OVERRIDE_REASON)),
        "P-04": ChairDecisions(
            veto_decisions={"V1": VetoDecision(VetoVerdict.CONFIRMED, VETO_REASON)}
        ),
        "P-05": ChairDecisions(
            resolutions={f"missing-sheet:{e}": "该专家因回避未评分。" for e in experts[2:]}
            | {"insufficient-sheets": "有效评分不足，提请委员会另行安排评审。"}
        ),
    }
    if kind is RoundKind.RECOGNITION:
        decisions["P-04"] = replace(
            decisions["P-04"],
            recommendation_override=None,
        )
        decisions["P-02"] = replace(
            decisions["P-02"],
            recommendation_override=RecommendationOverride(
                Recommendation.DO_NOT_RECOGNISE, "国际合作收入占比偏低。"
            ),
        )
    results = {}
    for ref, items in sheets.items():
        result = consolidate(
            template, ref, experts, [s.sheet for s in items], decisions.get(ref, ChairDecisions())
        )
        # keep only the resolutions the engine knows (the insufficient flag may be new)
        results[ref] = result
    ranking = rank_panel_results(template, results.values())
    applicants = tuple(
        ApplicantReport(
            ApplicantInfo(ref, APPLICANTS[ref], Category.PARK),
            results[ref],
            PANEL_OPINION,
            tuple(sheets[ref]),
        )
        for ref in APPLICANTS
    )
    return PanelReportData(
        round_ref="R-2025-EV",
        round_name="2025年度北京国际科技合作基地综合评价",
        round_kind=kind,
        panel_ref="G2",
        panel_name="第二组（园区类）",
        template=template,
        chair_name="孙立平",
        chair_organisation="北京市科学技术委员会专家库",
        experts=EXPERTS,
        applicants=applicants,
        ranking=ranking,
        fingerprint=FINGERPRINT,
        finalised_at=FINALISED,
        version=2,
    )


@pytest.fixture(scope="module")
def panel() -> PanelReportData:
    return build_panel()


@pytest.fixture(scope="module")
def pdf_path(panel: PanelReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("panel") / "panel.pdf"
    path.write_bytes(render_panel_report(panel))
    return path


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    command = ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- the sample is what the test says it is ------------------------------------------------


def test_the_sample_panel_has_every_case_the_report_must_print(panel: PanelReportData) -> None:
    result = {item.applicant.ref: item.result for item in panel.applicants}
    assert result["P-01"].grade is Grade.EXCELLENT
    assert result["P-03"].computed_grade is Grade.GOOD and result["P-03"].grade is Grade.EXCELLENT
    assert result["P-04"].veto_confirmed and result["P-04"].grade is Grade.UNQUALIFIED
    assert result["P-05"].grade is None
    assert any(f.id == "deviation:X4" and f.resolved for f in result["P-02"].flags)
    # 40 % of 4 graded: one 优秀; the override ranks second among the 优秀 and is demoted.
    assert panel.ranking.quota.demoted == ("P-03",)
    assert panel.ranked("P-03") is not None and panel.ranked("P-03").grade is Grade.GOOD  # type: ignore[union-attr]


# --- the PDF --------------------------------------------------------------------------------


@needs_poppler
def test_pdf_embeds_the_bundled_chinese_font_and_no_other(pdf_path: Path) -> None:
    listing = subprocess.run(
        ["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True
    ).stdout
    fonts = listing.splitlines()[2:]
    assert fonts, listing
    assert all("WenQuanYiMicroHei" in line for line in fonts), listing
    for line in fonts:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line), line
    assert "Helvetica" not in listing and "STSong" not in listing


@needs_poppler
def test_every_page_carries_the_bundle_fingerprint_and_its_number(pdf_path: Path) -> None:
    text = pdf_text(pdf_path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 6  # the summary and one form per applicant at least
    for number, page in enumerate(pages, start=1):
        assert compact(FINGERPRINT) in compact(page), f"page {number} lacks the fingerprint"
        assert f"第 {number} 页 / 共 {len(pages)} 页" in page
        assert "第2版" in compact(page)  # the report version


@needs_poppler
def test_summary_lists_every_applicant_with_grade_rank_and_the_quota(pdf_path: Path) -> None:
    first = compact(pdf_text(pdf_path, 1))
    assert "专家组评审结果汇总表" in first
    for name in APPLICANTS.values():
        assert name in first
    assert "优秀不超过40%：有等级的4个，允许优秀1个，评定优秀2个。" in first
    assert "超出比例、调整为良好：未来科学城国际创新港" in first
    assert "一票否决" in first and "有效评分不足" in first


@needs_poppler
def test_each_applicant_has_its_form_with_scores_grade_and_signatures(
    panel: PanelReportData, pdf_path: Path
) -> None:
    text = compact(pdf_text(pdf_path))
    forms = text.split("北京国际科技合作基地专家组意见表")[1:]
    assert len(forms) == len(APPLICANTS)
    for form, (ref, name) in zip(forms, APPLICANTS.items(), strict=True):
        assert f"{name}（{ref}）" in form
        assert "专家组意见" + compact(PANEL_OPINION) in form
        for expert in panel.present:
            assert expert.name + expert.organisation in form
        assert "赵志强北京理工大学" not in form  # absent: no signature line
        assert "孙立平" in form
    p01, p02, p03, p04, p05 = forms
    # X1's revision 2 (92), 91, 93, 94 count after dropping 90.5 and 95: (92+91+93+94)/4
    assert "专家组得分92.5（去掉一个最高分和一个最低分后的平均分）" in p01
    assert "排名第1名（共3个参加排名）" in p01
    assert "评定等级优秀" in p01
    assert "计算等级为良好，专家组评定为优秀，理由：" + compact(OVERRIDE_REASON) in p03
    assert "公布等级良好" in p03
    assert "确认否决，理由：" + compact(VETO_REASON) in p04
    assert "评定等级不合格" in p04
    assert "有效评分不足3份，不评定等级" in p05
    assert "处理意见：已听取刘洋专家说明，其评分依据充分。" in p02
    # the outlier is named, with its distance from the panel's centre and the chair's answer
    assert re.search(r"刘洋的总分60与(中位数85\.5相差25\.5|平均分8\d\.\d+相差)", p02), p02
    assert "组长据纸质评分表录入" in p01
    assert "赵志强专家纸质评分表，组长于会上录入并核对。" in p01
    assert "不计入：已被新版本取代" in p01  # X1's first revision


@needs_poppler
def test_english_report_words_the_override_in_english(
    panel: PanelReportData, tmp_path: Path
) -> None:
    path = tmp_path / "en.pdf"
    path.write_bytes(render_panel_report(panel, language="en"))
    text = " ".join(pdf_text(path).split())
    assert "Panel results — summary list" in text
    assert "computed good (良好), decided excellent (优秀), because" in text
    assert "Page 1 of" in text and "Result bundle fingerprint" in text


def test_same_data_gives_the_same_bytes(panel: PanelReportData) -> None:
    assert render_panel_report(panel) == render_panel_report(panel)
    assert write_panel_workbook(panel) == write_panel_workbook(panel)


@needs_poppler
def test_recognition_report_prints_the_recommendation_and_its_override(tmp_path: Path) -> None:
    data = build_panel(RoundKind.RECOGNITION)
    path = tmp_path / "recognition.pdf"
    path.write_bytes(render_panel_report(data))
    text = compact(pdf_text(path))
    assert "认定建议" in text and "建议认定" in text
    assert "计算结果为建议认定，专家组决定不建议认定，理由：国际合作收入占比偏低。" in text
    assert "组长调整认定建议：" in text  # in the summary's remarks (wrapped across lines)


@needs_poppler
def test_pdf_is_dated_when_the_result_was_finalised(pdf_path: Path) -> None:
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(pdf_path)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"CreationDate:\s+2025-04-02T16:45:00\+08", info), info
    assert "孙立平" in info  # the author: the chair


def test_a_result_of_another_applicant_is_refused(panel: PanelReportData) -> None:
    first, second = panel.applicants[0], panel.applicants[1]
    with pytest.raises(ReportError) as caught:
        ApplicantReport(first.applicant, second.result, "", first.sheets)
    assert caught.value.code == "report-data-inconsistent"


# --- the workbook ---------------------------------------------------------------------------


def read_sheet(panel: PanelReportData, name: str) -> list[dict[str, object]]:
    """The rows of one worksheet as dicts keyed by the (Chinese) column headers."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(write_panel_workbook(panel)))
    sheet = book[name]
    assert sheet.freeze_panes == "A2"  # the header row stays in view
    rows = list(sheet.iter_rows(values_only=True))
    head = [str(cell) for cell in rows[0]]
    return [dict(zip(head, row, strict=True)) for row in rows[1:]]


def col(key: str) -> str:
    return panel_label(key, "zh")


def test_workbook_has_every_raw_score_and_comment_exactly(panel: PanelReportData) -> None:
    rows = read_sheet(panel, "Scores")
    seen = {
        (
            row[col("col.applicant_ref")],
            row[col("col.expert")],
            row[col("col.revision")],
            row[col("col.criterion_key")],
        ): row
        for row in rows
    }
    expected = 0
    for item in panel.applicants:
        for held in item.sheets:
            name = panel.expert_name(held.expert_id)
            for criterion in panel.template.criteria:
                row = seen[(item.applicant.ref, name, held.revision, criterion.key)]
                value = row[col("col.score")]
                assert isinstance(value, int | float)  # a number Excel can sum, not text
                assert Decimal(str(value)) == held.sheet.scores[criterion.key]
                assert row[col("col.comment")] == held.sheet.comments[criterion.key]
                expected += 1
    assert len(rows) == len(seen) == expected
    paper = [row for row in rows if row[col("col.expert")] == "赵志强"]
    assert paper and all("组长据纸质评分表录入" in str(row[col("col.counted")]) for row in paper)


def test_workbook_results_match_the_engine(panel: PanelReportData) -> None:
    rows = {row[col("col.applicant_ref")]: row for row in read_sheet(panel, "Results")}
    assert set(rows) == set(APPLICANTS)
    for item in panel.applicants:
        row, result = rows[item.applicant.ref], item.result
        assert row[col("col.applicant")] == item.applicant.name
        assert row[col("col.n")] == len(result.counted)
        score = row[col("col.panel_score")]
        if result.panel_score is None:
            assert score is None
        else:
            assert Decimal(str(score)) == result.panel_score
        computed = result.computed_grade
        assert row[col("col.computed")] == (computed.zh if computed else None)
        assert row[col("col.decided")] == (result.grade.zh if result.grade else None)
    assert rows["P-03"][col("col.override_reason")] == OVERRIDE_REASON
    assert rows["P-03"][col("col.decided")] == "优秀"
    assert rows["P-03"][col("col.published")] == "良好"  # the enforced quota
    assert rows["P-01"][col("col.rank")] == 1
    assert rows["P-04"][col("col.rank")] is None
    assert "刘洋" in str(rows["P-02"][col("col.flags")])
    assert "已听取刘洋专家说明" in str(rows["P-02"][col("col.flags")])


def test_workbook_has_opinions_and_vetoes(panel: PanelReportData) -> None:
    opinions = read_sheet(panel, "Opinions")
    panel_rows = [row for row in opinions if row[col("col.kind")] == "专家组意见"]
    assert len(panel_rows) == len(APPLICANTS)
    assert all(row[col("col.opinion")] == PANEL_OPINION for row in panel_rows)
    expert_rows = [row for row in opinions if row[col("col.kind")] == "专家意见"]
    assert len(expert_rows) == sum(len(item.sheets) for item in panel.applicants)
    vetoes = read_sheet(panel, "Vetoes")
    assert len(vetoes) == 1
    (veto,) = vetoes
    assert veto[col("col.applicant_ref")] == "P-04" and veto[col("col.expert")] == "李秀英"
    assert veto[col("col.decision")] == "确认否决" and veto[col("col.reason")] == VETO_REASON


def test_workbook_is_dated_when_the_result_was_finalised(panel: PanelReportData) -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(write_panel_workbook(panel)))
    utc = datetime(2025, 4, 2, 8, 45)  # 16:45 in Beijing
    assert book.properties.created == utc and book.properties.modified == utc
    assert list(book.sheetnames) == ["Results", "Scores", "Opinions", "Vetoes"]
