"""Tools to damage exchange files the way a faulty USB stick or an attacker would."""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path

from reviewdesk.core.crypto import X25519Recipient, decrypt_bytes, encrypt_bytes
from reviewdesk.core.crypto.dsse import sign_envelope
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.formats.container import ContainerKind, container_bytes, read_index
from reviewdesk.core.formats.manifest import PAYLOAD_TYPE

CHUNK = 64 * 1024 + 16


def read_blobs(path: Path) -> tuple[ContainerKind, list[bytes]]:
    with path.open("rb") as handle:
        index = read_index(handle, path)
        blobs = []
        for ref in index.blobs:
            handle.seek(ref.offset)
            blobs.append(handle.read(ref.length))
    return index.kind, blobs


def write_blobs(path: Path, kind: ContainerKind | int, blobs: list[bytes]) -> None:
    data = container_bytes(ContainerKind.PACKAGE, blobs)
    path.write_bytes(data[:5] + bytes([int(kind)]) + data[6:])


def edit_blobs(path: Path, edit: Callable[[list[bytes]], list[bytes]]) -> None:
    kind, blobs = read_blobs(path)
    write_blobs(path, kind, edit(blobs))


def flip(data: bytes, offset: int, bit: int = 0) -> bytes:
    return data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :]


def change_b64(data: bytes, offset: int) -> bytes:
    """Change one base64 character of a header line into another valid one."""
    other = b"B" if data[offset : offset + 1] == b"A" else b"A"
    return data[:offset] + other + data[offset + 1 :]


def split_age(blob: bytes) -> tuple[bytes, bytes, list[bytes]]:
    """(header including the MAC line, nonce, encrypted chunks)."""
    mac_line = blob.index(b"\n--- ") + 1
    end = blob.index(b"\n", mac_line) + 1
    header, nonce, payload = blob[:end], blob[end : end + 16], blob[end + 16 :]
    return header, nonce, [payload[i : i + CHUNK] for i in range(0, len(payload), CHUNK)]


def join_age(header: bytes, nonce: bytes, chunks: list[bytes]) -> bytes:
    return header + nonce + b"".join(chunks)


def blob_offset(path: Path, blob: int) -> int:
    with path.open("rb") as handle:
        return read_index(handle, path).blobs[blob].offset


def reseal_blob0(
    path: Path, reader: Identity, edit: Callable[[bytes], bytes], *, to: Identity | None = None
) -> None:
    """Decrypt blob 0 with ``reader``'s key, edit the envelope bytes, encrypt it again to
    ``to`` (default ``reader``): what an attacker who is a recipient could do."""

    def change(blobs: list[bytes]) -> list[bytes]:
        envelope = decrypt_bytes(blobs[0], [reader.age_identity])
        target = (to or reader).public.recipient
        return [encrypt_bytes(edit(envelope), [target]), *blobs[1:]]

    edit_blobs(path, change)


def resign_payload(
    signer: Identity, edit: Callable[[bytes], bytes], payload_type: str = PAYLOAD_TYPE
) -> Callable[[bytes], bytes]:
    """An envelope edit: change the payload and sign it again with ``signer``."""
    from reviewdesk.core.crypto.dsse import parse_envelope

    def change(envelope: bytes) -> bytes:
        payload = parse_envelope(envelope).payload
        return sign_envelope(payload_type, edit(payload), [signer.signing_key])

    return change


def tiny_container(kind: int, count: int, lengths: list[int], size: int = 50) -> bytes:
    """A hand-made header: blobs of the given lengths, all but the last one present."""
    head = b"RDX1\n" + bytes([kind]) + struct.pack(">H", count)
    for n in lengths[:-1]:
        head += struct.pack(">Q", n) + bytes(n)
    head += b"".join(struct.pack(">Q", n) for n in lengths[-1:])
    return head + bytes(max(0, size - len(head)))


def random_recipient() -> X25519Recipient:
    return X25519Recipient(os.urandom(32))  # almost surely not low-order
