"""Shared helpers for the age tests: deterministic plaintexts and the chunk layout of a file."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from reviewdesk.core.crypto.age_header import read_header
from reviewdesk.core.crypto.age_stream import CHUNK_SIZE, ENC_CHUNK_SIZE, NONCE_SIZE

KIB = 1024

# Every code the age modules may raise; anything else coming out is a bug.
AGE_CODES = {
    "age-header-invalid",
    "age-version-unsupported",
    "age-header-too-large",
    "age-too-many-stanzas",
    "age-stanza-too-large",
    "age-stanza-invalid",
    "age-scrypt-not-alone",
    "age-work-factor-too-high",
    "age-truncated",
    "age-armor-invalid",
    "age-armor-not-allowed",
    "age-header-mac",
    "age-no-identity-matched",
    "age-bad-passphrase",
    "age-payload-auth",
    "age-trailing-data",
    "age-final-chunk-empty",
    "age-plaintext-too-large",
    "age-key-invalid",
    "age-no-recipients",
    "age-recipients-mixed",
}


def plaintext(size: int, seed: str = "") -> bytes:
    block = hashlib.sha256(f"{seed}{size}".encode()).digest()
    return (block * (size // 32 + 1))[:size]


@dataclass
class Layout:
    """Where the parts of an age file are."""

    data: bytes
    header_size: int

    @property
    def payload_start(self) -> int:
        return self.header_size + NONCE_SIZE

    def chunk_span(self, index: int) -> tuple[int, int]:
        start = self.payload_start + index * ENC_CHUNK_SIZE
        return start, min(start + ENC_CHUNK_SIZE, len(self.data))

    def chunk_count(self) -> int:
        return -(-(len(self.data) - self.payload_start) // ENC_CHUNK_SIZE)

    def chunks(self) -> list[bytes]:
        return [self.data[slice(*self.chunk_span(i))] for i in range(self.chunk_count())]

    def with_chunks(self, chunks: list[bytes]) -> bytes:
        return self.data[: self.payload_start] + b"".join(chunks)


def layout(data: bytes) -> Layout:
    _, header_bytes, _ = read_header(io.BytesIO(data))
    return Layout(data, len(header_bytes))


__all__ = ["AGE_CODES", "CHUNK_SIZE", "KIB", "Layout", "layout", "plaintext"]
