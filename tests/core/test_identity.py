"""Identities: the passphrase-protected key file, fingerprints, refused public keys and
enrolment requests. Every scrypt work factor here is lowered explicitly (2^10)."""

from __future__ import annotations

import base64
import hashlib
import inspect
import json
import os
import shutil
import stat
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto import (
    ScryptIdentity,
    ScryptRecipient,
    decrypt_bytes,
    encrypt_bytes,
    parse_identity,
)
from reviewdesk.core.crypto.dsse import parse_envelope, sign_envelope
from reviewdesk.core.crypto.identity import (
    ENROLMENT_PAYLOAD_TYPE,
    Identity,
    PublicIdentity,
    load_identity,
    make_enrolment,
    read_enrolment,
    read_enrolment_request,
    save_identity,
)
from reviewdesk.core.crypto.keycheck import ed25519_key_problem
from reviewdesk.core.crypto.public_identity import FINGERPRINT_TAG
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, FormatError, InputError, ReviewdeskError

LOW = 10  # scrypt work factor for tests
PASSPHRASE = "correct horse battery staple"
NOW = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)

SMALL_ORDER_ED25519 = [
    "0100000000000000000000000000000000000000000000000000000000000000",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0000000000000000000000000000000000000000000000000000000000000080",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
]
NON_CANONICAL_ED25519 = [
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # y = p
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # y = p + 1 (= 1)
    "0100000000000000000000000000000000000000000000000000000000000080",  # x = 0, sign set
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  # x = 0, sign set
]
LOW_ORDER_X25519 = [
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
    "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
]
NON_CANONICAL_X25519 = [
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # u = p
    "0900000000000000000000000000000000000000000000000000000000000080",  # top bit set
]


@pytest.fixture(scope="module")
def person() -> Identity:
    return Identity.generate("王芳", Role.EXPERT, now=NOW)


@pytest.fixture()
def saved(tmp_path: Path, person: Identity) -> Path:
    path = tmp_path / "wang.id"
    save_identity(person, path, PASSPHRASE, work_factor=LOW)
    return path


def fixed_identity() -> Identity:
    return Identity(
        "Test Person",
        Role.EXPERT,
        hashlib.sha256(b"x25519").digest(),
        hashlib.sha256(b"ed25519").digest(),
        NOW,
    )


def code_of(exc: pytest.ExceptionInfo[ReviewdeskError]) -> str:
    return exc.value.code


# -- the identity file -------------------------------------------------------------------


def test_identity_file_round_trips_both_keys(saved: Path, person: Identity) -> None:
    loaded = load_identity(saved, PASSPHRASE)
    assert loaded.public == person.public
    assert loaded.created == NOW
    assert loaded.export_age_identity() == person.export_age_identity()
    assert loaded.signing_key.private_bytes_raw() == person.signing_key.private_bytes_raw()
    message = encrypt_bytes(b"materials", [person.public.recipient])
    assert decrypt_bytes(message, [loaded.age_identity]) == b"materials"


def test_identity_file_is_a_plain_age_scrypt_file_with_canonical_json(
    saved: Path, person: Identity
) -> None:
    data = saved.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert data.split(b"\n")[1].endswith(b" 10")  # the work factor asked for
    plaintext = decrypt_bytes(data, [ScryptIdentity(PASSPHRASE)])
    value = json.loads(plaintext)
    assert plaintext == dumps_canonical(value)
    assert value["format"] == "reviewdesk-identity/1"
    assert value["x25519"] == person.export_age_identity()
    assert sorted(value) == ["created", "ed25519", "format", "name", "role", "x25519"]


def test_default_work_factor_is_two_to_the_eighteen() -> None:
    default = inspect.signature(save_identity).parameters["work_factor"].default
    assert default == 18


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_identity_file_is_readable_by_its_owner_only(saved: Path) -> None:
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_wrong_passphrase_is_named_as_such(saved: Path) -> None:
    with pytest.raises(CryptoError) as info:
        load_identity(saved, "correct horse battery stapler")
    assert info.value.code == "identity-bad-passphrase" and info.value.path == saved


