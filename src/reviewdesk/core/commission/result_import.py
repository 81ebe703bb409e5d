"""The commission's import of the chairs' result bundles (issue 10 item 5).

A bundle is verified fully (``result_verify``: the chair's signature and role, every expert
signature inside, every score file answering a package the commission issued to that
expert, the signed import log naming every file carried), then every panel result is
recomputed from the signed sheets with the round's own form and the chair's recorded
decisions (``result_recompute``) and compared with the chair's claim.

Verdicts: ``accepted`` (stored), ``already-imported`` (the same bundle again: nothing
changes) or ``refused`` with every reason (codes with detail; nothing is stored). A newer
version of a panel's result supersedes the older one, which stays as history; an older or
equal version than the panel's current one is refused (``result-version-not-newer``).

``check_result_bundle`` is the whole check in memory (the caller gives the expectations);
``import_result_bundles`` reads the expectations from the commission's database (the
issued packages of migration 0004) and stores accepted bundles in
``commission_result_bundles``, ``commission_received_scores`` and ``commission_results``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewdesk.core.commission import result_store
from reviewdesk.core.commission.records import transaction
from reviewdesk.core.commission.result_recompute import (
    Discrepancy,
    Reason,
    Recomputation,
    recompute,
)
from reviewdesk.core.commission.result_verify import (
    Expectations,
    VerifiedBundle,
    open_bundle,
    verify_bundle,
)
from reviewdesk.core.commission.roster_publish import current_roster
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster
from reviewdesk.core.errors import CancelledError, InputError, ReviewdeskError
from reviewdesk.core.formats.imports import file_digest
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models.commission import CommissionResultBundle

ACCEPTED, ALREADY, REFUSED = "accepted", "already-imported", "refused"


@dataclass(frozen=True)
class BundleVerdict:
    """What importing one file did, and why."""

    path: Path
    verdict: str  # accepted, already-imported, refused
    round: str | None = None
    panel: str | None = None
    version: int | None = None  # the chair's numbered version
    digest: str | None = None  # object digest of the bundle
    reasons: tuple[Reason, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    supersedes: int | None = None  # the version it replaced as the panel's current result

    @property
    def accepted(self) -> bool:
        return self.verdict != REFUSED


@dataclass(frozen=True)
class CheckedBundle:
    verdict: BundleVerdict
    verified: VerifiedBundle | None = None
    recomputation: Recomputation | None = None


def check_result_bundle(
    path: Path,
    identity: Identity,
    roster: Roster,
    expectations: Expectations,
    *,
    now: datetime | None = None,
    known: set[str] | frozenset[str] = frozenset(),
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> CheckedBundle:
    """Verify and recompute one bundle, in memory (module text). ``known``: object digests
    already imported (the same bundle again is ``already-imported``, checked right after
    the signature). Raises only ``CancelledError``."""
    path = Path(path)
    moment = now or datetime.now(UTC)
    try:
        bundle = open_bundle(path, identity, roster, now=moment, cancel=cancel)
    except CancelledError:
        raise
    except ReviewdeskError as error:
        return CheckedBundle(_refused(path, error))
    m = bundle.manifest
    if bundle.digest in known:
        # The signed identity covers the manifest only: a copy with a damaged attachment
        # is refused with its reason, never waved through as "already imported".
        try:
            for entry in m.blobs:
                bundle.object.verify_blob(entry.index, cancel=cancel)
        except CancelledError:
            raise
        except ReviewdeskError as error:
            return CheckedBundle(_refused(path, error, m.round, m.panel, bundle.digest))
        return CheckedBundle(BundleVerdict(path, ALREADY, m.round, m.panel, digest=bundle.digest))
    try:
        verified = verify_bundle(bundle, identity, roster, expectations, progress=progress,
                                 cancel=cancel)  # fmt: skip
        again = recompute(verified)
    except CancelledError:
        raise
    except ReviewdeskError as error:
        return CheckedBundle(_refused(path, error, m.round, m.panel, bundle.digest))
    verdict = BundleVerdict(
        path, ACCEPTED if again.agrees else REFUSED, m.round, m.panel, verified.version,
        bundle.digest, again.reasons, again.discrepancies,
    )  # fmt: skip
    return CheckedBundle(verdict, verified, again)


def _refused(
    path: Path, error: ReviewdeskError, round: str | None = None, panel: str | None = None,
    digest: str | None = None,
) -> BundleVerdict:  # fmt: skip
    detail = {k: str(v) for k, v in error.detail.items()}
    if error.path is not None:
        detail.setdefault("file", str(error.path))
    return BundleVerdict(path, REFUSED, round, panel, None, digest, (Reason(error.code, detail),))


def import_result_bundles(
    db: Database,
    paths: Sequence[Path],
    identity: Identity,
    *,
    roster: Roster | None = None,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> list[BundleVerdict]:
    """Import each file on its own (one transaction each): a refused file never stops the
    others. ``roster``: the commission's published roster unless given."""
    if roster is None:
        published = current_roster(db)
        if published is None:
            raise InputError("roster-not-published")
        roster = published.roster
    verdicts = []
    for n, path in enumerate(paths):
        cancel.raise_if_cancelled()
        progress(n, len(paths), "import")
        verdicts.append(_import_one(db, Path(path), identity, roster, now, cancel))
    progress(len(paths), len(paths), "done")
    return verdicts


def _import_one(
    db: Database, path: Path, identity: Identity, roster: Roster, now: datetime | None,
    cancel: CancelToken,
) -> BundleVerdict:  # fmt: skip
    try:
        before = file_digest(path)
    except ReviewdeskError as error:
        return _refused(path, error)
    with db.session() as session:
        known = set(session.scalars(select(CommissionResultBundle.digest)))
        expectations = result_store.expectations(session)
        checked = check_result_bundle(path, identity, roster, expectations, now=now,
                                      known=known, cancel=cancel)  # fmt: skip
    verdict = checked.verdict
    if verdict.verdict != ACCEPTED:
        return verdict
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("file-unreadable", path, reason=exc.strerror or str(exc)) from None
    if hashlib.sha256(data).hexdigest() != before:  # the file changed while it was checked
        reason = Reason("file-changed-while-importing", {"file": str(path)})
        return BundleVerdict(path, REFUSED, verdict.round, verdict.panel, verdict.version,
                             verdict.digest, (reason,))  # fmt: skip
    with transaction(db) as session:
        return _store(session, path, data, checked, now)


def _store(
    session: Session, path: Path, data: bytes, checked: CheckedBundle, now: datetime | None,
) -> BundleVerdict:  # fmt: skip
    verdict, verified = checked.verdict, checked.verified
    assert verified is not None and checked.recomputation is not None
    if result_store.find_bundle(session, verified.digest) is not None:
        return BundleVerdict(path, ALREADY, verdict.round, verdict.panel, verdict.version,
                             verdict.digest)  # fmt: skip
    current = result_store.current_bundle(session, verified)
    if current is not None and current.bundle_version >= verified.version:
        reason = Reason("result-version-not-newer", {
            "panel": verdict.panel or "", "version": str(verified.version),
            "current": str(current.bundle_version)})  # fmt: skip
        return BundleVerdict(path, REFUSED, verdict.round, verdict.panel, verdict.version,
                             verdict.digest, (reason,))  # fmt: skip
    result_store.store_bundle(session, path, data, verified, checked.recomputation, current,
                              now or datetime.now(UTC))  # fmt: skip
    return BundleVerdict(path, ACCEPTED, verdict.round, verdict.panel, verdict.version,
                         verdict.digest, supersedes=None if current is None
                         else current.bundle_version)  # fmt: skip
