"""A chair's package: what the chair needs to check and consolidate a panel's score files.

Blobs: 1 the template (the consolidation rules), 2 the roster, 3 the assignment table —
for each expert of the panel, the digest of the package made for them and its applicants.
The chair matches every score file against that table (``expectation``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import Roster, RosterRole
from reviewdesk.core.crypto.roster_model import PERSON_KEY_ROLES
from reviewdesk.core.domain import RoundKind
from reviewdesk.core.errors import CryptoError, FormatError
from reviewdesk.core.formats.container import BlobSource, ContainerKind
from reviewdesk.core.formats.content import Assignment, encode_assignments, parse_assignments
from reviewdesk.core.formats.manifest import BlobRole, Manifest
from reviewdesk.core.formats.manifest_details import ApplicantEntry, ChairPackageDetails
from reviewdesk.core.formats.package import check_bindings, template_bytes
from reviewdesk.core.formats.score_file import ScoreExpectation
from reviewdesk.core.formats.sealed import Content, OpenedObject, Sealed, open_sealed, seal
from reviewdesk.core.formats.strict import timestamp_text
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.templates.loader import parse_template
from reviewdesk.core.templates.model import Template


def build_chair_package(
    dest: Path,
    *,
    sender: Identity,
    chair: PublicIdentity,
    roster: Roster,
    roster_data: bytes,
    round: str,
    panel: str,
    round_kind: RoundKind,
    deadline: datetime | None,
    applicants: Sequence[ApplicantEntry],
    template: Template,
    assignments: Sequence[Assignment],
    now: datetime,
    archive_recipients: Sequence[PublicIdentity] = (),
    round_name: str | None = None,
    panel_name: str | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    durable: bool = True,
) -> Sealed:
    details = ChairPackageDetails(
        round_kind, None if deadline is None else timestamp_text(deadline), chair.keyid,
        tuple(applicants), tuple(a.expert for a in assignments),
        round_name or None, panel_name or None,
    )  # fmt: skip
    contents = [
        Content(BlobRole.TEMPLATE, BlobSource(data=template_bytes(template))),
        Content(BlobRole.ROSTER, BlobSource(data=roster_data)),
        Content(BlobRole.ASSIGNMENTS, BlobSource(data=encode_assignments(assignments))),
    ]
    return seal(
        dest, kind=ContainerKind.CHAIR_PACKAGE, sender=sender,
        recipients=[chair, *archive_recipients], round=round, panel=panel,
        template_sha256=template.sha256, roster_version=roster.version, details=details,
        contents=contents, now=now, progress=progress, cancel=cancel, durable=durable,
    )  # fmt: skip


class OpenedChairPackage:
    def __init__(self, opened: OpenedObject) -> None:
        assert isinstance(opened.manifest.details, ChairPackageDetails)
        self.object = opened
        self.manifest: Manifest = opened.manifest
        self.details: ChairPackageDetails = opened.manifest.details

    @property
    def digest(self) -> str:
        return self.object.digest

    def read_template(self) -> Template:
        blob = self.manifest.blobs_with_role(BlobRole.TEMPLATE)[0]
        return parse_template(self.object.read_blob(blob.index), self.object.path)

    def read_roster_data(self) -> bytes:
        return self.object.read_blob(self.manifest.blobs_with_role(BlobRole.ROSTER)[0].index)

    def read_assignments(self) -> tuple[Assignment, ...]:
        """The assignment table; every expert and applicant in it must be the manifest's."""
        blob = self.manifest.blobs_with_role(BlobRole.ASSIGNMENTS)[0]
        path = self.object.path
        table = parse_assignments(self.object.read_blob(blob.index), path)
        refs = {a.ref for a in self.details.applicants}
        if tuple(a.expert for a in table) != self.details.experts:
            raise FormatError("assignments-invalid", path, field="$", reason="not the experts")
        for a in table:
            if not set(a.applicants) <= refs:
                raise FormatError("assignments-invalid", path, field="$", reason="applicant")
        return table

    def expectation(self) -> ScoreExpectation:
        """What this panel's score files must be bound to."""
        m = self.manifest
        assert m.round is not None and m.panel is not None and m.template_sha256 is not None
        return ScoreExpectation(
            m.round, m.panel, m.template_sha256, {a.expert: a for a in self.read_assignments()}
        )


def open_chair_package(
    path: Path,
    identity: Identity,
    roster: Roster,
    *,
    expect_round: str | None = None,
    expect_panel: str | None = None,
    cancel: CancelToken = NEVER,
) -> OpenedChairPackage:
    opened = open_sealed(path, identity, roster, kind=ContainerKind.CHAIR_PACKAGE, cancel=cancel)
    check_bindings(opened, identity, roster, expect_round=expect_round, expect_panel=expect_panel)
    details = opened.manifest.details
    assert isinstance(details, ChairPackageDetails)
    member = roster.member(details.chair)
    if member is None or not member.holds(RosterRole.CHAIR) or member.revoked:
        raise CryptoError("reviewer-not-listed", opened.path, keyid=details.chair)
    if not member.serves(RosterRole.CHAIR, opened.manifest.panel):
        raise CryptoError("reviewer-not-on-panel", opened.path, keyid=details.chair,
                          name=member.name, panel=opened.manifest.panel)  # fmt: skip
    if identity.role in PERSON_KEY_ROLES and identity.keyid != details.chair:
        raise FormatError("reviewer-mismatch", opened.path, reviewer=details.chair)
    return OpenedChairPackage(opened)
