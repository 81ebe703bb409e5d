"""Score sheets read from a chair's file (CSV or JSON), before any template is applied.

A :class:`SheetSet` remembers where each sheet and each key came from ("row 7",
"sheets[2].scores.E9"), so that the checks against the template, which can only run once
the template is known, still name the exact spot in the file. The layouts are documented in
``docs/CONSOLIDATE.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import NoReturn

from reviewdesk.core.errors import InputError
from reviewdesk.core.scoring import ChairDecisions, ManualOrder, ScoreSheet

MAX_SHEETS_BYTES = 16 * 1024 * 1024  # a round has hundreds of sheets, ~100 KB; this stops abuse
SHEETS_FORMAT = "reviewdesk-sheets/1"
DECISIONS_FORMAT = "reviewdesk-decisions/1"

# Plain decimal notation only: no exponent, no NaN, no full-width or other Unicode digits.
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_MAX_DECIMAL_CHARS = 24


class SheetsFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


class KeyKind(StrEnum):
    SCORE = "score"  # a criterion key in a CSV header or a JSON "scores" object
    COMMENT = "comment"
    VETO = "veto"


@dataclass(frozen=True)
class KeyUse:
    """The first place a criterion or veto key appears, for errors against the template."""

    kind: KeyKind
    key: str
    where: str


@dataclass(frozen=True)
class ApplicantEntry:
    applicant_id: str
    name: str  # "" when the file gives none
    assigned: tuple[str, ...]  # expert ids, in file order


@dataclass(frozen=True)
class RoundDecisions:
    """The chair's decisions for a round: per applicant, plus manual orders for ties.

    ``where`` maps each applicant id to its place in the decisions document, so a decision
    for an applicant that is not in the sheets can be named.
    """

    per_applicant: Mapping[str, ChairDecisions] = field(default_factory=dict, hash=False)
    manual_orders: tuple[ManualOrder, ...] = ()
    source: Path | None = None
    where: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "per_applicant", MappingProxyType(dict(self.per_applicant)))
        object.__setattr__(self, "where", MappingProxyType(dict(self.where)))

    @property
    def empty(self) -> bool:
        return not self.per_applicant and not self.manual_orders


@dataclass(frozen=True)
class SheetSet:
    """Every sheet and assignment of one file, in file order.

    ``header_criteria`` is the CSV header's criterion columns (a CSV must have one per
    criterion of the template); ``None`` for JSON, where a missing key is a missing score.
    """

    source: Path
    format: SheetsFormat
    applicants: tuple[ApplicantEntry, ...]
    sheets: tuple[ScoreSheet, ...]
    locations: Mapping[tuple[str, str, int], str] = field(hash=False)  # (applicant, expert, rev)
    keys: tuple[KeyUse, ...] = ()
    header_criteria: tuple[str, ...] | None = None
    template_ref: str | None = None  # JSON "template": the form the sheets were written for
    decisions: RoundDecisions = field(default_factory=RoundDecisions)

    def __post_init__(self) -> None:
        object.__setattr__(self, "locations", MappingProxyType(dict(self.locations)))

    def where(self, sheet: ScoreSheet) -> str:
        return self.locations.get((sheet.applicant_id, sheet.expert_id, sheet.revision), "")

    def sheets_of(self, applicant_id: str) -> list[ScoreSheet]:
        """The applicant's sheets in file order (an index: one pass over the file, not one
        pass per applicant, so a round consolidates in time linear in its sheets)."""
        return list(self._by_applicant.get(applicant_id, ()))

    @cached_property
    def _by_applicant(self) -> dict[str, list[ScoreSheet]]:
        index: dict[str, list[ScoreSheet]] = {}
        for sheet in self.sheets:
            index.setdefault(sheet.applicant_id, []).append(sheet)
        return index


def parse_decimal(text: str) -> Decimal | None:
    """``Decimal`` of a plainly written number ("20", "20.5", ".5"), else ``None``."""
    text = text.strip()
    if len(text) > _MAX_DECIMAL_CHARS or _DECIMAL.fullmatch(text) is None:
        return None
    return Decimal(text)


def layout_error(path: Path, where: str, reason: str) -> NoReturn:
    raise InputError("sheets-invalid", path, where=where, reason=reason)


def decisions_error(path: Path, where: str, reason: str) -> NoReturn:
    raise InputError("decisions-invalid", path, where=where, reason=reason)
