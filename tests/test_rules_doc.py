"""docs/RULES.md states the rules with the template field that sets each number.

The test keeps it true: every field of the flag thresholds, the grade bands, the panel-score
aggregation and the 优秀 quota (in the model and in every bundled form) must be named in both
the Chinese and the English half, so a new threshold cannot be added without its rule.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from reviewdesk.core.templates.model import (
    Aggregation,
    ExcellentQuota,
    FlagThresholds,
    GradeBand,
)

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "docs" / "RULES.md"
SECTIONS = {
    "flags": FlagThresholds,
    "aggregation": Aggregation,
    "grade_bands[]": GradeBand,
    "quota": ExcellentQuota,
}


def halves() -> dict[str, str]:
    text = RULES.read_text("utf-8")
    chinese, english = text.split("\n## 中文\n", 1)[1].split("\n## English\n", 1)
    return {"中文": chinese, "English": english}


def documented_fields() -> set[str]:
    names = {f"{section}.{f.name}" for section, model in SECTIONS.items() for f in fields(model)}
    for form in sorted((ROOT / "resources" / "templates").glob("*.json")):
        data = json.loads(form.read_text("utf-8"))
        names |= {f"flags.{key}" for key in data["flags"]}
        names |= {f"aggregation.{key}" for key in data["aggregation"]}
        names |= {f"quota.{key}" for key in data["quota"]}
        names |= {f"grade_bands[].{key}" for band in data["grade_bands"] for key in band}
        if data.get("recognition_threshold") is not None:
            names.add("recognition_threshold")
        names |= {"tie_break", "veto_items"} & set(data)
    return names


def test_rules_name_every_threshold_and_band_field_in_both_languages() -> None:
    wanted = documented_fields()
    assert {"flags.max_deviation", "grade_bands[].min_score", "quota.mode"} <= wanted
    for language, text in halves().items():
        missing = sorted(name for name in wanted if f"`{name}`" not in text)
        assert not missing, f"docs/RULES.md ({language}) does not name {missing}"


def test_rules_say_the_deviation_is_measured_from_the_median() -> None:
    chinese, english = halves().values()
    assert "中位数" in chinese and "median" in english


def test_consolidate_doc_points_to_the_rules() -> None:
    assert "RULES.md" in (ROOT / "docs" / "CONSOLIDATE.md").read_text("utf-8")
