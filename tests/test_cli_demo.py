"""``reviewdesk demo`` and ``reviewdesk expert open|submit``: the sample round from the
command line, and the expert desk without the GUI. The demo's identity files use the demo's
low scrypt work factor (2^10)."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from reviewdesk.cli import main
from reviewdesk.core.home.settings import HOME_ENV


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-demo") / "demo"
    assert main(["demo", "--out", str(root)]) == 0
    return root


def test_demo_prints_the_passphrases_and_the_low_work_factor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "demo", "--out", tmp_path / "d")
    assert code == 0, err
    for key in (*(f"expert-{n}" for n in range(1, 8)), "chair-1", "chair-2", "commission"):
        assert f"passphrase: demo-{key}" in out
    assert "LOW scrypt work factor 2^10" in out
    assert str(tmp_path / "d" / "README.txt") in out
    code, out, _ = run(capsys, "demo", "--out", tmp_path / "d", "--json")
    summary = json.loads(out)
    assert summary["created"] is False and summary["work_factor"] == 10
    assert summary["seed"] == 0 and len(summary["result_bundles"]) == 2
    assert [p["passphrase"] for p in summary["people"]][:3] == [
        "demo-expert-1",
        "demo-expert-2",
        "demo-expert-3",
    ]


def test_demo_force_makes_new_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "d"
    _, first, _ = run(capsys, "demo", "--out", root, "--json")
    _, again, _ = run(capsys, "demo", "--out", root, "--json", "--force")
    fingerprints = [[p["fingerprint"] for p in json.loads(x)["people"]] for x in (first, again)]
    assert json.loads(again)["created"] is True
    assert fingerprints[0][0] != fingerprints[1][0]


def test_demo_refuses_a_folder_of_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    code, _, err = run(capsys, "demo", "--out", tmp_path, "--force")
    assert code == 1 and "demo-folder-not-empty" in err


@pytest.mark.parametrize("role", ["expert", "chair", "commission"])
def test_demo_open_role_creates_the_demo_then_starts_the_gui_as_that_person(
    role: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[dict[str, Any]] = []

    def run_gui(
        argv: list[str],
        language: object = None,
        *,
        package: Path | None = None,
        home: Path | None = None,
        role: str | None = None,
        workdir: Path | None = None,
    ) -> int:
        import os

        calls.append({"home": home, "package": package, "role": role, "workdir": workdir,
                      "env": os.environ[HOME_ENV]})  # fmt: skip
        return 0

    fake = types.ModuleType("reviewdesk.gui.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reviewdesk.gui.app", fake)
    monkeypatch.setenv(HOME_ENV, "unchanged-after-the-test")
    root = tmp_path / "fresh"
    code, _, err = run(capsys, "demo", "--out", root, "--open", role)
    assert code == 0, err
    person = {"expert": "expert-1", "chair": "chair-2", "commission": "commission"}[role]
    home = root / "homes" / person
    [call] = calls
    assert (call["home"], call["env"], call["role"]) == (home, str(home), role)
    if role == "commission":
        assert call["package"] is None and call["workdir"] == root / "commission"
        assert (call["workdir"] / "commission.sqlite3").is_file()
        return
    package = call["package"]
    assert package.parent.name == "YQ" and person in {"expert-1", "chair-2"}
    kind = "expert" if role == "expert" else "chair"
    assert f"-YQ-{kind}-" in package.name and call["workdir"] is None


def test_expert_open_prints_the_package_summary(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("demo-expert-2\n")
    package = next((demo_dir / "packages" / "PT").glob("*-expert-李静-*.rdx"))
    home = demo_dir / "homes" / "expert-2"
    code, out, err = run(
        capsys, "expert", "open", package, "--home", home, "--passphrase-file", passphrase, "--json"
    )
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["round"], summary["panel"]) == ("BJ-2025-PJ", "PT")
    assert [a["ref"] for a in summary["applicants"]] == ["PJ-PT-01", "PJ-PT-02", "PJ-PT-03"]
    assert summary["applicants"][0]["stage"] == "submitted"  # the demo's expert 2 submitted
    code, out, err = run(
        capsys, "expert", "open", package, "--home", home, "--passphrase-file", passphrase
    )
    assert code == 0 and "北京海创国际技术转移中心" in out


def test_expert_submit_lists_what_is_missing_and_writes_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("demo-expert-1\n")
    out_file = tmp_path / "scores.rdx"
    code, out, err = run(
        capsys,
        "expert",
        "submit",
        next((demo_dir / "packages" / "QY").glob("*-expert-王建国-*.rdx")),
        "--home",
        demo_dir / "homes" / "expert-1",
        "--passphrase-file",
        passphrase,
        "--out",
        out_file,
    )
    assert code == 1 and "submission-incomplete" in err
    assert "missing: pledge-missing" in out and "declaration-missing PJ-QY-01" in out
    assert not out_file.exists()


def test_expert_open_with_a_wrong_passphrase_is_a_plain_error(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("not it\n")
    code, _, err = run(
        capsys,
        "expert",
        "open",
        next((demo_dir / "packages" / "KY").glob("*-expert-王建国-*.rdx")),
        "--home",
        demo_dir / "homes" / "expert-1",
        "--passphrase-file",
        passphrase,
    )
    assert code == 1 and "identity-bad-passphrase" in err and "Traceback" not in err
