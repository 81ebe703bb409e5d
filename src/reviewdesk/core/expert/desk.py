"""The expert desk: one package, from opening it offline to the signed score file (issue 4).

The GUI and the CLI both drive this class; it holds no widgets and words no message.

Opening (``ExpertDesk.open``), in this order, stopping at the first failure:

1. ``trust`` must be the pinned commission roots (``TrustState``); ``None`` — nothing
   pinned yet, the first-run step skipped — is refused (``trust-not-pinned``): a package
   is never trusted on first sight, not even by tests or the demo, which pin a root too;
2. the roster inside the package is verified against ``trust`` (root signatures,
   freshness, expiry at ``now``). A package made under an older roster than the newest
   this installation accepted is checked against that newest roster, kept in the store;
3. the package itself (``formats.open_package``): signature by an operational key of that
   roster, bindings, the reviewer being this identity, the form and roster blobs' hashes;
   every applicant's category must fit the package's one form;
4. the package file, still encrypted, is copied into the store (atomically), each content
   blob checked on the way against the ciphertext digest its signed manifest gives — a
   damaged, reordered, duplicated or foreign attachment is refused here, by its blob
   number, not later when it is read; a copy stored before is replaced by the checked one
   (``LocalStore.store_package``);
5. the round, panel, form, applicants and assignments are recorded (``expert_record``).

Any failure raises a ``ReviewdeskError`` naming the file; the database is unchanged and a
copy made by this call is removed. Opening the same package again is idempotent.

Opening in two steps (``store=False``, the GUI, issue 9): steps 1–3 and 5 only — what the
first page needs, a few kilobytes of reading whatever the package's size — and the desk
is usable at once while ``desk.store_task`` (long work, run in the background) does step
4. Until then ``desk.stored`` is False and an attachment is read from the original file,
its blob decrypted and released only when the SHA-256 of the very bytes decrypted is the
signed one (``OpenedObject.read_blob``): nothing unchecked is ever shown. A blob found bad
by the store step raises its error (``blob-hash-mismatch``, ``blob-reordered``, … naming
the blob) and is kept in ``desk.store_problem``; nothing of that copy is kept, a good copy
stored before stays, and the package never counts as stored. The invariant of the store
holds either way: a file in ``packages/`` is always whole and checked, as it only gets
there by an atomic rename after every blob matched. The store remembers where the original
is (``LocalStore.remember_source``) until the copy is made, so that ``reopen`` of a package
whose storing was cut short (the window closed) opens it from there, unstored, again.

``desk.trust`` is ``trust`` after accepting the package's roster: the caller saves it
when it differs (``open_in_home`` does), so an older roster is refused later.

The declaration gate: an applicant's materials open (``read_attachment``) and its sheet
can be scored (``sheet_id``) only after the pledge for this package is signed and a
declaration that is not disqualifying was made for that applicant — else ``DeskError``
``pledge-required``, ``declaration-required`` or ``applicant-disqualified``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import (
    Roster,
    TrustState,
    accept_roster,
    load_trust,
    read_roster,
    save_trust,
    verify_roster,
)
from reviewdesk.core.domain import Category, Conflict
from reviewdesk.core.errors import CancelledError, DeskError, ReviewdeskError
from reviewdesk.core.expert import declarations as decl
from reviewdesk.core.expert import notes as notes
from reviewdesk.core.expert import record as record
from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.expert import standing as standing_
from reviewdesk.core.expert import submit as submitting
from reviewdesk.core.expert.record import RecentPackage
from reviewdesk.core.expert.sheets import SheetId, SheetStatus, Stage
from reviewdesk.core.expert.standing import DeclarationChange, MyScore, Standing
from reviewdesk.core.expert.submit import SubmissionProblem, SubmittedScoreFile
from reviewdesk.core.formats.package import (
    AttachmentInfo,
    OpenedPackage,
    PackageSummary,
    open_package,
)
from reviewdesk.core.home.local_store import LocalStore, package_roster
from reviewdesk.core.home.settings import Home
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.types import utc_now
from reviewdesk.core.templates.model import Template

__all__ = [
    "DeskApplicant",
    "ExpertDesk",
    "RecentPackage",
    "SubmissionProblem",
    "SubmittedScoreFile",
]


@dataclass(frozen=True)
class DeskApplicant:
    """One applicant of the package as the expert's list shows it."""

    ref: str
    name: str
    category: Category
    status: SheetStatus | None  # None: no sheet started yet
    conflict: Conflict | None  # None: not declared yet
    conflict_text: str
    attachments: tuple[AttachmentInfo, ...]
    materials_open: bool
    submitted_in: int | None = None  # the newest score file revision holding it unchanged
    changed_since: int | None = None  # changed after being signed in this revision

    @property
    def stage(self) -> Stage:
        return Stage.NOT_STARTED if self.status is None else self.status.stage

    @property
    def disqualified(self) -> bool:
        return self.conflict is Conflict.DISQUALIFYING


