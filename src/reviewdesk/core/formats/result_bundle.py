"""A chair's result bundle for the commission: the consolidation, the head of the chair's
import log, and every counted score file's envelope and scores exactly as received.

Blobs: 1 the consolidation (JSON), then per score file an ``expert-envelope`` blob (the
expert's signed manifest, byte for byte) and an ``expert-scores`` blob (the plaintext of
that score file's scores blob). Signed by the panel's chair, encrypted to the commission's
operational and audit keys. The commission re-verifies every expert signature inside
(``verify_score_files``) and recomputes the grades from the sheets.

Bundles written by the chair desk also carry (FORMAT §6, §10): every received score file
byte for byte (``score-file``), the signed import log itself (``import-log``), the chair's
decisions (``decisions``) and paper sheets (``paper-sheets``). When the log is present,
``verify_score_files`` checks it is one chain ending at the signed head, that every file
the log says was kept is carried and every carried file is in the log, and uses each
``imported`` entry as the receipt of when that score file arrived: a key revoked after that
time still verifies the file (issue 7 item 12). Bundles written before carry no log: they
stay readable, and every revocation counts for them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.crypto.dsse import parse_envelope, verify_envelope
from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import Roster, RosterRole
from reviewdesk.core.errors import (
    CancelledError,
    CryptoError,
    FormatError,
    InputError,
    ReviewdeskError,
)
from reviewdesk.core.formats.chair_package import OpenedChairPackage
from reviewdesk.core.formats.container import MAX_BLOB0_SIZE, BlobSource, ContainerKind
from reviewdesk.core.formats.imports import (
    LOG_KIND_RESULT,
    LOG_KIND_SCORE,
    ImportLog,
    ImportOutcome,
    ImportResult,
    LoggedEntry,
    ScoreStore,
    StoredScore,
    apply_rules,
    file_digest,
    log_result,
    parse_import_log,
    receipt_digest,
)
from reviewdesk.core.formats.manifest import (
    PAYLOAD_TYPE,
    BlobLabel,
    BlobRole,
    Manifest,
    parse_manifest,
)
from reviewdesk.core.formats.manifest_details import ResultDetails, ScoreDetails, ScoreFileRef
from reviewdesk.core.formats.score_file import (
    ScoreExpectation,
    check_score_bindings,
    sheets_from_data,
)
from reviewdesk.core.formats.sealed import (
    Content,
    OpenedObject,
    Sealed,
    object_digest,
    open_sealed,
    seal,
)
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.scoring.sheet import ScoreSheet

CONSOLIDATION_MIME = "application/json"
JSON_MIME = "application/json"
SCORE_FILE_MIME = "application/vnd.reviewdesk.score"


def commission_identities(roster: Roster) -> list[PublicIdentity]:
    """The unrevoked operational and audit keys: who receives result bundles."""
    members = roster.members(RosterRole.OPERATIONAL) + roster.members(RosterRole.AUDIT)
    return [m.identity for m in members if not m.revoked]


def build_result_bundle(
    dest: Path,
    *,
    chair: Identity,
    chair_package: OpenedChairPackage,
    scores: Sequence[StoredScore],
    consolidation: bytes,
    import_log_head: str,
    roster: Roster,
    now: datetime,
    score_files: Sequence[CarriedFile] = (),
    import_log: bytes | None = None,
    decisions: bytes | None = None,
    paper_sheets: bytes | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> Sealed:
    """Sign and encrypt the panel's result for the commission. ``scores`` are the counted
    score files (the latest revision of each expert), as stored at import; ``score_files``
    every received file as received, ``import_log`` the log document ending at
    ``import_log_head``, ``decisions`` and ``paper_sheets`` the chair's (canonical JSON)."""
    if import_log is not None:
        parse_import_log(import_log, dest, import_log_head)
    try:
        loads_strict(consolidation)
    except InputError as exc:
        raise FormatError("consolidation-invalid", dest, reason=exc.detail.get("reason")) from None
    contents = [
        Content(BlobRole.CONSOLIDATION, BlobSource(data=consolidation),
                BlobLabel(mime=CONSOLIDATION_MIME)),
    ]  # fmt: skip
    refs: list[ScoreFileRef] = []
    for score in scores:
        label = BlobLabel(expert=score.expert)
        contents.append(Content(BlobRole.EXPERT_ENVELOPE, BlobSource(data=score.envelope), label))
        contents.append(Content(BlobRole.EXPERT_SCORES, BlobSource(data=score.scores), label))
        refs.append(ScoreFileRef(score.expert, len(contents) - 1, len(contents)))
    for item in score_files:
        contents.append(Content(BlobRole.SCORE_FILE, BlobSource(data=item.data),
                                BlobLabel(mime=SCORE_FILE_MIME, expert=item.expert)))  # fmt: skip
    for role, data in ((BlobRole.IMPORT_LOG, import_log), (BlobRole.DECISIONS, decisions),
                       (BlobRole.PAPER_SHEETS, paper_sheets)):  # fmt: skip
        if data is not None:
            contents.append(Content(role, BlobSource(data=data), BlobLabel(mime=JSON_MIME)))
    m = chair_package.manifest
    return seal(
        dest, kind=ContainerKind.RESULT, sender=chair, recipients=commission_identities(roster),
        round=m.round, panel=m.panel, template_sha256=m.template_sha256,
        roster_version=roster.version,
        details=ResultDetails(chair.keyid, import_log_head, tuple(refs)),
        contents=contents, now=now, progress=progress, cancel=cancel,
    )  # fmt: skip


