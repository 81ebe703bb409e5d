"""The commission's PDFs read as printed pages (issue 10's evidence, read back with poppler's
pdftotext as a person's viewer would): the English summary without Chinese colons and
brackets, column headers whole ("Revision", "Enterprise" not broken over two lines), the
applicant's reference kept in the footer however long the round's name, and the notice
dated as a Chinese notice is (2026年3月4日, no leading zeros)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from reviewdesk.core.commission.publication_data import PanelOutcome, ResultRow, RoundResults
from reviewdesk.core.commission.publication_pdf import (
    render_applicant_summary,
    render_public_notice,
)
from reviewdesk.core.domain import Category, Grade, RoundKind

DATE = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
LONG_NAME = "2026年度北京市国际科技合作基地定期评价（第二批，含园区类、科研类、平台类和企业类）"


def _row(ref: str, category: Category) -> ResultRow:
    detail = {"rank": 1, "ranked_count": 1, "computed_grade": "good", "grade": "good",
              "method": "mean", "explanation": {"zh": [], "en": []}}  # fmt: skip
    return ResultRow(ref, f"申报单位{ref}", "北京某某科技发展有限公司", category, "P-x", "评审组",
                     Decimal("88.50"), Grade.GOOD, None, 1, detail)  # fmt: skip


def _results() -> tuple[RoundResults, PanelOutcome]:
    rows = (_row("E-1", Category.ENTERPRISE), _row("E-2", Category.ENTERPRISE))
    outcome = PanelOutcome("P-x", "评审组", Category.ENTERPRISE, 1, "d" * 64, "c" * 64, DATE,
                           (), rows)  # fmt: skip
    return RoundResults("2026-PJ", LONG_NAME, RoundKind.EVALUATION, (outcome,), ()), outcome


def _text(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip("pdftotext is not installed")
    return run.stdout


def test_the_english_summary_reads_as_english(tmp_path: Path) -> None:
    results, panel = _results()
    row = panel.rows[0]
    text = _text(tmp_path / "en.pdf", render_applicant_summary(results, panel, row, date=DATE,
                                                               language="en"))  # fmt: skip
    assert "Host institution: 北京某某科技发展有限公司; Category: Enterprise" in text
    assert "申报单位E-1 (E-1)" in text and "88.50 (mean)" in text
    assert "Host institution：" not in text and "（mean）" not in text
    assert "Revision" in text  # the header on one line, not "Revisio" / "n"
    assert "E-1 · 2026年度" in text  # the footer leads with the applicant's reference


def test_the_chinese_summary_keeps_chinese_punctuation_and_the_reference(tmp_path: Path) -> None:
    results, panel = _results()
    text = _text(tmp_path / "zh.pdf", render_applicant_summary(results, panel, panel.rows[1],
                                                               date=DATE))  # fmt: skip
    assert "依托单位：北京某某科技发展有限公司" in text and "（算术平均）" in text
    assert "申报单位E-2（E-2）" in text and "E-2 · 2026年度" in text


def test_the_notice_is_dated_without_leading_zeros_and_keeps_its_words_whole(
    tmp_path: Path,
) -> None:
    results, _ = _results()
    zh = _text(tmp_path / "notice-zh.pdf", render_public_notice(
        results, commission="北京市科学技术委员会", date=DATE))  # fmt: skip
    assert "2026年3月4日" in zh and "2026年03月04日" not in zh
    en = _text(tmp_path / "notice-en.pdf", render_public_notice(
        results, commission="北京市科学技术委员会", date=DATE, language="en"))  # fmt: skip
    assert "4 March 2026" in en
    assert en.count("Enterprise") >= 3  # the heading and each row's category, never "Enterpris"
    assert "Enterpris\n" not in en
