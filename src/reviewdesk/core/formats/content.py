"""The JSON content blobs defined by the format: a chair package's assignment table and a
score file's score sheets. Both are canonical JSON, parsed as strictly as the manifest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.errors import FormatError
from reviewdesk.core.formats.manifest_details import MAX_APPLICANTS, MAX_EXPERTS, MAX_TEXT
from reviewdesk.core.formats.strict import HEX64, REF, Fields, parse_document
from reviewdesk.core.formats.text_rules import (
    WRITER_CODE,
    TextKind,
    check_text,
    checked_text,
    text_problem,
)
from reviewdesk.core.scoring.sheet import ScoreSheet, VetoClaim

ASSIGNMENTS_FORMAT = "reviewdesk-assignments"
SCORES_FORMAT = "reviewdesk-scores"
VERSION = 1
MAX_CRITERIA = 100
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")  # criterion and veto keys
_SCORE = re.compile(r"(0|[1-9][0-9]{0,5})(\.[0-9]{1,6})?")  # a non-negative exact decimal


@dataclass(frozen=True)
class Assignment:
    """One expert of a chair's panel: the package made for them and what it holds."""

    expert: str  # keyid
    package_digest: str
    applicants: tuple[str, ...]


def encode_assignments(assignments: Sequence[Assignment]) -> bytes:
    return dumps_canonical(
        {
            "format": ASSIGNMENTS_FORMAT,
            "version": VERSION,
            "assignments": [
                {
                    "expert": a.expert,
                    "package_digest": a.package_digest,
                    "applicants": list(a.applicants),
                }
                for a in assignments
            ],
        }
    )


def parse_assignments(data: bytes, path: Path | str | None = None) -> tuple[Assignment, ...]:
    code = "assignments-invalid"
    f = Fields(parse_document(data, code, path), "$", {"format", "version", "assignments"},
               code, path)  # fmt: skip
    _check_format(f, ASSIGNMENTS_FORMAT)
    out: list[Assignment] = []
    for item, where in f.items("assignments", max_items=MAX_EXPERTS):
        a = f.sub(item, where, {"expert", "package_digest", "applicants"})
        expert = a.text("expert", max_len=64, pattern=HEX64)
        if any(x.expert == expert for x in out):
            a.fail(a.at("expert"), "duplicate")
        out.append(
            Assignment(
                expert,
                a.text("package_digest", max_len=64, pattern=HEX64),
                a.texts("applicants", max_items=MAX_APPLICANTS, max_len=64, pattern=REF,
                        min_items=1),
            )
        )  # fmt: skip
    return tuple(out)


def encode_scores(sheets: Sequence[ScoreSheet]) -> bytes:
    """The score sheets of one score file (one per applicant; expert and revision live in
    the manifest). Text a reader would refuse is refused here first (``text-not-allowed``,
    naming the field): an expert is told before signing, not the chair after."""
    for i, s in enumerate(sheets):
        texts = [("opinion", s.overall_opinion)]
        texts += [(f"comments.{key}", comment) for key, comment in s.comments.items()]
        texts += [(f"vetoes[{j}].evidence", v.evidence) for j, v in enumerate(s.vetoes)]
        for where, text in texts:
            problem = text_problem(text, TextKind.FREE)
            if problem is not None:
                raise FormatError(WRITER_CODE, None, applicant=s.applicant_id,
                                  field=f"$.sheets[{i}].{where}", reason=problem)  # fmt: skip
    return dumps_canonical(
        {
            "format": SCORES_FORMAT,
            "version": VERSION,
            "sheets": [
                {
                    "applicant": s.applicant_id,
                    "scores": {
                        k: None if v is None else format(v, "f") for k, v in s.scores.items()
                    },
                    "comments": dict(s.comments),
                    "opinion": s.overall_opinion,
                    "vetoes": [{"item": v.item, "evidence": v.evidence} for v in s.vetoes],
                }
                for s in sheets
            ],
        }
    )


def parse_scores(
    data: bytes, *, expert: str, revision: int, path: Path | str | None = None
) -> tuple[ScoreSheet, ...]:
    """Read the score sheets back as signed ``ScoreSheet`` values of ``expert``."""
    code = "scores-invalid"
    f = Fields(parse_document(data, code, path), "$", {"format", "version", "sheets"}, code, path)
    _check_format(f, SCORES_FORMAT)
    out: list[ScoreSheet] = []
    keys = {"applicant", "scores", "comments", "opinion", "vetoes"}
    for item, where in f.items("sheets", max_items=MAX_APPLICANTS):
        s = f.sub(item, where, keys)
        applicant = s.text("applicant", max_len=64, pattern=REF)
        if any(x.applicant_id == applicant for x in out):
            s.fail(s.at("applicant"), "duplicate")
        out.append(
            ScoreSheet(
                expert_id=expert,
                applicant_id=applicant,
                scores=_score_map(s),
                comments=_comment_map(s),
                overall_opinion=checked_text(
                    s, "opinion", TextKind.FREE, max_len=MAX_TEXT, empty=True
                ),
                vetoes=_vetoes(s),
                revision=revision,
                signed=True,
            )
        )
    return tuple(out)


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")  # plain notation, never 1E+1


def _check_format(f: Fields, expected: str) -> None:
    if f.value["format"] != expected:
        f.fail("$.format", f"not {expected}")
    if f.value["version"] != VERSION or isinstance(f.value["version"], bool):
        f.fail("$.version", "unsupported version")


def _mapping(s: Fields, key: str) -> dict[str, Any]:
    value = s.value[key]
    if not isinstance(value, dict):
        s.fail(s.at(key), "not an object")
    if len(value) > MAX_CRITERIA:
        s.fail(s.at(key), f"more than {MAX_CRITERIA} entries")
    for name in value:
        if not _KEY.fullmatch(name):
            s.fail(f"{s.at(key)}.{name[:40]}", "malformed criterion key")
    return dict(value)


def _score_map(s: Fields) -> dict[str, Decimal | None]:
    out: dict[str, Decimal | None] = {}
    for name, value in _mapping(s, "scores").items():
        if value is None:
            out[name] = None
        elif isinstance(value, str) and _SCORE.fullmatch(value):
            out[name] = Decimal(value)
        else:
            s.fail(f"{s.at('scores')}.{name}", "not a decimal string or null")
    return out


def _comment_map(s: Fields) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in _mapping(s, "comments").items():
        where = f"{s.at('comments')}.{name}"
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            s.fail(where, "not a string within the length cap")
        out[name] = check_text(value, TextKind.FREE, field=where, path=s.path)
    return out


def _vetoes(s: Fields) -> tuple[VetoClaim, ...]:
    out: list[VetoClaim] = []
    for item, where in s.items("vetoes", max_items=MAX_CRITERIA):
        v = s.sub(item, where, {"item", "evidence"})
        key = v.text("item", max_len=32, pattern=_KEY)
        if any(x.item == key for x in out):
            v.fail(v.at("item"), "duplicate")
        evidence = checked_text(v, "evidence", TextKind.FREE, max_len=MAX_TEXT, empty=True)
        out.append(VetoClaim(key, evidence))
    return tuple(out)