@dataclass(frozen=True)
class CarriedFile:
    """A received score file to carry in the bundle, byte for byte."""

    expert: str
    data: bytes


@dataclass(frozen=True)
class VerifiedScore:
    """A score file inside a bundle whose expert signature and bindings verified."""

    score: StoredScore
    manifest: Manifest
    sheets: tuple[ScoreSheet, ...]


class OpenedResultBundle:
    def __init__(self, opened: OpenedObject, roster: Roster) -> None:
        assert isinstance(opened.manifest.details, ResultDetails)
        self.object = opened
        self.manifest: Manifest = opened.manifest
        self.details: ResultDetails = opened.manifest.details
        self._roster = roster

    @property
    def digest(self) -> str:
        return self.object.digest

    def read_consolidation(self) -> bytes:
        blob = self.manifest.blobs_with_role(BlobRole.CONSOLIDATION)[0]
        return self.object.read_blob(blob.index)

    def _optional(self, role: BlobRole) -> bytes | None:
        blobs = self.manifest.blobs_with_role(role)
        return self.object.read_blob(blobs[0].index) if blobs else None

    def read_import_log(self) -> tuple[LoggedEntry, ...] | None:
        """The carried import log, checked to end at the signed head; ``None`` for a
        bundle written before logs were carried."""
        data = self._optional(BlobRole.IMPORT_LOG)
        if data is None:
            return None
        return parse_import_log(data, self.object.path, self.details.import_log_head)

    def read_decisions(self) -> bytes | None:
        return self._optional(BlobRole.DECISIONS)

    def read_paper_sheets(self) -> bytes | None:
        return self._optional(BlobRole.PAPER_SHEETS)

    def read_score_files(self) -> list[tuple[str, bytes]]:
        """Every carried score file as (expert label, bytes), in bundle order."""
        return [
            (blob.label.expert or "", self.object.read_blob(blob.index))
            for blob in self.manifest.blobs_with_role(BlobRole.SCORE_FILE)
        ]

    def receipts(self) -> dict[str, datetime] | None:
        """Object digest → when the chair's signed log says it was imported (``None``
        without a log). Also checks that the log and the carried files match: each file
        the log kept (``imported``, ``alarm``) is carried, each carried file is logged."""
        log = self.read_import_log()
        if log is None:
            return None
        path = self.object.path
        carried = {b.plaintext_sha256 for b in self.manifest.blobs_with_role(BlobRole.SCORE_FILE)}
        kept = {e.file_sha256 for e in log if e.kind == LOG_KIND_SCORE
                and e.outcome in (ImportOutcome.IMPORTED, ImportOutcome.ALARM)}  # fmt: skip
        for missing in sorted(kept - carried):
            raise FormatError("result-file-missing", path, file=missing)
        for extra in sorted(carried - kept):
            raise FormatError("result-file-unlogged", path, file=extra)
        out: dict[str, datetime] = {}
        for entry in log:
            digest = receipt_digest(entry.note)
            if entry.outcome == ImportOutcome.IMPORTED and digest is not None:
                out.setdefault(digest, entry.recorded_at)
        return out

    def verify_score_files(
        self, expect: ScoreExpectation | None = None, *, cancel: CancelToken = NEVER
    ) -> list[VerifiedScore]:
        """Re-verify every expert envelope against the roster, its bindings to this bundle
        (round, panel, template) and to ``expect``, and its scores against the envelope;
        with a carried import log, the receipts too (module text)."""
        receipts = self.receipts()
        seen: set[str] = set()
        out: list[VerifiedScore] = []
        for ref in self.details.score_files:
            cancel.raise_if_cancelled()
            if ref.expert in seen:
                raise FormatError("result-expert-twice", self.object.path, expert=ref.expert)
            seen.add(ref.expert)
            out.append(self._verify_one(ref, expect, receipts))
        return out

    def _verify_one(
        self, ref: ScoreFileRef, expect: ScoreExpectation | None,
        receipts: dict[str, datetime] | None,
    ) -> VerifiedScore:  # fmt: skip
        path = self.object.path
        envelope_bytes = self.object.read_blob(ref.envelope_blob)
        envelope = parse_envelope(envelope_bytes, path, max_size=MAX_BLOB0_SIZE)
        if len(envelope.signatures) != 1 or envelope.signatures[0].keyid != ref.expert:
            raise FormatError("score-wrong-expert", path, expert=ref.expert)
        received: datetime | None = None
        if receipts is not None:
            received = receipts.get(object_digest(envelope_bytes))
            if received is None:
                raise FormatError("result-score-unlogged", path, expert=ref.expert)
        signer = self._roster.require_signer(ref.expert, {RosterRole.EXPERT}, path=path,
                                             at=received)  # fmt: skip
        verify_envelope(envelope, {ref.expert: signer.identity.verify_key},
                        expected_type=PAYLOAD_TYPE, path=path)  # fmt: skip
        manifest = parse_manifest(envelope.payload, path)
        if manifest.kind is not ContainerKind.SCORE:
            raise FormatError("manifest-kind-mismatch", path, container="score",
                              manifest=manifest.kind.label)  # fmt: skip
        if not signer.serves(RosterRole.EXPERT, manifest.panel):
            raise CryptoError("signer-not-on-panel", path, keyid=ref.expert, name=signer.name,
                              panel=manifest.panel)  # fmt: skip
        _same_panel(manifest, self.manifest, path)
        check_score_bindings(manifest, expect, path)
        scores = self.object.read_blob(ref.scores_blob)
        if hashlib.sha256(scores).hexdigest() != manifest.blob(1).plaintext_sha256:
            raise CryptoError("blob-hash-mismatch", path, blob=ref.scores_blob, which="plaintext")
        sheets = sheets_from_data(manifest, scores, path)
        d = manifest.details
        assert isinstance(d, ScoreDetails)
        stored = StoredScore(d.package_digest, d.expert, d.revision, object_digest(envelope_bytes),
                             envelope_bytes, scores)  # fmt: skip
        return VerifiedScore(stored, manifest, sheets)