def test_empty_passphrase_is_refused_and_nothing_written(tmp_path: Path, person: Identity) -> None:
    with pytest.raises(InputError, match="passphrase-empty"):
        save_identity(person, tmp_path / "x.id", "", work_factor=LOW)
    assert list(tmp_path.iterdir()) == []


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "bad.id"
    path.write_bytes(data)
    return path


def _encrypted(plaintext: bytes) -> bytes:
    return encrypt_bytes(plaintext, [ScryptRecipient(PASSPHRASE, log_n=LOW)])


def test_not_an_age_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        load_identity(_write(tmp_path, b"AGE-SECRET-KEY-1QQQQ\n"), PASSPHRASE)
    assert info.value.code == "identity-not-age" and info.value.path == tmp_path / "bad.id"


def test_age_file_for_a_key_not_a_passphrase(tmp_path: Path, person: Identity) -> None:
    data = encrypt_bytes(b"{}", [person.public.recipient])
    with pytest.raises(FormatError, match="identity-not-passphrase"):
        load_identity(_write(tmp_path, data), PASSPHRASE)


@pytest.mark.parametrize("where", ["truncated", "header-bit", "payload-bit", "trailing"])
def test_damaged_identity_file_is_corrupt(tmp_path: Path, saved: Path, where: str) -> None:
    data = bytearray(saved.read_bytes())
    header_end = data.index(b"\n---") + 4
    if where == "truncated":
        data = data[:-5]
    elif where == "header-bit":
        data[header_end + 2] ^= 0x01  # inside the header MAC
    elif where == "payload-bit":
        data[-3] ^= 0x80
    else:
        data += b"\x00"
    with pytest.raises(FormatError) as info:
        load_identity(_write(tmp_path, bytes(data)), PASSPHRASE)
    assert info.value.code == "identity-corrupt"
    assert str(info.value.detail["age_code"]).startswith("age-")


@pytest.mark.parametrize(
    "plaintext",
    [
        b"\xff\xfe not utf-8",
        b"not json",
        b'{"format":"something-else/1"}',
        b"[1,2]",
        b'{"format":"reviewdesk-identity/1","format":"x"}',
    ],
    ids=["not-utf8", "not-json", "other-format", "list", "duplicate-key"],
)
def test_foreign_content_is_named_foreign(tmp_path: Path, plaintext: bytes) -> None:
    with pytest.raises(FormatError) as info:
        load_identity(_write(tmp_path, _encrypted(plaintext)), PASSPHRASE)
    assert info.value.code == "identity-foreign"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("role", "president"),
        ("x25519", "age1qqqq"),
        ("ed25519", "AB" * 32),
        ("created", "2025-03-01 08:00"),
        ("name", ""),
        ("extra", 1),
    ],
)
def test_malformed_identity_fields_are_named(
    tmp_path: Path, person: Identity, field: str, value: object
) -> None:
    content = person.to_json() | {field: value}
    with pytest.raises(FormatError) as info:
        load_identity(_write(tmp_path, _encrypted(dumps_canonical(content))), PASSPHRASE)
    assert info.value.code == "identity-invalid"
    assert info.value.detail["field"] == field


def test_lower_case_secret_key_spelling_is_refused(tmp_path: Path, person: Identity) -> None:
    content = person.to_json()
    content["x25519"] = content["x25519"].lower()
    with pytest.raises(FormatError, match="identity-invalid"):
        load_identity(_write(tmp_path, _encrypted(dumps_canonical(content))), PASSPHRASE)


def test_oversized_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="file-too-large"):
        load_identity(_write(tmp_path, b"age-encryption.org/v1\n" + bytes(70_000)), PASSPHRASE)
    with pytest.raises(InputError, match="file-unreadable"):
        load_identity(tmp_path / "absent.id", PASSPHRASE)


# -- age interoperability ------------------------------------------------------------------


def test_exported_secret_is_a_standard_age_identity(person: Identity) -> None:
    exported = person.export_age_identity()
    assert exported.startswith("AGE-SECRET-KEY-1")
    assert str(parse_identity(exported).recipient) == person.public.age_recipient
    assert person.public.age_recipient.startswith("age1")


