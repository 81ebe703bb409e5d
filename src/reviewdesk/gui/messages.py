"""Core errors as translated sentences, with the technical detail kept apart for a
"details" control — a user never sees a traceback as the message."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication

from reviewdesk.core.errors import ReviewdeskError


def error_message(error: BaseException) -> tuple[str, str]:
    """Return (sentence in the UI language, technical details)."""
    from reviewdesk.messages import message_template, render  # the catalogue: not at start-up

    if isinstance(error, ReviewdeskError):
        text = QCoreApplication.translate("messages", message_template(error.code))
        return render(text, error), error.describe()
    summary = QCoreApplication.translate(
        "messages", "Something went wrong that reviewdesk did not expect."
    )
    return summary, "".join(traceback.format_exception(error))
