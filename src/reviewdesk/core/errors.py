"""Errors with stable codes. The core never words a message for people: the GUI and the CLI
turn a code into a sentence (translated in the GUI). Tests match on codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ReviewdeskError(Exception):
    """Base of every error the core raises on purpose.

    ``code`` is a short kebab-case identifier (``"blob-hash-mismatch"``); ``path`` names the
    file concerned, when there is one; ``detail`` holds the facts a message needs.
    """

    def __init__(self, code: str, path: Path | str | None = None, **detail: Any) -> None:
        self.code = code
        self.path = Path(path) if path is not None else None
        self.detail: dict[str, Any] = detail
        super().__init__(self.describe())

    def describe(self) -> str:
        """A plain, untranslated one-line description (for logs, the CLI and tracebacks)."""
        parts = [self.code]
        if self.path is not None:
            parts.append(str(self.path))
        parts.extend(f"{key}={value}" for key, value in self.detail.items())
        return ": ".join(parts[:2]) + ("" if len(parts) <= 2 else " (" + ", ".join(parts[2:]) + ")")


class TemplateError(ReviewdeskError):
    """A scoring template is malformed; ``detail`` carries ``field`` (a JSON path) and
    ``reason``."""


class ScoringError(ReviewdeskError):
    """A consolidation request is inconsistent (not a user's scoring mistake: those are
    returned as problems, never raised)."""


class InputError(ReviewdeskError):
    """An input file (CSV or JSON sheets, etc.) cannot be read as the documented layout."""


class StorageError(ReviewdeskError):
    """The database cannot be opened or used (newer schema, unreachable URL, ...)."""


class SheetError(ReviewdeskError):
    """An expert's score sheet cannot take this change: it is submitted (frozen), the expert
    is not assigned, the criterion or veto item is not on the form, ... A user's scoring
    mistakes are never this error: they are stored and reported by ``validate_sheet``."""


class FormatError(ReviewdeskError):
    """An exchange file violates the format (DESIGN §3)."""


class CryptoError(ReviewdeskError):
    """Decryption or signature verification failed."""


class CancelledError(ReviewdeskError):
    """Long work stopped because its cancel token was set."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class DeskError(ReviewdeskError):
    """An expert desk refuses a step: materials before the declarations, a score sheet of a
    disqualified applicant, a submission with work still missing, ..."""