class ExpertDesk:
    """An opened package of one expert; build it with ``open`` or ``reopen``."""

    def __init__(
        self,
        db: Database,
        identity: Identity,
        store: LocalStore,
        package: OpenedPackage,
        roster: Roster,
        template: Template,
        row_id: int,
        trust: TrustState | None,
        *,
        stored: bool = True,
    ) -> None:
        self.db, self.identity, self.store = db, identity, store
        self.package, self.roster, self.template = package, roster, template
        self.summary: PackageSummary = package.summary
        self.package_row = row_id
        self.trust = trust  # after this package's roster; None when reopened
        # False until store_task kept a checked copy: reads come from self.source then.
        self.stored = stored
        self.source: Path = package.object.path
        self.store_problem: ReviewdeskError | None = None  # what store_task refused
        self._storing = threading.Lock()

    # Opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        db: Database,
        identity: Identity,
        package_path: Path,
        *,
        trust: TrustState | None,
        store_dir: Path,
        now: datetime,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
        store: bool = True,
    ) -> ExpertDesk:
        """Verify, store and record a package (module text). ``store=False``: verify and
        record only; ``store_task`` keeps the checked copy later (module text)."""
        path = Path(package_path)
        if trust is None:
            raise DeskError("trust-not-pinned", path)
        local = LocalStore(store_dir)
        progress(0, 3, "verify")
        roster, roster_data, new_trust = _package_roster(path, identity, trust, local, now, cancel)
        opened = open_package(path, identity, roster, cancel=cancel)
        template = opened.read_template()
        opened.read_roster_data()  # the roster blob must match its signed hashes too
        if opened.summary.reviewer != identity.keyid:
            raise DeskError("package-not-yours", path, reviewer=opened.summary.reviewer)
        record.check_package(path, opened.summary, template)
        desk = cls(db, identity, local, opened, roster, template, 0, new_trust, stored=False)
        fresh = False
        if store:
            progress(1, 3, "store")
            fresh = desk._store(_Scaled(progress, 1, 3), cancel)
        try:
            local.save_roster(roster_data, roster.digest)
            if not store:
                local.remember_source(opened.digest, path)
            progress(2, 3, "record")
            desk.package_row = record.record_package(
                db,
                path,
                identity,
                opened.summary,
                template,
                roster_version=roster.version,
                roster_sha256=roster.digest,
                now=now,
            )
        except BaseException:
            if fresh:
                local.package_path(opened.digest).unlink(missing_ok=True)
            raise
        progress(3, 3, "done")
        return desk

    def store_task(self, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER) -> Path:
        """Step 4 of opening for a desk opened with ``store=False`` (module text): copy the
        package into the store, every blob checked; from then on the desk reads the stored
        copy. Long work, safe to run beside reads of attachments (one call at a time).

        A bad blob raises its error, also kept in ``store_problem``; cancelling raises
        ``cancelled`` and nothing is stored (``reopen`` then opens the original again)."""
        with self._storing:
            if not self.stored:
                try:
                    self._store(progress, cancel)
                except CancelledError:
                    raise
                except ReviewdeskError as error:
                    self.store_problem = error
                    self.store.forget_source(self.digest)
                    raise
        return self.store.package_path(self.digest)

    def _store(self, progress: Progress, cancel: CancelToken) -> bool:
        """Copy and check; then read from the copy. Returns whether no copy was there."""
        obj = self.package.object
        stored, fresh = self.store.store_package(
            self.source,
            self.digest,
            layout=obj.index,
            ciphertext_sha256=[b.ciphertext_sha256 for b in obj.manifest.blobs],
            progress=progress,
            cancel=cancel,
        )
        copy = _open_stored(stored, self.identity, self.roster, self.digest)
        if copy is None:  # the file changed between its check and its copy
            if fresh:
                stored.unlink(missing_ok=True)
            raise DeskError("package-store-mismatch", stored)
        self.package = copy  # a read under way keeps the object it started with
        self.stored = True
        self.store.forget_source(self.digest)
        return fresh

    @classmethod
    def open_in_home(
        cls,
        db: Database,
        identity: Identity,
        package_path: Path,
        home: Home,
        *,
        now: datetime,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
        store: bool = True,
    ) -> ExpertDesk:
        """``open`` with the home's trust file and store; saves the trust file when the
        package's roster was newer than any seen before."""
        trust = load_trust(home.trust_path) if home.trust_path.exists() else None
        desk = cls.open(
            db,
            identity,
            package_path,
            trust=trust,
            store_dir=home.store_dir,
            now=now,
            progress=progress,
            cancel=cancel,
            store=store,
        )
        if desk.trust is not None and desk.trust != trust:
            save_trust(desk.trust, home.trust_path)
        return desk

    @classmethod
    def reopen(
        cls,
        db: Database,
        identity: Identity,
        store_dir: Path,
        package_digest: str,
        *,
        touch: bool = True,
    ) -> ExpertDesk:
        """Restore a package opened before, from the store, with the roster it was verified
        with (no trust needed: that check was done on opening; expiry is not rechecked).
        A package whose copy was never made (the window closed first) opens from the
        original it was opened from, unstored (``store_task`` still to run), while that file
        is there with the same digest; else ``package-not-kept``. ``touch=False``: the
        time it was opened is recorded later, by ``touch`` (a write, synced to disk, that
        the first page need not wait for)."""
        store = LocalStore(store_dir)
        row = record.package_row(db, identity.keyid, package_digest)
        if row is None:
            raise DeskError("package-not-stored", digest=package_digest)
        path = store.package_path(package_digest)
        stored = path.exists()
        if not stored:  # its storing was cut short: the original, where it was opened
            source = store.remembered_source(package_digest)
            if source is None:
                raise DeskError("package-not-kept", digest=package_digest)
            path = source
        data = store.load_roster(row.roster_sha256)
        roster_path = store.roster_path(row.roster_sha256)
        if data is None:
            raise DeskError("roster-not-stored", roster_path)
        roster = read_roster(data, roster_path)
        if roster.digest != row.roster_sha256:
            raise DeskError("roster-not-stored", roster_path)
        opened = open_package(path, identity, roster)
        if opened.digest != package_digest:
            raise DeskError("package-store-mismatch", path)
        template = opened.read_template()
        if touch:
            record.touch_package(db, row.id, utc_now())
        return cls(db, identity, store, opened, roster, template, row.id, None, stored=stored)

    def touch(self) -> None:
        """Record that the package was opened now (the order of the recent packages)."""
        record.touch_package(self.db, self.package_row, utc_now())

    @staticmethod
    def recent_packages(db: Database, expert: str | None = None) -> list[RecentPackage]:
        """Packages opened here, most recent first (only ``expert``'s when given)."""
        return record.recent_packages(db, expert)

    # Applicants and declarations -----------------------------------------------------

    @property
    def round(self) -> str:
        return self.summary.round

    @property
    def expert(self) -> str:
        return self.identity.keyid

    @property
    def digest(self) -> str:
        return self.summary.digest

    def applicants(self) -> list[DeskApplicant]:
        declared = decl.declarations(self.db, self.expert, self.round)
        pledged = self.pledge_signed() is not None
        held = standing_.held_revisions(self)
        out = []
        for entry in self.summary.applicants:
            sheet = sheets.find_sheet(self.db, self.round, self.expert, entry.ref)
            status = None if sheet is None else sheets.sheet_status(self.db, sheet)
            d = declared.get(entry.ref)
            last_in = held.get(entry.ref)
            signed = status is not None and status.stage is Stage.SUBMITTED
            withdrawn = d is not None and d.kind is Conflict.DISQUALIFYING
            out.append(
                DeskApplicant(
                    entry.ref,
                    entry.name,
                    entry.category,
                    status,
                    None if d is None else d.kind,
                    "" if d is None else d.text,
                    self.attachments(entry.ref),
                    pledged and d is not None and d.kind is not Conflict.DISQUALIFYING,
                    last_in if signed and not withdrawn else None,
                    last_in if last_in is not None and (withdrawn or not signed) else None,
                )
            )
        return out

    def attachments(self, applicant: str) -> tuple[AttachmentInfo, ...]:
        return tuple(a for a in self.summary.attachments if a.applicant == applicant)

    def pledge_signed(self) -> datetime | None:
        row = decl.pledge(self.db, self.expert, self.digest)
        return None if row is None else row.signed_at

    def sign_pledge(self, now: datetime, *, language: str = "zh") -> None:
        """Sign the pledge (``expert_declarations.PLEDGE``) in the language it was shown."""
        decl.sign_pledge(
            self.db, self.expert, self.round, self.digest, decl.pledge_text(language), now
        )

    def declare_conflict(self, applicant: str, kind: Conflict, text: str, now: datetime) -> None:
        self._require_applicant(applicant)
        decl.declare_conflict(self.db, self.expert, self.round, applicant, kind, text, now)

    def materials_open(self, applicant: str) -> bool:
        try:
            self._require_open(applicant)
        except DeskError:
            return False
        return True

    # Materials and sheets ------------------------------------------------------------

    def read_attachment(
        self, number: int, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER
    ) -> bytes:
        """Attachment ``number`` decrypted into memory, after the gate (module text)."""
        if not 0 <= number < len(self.summary.attachments):
            raise DeskError("attachment-not-found", self.package.object.path, number=number)
        self._require_open(self.summary.attachments[number].applicant)
        return self.package.read_attachment(number, progress=progress, cancel=cancel)

    def sheet_id(self, applicant: str) -> SheetId:
        """The latest revision of the applicant's sheet (created empty the first time). A
        submitted revision is frozen: ``revise_sheet`` opens the next one for editing."""
        self._require_open(applicant)
        return sheets.ensure_sheet(self.db, self.round, self.expert, applicant)

    def revise_sheet(self, applicant: str) -> SheetId:
        """An editable revision: the latest, or a copy of it when it was submitted."""
        sheet = self.sheet_id(applicant)
        if sheets.sheet_status(self.db, sheet).stage is Stage.SUBMITTED:
            sheet = sheets.start_new_revision(self.db, sheet)
        return sheet

    # Submission and report (expert_submit) -------------------------------------------

    def submission_problems(self) -> list[SubmissionProblem]:
        return submitting.submission_problems(self)

    def submit(
        self,
        dest: Path,
        *,
        now: datetime,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
    ) -> SubmittedScoreFile:
        return submitting.submit(self, Path(dest), now=now, progress=progress, cancel=cancel)

    def last_submission(self) -> SubmittedScoreFile | None:
        return submitting.last_submission(self)

    def changed_since_submission(self) -> bool:
        """True when a submit now would sign a new revision (or the first)."""
        return submitting.changed_since_submission(self)

    def suggested_file_name(self) -> str:
        return submitting.suggested_file_name(self)

    def export_pdf(
        self,
        applicants: Sequence[str] | None = None,
        *,
        language: str = "zh",
        organisation: str = "",
        now: datetime | None = None,
    ) -> bytes:
        return submitting.export_pdf(
            self, applicants, language=language, organisation=organisation, now=now
        )

    # Where the expert stands (expert_standing) and private notes (expert_notes) -------

    def standing(self, now: datetime) -> Standing:
        """Declared / scored / complete / submitted, the deadline and unsubmitted changes."""
        return standing_.standing(self, now)

    def my_scores(self) -> list[MyScore]:
        """Every applicant with total, grade (a claimed veto shows), declaration, vetoes."""
        return standing_.my_scores(self)

    def declaration_change(self, applicant: str, kind: Conflict) -> DeclarationChange | None:
        """What declaring ``kind`` would change in what was signed (None: nothing)."""
        return standing_.declaration_change(self, applicant, kind)

    def read_note(self, applicant: str) -> str:
        self._require_applicant(applicant)
        return notes.read_note(self.db, self.identity, self.round, applicant)

    def save_note(self, applicant: str, text: str, now: datetime) -> None:
        self._require_applicant(applicant)
        notes.save_note(self.db, self.identity, self.round, applicant, text, now)

    # Gate ----------------------------------------------------------------------------

    def _require_applicant(self, applicant: str) -> None:
        if all(a.ref != applicant for a in self.summary.applicants):
            raise DeskError("unknown-applicant", applicant=applicant, round=self.round)

    def _require_open(self, applicant: str) -> None:
        self._require_applicant(applicant)
        if self.pledge_signed() is None:
            raise DeskError("pledge-required")
        declared = decl.declarations(self.db, self.expert, self.round).get(applicant)
        if declared is None:
            raise DeskError("declaration-required", applicant=applicant)
        if declared.kind is Conflict.DISQUALIFYING:
            raise DeskError("applicant-disqualified", applicant=applicant)


