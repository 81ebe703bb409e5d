"""Verify any exchange file and say, check by check, what passed (``reviewdesk verify``).

For a container the checks follow the verification order of FORMAT.md: the container, the
roster the signature is checked against, blob 0's decryption, the signature, the manifest,
the bindings, then every content blob (decrypted as a stream and discarded: nothing is kept,
nothing is written) and its content. A roster or an enrolment request (bare DSSE envelopes)
gets the checks that fit it. The report is ``ok`` only when every check passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.crypto.identity import (
    ENROLMENT_PAYLOAD_TYPE,
    Identity,
    read_enrolment_request,
)
from reviewdesk.core.crypto.roster import (
    ROSTER_PAYLOAD_TYPE,
    Roster,
    TrustState,
    read_roster,
    verify_roster,
)
from reviewdesk.core.errors import FormatError, InputError, ReviewdeskError
from reviewdesk.core.formats.chair_package import OpenedChairPackage, open_chair_package
from reviewdesk.core.formats.container import MAGIC, ContainerIndex, ContainerKind, read_index
from reviewdesk.core.formats.manifest import BlobRole
from reviewdesk.core.formats.package import OpenedPackage, open_package
from reviewdesk.core.formats.result_bundle import OpenedResultBundle, open_result_bundle
from reviewdesk.core.formats.score_file import OpenedScoreFile, open_score_file
from reviewdesk.core.formats.sealed import OpenedObject, open_sealed
from reviewdesk.core.fsutil import open_input, os_error
from reviewdesk.core.progress import NEVER, CancelToken

MAX_ENVELOPE_FILE = 8 * 1024 * 1024
_STEPS = ("decrypt", "signature", "manifest", "bindings")
_SIGNATURE_CODES = {
    "envelope-invalid", "payload-type-mismatch", "signature-invalid", "signature-threshold",
    "signer-unknown", "signer-wrong-role", "key-revoked",
}  # fmt: skip


class Status(StrEnum):
    OK = "ok"
    FAILED = "failed"
    NOT_RUN = "not-run"


@dataclass
class Check:
    name: str
    status: Status
    detail: str = ""
    code: str | None = None


@dataclass
class Report:
    path: Path
    what: str = "unknown"
    facts: dict[str, Any] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    error: ReviewdeskError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and all(c.status is Status.OK for c in self.checks)

    def passed(self, name: str, detail: str = "") -> None:
        self.checks.append(Check(name, Status.OK, detail))

    def failed(self, name: str, error: ReviewdeskError) -> None:
        self.checks.append(Check(name, Status.FAILED, error.describe(), error.code))
        if self.error is None:
            self.error = error

    def not_run(self, *names: str) -> None:
        self.checks += [Check(n, Status.NOT_RUN) for n in names]


def verify_file(
    path: Path,
    *,
    identity: Identity | None,
    roster_data: bytes | None,
    roster_path: Path | None = None,
    trust: TrustState | None,
    now: datetime,
    cancel: CancelToken = NEVER,
) -> Report:
    """Check ``path`` completely; never raises for bad input (see ``Report``)."""
    path = Path(path)
    report = Report(path)
    try:
        handle = open_input(path)  # an ordinary file: a pipe or a device is refused at once
    except ReviewdeskError as error:
        report.failed("file", error)
        return report
    try:
        with handle:
            head = handle.read(len(MAGIC))
            index = read_index(handle, path) if head == MAGIC else None
            if index is None:
                handle.seek(0)
                data = handle.read(MAX_ENVELOPE_FILE + 1)
    except OSError as exc:
        report.failed("file", os_error(exc, path, writing=False))
        return report
    except ReviewdeskError as error:
        report.what = "container"
        report.failed("container", error)
        return report
    if index is None:
        _verify_envelope_file(report, data, trust, now)
        return report
    _verify_container(report, index, identity, roster_data, roster_path, trust, now, cancel)
    return report


def _verify_container(
    report: Report, index: ContainerIndex, identity: Identity | None, roster_data: bytes | None,
    roster_path: Path | None, trust: TrustState | None, now: datetime, cancel: CancelToken,
) -> None:  # fmt: skip
    report.what = index.kind.label
    report.facts.update(blobs=len(index.blobs), size=index.size)
    report.passed("container", f"{index.kind.label}, {len(index.blobs)} blobs, {index.size} bytes")
    if identity is None:
        report.failed("decrypt", InputError("verify-needs-identity", report.path))
        report.not_run(*_STEPS[1:])
        return
    roster = _roster(report, roster_data, roster_path, trust, now)
    if roster is None:
        report.not_run(*_STEPS)
        return
    try:
        opened = _open(report.path, index.kind, identity, roster, cancel)
    except ReviewdeskError as error:
        step = _step_of(error.code)
        for name in _STEPS:
            if name == step:
                report.failed(name, error)
                report.not_run(*_STEPS[_STEPS.index(name) + 1 :])
                break
            report.passed(name)
        return
    m = opened.manifest
    report.passed("decrypt", "blob 0 opened with your key")
    report.passed("signature", f"{opened.signer.name} ({opened.signer.roles_text})")
    report.passed("manifest", f"{len(m.blobs)} content blobs listed")
    report.passed("bindings", f"round {m.round}, panel {m.panel}, roster v{m.roster_version}")
    report.facts.update(
        signer={"name": opened.signer.name, "role": opened.signer.roles_text,
                "keyid": opened.signer.keyid,
                "fingerprint": opened.signer.identity.fingerprint},
        recipients=[_party(roster, k) for k in m.recipients],
        round=m.round, panel=m.panel, created_at=m.created_at, digest=opened.digest,
    )  # fmt: skip
    if _verify_blobs(report, opened, cancel):
        _verify_content(report, opened, roster)


def _roster(
    report: Report, data: bytes | None, path: Path | None, trust: TrustState | None,
    now: datetime,
) -> Roster | None:  # fmt: skip
    if data is None:
        report.failed("roster", InputError("verify-needs-roster", report.path))
        return None
    try:
        if trust is None:
            roster = read_roster(data, path)
            report.passed("roster", f"version {roster.version}, signed by its own roots")
            report.failed("roster trust", InputError("verify-needs-trust", path))
            return roster
        roster = verify_roster(data, path, trust, now=now)
    except ReviewdeskError as error:
        report.failed("roster", error)
        return None
    report.passed("roster", f"version {roster.version}, signed by the pinned roots")
    return roster


def _open(
    path: Path, kind: ContainerKind, identity: Identity, roster: Roster, cancel: CancelToken
) -> OpenedObject:
    if kind is ContainerKind.PACKAGE:
        return open_package(path, identity, roster, cancel=cancel).object
    if kind is ContainerKind.CHAIR_PACKAGE:
        return open_chair_package(path, identity, roster, cancel=cancel).object
    if kind is ContainerKind.SCORE:
        return open_score_file(path, identity, roster, cancel=cancel).object
    if kind is ContainerKind.RESULT:
        return open_result_bundle(path, identity, roster, cancel=cancel).object
    return open_sealed(path, identity, roster, kind=kind, cancel=cancel)


def _step_of(code: str) -> str:
    if code.startswith(("age-", "container-")):
        return "decrypt"
    if code in _SIGNATURE_CODES:
        return "signature"
    if code.startswith("manifest-"):
        return "manifest"
    return "bindings"


def _party(roster: Roster, keyid: str) -> dict[str, str]:
    member = roster.member(keyid)
    if member is None:
        return {"keyid": keyid, "name": "?", "role": "not on the roster"}
    return {"keyid": keyid, "name": member.name, "role": member.roles_text}


def _verify_blobs(report: Report, opened: OpenedObject, cancel: CancelToken) -> bool:
    """Check every content blob (all of them, even after a failure); True if all passed."""
    all_ok = True
    for blob in opened.manifest.blobs:
        name = f"blob {blob.index} {blob.role.value}"
        label = blob.label.name or blob.label.expert or ""
        try:
            opened.verify_blob(blob.index, cancel=cancel)
        except ReviewdeskError as error:
            report.failed(name, error)
            all_ok = False
            continue
        report.passed(
            name, f"{blob.size} bytes, both hashes match" + (f" ({label})" if label else "")
        )
    return all_ok


def _verify_content(report: Report, opened: OpenedObject, roster: Roster) -> None:
    """What the blobs hold, beyond their hashes (once every blob passed)."""
    kind = opened.manifest.kind
    try:
        if kind is ContainerKind.PACKAGE:
            package = OpenedPackage(opened)
            package.read_template()
            package.read_roster_data()
            report.passed("content", f"template and roster v{opened.manifest.roster_version}")
        elif kind is ContainerKind.CHAIR_PACKAGE:
            chair = OpenedChairPackage(opened)
            chair.read_template()
            report.passed("content", f"assignments for {len(chair.read_assignments())} experts")
        elif kind is ContainerKind.SCORE:
            sheets = OpenedScoreFile(opened).read_sheets()
            report.passed("content", f"{len(sheets)} score sheets")
        elif kind is ContainerKind.RESULT:
            verified = OpenedResultBundle(opened, roster).verify_score_files()
            report.passed("expert signatures", f"{len(verified)} score files re-verified")
        elif kind is ContainerKind.ROSTER:
            blob = opened.manifest.blobs_with_role(BlobRole.ROSTER)[0]
            read_roster(opened.read_blob(blob.index), opened.path)
            report.passed("content", "roster signed by its own roots")
    except ReviewdeskError as error:
        report.failed("content", error)


def _verify_envelope_file(
    report: Report, data: bytes, trust: TrustState | None, now: datetime
) -> None:
    path = report.path
    try:
        envelope = parse_envelope(data, path)
    except ReviewdeskError:
        report.failed("file", FormatError("verify-unknown-file", path))
        return
    report.passed("envelope", f"{envelope.payload_type}, {len(envelope.signatures)} signatures")
    try:
        if envelope.payload_type == ROSTER_PAYLOAD_TYPE:
            report.what = "roster"
            roster = read_roster(data, path)
            report.facts.update(version=roster.version, label=roster.label)
            report.passed("own roots", f"version {roster.version}, threshold {roster.threshold}")
            if trust is None:
                report.failed("pinned roots", InputError("verify-needs-trust", path))
                return
            verify_roster(data, path, trust, now=now)
            report.passed("pinned roots", "signed by your pinned roots, current, not expired")
        elif envelope.payload_type == ENROLMENT_PAYLOAD_TYPE:
            report.what = "enrolment"
            request = read_enrolment_request(data, path)
            report.facts.update(name=request.identity.name, role=request.identity.role.value,
                                fingerprint=request.identity.fingerprint)  # fmt: skip
            report.passed("proof of possession", "signed by the key it enrols")
        else:
            report.failed("file", FormatError("verify-unknown-file", path))
    except ReviewdeskError as error:
        report.failed("signature", error)
