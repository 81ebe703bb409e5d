"""Interoperability with the reference ``age`` command-line tool, both directions.

``age -p`` reads passphrases from the terminal only, so those runs go through a
pseudo-terminal. Skipped, with the reason, where ``age`` is not installed.
"""

from __future__ import annotations

import hashlib
import io
import os
import pty
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from reviewdesk.core.crypto import (
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt,
    decrypt_bytes,
    encrypt,
    parse_identity,
)
from reviewdesk.core.errors import CryptoError, FormatError

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")

pytestmark = [
    pytest.mark.interop,
    pytest.mark.skipif(
        AGE is None or AGE_KEYGEN is None,
        reason="the age CLI is not on PATH (packaging/install_system_deps.sh installs it)",
    ),
]

KIB = 1024
# Around the 64 KiB chunk boundaries, where the last-chunk rules bite.
SIZES = [0, 1, 64 * KIB - 1, 64 * KIB, 64 * KIB + 1, 128 * KIB, 128 * KIB + 17, 1300 * KIB]
PASSPHRASE = "correct horse battery staple"


def plaintext(size: int) -> bytes:
    return (hashlib.sha256(str(size).encode()).digest() * (size // 32 + 1))[:size]


def age(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    assert AGE is not None
    return subprocess.run([AGE, *map(str, args)], capture_output=True, check=True, timeout=120)


def run_in_terminal(args: list[str], answers: list[str], timeout: float = 120) -> bytes:
    """Run ``args`` with a pseudo-terminal as controlling terminal, typing one answer per
    passphrase prompt; returns what the program wrote to the terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal
        try:
            os.execv(args[0], args)
        finally:
            os._exit(127)
    seen = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"{args[0]} did not finish: {seen!r}")
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            seen += data
            while answered < len(answers) and seen.lower().count(b"passphrase") > answered:
                os.write(fd, answers[answered].encode() + b"\n")
                answered += 1
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise AssertionError(f"{args} failed: {seen!r}")
    assert answered == len(answers), seen
    return seen


@pytest.fixture
def age_key(tmp_path: Path) -> tuple[Path, str]:
    """A key made by age-keygen: (key file, recipient)."""
    assert AGE_KEYGEN is not None
    key_file = tmp_path / "key.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(key_file)], capture_output=True, check=True)
    recipient = subprocess.run(
        [AGE_KEYGEN, "-y", str(key_file)], capture_output=True, check=True, text=True
    ).stdout.strip()
    return key_file, recipient


def our_identity_from(key_file: Path) -> X25519Identity:
    lines = [ln for ln in key_file.read_text().splitlines() if ln.startswith("AGE-SECRET-KEY-")]
    identity = parse_identity(lines[0])
    assert isinstance(identity, X25519Identity)
    return identity


@pytest.mark.parametrize("size", SIZES)
def test_files_we_encrypt_open_with_age(tmp_path: Path, size: int) -> None:
    identity = X25519Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(identity.secret_string() + "\n")
    data = plaintext(size)
    with (tmp_path / "f.age").open("wb") as dst:
        result = encrypt(io.BytesIO(data), dst, [identity.recipient], sha256=True)
    encrypted = (tmp_path / "f.age").read_bytes()
    assert result.ciphertext_sha256 == hashlib.sha256(encrypted).digest()
    assert result.plaintext_sha256 == hashlib.sha256(data).digest()
    assert age("-d", "-i", key_file, tmp_path / "f.age").stdout == data


@pytest.mark.parametrize("size", SIZES)
def test_files_age_encrypts_open_with_ours(
    tmp_path: Path, age_key: tuple[Path, str], size: int
) -> None:
    key_file, recipient = age_key
    data = plaintext(size)
    (tmp_path / "in").write_bytes(data)
    age("-r", recipient, "-o", tmp_path / "f.age", tmp_path / "in")
    out = io.BytesIO()
    with (tmp_path / "f.age").open("rb") as src:
        result = decrypt(src, out, [our_identity_from(key_file)], sha256=True)
    assert out.getvalue() == data
    assert result.plaintext_sha256 == hashlib.sha256(data).digest()
    assert result.ciphertext_sha256 == hashlib.sha256((tmp_path / "f.age").read_bytes()).digest()


def test_several_recipients_each_open_with_age(tmp_path: Path) -> None:
    identities = [X25519Identity.generate() for _ in range(3)]
    data = plaintext(70 * KIB)
    with (tmp_path / "f.age").open("wb") as dst:
        encrypt(io.BytesIO(data), dst, [i.recipient for i in identities])
    for n, identity in enumerate(identities):
        key_file = tmp_path / f"key{n}.txt"
        key_file.write_text(identity.secret_string() + "\n")
        assert age("-d", "-i", key_file, tmp_path / "f.age").stdout == data


def test_armored_age_output_opens_only_when_armor_is_allowed(
    tmp_path: Path, age_key: tuple[Path, str]
) -> None:
    key_file, recipient = age_key
    data = plaintext(100 * KIB)
    (tmp_path / "in").write_bytes(data)
    age("-a", "-r", recipient, "-o", tmp_path / "f.age", tmp_path / "in")
    armored = (tmp_path / "f.age").read_bytes()
    identity = our_identity_from(key_file)
    assert decrypt_bytes(armored, [identity], allow_armor=True) == data
    with pytest.raises(FormatError) as err:
        decrypt_bytes(armored, [identity])
    assert err.value.code == "age-armor-not-allowed"


@pytest.mark.parametrize("size", [0, 64 * KIB, 128 * KIB + 5])
def test_passphrase_files_we_encrypt_open_with_age(tmp_path: Path, size: int) -> None:
    data = plaintext(size)
    with (tmp_path / "f.age").open("wb") as dst:
        # A low work factor keeps the test fast; age accepts any up to its own limit.
        encrypt(io.BytesIO(data), dst, [ScryptRecipient(PASSPHRASE, log_n=10)])
    assert AGE is not None
    out = tmp_path / "out"
    run_in_terminal([AGE, "-d", "-o", str(out), str(tmp_path / "f.age")], [PASSPHRASE])
    # age creates its output file on the first write, so none for an empty plaintext.
    assert (out.read_bytes() if out.exists() else b"") == data
    assert out.exists() or size == 0


def test_passphrase_files_age_encrypts_open_with_ours(tmp_path: Path) -> None:
    data = plaintext(128 * KIB)
    (tmp_path / "in").write_bytes(data)
    assert AGE is not None
    # age asks twice (enter, confirm) and uses its default work factor, 2^18.
    args = [AGE, "-p", "-o", str(tmp_path / "f.age"), str(tmp_path / "in")]
    run_in_terminal(args, [PASSPHRASE, PASSPHRASE])
    encrypted = (tmp_path / "f.age").read_bytes()
    assert decrypt_bytes(encrypted, [ScryptIdentity(PASSPHRASE)]) == data
    with pytest.raises(CryptoError) as err:
        decrypt_bytes(encrypted, [ScryptIdentity("wrong " + PASSPHRASE)])
    assert err.value.code == "age-bad-passphrase"