def _package_roster(
    path: Path,
    identity: Identity,
    trust: TrustState,
    store: LocalStore,
    now: datetime,
    cancel: CancelToken,
) -> tuple[Roster, bytes, TrustState]:
    """The roster to verify the package with, its bytes, and the trust after it."""
    data = package_roster(path, identity, cancel=cancel)
    carried = read_roster(data, path)
    if carried.version < trust.highest_version and trust.roster_sha256 is not None:
        newest = store.load_roster(trust.roster_sha256)
        if newest is not None:  # else verify_roster below says roster-older
            roster = verify_roster(newest, store.roster_path(trust.roster_sha256), trust, now=now)
            return roster, newest, trust
    roster = verify_roster(data, path, trust, now=now)
    return roster, data, accept_roster(trust, roster)


def _open_stored(
    path: Path, identity: Identity, roster: Roster, digest: str
) -> OpenedPackage | None:
    """The stored copy, opened; None when it is not the package it should be."""
    try:
        opened = open_package(path, identity, roster)
    except ReviewdeskError:
        return None
    return opened if opened.digest == digest else None


class _Scaled:
    """The store step's byte progress as a part of opening's three steps."""

    def __init__(self, progress: Progress, step: int, steps: int) -> None:
        self._progress, self._step, self._steps = progress, step, steps

    def __call__(self, done: int, total: int, stage: str = "") -> None:
        if total > 0:
            self._progress(self._step * 1000 + done * 1000 // total, self._steps * 1000, "store")
