"""A broken template document is refused with one precise error naming the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from template_docs import both, bundled_document, drop, encode, put

from reviewdesk.core.errors import TemplateError
from reviewdesk.core.templates.loader import parse_template
from reviewdesk.core.templates.model import Template


def swap_bands(document: Any) -> None:
    bands = document["grade_bands"]
    bands[0]["grade"], bands[1]["grade"] = bands[1]["grade"], bands[0]["grade"]


EVAL = "evaluation-park"
RECOG = "recognition-park"

# (form, change, field path, a word of the reason)
BROKEN = [
    # shape (JSON Schema)
    pytest.param(EVAL, drop("format"), "format", "required", id="format-missing"),
    pytest.param(EVAL, put("format", "reviewdesk-template/2"), "format", "must be", id="format"),
    pytest.param(EVAL, put("colour", "red"), "colour", "not a known field", id="unknown-top"),
    pytest.param(EVAL, put("id", "Evaluation Park"), "id", "slug", id="id-not-slug"),
    pytest.param(EVAL, put("version", ""), "version", "version", id="version-empty"),
    pytest.param(EVAL, put("kind", "review"), "kind", "one of", id="kind"),
    pytest.param(EVAL, put("category", "hospital"), "category", "one of", id="category"),
    pytest.param(EVAL, put("name.zh", ""), "name.zh", "empty", id="name-empty"),
    pytest.param(EVAL, drop("name.en"), "name.en", "required", id="name-en-missing"),
    pytest.param(EVAL, put("total_points", 100), "total_points", "decimal", id="total-int"),
    pytest.param(EVAL, put("criteria", []), "criteria", "empty", id="no-criteria"),
    pytest.param(EVAL, put("criteria[2].max", 20), "criteria[2].max", "string", id="max-int"),
    pytest.param(EVAL, put("criteria[2].max", "-20"), "criteria[2].max", "decimal", id="max-neg"),
    pytest.param(EVAL, put("criteria[2].max", "2e1"), "criteria[2].max", "decimal", id="max-exp"),
    pytest.param(
        EVAL, put("criteria[2].max", "20.00001"), "criteria[2].max", "4 decimal", id="max-scale"
    ),
    pytest.param(EVAL, put("criteria[2].maxx", "20"), "criteria[2].maxx", "not a known", id="typo"),
    pytest.param(
        EVAL, drop("criteria[2].guidance"), "criteria[2].guidance", "required", id="no-guidance"
    ),
    pytest.param(
        EVAL,
        put("criteria[4].look_at.en", "x" * 4001),
        "criteria[4].look_at.en",
        "4000",
        id="look-long",
    ),
    pytest.param(
        EVAL, put("criteria[1].key", "1st"), "criteria[1].key", "letter", id="key-pattern"
    ),
    pytest.param(EVAL, put("veto_items[0].key", "V0"), "veto_items[0].key", "V1", id="veto-key"),
    pytest.param(
        EVAL,
        drop("veto_items[2].description"),
        "veto_items[2].description",
        "required",
        id="veto-desc",
    ),
    pytest.param(
        EVAL,
        put("comment_rules.overall_opinion_required", "yes"),
        "comment_rules.overall_opinion_required",
        "true or false",
        id="opinion-bool",
    ),
    pytest.param(
        EVAL, put("aggregation.method", "median"), "aggregation.method", "one of", id="method"
    ),
    pytest.param(
        EVAL,
        put("aggregation.min_sheets", 0),
        "aggregation.min_sheets",
        "at least 1",
        id="min-sheets",
    ),
    pytest.param(
        EVAL, put("aggregation.decimals", 5), "aggregation.decimals", "at most 4", id="decimals"
    ),
    pytest.param(
        EVAL, put("aggregation.decimals", "2"), "aggregation.decimals", "integer", id="decimals-str"
    ),
    pytest.param(EVAL, drop("grade_bands[3]"), "grade_bands", "at least 4", id="three-bands"),
    pytest.param(
        EVAL, put("grade_bands[1].grade", "fair"), "grade_bands[1].grade", "one of", id="grade-name"
    ),
    pytest.param(
        EVAL, put("recognition_threshold", 70), "recognition_threshold", "null", id="threshold-int"
    ),
    pytest.param(EVAL, put("flags.grade_gap", True), "flags.grade_gap", "integer", id="gap-bool"),
    pytest.param(EVAL, put("flags.grade_gap", 0), "flags.grade_gap", "at least 1", id="gap-zero"),
    pytest.param(EVAL, put("quota.mode", "block"), "quota.mode", "one of", id="quota-mode"),
    pytest.param(EVAL, put("tie_break[0]", 1), "tie_break[0]", "key", id="tie-not-str"),
    # rules (semantic checks)
    pytest.param(EVAL, put("total_points", "0"), "total_points", "greater than 0", id="total-zero"),
    pytest.param(
        EVAL, put("criteria[2].max", "21"), "criteria", "add up to 101, not 100", id="sum"
    ),
    pytest.param(EVAL, put("total_points", "99"), "criteria", "add up to 100, not 99", id="total"),
    pytest.param(
        EVAL, put("criteria[3].max", "0"), "criteria[3].max", "greater than 0", id="max-zero"
    ),
    pytest.param(
        EVAL, put("criteria[3].step", "0"), "criteria[3].step", "greater than 0", id="step-zero"
    ),
    pytest.param(
        EVAL, put("criteria[3].step", "2"), "criteria[3].max", "multiple of the step 2", id="step"
    ),
    pytest.param(
        EVAL,
        both(put("criteria[5].max", "9.75"), put("criteria[6].max", "5.25")),
        "criteria[5].max",
        "multiple",
        id="quarter",
    ),
    pytest.param(
        EVAL,
        put("criteria[3].weight", "0"),
        "criteria[3].weight",
        "greater than 0",
        id="weight-zero",
    ),
    pytest.param(
        EVAL, put("criteria[3].weight", "2"), "criteria", "add up to 115", id="weighted-sum"
    ),
    pytest.param(
        EVAL, put("criteria[4].key", "E1"), "criteria[4].key", "duplicate key 'E1'", id="dup-key"
    ),
    pytest.param(
        EVAL,
        put("veto_items[3].key", "V4"),
        "veto_items[3].key",
        "recognition rounds only",
        id="V4-eval",
    ),
    pytest.param(
        RECOG,
        put("veto_items[3].key", "V5"),
        "veto_items[3].key",
        "evaluation rounds only",
        id="V5-recog",
    ),
    pytest.param(
        RECOG,
        put("veto_items[3].key", "V6"),
        "veto_items[3].key",
        "evaluation rounds only",
        id="V6-recog",
    ),
    pytest.param(
        EVAL, put("veto_items[5].key", "V1"), "veto_items[5].key", "duplicate", id="dup-veto"
    ),
    pytest.param(
        EVAL,
        put("comment_rules.low_ratio", "0"),
        "comment_rules.low_ratio",
        "greater than 0",
        id="low-0",
    ),
    pytest.param(
        EVAL,
        put("comment_rules.low_ratio", "1"),
        "comment_rules.low_ratio",
        "less than 1",
        id="low-1",
    ),
    pytest.param(
        EVAL,
        put("comment_rules.high_ratio", "1.5"),
        "comment_rules.high_ratio",
        "at most 1",
        id="high",
    ),
    pytest.param(
        EVAL,
        put("comment_rules.high_ratio", "0.6"),
        "comment_rules.high_ratio",
        "low_ratio",
        id="low-high",
    ),
    pytest.param(
        EVAL,
        put("aggregation.trim_min_sheets", 2),
        "aggregation.trim_min_sheets",
        "2 × trim_each_side",
        id="trim",
    ),
    pytest.param(
        EVAL,
        put("aggregation.trim_each_side", 0),
        "aggregation.trim_each_side",
        "at least 1",
        id="trim-0",
    ),
    pytest.param(EVAL, swap_bands, "grade_bands[0].grade", "'excellent'", id="band-order"),
    pytest.param(
        EVAL,
        put("grade_bands[2].min_score", "80"),
        "grade_bands[2].min_score",
        "lower than the band above (75)",
        id="band-up",
    ),
    pytest.param(
        EVAL,
        put("grade_bands[1].min_score", "90"),
        "grade_bands[1].min_score",
        "lower",
        id="band-equal",
    ),
    pytest.param(
        EVAL,
        put("grade_bands[3].min_score", "10"),
        "grade_bands[3].min_score",
        "start at 0",
        id="band-last",
    ),
    pytest.param(
        EVAL,
        put("grade_bands[0].min_score", "101"),
        "grade_bands[0].min_score",
        "total_points",
        id="band-top",
    ),
    pytest.param(
        RECOG,
        put("recognition_threshold", None),
        "recognition_threshold",
        "required",
        id="threshold-missing",
    ),
    pytest.param(
        RECOG,
        put("recognition_threshold", "0"),
        "recognition_threshold",
        "greater than 0",
        id="threshold-0",
    ),
    pytest.param(
        RECOG,
        put("recognition_threshold", "100.5"),
        "recognition_threshold",
        "at most 100",
        id="threshold-high",
    ),
    pytest.param(
        EVAL,
        put("recognition_threshold", "70"),
        "recognition_threshold",
        "null",
        id="threshold-eval",
    ),
    pytest.param(
        EVAL, put("flags.max_range", "0"), "flags.max_range", "greater than 0", id="range-0"
    ),
    pytest.param(
        EVAL, put("flags.max_deviation", "0"), "flags.max_deviation", "greater than 0", id="dev-0"
    ),
    pytest.param(
        EVAL, put("quota.max_percent", "0"), "quota.max_percent", "greater than 0", id="quota-0"
    ),
    pytest.param(
        EVAL, put("quota.max_percent", "100.5"), "quota.max_percent", "at most 100", id="quota-high"
    ),
    pytest.param(
        EVAL, put("tie_break[1]", "E9"), "tie_break[1]", "'E9' is not a criterion", id="tie-unknown"
    ),
    pytest.param(EVAL, put("tie_break[1]", "E1"), "tie_break[1]", "listed twice", id="tie-twice"),
    # untrusted text (FORMAT.md §6): names are one line, guidance is free text, no bidi
    pytest.param(
        EVAL, put("name.zh", "园区\u202egpj.exe"), "name.zh", "U+202E is a bidir", id="name-bidi"
    ),
    pytest.param(
        EVAL,
        put("criteria[1].name.en", "Team\nand talent"),
        "criteria[1].name.en",
        "line break",
        id="criterion-name-newline",
    ),
    pytest.param(
        EVAL,
        put("criteria[3].guidance.zh", "看\x1b[31m红"),
        "criteria[3].guidance.zh",
        "U+001B is a control",
        id="guidance-escape",
    ),
    pytest.param(
        EVAL,
        put("criteria[0].look_at.en", "see \u2066hidden\u2069"),
        "criteria[0].look_at.en",
        "U+2066",
        id="look-at-isolate",
    ),
    pytest.param(
        EVAL,
        put("veto_items[2].name.zh", "否决\u2028项"),
        "veto_items[2].name.zh",
        "U+2028 is a line break",
        id="veto-label-separator",
    ),
    pytest.param(
        EVAL,
        put("veto_items[0].description.en", "x\u200fy"),
        "veto_items[0].description.en",
        "U+200F",
        id="veto-description-bidi",
    ),
]


@pytest.mark.parametrize(("form", "change", "field", "reason"), BROKEN)
def test_broken_template_names_the_field(form: str, change: Any, field: str, reason: str) -> None:
    document = bundled_document(form)
    change(document)
    with pytest.raises(TemplateError) as caught:
        parse_template(encode(document), "broken.json")
    assert caught.value.code == "template-invalid"
    assert caught.value.path == Path("broken.json")
    assert caught.value.detail["field"] == field
    assert reason in caught.value.detail["reason"]


ALLOWED = [
    pytest.param(EVAL, drop("criteria[0].step"), id="step-default"),
    pytest.param(EVAL, drop("criteria[0].weight"), id="weight-default"),
    pytest.param(
        EVAL, both(put("criteria[6].max", "2.5"), put("criteria[6].weight", "2")), id="weight"
    ),
    pytest.param(
        EVAL, both(put("criteria[6].step", "0.25"), put("criteria[6].max", "5")), id="quarter-step"
    ),
    pytest.param(EVAL, put("comment_rules.high_ratio", "1"), id="full-marks-only"),
    pytest.param(
        EVAL,
        put(
            "aggregation",
            {
                "method": "mean",
                "trim_min_sheets": 0,
                "trim_each_side": 0,
                "min_sheets": 2,
                "decimals": 1,
            },
        ),
        id="plain-mean",
    ),
    pytest.param(EVAL, drop("veto_items[5]"), id="veto-dropped"),
    pytest.param(EVAL, put("veto_items[5].key", "V8"), id="veto-extra"),
    pytest.param(EVAL, put("tie_break", ["E3"]), id="short-tie-break"),
    pytest.param(EVAL, put("id", "evaluation-park-2026"), id="own-id"),
    pytest.param(
        EVAL, put("criteria[0].guidance.zh", "第一段。\n\n第二段：\t要点。"), id="free-text-lines"
    ),
    pytest.param(EVAL, put("veto_items[0].name.en", "Falsified — عربي / 中文"), id="mixed-script"),
]


@pytest.mark.parametrize(("form", "change"), ALLOWED)
def test_documented_liberties_are_accepted(form: str, change: Any) -> None:
    document = bundled_document(form)
    change(document)
    assert isinstance(parse_template(encode(document)), Template)


def test_weights_and_defaults_reach_the_model() -> None:
    document = bundled_document(EVAL)
    both(put("criteria[6].max", "2.5"), put("criteria[6].weight", "2"))(document)
    drop("criteria[0].step")(document)
    template = parse_template(encode(document))
    assert str(template.criteria[0].step) == "0.5"
    assert (str(template.criteria[6].max_points), str(template.criteria[6].weight)) == ("2.5", "2")
