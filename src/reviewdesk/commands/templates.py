"""``reviewdesk templates list|show|check``."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.core.templates.loader import builtin_templates, find_template, load_template
from reviewdesk.core.templates.model import Template

PrintJson = Callable[[Any], None]


def template_summary(template: Template) -> dict[str, Any]:
    return {
        "id": template.template_id,
        "version": template.version,
        "kind": template.kind.value,
        "category": template.category.value,
        "name_zh": template.name.zh,
        "name_en": template.name.en,
        "criteria": len(template.criteria),
        "sha256": template.sha256,
    }


def add_template_commands(commands: Any, print_json: PrintJson) -> None:
    templates = commands.add_parser("templates", help="list, show and check scoring forms")
    verbs = templates.add_subparsers(dest="verb", metavar="VERB", required=True)

    listing = verbs.add_parser("list", help="the built-in scoring forms")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=lambda a: _list(a, print_json))

    show = verbs.add_parser("show", help="one form in full")
    show.add_argument(
        "ref", metavar="ID", help="form id (e.g. evaluation-park) or fingerprint prefix"
    )
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=lambda a: _show(a, print_json))

    check = verbs.add_parser("check", help="validate a form file (exit 0 valid, 1 invalid)")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_check)


def _list(args: argparse.Namespace, print_json: PrintJson) -> int:
    summaries = [template_summary(t) for t in builtin_templates()]
    if args.json:
        print_json(summaries)
        return 0
    print(f"{'ID':<24} {'KIND':<12} {'CATEGORY':<11} {'CRIT':>4}  {'FINGERPRINT':<16}  NAME")
    for row in summaries:
        print(
            f"{row['id']:<24} {row['kind']:<12} {row['category']:<11} {row['criteria']:>4}  "
            f"{row['sha256'][:16]}  {row['name_zh']} / {row['name_en']}"
        )
    return 0


def _show(args: argparse.Namespace, print_json: PrintJson) -> int:
    template = find_template(args.ref)
    if args.json:
        print_json(dataclasses.asdict(template))
        return 0
    print(f"{template.name.zh} / {template.name.en}")
    print(f"id {template.template_id}  version {template.version}  sha256 {template.sha256}")
    print(
        f"kind {template.kind.value}  category {template.category.value}  "
        f"total {template.total_points}"
    )
    print("\ncriteria (max, step, weight):")
    for c in template.criteria:
        print(
            f"  {c.key:<6} {c.max_points:>6} {c.step:>5} {c.weight:>4}  {c.name.zh} / {c.name.en}"
        )
    print("\nveto items:")
    for v in template.veto_items:
        print(f"  {v.key:<4} {v.name.zh} / {v.name.en}")
    agg = template.aggregation
    print(
        f"\naggregation: {agg.method.value} (trim {agg.trim_each_side} each side from "
        f"{agg.trim_min_sheets} sheets), minimum {agg.min_sheets} sheets, {agg.decimals} decimals"
    )
    bands = ", ".join(f"{b.grade.zh} ≥ {b.min_score}" for b in template.grade_bands)
    print(f"grades: {bands}")
    if template.recognition_threshold is not None:
        print(f"recognition: 建议认定 at ≥ {template.recognition_threshold} without confirmed veto")
    rules = template.comment_rules
    print(
        f"comments: overall opinion {'required' if rules.overall_opinion_required else 'optional'};"
        f" criterion comment below {rules.low_ratio} or from {rules.high_ratio} of the maximum"
    )
    flags = template.flags
    print(
        f"flags: range > {flags.max_range}, deviation > {flags.max_deviation}, "
        f"grades {flags.grade_gap}+ bands apart"
    )
    quota = template.quota
    print(
        f"优秀 quota: {'on' if quota.enabled else 'off'} "
        f"({quota.max_percent} %, {quota.mode.value})"
    )
    print(f"tie-break: {', '.join(template.tie_break) or '-'}")
    return 0


def _check(args: argparse.Namespace) -> int:
    template = load_template(args.file)
    print(f"valid: {template.template_id} {template.version} sha256 {template.sha256}")
    return 0
