"""A scoring template: the rules for one (round kind, category), as data (DESIGN §2).

Every number the grading engine uses comes from here. Instances are built only by
``templates.loader`` after schema validation, so the engine may trust their invariants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from reviewdesk.core.domain import Category, Grade, RoundKind, Text


@dataclass(frozen=True)
class Criterion:
    key: str  # stable id within the template, e.g. "R1" or "E-park-1"
    name: Text
    max_points: Decimal
    step: Decimal  # a score must be a whole multiple of the step
    weight: Decimal  # multiplies the score in the expert's total (default 1)
    guidance: Text
    look_at: Text  # "what experts look at"


@dataclass(frozen=True)
class VetoItem:
    key: str  # "V1" … "V7"
    name: Text
    description: Text


@dataclass(frozen=True)
class CommentRules:
    overall_opinion_required: bool
    # A comment on a criterion is required when score < low_ratio × max or score ≥ high_ratio × max.
    low_ratio: Decimal
    high_ratio: Decimal


class AggregationMethod(StrEnum):
    MEAN = "mean"
    TRIMMED_MEAN = "trimmed-mean"


@dataclass(frozen=True)
class Aggregation:
    method: AggregationMethod
    trim_min_sheets: int  # the trimmed mean applies from this many counted sheets
    trim_each_side: int  # how many highest and lowest totals are dropped
    min_sheets: int  # fewer counted sheets → "insufficient", no grade
    decimals: int  # panel scores are rounded half-up to this many places


@dataclass(frozen=True)
class GradeBand:
    grade: Grade
    min_score: Decimal  # a score exactly on the edge gets this (the higher) grade


@dataclass(frozen=True)
class FlagThresholds:
    max_range: Decimal  # flag when max total − min total exceeds this
    max_deviation: Decimal  # flag a total more than this from the median of the counted totals
    grade_gap: int  # flag when individual grades are this many bands apart or more


class QuotaMode(StrEnum):
    WARN = "warn"
    ENFORCE = "enforce"


@dataclass(frozen=True)
class ExcellentQuota:
    enabled: bool
    max_percent: Decimal  # of the round's graded applicants that may be 优秀
    mode: QuotaMode


@dataclass(frozen=True)
class Template:
    template_id: str  # slug, e.g. "evaluation-park"
    version: str
    kind: RoundKind
    category: Category
    name: Text
    total_points: Decimal
    criteria: tuple[Criterion, ...]
    veto_items: tuple[VetoItem, ...]
    comment_rules: CommentRules
    aggregation: Aggregation
    grade_bands: tuple[GradeBand, ...]  # best first; the last band's min_score is 0
    recognition_threshold: Decimal | None  # recognition only: 建议认定 at or above
    flags: FlagThresholds
    quota: ExcellentQuota
    tie_break: tuple[str, ...]  # criterion keys, compared in this order after the panel score
    sha256: str = field(default="", compare=False)  # of the canonical bytes; set by the loader

    def criterion(self, key: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.key == key:
                return criterion
        raise KeyError(key)

    def veto_item(self, key: str) -> VetoItem:
        for item in self.veto_items:
            if item.key == key:
                return item
        raise KeyError(key)
