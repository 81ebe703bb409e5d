"""A PDF built to exhaust memory is refused before PDFium sees it (issue 7 item 10), and
real documents pass: ``core/materials/pdf_guard.py``."""

from __future__ import annotations

import io
import sys
import tracemalloc
from pathlib import Path

import pytest

from reviewdesk.core.errors import CancelledError, FormatError
from reviewdesk.core.materials.pdf_guard import MAX_IMAGE_PIXELS, check_pdf
from reviewdesk.core.progress import CancelToken

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pdf_bombs import write_bomb, write_content_bomb, write_normal


def _refusal(data: bytes) -> FormatError:
    with pytest.raises(FormatError) as caught:
        check_pdf(data)
    return caught.value


def test_an_image_of_a_gibibyte_in_a_megabyte_is_refused_with_its_size(tmp_path: Path) -> None:
    bomb = write_bomb(tmp_path / "bomb.pdf").read_bytes()
    assert len(bomb) < 1_200_000
    error = _refusal(bomb)
    assert error.code == "pdf-image-too-large"
    assert (error.detail["width"], error.detail["height"]) == (16384, 21845)
    assert error.detail["limit"] == MAX_IMAGE_PIXELS // 10**6


def test_a_disguised_bomb_is_refused_too(tmp_path: Path) -> None:
    """``/Im#61ge`` and ``/Width 6 0 R``: PDFium reads them as /Image and 16384."""
    bomb = write_bomb(tmp_path / "bomb.pdf", disguised=True).read_bytes()
    assert b"/Image" not in bomb
    assert _refusal(bomb).code == "pdf-image-too-large"


def test_a_content_stream_bomb_is_refused_without_holding_what_it_expands_to(
    tmp_path: Path,
) -> None:
    bomb = write_content_bomb(tmp_path / "content.pdf").read_bytes()
    tracemalloc.start()
    try:
        assert _refusal(bomb).code == "pdf-stream-too-large"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(bomb) + (8 << 20)  # the file and a few chunks, never 64 MiB


def test_a_jpeg_larger_inside_than_its_dictionary_says_is_refused() -> None:
    sof = b"\xff\xd8\xff\xc0\x00\x11\x08" + (50000).to_bytes(2, "big") * 2 + b"\x03" + bytes(9)
    pdf = (
        b"%PDF-1.4\n4 0 obj\n<< /Type /XObject /Subtype /Image /Width 10 /Height 10 "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length "
        + str(len(sof)).encode()
        + b" >>\nstream\n"
        + sof
        + b"\nendstream\nendobj\n%%EOF\n"
    )
    error = _refusal(pdf)
    assert (error.code, error.detail["width"], error.detail["height"]) == (
        "pdf-image-too-large",
        50000,
        50000,
    )


def test_real_documents_pass(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    normal = write_normal(tmp_path / "photo.pdf", 1_000_000).read_bytes()
    check_pdf(normal)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    png = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (2480, 3508), "white").save(png, "PNG")  # an A4 page at 300 dpi
    jpeg = tmp_path / "scan.jpg"
    Image.new("RGB", (4960, 7016), "gray").save(jpeg, "JPEG")  # at 600 dpi, embedded as is
    for page in range(3):
        pdf.drawString(72, 760, f"Page {page + 1}")
        pdf.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, 595, 842)
        pdf.showPage()
    pdf.drawImage(str(jpeg), 0, 0, 595, 842)
    pdf.showPage()
    pdf.save()
    check_pdf(out.getvalue())
    for system in Path("/usr/share/doc").rglob("*.pdf"):
        check_pdf(system.read_bytes())  # whatever real PDFs this machine has


def test_checking_can_be_cancelled(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        check_pdf(write_normal(tmp_path / "n.pdf", 10_000).read_bytes(), cancel=token)
