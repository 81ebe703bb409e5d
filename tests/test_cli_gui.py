"""``reviewdesk``, ``reviewdesk gui [--package FILE]`` and ``reviewdesk FILE`` start the GUI
(issue 4 item 2) without loading the other commands first (they import the whole core)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from reviewdesk import cli


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def run_gui(argv: list[str], language: object = None, *, package: Path | None = None) -> int:
        seen.append({"language": language, "package": package})
        return 0

    fake = types.ModuleType("reviewdesk.gui.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reviewdesk.gui.app", fake)
    return seen


def test_gui_with_a_package_opens_it(calls: list[dict[str, Any]], tmp_path: Path) -> None:
    package = tmp_path / "2025-KY.rdx"
    package.write_bytes(b"RDX1\n")
    assert cli.main(["gui", "--package", str(package), "--lang", "en"]) == 0
    assert calls[0]["package"] == package and str(calls[0]["language"]) == "en"


def test_a_lone_file_argument_is_a_package_to_open(
    calls: list[dict[str, Any]], tmp_path: Path
) -> None:
    package = tmp_path / "2025-KY.rdx"
    package.write_bytes(b"RDX1\n")
    assert cli.main([str(package)]) == 0
    assert cli.main([]) == 0
    assert [c["package"] for c in calls] == [package, None]


def test_a_command_name_is_never_taken_for_a_file(
    calls: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["templates", "--help"])
    assert calls == [] and "templates" in capsys.readouterr().out


def test_starting_the_gui_loads_no_other_command() -> None:
    code = (
        "import sys, types\n"
        "fake = types.ModuleType('reviewdesk.gui.app')\n"
        "fake.run_gui = lambda argv, language=None, *, package=None: 0\n"
        "sys.modules['reviewdesk.gui.app'] = fake\n"
        "from reviewdesk import cli\n"
        "assert cli.main(['gui', '--package', 'x.rdx']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('reviewdesk.commands')"
        " or m.split('.')[0] in ('sqlalchemy', 'cryptography', 'jsonschema')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
