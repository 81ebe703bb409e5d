"""Verifying a chair's result bundle against the commission's own records (issue 10 item 5;
FORMAT §9): everything but the recomputation, which ``result_recompute`` does.

In order, stopping at the first failure (``ReviewdeskError`` with its code):

1. the bundle opens with a commission key; its signer is a chair of its panel in the roster,
   unrevoked at the commission's import time (the import is the commission's receipt, so a
   revocation dated before it counts: FORMAT §11) — ``open_sealed`` — and is the chair the
   commission issued the panel's chair package to (``result-chair-not-issued``);
2. the round and panel are the commission's (``result-panel-unknown``) and the template is
   the panel's form (``result-wrong-template``);
3. it carries the signed import log (``result-log-missing``), one chain to the signed head,
   naming every carried score file and carrying every file it kept (``receipts``);
4. every carried score file (``imported`` or ``alarm`` in the log) is opened with the
   commission key and its expert signature verified with the revocation applied at the
   chair's signed receipt; it answers a package the commission issued to that expert
   (``result-package-not-issued``), for the panel's round, panel and form, and scores only
   applicants of that package (``score-wrong-applicants``);
5. every expert envelope the chair counted (``verify_score_files``) verifies the same way;
6. the decisions and paper sheets parse; the chair's claim (the consolidation) parses.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster
from reviewdesk.core.domain import Conflict, RoundKind
from reviewdesk.core.errors import CancelledError, FormatError, ReviewdeskError
from reviewdesk.core.formats.chair_documents import (
    PanelDecisions,
    PaperSheet,
    read_decisions,
    read_paper_sheets,
)
from reviewdesk.core.formats.container import ContainerKind
from reviewdesk.core.formats.imports import LOG_KIND_SCORE, ImportOutcome, receipt_digest
from reviewdesk.core.formats.manifest_details import ApplicantEntry, ResultDetails
from reviewdesk.core.formats.result_bundle import OpenedResultBundle
from reviewdesk.core.formats.score_file import open_score_file
from reviewdesk.core.formats.sealed import open_sealed
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.scoring import ScoreSheet
from reviewdesk.core.templates.model import Template


@dataclass(frozen=True)
class IssuedPackage:
    """An expert package the commission issued: its object digest, for whom, for what."""

    digest: str
    expert: str
    applicants: tuple[str, ...]


@dataclass(frozen=True)
class PanelExpectation:
    """What the commission itself recorded for one panel: the only yardstick of an import."""

    round: str
    panel: str
    round_name: str
    panel_name: str
    round_kind: RoundKind
    template: Template
    deadline: datetime | None
    applicants: tuple[ApplicantEntry, ...]  # the panel's applicants, in the panel's order
    chairs: frozenset[str]  # keyids the panel's chair packages were issued to
    packages: Mapping[str, IssuedPackage]  # object digest → issued expert package (all builds)
    assignments: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # ref → experts


Expectations = Callable[[str, str], PanelExpectation]  # (round, panel) → or raises


@dataclass(frozen=True)
class ReceivedScore:
    """A score file the chair received and carried, verified by the commission."""

    expert: str
    revision: int
    digest: str  # object digest
    file_sha256: str  # of the file as received (the log's file_sha256)
    package_digest: str
    applicants: tuple[str, ...]
    received_at: datetime  # the chair's signed receipt
    outcome: str  # imported (counts) or alarm (evidence of an equivocation)
    sheets: tuple[ScoreSheet, ...]  # with the expert's conflict and the lateness set
    data: bytes  # the file, byte for byte


@dataclass(frozen=True)
class VerifiedBundle:
    bundle: OpenedResultBundle
    expectation: PanelExpectation
    received: tuple[ReceivedScore, ...]
    decisions: PanelDecisions
    paper: tuple[PaperSheet, ...]
    claim: dict[str, Any]  # the chair's consolidation document
    version: int  # the chair's numbered version of the panel result
    roster: Roster  # the roster it was verified against

    @property
    def digest(self) -> str:
        return self.bundle.digest


def open_bundle(
    path: Path, identity: Identity, roster: Roster, *, now: datetime, cancel: CancelToken = NEVER
) -> OpenedResultBundle:
    """Step 1 without the commission's records: the chair's signature, role and panel, with
    a revocation effective from its time (``now`` is the commission's receipt)."""
    opened = open_sealed(path, identity, roster, kind=ContainerKind.RESULT, cancel=cancel,
                         received_at=now)  # fmt: skip
    details = opened.manifest.details
    assert isinstance(details, ResultDetails)
    if details.chair != opened.manifest.sender:
        raise FormatError("sender-mismatch", opened.path, signer=opened.manifest.sender,
                          sender=details.chair)  # fmt: skip
    return OpenedResultBundle(opened, roster)


def verify_bundle(
    bundle: OpenedResultBundle,
    identity: Identity,
    roster: Roster,
    expectations: Expectations,
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> VerifiedBundle:
    """Steps 2–6 (module text) of an opened bundle."""
    m, path = bundle.manifest, bundle.object.path
    assert m.round is not None and m.panel is not None
    expect = expectations(m.round, m.panel)
    if bundle.details.chair not in expect.chairs:
        raise FormatError("result-chair-not-issued", path, chair=bundle.details.chair,
                          panel=m.panel)  # fmt: skip
    if m.template_sha256 != expect.template.sha256:
        raise FormatError("result-wrong-template", path, panel=m.panel,
                          expected=expect.template.sha256, found=m.template_sha256)  # fmt: skip
    log = bundle.read_import_log()
    if log is None:
        raise FormatError("result-log-missing", path, panel=m.panel)
    bundle.receipts()  # every kept file carried, every carried file logged
    kept = {e.file_sha256: e for e in log if e.kind == LOG_KIND_SCORE
            and e.outcome in (ImportOutcome.IMPORTED, ImportOutcome.ALARM)}  # fmt: skip
    carried = bundle.read_score_files()
    received: list[ReceivedScore] = []
    with tempfile.TemporaryDirectory(prefix="reviewdesk-result-") as folder:
        for n, (label, data) in enumerate(carried):
            cancel.raise_if_cancelled()
            progress(n, len(carried) + 1, "verify")
            entry = kept[hashlib.sha256(data).hexdigest()]
            item = _received(
                Path(folder) / f"{n}.rdx",
                data,
                entry.recorded_at,
                entry.outcome,
                entry.note,
                identity,
                roster,
                expect,
                path,
                cancel,
            )
            if label and label != item.expert:
                raise FormatError("score-wrong-expert", path, expert=label, found=item.expert)
            received.append(item)
    counted = bundle.verify_score_files(cancel=cancel)  # the envelopes the chair counted
    digests = {r.digest for r in received if r.outcome == ImportOutcome.IMPORTED}
    for score in counted:
        if score.score.envelope_digest not in digests:
            raise FormatError("result-score-unlogged", path, expert=score.score.expert)
    decisions = _optional(bundle.read_decisions(), lambda d: read_decisions(d, path))
    paper = _optional(bundle.read_paper_sheets(), lambda d: read_paper_sheets(d, path)) or []
    claim, version = _claim(bundle.read_consolidation(), path)
    progress(len(carried) + 1, len(carried) + 1, "verify")
    return VerifiedBundle(bundle, expect, tuple(received), decisions or PanelDecisions(),
                          tuple(paper), claim, version, roster)  # fmt: skip


def _received(
    temp: Path, data: bytes, received_at: datetime, outcome: str, note: str,
    identity: Identity, roster: Roster, expect: PanelExpectation, bundle_path: Path,
    cancel: CancelToken,
) -> ReceivedScore:  # fmt: skip
    temp.write_bytes(data)
    try:
        opened = open_score_file(temp, identity, roster, cancel=cancel, received_at=received_at)
    except CancelledError:
        raise
    except ReviewdeskError as error:  # name the bundle, not the temporary copy
        raise type(error)(error.code, bundle_path, **error.detail) from None
    d, mf = opened.details, opened.manifest
    if outcome == ImportOutcome.IMPORTED and receipt_digest(note) not in (None, opened.digest):
        raise FormatError("result-score-unlogged", bundle_path, expert=d.expert)
    if (mf.round, mf.panel) != (expect.round, expect.panel):
        raise FormatError("score-wrong-panel", bundle_path, expected=expect.panel,
                          found=mf.panel, expert=d.expert)  # fmt: skip
    if mf.template_sha256 != expect.template.sha256:
        raise FormatError("score-wrong-template", bundle_path, expected=expect.template.sha256)
    issued = expect.packages.get(d.package_digest)
    if issued is None or issued.expert != d.expert:
        raise FormatError("result-package-not-issued", bundle_path, expert=d.expert,
                          package=d.package_digest,
                          issued_to="" if issued is None else issued.expert)  # fmt: skip
    declared = {c.applicant for c in d.declarations.conflicts}
    if not (set(d.applicants) | declared) <= set(issued.applicants):
        raise FormatError("score-wrong-applicants", bundle_path, expert=d.expert)
    conflicts = {c.applicant: c.conflict for c in d.declarations.conflicts}
    late = expect.deadline is not None and received_at > expect.deadline
    sheets = tuple(
        replace(s, conflict=conflicts.get(s.applicant_id, Conflict.NONE), late=late)
        for s in opened.read_sheets()
    )
    return ReceivedScore(
        d.expert,
        d.revision,
        opened.digest,
        hashlib.sha256(data).hexdigest(),
        d.package_digest,
        d.applicants,
        received_at,
        outcome,
        sheets,
        data,
    )


def _optional(data: bytes | None, read: Callable[[bytes], Any]) -> Any:
    return None if data is None else read(data)


def _claim(data: bytes, path: Path) -> tuple[dict[str, Any], int]:
    try:
        doc = loads_strict(data)
    except ReviewdeskError as error:
        raise FormatError("consolidation-invalid", path, field="$",
                          reason=error.detail.get("reason", error.code)) from None  # fmt: skip
    if not isinstance(doc, dict) or not isinstance(doc.get("applicants"), list):
        raise FormatError("consolidation-invalid", path, field="$.applicants", reason="missing")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError("consolidation-invalid", path, field="$.version", reason="not 1, 2, …")
    return doc, version
