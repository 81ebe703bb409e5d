"""The CLI prints text from files with control and bidirectional characters escaped (issue 7
item 9): a file name or a name cannot clear the terminal or reorder what it shows."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "core"))
from formats_tamper import reseal_blob0, resign_payload
from formats_world import World, make_package

from reviewdesk.cli import main
from reviewdesk.commands.safe_text import json_text, safe
from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto.identity import save_identity
from reviewdesk.core.crypto.roster import save_trust

PASSPHRASE = "correct horse battery"
RAW = ("\x1b", "\u202e", "\x07")
FAR = datetime(2099, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def world() -> World:
    return World()


def _verify(world: World, tmp_path: Path, package: Path) -> list[str]:
    identity = tmp_path / "e1.identity"
    save_identity(world.e1, identity, PASSPHRASE, work_factor=10)  # low factor: tests only
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(PASSPHRASE + "\n")
    roster = tmp_path / "roster.dsse"
    roster.write_bytes(world.roster_data(expires=FAR))  # checked against today
    trust = tmp_path / "trust.json"
    save_trust(world.trust(), trust)
    return ["verify", str(package), "--identity", str(identity), "--passphrase-file",
            str(passphrase), "--roster", str(roster), "--trust", str(trust)]  # fmt: skip


def test_a_hostile_file_name_is_printed_escaped(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = make_package(world, tmp_path).path
    hostile = package.rename(tmp_path / "score\x1b[2J\u202efdp.rdx")
    assert main(_verify(world, tmp_path, hostile)) == 0
    out = capsys.readouterr().out
    assert "file:      " + str(tmp_path) + "/score\\u001b[2J\\u202efdp.rdx" in out
    assert not any(ch in out for ch in RAW)


def test_a_signed_package_with_a_hostile_name_fails_verify_with_its_field(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = make_package(world, tmp_path).path

    def change(payload: bytes) -> bytes:
        manifest = json.loads(payload)
        manifest["details"]["applicants"][0]["name"] = "Lab\x1b[2J\u202e"
        return dumps_canonical(manifest)

    reseal_blob0(package, world.e1, resign_payload(world.operator, change))
    assert main(_verify(world, tmp_path, package)) == 1
    captured = capsys.readouterr()
    assert "text-not-allowed" in captured.err
    assert "$.details.applicants[0].name" in captured.err
    assert not any(ch in captured.out + captured.err for ch in RAW)


def test_safe_keeps_ordinary_text() -> None:
    assert safe("2025年度 评审 · Zürich <b>") == "2025年度 评审 · Zürich <b>"
    assert safe("a\tb\nc\u200f") == "a\\u0009b\\u000ac\\u200f"


def test_json_output_escapes_bidi_and_control_characters_but_keeps_the_value(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = make_package(world, tmp_path).path
    hostile = package.rename(tmp_path / "score\x1b[2J\u202efdp\u2028\x85.rdx")
    assert main([*_verify(world, tmp_path, hostile), "--json"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in (*RAW, "\u2028", "\x85"))
    assert "\\u202efdp\\u2028\\u0085.rdx" in out  # escaped inside the JSON string
    report = json.loads(out)
    assert report["file"] == str(hostile)  # a program reads the exact name back


def test_json_text_is_utf8_with_only_the_dangerous_characters_escaped() -> None:
    value = {"name": "北京\u202e实验室", "note": "a\nb\x1b", "file": "x\udcff.rdx", "n": 3}
    text = json_text(value)
    assert json.loads(text) == value
    assert "北京\\u202e实验室" in text and "a\\nb\\u001b" in text and "x\\udcff.rdx" in text
    text.encode("utf-8")  # always encodable, even with a non-UTF-8 file name in it
