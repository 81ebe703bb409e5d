"""Round set-up: a PDF that will not open is named (and why) before anything is built; the
materials are matched from either folder layout; forms are known by their fingerprint; a
bad applicant list stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from commission_world import make_keys, small_pdf
from reportlab.pdfgen.canvas import Canvas

from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import round_setup
from reviewdesk.core.commission.materials import match_materials
from reviewdesk.core.commission.pdf_check import pdf_problem
from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.errors import InputError, TemplateError
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.loader import find_template


def test_pdf_problems_are_named(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    small_pdf(good, "fine")
    assert pdf_problem(good) is None
    data = good.read_bytes()
    cases = {
        "empty": b"",
        "not-pdf": b"PK\x03\x04 a Word file renamed to .pdf" + b"x" * 2000,
        "truncated": data[: len(data) // 2],
        "broken-xref": data.replace(b"startxref\n", b"startxref\n9").replace(b"\n9", b"\n1", 1),
    }
    for word, content in cases.items():
        path = tmp_path / f"{word}.pdf"
        path.write_bytes(content)
        assert pdf_problem(path) == word, word
    locked = tmp_path / "locked.pdf"
    canvas = Canvas(str(locked), encrypt="secret")
    canvas.drawString(72, 720, "locked")
    canvas.save()
    assert pdf_problem(locked) == "encrypted"
    assert pdf_problem(tmp_path / "gone.pdf").startswith("unreadable")  # type: ignore[union-attr]


def test_both_folder_layouts_and_every_problem(tmp_path: Path) -> None:
    folder = tmp_path / "materials"
    small_pdf(folder / "A-1" / "申报书.pdf", "A-1")
    small_pdf(folder / "A-1" / "附件" / "年报.pdf", "A-1 nested")
    small_pdf(folder / "A-10-申报书.pdf", "A-10, not A-1")
    small_pdf(folder / "a-2_年报.pdf", "A-2 by prefix, any case")
    (folder / "A-1" / "照片.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    (folder / "A-1" / "说明.docx").write_bytes(b"PK")
    (folder / "Thumbs.db").write_bytes(b"litter")
    (folder / "A-1" / ".DS_Store").write_bytes(b"litter")
    small_pdf(folder / "A-99" / "x.pdf", "no such applicant")
    (folder / "A-3").mkdir()
    (folder / "A-3" / "申报书.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n")
    small_pdf(folder / "A-4" / "申报书.pdf", "one")
    small_pdf(folder / "A-4" / "副本" / "申报书.pdf", "the same name again")
    report = match_materials(folder, ["A-1", "A-2", "A-3", "A-4", "A-5", "A-10"])
    names = {(f.applicant, f.name) for f in report.files}
    assert names == {("A-1", "申报书.pdf"), ("A-1", "年报.pdf"), ("A-1", "照片.png"),
                     ("A-10", "A-10-申报书.pdf"), ("A-2", "a-2_年报.pdf"),
                     ("A-4", "申报书.pdf")}  # fmt: skip
    problems = {(p.code.value, p.applicant, p.path.name if p.path else "", p.detail)
                for p in report.problems}  # fmt: skip
    assert problems == {
        ("extra", "A-1", "说明.docx", "type"),
        ("extra", "", "A-99", "folder"),
        ("unreadable", "A-3", "申报书.pdf", "truncated"),
        ("duplicate-name", "A-4", "申报书.pdf", ""),
        ("missing", "A-5", "", ""),
    }
    assert all(len(f.sha256) == 64 and f.size > 0 for f in report.files)


def test_forms_are_known_by_fingerprint_and_must_fit(tmp_path: Path) -> None:
    db = Database.open(path=tmp_path / "c.sqlite3")
    round_setup.create_round(db, "R1", name="认定", kind=RoundKind.RECOGNITION)
    form = round_setup.set_form(db, "R1", Category.PARK, builtin="recognition-park")
    assert form.sha256 == find_template("recognition-park").sha256
    assert form.source == "built-in:recognition-park"
    with pytest.raises(InputError) as wrong:
        round_setup.set_form(db, "R1", Category.PARK, builtin="evaluation-park")
    assert wrong.value.code == "form-does-not-fit"
    with pytest.raises(InputError) as category:
        round_setup.set_form(db, "R1", Category.RESEARCH, builtin="recognition-park")
    assert category.value.code == "form-does-not-fit"
    broken = tmp_path / "form.json"
    broken.write_text("{}", encoding="utf-8")
    with pytest.raises(TemplateError):
        round_setup.set_form(db, "R1", Category.PARK, file=broken)
    assert round_setup.forms(db, "R1")[Category.PARK].sha256 == form.sha256
    with pytest.raises(InputError) as exists:
        round_setup.create_round(db, "R1", name="again", kind=RoundKind.RECOGNITION)
    assert exists.value.code == "round-exists"
    with pytest.raises(InputError) as ref:
        round_setup.create_round(db, "R/1", name="bad", kind=RoundKind.RECOGNITION)
    assert ref.value.code == "round-ref-invalid"


def test_a_bad_applicant_list_stores_nothing_and_a_panel_takes_one_category(
    tmp_path: Path,
) -> None:
    db = Database.open(path=tmp_path / "c.sqlite3")
    make_keys(tmp_path, db)
    round_setup.create_round(db, "R1", name="评价", kind=RoundKind.EVALUATION)
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "编号,名称,类别,依托单位\nA-1,甲,园区类,x\nA-2,乙,外星类,y\n", encoding="utf-8"
    )
    listing = round_setup.import_applicants(db, "R1", sheet)
    assert [(p.row, p.column, p.code.value) for p in listing.problems] == [
        (3, "类别", "bad-category")]  # fmt: skip
    assert round_setup.applicants(db, "R1") == []
    sheet.write_text(
        "编号,名称,类别,依托单位\nA-1,甲,园区类,x\nA-2,乙,科研类,y\n", encoding="utf-8"
    )
    assert round_setup.import_applicants(db, "R1", sheet).ok
    round_setup.set_form(db, "R1", Category.PARK, builtin="evaluation-park")
    panel_service.create_panel(db, "R1", "P1", name="园区", category=Category.PARK)
    with pytest.raises(InputError) as caught:
        panel_service.place_applicants(db, "R1", "P1", ["A-2"])
    assert caught.value.code == "applicant-wrong-category"
    info = panel_service.place_applicants(db, "R1", "P1")
    assert info.applicants == ("A-1",) and info.minimum == 3  # the form's minimum
