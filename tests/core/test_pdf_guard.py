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
from pdf_bombs import (
    write_bomb,
    write_content_bomb,
    write_hidden_content_bomb,
    write_inline_bomb,
    write_normal,
)


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


def test_an_inline_image_bomb_in_page_content_is_refused(tmp_path: Path) -> None:
    """BI /W 16384 /H 21845 … ID: unguarded, PDFium takes 26 s and 2 GB on this page."""
    error = _refusal(write_inline_bomb(tmp_path / "inline.pdf").read_bytes())
    assert (error.code, error.detail["width"], error.detail["height"]) == (
        "pdf-image-too-large",
        16384,
        21845,
    )


def test_a_content_bomb_behind_another_filter_is_refused(tmp_path: Path) -> None:
    bomb = write_hidden_content_bomb(tmp_path / "hex.pdf").read_bytes()
    assert _refusal(bomb).code == "pdf-stream-too-large"


def test_a_run_length_content_bomb_is_refused() -> None:
    runs = b"\x81 " * 600_000  # each pair: a space 128 times; 1.2 MB → 77 MB
    pdf = (
        b"%PDF-1.4\n5 0 obj\n<< /Length " + str(len(runs)).encode() + b" /Filter /RL >>\n"
        b"stream\n" + runs + b"\nendstream\nendobj\n%%EOF\n"
    )
    assert _refusal(pdf).code == "pdf-stream-too-large"


def _lzw_encode(data: bytes) -> bytes:
    """PDF's LZW (early change), to check the guard reads LZW streams as PDFium does."""
    fresh = {bytes([i]): i for i in range(256)}
    table, next_code, width = dict(fresh), 258, 9
    out, held, bits = bytearray(), 0, 0

    def put(code: int) -> None:
        nonlocal held, bits
        held, bits = (held << width) | code, bits + width
        while bits >= 8:
            bits -= 8
            out.append((held >> bits) & 0xFF)

    put(256)
    word = b""
    for value in data:
        byte = bytes([value])
        if word + byte in table:
            word += byte
            continue
        put(table[word])
        table[word + byte], next_code = next_code, next_code + 1
        if next_code + 1 > (1 << width) and width < 12:
            width += 1
        if next_code >= 4094:
            put(256)
            table, next_code, width = dict(fresh), 258, 9
        word = byte
    if word:
        put(table[word])
    put(257)
    if bits:
        out.append((held << (8 - bits)) & 0xFF)
    return bytes(out)


def test_an_inline_image_bomb_behind_lzw_is_found() -> None:
    content = b"q BI /W 30000 /H 30000 /CS /G /BPC 8 ID\n" + bytes(200) + b"\nEI Q " * 200
    data = _lzw_encode(content)
    pdf = (
        b"%PDF-1.4\n5 0 obj\n<< /Length " + str(len(data)).encode() + b" /Filter /LZW >>\n"
        b"stream\n" + data + b"\nendstream\nendobj\n%%EOF\n"
    )
    assert _refusal(pdf).detail["width"] == 30000


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
