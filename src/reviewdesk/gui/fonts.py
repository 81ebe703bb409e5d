"""Chinese glyphs on machines without a Chinese font: the UI falls back to the WenQuanYi
Micro Hei font the package ships for its PDFs (resources/fonts, Apache-2.0).

Only when the system has no font for Simplified Chinese, so a normal desktop keeps its own
fonts and pays nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from reviewdesk.core.resources import resource_path

BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")


def system_has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_chinese_font(app: QApplication, *, force: bool = False) -> Sequence[str]:
    """Register the bundled font as the fallback of the application font when needed;
    returns the families it added (none when the system already has a Chinese font)."""
    if not force and system_has_chinese_font():
        return ()
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*BUNDLED_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        QFont.insertSubstitutions(app.font().family(), list(families))
    return families
