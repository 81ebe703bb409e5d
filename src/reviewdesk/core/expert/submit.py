"""Submitting an expert's scores as a signed score file, and printing their own sheets.

Revisions. A submission signs every applicant not disqualified (its latest sheet) and all
declarations into revision n of the score file for the package. What was signed is
remembered by a content digest (the score sheets' canonical bytes and the declarations).
Submitting again:

- after any change (a score, comment, opinion, veto, declaration) → revision n+1;
- with no change since revision n → nothing is signed: the very same file of revision n,
  kept in the local store, is written to the new destination and returned with
  ``unchanged=True``. Signing revision n again would give different bytes for one
  revision, which a chair must treat as an alarm (``score-equivocation``).

Order, so that one revision is never signed twice and a crash never leaves a revision
that got out unrecorded:

1. sign revision n into a temporary file of its own name (nothing else can be there);
2. in one write transaction (``BEGIN IMMEDIATE``: a second submitter, in this process or
   another, waits for it and then sees the revision taken), check that n is still free,
   record the submission and freeze the sheets; if n was taken, the temporary file is
   deleted and the submission starts again from what is now recorded;
3. after the commit, rename the file into the store under a name that carries its digest
   (``LocalStore.score_path``): no signing ever overwrites another's file;
4. copy it to ``dest``. If the copy fails (a pulled USB stick), submitting again writes the
   same recorded revision.

An unchanged submission hands out the stored file named by the recorded digest — exactly
the bytes whose fingerprint was recorded. When that file is missing (a crash between the
commit and the rename, or a file from a version that named score files otherwise) the same
content is signed as the next revision instead: a new revision is harmless, two different
files of one revision are an alarm.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import DeskError, InputError
from reviewdesk.core.expert import declarations as decl
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert.sheets import SheetId
from reviewdesk.core.formats.content import encode_scores
from reviewdesk.core.formats.manifest_details import Declarations
from reviewdesk.core.formats.score_file import build_score_file
from reviewdesk.core.fsutil import fsync_dir
from reviewdesk.core.home.local_store import copy_atomic
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.reports import (
    ApplicantInfo,
    ExpertInfo,
    RoundInfo,
    SheetForReport,
    render_expert_sheets,
)
from reviewdesk.core.reports.labels import Language
from reviewdesk.core.scoring import Problem, ScoreSheet, validate_sheet
from reviewdesk.core.storage.models import ScoreSubmission

if TYPE_CHECKING:
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.crypto.roster import Roster
    from reviewdesk.core.formats.package import OpenedPackage, PackageSummary
    from reviewdesk.core.home.local_store import LocalStore
    from reviewdesk.core.storage import Database
    from reviewdesk.core.templates.model import Template


class ExpertDesk(Protocol):
    """What submitting needs of an opened package (``desk.ExpertDesk``, which calls in here)."""

    db: Database
    identity: Identity
    store: LocalStore
    package: OpenedPackage
    roster: Roster
    template: Template
    summary: PackageSummary
    package_row: int

    @property
    def round(self) -> str: ...
    @property
    def expert(self) -> str: ...
    @property
    def digest(self) -> str: ...
    def pledge_signed(self) -> datetime | None: ...
    def _require_applicant(self, applicant: str) -> None: ...


FINGERPRINT_DIGITS = 60
FINGERPRINT_GROUP = 5


class SubmissionProblemCode(StrEnum):
    PLEDGE_MISSING = "pledge-missing"
    DECLARATION_MISSING = "declaration-missing"
    SHEET_INCOMPLETE = "sheet-incomplete"  # ``problems`` says what validate_sheet found
    NOTHING_TO_SCORE = "nothing-to-score"  # every applicant declared disqualifying


@dataclass(frozen=True)
class SubmissionProblem:
    code: SubmissionProblemCode
    applicant: str | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class SubmittedScoreFile:
    path: Path  # where it was written this time
    revision: int
    digest: str  # the score file's object digest (SHA-256 of its signed envelope)
    fingerprint: tuple[str, ...]  # the digest as digit groups, for reading aloud
    submitted_at: datetime  # when revision ``revision`` was signed
    unchanged: bool = False  # True: nothing changed, the same signed file was written again

    @property
    def fingerprint_text(self) -> str:
        return " ".join(self.fingerprint)


def digest_groups(digest: str) -> tuple[str, ...]:
    """A hex digest as 12 groups of 5 decimal digits (the identity fingerprint's shape)."""
    digits = str(int(digest, 16) % 10**FINGERPRINT_DIGITS).zfill(FINGERPRINT_DIGITS)
    return tuple(
        digits[i : i + FINGERPRINT_GROUP] for i in range(0, FINGERPRINT_DIGITS, FINGERPRINT_GROUP)
    )


def submission_problems(desk: ExpertDesk) -> list[SubmissionProblem]:
    """Everything that keeps the desk from submitting, in the order of the package."""
    out: list[SubmissionProblem] = []
    if desk.pledge_signed() is None:
        out.append(SubmissionProblem(SubmissionProblemCode.PLEDGE_MISSING))
    declared = decl.declarations(desk.db, desk.expert, desk.round)
    scored = 0
    for entry in desk.summary.applicants:
        d = declared.get(entry.ref)
        if d is None:
            out.append(SubmissionProblem(SubmissionProblemCode.DECLARATION_MISSING, entry.ref))
            continue
        if d.kind is Conflict.DISQUALIFYING:
            continue
        scored += 1
        sheet = sheets.find_sheet(desk.db, desk.round, desk.expert, entry.ref)
        if sheet is None:
            problems = tuple(validate_sheet(desk.template, ScoreSheet(desk.expert, entry.ref)))
        else:
            problems = sheets.sheet_status(desk.db, sheet).problems
        if problems:
            out.append(
                SubmissionProblem(SubmissionProblemCode.SHEET_INCOMPLETE, entry.ref, problems)
            )
    if declared and scored == 0 and len(declared) == len(desk.summary.applicants):
        out.append(SubmissionProblem(SubmissionProblemCode.NOTHING_TO_SCORE))
    return out


def submit(
    desk: ExpertDesk,
    dest: Path,
    *,
    now: datetime,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> SubmittedScoreFile:
    """Sign (or rewrite, when unchanged) the score file and write it to ``dest``."""
    problems = submission_problems(desk)
    if problems:
        codes = sorted({p.code.value for p in problems})
        raise DeskError("submission-incomplete", dest, problems=",".join(codes))
    for _ in range(_ATTEMPTS):
        ids, signed, declarations = _current(desk)
        content = _content_digest(signed, declarations)
        last = _last_row(desk)
        if last is not None and last.content_sha256 == content:
            kept = desk.store.score_path(desk.digest, last.revision, last.digest)
            if kept.is_file():
                return _hand_out_again(desk, last, ids, kept, dest, cancel)
            # The file of that revision is not in the store (lost, or signed by an older
            # version under a name that does not prove which signing it holds): sign the
            # same content as the next revision rather than hand out other bytes.
        revision = 1 if last is None else last.revision + 1
        row = _sign_and_record(desk, ids, signed, declarations, content, revision, last,
                               dest, now, progress, cancel)  # fmt: skip
        if row is None:
            continue  # another process recorded that revision meanwhile: look again
        copy_atomic(desk.store.score_path(desk.digest, row.revision, row.digest), dest,
                    cancel=cancel)  # fmt: skip
        return _info(row, dest)
    raise DeskError("submission-contended", dest)


_ATTEMPTS = 5  # each lost race means another process signed a revision in between


def _hand_out_again(
    desk: ExpertDesk,
    last: ScoreSubmission,
    ids: Sequence[SheetId],
    kept: Path,
    dest: Path,
    cancel: CancelToken,
) -> SubmittedScoreFile:
    """Nothing changed since ``last``: the very file of that revision goes out again."""
    with desk.db.session() as s, s.begin():
        _mark_in(s, ids, last.digest)  # sheets revised but left as they were
    copy_atomic(kept, dest, cancel=cancel)
    _written_to(desk, last.id, dest)
    return _info(last, dest, unchanged=True)


def _sign_and_record(
    desk: ExpertDesk,
    ids: Sequence[SheetId],
    signed: Sequence[ScoreSheet],
    declarations: Declarations,
    content: str,
    revision: int,
    last: ScoreSubmission | None,
    dest: Path,
    now: datetime,
    progress: Progress,
    cancel: CancelToken,
) -> ScoreSubmission | None:
    """Sign revision ``revision`` into a temporary file of its own, then, holding the
    database's write lock, record it only if ``last`` is still the latest revision; the
    file takes its name in the store (which carries its digest) only after the commit.
    Returns None, leaving nothing behind, when the revision was taken meanwhile."""
    folder = desk.store.scores_dir()
    tmp = folder / f".{desk.digest}-r{revision}.{secrets.token_hex(8)}.signing"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        sealed = build_score_file(
            tmp,
            expert=desk.identity,
            package=desk.package,
            sheets=[replace(s, revision=revision) for s in signed],
            revision=revision,
            declarations=declarations,
            roster=desk.roster,
            now=now,
            progress=progress,
            cancel=cancel,
        )
        with desk.db.session() as s, s.begin():  # BEGIN IMMEDIATE: one submitter at a time
            latest = s.scalar(
                select(func.max(ScoreSubmission.revision)).where(
                    ScoreSubmission.package_id == desk.package_row
                )
            )
            if latest != (None if last is None else last.revision):
                return None
            row = ScoreSubmission(
                package_id=desk.package_row,
                revision=revision,
                digest=sealed.digest,
                content_sha256=content,
                applicants="\n".join(x.applicant_id for x in signed),
                written_to=str(dest),
                submitted_at=now,
            )
            s.add(row)
            _mark_in(s, ids, sealed.digest)
        stored = desk.store.score_path(desk.digest, revision, sealed.digest)
        try:
            os.replace(tmp, stored)
        except OSError as exc:
            raise InputError("file-unwritable", stored, reason=exc.strerror or str(exc)) from None
        fsync_dir(folder)
        return row
    except OSError as exc:
        raise InputError("file-unwritable", folder, reason=exc.strerror or str(exc)) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def last_submission(desk: ExpertDesk) -> SubmittedScoreFile | None:
    row = _last_row(desk)
    return None if row is None else _info(row, Path(row.written_to))


def changed_since_submission(desk: ExpertDesk) -> bool:
    last = _last_row(desk)
    if last is None:
        return True
    _, signed, declarations = _current(desk, strict=False)
    return _content_digest(signed, declarations) != last.content_sha256


def suggested_file_name(desk: ExpertDesk) -> str:
    last = _last_row(desk)
    revision = 1 if last is None else last.revision + int(changed_since_submission(desk))
    return f"{desk.round}-{desk.summary.panel}-{desk.expert[:8]}-r{revision}.rdx"


def export_pdf(
    desk: ExpertDesk,
    applicants: Sequence[str] | None = None,
    *,
    language: str = "zh",
    organisation: str = "",
    now: datetime | None = None,
) -> bytes:
    """The expert's own sheets (all applicants, or the ones named, in package order) for a
    paper signature; drafts print with a watermark (``core.reports``). The PDF's creation
    time is ``now`` (the export; the current time when not given); the footer names the
    expert's ``organisation`` when known (the roster does not carry it)."""
    wanted = None if applicants is None else set(applicants)
    for ref in wanted or ():
        desk._require_applicant(ref)
    last = _last_row(desk)
    # A page is final only when everything equals the last signed file.
    current = last is not None and not changed_since_submission(desk)
    declared = decl.declarations(desk.db, desk.expert, desk.round)
    items: list[SheetForReport] = []
    for entry in desk.summary.applicants:
        if wanted is not None and entry.ref not in wanted:
            continue
        d = declared.get(entry.ref)
        kind = Conflict.NONE if d is None else d.kind
        sheet_id = sheets.find_sheet(desk.db, desk.round, desk.expert, entry.ref)
        if kind is Conflict.DISQUALIFYING or sheet_id is None:
            sheet = ScoreSheet(desk.expert, entry.ref, conflict=kind)
        else:
            sheet = sheets.load_sheet(desk.db, sheet_id)
        submitted = None if last is None else last.revision
        if last is not None:
            sheet = replace(sheet, revision=last.revision + (0 if current else 1))
        items.append(
            SheetForReport(
                ApplicantInfo(entry.ref, entry.name, entry.category),
                desk.template.sha256,
                sheet,
                "" if d is None else d.text,
                submitted,
            )
        )
    pledged = desk.pledge_signed()
    return render_expert_sheets(
        {desk.template.sha256: desk.template},
        items,
        expert=ExpertInfo(desk.identity.name, organisation, pledged),
        round_info=RoundInfo(
            desk.summary.round_title, desk.summary.round_kind, desk.summary.panel_title
        ),
        score_file_fingerprint=None if last is None else " ".join(digest_groups(last.digest)),
        language=_language(language),
        created_at=datetime.now(UTC) if now is None else now,
    )


# Helpers ----------------------------------------------------------------------------------


def _current(
    desk: ExpertDesk, *, strict: bool = True
) -> tuple[list[SheetId], list[ScoreSheet], Declarations]:
    """The latest sheets of the applicants to score and the declarations, as they would be
    signed now."""
    declared = decl.declarations(desk.db, desk.expert, desk.round)
    ids: list[SheetId] = []
    signed: list[ScoreSheet] = []
    for entry in desk.summary.applicants:
        d = declared.get(entry.ref)
        if d is None or d.kind is Conflict.DISQUALIFYING:
            continue
        sheet_id = sheets.find_sheet(desk.db, desk.round, desk.expert, entry.ref)
        if sheet_id is None:
            continue  # only when not strict: submission_problems reported it
        ids.append(sheet_id)
        sheet = sheets.load_sheet(desk.db, sheet_id)
        signed.append(replace(sheet, signed=False, conflict=Conflict.NONE))
    refs = [a.ref for a in desk.summary.applicants]
    if strict or desk.pledge_signed() is not None:
        declarations = decl.signed_declarations(desk.db, desk.expert, desk.round, desk.digest, refs)
    else:
        declarations = Declarations("", "", ())
    return ids, signed, declarations


def _content_digest(signed: Sequence[ScoreSheet], declarations: Declarations) -> str:
    digest = hashlib.sha256(encode_scores(signed))
    digest.update(b"\n")
    digest.update(dumps_canonical(declarations.to_json()))
    return digest.hexdigest()


def _last_row(desk: ExpertDesk) -> ScoreSubmission | None:
    with desk.db.session() as s:
        return s.scalar(
            select(ScoreSubmission)
            .where(ScoreSubmission.package_id == desk.package_row)
            .order_by(ScoreSubmission.revision.desc())
            .limit(1)
        )


def _mark_in(s: Session, ids: Sequence[SheetId], digest: str) -> None:
    """Freeze the sheets signed in ``digest`` (those frozen before stay as they are)."""
    for sheet_id in ids:
        if not sheets.is_submitted_in(s, sheet_id):
            sheets.mark_submitted_in(s, sheet_id, digest)


def _written_to(desk: ExpertDesk, row_id: int, dest: Path) -> None:
    with desk.db.session() as s, s.begin():
        row = s.get(ScoreSubmission, row_id)
        if row is not None:
            row.written_to = str(dest)


def _language(language: str) -> Language:
    return "en" if language == "en" else "zh"


def _info(row: ScoreSubmission, dest: Path, *, unchanged: bool = False) -> SubmittedScoreFile:
    return SubmittedScoreFile(
        dest, row.revision, row.digest, digest_groups(row.digest), row.submitted_at, unchanged
    )
