"""The kind-specific part of a manifest (``details``): what an expert package, a chair
package, a score file, a result bundle or a roster file says beyond the common fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewdesk.core.domain import Category, Conflict, RoundKind
from reviewdesk.core.formats.container import ContainerKind
from reviewdesk.core.formats.strict import HEX64, REF, Fields
from reviewdesk.core.formats.text_rules import TextKind, checked_text

MAX_APPLICANTS = 1000
MAX_EXPERTS = 200
MAX_NAME = 300
MAX_TEXT = 20000  # pledge and declaration texts
MAX_REVISION = 2**31 - 1


@dataclass(frozen=True)
class ApplicantEntry:
    """An applicant as the package shows it. Names appear only inside the encryption."""

    ref: str
    name: str
    category: Category

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "name": self.name, "category": self.category.value}


@dataclass(frozen=True)
class PackageDetails:
    """An expert's package: the round's kind, the deadline and the applicants to review."""

    round_kind: RoundKind
    deadline: str | None
    reviewer: str  # keyid of the expert the package is for
    applicants: tuple[ApplicantEntry, ...]
    round_name: str | None = None  # shown instead of the round ref; absent from older packages
    panel_name: str | None = None  # shown instead of the panel ref

    def to_json(self) -> dict[str, Any]:
        return {
            "round_kind": self.round_kind.value,
            "deadline": self.deadline,
            "reviewer": self.reviewer,
            "applicants": [a.to_json() for a in self.applicants],
            **_names_json(self.round_name, self.panel_name),
        }


@dataclass(frozen=True)
class ChairPackageDetails:
    round_kind: RoundKind
    deadline: str | None
    chair: str
    applicants: tuple[ApplicantEntry, ...]
    experts: tuple[str, ...]  # keyids of the panel's experts
    round_name: str | None = None
    panel_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "round_kind": self.round_kind.value,
            "deadline": self.deadline,
            "chair": self.chair,
            "applicants": [a.to_json() for a in self.applicants],
            "experts": list(self.experts),
            **_names_json(self.round_name, self.panel_name),
        }


@dataclass(frozen=True)
class ConflictDeclaration:
    """回避声明 for one applicant."""

    applicant: str
    conflict: Conflict
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"applicant": self.applicant, "conflict": self.conflict.value, "text": self.text}


@dataclass(frozen=True)
class Declarations:
    """保密承诺 (the pledge, as shown and when) and the per-applicant conflict declarations."""

    pledge_text: str
    pledged_at: str
    conflicts: tuple[ConflictDeclaration, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "pledge": {"text": self.pledge_text, "signed_at": self.pledged_at},
            "conflicts": [c.to_json() for c in self.conflicts],
        }


@dataclass(frozen=True)
class ScoreDetails:
    package_digest: str  # digest of the package being scored (see FORMAT.md)
    expert: str
    applicants: tuple[str, ...]
    revision: int
    declarations: Declarations

    def to_json(self) -> dict[str, Any]:
        return {
            "package_digest": self.package_digest,
            "expert": self.expert,
            "applicants": list(self.applicants),
            "revision": self.revision,
            "declarations": self.declarations.to_json(),
        }


@dataclass(frozen=True)
class ScoreFileRef:
    """One expert's score file inside a result bundle: its signed envelope and its scores,
    exactly as the chair received them, as two blobs."""

    expert: str
    envelope_blob: int
    scores_blob: int

    def to_json(self) -> dict[str, Any]:
        return {
            "expert": self.expert,
            "envelope_blob": self.envelope_blob,
            "scores_blob": self.scores_blob,
        }


@dataclass(frozen=True)
class ResultDetails:
    chair: str
    import_log_head: str
    score_files: tuple[ScoreFileRef, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "chair": self.chair,
            "import_log_head": self.import_log_head,
            "score_files": [s.to_json() for s in self.score_files],
        }


@dataclass(frozen=True)
class RosterDetails:
    """A roster file: everything is in its roster blob, itself signed by the roots."""

    def to_json(self) -> dict[str, Any]:
        return {}


Details = PackageDetails | ChairPackageDetails | ScoreDetails | ResultDetails | RosterDetails


def parse_details(kind: ContainerKind, f: Fields) -> Details:
    """Parse ``details`` for ``kind`` (``f`` is the top-level manifest object)."""
    if kind is ContainerKind.PACKAGE:
        d = _with_names(f, {"round_kind", "deadline", "reviewer", "applicants"})
        return PackageDetails(
            _round_kind(d),
            d.optional_timestamp("deadline"),
            d.text("reviewer", max_len=64, pattern=HEX64),
            _applicants(d),
            *_names(d),
        )
    if kind is ContainerKind.CHAIR_PACKAGE:
        d = _with_names(f, {"round_kind", "deadline", "chair", "applicants", "experts"})
        return ChairPackageDetails(
            _round_kind(d),
            d.optional_timestamp("deadline"),
            d.text("chair", max_len=64, pattern=HEX64),
            _applicants(d),
            d.texts("experts", max_items=MAX_EXPERTS, max_len=64, pattern=HEX64),
            *_names(d),
        )
    if kind is ContainerKind.SCORE:
        keys = {"package_digest", "expert", "applicants", "revision", "declarations"}
        d = f.obj("details", keys)
        return ScoreDetails(
            d.text("package_digest", max_len=64, pattern=HEX64),
            d.text("expert", max_len=64, pattern=HEX64),
            d.texts("applicants", max_items=MAX_APPLICANTS, max_len=64, pattern=REF, min_items=1),
            d.integer("revision", low=1, high=MAX_REVISION),
            _declarations(d.obj("declarations", {"pledge", "conflicts"})),
        )
    if kind is ContainerKind.RESULT:
        d = f.obj("details", {"chair", "import_log_head", "score_files"})
        refs = []
        for item, where in d.items("score_files", max_items=MAX_EXPERTS * MAX_APPLICANTS):
            s = d.sub(item, where, {"expert", "envelope_blob", "scores_blob"})
            refs.append(
                ScoreFileRef(
                    s.text("expert", max_len=64, pattern=HEX64),
                    s.integer("envelope_blob", low=1),
                    s.integer("scores_blob", low=1),
                )
            )
        return ResultDetails(
            d.text("chair", max_len=64, pattern=HEX64),
            d.text("import_log_head", max_len=64, pattern=HEX64),
            tuple(refs),
        )
    if kind is ContainerKind.ROSTER:
        f.obj("details", set())
        return RosterDetails()
    f.fail(f.at("kind"), "no manifest is defined for this kind")
    raise AssertionError  # pragma: no cover - fail() raises


NAME_KEYS = ("round_name", "panel_name")


def _names_json(round_name: str | None, panel_name: str | None) -> dict[str, str]:
    """The optional names, each written only when present: absent is the one encoding of
    "no name" (``null`` is refused), and a package without names keeps its old bytes."""
    names = {"round_name": round_name, "panel_name": panel_name}
    return {key: value for key, value in names.items() if value is not None}


def _with_names(f: Fields, keys: set[str]) -> Fields:
    """``details`` with ``keys`` plus whichever of the optional names it carries."""
    value = f.value.get("details")
    present = {k for k in NAME_KEYS if isinstance(value, dict) and k in value}
    return f.obj("details", keys | present)


def _names(d: Fields) -> tuple[str | None, str | None]:
    """The round and panel names: 1–300 characters of one-line text when present."""
    round_name, panel_name = (
        checked_text(d, key, TextKind.NAME, max_len=MAX_NAME) if key in d.value else None
        for key in NAME_KEYS
    )
    return round_name, panel_name


def _round_kind(d: Fields) -> RoundKind:
    value = d.text("round_kind", max_len=20)
    try:
        return RoundKind(value)
    except ValueError:
        d.fail(d.at("round_kind"), "unknown round kind")
        raise


def _applicants(d: Fields) -> tuple[ApplicantEntry, ...]:
    out: list[ApplicantEntry] = []
    for item, where in d.items("applicants", max_items=MAX_APPLICANTS, min_items=1):
        a = d.sub(item, where, {"ref", "name", "category"})
        ref = a.text("ref", max_len=64, pattern=REF)
        if any(e.ref == ref for e in out):
            a.fail(a.at("ref"), "duplicate")
        try:
            category = Category(a.text("category", max_len=20))
        except ValueError:
            a.fail(a.at("category"), "unknown category")
            raise
        name = checked_text(a, "name", TextKind.NAME, max_len=MAX_NAME)
        out.append(ApplicantEntry(ref, name, category))
    return tuple(out)


def _declarations(d: Fields) -> Declarations:
    pledge = d.obj("pledge", {"text", "signed_at"})
    conflicts: list[ConflictDeclaration] = []
    for item, where in d.items("conflicts", max_items=MAX_APPLICANTS):
        c = d.sub(item, where, {"applicant", "conflict", "text"})
        applicant = c.text("applicant", max_len=64, pattern=REF)
        if any(x.applicant == applicant for x in conflicts):
            c.fail(c.at("applicant"), "duplicate")
        try:
            kind = Conflict(c.text("conflict", max_len=20))
        except ValueError:
            c.fail(c.at("conflict"), "unknown conflict kind")
            raise
        text = checked_text(c, "text", TextKind.FREE, max_len=MAX_TEXT, empty=True)
        conflicts.append(ConflictDeclaration(applicant, kind, text))
    return Declarations(
        checked_text(pledge, "text", TextKind.FREE, max_len=MAX_TEXT),
        pledge.timestamp("signed_at"),
        tuple(conflicts),
    )
