"""The embedded CJK font for every PDF the core writes.

WenQuanYi Micro Hei ships in ``resources/fonts`` (Apache-2.0, see the licence file there) and
is registered with reportlab as a TrueType font, so each PDF embeds a subset of it and shows
Chinese on any machine. reportlab's built-in ``STSong-Light`` is deliberately not used: it is
a CID font that is never embedded and prints boxes where no Chinese font is installed.
Nothing here looks at system fonts.
"""

from __future__ import annotations

import threading

from reportlab.lib import textsplit
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from reviewdesk.core.reports.errors import ReportError
from reviewdesk.core.resources import resource_path

CJK_FONT = "ReviewdeskCJK"  # reportlab's registry name; the PDF shows the face's own name
FONT_FILE = ("fonts", "wqy-microhei.ttc")
_SUBFONT = 0  # face 0 of the collection: WenQuanYi Micro Hei (1 is the monospaced face)

# Full-width punctuation that must not start a line in Chinese (GB/T 15834); reportlab's
# CJK wrap lists 、。） but not these, so "，" would begin a line.
_NO_LINE_START = "，：；！？”’》」』】〕"

_lock = threading.Lock()


def cjk_font() -> str:
    """Register the bundled font once (thread-safe) and return its reportlab name."""
    with _lock:
        if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
            path = resource_path(*FONT_FILE)
            if not path.is_file():
                raise ReportError("report-font-missing", path)
            pdfmetrics.registerFont(TTFont(CJK_FONT, str(path), subfontIndex=_SUBFONT))
            # The face has no bold or italic; map <b>/<i> markup to it instead of failing.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(CJK_FONT, bold, italic, CJK_FONT)
            _add_line_start_rules()
    return CJK_FONT


def _add_line_start_rules() -> None:
    # Both wrap paths keep their own copy of the rule string: textsplit.wordSplit (a
    # paragraph of one style run) and paragraph.cjkFragSplit (mixed runs).
    for module in (textsplit, paragraph):
        rules = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = rules + "".join(c for c in _NO_LINE_START if c not in rules)
