"""Building a round's packages: one per expert (only their applicants and materials) and one
per chair (every applicant of the panel and the assignment table with each expert package's
digest), into ``<out>/<panel>/`` ready to copy to USB sticks, with a hand-over list.

Nothing is built while the round has a problem (``readiness``): ``BuildRefused`` carries
every one. The packages are written in a hidden folder beside the panels' folders and moved
into place only when all are complete, so a cancelled or failed build leaves nothing behind.
Each package's attachments are checked against the SHA-256 recorded when the materials were
checked (a file changed since is ``material-changed``). Every issued package's object digest
is recorded (``commission_packages``): a later import tells the commission's own packages
from any other by it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewdesk.core.commission.handover import IssuedPackage, prepare_handover, write_handover
from reviewdesk.core.commission.keys import key_record
from reviewdesk.core.commission.panels import panel_assignments
from reviewdesk.core.commission.readiness import BuildProblem, check_round
from reviewdesk.core.commission.records import json_text, json_value, transaction
from reviewdesk.core.commission.round_setup import find_round, round_forms
from reviewdesk.core.crypto.age_stream import reusing_buffers
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.public_identity import PublicIdentity
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.chair_package import build_chair_package
from reviewdesk.core.formats.content import Assignment
from reviewdesk.core.formats.manifest import BlobRole
from reviewdesk.core.formats.manifest_details import ApplicantEntry
from reviewdesk.core.formats.package import AttachmentInput, package_sealer
from reviewdesk.core.formats.sealed import Sealed, add_shared
from reviewdesk.core.fsutil import fsync_dir
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models import (
    CommissionApplicant,
    CommissionKey,
    CommissionMaterial,
    CommissionPackage,
    CommissionPanel,
)

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*\s]+')
_CHUNK = 1 << 20


class BuildRefused(InputError):
    """The round is not ready: ``problems`` names each thing to fix."""

    def __init__(self, problems: Sequence[BuildProblem]) -> None:
        super().__init__("round-not-ready", count=len(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class BuildResult:
    round: str
    build: int
    out: Path
    packages: tuple[IssuedPackage, ...]
    handover: tuple[Path, ...]  # the hand-over list: PDF, CSV, text


@dataclass(frozen=True)
class _Job:
    panel: CommissionPanel
    recipient: PublicIdentity
    applicants: tuple[ApplicantEntry, ...]
    attachments: tuple[AttachmentInput, ...]
    expected: tuple[str, ...]  # recorded SHA-256 of each attachment, in order
    size: int


def build_round(
    db: Database,
    round_ref: str,
    out: Path,
    operator: Identity,
    *,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> BuildResult:
    """Build every package of the round (module text), signed by ``operator``."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    out = Path(out)
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        problems, published = check_round(session, rnd, operator.keyid)
        if problems:
            raise BuildRefused(problems)
        assert published is not None
        roster, roster_data = published.roster, published.data
        forms = round_forms(session, rnd)
        panels = list(
            session.scalars(
                select(CommissionPanel)
                .where(CommissionPanel.round_id == rnd.id)
                .order_by(CommissionPanel.ref)
            )
        )
        identities = {
            k.keyid: key_record(k).identity for k in session.scalars(select(CommissionKey))
        }
        plan = [(p, *_panel_jobs(session, p, identities)) for p in panels]
        build = 1 + (
            session.scalar(
                select(func.max(CommissionPackage.build)).where(
                    CommissionPackage.round_id == rnd.id
                )
            )
            or 0
        )
        round_info = (rnd.ref, rnd.name, rnd.kind, rnd.deadline)
    for panel, _, _ in plan:
        target = out / panel.ref
        if target.exists() and any(target.iterdir()):
            raise InputError("build-folder-not-empty", target)
    archive = [
        m.identity
        for m in roster.members()
        if (m.holds(RosterRole.OPERATIONAL) or m.holds(RosterRole.AUDIT)) and not m.revoked
    ]
    total = sum(job.size for _, jobs, _ in plan for job in jobs) or 1
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".building-{round_ref}-", dir=out))
    issued: list[IssuedPackage] = []
    moved: list[Path] = []
    # Each written package is read back once for its file SHA-256 (the hand-over list's) and
    # synced to disk on helper threads while the next panel is encrypted (hashlib and fsync
    # release the GIL); all are on disk before any is moved into place.
    finishing = ThreadPoolExecutor(max_workers=2, thread_name_prefix="build-finish")
    pending: list[Future[IssuedPackage]] = []
    try:
        with reusing_buffers():
            done = 0
            for panel, jobs, chair_entries in plan:
                template = forms[panel.category].template
                common = dict(
                    sender=operator,
                    roster=roster,
                    roster_data=roster_data,
                    round=round_info[0],
                    panel=panel.ref,
                    round_name=round_info[1],
                    panel_name=panel.name,
                    round_kind=round_info[2],
                    deadline=round_info[3],
                    template=template,
                    now=moment,
                    archive_recipients=archive,
                )
                folder = staging / panel.ref
                folder.mkdir()
                table: list[Assignment] = []
                names = [_file_name(round_info[0], panel.ref, "expert", j.recipient) for j in jobs]
                built = _expert_packages(
                    [folder / n for n in names], jobs, common, _offset(progress, done, total),
                    cancel,
                )  # fmt: skip
                for job, sealed in zip(jobs, built, strict=True):
                    _check_attachments(sealed, job)
                    done += job.size
                    refs = tuple(a.ref for a in job.applicants)
                    table.append(Assignment(job.recipient.keyid, sealed.digest, refs))
                    pending.append(
                        finishing.submit(_issued, panel.ref, "package", job.recipient, sealed, refs)
                    )
                assert panel.chair_keyid is not None
                chair = identities[panel.chair_keyid]
                sealed = build_chair_package(
                    folder / _file_name(round_info[0], panel.ref, "chair", chair),
                    chair=chair,
                    applicants=chair_entries,
                    assignments=table,
                    cancel=cancel,
                    durable=False,  # synced by ``finishing``
                    **common,  # type: ignore[arg-type]
                )
                refs = tuple(a.ref for a in chair_entries)
                pending.append(
                    finishing.submit(_issued, panel.ref, "chair-package", chair, sealed, refs)
                )
                progress(done, total, "packages")
        prepare_handover()  # while the last packages are hashed and synced
        issued = [future.result() for future in pending]
        for panel, _, _ in plan:
            fsync_dir(staging / panel.ref)
        cancel.raise_if_cancelled()
        for panel, _, _ in plan:
            target = out / panel.ref
            if target.exists():
                target.rmdir()  # empty (checked above)
            (staging / panel.ref).rename(target)
            moved.append(target)
        fsync_dir(out)
        issued = [_moved(p, staging, out) for p in issued]
        handover = write_handover(out, round_info[0], round_info[1], build, issued, moment)
        _record(
            db,
            round_ref,
            build,
            issued,
            forms_sha={p.ref: forms[p.category].sha256 for p, _, _ in plan},
            roster_version=roster.version,
            moment=moment,
        )
    except BaseException:
        for target in moved:
            shutil.rmtree(target, ignore_errors=True)
        raise
    finally:
        finishing.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(staging, ignore_errors=True)
    progress(total, total, "done")
    return BuildResult(round_ref, build, out, tuple(issued), handover)


