"""Load scoring templates: bytes → strict JSON → schema → rules → ``Template``.

A template is identified by the SHA-256 of its canonical JSON (``dumps_canonical``): the
same rules in another layout or key order keep the id, any change of content alters it.
Every problem with a file is a ``TemplateError``:

- ``template-too-large`` (``limit``): the file exceeds ``MAX_TEMPLATE_BYTES``, checked
  before anything is parsed;
- ``template-unreadable`` (``reason``): the file cannot be read at all;
- ``template-invalid`` (``field``, ``reason``): not strict UTF-8 JSON (``field`` is ``""``),
  a schema violation or a broken rule (``field`` like ``criteria[2].max``);
- ``template-not-found`` / ``template-ambiguous`` (``ref``, ``candidates``): from
  ``find_template``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.domain import Category, Grade, RoundKind, Text
from reviewdesk.core.errors import InputError, TemplateError
from reviewdesk.core.fsutil import open_input, os_error
from reviewdesk.core.resources import resource_path
from reviewdesk.core.templates.checks import DEFAULT_STEP, DEFAULT_WEIGHT, validate_rules
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
from reviewdesk.core.templates.schema import validate_shape

FORMAT = "reviewdesk-template/1"
MAX_TEMPLATE_BYTES = 1024 * 1024  # the bundled forms are ~16 KB; this only stops abuse
MIN_HASH_PREFIX = 8
_HASH_PREFIX = re.compile(rf"[0-9a-f]{{{MIN_HASH_PREFIX},64}}")


def template_sha256(document: Any) -> str:
    """SHA-256 hex of the canonical bytes of a template document (its identity)."""
    return hashlib.sha256(dumps_canonical(document)).hexdigest()


def parse_template(data: bytes, path: Path | str | None = None) -> Template:
    """Validate ``data`` as a template document and build the ``Template``."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateError("template-too-large", path, limit=MAX_TEMPLATE_BYTES)
    try:
        document = loads_strict(data, path)
    except InputError as exc:  # one error type for every bad template file
        reason = exc.detail["reason"]
        raise TemplateError("template-invalid", path, field="", reason=reason) from None
    validate_shape(document, path)
    validate_rules(document, path)
    return _build(document, template_sha256(document))


def load_template(path: Path | str) -> Template:
    """Read and parse one template file; never reads more than the size cap (+1 byte)."""
    path = Path(path)
    try:
        with open_input(path) as handle:  # an ordinary file: a pipe or a device is refused
            try:
                data = handle.read(MAX_TEMPLATE_BYTES + 1)
            except OSError as exc:
                raise os_error(exc, path, writing=False) from None
    except InputError as exc:
        reason = exc.detail.get("reason", exc.code)
        raise TemplateError("template-unreadable", path, reason=reason) from None
    return parse_template(data, path)


def builtin_templates() -> list[Template]:
    """The default forms shipped in ``resources/templates``, sorted by file name."""
    return list(_builtin_templates())


@functools.cache
def _builtin_templates() -> tuple[Template, ...]:
    folder = resource_path("templates")
    return tuple(load_template(file) for file in sorted(folder.glob("*.json")))


def find_template(ref: str, extra_paths: Iterable[Path | str] = ()) -> Template:
    """The one template whose id is ``ref`` or whose hash starts with ``ref`` (≥ 8 hex digits).

    Searches the bundled forms and ``extra_paths`` (template files, or folders whose
    ``*.json`` files are all templates). The same document found twice counts once.
    """
    wanted = ref.strip().lower()
    by_hash = _HASH_PREFIX.fullmatch(wanted) is not None
    matches: dict[str, Template] = {}
    for template in [*builtin_templates(), *_load_extra(extra_paths)]:
        if template.template_id == wanted or (by_hash and template.sha256.startswith(wanted)):
            matches.setdefault(template.sha256, template)
    if not matches:
        raise TemplateError("template-not-found", ref=ref)
    if len(matches) > 1:
        candidates = sorted(f"{t.template_id}@{t.sha256[:12]}" for t in matches.values())
        raise TemplateError("template-ambiguous", ref=ref, candidates=candidates)
    return next(iter(matches.values()))


def _load_extra(paths: Iterable[Path | str]) -> list[Template]:
    templates: list[Template] = []
    for entry in map(Path, paths):
        files = sorted(entry.glob("*.json")) if entry.is_dir() else [entry]
        templates.extend(load_template(file) for file in files)
    return templates


