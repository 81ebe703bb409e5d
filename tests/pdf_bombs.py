"""PDF files made by hand for the viewer's safety tests and benchmark: a decompression bomb
(a Flate image stream of ~1 GiB of zeros that compresses to ~1 MB) and a normal file of the
same size (random, incompressible image bytes of a reasonable size), written streaming so
that neither the test nor the benchmark ever holds the decoded size in memory."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

_CHUNK = 1 << 20


def _flate_zeros(total: int) -> tuple[bytes, bytes, int, bytes]:
    """The zlib encoding of ``total`` zero bytes as (first, repeated, times, tail): after a
    full flush the compressor's history is empty, so every further 1 MiB of zeros encodes
    to the same bytes; the tail carries the Adler-32 of the whole."""
    zero = bytes(_CHUNK)
    n, rest = divmod(total, _CHUNK)
    c = zlib.compressobj(9)
    first = c.compress(zero) + c.flush(zlib.Z_FULL_FLUSH)
    repeated = c.compress(zero) + c.flush(zlib.Z_FULL_FLUSH)
    tail = (c.compress(bytes(rest)) if rest else b"") + c.flush()
    adler = 1
    for _ in range(n):
        adler = zlib.adler32(zero, adler)
    adler = zlib.adler32(bytes(rest), adler)
    return first, repeated, n - 1, tail[:-4] + adler.to_bytes(4, "big")


def _write_pdf(
    path: Path,
    image_dict: bytes,
    stream_parts: list[tuple[bytes, int]],
    *,
    content: bytes = b"q 595 0 0 842 0 0 cm /Im0 Do Q",
    content_filter: bytes = b"",
    extra: tuple[bytes, ...] = (),
) -> Path:
    """One A4 page drawing one image XObject (object 4) across the page; ``extra`` objects
    are numbered from 6."""
    offsets: list[int] = []
    with path.open("wb") as out:

        def obj(body: bytes) -> None:
            offsets.append(out.tell())
            out.write(f"{len(offsets)} 0 obj\n".encode() + body + b"\nendobj\n")

        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        obj(b"<< /Type /Catalog /Pages 2 0 R >>")
        obj(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        obj(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"
        )
        length = sum(len(part) * times for part, times in stream_parts)
        offsets.append(out.tell())
        out.write(b"4 0 obj\n" + image_dict[:-2] + f" /Length {length} >>\nstream\n".encode())
        for part, times in stream_parts:
            for _ in range(times):
                out.write(part)
        out.write(b"\nendstream\nendobj\n")
        obj(
            f"<< /Length {len(content)}{content_filter.decode()} >>\nstream\n".encode()
            + content
            + b"\nendstream"
        )
        for body in extra:
            obj(body)
        xref = out.tell()
        out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
        for offset in offsets:
            out.write(f"{offset:010d} 00000 n \n".encode())
        trailer = f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\n"
        out.write(f"{trailer}startxref\n{xref}\n%%EOF\n".encode())
    return path


def write_bomb(path: Path, *, gib: float = 1.0, disguised: bool = False) -> Path:
    """A page whose one image declares ~``gib`` GiB of RGB pixels, all zeros (~1 MB/GiB).
    ``disguised``: the subtype spelt with a name escape and the size given by reference to
    other objects, as PDFium reads them just the same."""
    width = 16384
    height = int(gib * (1 << 30)) // (width * 3)
    first, repeated, times, tail = _flate_zeros(width * height * 3)
    if disguised:
        subtype, size, extra = (
            b"/Im#61ge",
            b"/Width 6 0 R /Height 7 0 R",
            (
                str(width).encode(),
                str(height).encode(),
            ),
        )
    else:
        subtype, size, extra = b"/Image", f"/Width {width} /Height {height}".encode(), ()
    head = (
        b"<< /Type /XObject /Subtype " + subtype + b" " + size + b" "
        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>"
    )
    return _write_pdf(path, head, [(first, 1), (repeated, times), (tail, 1)], extra=extra)


def write_content_bomb(path: Path, *, mib: int = 1024) -> Path:
    """A page whose content stream expands to ``mib`` MiB (spaces are valid content)."""
    first, repeated, times, tail = _flate_zeros(mib << 20)
    small = zlib.compress(bytes(3 * 8 * 8), 9)
    head = (
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode >>"
    )
    content = first + repeated * times + tail
    return _write_pdf(
        path, head, [(small, 1)], content=content, content_filter=b" /Filter /FlateDecode"
    )


def write_inline_bomb(path: Path, *, gib: float = 1.0) -> Path:
    """A page whose content draws an inline image (BI … ID … EI) declaring ~``gib`` GiB of
    pixels, its data Flate-compressed inside a content stream of ~1 MB."""
    width = 16384
    height = int(gib * (1 << 30)) // (width * 3)
    first, repeated, times, tail = _flate_zeros(width * height * 3)
    small = zlib.compress(bytes(3 * 8 * 8), 9)
    head = (
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode >>"
    )
    inline = f"q 595 0 0 842 0 0 cm BI /W {width} /H {height} /CS /RGB /BPC 8 /F /Fl ID\n"
    content = inline.encode() + first + repeated * times + tail + b"\nEI Q"
    return _write_pdf(path, head, [(small, 1)], content=content)


def write_hidden_content_bomb(path: Path, *, mib: int = 256) -> Path:
    """A content bomb behind an ASCIIHex filter, so that its Flate data is not in sight."""
    first, repeated, times, tail = _flate_zeros(mib << 20)
    content = (first + repeated * times + tail).hex().encode() + b">"
    small = zlib.compress(bytes(3 * 8 * 8), 9)
    head = (
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode >>"
    )
    return _write_pdf(
        path, head, [(small, 1)], content=content,
        content_filter=b" /Filter [/ASCIIHexDecode /FlateDecode]",
    )  # fmt: skip


def write_normal(path: Path, size: int) -> Path:
    """A page with an ordinary photo-sized image whose compressed stream is ``size`` bytes
    (random bytes do not compress: decoded and stored sizes are about the same)."""
    side = int((size // 3) ** 0.5)
    raw = zlib.compress(os.urandom(side * side * 3), 1)
    head = (
        f"<< /Type /XObject /Subtype /Image /Width {side} /Height {side} "
        f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>"
    ).encode()
    return _write_pdf(path, head, [(raw, 1)])
