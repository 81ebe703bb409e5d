"""``reviewdesk --self-test`` from the source install (the fast path of ``make bundle``'s
check), its failures, the frozen resources folder and what the bundle leaves out."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.core import resources
from reviewdesk.selftest import STEPS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_common  # noqa: E402


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        REVIEWDESK_HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        TMPDIR=str(tmp_path / "tmp"),
    )
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return env


def _lines(output: str) -> dict[str, str]:
    """Step name -> its status word, from the self-test's output."""
    names = {s.name for s in STEPS}
    out = {}
    for line in output.splitlines():
        words = line.split()
        if len(words) >= 2 and words[1] in names:
            out[words[1]] = words[0]
    return out


def test_the_self_test_passes_every_step_from_the_source_install(tmp_path: Path) -> None:
    program = Path(sys.executable).with_name("reviewdesk")
    result = subprocess.run(
        [str(program), "--self-test"],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _lines(result.stdout) == {s.name: "ok" for s in STEPS}, result.stdout
    assert "self-test passed" in result.stdout
    assert "(from source," in result.stdout
    # What each step saw, as the person reads it.
    assert "正在加载评分表…" in result.stdout
    assert "WenQuanYi Micro Hei" in result.stdout
    assert "platform offscreen, PNG/JPEG" in result.stdout
    # Everything happened in a throw-away folder, removed at the end: the home named in
    # the environment is untouched.
    assert not (tmp_path / "home").exists()
    assert list((tmp_path / "tmp").iterdir()) == []


_BROKEN = """
import sys
from pathlib import Path
import reviewdesk.core.resources as r
empty = Path(sys.argv[1])
r.resources_root = lambda: empty
from reviewdesk.selftest import main
sys.exit(main(["resources", "translations", "window"]))
"""


def test_missing_resources_fail_their_steps_and_the_exit_status(tmp_path: Path) -> None:
    empty = tmp_path / "no-resources"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _BROKEN, str(empty)],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    status = _lines(result.stdout)
    assert status["resources"] == "FAIL"
    assert status["translations"] == "FAIL"
    assert status["qt"] == "ok"  # pulled in by the steps named, and it still works
    assert "reviewdesk_zh_CN.qm" in result.stdout
    assert "self-test FAILED" in result.stdout


def test_unknown_step_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reviewdesk", "--self-test", "no-such-step"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "unknown step no-such-step" in result.stderr


def test_a_frozen_program_reads_the_bundles_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resources.resource_path("fonts", "x.ttc") == tmp_path / "reviewdesk/resources/fonts/x.ttc"
    )
    monkeypatch.delattr(sys, "frozen")
    assert resources.resources_root() != tmp_path / "reviewdesk" / "resources"


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "reviewdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])  # type: ignore[union-attr]
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_the_bundle_keeps_every_qt_module_the_program_imports() -> None:
    used = _qt_modules_imported()
    assert used <= set(bundle_common.USED_QT), (
        f"add to USED_QT: {used - set(bundle_common.USED_QT)}"
    )
    assert not used & set(bundle_common.UNUSED_QT)
    excluded = set(bundle_common.EXCLUDES)
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtWebEngineCore"} <= (
        excluded
    )


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", False),
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # libQt6Pdf links it
        ("PySide6/plugins/platforms/qwindows.dll", True),  # Windows wheels: no Qt/ folder
        ("PySide6/translations/qtbase_fr.qm", False),
        ("reviewdesk/resources/fonts/wqy-microhei.ttc", True),
    ],
)
def test_the_bundle_prunes_qt_plugins_and_translations(dest: str, kept: bool) -> None:
    assert bundle_common.keep(dest) is kept


def test_the_bundle_carries_the_resources_and_migrations_but_not_sources() -> None:
    dests = {(Path(src).name, dest) for src, dest in bundle_common.datas()}
    assert ("reviewdesk_zh_CN.qm", "reviewdesk/resources/translations") in dests
    assert ("wqy-microhei.ttc", "reviewdesk/resources/fonts") in dests
    assert ("evaluation-park.json", "reviewdesk/resources/templates") in dests
    assert ("env.py", "reviewdesk/core/storage/migrations") in dests
    assert any(d == "reviewdesk/core/storage/migrations/versions" for _, d in dests)
    names = {name for name, _ in dests}
    assert "reviewdesk_zh_CN.ts" not in names
    assert not any(name.endswith(".tsv") for name in names)
