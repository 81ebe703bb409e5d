"""An enrolment proves the X25519 key as well as the Ed25519 key (issue 7 item 13).

The applicant's request carries a MAC keyed by X25519(applicant, commission); only the
holder of the applicant's X25519 private key (or the commission) can make it, and the
commission checks it with its own identity."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto.dsse import parse_envelope, sign_envelope
from reviewdesk.core.crypto.enrolment_proof import make_proof_mac
from reviewdesk.core.crypto.identity import (
    ENROLMENT_PAYLOAD_TYPE,
    Identity,
    PublicIdentity,
    make_enrolment,
    read_enrolment_request,
    save_identity,
    verify_enrolment_x25519,
)
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, FormatError
from reviewdesk.core.home.first_run import export_enrolment
from reviewdesk.messages import english_message

NOW = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def applicant() -> Identity:
    return Identity.generate("王芳", Role.EXPERT, now=NOW)


@pytest.fixture(scope="module")
def commission() -> Identity:
    return Identity.generate("委员会", Role.COMMISSION, now=NOW)


def payload_of(data: bytes) -> dict[str, object]:
    value = json.loads(parse_envelope(data).payload)
    assert isinstance(value, dict)
    return value


def signed(body: dict[str, object], by: Identity) -> bytes:
    return sign_envelope(ENROLMENT_PAYLOAD_TYPE, dumps_canonical(body), [by.signing_key])


def refused(data: bytes, commission: Identity) -> CryptoError:
    request = read_enrolment_request(data, "req.json")  # the Ed25519 signature is fine
    with pytest.raises(CryptoError) as caught:
        verify_enrolment_x25519(request, commission, "req.json")
    return caught.value


def test_a_request_made_for_the_commission_key_proves_the_x25519_key(
    applicant: Identity, commission: Identity
) -> None:
    data = make_enrolment(applicant, now=NOW, verifier=commission.age_identity.recipient)
    request = read_enrolment_request(data, "req.json")
    assert request.identity == applicant.public and request.x25519_proof is not None
    assert payload_of(data)["format"] == "reviewdesk-enrolment/2"
    verify_enrolment_x25519(request, commission, "req.json")  # no error: accepted
    verify_enrolment_x25519(request, commission.age_identity)  # the bare X25519 key also does


def test_someone_elses_x25519_key_cannot_be_enrolled(
    applicant: Identity, commission: Identity
) -> None:
    # Mallory lists Wang Fang's X25519 key with her own signing key. She can sign, but her
    # MAC comes from her own X25519 key, so it does not match the key she lists.
    mallory = Identity.generate("Mallory", Role.EXPERT, now=NOW)
    stolen = PublicIdentity("Mallory", Role.EXPERT, applicant.public.x25519, mallory.public.ed25519)
    verifier = commission.age_identity.recipient.public_key
    body: dict[str, object] = {
        "created": "2025-03-01T08:00:00Z", "format": "reviewdesk-enrolment/2",
        "identity": stolen.to_json(), "x25519_proof": {"verifier": verifier.hex()},
    }  # fmt: skip
    mac = make_proof_mac(mallory.age_identity, verifier, dumps_canonical(body))
    body["x25519_proof"] = {"verifier": verifier.hex(), "mac": mac.hex()}
    error = refused(signed(body, mallory), commission)
    assert error.code == "enrolment-x25519-proof-invalid"
    assert "req.json" in english_message(error) and "Mallory" in english_message(error)


def test_a_genuine_proof_moved_into_another_request_is_refused(
    applicant: Identity, commission: Identity
) -> None:
    # Wang Fang's genuine proof, copied under Mallory's signing key and name: the MAC covers
    # the whole request, so it no longer matches.
    mallory = Identity.generate("Mallory", Role.EXPERT, now=NOW)
    body = payload_of(
        make_enrolment(applicant, now=NOW, verifier=commission.age_identity.recipient)
    )
    body["identity"] = PublicIdentity(
        "Mallory", Role.EXPERT, applicant.public.x25519, mallory.public.ed25519
    ).to_json()
    assert refused(signed(body, mallory), commission).code == "enrolment-x25519-proof-invalid"


@pytest.mark.parametrize("change", ["mac", "name", "role", "created"])
def test_a_tampered_proof_or_request_is_refused(
    applicant: Identity, commission: Identity, change: str
) -> None:
    body = payload_of(
        make_enrolment(applicant, now=NOW, verifier=commission.age_identity.recipient)
    )
    proof = body["x25519_proof"]
    identity = body["identity"]
    assert isinstance(proof, dict) and isinstance(identity, dict)
    if change == "mac":
        proof["mac"] = ("0" if proof["mac"][0] != "0" else "1") + proof["mac"][1:]
    elif change == "name":
        identity["name"] = "王芳芳"
    elif change == "role":
        identity["role"] = "chair"
    else:
        body["created"] = "2025-03-02T08:00:00Z"
    # Re-signed by the applicant's own signing key: only the X25519 proof can catch it.
    assert refused(signed(body, applicant), commission).code == "enrolment-x25519-proof-invalid"


def test_a_request_without_the_proof_is_refused_by_the_commission(
    applicant: Identity, commission: Identity
) -> None:
    data = make_enrolment(applicant, now=NOW)  # an old-style request (format /1)
    assert payload_of(data)["format"] == "reviewdesk-enrolment/1"
    request = read_enrolment_request(data, "req.json")  # still readable
    assert request.x25519_proof is None
    error = refused(data, commission)
    assert error.code == "enrolment-x25519-unproven"
    assert "cannot be accepted" in english_message(error)


def test_a_proof_made_for_another_commission_key_is_refused(
    applicant: Identity, commission: Identity
) -> None:
    other = Identity.generate("别的委员会", Role.COMMISSION, now=NOW)
    data = make_enrolment(applicant, now=NOW, verifier=other.age_identity.recipient)
    error = refused(data, commission)
    assert error.code == "enrolment-x25519-other-verifier"
    assert error.detail["verifier"] == other.public.age_recipient
    assert error.detail["expected"] == commission.public.age_recipient


def test_a_proof_without_its_mac_or_with_a_low_order_verifier_is_malformed(
    applicant: Identity, commission: Identity
) -> None:
    body = payload_of(
        make_enrolment(applicant, now=NOW, verifier=commission.age_identity.recipient)
    )
    proof = body["x25519_proof"]
    assert isinstance(proof, dict)
    del proof["mac"]
    with pytest.raises(FormatError, match="enrolment-invalid"):
        read_enrolment_request(signed(body, applicant))
    body["x25519_proof"] = {"verifier": "00" * 32, "mac": "00" * 32}  # all-zero shared secret
    with pytest.raises(FormatError, match="enrolment-invalid"):
        read_enrolment_request(signed(body, applicant))
    body["format"] = "reviewdesk-enrolment/1"  # a /1 request must not carry a proof
    with pytest.raises(FormatError, match="enrolment-invalid"):
        read_enrolment_request(signed(body, applicant))


def test_first_run_exports_a_proven_request(
    applicant: Identity, commission: Identity, tmp_path: Path
) -> None:
    path = export_enrolment(
        applicant, tmp_path / "enrol.json", now=NOW, verifier=commission.age_identity.recipient
    )
    verify_enrolment_x25519(read_enrolment_request(path.read_bytes(), path), commission, path)


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_enrol_with_the_commission_key_and_show_enrolment_checks_it(
    applicant: Identity, commission: Identity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(PASSPHRASE + "\n")
    mine, theirs = tmp_path / "wang.id", tmp_path / "commission.id"
    save_identity(applicant, mine, PASSPHRASE, work_factor=10)  # low factor: tests only
    save_identity(commission, theirs, PASSPHRASE, work_factor=10)
    request = tmp_path / "wang.enrol"
    code, out, err = run(
        capsys, "keys", "enrol", mine, "--out", request, "--passphrase-file", passphrase,
        "--commission", commission.public.age_recipient,
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "keys", "show-enrolment", request, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["x25519_proof"].startswith("not checked")
    assert shown["proof_for"] == commission.public.age_recipient
    code, out, err = run(
        capsys, "keys", "show-enrolment", request, "--commission-identity", theirs,
        "--passphrase-file", passphrase, "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["x25519_proof"] == "verified with your commission key"
    # The applicant's own identity is not the commission's key: refused, with a sentence.
    code, _, err = run(
        capsys, "keys", "show-enrolment", request, "--commission-identity", mine,
        "--passphrase-file", passphrase,
    )  # fmt: skip
    assert code == 1 and "enrolment-x25519-other-verifier" in err and "Traceback" not in err


def test_cli_request_without_the_commission_key_says_it_cannot_be_accepted(
    applicant: Identity, commission: Identity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(PASSPHRASE + "\n")
    mine, theirs = tmp_path / "wang.id", tmp_path / "commission.id"
    save_identity(applicant, mine, PASSPHRASE, work_factor=10)
    save_identity(commission, theirs, PASSPHRASE, work_factor=10)
    request = tmp_path / "wang.enrol"
    code, out, _ = run(
        capsys, "keys", "enrol", mine, "--out", request, "--passphrase-file", passphrase
    )
    assert code == 0 and "will not accept" in out
    code, out, _ = run(capsys, "keys", "show-enrolment", request)
    assert code == 0 and "cannot accept" in out
    code, _, err = run(
        capsys, "keys", "show-enrolment", request, "--commission-identity", theirs,
        "--passphrase-file", passphrase,
    )  # fmt: skip
    assert code == 1 and "enrolment-x25519-unproven" in err
    code, _, err = run(
        capsys, "keys", "enrol", mine, "--out", tmp_path / "x.enrol", "--passphrase-file",
        passphrase, "--commission", "age1notakey",
    )  # fmt: skip
    assert code == 1 and "Traceback" not in err and not (tmp_path / "x.enrol").exists()
