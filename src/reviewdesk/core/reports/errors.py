"""Errors of the report writers (codes only; the GUI and the CLI word them)."""

from __future__ import annotations

from reviewdesk.core.errors import ReviewdeskError


class ReportError(ReviewdeskError):
    """A report cannot be made from the given input.

    Codes: ``report-font-missing`` (the bundled font file is not where it should be),
    ``report-without-sheets``, ``report-template-missing`` (``ref``: no form for a sheet).
    """
