"""The layering rules of DESIGN §4 that a test can prove."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "reviewdesk"

IMPORT_EVERYTHING_HEADLESS = """
import importlib, pkgutil, sys
import reviewdesk.core, reviewdesk.commands
for package in (reviewdesk.core, reviewdesk.commands):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
import reviewdesk.cli, reviewdesk.messages
reviewdesk.cli.build_parser()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
                or m.startswith("reviewdesk.gui"))
print("\\n".join(loaded))
"""


def test_core_and_cli_never_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING_HEADLESS],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "", f"Qt or the GUI was loaded: {result.stdout}"


def test_cli_version_runs_without_qt() -> None:
    code = "import sys, reviewdesk.cli as c\ntry:\n    c.main(['--version'])\n"
    code += "except SystemExit:\n    pass\n"
    code += "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_no_core_source_mentions_qt_imports() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in (SRC / "core").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("import PySide6", "from PySide6", "from reviewdesk.gui"))
    ]
    assert offenders == []


def test_generated_forms_are_marked_generated() -> None:
    for path in (SRC / "gui" / "forms").glob("ui_*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from ui/")
