"""Property-based fuzzing: whatever bytes arrive, only the age modules' own errors come out
(FormatError / CryptoError with a known code), never ValueError, InvalidTag, binascii.Error,
UnicodeDecodeError, IndexError..."""

from __future__ import annotations

import io

from age_helpers import AGE_CODES, plaintext
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reviewdesk.core.crypto import (
    HybridIdentity,
    ScryptIdentity,
    X25519Identity,
    decrypt,
    encrypt_bytes,
    parse_identity,
    parse_recipient,
)
from reviewdesk.core.crypto.age_armor import ArmorReader
from reviewdesk.core.crypto.age_encoding import EncodingError, b64decode_raw, b64encode_raw
from reviewdesk.core.crypto.age_header import AgeLimits, parse_header, read_header
from reviewdesk.core.errors import CryptoError, FormatError

IDENTITY = X25519Identity.generate()
GREASE_LINE = b"-> example.org/grease x y\nAAAA\n"
VALID = encrypt_bytes(plaintext(70_000), [IDENTITY.recipient])
HEADER_SIZE = VALID.index(b"\n---") + 1 + 48
SMALL_LIMITS = AgeLimits(max_stanzas=4, max_header_size=4096, max_stanza_body=512)

# Pieces that make the parser go deep rather than stop at the first byte.
header_lines = st.lists(
    st.sampled_from(
        [
            b"age-encryption.org/v1",
            b"-> X25519 " + b"A" * 43,
            b"-> scrypt " + b"A" * 22 + b" 10",
            b"-> mlkem768x25519 " + b"A" * 1494,
            b"-> x",
            b"->",
            b"-> ",
            b"A" * 64,
            b"A" * 43,
            b"A" * 63,
            b"AA==",
            b"",
            b"--- " + b"A" * 43,
            b"---",
            b"--- ",
            b"\r",
            b"\xff\xfe",
        ]
    ),
    max_size=12,
)


def assert_ours(exc: Exception) -> None:
    assert type(exc) in (FormatError, CryptoError), repr(exc)
    assert exc.code in AGE_CODES  # type: ignore[attr-defined]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), header_lines.map(lambda ls: b"\n".join(ls) + b"\n")))
@example(b"age-encryption.org/v1\n-> X25519\n\n--- " + b"A" * 43 + b"\n")
def test_header_parser_raises_only_its_own_errors(data: bytes) -> None:
    for parse in (
        lambda: parse_header(data, SMALL_LIMITS),
        lambda: read_header(io.BytesIO(data), SMALL_LIMITS),
    ):
        try:
            parse()
        except Exception as exc:
            assert_ours(exc)


mutation = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "truncate", "replace-line"]),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=255),
)


def mutate(blob: bytes, kind: str, where: int, value: int, limit: int) -> bytes:
    i = where % limit
    if kind == "flip":
        return blob[:i] + bytes([blob[i] ^ (value or 1)]) + blob[i + 1 :]
    if kind == "insert":
        return blob[:i] + bytes([value]) + blob[i:]
    if kind == "delete":
        return blob[:i] + blob[i + 1 :]
    if kind == "truncate":
        return blob[:i]
    start = blob.rfind(b"\n", 0, i) + 1
    return blob[:start] + GREASE_LINE + blob[start:]


@settings(max_examples=300, deadline=None)
@given(st.lists(mutation, min_size=1, max_size=4), st.booleans())
def test_mutated_files_fail_with_our_errors_and_release_only_good_chunks(
    mutations: list[tuple[str, int, int]], in_header: bool
) -> None:
    blob = VALID
    for kind, where, value in mutations:
        if not blob:
            break
        limit = min(HEADER_SIZE, len(blob)) if in_header else len(blob)
        blob = mutate(blob, kind, where, value, limit)
    out = io.BytesIO()
    identities = [HybridIdentity.generate(), ScryptIdentity("pw"), IDENTITY]
    try:
        decrypt(io.BytesIO(blob), out, identities)  # type: ignore[list-item]
    except Exception as exc:
        assert_ours(exc)
    released = out.getvalue()
    assert plaintext(70_000).startswith(released)  # nothing forged ever comes out


@settings(max_examples=300)
@given(
    st.one_of(
        st.binary(max_size=600),
        st.lists(
            st.sampled_from(
                [
                    b"-----BEGIN AGE ENCRYPTED FILE-----",
                    b"-----END AGE ENCRYPTED FILE-----",
                    b"YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBURWlGMHlwcXIrYnB2Y3FY",
                    b"YQ==",
                    b"YR==",
                    b"=",
                    b"",
                    b"  \t",
                    b"\r",
                ]
            ),
            max_size=8,
        ).map(lambda ls: b"\n".join(ls)),
    )
)
def test_armor_reader_raises_only_its_own_errors(data: bytes) -> None:
    try:
        ArmorReader(io.BufferedReader(io.BytesIO(data))).read()  # type: ignore[arg-type]
    except Exception as exc:
        assert_ours(exc)


@given(st.text(max_size=200))
def test_key_parsers_raise_only_their_own_errors(text: str) -> None:
    for parse in (parse_identity, parse_recipient):
        try:
            parse(text)
        except Exception as exc:
            assert_ours(exc)


@given(st.binary(max_size=100))
def test_raw_base64_roundtrips_and_rejects_cleanly(data: bytes) -> None:
    assert b64decode_raw(b64encode_raw(data)) == data
    try:
        decoded = b64decode_raw(data)
    except EncodingError:
        return
    assert b64encode_raw(decoded) == data  # only the canonical form is accepted