def _same_panel(score: Manifest, bundle: Manifest, path: Path) -> None:
    if score.round != bundle.round:
        raise FormatError("score-wrong-round", path, expected=bundle.round, found=score.round)
    if score.panel != bundle.panel:
        raise FormatError("score-wrong-panel", path, expected=bundle.panel, found=score.panel)
    if score.template_sha256 != bundle.template_sha256:
        raise FormatError("score-wrong-template", path, expected=bundle.template_sha256)


def open_result_bundle(
    path: Path,
    identity: Identity,
    roster: Roster,
    *,
    expect_round: str | None = None,
    expect_panel: str | None = None,
    cancel: CancelToken = NEVER,
) -> OpenedResultBundle:
    """Open a result bundle: signed by an unrevoked chair of its panel, for this reader."""
    opened = open_sealed(path, identity, roster, kind=ContainerKind.RESULT, cancel=cancel)
    m = opened.manifest
    if expect_round is not None and m.round != expect_round:
        raise FormatError("round-mismatch", opened.path, expected=expect_round, found=m.round)
    if expect_panel is not None and m.panel != expect_panel:
        raise FormatError("panel-mismatch", opened.path, expected=expect_panel, found=m.panel)
    assert isinstance(m.details, ResultDetails)
    if m.details.chair != m.sender:
        raise FormatError("sender-mismatch", opened.path, signer=m.sender, sender=m.details.chair)
    return OpenedResultBundle(opened, roster)


@dataclass(frozen=True)
class BundleImport:
    """What importing a result bundle did: the bundle's own outcome and one per score."""

    bundle: ImportResult
    scores: tuple[ImportResult, ...] = ()
    opened: OpenedResultBundle | None = None


def import_result_bundle(
    path: Path,
    identity: Identity,
    roster: Roster,
    expect: ScoreExpectation,
    store: ScoreStore,
    log: ImportLog,
    *,
    cancel: CancelToken = NEVER,
) -> BundleImport:
    """The commission's import: verify the bundle and every score file in it against
    ``expect`` (the commission's own record of the panel's packages), then apply the score
    import rules to each. A bundle with any invalid score file is rejected as a whole and
    stores nothing; each outcome goes to the log."""
    file_sha256 = file_digest(path)
    try:
        bundle = open_result_bundle(path, identity, roster, expect_round=expect.round,
                                    expect_panel=expect.panel, cancel=cancel)  # fmt: skip
        verified = bundle.verify_score_files(expect, cancel=cancel)
        bundle.read_consolidation()
    except CancelledError:
        raise
    except ReviewdeskError as error:
        rejected = ImportResult(ImportOutcome.REJECTED, file_sha256, error.code, error)
        log_result(log, rejected, LOG_KIND_RESULT)
        return BundleImport(rejected)
    accepted = ImportResult(ImportOutcome.IMPORTED, file_sha256, f"bundle {bundle.digest[:16]}")
    log_result(log, accepted, LOG_KIND_RESULT)
    results = tuple(
        apply_rules(v.score, v.score.envelope_digest, store, log, path) for v in verified
    )
    return BundleImport(accepted, results, bundle)
