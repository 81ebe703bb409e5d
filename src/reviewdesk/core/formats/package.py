"""An expert's review package: the commission's signed, encrypted bundle of what one expert
reviews — the scoring form, the roster, and the applicants' materials.

Blobs: 1 the template (canonical bytes), 2 the roster (exactly as signed by the roots),
3… the attachments. ``open_package`` checks everything but the attachments, so the summary
of a 1 GiB package costs a few kilobytes of reading; ``read_attachment`` decrypts one
attachment into memory and releases it only when both its hashes match.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import Roster, RosterRole, read_roster
from reviewdesk.core.crypto.roster_model import PERSON_KEY_ROLES
from reviewdesk.core.domain import RoundKind
from reviewdesk.core.errors import CryptoError, FormatError
from reviewdesk.core.formats.container import BlobSource, ContainerKind
from reviewdesk.core.formats.manifest import BlobLabel, BlobRole, Manifest
from reviewdesk.core.formats.manifest_details import ApplicantEntry, PackageDetails
from reviewdesk.core.formats.sealed import (
    Content,
    OpenedObject,
    Sealed,
    Sealer,
    open_sealed,
)
from reviewdesk.core.formats.strict import timestamp_text
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.templates.loader import parse_template, template_document
from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class AttachmentInput:
    """A file of an applicant's materials to put in a package."""

    applicant: str
    path: Path
    name: str | None = None  # shown to the expert; defaults to the file name
    mime: str | None = None  # defaults to a guess from the name


@dataclass(frozen=True)
class AttachmentInfo:
    number: int  # position among the attachments (0, 1, …), for ``read_attachment``
    blob: int
    applicant: str
    name: str
    mime: str
    size: int


@dataclass(frozen=True)
class PackageSummary:
    """Everything the package says about itself, from the signed manifest alone."""

    round: str
    panel: str
    round_kind: RoundKind
    deadline: str | None
    reviewer: str
    applicants: tuple[ApplicantEntry, ...]
    attachments: tuple[AttachmentInfo, ...]
    template_sha256: str
    roster_version: int
    created_at: str
    signer_name: str
    signer_keyid: str
    digest: str
    round_name: str | None = None  # human-readable names, when the package carries them
    panel_name: str | None = None

    @property
    def round_title(self) -> str:
        """The round's name when the package gives one, else its ref."""
        return self.round_name or self.round

    @property
    def panel_title(self) -> str:
        """The panel's name when the package gives one, else its ref."""
        return self.panel_name or self.panel


def template_bytes(template: Template) -> bytes:
    """The canonical bytes of a template: their SHA-256 is ``template.sha256``."""
    return dumps_canonical(template_document(template))


def build_package(
    dest: Path,
    *,
    sender: Identity,
    reviewer: PublicIdentity,
    roster: Roster,
    roster_data: bytes,
    round: str,
    panel: str,
    round_kind: RoundKind,
    deadline: datetime | None,
    applicants: Sequence[ApplicantEntry],
    template: Template,
    attachments: Sequence[AttachmentInput],
    now: datetime,
    archive_recipients: Sequence[PublicIdentity] = (),
    round_name: str | None = None,
    panel_name: str | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    durable: bool = True,
) -> Sealed:
    """Build the package of ``reviewer`` at ``dest``, signed by ``sender`` (an operational
    key of ``roster``), encrypted to the reviewer and ``archive_recipients``. ``durable``:
    as for ``seal``."""
    sealer = package_sealer(
        dest, sender=sender, reviewer=reviewer, roster=roster, roster_data=roster_data,
        round=round, panel=panel, round_kind=round_kind, deadline=deadline,
        applicants=applicants, template=template, attachments=attachments, now=now,
        archive_recipients=archive_recipients, round_name=round_name, panel_name=panel_name,
        progress=progress,
    )  # fmt: skip
    with sealer.writer:  # removes the temp file on any failure
        for _ in range(2 + len(attachments)):
            sealer.add(cancel=cancel)
        return sealer.finish(cancel=cancel, durable=durable)


