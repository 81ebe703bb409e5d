"""scrypt work factors (issue 7 item 11): a hostile identity file cannot make reviewdesk
compute more than 2^20 (refused before any scrypt work, with the file, the factor found and
the limit), and a new identity for a person never uses less than 2^15 (the demo's low factor
goes through an explicit, labelled path)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.crypto import age_keys
from reviewdesk.core.crypto.age_keys import (
    DEFAULT_SCRYPT_LOG_N,
    MAX_SCRYPT_LOG_N,
    MIN_SCRYPT_LOG_N,
    ScryptRecipient,
)
from reviewdesk.core.crypto.identity import Identity, load_identity, save_identity
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import FormatError, InputError
from reviewdesk.core.home.first_run import create_identity
from reviewdesk.messages import english_message

PASSPHRASE = "correct horse battery staple"


class ScryptSpy:
    """Stands in for the scrypt computation: records the factors asked for, does no work."""

    def __init__(self) -> None:
        self.factors: list[int] = []

    def __call__(self, passphrase: bytes, salt: bytes, log_n: int) -> bytes:
        self.factors.append(log_n)
        return bytes(32)  # a wrong key: the file then reads as a wrong passphrase


def spy_on_scrypt(monkeypatch: pytest.MonkeyPatch) -> ScryptSpy:
    spy = ScryptSpy()
    monkeypatch.setattr(age_keys, "_scrypt_key", spy)
    return spy


def with_work_factor(tmp_path: Path, log_n: int) -> Path:
    """A genuine identity file whose header was edited to ask for 2^log_n."""
    path = tmp_path / f"hostile-{log_n}.id"
    save_identity(Identity.generate("王芳", Role.EXPERT), path, PASSPHRASE, work_factor=15)
    data = path.read_bytes()
    header_line = data.split(b"\n")[1]
    assert header_line.startswith(b"-> scrypt ") and header_line.endswith(b" 15")
    path.write_bytes(data.replace(header_line, header_line[:-2] + str(log_n).encode(), 1))
    return path


def test_the_limits_leave_room_above_the_default_and_bound_a_laptop() -> None:
    assert MIN_SCRYPT_LOG_N == 15 < DEFAULT_SCRYPT_LOG_N == 18 < MAX_SCRYPT_LOG_N == 20


def test_a_hostile_identity_file_asking_2_22_is_refused_at_once_without_scrypt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = with_work_factor(tmp_path, 22)
    scrypt_spy = spy_on_scrypt(monkeypatch)
    started = time.monotonic()
    with pytest.raises(FormatError) as caught:
        load_identity(path, PASSPHRASE)
    assert time.monotonic() - started < 1
    assert scrypt_spy.factors == []  # refused before any scrypt work
    err = caught.value
    assert (err.code, err.path, str(err.detail["log_n"]), err.detail["limit"]) == (
        "age-work-factor-too-high", path, "22", 20,
    )  # fmt: skip
    sentence = english_message(err)
    assert str(path) in sentence and "2^22" in sentence and "2^20" in sentence


def test_the_real_scrypt_is_never_reached_for_a_factor_above_the_limit(tmp_path: Path) -> None:
    # No spy here: a 2^21 run would take 2 GiB and many seconds; the refusal takes none.
    path = with_work_factor(tmp_path, 21)
    started = time.monotonic()
    with pytest.raises(FormatError) as caught:
        load_identity(path, PASSPHRASE)
    assert caught.value.code == "age-work-factor-too-high"
    assert time.monotonic() - started < 1


def test_a_file_at_the_limit_is_still_tried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = with_work_factor(tmp_path, MAX_SCRYPT_LOG_N)
    scrypt_spy = spy_on_scrypt(monkeypatch)
    with pytest.raises(Exception) as caught:
        load_identity(path, PASSPHRASE)
    assert scrypt_spy.factors == [MAX_SCRYPT_LOG_N]
    assert caught.value.code == "identity-bad-passphrase"  # type: ignore[attr-defined]


def test_we_never_write_a_factor_our_reader_refuses() -> None:
    with pytest.raises(FormatError) as caught:
        ScryptRecipient("pw", log_n=MAX_SCRYPT_LOG_N + 1)
    assert caught.value.code == "age-work-factor-too-high"


def test_first_run_refuses_a_low_work_factor_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "identity.age"
    for factor in (10, MIN_SCRYPT_LOG_N - 1, MAX_SCRYPT_LOG_N + 1):
        with pytest.raises(InputError) as caught:
            create_identity("王芳", Role.EXPERT, PASSPHRASE, path, work_factor=factor)
        err = caught.value
        assert (err.code, err.detail["factor"], err.detail["minimum"]) == (
            "work-factor-out-of-range", factor, 15,
        )  # fmt: skip
        assert "2^15" in english_message(err) and "2^20" in english_message(err)
        assert not path.exists()


def test_only_the_explicit_demo_path_goes_below_the_minimum(tmp_path: Path) -> None:
    path = tmp_path / "demo.age"
    made = create_identity(
        "演示专家", Role.EXPERT, PASSPHRASE, path, work_factor=10, insecure_demo=True
    )
    assert load_identity(path, PASSPHRASE).keyid == made.keyid
    assert path.read_bytes().split(b"\n")[1].endswith(b" 10")
    with pytest.raises(InputError):  # the demo path never goes above the reader's limit
        create_identity(
            "演示专家", Role.EXPERT, PASSPHRASE, tmp_path / "x.age", work_factor=21,
            insecure_demo=True,
        )  # fmt: skip


@pytest.mark.parametrize("factor", ["10", "14", "21"])
def test_keys_new_refuses_a_work_factor_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], factor: str
) -> None:
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    out = tmp_path / "k.id"
    argv = ["keys", "new", "--name", "X", "--role", "expert", "--out", str(out),
            "--passphrase-file", str(passphrase_file), "--work-factor", factor]  # fmt: skip
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1 and "work-factor-out-of-range" in err
    assert f"2^{factor}" in err and "2^15" in err and "Traceback" not in err
    assert not out.exists()


def test_keys_new_with_the_lowest_allowed_factor_makes_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    out = tmp_path / "k.id"
    argv = ["keys", "new", "--name", "X", "--role", "expert", "--out", str(out),
            "--passphrase-file", str(passphrase_file), "--work-factor", "15"]  # fmt: skip
    assert main(argv) == 0, capsys.readouterr().err
    assert out.read_bytes().split(b"\n")[1].endswith(b" 15")


def test_the_demo_keeps_its_low_labelled_factor_but_never_exceeds_the_readers_limit(
    tmp_path: Path,
) -> None:
    from reviewdesk.demo.round import DEMO_WORK_FACTOR, create_demo

    assert DEMO_WORK_FACTOR < MIN_SCRYPT_LOG_N  # the demo's own, explicit exception
    with pytest.raises(InputError) as caught:
        create_demo(tmp_path / "demo", work_factor=MAX_SCRYPT_LOG_N + 1)
    assert caught.value.code == "work-factor-out-of-range"
    assert not (tmp_path / "demo").exists()
