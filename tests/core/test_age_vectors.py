"""The C2SP/CCTV age conformance vectors (tests/vectors/age, see tests/vectors/README.md).

Every vector must end in its ``expect`` class, through one of our error codes, and the
plaintext released before an error must match the vector's ``payload`` hash.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewdesk.core.crypto import ScryptIdentity, decrypt, parse_identity
from reviewdesk.core.crypto.age_header import encode_header, read_header
from reviewdesk.core.crypto.age_keys import Identity
from reviewdesk.core.errors import CryptoError, FormatError, ReviewdeskError

VECTORS = Path(__file__).resolve().parent.parent / "vectors" / "age"
SUMS = VECTORS.parent / "age-SHA256SUMS"
NAMES = sorted(p.name for p in VECTORS.iterdir() if p.name != "UPSTREAM-README.md")

# Which of our codes may stand for each upstream class.
CLASS_OF_CODE = {
    "age-header-invalid": "header failure",
    "age-version-unsupported": "header failure",
    "age-header-too-large": "header failure",
    "age-too-many-stanzas": "header failure",
    "age-stanza-too-large": "header failure",
    "age-stanza-invalid": "header failure",
    "age-scrypt-not-alone": "header failure",
    "age-work-factor-too-high": "header failure",
    "age-header-mac": "HMAC failure",
    "age-no-identity-matched": "no match",
    "age-bad-passphrase": "no match",
    "age-payload-auth": "payload failure",
    "age-trailing-data": "payload failure",
    "age-final-chunk-empty": "payload failure",
    "age-armor-invalid": "armor failure",
}


@dataclass
class Vector:
    meta: dict[str, list[str]]
    body: bytes

    def one(self, key: str) -> str | None:
        values = self.meta.get(key)
        return values[0] if values else None


def load(name: str) -> Vector:
    raw = (VECTORS / name).read_bytes()
    head, _, body = raw.partition(b"\n\n")
    meta: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        meta.setdefault(key, []).append(value)
    if meta.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(meta, body)


def identities_of(vector: Vector) -> list[Identity]:
    found: list[Identity] = [parse_identity(text) for text in vector.meta.get("identity", [])]
    found += [ScryptIdentity(p) for p in vector.meta.get("passphrase", [])]
    return found


def outcome_class(exc: ReviewdeskError) -> str:
    if exc.code == "age-truncated":
        # Upstream counts a missing nonce as a header failure.
        return "header failure" if exc.detail["part"] in ("header", "nonce") else "payload failure"
    return CLASS_OF_CODE[exc.code]


def test_vector_files_are_the_published_ones() -> None:
    expected = {}
    for line in SUMS.read_text().splitlines():
        digest, _, name = line.partition("  ")
        expected[name] = digest
    actual = {name: hashlib.sha256((VECTORS / name).read_bytes()).hexdigest() for name in expected}
    assert actual == expected
    assert len(expected) == 143
    assert sorted(expected) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_vector_decrypts_to_its_expected_outcome(name: str) -> None:
    vector = load(name)
    expect = vector.one("expect")
    out = io.BytesIO()
    try:
        result = decrypt(
            io.BytesIO(vector.body),
            out,
            identities_of(vector),
            sha256=True,
            allow_armor=vector.one("armored") == "yes",
            name=name,
        )
    except (FormatError, CryptoError) as exc:
        assert exc.path == Path(name)
        outcome = outcome_class(exc)
    else:
        outcome = "success"
        assert result.plaintext_sha256 == hashlib.sha256(out.getvalue()).digest()
        assert result.plaintext_size == len(out.getvalue())
        if vector.one("armored") != "yes":
            assert result.ciphertext_sha256 == hashlib.sha256(vector.body).digest()
            assert result.ciphertext_size == len(vector.body)
    assert outcome == expect
    payload = vector.one("payload")
    if payload is not None:
        assert hashlib.sha256(out.getvalue()).hexdigest() == payload


def _with_valid_binary_header() -> list[str]:
    names = []
    for name in NAMES:
        vector = load(name)
        if vector.one("armored") != "yes" and vector.one("expect") in (
            "success",
            "payload failure",
            "no match",
        ):
            names.append(name)
    return names


@pytest.mark.parametrize("name", _with_valid_binary_header())
def test_header_reencodes_to_the_same_bytes(name: str) -> None:
    """Upstream: a header that parses (and whose MAC is right) round-trips encoding."""
    vector = load(name)
    header, header_bytes, _ = read_header(io.BytesIO(vector.body))
    file_key = bytes.fromhex(vector.one("file key") or "")
    assert encode_header(header.stanzas, file_key) == header_bytes
