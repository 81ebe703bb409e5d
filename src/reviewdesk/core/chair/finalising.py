"""Finalising a panel (issue 8 item 6) and its numbered versions.

``finalise`` refuses while ``blockers()`` lists anything (``chair-not-ready``). Otherwise it
writes, into the destination folder:

- ``<round>_<panel>_v<n>.result.rdx`` — the result bundle, signed by the chair and
  encrypted to the commission's operational and audit keys: the panel result, the latest
  score file of each expert as envelope + scores (for the commission's recomputation),
  every received score file byte for byte, the signed import log, the decisions with the
  audit trail, and the paper sheets (signed by the chair's key with the bundle);
- ``…_v<n>.report.pdf`` and ``…_v<n>.xlsx`` — the panel report and workbook
  (``core.reports``), with the bundle's fingerprint.

A copy of the bundle stays in the store (``results/<digest>.rdx``) and the version is
recorded as finalised: decisions are refused (``chair-version-finalised``) until
``reopen_version`` starts the next number. Finalised versions stay in ``versions()``.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from reviewdesk.core.chair import bundle_docs, importing, matrix, paper
from reviewdesk.core.chair.context import Desk
from reviewdesk.core.chair.decisions import _reason, audit
from reviewdesk.core.chair.record import current_version
from reviewdesk.core.chair.reporting import report_data, write_reports
from reviewdesk.core.chair.views import BlockerKind, FinalisedResult, VersionInfo
from reviewdesk.core.errors import DeskError
from reviewdesk.core.formats.result_bundle import CarriedFile, build_result_bundle
from reviewdesk.core.fsutil import make_folders, remove_made
from reviewdesk.core.home.local_store import copy_atomic
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage.models import ChairScoreFile, ChairVersion

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def bundle_fingerprint(digest: str) -> str:
    """The bundle's digest as 8 groups of 5 digits, to read aloud or print on every page."""
    digits = f"{int(digest, 16) % 10**40:040d}"
    return " ".join(digits[i : i + 5] for i in range(0, 40, 5))


def base_name(desk: Desk, version: int) -> str:
    m = desk.package.manifest
    return _UNSAFE.sub("_", f"{m.round}_{m.panel}_v{version}")


def finalise(
    desk: Desk,
    dest_dir: Path,
    *,
    now: datetime,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> FinalisedResult:
    blockers = matrix.blockers(desk)
    done = [b for b in blockers if b.kind is BlockerKind.FINALISED]
    if done:  # not "unresolved": this version is done, and only reopening changes it
        raise DeskError("chair-version-finalised", version=int(done[0].subject))
    if blockers:
        first = blockers[0]
        raise DeskError("chair-not-ready", count=len(blockers), kind=first.kind.value,
                        subject=first.subject, applicant=first.applicant or "")  # fmt: skip
    progress(0, 4, "consolidate")
    with desk.db.session() as s:
        version = current_version(s, desk.desk_id).number
    panel = matrix.panel_matrix(desk)
    kept = importing.held_files(desk, accepted_only=False)
    latest: dict[str, ChairScoreFile] = {}
    for row in kept:
        if row.accepted and (
            row.expert not in latest or row.revision > latest[row.expert].revision
        ):
            latest[row.expert] = row
    carried = [CarriedFile(r.expert, importing.received_bytes(desk, r.file_sha256)) for r in kept]
    log, head = importing.log_document(desk)
    papers = paper.paper_rows(desk)
    cancel.raise_if_cancelled()
    progress(1, 4, "bundle")
    made = make_folders(dest_dir)  # removed again (if left empty) when finalising fails
    name = base_name(desk, version)
    try:
        sealed = build_result_bundle(
            dest_dir / f"{name}.result.rdx", chair=desk.identity, chair_package=desk.package,
            scores=[importing.stored_score(r) for r in sorted(latest.values(),
                                                                key=lambda r: r.log_sequence)],
            consolidation=bundle_docs.panel_result(desk, panel, version, now),
            import_log_head=head, roster=desk.roster, now=now, score_files=carried,
            import_log=log, decisions=bundle_docs.decisions(desk),
            paper_sheets=paper.encode_all(item[3] for item in papers), cancel=cancel,
        )  # fmt: skip
    except BaseException:
        remove_made(made)
        raise
    fingerprint = bundle_fingerprint(sealed.digest)
    outputs = [sealed.path]
    try:
        copy_atomic(sealed.path, desk.store.result_path(sealed.digest))
        progress(2, 4, "report")
        data = report_data(desk, panel, fingerprint, now, version)
        pdf, xlsx = write_reports(data, dest_dir / f"{name}.report.pdf", dest_dir / f"{name}.xlsx",
                                  progress=progress, cancel=cancel)  # fmt: skip
        outputs += [pdf, xlsx]
        progress(3, 4, "record")
        with desk.db.session() as s, s.begin():
            current = current_version(s, desk.desk_id)
            if current.finalised_at is not None:  # finalised meanwhile by another window
                raise DeskError("chair-version-finalised", version=current.number)
            current.finalised_at, current.bundle_digest = now, sealed.digest
            current.fingerprint = fingerprint
            current.outputs = "\n".join(str(p) for p in outputs)
            audit(s, desk, version, now, "finalise", None, sealed.digest, fingerprint, "")
    except BaseException:
        for path in outputs:
            path.unlink(missing_ok=True)
        remove_made(made)
        raise
    progress(4, 4, "done")
    return FinalisedResult(version, sealed.path, sealed.digest, fingerprint, pdf, xlsx)


def reopen_version(desk: Desk, reason: str, now: datetime) -> int:
    reason = _reason(reason, "reopen")
    with desk.db.session() as s, s.begin():
        row = current_version(s, desk.desk_id)
        if row.finalised_at is None:
            raise DeskError("chair-version-open", version=row.number)
        number = row.number + 1
        s.add(ChairVersion(desk_id=desk.desk_id, number=number, started_at=now,
                           reopen_reason=reason, outputs=""))  # fmt: skip
        s.flush()
        audit(s, desk, number, now, "reopen", None, str(number), "", reason)
    return number


def versions(desk: Desk) -> list[VersionInfo]:
    with desk.db.session() as s:
        rows = s.scalars(select(ChairVersion).where(ChairVersion.desk_id == desk.desk_id)
                         .order_by(ChairVersion.number))  # fmt: skip
        return [
            VersionInfo(
                r.number,
                r.started_at,
                r.reopen_reason,
                r.finalised_at,
                r.bundle_digest,
                r.fingerprint,
                tuple(Path(p) for p in r.outputs.splitlines() if p),
            )
            for r in rows
        ]