@pytest.mark.interop
@pytest.mark.skipif(shutil.which("age") is None, reason="the age CLI is not on PATH")
def test_age_cli_decrypts_with_the_exported_identity(tmp_path: Path, person: Identity) -> None:
    key_file = tmp_path / "key.txt"
    key_file.write_text(person.export_age_identity() + "\n")
    sealed = tmp_path / "m.age"
    sealed.write_bytes(encrypt_bytes(b"confidential materials", [person.public.recipient]))
    out = subprocess.run(
        ["age", "-d", "-i", str(key_file), str(sealed)], capture_output=True, check=True, timeout=60
    )
    assert out.stdout == b"confidential materials"
    # and the other way: the age CLI encrypts to the age1… recipient, we decrypt
    made = subprocess.run(
        ["age", "-r", person.public.age_recipient],
        input=b"from age",
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert decrypt_bytes(made.stdout, [person.age_identity]) == b"from age"


# -- fingerprints ---------------------------------------------------------------------------


def test_fingerprint_is_stable_across_releases() -> None:
    public = fixed_identity().public
    assert public.fingerprint == (
        "49023 04696 36202 85551 14548 96596 43835 96256 60758 98418 80083 17294"
    )
    digest = hashlib.sha256(FINGERPRINT_TAG + public.x25519 + public.ed25519).digest()
    assert public.fingerprint.replace(" ", "") == f"{int.from_bytes(digest) % 10**60:060d}"
    assert public.keyid == hashlib.sha256(public.ed25519).hexdigest()


def test_fingerprint_is_twelve_groups_of_five_digits_and_survives_a_reload(
    saved: Path, person: Identity
) -> None:
    groups = person.public.fingerprint_groups
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert load_identity(saved, PASSPHRASE).public.fingerprint == person.public.fingerprint


def test_fingerprints_are_distinct_and_cover_both_keys() -> None:
    people = [Identity.generate(f"p{i}", Role.EXPERT) for i in range(200)]
    assert len({p.public.fingerprint for p in people}) == 200
    a, b = people[0].public, people[1].public
    mixed = PublicIdentity(a.name, a.role, a.x25519, b.ed25519)
    assert mixed.fingerprint not in (a.fingerprint, b.fingerprint)
    renamed = PublicIdentity("someone else", Role.CHAIR, a.x25519, a.ed25519)
    assert renamed.fingerprint == a.fingerprint  # the fingerprint names keys, not people


# -- public keys entering from outside -----------------------------------------------------


def _public_json(**change: str) -> dict[str, str]:
    return fixed_identity().public.to_json() | change


def test_public_identity_json_round_trips() -> None:
    public = fixed_identity().public
    assert PublicIdentity.from_json(json.loads(json.dumps(public.to_json()))) == public


@pytest.mark.parametrize("raw", SMALL_ORDER_ED25519 + NON_CANONICAL_ED25519)
def test_small_order_and_non_canonical_ed25519_keys_are_refused(raw: str) -> None:
    with pytest.raises(FormatError) as info:
        PublicIdentity.from_json(_public_json(ed25519=raw), "request.json")
    assert info.value.code == "public-key-invalid" and info.value.detail["key"] == "ed25519"
    assert info.value.path == Path("request.json")


def test_ed25519_string_off_the_curve_is_refused() -> None:
    y = next(y for y in range(2, 100) if ed25519_key_problem(y.to_bytes(32, "little")) is not None)
    with pytest.raises(FormatError, match="not a curve point"):
        PublicIdentity.from_json(_public_json(ed25519=y.to_bytes(32, "little").hex()))


@pytest.mark.parametrize("raw", LOW_ORDER_X25519 + NON_CANONICAL_X25519)
def test_low_order_and_non_canonical_x25519_keys_are_refused(raw: str) -> None:
    with pytest.raises(FormatError) as info:
        PublicIdentity.from_json(_public_json(x25519=raw))
    assert info.value.code == "public-key-invalid" and info.value.detail["key"] == "x25519"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"role": "admin"}, "role"),
        ({"x25519": "AB" * 32}, "x25519"),
        ({"name": "a\nb"}, "name"),
        ({"name": " padded"}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"ed25519": "00"}, "ed25519"),
    ],
)
def test_malformed_public_identity_json_is_refused(change: dict[str, str], field: str) -> None:
    with pytest.raises(FormatError) as info:
        PublicIdentity.from_json(_public_json(**change))
    assert info.value.code == "identity-invalid" and info.value.detail["field"] == field


