"""DSSE envelopes: what is signed, what a forger or a bit flip gets, and the strict reader."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto.dsse import (
    MAX_SIGNATURES,
    Envelope,
    Signature,
    encode_envelope,
    pae,
    parse_envelope,
    sign_envelope,
    verify_envelope,
)
from reviewdesk.core.crypto.keycheck import keyid_of
from reviewdesk.core.errors import CryptoError, FormatError

SCORE = "application/vnd.reviewdesk.score+json"
ROSTER = "application/vnd.reviewdesk.roster+json"
PAYLOAD = b'{"applicant":"A-017","total":"88.5"}'


def trusted(*keys: Ed25519PrivateKey) -> dict[str, Ed25519PublicKey]:
    return {keyid_of(k.public_key()): k.public_key() for k in keys}


def as_json(data: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(data)
    return value


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.fixture()
def alice() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture()
def bob() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def test_pae_matches_the_dsse_specification_example() -> None:
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )
    assert pae("t", b"") == b"DSSEv1 1 t 0 "


def test_signed_envelope_round_trips_and_names_its_signer(alice: Ed25519PrivateKey) -> None:
    data = sign_envelope(SCORE, PAYLOAD, [alice])
    envelope = parse_envelope(data)
    assert envelope.payload == PAYLOAD and envelope.payload_type == SCORE
    keyid = hashlib.sha256(alice.public_key().public_bytes_raw()).hexdigest()
    assert envelope.keyids() == [keyid]
    assert verify_envelope(envelope, trusted(alice), expected_type=SCORE) == [keyid]


def test_envelope_is_canonical_json_with_padded_standard_base64(alice: Ed25519PrivateKey) -> None:
    data = sign_envelope(SCORE, b"ab", [alice])
    value = as_json(data)
    assert data == dumps_canonical(value)
    assert value["payload"] == "YWI="
    assert list(value) == ["payload", "payloadType", "signatures"]
    alice.public_key().verify(base64.b64decode(value["signatures"][0]["sig"]), pae(SCORE, b"ab"))


def test_forged_envelope_made_with_only_public_keys_fails(
    alice: Ed25519PrivateKey, bob: Ed25519PrivateKey
) -> None:
    genuine = as_json(sign_envelope(SCORE, PAYLOAD, [alice]))
    alice_keyid = genuine["signatures"][0]["keyid"]
    # 1. Keep Alice's signature, change the payload.
    forged = dict(genuine, payload=b64(b'{"applicant":"A-017","total":"99.5"}'))
    with pytest.raises(CryptoError) as info:
        verify_envelope(
            parse_envelope(dumps_canonical(forged)), trusted(alice), expected_type=SCORE
        )
    assert info.value.code == "signature-invalid"
    # 2. Sign with another key but claim Alice's keyid.
    claimed = as_json(sign_envelope(SCORE, PAYLOAD, [bob]))
    claimed["signatures"][0]["keyid"] = alice_keyid
    with pytest.raises(CryptoError) as info:
        verify_envelope(
            parse_envelope(dumps_canonical(claimed)), trusted(alice), expected_type=SCORE
        )
    assert info.value.code == "signature-invalid"
    # 3. Sign honestly with a key nobody trusts.
    with pytest.raises(CryptoError) as info:
        verify_envelope(
            parse_envelope(sign_envelope(SCORE, PAYLOAD, [bob])),
            trusted(alice),
            expected_type=SCORE,
        )
    assert info.value.code == "signer-unknown"
    # 4. An all-zero signature (what a forger without a key can always produce).
    zero = dict(genuine, signatures=[{"keyid": alice_keyid, "sig": b64(bytes(64))}])
    with pytest.raises(CryptoError) as info:
        verify_envelope(parse_envelope(dumps_canonical(zero)), trusted(alice), expected_type=SCORE)
    assert info.value.code == "signature-invalid"


def test_payload_type_confusion_fails(alice: Ed25519PrivateKey) -> None:
    envelope = parse_envelope(sign_envelope(SCORE, PAYLOAD, [alice]), "score.rdx")
    with pytest.raises(CryptoError) as info:
        verify_envelope(envelope, trusted(alice), expected_type=ROSTER, path="score.rdx")
    assert info.value.code == "payload-type-mismatch"
    assert info.value.detail == {"expected": ROSTER, "found": SCORE}
    # Relabelling the type in the JSON breaks the signature: the type is signed.
    relabelled = as_json(sign_envelope(SCORE, PAYLOAD, [alice]))
    relabelled["payloadType"] = ROSTER
    with pytest.raises(CryptoError) as info:
        verify_envelope(
            parse_envelope(dumps_canonical(relabelled)), trusted(alice), expected_type=ROSTER
        )
    assert info.value.code == "signature-invalid"


def test_every_flipped_payload_and_signature_bit_fails(alice: Ed25519PrivateKey) -> None:
    envelope = parse_envelope(sign_envelope(SCORE, PAYLOAD, [alice]))
    sig = envelope.signatures[0]
    for bit in range(8 * len(PAYLOAD)):
        payload = bytearray(PAYLOAD)
        payload[bit // 8] ^= 1 << (bit % 8)
        tampered = Envelope(SCORE, bytes(payload), envelope.signatures)
        with pytest.raises(CryptoError, match="signature-invalid"):
            verify_envelope(
                parse_envelope(encode_envelope(tampered)), trusted(alice), expected_type=SCORE
            )
    for bit in range(8 * 64):
        raw = bytearray(sig.sig)
        raw[bit // 8] ^= 1 << (bit % 8)
        tampered = Envelope(SCORE, PAYLOAD, (Signature(sig.keyid, bytes(raw)),))
        with pytest.raises(CryptoError, match="signature-invalid"):
            verify_envelope(tampered, trusted(alice), expected_type=SCORE)


def test_threshold_counts_distinct_trusted_signers(
    alice: Ed25519PrivateKey, bob: Ed25519PrivateKey
) -> None:
    carol, stranger = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    roots = trusted(alice, bob, carol)
    two = parse_envelope(sign_envelope(ROSTER, PAYLOAD, [alice, stranger, bob]))
    assert len(verify_envelope(two, roots, expected_type=ROSTER, threshold=2)) == 2
    one = parse_envelope(sign_envelope(ROSTER, PAYLOAD, [alice, stranger]))
    with pytest.raises(CryptoError) as info:
        verify_envelope(one, roots, expected_type=ROSTER, threshold=2)
    assert info.value.code == "signature-threshold"
    assert info.value.detail == {"found": 1, "needed": 2}


def test_one_bad_signature_fails_even_when_the_others_reach_the_threshold(
    alice: Ed25519PrivateKey, bob: Ed25519PrivateKey
) -> None:
    carol = Ed25519PrivateKey.generate()
    envelope = parse_envelope(sign_envelope(ROSTER, PAYLOAD, [alice, bob, carol]))
    broken = Signature(envelope.signatures[2].keyid, envelope.signatures[1].sig)
    tampered = Envelope(ROSTER, PAYLOAD, (*envelope.signatures[:2], broken))
    with pytest.raises(CryptoError, match="signature-invalid"):
        verify_envelope(tampered, trusted(alice, bob, carol), expected_type=ROSTER, threshold=2)


def test_unsigned_envelope_parses_but_never_verifies(alice: Ed25519PrivateKey) -> None:
    unsigned = dumps_canonical({"payload": b64(PAYLOAD), "payloadType": ROSTER, "signatures": []})
    envelope = parse_envelope(unsigned)
    with pytest.raises(CryptoError) as info:
        verify_envelope(envelope, trusted(alice), expected_type=ROSTER)
    assert info.value.code == "signature-threshold" and info.value.detail["found"] == 0


def test_signing_refuses_no_signer_and_the_same_signer_twice(alice: Ed25519PrivateKey) -> None:
    with pytest.raises(ValueError):
        sign_envelope(SCORE, PAYLOAD, [])
    with pytest.raises(ValueError):
        sign_envelope(SCORE, PAYLOAD, [alice, alice])
    with pytest.raises(ValueError):
        sign_envelope("has space", PAYLOAD, [alice])


def test_mislabelled_trusted_key_is_a_programming_error(
    alice: Ed25519PrivateKey, bob: Ed25519PrivateKey
) -> None:
    envelope = parse_envelope(sign_envelope(SCORE, PAYLOAD, [alice]))
    with pytest.raises(ValueError):
        verify_envelope(envelope, {envelope.keyids()[0]: bob.public_key()}, expected_type=SCORE)


def _valid() -> dict[str, Any]:
    return as_json(sign_envelope(SCORE, PAYLOAD, [Ed25519PrivateKey.generate()]))


def _mutations() -> list[tuple[str, Any]]:
    sig = _valid()["signatures"][0]
    many = [{"keyid": f"{i:064x}", "sig": sig["sig"]} for i in range(MAX_SIGNATURES + 1)]
    return [
        ("missing payload", lambda v: v.pop("payload")),
        ("extra field", lambda v: v.update(note="x")),
        ("payload unpadded", lambda v: v.update(payload="YWI")),
        ("payload url-safe", lambda v: v.update(payload=b64(b"\xfb\xff").replace("+", "-"))),
        ("payload not a string", lambda v: v.update(payload=12)),
        ("payload bad trailing bits", lambda v: v.update(payload="YWJ=")),
        ("payload has newline", lambda v: v.update(payload="YW\nI=")),
        ("type empty", lambda v: v.update(payloadType="")),
        ("type with space", lambda v: v.update(payloadType="a b")),
        ("type not ASCII", lambda v: v.update(payloadType="分数")),
        ("type too long", lambda v: v.update(payloadType="a" * 129)),
        ("signatures not a list", lambda v: v.update(signatures={})),
        ("too many signatures", lambda v: v.update(signatures=many)),
        ("signature extra field", lambda v: v["signatures"][0].update(cert="x")),
        ("keyid upper case", lambda v: v["signatures"][0].update(keyid=sig["keyid"].upper())),
        ("keyid short", lambda v: v["signatures"][0].update(keyid=sig["keyid"][:62])),
        ("sig 63 bytes", lambda v: v["signatures"][0].update(sig=b64(bytes(63)))),
        ("keyid twice", lambda v: v.update(signatures=[sig, sig])),
        ("not an object", lambda v: v.clear() or v.update({"0": [1]})),
    ]


@pytest.mark.parametrize(("case", "mutate"), _mutations(), ids=[c for c, _ in _mutations()])
def test_malformed_envelopes_are_refused(case: str, mutate: Any) -> None:
    value = _valid()
    mutate(value)
    with pytest.raises(FormatError) as info:
        parse_envelope(dumps_canonical(value), "in.rdx")
    assert info.value.code == "envelope-invalid"
    assert str(info.value.path) == "in.rdx"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe{}",
        b'{"payload":"","payload":"","payloadType":"t","signatures":[]}',
        b'{"payload":"", "payloadType":"t","signatures":[]}',  # not canonical
        b'{"payloadType":"t","payload":"","signatures":[]}',  # keys not sorted
        b'{"payload":"","payloadType":"t","signatures":[]}\n',
        b'{"payload":"","payloadType":"t","signatures":[],"x":1.5}',
        b"[]",
    ],
    ids=["empty", "not-utf8", "duplicate-key", "space", "unsorted", "newline", "float", "list"],
)
def test_non_json_and_non_canonical_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(FormatError, match="envelope-invalid"):
        parse_envelope(data)


def test_size_is_capped_before_parsing(alice: Ed25519PrivateKey) -> None:
    data = sign_envelope(SCORE, bytes(3000), [alice])
    assert parse_envelope(data, max_size=len(data)).payload == bytes(3000)
    with pytest.raises(FormatError) as info:
        parse_envelope(data, max_size=len(data) - 1)
    assert "larger than" in info.value.detail["reason"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_fuzzed_bytes_only_ever_give_envelope_invalid(data: bytes) -> None:
    try:
        parse_envelope(data)
    except FormatError as exc:
        assert exc.code == "envelope-invalid"


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzzed_flips_of_a_valid_envelope_never_verify(data: st.DataObject) -> None:
    key = Ed25519PrivateKey.generate()
    raw = bytearray(sign_envelope(SCORE, PAYLOAD, [key]))
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= data.draw(st.integers(1, 255))
    try:
        envelope = parse_envelope(bytes(raw))
        verify_envelope(envelope, trusted(key), expected_type=SCORE)
    except (FormatError, CryptoError):
        return
    pytest.fail("a modified envelope verified")
