"""Build Template objects for the scoring tests without the JSON loader.

Defaults follow DESIGN §2: bands 90/75/60/0, threshold 70 (recognition), trimmed mean of
one each side from 5 sheets, minimum 3 sheets, two decimals, flags 20/15/2, quota off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from reviewdesk.core.domain import Category, Grade, RoundKind, Text
from reviewdesk.core.templates.model import (
    Aggregation,
    AggregationMethod,
    CommentRules,
    Criterion,
    ExcellentQuota,
    FlagThresholds,
    GradeBand,
    QuotaMode,
    Template,
    VetoItem,
)

# Evaluation, park (DESIGN §2.1): seven criteria totalling 100.
PARK_EVALUATION = [
    ("E1", "25"),
    ("E2", "15"),
    ("E3", "20"),
    ("E4", "15"),
    ("E5", "10"),
    ("E6", "10"),
    ("E7", "5"),
]
# Recognition, park: R1..R6.
PARK_RECOGNITION = [
    ("R1", "15"),
    ("R2", "20"),
    ("R3", "15"),
    ("R4", "25"),
    ("R5", "15"),
    ("R6", "10"),
]

_VETOES = {
    RoundKind.RECOGNITION: ("V1", "V2", "V3", "V4", "V7"),
    RoundKind.EVALUATION: ("V1", "V2", "V3", "V5", "V6", "V7"),
}


def _text(word: str) -> Text:
    return Text(zh=word, en=word)


def make_template(
    kind: RoundKind = RoundKind.EVALUATION,
    criteria: Sequence[tuple[str, str]] | None = None,
    *,
    step: str = "0.5",
    weights: dict[str, str] | None = None,
    bands: Sequence[tuple[Grade, str]] = (
        (Grade.EXCELLENT, "90"),
        (Grade.GOOD, "75"),
        (Grade.QUALIFIED, "60"),
        (Grade.UNQUALIFIED, "0"),
    ),
    method: AggregationMethod = AggregationMethod.TRIMMED_MEAN,
    trim_min_sheets: int = 5,
    trim_each_side: int = 1,
    min_sheets: int = 3,
    decimals: int = 2,
    max_range: str = "20",
    max_deviation: str = "15",
    grade_gap: int = 2,
    quota: tuple[str, QuotaMode] | None = None,  # (max_percent, mode) → enabled
    tie_break: Sequence[str] = (),
    **overrides: Any,
) -> Template:
    if criteria is None:
        criteria = PARK_EVALUATION if kind is RoundKind.EVALUATION else PARK_RECOGNITION
    weights = weights or {}
    built = tuple(
        Criterion(
            key=key,
            name=_text(key),
            max_points=Decimal(max_points),
            step=Decimal(step),
            weight=Decimal(weights.get(key, "1")),
            guidance=_text("guidance"),
            look_at=_text("look at"),
        )
        for key, max_points in criteria
    )
    template = Template(
        template_id=f"{kind}-park",
        version="1",
        kind=kind,
        category=Category.PARK,
        name=_text("test form"),
        total_points=sum((c.max_points * c.weight for c in built), Decimal(0)),
        criteria=built,
        veto_items=tuple(VetoItem(k, _text(k), _text(k)) for k in _VETOES[kind]),
        comment_rules=CommentRules(
            overall_opinion_required=True, low_ratio=Decimal("0.6"), high_ratio=Decimal("0.9")
        ),
        aggregation=Aggregation(method, trim_min_sheets, trim_each_side, min_sheets, decimals),
        grade_bands=tuple(GradeBand(grade, Decimal(edge)) for grade, edge in bands),
        recognition_threshold=Decimal("70") if kind is RoundKind.RECOGNITION else None,
        flags=FlagThresholds(Decimal(max_range), Decimal(max_deviation), grade_gap),
        quota=ExcellentQuota(
            enabled=quota is not None,
            max_percent=Decimal(quota[0] if quota else "30"),
            mode=quota[1] if quota else QuotaMode.WARN,
        ),
        tie_break=tuple(tie_break),
        sha256="0" * 64,
    )
    return replace(template, **overrides) if overrides else template