def _panel_jobs(
    session: Session, panel: CommissionPanel, identities: dict[str, PublicIdentity]
) -> tuple[list[_Job], tuple[ApplicantEntry, ...]]:
    applicants = {
        a.ref: a
        for a in session.scalars(
            select(CommissionApplicant).where(CommissionApplicant.panel_id == panel.id)
        )
    }
    entries = tuple(
        ApplicantEntry(a.ref, a.name, a.category)
        for a in sorted(applicants.values(), key=lambda a: a.ref)
    )
    files: dict[str, list[CommissionMaterial]] = {}
    for a in applicants.values():
        files[a.ref] = list(
            session.scalars(
                select(CommissionMaterial)
                .where(CommissionMaterial.applicant_id == a.id)
                .order_by(CommissionMaterial.name)
            )
        )
    by_expert: dict[str, list[str]] = {}
    for ref, row in panel_assignments(session, panel):
        for keyid in json_value(row.experts):
            by_expert.setdefault(keyid, []).append(ref)
    jobs = []
    for keyid in sorted(by_expert):
        refs = sorted(by_expert[keyid])
        mats = [m for r in refs for m in files[r]]
        jobs.append(
            _Job(
                panel,
                identities[keyid],
                tuple(e for e in entries if e.ref in refs),
                tuple(
                    AttachmentInput(_ref_of(m, applicants), Path(m.path), m.name, m.mime)
                    for m in mats
                ),
                tuple(m.sha256 for m in mats),
                sum(m.size for m in mats),
            )
        )
    return jobs, entries