def test_public_identity_json_has_exact_fields() -> None:
    with pytest.raises(FormatError, match="unknown field"):
        PublicIdentity.from_json(_public_json(keyid="x"))
    value = _public_json()
    del value["role"]
    with pytest.raises(FormatError, match="missing"):
        PublicIdentity.from_json(value)


def test_repr_never_shows_a_secret(person: Identity) -> None:
    secret = person.export_age_identity()
    assert secret not in repr(person) and "SECRET" not in repr(person.age_identity)


# -- enrolment -----------------------------------------------------------------------------


def test_enrolment_request_round_trips_with_proof_of_possession(person: Identity) -> None:
    request = read_enrolment_request(make_enrolment(person, now=NOW), "req.json")
    assert request.identity == person.public and request.created == NOW
    assert read_enrolment(make_enrolment(person)) == person.public


def _reenvelope(payload: bytes, key: Ed25519PrivateKey) -> bytes:
    return sign_envelope(ENROLMENT_PAYLOAD_TYPE, payload, [key])


def test_enrolment_claiming_someone_elses_keys_fails(person: Identity) -> None:
    # Mallory copies Wang Fang's public keys into a request and signs it with her own key.
    body = parse_envelope(make_enrolment(person)).payload
    with pytest.raises(CryptoError, match="signer-unknown"):
        read_enrolment(_reenvelope(body, Ed25519PrivateKey.generate()))


def test_enrolment_with_an_altered_role_fails(person: Identity) -> None:
    data = make_enrolment(person, now=NOW)
    envelope = json.loads(data)
    body = json.loads(parse_envelope(data).payload)
    body["identity"]["role"] = "chair"
    envelope["payload"] = base64.b64encode(dumps_canonical(body)).decode()
    with pytest.raises(CryptoError, match="signature-invalid"):
        read_enrolment(dumps_canonical(envelope))


def test_enrolment_with_two_signatures_or_a_foreign_type_fails(person: Identity) -> None:
    body = parse_envelope(make_enrolment(person)).payload
    two = sign_envelope(
        ENROLMENT_PAYLOAD_TYPE, body, [person.signing_key, Ed25519PrivateKey.generate()]
    )
    with pytest.raises(FormatError, match="enrolment-invalid"):
        read_enrolment(two)
    as_roster = sign_envelope("application/vnd.reviewdesk.roster+json", body, [person.signing_key])
    with pytest.raises(CryptoError, match="payload-type-mismatch"):
        read_enrolment(as_roster)


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff",
        b'{"created":"2025-03-01T08:00:00Z","created":"x"}',
        b"{}",
        b'{"created": "2025-03-01T08:00:00Z", "format": "reviewdesk-enrolment/1", "identity": {}}',
    ],
    ids=["not-utf8", "duplicate-key", "empty", "not-canonical"],
)
def test_malformed_enrolment_payloads_are_refused(person: Identity, payload: bytes) -> None:
    with pytest.raises(FormatError) as info:
        read_enrolment(_reenvelope(payload, person.signing_key))
    assert info.value.code in {"enrolment-invalid", "identity-invalid"}


def test_enrolment_with_non_canonical_but_valid_payload_is_refused(person: Identity) -> None:
    body = json.loads(parse_envelope(make_enrolment(person)).payload)
    spaced = json.dumps(body, sort_keys=True).encode()
    with pytest.raises(FormatError, match="canonical"):
        read_enrolment(_reenvelope(spaced, person.signing_key))
