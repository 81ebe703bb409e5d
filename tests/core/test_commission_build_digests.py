"""What the commission records about the packages it builds is what is on disk: the file
SHA-256 and size in the hand-over list and the database are the written file's own (hashed
off the writing path, on a helper thread), and the encryptions that reuse each other's
buffers within a build still produce files that decrypt to the exact bytes, with the right
digests."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from age_helpers import KIB
from commission_world import NOW, ROUND, make_world

from reviewdesk.core.commission import round_setup
from reviewdesk.core.commission.building import build_round, issued_packages
from reviewdesk.core.commission.roster_publish import current_roster
from reviewdesk.core.crypto import X25519Identity, decrypt, encrypt
from reviewdesk.core.crypto.age_stream import reusing_buffers
from reviewdesk.core.crypto.age_stream_many import encrypt_to_many
from reviewdesk.core.errors import CryptoError
from reviewdesk.core.formats.package import open_package


def _padded_pdf(path: Path, size: int) -> None:
    """A valid PDF with one stream object of ``size`` random bytes."""
    head = b"%%PDF-1.4\n1 0 obj\n<< /Length %d >>\nstream\n" % size
    body = head + os.urandom(size) + b"\nendstream\nendobj\n"
    tail = b"xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \n"
    tail += b"trailer\n<< /Size 2 >>\nstartxref\n%d\n%%%%EOF\n" % len(body)
    path.write_bytes(body + tail)


def test_every_recorded_file_sha256_and_size_is_the_written_files_own(tmp_path: Path) -> None:
    world = make_world(tmp_path, applicants=8, conflict=False)
    # Materials of several sizes, so that blobs cross the stream's buffer sizes.
    for n, pdf in enumerate(sorted(world.materials.glob("*/*.pdf"))):
        _padded_pdf(pdf, n * 700 * KIB)
    assert round_setup.check_materials(world.db, ROUND, world.materials).ok
    result = build_round(world.db, ROUND, tmp_path / "out", world.operator, now=NOW)

    recorded = {p.digest: p for p in issued_packages(world.db, ROUND)}
    with open(result.handover[1], encoding="utf-8-sig", newline="") as handle:
        listed = {row[4]: row for row in list(csv.reader(handle))[1:]}
    assert len(result.packages) == len(recorded) == len(listed) > 2
    for package in result.packages:
        data = package.path.read_bytes()
        real = hashlib.sha256(data).hexdigest()
        row = recorded[package.digest]
        assert package.file_sha256 == real and row.file_sha256 == real
        assert listed[package.path.name][6] == real  # what sha256sum on the stick shows
        assert package.size == row.size == len(data) == int(listed[package.path.name][5])
    published = current_roster(world.db)
    assert published is not None
    for package in (p for p in result.packages if p.kind == "package"):
        opened = open_package(package.path, world.experts[package.recipient.keyid],
                              published.roster)  # fmt: skip
        assert opened.digest == package.digest
        for info in opened.summary.attachments:  # each checked against its signed digests
            material = world.materials / info.applicant / info.name
            assert opened.read_attachment(info.number) == material.read_bytes()


def test_encryptions_that_reuse_buffers_keep_every_byte_and_digest() -> None:
    identity = X25519Identity.generate()
    sizes = [0, 5, 64 * KIB, 3 * 1024 * KIB + 17, 100, 5 * 1024 * KIB, 64 * KIB + 1, 2048 * KIB]
    plains = [os.urandom(size) for size in sizes]
    files = []
    with reusing_buffers():
        for plain in plains:
            out = io.BytesIO()
            result = encrypt(io.BytesIO(plain), out, [identity.recipient], sha256=True)
            files.append(out.getvalue())
            assert result.plaintext_sha256 == hashlib.sha256(plain).digest()
            assert result.ciphertext_sha256 == hashlib.sha256(out.getvalue()).digest()
    for plain, data in zip(plains, files, strict=True):
        back = io.BytesIO()
        decrypt(io.BytesIO(data), back, [identity])
        assert back.getvalue() == plain


def test_one_plaintext_encrypted_for_several_keeps_each_file_its_own() -> None:
    people = [X25519Identity.generate() for _ in range(3)]
    for size in (0, 1, 64 * KIB, 64 * KIB + 1, 17 * 64 * KIB, 3 * 1024 * KIB + 5):
        plain = os.urandom(size)
        outs = [io.BytesIO() for _ in people]
        with reusing_buffers():
            results = encrypt_to_many(
                io.BytesIO(plain),
                [(out, [p.recipient]) for out, p in zip(outs, people, strict=True)],
            )
        files = [out.getvalue() for out in outs]
        assert len(set(files)) == len(files)  # each its own file key and nonce
        for person, data, result in zip(people, files, results, strict=True):
            back = io.BytesIO()
            decrypt(io.BytesIO(data), back, [person])
            assert back.getvalue() == plain
            assert result.plaintext_sha256 == hashlib.sha256(plain).digest()
            assert result.ciphertext_sha256 == hashlib.sha256(data).digest()
            assert (result.plaintext_size, result.ciphertext_size) == (size, len(data))
            others = [p for p in people if p is not person]
            with pytest.raises(CryptoError):
                decrypt(io.BytesIO(data), io.BytesIO(), others)


@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not installed")
def test_the_age_cli_opens_a_file_encrypted_for_several(tmp_path: Path) -> None:
    person = X25519Identity.generate()
    plain = os.urandom(200 * KIB + 3)
    outs = [io.BytesIO(), io.BytesIO()]
    encrypt_to_many(io.BytesIO(plain), [(out, [person.recipient]) for out in outs])
    key = tmp_path / "key.txt"
    key.write_text(person.secret_string() + "\n")
    for out in outs:
        done = subprocess.run(["age", "-d", "-i", str(key)], input=out.getvalue(),
                              capture_output=True, check=True)  # fmt: skip
        assert done.stdout == plain
