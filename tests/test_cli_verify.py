"""``reviewdesk verify``: says what a file is, who signed it, for whom, lists every check,
and exits 0 only when all pass."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "core"))
from formats_tamper import edit_blobs, flip
from formats_world import World, make_package

from reviewdesk.cli import main
from reviewdesk.core.crypto.identity import make_enrolment, save_identity
from reviewdesk.core.crypto.roster import save_trust

PASSPHRASE = "correct horse battery"
FAR = datetime(2099, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def world() -> World:
    return World()


@pytest.fixture
def files(world: World, tmp_path: Path) -> dict[str, Path]:
    identity = tmp_path / "e1.identity"
    save_identity(world.e1, identity, PASSPHRASE, work_factor=10)  # low factor: tests only
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(PASSPHRASE + "\n")
    roster = tmp_path / "roster.dsse"
    roster.write_bytes(world.roster_data(expires=FAR))  # checked against today
    trust = tmp_path / "trust.json"
    save_trust(world.trust(), trust)
    package = make_package(world, tmp_path).path
    return {"identity": identity, "pass": passphrase, "roster": roster, "trust": trust,
            "package": package}  # fmt: skip


def _args(files: dict[str, Path], *extra: str, target: str = "package") -> list[str]:
    return [
        "verify", str(files[target]), "--identity", str(files["identity"]),
        "--passphrase-file", str(files["pass"]), "--roster", str(files["roster"]),
        "--trust", str(files["trust"]), *extra,
    ]  # fmt: skip


def test_a_good_package_passes_every_check(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_args(files)) == 0
    out = capsys.readouterr().out
    assert "an expert's review package" in out
    assert "signed by: Op Staff (operational)" in out
    assert "Expert Li (expert)" in out
    assert "blob 3 attachment" in out and "FAILED" not in out
    assert "all checks passed" in out


def test_json_lists_each_check(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_args(files, "--json")) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["what"] == "package"
    names = [c["check"] for c in report["checks"]]
    assert names[:6] == ["container", "roster", "decrypt", "signature", "manifest", "bindings"]
    assert names[-1] == "content"
    assert {c["status"] for c in report["checks"]} == {"ok"}
    assert report["signer"]["role"] == "operational"


def test_a_tampered_attachment_fails_with_its_code(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    edit_blobs(files["package"], lambda b: [*b[:3], flip(b[3], len(b[3]) - 5), *b[4:]])
    assert main(_args(files, "--json")) == 1
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    failed = [c for c in report["checks"] if c["status"] == "failed"]
    assert [(c["check"], c["code"]) for c in failed] == [("blob 3 attachment", "age-payload-auth")]
    assert "age-payload-auth" in captured.err


def test_without_an_identity_only_the_layout_is_checked(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(files["package"])]) == 1
    captured = capsys.readouterr()
    assert "ok       container" in captured.out
    assert "verify-needs-identity" in captured.err
    assert "--identity" in captured.err


def test_without_a_trust_file_the_roster_is_not_trusted(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = _args(files)
    del args[-2:]
    assert main(args) == 1
    assert "verify-needs-trust" in capsys.readouterr().err


def test_a_roster_file_checked_against_the_pinned_roots(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["verify", str(files["roster"]), "--trust", str(files["trust"])]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "the commission's roster" in out and "pinned roots" in out


def test_an_enrolment_request(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    request = tmp_path / "request.dsse"
    request.write_bytes(make_enrolment(world.e2))
    assert main(["verify", str(request)]) == 0
    assert "Expert Zhang" in capsys.readouterr().out


def test_a_file_of_another_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert main(["verify", str(other)]) == 1
    assert "verify-unknown-file" in capsys.readouterr().err


def test_a_truncated_container_names_the_blob(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files["package"].write_bytes(files["package"].read_bytes()[:-10])
    assert main(_args(files)) == 1
    err = capsys.readouterr().err
    assert "container-truncated" in err and "blob 4" in err
