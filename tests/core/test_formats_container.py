"""The RDX1 container on its own: the byte layout of FORMAT.md §5, the seek-only index, and
a writer that never leaves a half-written file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reviewdesk.core.crypto import X25519Identity, decrypt_bytes
from reviewdesk.core.formats.container import (
    BlobReader,
    ContainerKind,
    ContainerWriter,
    container_bytes,
    read_index,
)


def test_layout_is_magic_kind_count_then_length_prefixed_blobs() -> None:
    data = container_bytes(ContainerKind.SCORE, [b"abc", b"de"])
    assert data.hex(" ") == (
        "52 44 58 31 0a 03 00 02 00 00 00 00 00 00 00 03 61 62 63 00 00 00 00 00 00 00 02 64 65"
    )
    index = read_index(io.BytesIO(data))
    assert index.kind is ContainerKind.SCORE
    assert [(b.offset, b.length) for b in index.blobs] == [(16, 3), (27, 2)]


def test_kind_labels_are_the_manifest_spelling() -> None:
    assert [k.label for k in ContainerKind] == [
        "package", "chair-package", "score", "result", "roster", "enrolment",
    ]  # fmt: skip
    assert ContainerKind.from_label("chair-package") is ContainerKind.CHAIR_PACKAGE
    assert ContainerKind.from_label("bogus") is None


def test_blob_reader_sees_exactly_its_blob() -> None:
    data = container_bytes(ContainerKind.PACKAGE, [b"first", b"second blob"])
    src = io.BytesIO(data)
    index = read_index(src)
    reader = BlobReader(src, index.blobs[1])
    assert reader.read() == b"second blob"
    assert reader.read() == b""
    reader.seek(0)
    assert reader.seek(0, io.SEEK_END) == 11


@pytest.mark.parametrize("reserve_delta", [0, -7, 9])
def test_writer_output_is_complete_whatever_room_blob_zero_was_given(
    tmp_path: Path, reserve_delta: int
) -> None:
    key = X25519Identity.generate()
    blob0 = b"pretend this is an age file of the manifest"
    dest = tmp_path / "out.rdx"
    writer = ContainerWriter(
        dest, ContainerKind.PACKAGE, 3, blob0_reserve=len(blob0) + reserve_delta
    )
    with writer:
        first = writer.add_encrypted(io.BytesIO(b"x" * 200_000), [key.recipient])
        writer.add_raw(b"raw age bytes")
        writer.finish(blob0)
    assert list(tmp_path.iterdir()) == [dest]
    data = dest.read_bytes()
    index = read_index(io.BytesIO(data))
    blobs = [data[b.offset : b.offset + b.length] for b in index.blobs]
    assert blobs[0] == blob0 and blobs[2] == b"raw age bytes"
    assert decrypt_bytes(blobs[1], [key]) == b"x" * 200_000
    assert first.ciphertext_size == len(blobs[1])


def test_writer_that_fails_leaves_no_file(tmp_path: Path) -> None:
    dest = tmp_path / "out.rdx"
    with pytest.raises(RuntimeError), ContainerWriter(
        dest, ContainerKind.SCORE, 2, blob0_reserve=10
    ):  # fmt: skip
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []


def test_writer_never_replaces_the_destination_until_complete(tmp_path: Path) -> None:
    dest = tmp_path / "out.rdx"
    dest.write_bytes(b"the previous version")
    with pytest.raises(ValueError), ContainerWriter(
        dest, ContainerKind.SCORE, 2, blob0_reserve=10
    ) as writer:  # fmt: skip
        writer.finish(b"0123456789")  # blob 1 never came
    assert dest.read_bytes() == b"the previous version"
    assert list(tmp_path.iterdir()) == [dest]