def template_document(template: Template) -> dict[str, Any]:
    """The template as a JSON document with every default spelled out.

    For a document that already spells out its defaults (as the bundled ones do),
    ``template_sha256(template_document(t)) == t.sha256``.
    """
    return {
        "format": FORMAT,
        "id": template.template_id,
        "version": template.version,
        "kind": template.kind.value,
        "category": template.category.value,
        "name": _text_doc(template.name),
        "total_points": _dec(template.total_points),
        "criteria": [
            {
                "key": c.key,
                "name": _text_doc(c.name),
                "max": _dec(c.max_points),
                "step": _dec(c.step),
                "weight": _dec(c.weight),
                "guidance": _text_doc(c.guidance),
                "look_at": _text_doc(c.look_at),
            }
            for c in template.criteria
        ],
        "veto_items": [
            {"key": v.key, "name": _text_doc(v.name), "description": _text_doc(v.description)}
            for v in template.veto_items
        ],
        "comment_rules": {
            "overall_opinion_required": template.comment_rules.overall_opinion_required,
            "low_ratio": _dec(template.comment_rules.low_ratio),
            "high_ratio": _dec(template.comment_rules.high_ratio),
        },
        "aggregation": {
            "method": template.aggregation.method.value,
            "trim_min_sheets": template.aggregation.trim_min_sheets,
            "trim_each_side": template.aggregation.trim_each_side,
            "min_sheets": template.aggregation.min_sheets,
            "decimals": template.aggregation.decimals,
        },
        "grade_bands": [
            {"grade": b.grade.value, "min_score": _dec(b.min_score)} for b in template.grade_bands
        ],
        "recognition_threshold": (
            None if template.recognition_threshold is None else _dec(template.recognition_threshold)
        ),
        "flags": {
            "max_range": _dec(template.flags.max_range),
            "max_deviation": _dec(template.flags.max_deviation),
            "grade_gap": template.flags.grade_gap,
        },
        "quota": {
            "enabled": template.quota.enabled,
            "max_percent": _dec(template.quota.max_percent),
            "mode": template.quota.mode.value,
        },
        "tie_break": list(template.tie_break),
    }


def _dec(value: Decimal) -> str:
    return format(value, "f")  # plain notation, keeps the written scale ("0.50" stays)


def _text_doc(text: Text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}


def _text(data: dict[str, str]) -> Text:
    return Text(zh=data["zh"], en=data["en"])


def _build(doc: dict[str, Any], sha256: str) -> Template:
    """Turn a validated document into the frozen model (no checks left to do here)."""
    comments, agg = doc["comment_rules"], doc["aggregation"]
    flags, quota = doc["flags"], doc["quota"]
    threshold = doc["recognition_threshold"]
    return Template(
        template_id=doc["id"],
        version=doc["version"],
        kind=RoundKind(doc["kind"]),
        category=Category(doc["category"]),
        name=_text(doc["name"]),
        total_points=Decimal(doc["total_points"]),
        criteria=tuple(
            Criterion(
                key=c["key"],
                name=_text(c["name"]),
                max_points=Decimal(c["max"]),
                step=Decimal(c.get("step", DEFAULT_STEP)),
                weight=Decimal(c.get("weight", DEFAULT_WEIGHT)),
                guidance=_text(c["guidance"]),
                look_at=_text(c["look_at"]),
            )
            for c in doc["criteria"]
        ),
        veto_items=tuple(
            VetoItem(key=v["key"], name=_text(v["name"]), description=_text(v["description"]))
            for v in doc["veto_items"]
        ),
        comment_rules=CommentRules(
            overall_opinion_required=comments["overall_opinion_required"],
            low_ratio=Decimal(comments["low_ratio"]),
            high_ratio=Decimal(comments["high_ratio"]),
        ),
        aggregation=Aggregation(
            method=AggregationMethod(agg["method"]),
            trim_min_sheets=agg["trim_min_sheets"],
            trim_each_side=agg["trim_each_side"],
            min_sheets=agg["min_sheets"],
            decimals=agg["decimals"],
        ),
        grade_bands=tuple(
            GradeBand(grade=Grade(b["grade"]), min_score=Decimal(b["min_score"]))
            for b in doc["grade_bands"]
        ),
        recognition_threshold=None if threshold is None else Decimal(threshold),
        flags=FlagThresholds(
            max_range=Decimal(flags["max_range"]),
            max_deviation=Decimal(flags["max_deviation"]),
            grade_gap=flags["grade_gap"],
        ),
        quota=ExcellentQuota(
            enabled=quota["enabled"],
            max_percent=Decimal(quota["max_percent"]),
            mode=QuotaMode(quota["mode"]),
        ),
        tie_break=tuple(doc["tie_break"]),
        sha256=sha256,
    )
