"""The RDX1 container's header and index (DESIGN §3), readable without any key.

Kept apart from the writer and the blob readers (``container.py``) so that telling a
package's kind (the main window does, to hand a file to the right desk before its first
paint) does not import the age layer and ``cryptography``.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import BinaryIO

from reviewdesk.core.errors import FormatError

MAGIC = b"RDX1\n"
HEAD_STRUCT = struct.Struct(">5sBH")  # magic, kind, blob count
LENGTH_STRUCT = struct.Struct(">Q")
HEADER_SIZE = HEAD_STRUCT.size  # 8

MAX_BLOBS = 4096
MAX_BLOB_SIZE = 8 * 1024**3  # 8 GiB: one attachment
MAX_BLOB0_SIZE = 1024**2  # 1 MiB: the signed manifest, encrypted
MAX_CONTAINER_SIZE = 64 * 1024**3


class ContainerKind(IntEnum):
    """The kind byte. The signed manifest repeats the kind; both must agree."""

    PACKAGE = 1  # an expert's review package, from the commission
    CHAIR_PACKAGE = 2  # a chair's package, from the commission
    SCORE = 3  # an expert's score file
    RESULT = 4  # a chair's result bundle
    ROSTER = 5  # the commission's roster of keys
    ENROLMENT = 6  # a person's enrolment request

    @property
    def label(self) -> str:
        """The kind as written in manifests (``chair-package``)."""
        return self.name.lower().replace("_", "-")

    @classmethod
    def from_label(cls, label: str) -> ContainerKind | None:
        for kind in cls:
            if kind.label == label:
                return kind
        return None


@dataclass(frozen=True)
class BlobRef:
    index: int
    offset: int  # of the first byte of the age file, after its length
    length: int


@dataclass(frozen=True)
class ContainerIndex:
    """Where each blob lies; nothing of any blob has been read."""

    kind: ContainerKind
    blobs: tuple[BlobRef, ...]
    size: int

    @property
    def content_count(self) -> int:
        return len(self.blobs) - 1


def read_index(src: BinaryIO, path: Path | str | None = None) -> ContainerIndex:
    """Parse the container header and seek over the blobs; check every cap and the exact
    total size. Reads ``8 + 8 * count`` bytes, whatever the blob sizes."""
    size = _file_size(src, path)
    src.seek(0)
    head = src.read(HEADER_SIZE)
    if len(head) < len(MAGIC) or head[: len(MAGIC)] != MAGIC:
        if MAGIC.startswith(head) and head:
            raise FormatError("container-header-truncated", path)
        raise FormatError("container-not-rdx", path)
    if len(head) < HEADER_SIZE:
        raise FormatError("container-header-truncated", path)
    _, kind_byte, count = HEAD_STRUCT.unpack(head)
    try:
        kind = ContainerKind(kind_byte)
    except ValueError:
        raise FormatError("container-kind-unknown", path, kind=kind_byte) from None
    if count == 0:
        raise FormatError("container-no-blobs", path)
    if count > MAX_BLOBS:
        raise FormatError("container-too-many-blobs", path, count=count, limit=MAX_BLOBS)
    blobs: list[BlobRef] = []
    pos = HEADER_SIZE
    for index in range(count):
        if size - pos < LENGTH_STRUCT.size:
            raise FormatError("container-truncated", path, part="length", blob=index)
        src.seek(pos)
        raw = src.read(LENGTH_STRUCT.size)
        if len(raw) != LENGTH_STRUCT.size:
            raise FormatError("container-truncated", path, part="length", blob=index)
        (length,) = LENGTH_STRUCT.unpack(raw)
        limit = MAX_BLOB0_SIZE if index == 0 else MAX_BLOB_SIZE
        if length > limit:
            raise FormatError(
                "container-blob-too-large", path, blob=index, size=length, limit=limit
            )
        if length == 0:
            raise FormatError("container-blob-empty", path, blob=index)
        pos += LENGTH_STRUCT.size
        if length > size - pos:
            raise FormatError("container-truncated", path, part="blob", blob=index)
        blobs.append(BlobRef(index, pos, length))
        pos += length
        if pos > MAX_CONTAINER_SIZE:
            raise FormatError("container-too-large", path, limit=MAX_CONTAINER_SIZE)
    if pos != size:
        raise FormatError("container-trailing-data", path, size=size - pos)
    return ContainerIndex(kind, tuple(blobs), size)


def _file_size(src: BinaryIO, path: Path | str | None) -> int:
    try:
        return src.seek(0, os.SEEK_END)
    except (OSError, ValueError):
        raise FormatError("container-not-seekable", path) from None
