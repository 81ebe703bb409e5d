"""The manifest: the signed description of an exchange file (DESIGN §3 "Manifests").

It sits in blob 0 as the payload of a DSSE envelope (payload type
``application/vnd.reviewdesk.manifest+json``) and binds the object's kind, round, panel,
sender, recipients, template, roster version and, for every content blob, its role, size and
the SHA-256 of its ciphertext and of its plaintext. The bytes are canonical JSON; parsing is
strict (exact fields, types and caps) and refuses a document that is not canonical.
Everything raises ``FormatError("manifest-invalid", path, field=..., reason=...)``.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.errors import FormatError
from reviewdesk.core.formats.container import MAX_BLOB_SIZE, MAX_BLOBS, ContainerKind
from reviewdesk.core.formats.manifest_details import (
    ChairPackageDetails,
    Details,
    PackageDetails,
    ResultDetails,
    ScoreDetails,
    parse_details,
)
from reviewdesk.core.formats.strict import HEX32, HEX64, REF, Fields, parse_document
from reviewdesk.core.formats.text_rules import (
    MANIFEST_WRITER_CODE,
    WRITER_CODE,
    TextKind,
    check_text,
    checked_text,
    text_problem,
)

PAYLOAD_TYPE = "application/vnd.reviewdesk.manifest+json"
FORMAT = "reviewdesk-manifest"
VERSION = 1
MAX_RECIPIENTS = 64  # age's own stanza cap
MAX_LABEL = 255
CODE = "manifest-invalid"

_TOP_KEYS = {
    "format", "version", "kind", "object_id", "created_at", "round", "panel", "sender",
    "recipients", "template_sha256", "roster_version", "blobs", "details",
}  # fmt: skip
_BLOB_KEYS = {"index", "role", "ciphertext_sha256", "plaintext_sha256", "size", "label"}
_LABEL_KEYS = {"name", "mime", "applicant", "expert"}
_LABEL_KINDS = {  # what each label is, for the text rule (text_rules.py)
    "name": TextKind.FILE_NAME,
    "mime": TextKind.MIME,
    "applicant": TextKind.NAME,
    "expert": TextKind.NAME,
}


class BlobRole(StrEnum):
    TEMPLATE = "template"  # the scoring form's canonical bytes (plaintext hash = template hash)
    ROSTER = "roster"  # the roster exactly as the commission signed it
    ASSIGNMENTS = "assignments"  # chair package: who reviews what, with package digests
    ATTACHMENT = "attachment"  # an applicant's material
    SCORES = "scores"  # score file: the expert's score sheets
    CONSOLIDATION = "consolidation"  # result bundle: the chair's decisions and panel results
    EXPERT_ENVELOPE = "expert-envelope"  # result bundle: an expert's signed manifest, as received
    EXPERT_SCORES = "expert-scores"  # result bundle: that expert's scores blob, as received
    SCORE_FILE = "score-file"  # result bundle: a received score file, byte for byte
    IMPORT_LOG = "import-log"  # result bundle: the chair's hash-chained import log
    DECISIONS = "decisions"  # result bundle: the chair's decisions and audit trail
    PAPER_SHEETS = "paper-sheets"  # result bundle: sheets the chair entered from paper


# (role, least, most) per kind; most=None means up to the container cap.
ROLE_RULES: dict[ContainerKind, dict[BlobRole, tuple[int, int | None]]] = {
    ContainerKind.PACKAGE: {
        BlobRole.TEMPLATE: (1, 1),
        BlobRole.ROSTER: (1, 1),
        BlobRole.ATTACHMENT: (0, None),
    },
    ContainerKind.CHAIR_PACKAGE: {
        BlobRole.TEMPLATE: (1, 1),
        BlobRole.ROSTER: (1, 1),
        BlobRole.ASSIGNMENTS: (1, 1),
    },
    ContainerKind.SCORE: {BlobRole.SCORES: (1, 1)},
    ContainerKind.RESULT: {
        BlobRole.CONSOLIDATION: (1, 1),
        BlobRole.EXPERT_ENVELOPE: (0, None),
        BlobRole.EXPERT_SCORES: (0, None),
        BlobRole.SCORE_FILE: (0, None),
        BlobRole.IMPORT_LOG: (0, 1),  # absent in bundles written before the chair desk
        BlobRole.DECISIONS: (0, 1),
        BlobRole.PAPER_SHEETS: (0, 1),
    },
    ContainerKind.ROSTER: {BlobRole.ROSTER: (1, 1)},
}
# Kinds without a round, panel or template (a roster serves every round).
UNBOUND_KINDS = {ContainerKind.ROSTER}


@dataclass(frozen=True)
class BlobLabel:
    """What a content blob is, for people. Only inside the encrypted manifest."""

    name: str | None = None  # attachment file name
    mime: str | None = None
    applicant: str | None = None  # the applicant an attachment belongs to
    expert: str | None = None  # result bundle: whose envelope or scores

    def to_json(self) -> dict[str, Any]:
        return {
            key: value
            for key, value in (
                ("name", self.name),
                ("mime", self.mime),
                ("applicant", self.applicant),
                ("expert", self.expert),
            )
            if value is not None
        }


@dataclass(frozen=True)
class BlobEntry:
    index: int
    role: BlobRole
    ciphertext_sha256: str
    plaintext_sha256: str
    size: int  # of the plaintext
    label: BlobLabel = field(default_factory=BlobLabel)

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "role": self.role.value,
            "ciphertext_sha256": self.ciphertext_sha256,
            "plaintext_sha256": self.plaintext_sha256,
            "size": self.size,
            "label": self.label.to_json(),
        }


@dataclass(frozen=True)
class Manifest:
    kind: ContainerKind
    object_id: str  # 128 random bits, hex
    created_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ
    round: str | None
    panel: str | None
    sender: str  # keyid of the signer
    recipients: tuple[str, ...]  # keyids the blobs are encrypted to
    template_sha256: str | None
    roster_version: int
    blobs: tuple[BlobEntry, ...]
    details: Details

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "kind": self.kind.label,
            "object_id": self.object_id,
            "created_at": self.created_at,
            "round": self.round,
            "panel": self.panel,
            "sender": self.sender,
            "recipients": list(self.recipients),
            "template_sha256": self.template_sha256,
            "roster_version": self.roster_version,
            "blobs": [b.to_json() for b in self.blobs],
            "details": self.details.to_json(),
        }

    def to_bytes(self) -> bytes:
        """The canonical bytes; text a reader would refuse (text_rules.py) is refused here
        first, so that no one signs a file nobody can open."""
        self._check_texts()
        return dumps_canonical(self.to_json())

    def _check_texts(self) -> None:
        for blob in self.blobs:
            for key, value in blob.label.to_json().items():
                field = f"$.blobs[{blob.index - 1}].label.{key}"
                _signable(value, _LABEL_KINDS[key], field)
        details = self.details
        if isinstance(details, PackageDetails | ChairPackageDetails):
            for key in ("round_name", "panel_name"):
                value = getattr(details, key)
                if value is not None:
                    _signable(value, TextKind.NAME, f"$.details.{key}")
            for i, applicant in enumerate(details.applicants):
                field = f"$.details.applicants[{i}].name"
                _signable(applicant.name, TextKind.NAME, field)
        if isinstance(details, ScoreDetails):
            where = "$.details.declarations"
            pledge = details.declarations.pledge_text
            _signable(pledge, TextKind.FREE, f"{where}.pledge.text")
            for i, c in enumerate(details.declarations.conflicts):  # typed by the expert
                problem = text_problem(c.text, TextKind.FREE)
                if problem is not None:
                    field = f"{where}.conflicts[{i}].text"
                    raise FormatError(
                        WRITER_CODE, None, applicant=c.applicant, field=field, reason=problem
                    )

    def blob(self, index: int) -> BlobEntry:
        return self.blobs[index - 1]

    def blobs_with_role(self, role: BlobRole) -> list[BlobEntry]:
        return [b for b in self.blobs if b.role is role]


def _signable(text: str, kind: TextKind, field: str) -> None:
    check_text(text, kind, field=field, path=None, code=MANIFEST_WRITER_CODE)


def new_object_id() -> str:
    return os.urandom(16).hex()


def parse_manifest(data: bytes, path: Path | str | None = None) -> Manifest:
    """Parse and check a manifest: fields, types, caps, canonical form, and the blob list's
    shape for the kind (indexes 1..n in order, roles allowed and counted)."""
    f = Fields(parse_document(data, CODE, path), "$", _TOP_KEYS, CODE, path)
    if f.value["format"] != FORMAT:
        f.fail("$.format", "not a reviewdesk manifest")
    if f.value["version"] != VERSION or isinstance(f.value["version"], bool):
        raise FormatError("manifest-version-unsupported", path, version=str(f.value["version"]))
    kind = ContainerKind.from_label(f.text("kind", max_len=20))
    if kind is None or kind not in ROLE_RULES:
        f.fail("$.kind", "unknown kind")
    assert kind is not None
    unbound = kind in UNBOUND_KINDS
    manifest = Manifest(
        kind=kind,
        object_id=f.text("object_id", max_len=32, pattern=HEX32),
        created_at=f.timestamp("created_at"),
        round=_bound_text(f, "round", unbound, REF),
        panel=_bound_text(f, "panel", unbound, REF),
        sender=f.text("sender", max_len=64, pattern=HEX64),
        recipients=f.texts("recipients", max_items=MAX_RECIPIENTS, max_len=64, pattern=HEX64,
                           min_items=1),
        template_sha256=_bound_text(f, "template_sha256", unbound, HEX64),
        roster_version=f.integer("roster_version", low=1),
        blobs=_blobs(f),
        details=parse_details(kind, f),
    )  # fmt: skip
    _check_roles(manifest, f)
    return manifest


def _bound_text(f: Fields, key: str, unbound: bool, pattern: Any) -> str | None:
    if unbound:
        if f.value[key] is not None:
            f.fail(f.at(key), "must be null for this kind")
        return None
    return f.text(key, max_len=64, pattern=pattern)


def _blobs(f: Fields) -> tuple[BlobEntry, ...]:
    out: list[BlobEntry] = []
    for item, where in f.items("blobs", max_items=MAX_BLOBS - 1):
        b = f.sub(item, where, _BLOB_KEYS)
        index = b.integer("index", low=1, high=MAX_BLOBS - 1)
        if index != len(out) + 1:
            b.fail(b.at("index"), "blobs must be listed as 1, 2, 3, ... in order")
        try:
            role = BlobRole(b.text("role", max_len=32))
        except ValueError:
            b.fail(b.at("role"), "unknown role")
            raise
        out.append(
            BlobEntry(
                index=index,
                role=role,
                ciphertext_sha256=b.text("ciphertext_sha256", max_len=64, pattern=HEX64),
                plaintext_sha256=b.text("plaintext_sha256", max_len=64, pattern=HEX64),
                size=b.integer("size", low=0, high=MAX_BLOB_SIZE),
                label=_label(b.value["label"], f"{where}.label", b),
            )
        )
    return tuple(out)


def _label(value: Any, where: str, parent: Fields) -> BlobLabel:
    if not isinstance(value, dict):
        parent.fail(where, "not an object")
    keys = set(value) & _LABEL_KEYS
    lab = parent.sub(value, where, keys)  # any subset of the known keys, nothing else
    texts = {key: checked_text(lab, key, _LABEL_KINDS[key], max_len=MAX_LABEL) for key in keys}
    return BlobLabel(**texts)


def _check_roles(m: Manifest, f: Fields) -> None:
    rules = ROLE_RULES[m.kind]
    counts = Counter(b.role for b in m.blobs)
    for blob in m.blobs:
        if blob.role not in rules:
            f.fail(f"$.blobs[{blob.index - 1}].role", f"not allowed in a {m.kind.label}")
    for role, (least, most) in rules.items():
        n = counts.get(role, 0)
        if n < least or (most is not None and n > most):
            f.fail("$.blobs", f"wrong number of {role.value} blobs ({n})")
    if isinstance(m.details, PackageDetails):
        refs = {a.ref for a in m.details.applicants}
        for blob in m.blobs_with_role(BlobRole.ATTACHMENT):
            if blob.label.applicant not in refs or not blob.label.name or not blob.label.mime:
                f.fail(f"$.blobs[{blob.index - 1}].label", "attachment needs name, mime, applicant")
    if isinstance(m.details, ResultDetails):
        _check_result_pairs(m, m.details, f)


def _check_result_pairs(m: Manifest, d: ResultDetails, f: Fields) -> None:
    """Every expert-envelope and expert-scores blob is named by exactly one score file."""
    named: list[int] = []
    for i, ref in enumerate(d.score_files):
        where = f"$.details.score_files[{i}]"
        for index, role in ((ref.envelope_blob, BlobRole.EXPERT_ENVELOPE),
                            (ref.scores_blob, BlobRole.EXPERT_SCORES)):  # fmt: skip
            if index > len(m.blobs) or m.blob(index).role is not role:
                f.fail(where, f"blob {index} is not an {role.value} blob")
            if m.blob(index).label.expert != ref.expert:
                f.fail(where, f"blob {index} belongs to another expert")
            named.append(index)
    expected = [b.index for b in m.blobs if b.role in (BlobRole.EXPERT_ENVELOPE,
                                                       BlobRole.EXPERT_SCORES)]  # fmt: skip
    if sorted(named) != expected:
        f.fail("$.details.score_files", "expert blobs and score files do not match one to one")
