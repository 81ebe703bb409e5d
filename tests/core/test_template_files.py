"""Files that are not templates at all, the size cap, and finding a template by reference."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from template_docs import bundled_document, bundled_file, encode

from reviewdesk.core.errors import TemplateError
from reviewdesk.core.templates.loader import (
    MAX_TEMPLATE_BYTES,
    builtin_templates,
    find_template,
    load_template,
    parse_template,
)

EVAL = "evaluation-park"


# --- bytes that are not a JSON template -----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b'{"format": "reviewdesk-template/1"', "line 1", id="truncated"),
        pytest.param(b'{"id": "x", "id": "y"}', "duplicate key 'id'", id="duplicate-key"),
        pytest.param(b'{"total_points": 100.0}', "binary float", id="float"),
        pytest.param(b'{"total_points": NaN}', "NaN", id="nan"),
        pytest.param(b'{"id": "\xff"}', "not UTF-8", id="latin-1"),
        pytest.param(b"\xef\xbb\xbf{}", "line 1", id="byte-order-mark"),
        pytest.param(b"", "line 1", id="empty"),
        pytest.param(b"[]", "an object", id="list"),
    ],
)
def test_bytes_that_are_not_a_template_object_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template(data, "x.json")
    assert (caught.value.code, caught.value.detail["field"]) == ("template-invalid", "")
    assert reason in caught.value.detail["reason"]


def test_a_template_over_the_size_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    at_cap = encode(bundled_document(EVAL))
    at_cap += b" " * (MAX_TEMPLATE_BYTES - len(at_cap))
    assert parse_template(at_cap).template_id == EVAL  # exactly the cap is fine
    over = tmp_path / "huge.json"
    over.write_bytes(b"[" * (MAX_TEMPLATE_BYTES + 1))  # would also be nested too deep
    with pytest.raises(TemplateError) as caught:
        load_template(over)
    assert caught.value.code == "template-too-large"
    assert caught.value.path == over
    assert caught.value.detail["limit"] == MAX_TEMPLATE_BYTES


def test_a_missing_file_or_a_folder_is_unreadable(tmp_path: Path) -> None:
    for path in (tmp_path / "absent.json", tmp_path):
        with pytest.raises(TemplateError) as caught:
            load_template(path)
        assert caught.value.code == "template-unreadable"
        assert caught.value.path == path


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(position=st.integers(min_value=0), value=json_values)
def test_any_value_anywhere_gives_a_template_or_a_template_error(position: int, value: Any) -> None:
    document = bundled_document("recognition-research")
    containers: list[tuple[Any, str | int]] = []

    def collect(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            containers.append((node, key))
            if isinstance(child, dict | list):
                collect(child)

    collect(document)
    node, key = containers[position % len(containers)]
    node[key] = value
    try:
        parse_template(encode(document))
    except TemplateError as error:
        assert error.code == "template-invalid"
        assert isinstance(error.detail["field"], str) and error.detail["reason"]


# --- finding a template by id or fingerprint --------------------------------------------------


def test_find_by_id_and_by_hash_prefix() -> None:
    park = find_template("evaluation-park")
    assert park.template_id == "evaluation-park"
    assert find_template(park.sha256[:8]) is park
    assert find_template(park.sha256.upper()) is park
    assert find_template(f"  {park.sha256[:20]} ") is park


@pytest.mark.parametrize("ref", ["evaluation-zoo", "0123456789abcdef", "", "evaluation"])
def test_unknown_ref_is_not_found(ref: str) -> None:
    with pytest.raises(TemplateError) as caught:
        find_template(ref)
    assert caught.value.code == "template-not-found"
    assert caught.value.detail["ref"] == ref


def test_a_hash_prefix_shorter_than_eight_digits_is_not_enough() -> None:
    prefix = find_template("evaluation-park").sha256[:7]
    with pytest.raises(TemplateError) as caught:
        find_template(prefix)
    assert caught.value.code == "template-not-found"


def test_extra_folder_adds_templates_and_the_same_file_twice_counts_once(tmp_path: Path) -> None:
    shutil.copy(bundled_file(EVAL), tmp_path / "copy.json")
    own = bundled_document(EVAL)
    own["id"] = "evaluation-park-2026"
    (tmp_path / "own.json").write_bytes(encode(own))
    assert find_template(EVAL, [tmp_path]).template_id == EVAL
    assert find_template("evaluation-park-2026", [tmp_path / "own.json"]).version == "2025.1"


def test_two_different_templates_with_one_id_are_ambiguous(tmp_path: Path) -> None:
    revised = bundled_document(EVAL)
    revised["version"] = "2026.1"
    (tmp_path / "revised.json").write_bytes(encode(revised))
    with pytest.raises(TemplateError) as caught:
        find_template(EVAL, [tmp_path])
    assert caught.value.code == "template-ambiguous"
    bundled = find_template(EVAL)
    assert f"{EVAL}@{bundled.sha256[:12]}" in caught.value.detail["candidates"]
    assert len(caught.value.detail["candidates"]) == 2
    revised_hash = load_template(tmp_path / "revised.json").sha256
    assert find_template(revised_hash[:8], [tmp_path]).version == "2026.1"


def test_a_ref_matching_one_id_and_another_hash_is_ambiguous(tmp_path: Path) -> None:
    park = find_template(EVAL)
    impostor = bundled_document("evaluation-research")
    impostor["id"] = park.sha256[:8]  # a valid slug that is also a hash prefix
    (tmp_path / "impostor.json").write_bytes(encode(impostor))
    with pytest.raises(TemplateError) as caught:
        find_template(park.sha256[:8], [tmp_path])
    assert caught.value.code == "template-ambiguous"


def test_a_broken_file_in_an_extra_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{}", "utf-8")
    with pytest.raises(TemplateError) as caught:
        find_template(EVAL, [tmp_path])
    assert (caught.value.code, caught.value.path) == ("template-invalid", tmp_path / "bad.json")


def test_builtin_hash_prefixes_are_unique() -> None:
    prefixes = {template.sha256[:8] for template in builtin_templates()}
    assert len(prefixes) == 8
