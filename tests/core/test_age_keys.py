"""age keys: Bech32 encodings (checked against the examples in the age spec), strict
decoding, and refusal of keys that would make encryption meaningless."""

from __future__ import annotations

import pytest

from reviewdesk.core.crypto import (
    HybridIdentity,
    HybridRecipient,
    X25519Identity,
    X25519Recipient,
    parse_identity,
    parse_recipient,
)
from reviewdesk.core.crypto.age_encoding import (
    EncodingError,
    b64decode_raw,
    b64encode_raw,
    bech32_decode,
    bech32_encode,
)
from reviewdesk.core.errors import FormatError

# From c2sp.org/age (the X25519 and MLKEM768-X25519 sections).
SPEC_X25519_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_X25519_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
SPEC_PQ_IDENTITY = "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
SPEC_PQ_RECIPIENT_START = "age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg87pzf5zrq"
SPEC_PQ_RECIPIENT_END = "pyyzk3tlhl53k2ykx3qheyty7saeq0d3fzv49zc0k"


def code_of(call: object) -> str:
    assert callable(call)
    with pytest.raises(FormatError) as err:
        call()
    return err.value.code


def test_spec_x25519_identity_gives_the_spec_recipient() -> None:
    identity = parse_identity(SPEC_X25519_IDENTITY)
    assert isinstance(identity, X25519Identity)
    assert str(identity.recipient) == SPEC_X25519_RECIPIENT
    assert identity.secret_string() == SPEC_X25519_IDENTITY
    assert parse_recipient(SPEC_X25519_RECIPIENT) == identity.recipient


def test_spec_post_quantum_identity_gives_the_spec_recipient() -> None:
    identity = parse_identity(SPEC_PQ_IDENTITY)
    assert isinstance(identity, HybridIdentity)
    text = str(identity.recipient)
    assert text.startswith(SPEC_PQ_RECIPIENT_START) and text.endswith(SPEC_PQ_RECIPIENT_END)
    assert len(identity.recipient.public_key) == 1216
    assert parse_recipient(text) == identity.recipient
    assert isinstance(parse_recipient(text), HybridRecipient)
    assert identity.secret_string() == SPEC_PQ_IDENTITY


def test_generated_keys_roundtrip_through_their_text() -> None:
    identity = X25519Identity.generate()
    again = parse_identity(identity.secret_string())
    assert isinstance(again, X25519Identity) and again.recipient == identity.recipient


def test_repr_never_shows_a_secret() -> None:
    identity = parse_identity(SPEC_X25519_IDENTITY)
    assert SPEC_X25519_IDENTITY[16:] not in repr(identity)
    assert SPEC_X25519_IDENTITY.lower()[16:] not in repr(identity).lower()


@pytest.mark.parametrize(
    "text",
    [
        SPEC_X25519_RECIPIENT[:-1] + ("q" if SPEC_X25519_RECIPIENT[-1] != "q" else "p"),  # checksum
        SPEC_X25519_RECIPIENT[:10] + SPEC_X25519_RECIPIENT[10:].upper(),  # mixed case
        SPEC_X25519_RECIPIENT.upper(),  # recipients are lowercase
        SPEC_X25519_IDENTITY,  # a secret where a public key belongs
        bech32_encode("age", bytes(31)),  # wrong length
        bech32_encode("age", bytes(32)),  # low-order point: every shared secret is zero
        "age1",
        "",
    ],
)
def test_malformed_recipients_are_refused(text: str) -> None:
    assert code_of(lambda: X25519Recipient.parse(text)) == "age-key-invalid"


@pytest.mark.parametrize(
    "text",
    [
        SPEC_X25519_IDENTITY.lower(),  # identities are uppercase
        SPEC_X25519_IDENTITY[:-1] + "Q",
        SPEC_X25519_RECIPIENT,
        bech32_encode("AGE-SECRET-KEY-", bytes(33)),
        bech32_encode("AGE-SECRET-KEY-PQ-", bytes(31)),
    ],
)
def test_malformed_identities_are_refused(text: str) -> None:
    assert code_of(lambda: parse_identity(text)) == "age-key-invalid"


def test_bech32_padding_bits_must_be_zero() -> None:
    good = bech32_encode("age", bytes(range(32)))
    hrp, data = bech32_decode(good)
    assert (hrp, data) == ("age", bytes(range(32)))
    # 32 bytes leave 4 padding bits in the last data character; set one and fix the checksum.
    from reviewdesk.core.crypto import age_encoding as enc

    values = [enc._CHARSET_REV[c] for c in good[4:-6]]
    values[-1] |= 1
    poly = enc._polymod([*enc._hrp_expand("age"), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    forged = "age1" + "".join(enc._CHARSET[v] for v in values + checksum)
    with pytest.raises(EncodingError):
        bech32_decode(forged)


@pytest.mark.parametrize("text", [b"AA==", b"AA=", b"A", b"AB", b"A\n", b"A-B_", b"YQ"])
def test_base64_must_be_unpadded_and_canonical(text: bytes) -> None:
    if text == b"YQ":
        assert b64decode_raw(text) == b"a"
        return
    with pytest.raises(EncodingError):
        b64decode_raw(text)


def test_base64_roundtrip() -> None:
    for n in range(70):
        data = bytes(range(n))
        assert b64decode_raw(b64encode_raw(data)) == data
