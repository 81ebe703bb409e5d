"""``reviewdesk keys …``: make, show and export personal keys, and enrolment requests.
Every key file here is made with the lowest scrypt work factor allowed (``--work-factor 15``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewdesk.cli import build_parser, main
from reviewdesk.core.crypto import parse_identity
from reviewdesk.core.crypto.identity import load_identity

PASSPHRASE = "correct horse battery staple"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture()
def key_file(tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "wang.id"
    code, _, err = run(
        capsys,
        "keys",
        "new",
        "--name",
        "王芳",
        "--role",
        "expert",
        "--out",
        path,
        "--passphrase-file",
        passphrase_file,
        "--work-factor",
        "15",
    )
    assert code == 0, err
    return path


def test_new_key_shows_its_fingerprint_and_recipient(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "chair.id"
    code, out, _ = run(
        capsys,
        "keys",
        "new",
        "--name",
        "Zhang Wei",
        "--role",
        "chair",
        "--out",
        out_file,
        "--passphrase-file",
        passphrase_file,
        "--work-factor",
        "15",
        "--json",
    )
    assert code == 0
    shown = json.loads(out)
    identity = load_identity(out_file, PASSPHRASE)  # the newline in the file is not part of it
    assert shown["keyid"] == identity.keyid and shown["role"] == "chair"
    assert " ".join(shown["fingerprint"]) == identity.public.fingerprint
    assert shown["age_recipient"] == identity.public.age_recipient


def test_show_prints_the_same_fingerprint_as_new(
    key_file: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    identity = load_identity(key_file, PASSPHRASE)
    code, out, _ = run(capsys, "keys", "show", key_file, "--passphrase-file", passphrase_file)
    assert code == 0
    groups = identity.public.fingerprint_groups
    assert " ".join(groups[:6]) in out and " ".join(groups[6:]) in out
    assert identity.public.age_recipient in out and "王芳" in out and "expert" in out
    code, out, _ = run(
        capsys, "keys", "show", key_file, "--passphrase-file", passphrase_file, "--json"
    )
    assert json.loads(out)["keyid"] == identity.keyid


def test_wrong_passphrase_exits_1_with_the_code(
    key_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    code, out, err = run(capsys, "keys", "show", key_file, "--passphrase-file", wrong)
    assert code == 1 and out == ""
    assert "identity-bad-passphrase" in err and "passphrase" in err.split(":", 3)[-1]


def test_export_prints_a_standard_age_secret_key(
    key_file: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "keys", "export-age-identity", key_file, "--passphrase-file", passphrase_file
    )
    assert code == 0 and out.startswith("AGE-SECRET-KEY-1")
    recipient = load_identity(key_file, PASSPHRASE).public.age_recipient
    assert str(parse_identity(out.strip()).recipient) == recipient


def test_new_never_overwrites_a_key(
    key_file: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = key_file.read_bytes()
    code, _, err = run(
        capsys,
        "keys",
        "new",
        "--name",
        "X",
        "--role",
        "expert",
        "--out",
        key_file,
        "--passphrase-file",
        passphrase_file,
        "--work-factor",
        "15",
    )
    assert code == 1 and "file-exists" in err
    assert key_file.read_bytes() == before


def test_prompted_passphrases_must_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["first", "second"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out_file = tmp_path / "k.id"
    code, _, err = run(
        capsys,
        "keys",
        "new",
        "--name",
        "X",
        "--role",
        "expert",
        "--out",
        out_file,
        "--work-factor",
        "15",
    )
    assert code == 1 and "passphrase-mismatch" in err and not out_file.exists()
    answers = iter(["same words", "same words"])
    code, _, _ = run(
        capsys,
        "keys",
        "new",
        "--name",
        "X",
        "--role",
        "expert",
        "--out",
        out_file,
        "--work-factor",
        "15",
    )
    assert code == 0 and load_identity(out_file, "same words").name == "X"


def test_empty_passphrase_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    code, _, err = run(
        capsys,
        "keys",
        "new",
        "--name",
        "X",
        "--role",
        "expert",
        "--out",
        tmp_path / "k.id",
        "--passphrase-file",
        empty,
        "--work-factor",
        "15",
    )
    assert code == 1 and "passphrase-file-empty" in err and not (tmp_path / "k.id").exists()


def test_enrolment_request_shows_the_same_fingerprint(
    key_file: Path, passphrase_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    request = tmp_path / "wang.enrol"
    code, _, _ = run(
        capsys, "keys", "enrol", key_file, "--out", request, "--passphrase-file", passphrase_file
    )
    assert code == 0
    code, out, _ = run(capsys, "keys", "show-enrolment", request, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["proof"] == "signature verified"
    assert " ".join(shown["fingerprint"]) == load_identity(key_file, PASSPHRASE).public.fingerprint
    request.write_bytes(request.read_bytes().replace(b"payload", b"Payload"))
    code, _, err = run(capsys, "keys", "show-enrolment", request)
    assert code == 1 and "envelope-invalid" in err


def test_unknown_file_gives_a_sentence_not_a_traceback(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "keys", "show", tmp_path / "absent.id", "--passphrase-file", passphrase_file
    )
    assert code == 1 and "file-unreadable" in err


def test_work_factor_option_is_hidden_from_help() -> None:
    parser = build_parser()
    keys = parser._subparsers._group_actions[0].choices["keys"]  # type: ignore[union-attr]
    new = keys._subparsers._group_actions[0].choices["new"]
    assert "--work-factor" not in new.format_help()
    assert "--passphrase-file" in new.format_help()
