"""What the chair desk hands to its callers (GUI, CLI, reports): frozen values, no rules.

Every number and grade in these values comes from the grading engine (``core.scoring``);
the chair's room only gathers the sheets, the decisions and the import receipts it feeds in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from reviewdesk.core.chair.leniency import ExpertLeniency
from reviewdesk.core.domain import Conflict, Grade, RoundKind
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.scoring import (
    Flag,
    PanelResult,
    RankedEntry,
    Ranking,
    ScoreSheet,
    UnrankedEntry,
)
from reviewdesk.core.templates.model import Template


class Verdict(StrEnum):
    """What importing one file did (one verdict per file, DESIGN §3, FORMAT §10)."""

    ACCEPTED = "accepted"  # verified, bound to this panel, stored
    ALREADY_IMPORTED = "already-imported"  # the same signed file again: nothing changed
    OLDER_REVISION = "older-revision"  # a newer revision of the expert is held: ignored
    ALARM = "alarm"  # same revision, different content: blocks finalising until resolved
    REJECTED = "rejected"  # failed a check: ``code`` names which


@dataclass(frozen=True)
class ImportVerdict:
    """The verdict on one file given to :meth:`ChairDesk.import_files`.

    ``code`` is the error code for ``rejected`` (``score-wrong-panel``, ``score-wrong-expert``
    — not assigned, ``signer-unknown``, ``signature-invalid``, ``key-revoked``,
    ``blob-hash-mismatch``, ``container-kind-mismatch``, ``container-not-rdx``, …) and
    ``score-equivocation`` for an alarm; ``detail`` holds the error's details for wording.
    ``sequence`` is the import-log entry that records it (``None`` only when the file could
    not even be read, e.g. removed while importing).
    """

    path: Path
    verdict: Verdict
    file_sha256: str | None
    expert: str | None = None  # keyid of the signer, when the file got that far
    expert_name: str = ""
    revision: int | None = None
    code: str | None = None
    detail: Mapping[str, object] = field(default_factory=dict, hash=False)
    note: str = ""
    recorded_at: datetime | None = None
    sequence: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "detail", MappingProxyType(dict(self.detail)))


@dataclass(frozen=True)
class LogEntryView:
    """One entry of the panel's hash-chained import log (FORMAT §10)."""

    sequence: int
    recorded_at: datetime
    file_sha256: str
    kind: str
    outcome: str
    note: str
    prev_hash: str
    entry_hash: str


@dataclass(frozen=True)
class ExpertInfo:
    """An expert of the panel as the roster names them."""

    keyid: str
    name: str
    revoked: bool = False
    present: bool = True  # at the meeting: signs the panel report


@dataclass(frozen=True)
class PanelInfo:
    """The opened chair package: round, panel, form, applicants, experts, version."""

    package_digest: str
    round_ref: str
    round_name: str  # the ref when the package has no name
    panel_ref: str
    panel_name: str
    round_kind: RoundKind
    deadline: datetime | None
    chair: str  # keyid
    chair_name: str
    template: Template
    applicants: tuple[ApplicantEntry, ...]
    experts: tuple[ExpertInfo, ...]  # in the assignment table's order
    version: int  # 1, then one more after each reopening
    finalised_at: datetime | None  # of the current version; None while open


@dataclass(frozen=True)
class HeldSheet:
    """A sheet the chair holds: from a signed score file, or entered from paper."""

    sheet: ScoreSheet  # as given to the engine (``late`` and ``conflict`` filled in)
    received_at: datetime  # the chair's import time (signed log), or entry time (paper)
    file_sha256: str | None  # the received file; None for a paper sheet
    entered_by_chair: bool = False
    chair_note: str = ""


@dataclass(frozen=True)
class MatrixRow:
    """One applicant of the panel matrix."""

    applicant: ApplicantEntry
    assigned: tuple[str, ...]  # expert keyids
    sheets: tuple[HeldSheet, ...]  # every sheet held (all revisions), by expert then revision
    result: PanelResult  # the engine's consolidation with the chair's decisions
    ranked: RankedEntry | None  # rank and published grade (after the quota)
    unranked: UnrankedEntry | None  # why there is no rank (veto, too few sheets)
    panel_opinion: str  # 专家组意见

    @property
    def open_flags(self) -> tuple[Flag, ...]:
        return tuple(f for f in self.result.flags if not f.resolved)

    @property
    def published_grade(self) -> Grade | None:
        return self.ranked.grade if self.ranked is not None else self.result.grade

    def conflict_of(self, expert: str) -> Conflict | None:
        for held in reversed(self.sheets):
            if held.sheet.expert_id == expert:
                return held.sheet.conflict
        return None


@dataclass(frozen=True)
class PanelMatrix:
    """Applicants × experts with the engine's results, the ranking and each expert's
    leniency (mean offset from the panel score, outlier and trimmed counts)."""

    rows: tuple[MatrixRow, ...]  # in the chair package's order
    ranking: Ranking
    leniency: tuple[ExpertLeniency, ...]

    def row(self, applicant: str) -> MatrixRow:
        for row in self.rows:
            if row.applicant.ref == applicant:
                return row
        raise KeyError(applicant)


class BlockerKind(StrEnum):
    """Why the panel cannot be finalised yet (each names what and where)."""

    UNRESOLVED_FLAG = "unresolved-flag"  # applicant, subject = flag id
    UNDECIDED_VETO = "undecided-veto"  # applicant, subject = veto item
    REFUSED_DECISION = "refused-decision"  # applicant, subject = the decision's subject
    EQUIVOCATION_ALARM = "equivocation-alarm"  # subject = alarm id, expert, revision
    UNRESOLVED_TIE = "unresolved-tie"  # applicant; subject = the tied applicants
    RANKING_PROBLEM = "ranking-problem"  # subject = the manual order's index
    PAPER_SHEET_SUPERSEDED = "paper-sheet-superseded"  # a signed sheet arrived later
    FINALISED = "finalised"  # this version is finalised: reopen to change it


@dataclass(frozen=True)
class DeskBlocker:
    kind: BlockerKind
    subject: str
    applicant: str | None = None
    expert: str | None = None
    detail: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "detail", MappingProxyType(dict(self.detail)))


@dataclass(frozen=True)
class AlarmInfo:
    """Two different files claiming the same revision of one expert's scores."""

    alarm_id: int
    expert: str
    revision: int
    file_sha256: str  # the second file, kept as evidence (``ChairDesk.received_file``)
    raised_at: datetime
    resolution: str | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class AuditEntry:
    """One decision as it was recorded (append-only, in order)."""

    number: int
    at: datetime
    action: str  # e.g. "resolve-flag", "veto", "grade", "opinion", "paper-sheet"
    applicant: str | None
    subject: str
    value: str
    reason: str
    version: int


@dataclass(frozen=True)
class VersionInfo:
    number: int
    started_at: datetime
    reopen_reason: str  # "" for version 1
    finalised_at: datetime | None
    bundle_digest: str | None
    fingerprint: str | None  # the bundle's digit groups, as printed on the report
    outputs: tuple[Path, ...]  # files written at finalising


@dataclass(frozen=True)
class FinalisedResult:
    version: int
    bundle: Path
    bundle_digest: str
    fingerprint: str
    report_pdf: Path | None  # None when the report module is not available
    workbook: Path | None
    notes: tuple[str, ...] = ()  # codes of what was left out, e.g. "panel-report-unavailable"
