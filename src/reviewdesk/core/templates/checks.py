"""Rules a template must obey that JSON Schema cannot express (DESIGN §2).

Runs on a document that already passed ``schema.validate_shape``, so every field exists
with the right type and every decimal string parses. Each problem names the field it is
about, in the same ``criteria[2].max`` form as the schema errors.

Errors (the engine relies on them):
- criteria: max > 0, step > 0, weight > 0, max a whole multiple of step, keys unique,
  Σ max × weight = total_points (so a perfect sheet scores exactly total_points);
- tie_break: every key names a criterion, none twice;
- grade_bands: excellent, good, qualified, unqualified in that order (each grade once),
  min_score strictly descending, the first ≤ total_points, the last exactly 0;
- comment_rules: 0 < low_ratio < high_ratio ≤ 1 (high_ratio 1 means only full marks
  need a comment);
- aggregation: for "trimmed-mean", trim_each_side ≥ 1 and trim_min_sheets > 2 × trim_each_side
  (something must remain after trimming); for "mean" the trim fields are ignored;
- recognition_threshold: a decimal in (0, total_points] for recognition, null for evaluation;
- veto_items: keys unique; V4 only in recognition, V5 and V6 only in evaluation;
- flags: max_range > 0 and max_deviation > 0; quota: 0 < max_percent ≤ 100;
- texts (FORMAT.md §6 "Text", ``formats.text_rules``): the form's, criteria's and veto
  items' names are one line; guidance, "what experts look at" and veto descriptions are free
  text (line breaks and tabs allowed); none holds a control or bidirectional character. A
  template travels inside packages and is shown in every scoring form: signed or not, its
  text is untrusted.

Allowed on purpose: omitting a standard veto item (the commission may drop one), extra
veto items V8 … V99 (commission-defined grounds), criteria in any key order, an id that
differs from the file name (only the bundled templates are named after their id).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from reviewdesk.core.domain import Grade, RoundKind
from reviewdesk.core.errors import TemplateError
from reviewdesk.core.formats.text_rules import TextKind, text_problem

DEFAULT_STEP = "0.5"
DEFAULT_WEIGHT = "1"

# Veto items that make sense in one kind of round only (DESIGN §2.1).
VETO_ONLY_IN: dict[str, RoundKind] = {
    "V4": RoundKind.RECOGNITION,  # fails basic eligibility
    "V5": RoundKind.EVALUATION,  # no substantive cooperation in the period
    "V6": RoundKind.EVALUATION,  # materials or annual reports missing
}

_GRADE_ORDER = sorted(Grade, key=lambda grade: grade.rank)

Problem = tuple[str, str]  # (field path, reason)


def validate_rules(document: dict[str, Any], path: Path | str | None = None) -> None:
    """Raise ``TemplateError("template-invalid")`` for the first broken rule."""
    for field, reason in problems(document):
        raise TemplateError("template-invalid", path, field=field, reason=reason)


def problems(document: dict[str, Any]) -> Iterator[Problem]:
    """Every broken rule, in document order."""
    total = Decimal(document["total_points"])
    if total <= 0:
        yield "total_points", "must be greater than 0"
    yield from _criteria(document["criteria"], total)
    yield from _veto_items(document["veto_items"], RoundKind(document["kind"]))
    yield from _comment_rules(document["comment_rules"])
    yield from _aggregation(document["aggregation"])
    yield from _grade_bands(document["grade_bands"], total)
    yield from _recognition_threshold(document, total)
    yield from _flags_and_quota(document["flags"], document["quota"])
    yield from _tie_break(document["tie_break"], document["criteria"])
    yield from _texts(document)


# Which texts of a template are names (one line) and which free text.
_CRITERION_TEXTS = {"name": TextKind.NAME, "guidance": TextKind.FREE, "look_at": TextKind.FREE}
_VETO_TEXTS = {"name": TextKind.NAME, "description": TextKind.FREE}


def _texts(document: dict[str, Any]) -> Iterator[Problem]:
    def check(value: dict[str, str], at: str, kind: TextKind) -> Iterator[Problem]:
        for language in ("zh", "en"):
            problem = text_problem(value[language], kind)
            if problem is not None:
                yield f"{at}.{language}", problem

    yield from check(document["name"], "name", TextKind.NAME)
    for index, criterion in enumerate(document["criteria"]):
        for name, kind in _CRITERION_TEXTS.items():
            yield from check(criterion[name], f"criteria[{index}].{name}", kind)
    for index, item in enumerate(document["veto_items"]):
        for name, kind in _VETO_TEXTS.items():
            yield from check(item[name], f"veto_items[{index}].{name}", kind)


def _criteria(criteria: list[dict[str, Any]], total: Decimal) -> Iterator[Problem]:
    first_use: dict[str, int] = {}
    weighted_sum = Decimal(0)
    for index, criterion in enumerate(criteria):
        at = f"criteria[{index}]"
        key = criterion["key"]
        if key in first_use:
            yield f"{at}.key", f"duplicate key {key!r} (also criteria[{first_use[key]}])"
        first_use.setdefault(key, index)
        maximum = Decimal(criterion["max"])
        step = Decimal(criterion.get("step", DEFAULT_STEP))
        weight = Decimal(criterion.get("weight", DEFAULT_WEIGHT))
        if maximum <= 0:
            yield f"{at}.max", "must be greater than 0"
        if step <= 0:
            yield f"{at}.step", "must be greater than 0"
        elif maximum % step != 0:
            yield f"{at}.max", f"{maximum} is not a whole multiple of the step {step}"
        if weight <= 0:
            yield f"{at}.weight", "must be greater than 0"
        weighted_sum += maximum * weight
    if weighted_sum != total:
        yield "criteria", f"the maxima (× weight) add up to {weighted_sum}, not {total}"


def _veto_items(items: list[dict[str, Any]], kind: RoundKind) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        key = item["key"]
        if key in seen:
            yield f"veto_items[{index}].key", f"duplicate key {key!r}"
        seen.add(key)
        only_in = VETO_ONLY_IN.get(key)
        if only_in is not None and only_in is not kind:
            yield f"veto_items[{index}].key", f"{key} applies to {only_in} rounds only"


def _comment_rules(rules: dict[str, Any]) -> Iterator[Problem]:
    low = Decimal(rules["low_ratio"])
    high = Decimal(rules["high_ratio"])
    if not 0 < low < 1:
        yield "comment_rules.low_ratio", "must be greater than 0 and less than 1"
    if not 0 < high <= 1:
        yield "comment_rules.high_ratio", "must be greater than 0 and at most 1"
    elif low >= high:
        yield "comment_rules.high_ratio", "must be greater than low_ratio"


def _aggregation(aggregation: dict[str, Any]) -> Iterator[Problem]:
    if aggregation["method"] != "trimmed-mean":
        return
    each_side: int = aggregation["trim_each_side"]
    if each_side < 1:
        yield "aggregation.trim_each_side", "must be at least 1 for a trimmed mean"
    elif aggregation["trim_min_sheets"] <= 2 * each_side:
        yield (
            "aggregation.trim_min_sheets",
            f"must be greater than 2 × trim_each_side ({2 * each_side}) so that a score remains",
        )


def _grade_bands(bands: list[dict[str, Any]], total: Decimal) -> Iterator[Problem]:
    previous: Decimal | None = None
    for index, (band, expected) in enumerate(zip(bands, _GRADE_ORDER, strict=False)):
        at = f"grade_bands[{index}]"
        if band["grade"] != expected.value:
            yield f"{at}.grade", f"must be {expected.value!r} (bands run from best to worst)"
        minimum = Decimal(band["min_score"])
        if previous is None and minimum > total:
            yield f"{at}.min_score", f"must not exceed total_points ({total})"
        if previous is not None and minimum >= previous:
            yield f"{at}.min_score", f"must be lower than the band above ({previous})"
        previous = minimum
    if previous is not None and previous != 0:
        yield f"grade_bands[{len(bands) - 1}].min_score", "the last band must start at 0"


def _recognition_threshold(document: dict[str, Any], total: Decimal) -> Iterator[Problem]:
    threshold = document["recognition_threshold"]
    if document["kind"] == RoundKind.RECOGNITION:
        if threshold is None:
            yield "recognition_threshold", "is required in a recognition template"
        elif not 0 < Decimal(threshold) <= total:
            yield "recognition_threshold", f"must be greater than 0 and at most {total}"
    elif threshold is not None:
        yield "recognition_threshold", "must be null in an evaluation template"


def _flags_and_quota(flags: dict[str, Any], quota: dict[str, Any]) -> Iterator[Problem]:
    for name in ("max_range", "max_deviation"):
        if Decimal(flags[name]) <= 0:
            yield f"flags.{name}", "must be greater than 0"
    if not 0 < Decimal(quota["max_percent"]) <= 100:
        yield "quota.max_percent", "must be greater than 0 and at most 100"


def _tie_break(keys: list[str], criteria: list[dict[str, Any]]) -> Iterator[Problem]:
    known = {criterion["key"] for criterion in criteria}
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if key not in known:
            yield f"tie_break[{index}]", f"{key!r} is not a criterion key"
        elif key in seen:
            yield f"tie_break[{index}]", f"{key!r} is listed twice"
        seen.add(key)
