"""An expert's score file: the score sheets for the applicants of one package, bound to that
package's digest, the expert, round, panel and template, with a monotonic revision number
and the expert's declarations (confidentiality pledge, conflict declarations).

Blob 1 holds the sheets (``content.encode_scores``). Encrypted to the panel's chairs and the
commission (operational and audit keys), so both can verify it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import Roster, RosterRole
from reviewdesk.core.errors import FormatError
from reviewdesk.core.formats.container import BlobSource, ContainerKind
from reviewdesk.core.formats.content import Assignment, encode_scores, parse_scores
from reviewdesk.core.formats.manifest import BlobLabel, BlobRole, Manifest
from reviewdesk.core.formats.manifest_details import Declarations, ScoreDetails
from reviewdesk.core.formats.package import OpenedPackage
from reviewdesk.core.formats.sealed import Content, OpenedObject, Sealed, open_sealed, seal
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.scoring.sheet import ScoreSheet

SCORES_MIME = "application/vnd.reviewdesk.scores+json"


@dataclass(frozen=True)
class ScoreExpectation:
    """What a reader expects of the score files of one panel: taken from the chair package
    (chair) or from the commission's own records."""

    round: str
    panel: str
    template_sha256: str
    assignments: Mapping[str, Assignment]  # expert keyid → their package and applicants


def score_recipients(roster: Roster, panel: str) -> list[PublicIdentity]:
    """Who a score file is encrypted to: the panel's chairs and the commission."""
    members = roster.panel_members(panel, RosterRole.CHAIR)
    members += [
        m
        for m in roster.members(RosterRole.OPERATIONAL) + roster.members(RosterRole.AUDIT)
        if not m.revoked
    ]
    return [m.identity for m in members]


def build_score_file(
    dest: Path,
    *,
    expert: Identity,
    package: OpenedPackage,
    sheets: Sequence[ScoreSheet],
    revision: int,
    declarations: Declarations,
    roster: Roster,
    now: datetime,
    recipients: Sequence[PublicIdentity] | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> Sealed:
    """Sign and encrypt ``sheets`` (one per applicant scored) as revision ``revision`` of
    ``expert``'s scores for ``package``."""
    summary = package.summary
    known = {a.ref for a in summary.applicants}
    applicants = tuple(s.applicant_id for s in sheets)
    declared = {c.applicant for c in declarations.conflicts}
    if not applicants or not set(applicants) <= known or not declared <= known:
        raise FormatError("score-wrong-applicants", dest, applicants=",".join(applicants)[:200])
    if len(set(applicants)) != len(applicants):
        raise FormatError("score-wrong-applicants", dest, reason="an applicant twice")
    details = ScoreDetails(package.digest, expert.keyid, applicants, revision, declarations)
    data = encode_scores(sheets)
    return seal(
        dest, kind=ContainerKind.SCORE, sender=expert,
        recipients=list(recipients if recipients is not None
                        else score_recipients(roster, summary.panel)),
        round=summary.round, panel=summary.panel, template_sha256=summary.template_sha256,
        roster_version=roster.version, details=details,
        contents=[Content(BlobRole.SCORES, BlobSource(data=data), BlobLabel(mime=SCORES_MIME))],
        now=now, progress=progress, cancel=cancel,
    )  # fmt: skip


class OpenedScoreFile:
    def __init__(self, opened: OpenedObject) -> None:
        assert isinstance(opened.manifest.details, ScoreDetails)
        self.object = opened
        self.manifest: Manifest = opened.manifest
        self.details: ScoreDetails = opened.manifest.details

    @property
    def digest(self) -> str:
        return self.object.digest

    @property
    def expert(self) -> str:
        return self.details.expert

    @property
    def revision(self) -> int:
        return self.details.revision

    def read_scores_data(self) -> bytes:
        """The scores blob, checked against the manifest (for a result bundle)."""
        return self.object.read_blob(1)

    def read_sheets(self) -> tuple[ScoreSheet, ...]:
        return sheets_from_data(self.manifest, self.read_scores_data(), self.object.path)


def sheets_from_data(manifest: Manifest, data: bytes, path: Path | None) -> tuple[ScoreSheet, ...]:
    """Parse a score file's sheets; they must cover exactly the signed applicant refs."""
    assert isinstance(manifest.details, ScoreDetails)
    d = manifest.details
    sheets = parse_scores(data, expert=d.expert, revision=d.revision, path=path)
    if tuple(s.applicant_id for s in sheets) != d.applicants:
        raise FormatError("scores-invalid", path, field="$.sheets", reason="not the signed refs")
    return sheets


def open_score_file(
    path: Path,
    identity: Identity,
    roster: Roster,
    *,
    expect: ScoreExpectation | None = None,
    cancel: CancelToken = NEVER,
    received_at: datetime | None = None,
    data: bytes | None = None,
) -> OpenedScoreFile:
    """Open and verify a score file: signature by an unrevoked expert of its panel, then
    its bindings to ``expect`` (round, panel, template, the expert's package, applicants).
    ``data``: the file's bytes, already read (``open_sealed``)."""
    opened = open_sealed(path, identity, roster, kind=ContainerKind.SCORE, cancel=cancel,
                         received_at=received_at, data=data)  # fmt: skip
    check_score_bindings(opened.manifest, expect, opened.path)
    return OpenedScoreFile(opened)


def check_score_bindings(
    manifest: Manifest, expect: ScoreExpectation | None, path: Path | None
) -> None:
    """The bindings of a score manifest whose signature already verified."""
    d = manifest.details
    assert isinstance(d, ScoreDetails)
    if d.expert != manifest.sender:
        raise FormatError("score-wrong-expert", path, expert=d.expert, signer=manifest.sender)
    if expect is None:
        return
    if manifest.round != expect.round:
        raise FormatError("score-wrong-round", path, expected=expect.round, found=manifest.round)
    if manifest.panel != expect.panel:
        raise FormatError("score-wrong-panel", path, expected=expect.panel, found=manifest.panel)
    if manifest.template_sha256 != expect.template_sha256:
        raise FormatError("score-wrong-template", path, expected=expect.template_sha256)
    assignment = expect.assignments.get(d.expert)
    if assignment is None:
        raise FormatError("score-wrong-expert", path, expert=d.expert, reason="not assigned")
    if d.package_digest != assignment.package_digest:
        raise FormatError("score-wrong-package", path, expected=assignment.package_digest,
                          found=d.package_digest)  # fmt: skip
    allowed = set(assignment.applicants)
    if (
        not set(d.applicants) <= allowed
        or not {c.applicant for c in d.declarations.conflicts} <= allowed
    ):
        raise FormatError("score-wrong-applicants", path, expert=d.expert)
