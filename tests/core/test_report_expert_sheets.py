"""The PDF an expert prints to sign their own score sheets (issue 4 item 8).

The PDF is read back with poppler's tools (pdffonts, pdftotext), as a person's viewer would
read it; those tests skip when poppler-utils is missing (CI installs it).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from decimal import Decimal
from itertools import combinations
from pathlib import Path

import pytest
from report_samples import (
    EXPERT,
    PARK,
    PLEDGE_AT,
    RESEARCH,
    ROUND,
    SCORE_FILE,
    enterprise_draft,
    park_sheet,
    recused_sheet,
    research_sheet_long,
    templates,
)

from reviewdesk.core.errors import CancelledError
from reviewdesk.core.progress import CancelToken
from reviewdesk.core.reports import (
    DraftReason,
    ReportError,
    SheetForReport,
    draft_reasons,
    fingerprint_groups,
    render_expert_sheets,
)
from reviewdesk.core.reports.fonts import FONT_FILE
from reviewdesk.core.reports.layout import FOOTER_GAP, MARGIN
from reviewdesk.core.resources import resource_path, resources_root
from reviewdesk.core.templates.loader import find_template

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def render(sheets: list[SheetForReport], **options: object) -> bytes:
    arguments: dict[str, object] = {
        "expert": EXPERT,
        "round_info": ROUND,
        "score_file_fingerprint": SCORE_FILE,
    }
    arguments.update(options)
    return render_expert_sheets(templates(), sheets, **arguments)  # type: ignore[arg-type]


def save(tmp_path: Path, pdf: bytes, name: str = "sheets.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pdf_text(path: Path, page: int | None = None, *options: str) -> str:
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    command = ["pdftotext", "-enc", "UTF-8", *options, *pages, str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def compact(text: str) -> str:
    """Without white space: pdftotext drops the spaces between Chinese and Latin glyphs."""
    return re.sub(r"\s+", "", text)


def page_count(path: Path) -> int:
    return pdf_text(path).count("\f")


# --- the font ------------------------------------------------------------------------------


def test_font_and_its_licence_ship_inside_the_package_resources() -> None:
    font = resource_path(*FONT_FILE)
    assert font.is_file() and font.is_relative_to(resources_root())
    assert not str(font).startswith("/usr/share")
    licence = (font.parent / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "WenQuanYi" in licence and "Apache License" in licence
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in licence


@needs_poppler
def test_pdf_embeds_the_wenquanyi_font_and_no_other(tmp_path: Path) -> None:
    path = save(tmp_path, render([park_sheet()]))
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    fonts = listing.splitlines()[2:]  # after the two header lines
    assert fonts, listing
    assert all("WenQuanYiMicroHei" in line for line in fonts), listing
    for line in fonts:
        # columns: name type encoding emb sub uni object-id
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line), line
    assert "STSong" not in listing and "Helvetica" not in listing


# --- what the page says --------------------------------------------------------------------


@needs_poppler
def test_page_shows_applicant_criteria_scores_total_grade_fingerprint_and_signature(
    tmp_path: Path,
) -> None:
    spaced = pdf_text(save(tmp_path, render([park_sheet()])))
    text = compact(spaced)
    template = find_template("evaluation-park")
    assert PARK.name in text and PARK.ref in text
    for criterion in template.criteria:
        assert criterion.name.zh in text
    assert "83.5" in text  # 21 + 12.5 + 17 + 12 + 8 + 8 + 5
    assert "个人评定等级：良好" in text
    assert "园区类" in text and ROUND.name in text and "第二组" in text
    assert fingerprint_groups(template.sha256[:16]) in spaced  # "4023 1e36 23d4 65b3"
    assert fingerprint_groups(SCORE_FILE) in spaced  # 16 groups of 4 hex digits
    assert "第2版" in text
    assert "已于2025-03-1809:30(UTC+08:00)签署" in text
    assert "回避声明" in text and "无利益冲突" in text
    assert "海外创新资源集聚成效明显" in text  # a criterion comment
    assert "评审意见" in text and "该园区近三年累计引进海外创新机构" in text
    assert "一票否决项" in text and "均未勾选" in text
    assert "专家签字" in text and "日期" in text
    assert "第1页/共1页" in text and "reviewdesk" in text
    assert "草稿" not in text  # complete and submitted: final


@needs_poppler
def test_ticked_veto_is_printed_with_its_evidence(tmp_path: Path) -> None:
    text = compact(pdf_text(save(tmp_path, render([enterprise_draft()]))))
    # numbered by place on the form (keys skip V4 here), the key in brackets
    assert "■已勾选" in text and "5.材料或年度报告缺失(V6)" in text
    assert "未提交2024年度报告" in text
    assert "□未勾选" in text and "1.弄虚作假(V1)" in text


@needs_poppler
def test_each_applicant_starts_on_its_own_page(tmp_path: Path) -> None:
    sheets = [park_sheet(), research_sheet_long(), enterprise_draft(), recused_sheet()]
    path = save(tmp_path, render(sheets))
    pages = pdf_text(path).split("\f")[:-1]
    names = [item.applicant.name for item in sheets]
    owners = [[name for name in names if name in page] for page in pages]
    assert all(len(found) <= 1 for found in owners), owners  # never two applicants on a page
    for name in names:
        first = next(page for page, found in zip(pages, owners, strict=True) if name in found)
        assert first.startswith("北京国际科技合作基地专家评分表\n" + name)
    assert f"共{len(pages)}页" in compact(pages[-1])


@needs_poppler
def test_long_comments_wrap_and_flow_to_the_next_page_under_a_repeated_header(
    tmp_path: Path,
) -> None:
    path = save(tmp_path, render([research_sheet_long()]))
    assert page_count(path) >= 3
    second = pdf_text(path, page=2)
    assert "评分说明" in second and "得分" in second  # the table header, repeated
    assert RESEARCH.name in second  # the running head names the applicant on a loose page
    whole = compact(pdf_text(path))
    assert "合计10092.5个人评定等级：优秀" in whole  # the total row, after all the comments
    assert "建议进一步完善外籍人才服务体系" in second  # the comment text goes on
    assert_no_overlapping_or_clipped_text(path)


@needs_poppler
def test_a_whole_set_has_no_overlapping_or_clipped_lines(tmp_path: Path) -> None:
    sheets = [park_sheet(), research_sheet_long(), recused_sheet()]
    assert_no_overlapping_or_clipped_text(save(tmp_path, render(sheets)))


def assert_no_overlapping_or_clipped_text(path: Path) -> None:
    """Every text line lies within the margins (running head above, footer below them), and
    no two lines share ink area. pdftotext drops what falls off the page, hence the margin
    test rather than a page-edge test."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ET.fromstring(layout)
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    for number, page in enumerate(root.iterfind(".//x:page", namespace), start=1):
        width, height = float(page.get("width", 0)), float(page.get("height", 0))
        boxes = [
            tuple(float(line.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax"))
            for line in page.iterfind(".//x:line", namespace)
        ]
        for x0, y0, x1, y1 in boxes:
            inside = (
                x0 >= MARGIN - 1
                and x1 <= width - MARGIN + 1
                and y0 >= MARGIN - 16  # running head of a continuation page
                and y1 <= height - MARGIN + FOOTER_GAP + 4  # footer baseline + descent
            )
            assert inside, (number, x0, y0, x1, y1)
        for a, b in combinations(boxes, 2):
            across = min(a[2], b[2]) - max(a[0], b[0])
            down = min(a[3], b[3]) - max(a[1], b[1])
            assert across <= 1 or down <= 1, f"page {number}: lines overlap {a} {b}"


# --- drafts, declarations, languages -------------------------------------------------------


@needs_poppler
def test_incomplete_unsubmitted_sheet_is_printed_as_a_marked_draft(tmp_path: Path) -> None:
    path = save(tmp_path, render([park_sheet(), enterprise_draft(), recused_sheet()]))
    text = compact(pdf_text(path, 2))
    assert "不作签字之用" in text
    assert "4项未评分" in text and "缺评审意见" in text and "未提交评分文件" in text
    assert "未完成，无等级" in text
    assert SCORE_FILE[:8] not in text  # the sheet is in no score file yet
    # The diagonal watermark (pdftotext shows rotated text only in raw mode) is on the
    # draft's page and on no other.
    marked = [page for page in (1, 2, 3) if "DRAFT" in pdf_text(path, page, "-raw")]
    assert marked == [2]


def test_draft_reasons_name_what_keeps_a_sheet_from_being_final() -> None:
    park = find_template("evaluation-park")
    assert draft_reasons(park, park_sheet(), EXPERT, SCORE_FILE) == {}
    edited = park_sheet(sheet=replace(park_sheet().sheet, revision=3))
    assert draft_reasons(park, edited, EXPERT, SCORE_FILE) == {DraftReason.CHANGED_AFTER_SUBMIT: 2}
    assert draft_reasons(park, park_sheet(), EXPERT, None) == {DraftReason.NOT_SUBMITTED: 1}
    unpledged = replace(EXPERT, pledge_signed_at=None)
    assert draft_reasons(park, park_sheet(), unpledged, SCORE_FILE) == {DraftReason.NO_PLEDGE: 1}
    enterprise = find_template("evaluation-enterprise")
    reasons = draft_reasons(enterprise, enterprise_draft(), EXPERT, SCORE_FILE)
    assert reasons[DraftReason.MISSING_SCORES] == 4
    assert DraftReason.OPINION_MISSING in reasons and DraftReason.NOT_SUBMITTED in reasons


@needs_poppler
def test_potential_and_disqualifying_conflicts_are_declared_on_the_page(tmp_path: Path) -> None:
    text = compact(pdf_text(save(tmp_path, render([research_sheet_long(), recused_sheet()]))))
    assert "存在潜在利益关系（说明：本人曾于2019年与该中心合作发表论文一篇，无经济往来）" in text
    assert "须回避（说明：本人兼任该园区专家委员会委员），本人未对该单位评分" in text
    assert "本人已声明须回避" in text
    recused_page = pdf_text(save(tmp_path, render([recused_sheet()]), "recused.pdf"))
    assert "评价指标" not in recused_page  # no criteria table for a recused applicant
    assert "草稿" not in recused_page


@needs_poppler
def test_english_variant_has_english_labels(tmp_path: Path) -> None:
    text = pdf_text(save(tmp_path, render([park_sheet()], language="en")))
    for words in (
        "expert score sheet",
        "Criterion",
        "Comment",
        "Individual grade: good (良好)",
        "Veto items",
        "Overall opinion",
        "Confidentiality pledge",
        "signed on 2025-03-18 09:30 (UTC+08:00)",
        "Score file fingerprint",
        "revision 2",
        "Expert's signature:",
        "Page 1 of 1",
        "Gathering international",  # the form's English criterion names
    ):
        assert words in text, words
    for chinese_label in ("专家签字", "评审意见", "得分", "第 1 页"):
        assert chinese_label not in text
    assert PARK.name in text  # the applicant's own name stays as written


# --- reproducibility, errors, progress -----------------------------------------------------


def test_same_input_gives_the_same_bytes() -> None:
    sheets = [park_sheet(), research_sheet_long(), enterprise_draft()]
    first = render(sheets)
    assert first.startswith(b"%PDF-") and render(sheets) == first
    assert b"D:20250318093000+08'00'" in first  # the creation date is the pledge time
    later = render(sheets, created_at=PLEDGE_AT.replace(day=20))
    assert later != first and b"D:20250320093000+08'00'" in later


RENDER_IN_A_FRESH_PROCESS = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
import report_samples as s
from reviewdesk.core.reports import render_expert_sheets
pdf = render_expert_sheets(s.templates(), [s.park_sheet(), s.enterprise_draft()], expert=s.EXPERT,
                           round_info=s.ROUND, score_file_fingerprint=s.SCORE_FILE)
print(hashlib.sha256(pdf).hexdigest())
"""


def test_a_reprint_on_another_day_is_byte_identical() -> None:
    # Another process with another hash seed stands in for printing again later.
    here = str(Path(__file__).parent)
    digests = {
        subprocess.run(
            [sys.executable, "-c", RENDER_IN_A_FRESH_PROCESS, here],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert digests == {hashlib.sha256(render([park_sheet(), enterprise_draft()])).hexdigest()}


def test_templates_may_come_from_a_function_as_well_as_a_mapping() -> None:
    by_mapping = render([park_sheet()])
    by_function = render_expert_sheets(
        find_template,
        [park_sheet()],
        expert=EXPERT,
        round_info=ROUND,
        score_file_fingerprint=SCORE_FILE,
    )
    assert by_function == by_mapping


def test_nothing_to_print_and_unknown_form_are_report_errors() -> None:
    with pytest.raises(ReportError) as empty:
        render([])
    assert empty.value.code == "report-without-sheets"
    with pytest.raises(ReportError) as missing:
        render([park_sheet(template_ref="no-such-form")])
    assert missing.value.code == "report-template-missing"
    assert missing.value.detail == {"ref": "no-such-form"}


def test_progress_counts_applicants_and_cancel_stops_the_work() -> None:
    seen: list[tuple[int, int]] = []
    render(
        [park_sheet(), research_sheet_long()],
        progress=lambda done, total, stage="": seen.append((done, total)),
    )
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        render([park_sheet()], cancel=token)


def test_fingerprints_are_grouped_for_reading_aloud() -> None:
    assert fingerprint_groups("0123456789" * 2) == "01234 56789 01234 56789"
    assert fingerprint_groups("3f9a0c17b2e4") == "3f9a 0c17 b2e4"
    assert fingerprint_groups("  12345  67890 ") == "12345 67890"


def test_weighted_criterion_shows_its_weight(tmp_path: Path) -> None:
    park = find_template("evaluation-park")
    first = replace(park.criteria[0], weight=Decimal("0.5"))
    weighted = replace(park, criteria=(first, *park.criteria[1:]))
    pdf = render_expert_sheets(
        {"evaluation-park": weighted},
        [park_sheet()],
        expert=EXPERT,
        round_info=ROUND,
        score_file_fingerprint=SCORE_FILE,
    )
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    text = compact(pdf_text(save(tmp_path, pdf)))
    assert "（权重0.5）" in text
    assert "73" in text  # 21 × 0.5 + 62.5
