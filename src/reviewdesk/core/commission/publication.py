"""Publishing a round (issue 10 item 6): from the results the commission recomputed at import
(``publication_data.round_results``) it writes, into one folder:

- ``<round>-results.xlsx`` — every applicant's result and every raw per-criterion score
  (``publication_xlsx``);
- ``<round>-notice.pdf`` — the public notice (公示名单) (``publication_pdf``);
- ``summaries/<ref>.pdf`` — one page per applicant;
- ``archive/`` and ``archive.zip`` — every signed file with its index (``archive``), the
  three publications included.

A round is published only when every panel has an accepted result
(``publication-incomplete`` names the panels still missing), unless ``partial`` is set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewdesk.core.commission.archive import Archive, write_archive
from reviewdesk.core.commission.publication_data import RoundResults, round_results
from reviewdesk.core.commission.publication_pdf import render_public_notice, render_summaries
from reviewdesk.core.commission.publication_xlsx import write_results_workbook
from reviewdesk.core.commission.roster_publish import current_roster
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import atomic_write, make_folders, remove_made
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.reports.labels import Language
from reviewdesk.core.storage import Database

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Publication:
    results: RoundResults
    workbook: Path
    notice: Path
    summaries: tuple[Path, ...]
    archive: Archive | None


def publish_round(
    db: Database,
    round_ref: str,
    out: Path,
    *,
    commission: str,
    identity: Identity | None,
    roster: Roster | None = None,
    date: datetime | None = None,
    objection_days: int = 5,
    language: Language = "zh",
    partial: bool = False,
    make_zip: bool = True,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> Publication:
    """Write the publications of ``round_ref`` into ``out`` (module text). Without
    ``identity`` (a commission key) no archive is written."""
    results = round_results(db, round_ref)
    if not results.panels or (results.missing and not partial):
        raise InputError("publication-incomplete", round=round_ref,
                         missing=", ".join(results.missing) or "-")  # fmt: skip
    moment = (date or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    out = Path(out)
    # A run that fails leaves no trace: the files and folders it made are removed again
    # (a file a previous run wrote is replaced only by a complete new one).
    made = make_folders(out)
    new: list[Path] = []
    try:
        stem = _UNSAFE.sub("_", round_ref)
        progress(0, 4, "workbook")
        xlsx = write_results_workbook(results, language=language, at=moment)
        _write(out / f"{stem}-results.xlsx", xlsx, new)
        cancel.raise_if_cancelled()
        progress(1, 4, "notice")
        notice = render_public_notice(results, commission=commission, date=moment,
                                      objection_days=objection_days, language=language)  # fmt: skip
        _write(out / f"{stem}-notice.pdf", notice, new)
        progress(2, 4, "summaries")
        summaries = []
        for ref, pdf in render_summaries(results, date=moment, language=language):
            cancel.raise_if_cancelled()
            path = out / "summaries" / f"{_UNSAFE.sub('_', ref)}.pdf"
            made += make_folders(path.parent)
            _write(path, pdf, new)
            summaries.append(path)
        progress(3, 4, "archive")
        archive = None
        if identity is not None:
            if roster is None:
                published = current_roster(db)
                if published is None:
                    raise InputError("roster-not-published")
                roster = published.roster
            extra = {f"{stem}-results.xlsx": xlsx, f"{stem}-notice.pdf": notice}
            archive = write_archive(db, round_ref, out / "archive", identity, roster, extra=extra,
                                    make_zip=make_zip, now=moment, cancel=cancel)  # fmt: skip
        progress(4, 4, "done")
        return Publication(results, out / f"{stem}-results.xlsx", out / f"{stem}-notice.pdf",
                           tuple(summaries), archive)  # fmt: skip
    except BaseException:
        for path in new:
            path.unlink(missing_ok=True)
        remove_made(made)
        raise


def _write(path: Path, data: bytes, new: list[Path]) -> None:
    if not path.exists():
        new.append(path)
    atomic_write(path, data)
