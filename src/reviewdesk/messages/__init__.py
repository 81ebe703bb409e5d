"""The one catalogue that turns an error code into a sentence (STYLE §2).

One module per part of the program (files, storage, exchange, damage, commission), merged
here into ``MESSAGES``; a code defined twice is a programming error caught at import.

Qt-free so that the CLI can use it too. Texts are English source strings marked for Qt's
translation tools; the GUI passes them through ``QCoreApplication.translate("messages", …)``.
Placeholders are ``{name}`` fields filled from the error's path and detail.
"""

from __future__ import annotations

from typing import Any

from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.messages.commission import COMMISSION
from reviewdesk.messages.damage import DAMAGE
from reviewdesk.messages.exchange import EXCHANGE
from reviewdesk.messages.files import FILES
from reviewdesk.messages.noop import QT_TRANSLATE_NOOP
from reviewdesk.messages.storage import STORAGE

__all__ = ["GENERIC", "MESSAGES", "QT_TRANSLATE_NOOP", "english_message", "message_template",
           "render"]  # fmt: skip


def _merged(*parts: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise RuntimeError(f"message codes defined twice: {sorted(twice)}")
        merged.update(part)
    return merged


MESSAGES: dict[str, str] = _merged(FILES, STORAGE, EXCHANGE, DAMAGE, COMMISSION)

GENERIC = QT_TRANSLATE_NOOP("messages", "Unexpected error ({code}).")


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def render(template: str, error: ReviewdeskError) -> str:
    fields = _Defaulting(error.detail)
    # A database given as a URL has no path; its (password-masked) URL says where instead.
    where = error.path if error.path is not None else error.detail.get("url", "")
    fields["path"] = str(where)
    fields["code"] = error.code
    return template.format_map(fields)


def message_template(code: str) -> str:
    return MESSAGES.get(code, GENERIC)


def english_message(error: ReviewdeskError) -> str:
    return render(message_template(error.code), error)
