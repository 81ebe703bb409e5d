"""The application starts on a real X display (Xvfb), not only offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SHOW_AND_QUIT = """
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from reviewdesk.gui.app import build_main_window, create_application
from reviewdesk.gui.i18n import Language
app = create_application(["reviewdesk"])
window = build_main_window(app, Language.CHINESE)
window.show()
def done():
    print("platform", QGuiApplication.platformName(), "exposed", window.isVisible(),
          "size", window.width(), window.height(), flush=True)
    app.quit()
QTimer.singleShot(1500, done)
raise SystemExit(app.exec())
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run not installed")
def test_main_window_starts_under_xvfb(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "REVIEWDESK_HOME": str(tmp_path)}
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-c", SHOW_AND_QUIT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "platform xcb exposed True" in result.stdout
