"""The chair desk: one panel, from opening the chair package to the signed result bundle
(issue 8). The GUI (``gui/chair``) and the CLI (``reviewdesk chair …``) both drive this
class; it holds no widgets and words no message.

Opening (``ChairDesk.open``), stopping at the first failure, changing nothing on failure:

1. ``trust`` must be the pinned commission roots (``trust-not-pinned`` otherwise);
2. the roster inside the chair package is verified against ``trust`` (the newest roster
   this home accepted is used when the package carries an older one);
3. the chair package (``formats.open_chair_package``): operational signature, bindings,
   this identity is its chair, the template, roster and assignment blobs' hashes;
4. the package, still encrypted, is copied into the home's store and the panel is recorded
   in the home's database (``chair_desks``): the same home, identity and pinned roster as
   an expert desk, so a person may score in one panel and chair another.

Importing (``import_files``): one verdict per file, each file all-or-nothing (committed
in batches), every outcome appended to *this panel's* hash-chained import log; the received
file is kept byte for byte in the home's database beside its log entry. Deadlines are
judged by the import time recorded in that signed log, not by the sender's ``created_at``
(issue 7 item 14), and so is a revocation (a key revoked after a file's receipt does not
void it, issue 7 item 12).

Deciding: each decision is one small transaction and one audit-trail entry. Finalising
needs an empty ``blockers()`` list and writes the signed, encrypted result bundle (plus the
PDF report and XLSX workbook when ``core.reports`` provides them). ``reopen_version`` starts
the next numbered version; the finalised ones stay in ``versions()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reviewdesk.core.chair import decisions as deciding
from reviewdesk.core.chair import finalising, importing, matrix, paper, record
from reviewdesk.core.chair.record import RecentPanel
from reviewdesk.core.chair.store import ChairStore
from reviewdesk.core.chair.views import (
    AlarmInfo,
    AuditEntry,
    DeskBlocker,
    FinalisedResult,
    HeldSheet,
    ImportVerdict,
    LogEntryView,
    PanelInfo,
    PanelMatrix,
    VersionInfo,
)
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster, TrustState, load_trust, save_trust
from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.formats.chair_package import OpenedChairPackage
from reviewdesk.core.home.settings import Home
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.scoring import Problem, ScoreSheet, VetoVerdict
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.types import utc_now
from reviewdesk.core.templates.model import Template

__all__ = ["ChairDesk", "RecentPanel"]


class ChairDesk:
    """An opened chair package of one chair; build it with ``open`` or ``reopen``."""

    def __init__(
        self,
        db: Database,
        identity: Identity,
        store: ChairStore,
        package: OpenedChairPackage,
        roster: Roster,
        template: Template,
        desk_id: int,
        trust: TrustState | None,
    ) -> None:
        self.db, self.identity, self.store = db, identity, store
        self.package, self.roster, self.template = package, roster, template
        self.desk_id = desk_id
        self.trust = trust  # after this package's roster; None when reopened
        self._assignments = {a.expert: a for a in package.read_assignments()}

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
    ) -> ChairDesk:
        """Verify, store and record a chair package (module text). Idempotent."""
        opened = record.open_chair(
            db, identity, Path(package_path), trust=trust, store_dir=store_dir, now=now,
            progress=progress, cancel=cancel,
        )  # fmt: skip
        return cls(db, identity, *opened)

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
    ) -> ChairDesk:
        """``open`` with the home's trust file and store; saves the trust file when the
        package's roster was newer than any seen before."""
        trust = load_trust(home.trust_path) if home.trust_path.exists() else None
        desk = cls.open(db, identity, package_path, trust=trust, store_dir=home.store_dir,
                        now=now, progress=progress, cancel=cancel)  # fmt: skip
        if desk.trust is not None and desk.trust != trust:
            save_trust(desk.trust, home.trust_path)
        return desk

    @classmethod
    def reopen(
        cls, db: Database, identity: Identity, store_dir: Path, package_digest: str
    ) -> ChairDesk:
        """Restore a panel opened before, from the store, with the roster it was verified
        with (``chair-package-not-stored`` when it never was)."""
        restored = record.reopen_chair(db, identity, store_dir, package_digest)
        return cls(db, identity, *restored)

    @staticmethod
    def recent_panels(db: Database, chair: str | None = None) -> list[RecentPanel]:
        """Chair packages opened here, most recent first (only ``chair``'s when given)."""
        return record.recent_panels(db, chair)

    # The panel -----------------------------------------------------------------------

    @property
    def digest(self) -> str:
        return self.package.digest

    def info(self) -> PanelInfo:
        """Round and panel names, template, applicants, experts, version."""
        return record.panel_info(self)

    def assignments(self) -> dict[str, tuple[str, ...]]:
        """Expert keyid → the applicant refs assigned to them, in the table's order."""
        return {expert: a.applicants for expert, a in self._assignments.items()}

    def assigned_experts(self, applicant: str) -> tuple[str, ...]:
        """The experts assigned to ``applicant``, in the table's order."""
        return tuple(e for e, a in self._assignments.items() if applicant in a.applicants)

    def expert_name(self, keyid: str) -> str:
        member = self.roster.member(keyid)
        return keyid[:16] if member is None else member.name

    # Importing score files -----------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        now: datetime | None = None,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
    ) -> list[ImportVerdict]:
        """Import score files; a folder is searched recursively for ``*.rdx`` files. One
        verdict per file, in order; a bad file never stops the others. ``now``: the import
        time to record (tests); the clock by default. Cancel stops between files: the
        files already imported stay imported."""
        return importing.import_files(self, paths, now=now, progress=progress, cancel=cancel)

    def import_log(self) -> list[LogEntryView]:
        """This panel's import log, oldest first (verified: ``import-log-broken`` if not)."""
        return importing.log_entries(self)

    def verdicts(self) -> list[LogEntryView]:
        """Alias of ``import_log``: every verdict ever recorded for this panel."""
        return importing.log_entries(self)

    def export_import_log(self, dest: Path) -> Path:
        """Write the import log as canonical JSON (the form carried in the result bundle)."""
        return importing.export_log(self, Path(dest))

    def received_file(self, file_sha256: str) -> bytes:
        """A received score file exactly as it arrived (accepted or alarm evidence);
        ``received-file-altered`` when it is not held or no longer has that SHA-256."""
        return importing.received_bytes(self, file_sha256)

    def alarms(self) -> list[AlarmInfo]:
        return importing.alarms(self)

    def resolve_alarm(self, alarm_id: int, note: str, *, now: datetime | None = None) -> None:
        """Record how an equivocation alarm was settled (mandatory note)."""
        deciding.resolve_alarm(self, alarm_id, note, now or utc_now())

    # Sheets --------------------------------------------------------------------------

    def held_sheets(self, applicant: str | None = None) -> list[HeldSheet]:
        """Every sheet held (all revisions, files and paper), by applicant, expert,
        revision; ``late`` is judged by the import time against the package deadline."""
        return matrix.held_sheets(self, applicant)

    def paper_sheet_problems(self, sheet: ScoreSheet) -> list[Problem]:
        """What stops ``sheet`` being entered (exactly ``validate_sheet``), plus nothing
        else; the assignment is checked by ``enter_paper_sheet``."""
        return paper.problems(self, sheet)

    def enter_paper_sheet(
        self, sheet: ScoreSheet, note: str, *, now: datetime | None = None
    ) -> list[Problem]:
        """Enter (or replace) a paper sheet for an assigned expert: stored and audited only
        when it validates; returns the problems otherwise (nothing stored). Marked "entered
        by the chair" with ``note`` (mandatory); signed by the chair at finalising."""
        return paper.enter(self, sheet, note, now or utc_now())

    def remove_paper_sheet(
        self, expert: str, applicant: str, reason: str, *, now: datetime | None = None
    ) -> None:
        paper.remove(self, expert, applicant, reason, now or utc_now())

    # The matrix ----------------------------------------------------------------------

    def matrix(self) -> PanelMatrix:
        """Every applicant consolidated by the engine with the chair's decisions, the
        ranking (tie-break, 优秀 quota) and the per-expert leniency."""
        return matrix.panel_matrix(self)

    # Decisions (each one transaction + one audit entry) ------------------------------

    def resolve_flag(
        self, applicant: str, flag_id: str, note: str, *, now: datetime | None = None
    ) -> None:
        """Resolve a flag in writing; an empty note withdraws the resolution."""
        deciding.resolve_flag(self, applicant, flag_id, note, now or utc_now())

    def decide_veto(
        self,
        applicant: str,
        item: str,
        verdict: VetoVerdict | None,
        reason: str,
        *,
        now: datetime | None = None,
    ) -> None:
        """Confirm or dismiss a claimed veto with a reason; ``None`` withdraws it."""
        deciding.decide_veto(self, applicant, item, verdict, reason, now or utc_now())

    def override_grade(
        self, applicant: str, grade: Grade, reason: str, *, now: datetime | None = None
    ) -> None:
        """Decide ``grade`` instead of the computed one (``decision-reason-required``
        for a blank reason)."""
        deciding.override_grade(self, applicant, grade, reason, now or utc_now())

    def accept_grade(self, applicant: str, *, now: datetime | None = None) -> None:
        """Accept the computed grade (withdraws an override)."""
        deciding.accept_grade(self, applicant, now or utc_now())

    def override_recommendation(
        self,
        applicant: str,
        recommendation: Recommendation | None,
        reason: str,
        *,
        now: datetime | None = None,
    ) -> None:
        """Recognition rounds: override the recommendation; ``None`` withdraws it."""
        deciding.override_recommendation(self, applicant, recommendation, reason, now or utc_now())

    def set_panel_opinion(self, applicant: str, text: str, *, now: datetime | None = None) -> None:
        """The panel opinion (专家组意见) of one applicant."""
        deciding.set_opinion(self, applicant, text, now or utc_now())

    def set_manual_order(
        self, applicants: Sequence[str], reason: str, *, now: datetime | None = None
    ) -> None:
        """Break a tie the cascade left: these applicants in this order, best first, with
        the reason (mandatory). Replaces an earlier order over the same applicants."""
        deciding.set_manual_order(self, applicants, reason, now or utc_now())

    def remove_manual_order(
        self, applicants: Sequence[str], *, now: datetime | None = None
    ) -> None:
        deciding.remove_manual_order(self, applicants, now or utc_now())

    def set_present(self, expert: str, present: bool, *, now: datetime | None = None) -> None:
        """Record whether an expert is at the meeting; the panel report prints signature
        lines for those present (everyone until said otherwise)."""
        deciding.set_present(self, expert, present, now or utc_now())

    def audit_trail(self) -> list[AuditEntry]:
        return deciding.audit_trail(self)

    # Finalising ----------------------------------------------------------------------

    def blockers(self) -> list[DeskBlocker]:
        """Everything that stops finalising, each naming what and where; empty: ready."""
        return matrix.blockers(self)

    def finalise(
        self,
        dest_dir: Path,
        *,
        now: datetime | None = None,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
    ) -> FinalisedResult:
        """Write the signed result bundle for the commission (and the panel report and
        workbook) into ``dest_dir``; ``chair-not-ready`` when ``blockers()`` is not empty.
        The version is then finalised: decisions are refused until ``reopen_version``."""
        return finalising.finalise(
            self, Path(dest_dir), now=now or utc_now(), progress=progress, cancel=cancel
        )

    def reopen_version(self, reason: str, *, now: datetime | None = None) -> int:
        """Start the next numbered version after a finalised one; returns its number."""
        return finalising.reopen_version(self, reason, now or utc_now())

    def versions(self) -> list[VersionInfo]:
        return finalising.versions(self)
