"""The one catalogue that turns an error code into a sentence (STYLE §2).

Qt-free so that the CLI can use it too. Texts are English source strings marked for Qt's
translation tools; the GUI passes them through ``QCoreApplication.translate("messages", …)``.
Placeholders are ``{name}`` fields filled from the error's path and detail.
"""

from __future__ import annotations

from typing import Any

from reviewdesk.core.errors import ReviewdeskError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP("messages", "The work was cancelled; nothing was changed."),
    "bad-json": QT_TRANSLATE_NOOP("messages", "{path} is not valid JSON: {reason}."),
    "file-unreadable": QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {reason}."),
    "file-too-large": QT_TRANSLATE_NOOP(
        "messages", "{path} is larger than the {limit} bytes allowed for this kind of file."
    ),
    "template-invalid": QT_TRANSLATE_NOOP(
        "messages", "The scoring form {path} is invalid at {field}: {reason}."
    ),
    "template-not-found": QT_TRANSLATE_NOOP("messages", "No scoring form matches “{ref}”."),
    "template-ambiguous": QT_TRANSLATE_NOOP(
        "messages", "“{ref}” matches more than one scoring form; give more of its fingerprint."
    ),
    "sheets-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} does not follow the score-sheet layout at {where}: {reason}."
    ),
    "sheets-not-utf8": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not saved as UTF-8 text (it looks like {encoding}; the first character that "
        "is not UTF-8 is on line {line}). Save it again as UTF-8 — in Excel: Save As → "
        "“CSV UTF-8 (Comma delimited)” — and try again.",
    ),
    "decisions-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} does not follow the chair-decisions layout at {where}: {reason}."
    ),
    "database-newer": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} was written by a newer version of reviewdesk (schema {found}; "
        "this version knows up to {supported}). Install the newer version to open it; the "
        "database was not changed.",
    ),
    "database-not-sqlite": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a reviewdesk database; it was not changed."
    ),
}

GENERIC = QT_TRANSLATE_NOOP("messages", "Unexpected error ({code}).")


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def render(template: str, error: ReviewdeskError) -> str:
    fields = _Defaulting(error.detail)
    fields["path"] = str(error.path) if error.path is not None else ""
    fields["code"] = error.code
    return template.format_map(fields)


def message_template(code: str) -> str:
    return MESSAGES.get(code, GENERIC)


def english_message(error: ReviewdeskError) -> str:
    return render(message_template(error.code), error)
