"""Every error code the program raises has a sentence: a person never reads "Unexpected
error (some-code)" for a damaged file, a wrong passphrase or a broken installation."""

from __future__ import annotations

import re
from pathlib import Path

from reviewdesk.core.errors import InputError
from reviewdesk.messages import MESSAGES, english_message

SRC = Path(__file__).resolve().parents[1] / "src" / "reviewdesk"
# A kebab-case string as the first argument of an error constructor or helper.
RAISED = re.compile(r'(?:Error|error|fail|_invalid)\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)"')


def raised_codes() -> dict[str, Path]:
    codes: dict[str, Path] = {}
    for path in SRC.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for match in RAISED.finditer(path.read_text(encoding="utf-8")):
            codes.setdefault(match.group(1), path)
    return codes


def test_the_scan_finds_the_codes_it_should() -> None:
    codes = raised_codes()
    assert {"age-payload-auth", "template-invalid", "database-newer", "blob-hash-mismatch"} <= set(
        codes
    )


def test_every_raised_code_has_a_sentence() -> None:
    missing = {code: str(path.relative_to(SRC)) for code, path in raised_codes().items()
               if code not in MESSAGES}  # fmt: skip
    assert missing == {}


def test_a_sentence_names_the_file_and_fills_in_the_detail() -> None:
    error = InputError("file-too-large", Path("/media/usb/评分.rdx"), limit=1024)
    assert english_message(error) == (
        "/media/usb/评分.rdx is larger than the 1024 bytes allowed for this kind of file."
    )
