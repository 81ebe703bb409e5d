"""Chinese glyphs on machines without a Chinese font: the UI falls back to the WenQuanYi
Micro Hei font the package ships for its PDFs (resources/fonts, Apache-2.0).

Only when the system has no font for Simplified Chinese, so a normal desktop keeps its own
fonts and pays nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from reviewdesk.core.resources import resource_path

BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")
# From this pixel size on Qt draws glyphs as outlines instead of cached bitmaps, and the
# FreeType emboldening that stands in for a missing bold face is lost: a font without a
# bold face (WenQuanYi Micro Hei has only Regular) then shows regular weight.
OUTLINE_PIXEL_SIZE = 64


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


@cache
def has_bold_face(family: str) -> bool:
    """Whether ``family`` has a real bold (or heavier) face, not just Qt's synthetic one."""
    return any(
        QFontDatabase.weight(family, style) >= QFont.Weight.DemiBold.value
        for style in QFontDatabase.styles(family)
    )
