from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.fonts import ensure_chinese_font, system_has_chinese_font


def test_the_bundled_font_covers_chinese_and_backs_the_application_font(
    qapp: QApplication,
) -> None:
    families = ensure_chinese_font(qapp, force=True)
    assert families, "the bundled font did not load"
    assert any(
        QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
        for family in families
    )
    substitutes = {name.lower() for name in QFont.substitutes(qapp.font().family())}
    assert {name.lower() for name in families} <= substitutes
    assert system_has_chinese_font()


PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from reviewdesk.gui.app import create_application
from reviewdesk.gui.fonts import system_has_chinese_font
app = create_application(["probe"]) if sys.argv[1] == "reviewdesk" else QApplication(["probe"])
print(system_has_chinese_font())
"""


def test_a_machine_without_chinese_fonts_still_shows_chinese(tmp_path: Path) -> None:
    latin_only = Path("/usr/share/fonts/truetype/dejavu")
    if not latin_only.is_dir():
        pytest.skip("needs the DejaVu fonts to stand for a machine without Chinese fonts")
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><fontconfig>'
        f"<dir>{latin_only}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    seen = []
    for how in ("plain-qt", "reviewdesk"):
        result = subprocess.run(
            [sys.executable, "-c", PROBE, how], capture_output=True, text=True, env=env, timeout=120
        )
        assert result.returncode == 0, result.stderr
        seen.append(result.stdout.strip())
    assert seen == ["False", "True"]  # plain Qt has no Chinese font there; reviewdesk does
