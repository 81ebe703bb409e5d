"""Structural validation of a template document against the bundled JSON Schema.

The schema (``resources/templates/schema/template.schema.json``, draft 2020-12) fixes the
shape: required fields, types, enums, decimal strings, lengths. A violation becomes one
``TemplateError("template-invalid", path, field="criteria[2].max", reason="...")`` so that
callers never see a raw jsonschema exception.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.errors import TemplateError
from reviewdesk.core.resources import resource_path

SCHEMA_PARTS = ("templates", "schema", "template.schema.json")

_TYPE_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "boolean": "true or false",
    "null": "null",
}


@functools.cache
def _schema() -> dict[str, Any]:
    path = resource_path(*SCHEMA_PARTS)
    schema: dict[str, Any] = loads_strict(path.read_bytes(), path)
    return schema


@functools.cache
def _validator() -> Any:  # jsonschema ships no type information
    return Draft202012Validator(_schema())


def field_path(parts: Iterable[str | int]) -> str:
    """``("criteria", 2, "max")`` → ``"criteria[2].max"``; the document itself is ``""``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def validate_shape(document: Any, path: Path | str | None = None) -> None:
    """Raise ``TemplateError("template-invalid")`` for the first schema violation."""
    errors: list[ValidationError] = list(_validator().iter_errors(document))
    if not errors:
        return
    # Shallowest first (a missing section before details inside it), then document order.
    error = min(errors, key=_sort_key)
    field, reason = _describe(error)
    raise TemplateError("template-invalid", path, field=field, reason=reason)


def _sort_key(error: ValidationError) -> tuple[int, tuple[tuple[int, int, str], ...]]:
    parts = tuple((0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.path)
    return len(parts), parts


def _describe(error: ValidationError) -> tuple[str, str]:
    """The field path (pointing at the offending member, not its parent) and a reason."""
    parts: list[str | int] = list(error.absolute_path)
    keyword = error.validator
    value: Any = error.validator_value
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    instance: Any = error.instance

    if keyword == "required":
        missing = [name for name in value if name not in instance]
        return field_path([*parts, missing[0]]), "is required"
    if keyword == "additionalProperties":
        known = set(schema.get("properties", {}))
        extra = sorted(name for name in instance if name not in known)
        return field_path([*parts, extra[0]]), "is not a known field"
    field = field_path(parts)
    if keyword in ("type", "pattern"):
        if "description" in schema:
            return field, f"must be {schema['description']}"
        types = [value] if isinstance(value, str) else list(value)
        return field, "must be " + " or ".join(_TYPE_NAMES.get(t, t) for t in types)
    if keyword == "const":
        return field, f"must be {json.dumps(value)}"
    if keyword == "enum":
        return field, "must be one of " + ", ".join(json.dumps(v) for v in value)
    if keyword in ("minLength", "minItems") and value == 1:
        return field, "must not be empty"
    simple = {
        "minLength": "must be at least {} characters long",
        "maxLength": "must be at most {} characters long",
        "minItems": "must have at least {} entries",
        "maxItems": "must have at most {} entries",
        "minimum": "must be at least {}",
        "maximum": "must be at most {}",
    }
    if keyword in simple:
        return field, simple[keyword].format(value)
    return field, str(error.message)[:200]