def package_sealer(
    dest: Path,
    *,
    sender: Identity,
    reviewer: PublicIdentity,
    roster: Roster,
    roster_data: bytes,
    round: str,
    panel: str,
    round_kind: RoundKind,
    deadline: datetime | None,
    applicants: Sequence[ApplicantEntry],
    template: Template,
    attachments: Sequence[AttachmentInput],
    now: datetime,
    archive_recipients: Sequence[PublicIdentity] = (),
    round_name: str | None = None,
    panel_name: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Sealer:
    """``build_package`` step by step (``Sealer``): its content blobs are the template, the
    roster, then ``attachments`` in order; a builder writing several packages at once adds
    an attachment shared by some of them with ``add_shared``."""
    contents = [
        Content(BlobRole.TEMPLATE, BlobSource(data=template_bytes(template))),
        Content(BlobRole.ROSTER, BlobSource(data=roster_data)),
    ]
    for item in attachments:
        name = item.name or item.path.name
        mime = item.mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        label = BlobLabel(name=name, mime=mime, applicant=item.applicant)
        contents.append(Content(BlobRole.ATTACHMENT, BlobSource(path=item.path), label))
    details = PackageDetails(
        round_kind, None if deadline is None else timestamp_text(deadline), reviewer.keyid,
        tuple(applicants), round_name or None, panel_name or None,
    )  # fmt: skip
    return Sealer(
        dest, kind=ContainerKind.PACKAGE, sender=sender,
        recipients=[reviewer, *archive_recipients], round=round, panel=panel,
        template_sha256=template.sha256, roster_version=roster.version, details=details,
        contents=contents, now=now, progress=progress,
    )  # fmt: skip


class OpenedPackage:
    """A package whose signature and bindings passed; attachments stay encrypted on disk
    until ``read_attachment``."""

    def __init__(self, opened: OpenedObject) -> None:
        self.object = opened
        manifest = opened.manifest
        assert isinstance(manifest.details, PackageDetails)
        self.details: PackageDetails = manifest.details
        self.manifest: Manifest = manifest
        attachments = tuple(
            AttachmentInfo(n, b.index, b.label.applicant or "", b.label.name or "",
                           b.label.mime or "", b.size)
            for n, b in enumerate(manifest.blobs_with_role(BlobRole.ATTACHMENT))
        )  # fmt: skip
        assert manifest.round is not None and manifest.panel is not None
        assert manifest.template_sha256 is not None
        self.summary = PackageSummary(
            manifest.round, manifest.panel, self.details.round_kind, self.details.deadline,
            self.details.reviewer, self.details.applicants, attachments,
            manifest.template_sha256, manifest.roster_version, manifest.created_at,
            opened.signer.name, opened.signer.keyid, opened.digest,
            self.details.round_name, self.details.panel_name,
        )  # fmt: skip

    @property
    def digest(self) -> str:
        return self.object.digest

    def read_attachment(
        self, number: int, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER
    ) -> bytes:
        info = self.summary.attachments[number]
        return self.object.read_blob(info.blob, progress=progress, cancel=cancel)

    def read_template(self) -> Template:
        blob = self.manifest.blobs_with_role(BlobRole.TEMPLATE)[0]
        return parse_template(self.object.read_blob(blob.index), self.object.path)

    def read_roster_data(self) -> bytes:
        """The roster as the commission signed it, checked to be the version the manifest
        names and signed by its own roots; the caller verifies it against its trust."""
        blob = self.manifest.blobs_with_role(BlobRole.ROSTER)[0]
        data = self.object.read_blob(blob.index)
        roster = read_roster(data, self.object.path)
        if roster.version != self.manifest.roster_version:
            raise FormatError(
                "roster-version-mismatch",
                self.object.path,
                manifest=self.manifest.roster_version,
                roster=roster.version,
            )
        return data


def open_package(
    path: Path,
    identity: Identity,
    roster: Roster,
    *,
    expect_round: str | None = None,
    expect_panel: str | None = None,
    cancel: CancelToken = NEVER,
) -> OpenedPackage:
    """Open a package for its summary: container, blob 0, signature, roster and bindings
    (see ``sealed``); no attachment is read."""
    opened = open_sealed(path, identity, roster, kind=ContainerKind.PACKAGE, cancel=cancel)
    check_bindings(opened, identity, roster, expect_round=expect_round, expect_panel=expect_panel)
    return OpenedPackage(opened)


def check_bindings(
    opened: OpenedObject,
    identity: Identity,
    roster: Roster,
    *,
    expect_round: str | None,
    expect_panel: str | None,
) -> None:
    """Round, panel and template bindings shared by expert and chair packages."""
    manifest, path = opened.manifest, opened.path
    if expect_round is not None and manifest.round != expect_round:
        raise FormatError("round-mismatch", path, expected=expect_round, found=manifest.round)
    if expect_panel is not None and manifest.panel != expect_panel:
        raise FormatError("panel-mismatch", path, expected=expect_panel, found=manifest.panel)
    template = manifest.blobs_with_role(BlobRole.TEMPLATE)[0]
    if template.plaintext_sha256 != manifest.template_sha256:
        raise FormatError("template-mismatch", path, expected=manifest.template_sha256,
                          found=template.plaintext_sha256)  # fmt: skip
    details = manifest.details
    if isinstance(details, PackageDetails):
        # The reviewer must be an expert of this panel; an expert opens only their own.
        member = roster.member(details.reviewer)
        if member is None or not member.holds(RosterRole.EXPERT) or member.revoked:
            raise CryptoError("reviewer-not-listed", path, keyid=details.reviewer)
        if not member.serves(RosterRole.EXPERT, manifest.panel):
            raise CryptoError("reviewer-not-on-panel", path, keyid=details.reviewer,
                              name=member.name, panel=manifest.panel)  # fmt: skip
        if identity.role in PERSON_KEY_ROLES and identity.keyid != details.reviewer:
            raise FormatError("reviewer-mismatch", path, reviewer=details.reviewer)
