"""The eight default scoring forms and the template loader (DESIGN §2.1, §2.2)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from template_docs import bundled_document, bundled_file, encode

from reviewdesk.core import resources
from reviewdesk.core.domain import Category, Grade, RoundKind
from reviewdesk.core.resources import resource_path
from reviewdesk.core.templates.loader import (
    builtin_templates,
    parse_template,
    template_document,
    template_sha256,
)
from reviewdesk.core.templates.model import AggregationMethod, QuotaMode, Template

IDS = [f"{kind}-{category}" for kind in RoundKind for category in Category]

# DESIGN §2.1, in form order.
MAXIMA = {
    "recognition-park": ["15", "20", "15", "25", "15", "10"],
    "recognition-research": ["15", "25", "15", "25", "15", "5"],
    "recognition-platform": ["15", "20", "15", "25", "15", "10"],
    "recognition-enterprise": ["15", "20", "15", "25", "15", "10"],
    "evaluation-park": ["25", "15", "20", "15", "10", "10", "5"],
    "evaluation-research": ["30", "20", "20", "10", "10", "10"],
    "evaluation-platform": ["30", "20", "15", "15", "10", "10"],
    "evaluation-enterprise": ["25", "25", "15", "15", "10", "10"],
}


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


@pytest.fixture(scope="module")
def forms() -> dict[str, Template]:
    return {template.template_id: template for template in builtin_templates()}


# --- the bundled forms ----------------------------------------------------------------------


def test_all_eight_default_forms_are_bundled_and_named_after_their_id(
    forms: dict[str, Template],
) -> None:
    assert sorted(forms) == sorted(IDS)
    for template_id, template in forms.items():
        assert bundled_file(template_id).stem == template_id
        assert f"{template.kind.value}-{template.category.value}" == template_id


def test_bundled_files_and_schema_are_valid_json_schema() -> None:
    schema = json.loads(resource_path("templates", "schema", "template.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    for template_id in IDS:
        assert list(validator.iter_errors(bundled_document(template_id))) == []


@pytest.mark.parametrize("template_id", IDS)
def test_each_form_has_the_design_maxima_summing_to_100(
    forms: dict[str, Template], template_id: str
) -> None:
    template = forms[template_id]
    assert [str(c.max_points) for c in template.criteria] == MAXIMA[template_id]
    assert template.total_points == Decimal(100)
    assert sum(c.max_points * c.weight for c in template.criteria) == Decimal(100)
    prefix = "R" if template.kind is RoundKind.RECOGNITION else "E"
    assert [c.key for c in template.criteria] == [
        f"{prefix}{n}" for n in range(1, len(template.criteria) + 1)
    ]
    for criterion in template.criteria:
        assert criterion.step == Decimal("0.5")
        assert criterion.weight == Decimal(1)


@pytest.mark.parametrize("template_id", IDS)
def test_every_criterion_has_bilingual_guidance_and_what_to_look_at(
    forms: dict[str, Template], template_id: str
) -> None:
    template = forms[template_id]
    texts = [template.name] + [t for c in template.criteria for t in (c.name, c.guidance)]
    texts += [c.look_at for c in template.criteria]
    texts += [t for v in template.veto_items for t in (v.name, v.description)]
    for text in texts:
        assert has_chinese(text.zh), text
        assert text.en.strip() and not has_chinese(text.en), text
    for criterion in template.criteria:
        assert len(criterion.guidance.zh) > 40 and len(criterion.look_at.zh) > 40
        assert "（1）" in criterion.look_at.zh and "(1)" in criterion.look_at.en


@pytest.mark.parametrize("template_id", IDS)
def test_veto_items_follow_the_round_kind(forms: dict[str, Template], template_id: str) -> None:
    template = forms[template_id]
    keys = [item.key for item in template.veto_items]
    if template.kind is RoundKind.RECOGNITION:
        assert keys == ["V1", "V2", "V3", "V4", "V7"]  # V4 eligibility: recognition only
    else:
        assert keys == ["V1", "V2", "V3", "V5", "V6", "V7"]  # V5, V6: evaluation only


@pytest.mark.parametrize("template_id", IDS)
def test_each_form_carries_the_design_defaults(
    forms: dict[str, Template], template_id: str
) -> None:
    template = forms[template_id]
    assert template.comment_rules.overall_opinion_required
    assert (template.comment_rules.low_ratio, template.comment_rules.high_ratio) == (
        Decimal("0.6"),
        Decimal("0.9"),
    )
    aggregation = template.aggregation
    assert aggregation.method is AggregationMethod.TRIMMED_MEAN
    assert (aggregation.trim_min_sheets, aggregation.trim_each_side) == (5, 1)
    assert (aggregation.min_sheets, aggregation.decimals) == (3, 2)
    assert [(b.grade, b.min_score) for b in template.grade_bands] == [
        (Grade.EXCELLENT, Decimal(90)),
        (Grade.GOOD, Decimal(75)),
        (Grade.QUALIFIED, Decimal(60)),
        (Grade.UNQUALIFIED, Decimal(0)),
    ]
    expected_threshold = Decimal(70) if template.kind is RoundKind.RECOGNITION else None
    assert template.recognition_threshold == expected_threshold
    assert (template.flags.max_range, template.flags.max_deviation) == (Decimal(20), Decimal(15))
    assert template.flags.grade_gap == 2
    assert not template.quota.enabled
    assert (template.quota.max_percent, template.quota.mode) == (Decimal(30), QuotaMode.WARN)
    assert sorted(template.tie_break) == sorted(c.key for c in template.criteria)


def test_builtin_templates_are_cached_but_the_list_is_the_callers() -> None:
    first = builtin_templates()
    first.clear()
    second = builtin_templates()
    assert len(second) == 8
    assert second[0] is builtin_templates()[0]


# --- identity: the SHA-256 of the canonical document ------------------------------------------


def test_hash_survives_reformatting_and_key_order() -> None:
    original = bundled_file("evaluation-park").read_bytes()
    document = bundled_document("evaluation-park")
    reordered = dict(reversed(list(document.items())))
    compact = json.dumps(reordered, ensure_ascii=True, separators=(",", ":")).encode()
    assert parse_template(compact).sha256 == parse_template(original).sha256
    assert parse_template(original).sha256 == template_sha256(document)


def _edit_text(document: dict[str, Any]) -> None:
    guidance = document["criteria"][0]["guidance"]
    guidance["zh"] = guidance["zh"].replace("。", "，", 1)


def _move_one_point(document: dict[str, Any]) -> None:
    document["criteria"][0]["max"] = "24.5"  # E1 25 → 24.5, E2 15 → 15.5: still 100
    document["criteria"][1]["max"] = "15.5"


@pytest.mark.parametrize("change", [_edit_text, _move_one_point])
def test_a_one_character_change_alters_the_hash(change: Any) -> None:
    document = bundled_document("evaluation-park")
    before = parse_template(encode(document)).sha256
    change(document)
    assert parse_template(encode(document)).sha256 != before


@pytest.mark.parametrize("template_id", IDS)
def test_template_document_round_trips_with_the_same_hash(
    forms: dict[str, Template], template_id: str
) -> None:
    template = forms[template_id]
    document = template_document(template)
    assert document == bundled_document(template_id)
    assert template_sha256(document) == template.sha256
    assert parse_template(encode(document)) == template


def test_defaults_are_filled_in_but_spelling_them_out_changes_the_hash() -> None:
    document = bundled_document("evaluation-park")
    for criterion in document["criteria"]:
        del criterion["step"], criterion["weight"]
    short = parse_template(encode(document))
    full = parse_template(bundled_file("evaluation-park").read_bytes())
    assert short == full  # same rules (sha256 is not compared) ...
    assert short.sha256 != full.sha256  # ... but a different document


# --- where the resources are ---------------------------------------------------------------


def test_resources_are_found_in_a_source_checkout() -> None:
    assert resource_path("templates", "schema", "template.schema.json").is_file()
    assert bundled_file("evaluation-park").parent == resource_path("templates")


def test_an_installed_copy_of_the_resources_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "_INSTALLED", tmp_path)  # reviewdesk/resources in a wheel
    assert resource_path("templates", "x.json") == tmp_path / "templates" / "x.json"
