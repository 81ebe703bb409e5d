"""Benchmark our age implementation against the age CLI (a script, not a test).

    .venv/bin/python benchmarks/bench_age.py [--size-mib 256] [--repeat 3]

Creates a random file in a temp folder and times, best of ``--repeat`` each:
- decrypt: ours (file -> /dev/null, *including* the SHA-256 that opening a blob checks: the
  digest of the age file, see ``OpenedObject.read_blob``) vs ``age -d -i key``, on the same
  file made by ``age -r``;
- encrypt: ours (file -> /dev/null) vs ``age -r``.
Prints the ratios ours/age and exits with status 1 if one of those two is above 1.0 (target
<= 1.0). Also prints, for information only: our decrypt with both digests (what
``verify_blob`` and the commission's full verification do) and without any, and our encrypt
with both digests (what building a package does; two SHA-256 passes cannot fit in the time
``age -r`` takes on 2 cores).

Why opening checks one digest: identical age-file bytes can only decrypt to identical
plaintext, so the ciphertext digest binds the plaintext too. SHA-256 runs at ~1.8 GB/s per
core here; two digests cost about as much CPU as the whole of ``age -d``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _report import emit

from reviewdesk.core.crypto import X25519Identity, decrypt, encrypt, parse_identity

# make bench (run_all.py) runs this at quick sizes; make bench FULL=1 at the defaults.
QUICK_ARGS = ["--size-mib", "128", "--repeat", "3"]  # 64 MiB: too short to time (±30 %)

MIB = 1024 * 1024


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    age, keygen = shutil.which("age"), shutil.which("age-keygen")
    if age is None or keygen is None:
        print("the age CLI is not on PATH", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="bench-age-") as tmp:
        folder = Path(tmp)
        plain, encrypted, key = folder / "plain.bin", folder / "plain.age", folder / "key.txt"
        digest = hashlib.sha256()
        with plain.open("wb") as out:
            for _ in range(args.size_mib):
                block = os.urandom(MIB)
                digest.update(block)
                out.write(block)
        subprocess.run([keygen, "-o", str(key)], check=True, capture_output=True)
        recipient = subprocess.run(
            [keygen, "-y", str(key)], check=True, capture_output=True, text=True
        ).stdout.strip()
        secret = next(ln for ln in key.read_text().splitlines() if ln.startswith("AGE-SECRET"))
        identity = parse_identity(secret)
        assert isinstance(identity, X25519Identity)
        subprocess.run([age, "-r", recipient, "-o", str(encrypted), str(plain)], check=True)

        file_digest = hashlib.sha256(encrypted.read_bytes()).digest()

        def ours_decrypt() -> None:
            with encrypted.open("rb") as src, open(os.devnull, "wb") as dst:
                result = decrypt(src, dst, [identity], sha256=True, hash_plaintext=False)
            assert result.ciphertext_sha256 == file_digest

        def ours_decrypt_both() -> None:
            with encrypted.open("rb") as src, open(os.devnull, "wb") as dst:
                result = decrypt(src, dst, [identity], sha256=True)
            assert result.plaintext_sha256 == digest.digest()

        def ours_encrypt() -> None:
            with plain.open("rb") as src, open(os.devnull, "wb") as dst:
                encrypt(src, dst, [identity.recipient])

        def ours_encrypt_both() -> None:
            with plain.open("rb") as src, open(os.devnull, "wb") as dst:
                encrypt(src, dst, [identity.recipient], sha256=True)

        def ours_decrypt_plain() -> None:
            with encrypted.open("rb") as src, open(os.devnull, "wb") as dst:
                decrypt(src, dst, [identity])

        def age_decrypt() -> None:
            cmd = [age, "-d", "-i", str(key), "-o", os.devnull, str(encrypted)]
            subprocess.run(cmd, check=True)

        def age_encrypt() -> None:
            subprocess.run([age, "-r", recipient, "-o", os.devnull, str(plain)], check=True)

        ours_decrypt()  # warm the page cache and check the results once
        ours_decrypt_both()
        repeat = args.repeat
        age_dec, age_enc = best_of(repeat, age_decrypt), best_of(repeat, age_encrypt)
        rows = [
            ("decrypt (+ file SHA-256)", best_of(repeat, ours_decrypt), age_dec),
            ("encrypt", best_of(repeat, ours_encrypt), age_enc),
            ("encrypt (+2x SHA-256, info)", best_of(repeat, ours_encrypt_both), age_enc),
            ("decrypt (+2x SHA-256, info)", best_of(repeat, ours_decrypt_both), age_dec),
            ("decrypt (no digests, info)", best_of(repeat, ours_decrypt_plain), age_dec),
        ]

    failed = False
    print(f"{args.size_mib} MiB, best of {args.repeat}, {os.cpu_count()} CPUs")
    for label, ours, theirs in rows:
        ratio = ours / theirs
        failed |= ratio > 1.0 and "info" not in label
        if "info" not in label:
            emit(
                f"age {label}", ours, "s", theirs, "s", ratio, "ratio ≤ 1.0", ratio <= 1.0,
                baseline_name="age CLI",
            )  # fmt: skip
        print(
            f"{label:27} ours {ours:6.3f} s ({args.size_mib / ours:6.0f} MiB/s)   "
            f"age {theirs:6.3f} s   ratio {ratio:4.2f}"
        )
    print("FAIL: a ratio is above 1.0" if failed else "OK: all ratios <= 1.0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