def _expert_packages(
    dests: list[Path],
    jobs: list[_Job],
    common: dict[str, object],
    progress: Progress,
    cancel: CancelToken,
) -> list[Sealed]:
    """The expert packages of a panel, written side by side: each material is read and
    hashed once and encrypted into the package of every expert who reads it (in each
    package, the attachments keep their order). Not synced (``durable=False``)."""
    sealers = [
        package_sealer(dest, reviewer=job.recipient, applicants=job.applicants,
                       attachments=job.attachments, **common)  # type: ignore[arg-type]
        for dest, job in zip(dests, jobs, strict=True)
    ]  # fmt: skip
    users: dict[Path, list[int]] = {}  # material → the packages it goes into
    order: dict[Path, tuple[str, int]] = {}  # (applicant, position among their files)
    for n, job in enumerate(jobs):
        position: dict[str, int] = {}
        for item in job.attachments:
            users.setdefault(item.path, []).append(n)
            order[item.path] = (item.applicant, position.get(item.applicant, 0))
            position[item.applicant] = order[item.path][1] + 1
    total = sum(job.size for job in jobs) or 1
    with ExitStack() as stack:
        for sealer in sealers:
            stack.enter_context(sealer.writer)  # a failure removes every temp file
            sealer.add(cancel=cancel)  # the template
            sealer.add(cancel=cancel)  # the roster
        done = 0
        for path in sorted(users, key=order.__getitem__):
            sharing = [sealers[n] for n in users[path]]
            copies = len(sharing)
            size = sharing[0].next_content.source.size
            add_shared(sharing, progress=_scaled(progress, done, copies, total), cancel=cancel)
            done += size * copies
        return [s.finish(cancel=cancel, durable=False) for s in sealers]


def _scaled(progress: Progress, base: int, copies: int, whole: int) -> Progress:
    def report(done: int, total: int, stage: str = "") -> None:
        progress(min(base + done * copies, whole), whole, "packages")

    return report


def _ref_of(material: CommissionMaterial, applicants: dict[str, CommissionApplicant]) -> str:
    return next(r for r, a in applicants.items() if a.id == material.applicant_id)


def _check_attachments(sealed: Sealed, job: _Job) -> None:
    blobs = sealed.manifest.blobs_with_role(BlobRole.ATTACHMENT)
    for blob, expected, item in zip(blobs, job.expected, job.attachments, strict=True):
        if blob.plaintext_sha256 != expected:
            raise InputError("material-changed", item.path, applicant=item.applicant)


def _issued(
    panel: str, kind: str, who: PublicIdentity, sealed: Sealed, refs: tuple[str, ...]
) -> IssuedPackage:
    """The hand-over row of a written package: its file's SHA-256 and size, read back once
    (blob 0 comes first in the file but is written last, so the file's hash cannot be taken
    while writing), and the file made durable."""
    sha = hashlib.sha256()
    size = 0
    buffer = memoryview(bytearray(_CHUNK))
    with open(sealed.path, "r+b", buffering=0) as handle:  # writable: fsync on Windows
        while n := handle.readinto(buffer):
            sha.update(buffer[:n])
            size += n
        os.fsync(handle.fileno())
        if hasattr(os, "posix_fadvise"):
            # On disk now: let its pages go, for the next packages to reuse (fresh page-cache
            # pages cost more to fill than recycled ones).
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return IssuedPackage(panel, kind, who, sealed.path, sealed.digest, sha.hexdigest(), size, refs)


def _moved(package: IssuedPackage, staging: Path, out: Path) -> IssuedPackage:
    path = out / package.path.relative_to(staging)
    return IssuedPackage(
        package.panel,
        package.kind,
        package.recipient,
        path,
        package.digest,
        package.file_sha256,
        package.size,
        package.applicants,
    )


def _record(
    db: Database,
    round_ref: str,
    build: int,
    issued: Sequence[IssuedPackage],
    *,
    forms_sha: dict[str, str],
    roster_version: int,
    moment: datetime,
) -> None:
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        query = select(CommissionPanel.ref, CommissionPanel.id)
        panel_ids = {
            ref: id_
            for ref, id_ in session.execute(query.where(CommissionPanel.round_id == rnd.id))
        }
        for p in issued:
            session.add(
                CommissionPackage(
                    round_id=rnd.id,
                    panel_id=panel_ids[p.panel],
                    kind=p.kind,
                    recipient_keyid=p.recipient.keyid,
                    digest=p.digest,
                    file_name=p.path.name,
                    file_sha256=p.file_sha256,
                    size=p.size,
                    applicants=json_text(list(p.applicants)),
                    template_sha256=forms_sha[p.panel],
                    roster_version=roster_version,
                    build=build,
                    built_at=moment,
                )
            )
        rnd.status = "issued"


def issued_packages(db: Database, round_ref: str) -> list[CommissionPackage]:
    """Every package the commission issued for the round (all builds)."""
    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        return list(
            session.scalars(
                select(CommissionPackage)
                .where(CommissionPackage.round_id == rnd.id)
                .order_by(CommissionPackage.id)
            )
        )


def _file_name(round_ref: str, panel: str, kind: str, who: PublicIdentity) -> str:
    name = _UNSAFE.sub("_", who.name).strip("._") or "person"
    return f"{round_ref}-{panel}-{kind}-{name[:40]}-{who.keyid[:8]}.rdx"


def _offset(progress: Progress, base: int, whole: int) -> Progress:
    def report(done: int, total: int, stage: str = "") -> None:
        progress(min(base + done, whole), whole, "packages")

    return report
