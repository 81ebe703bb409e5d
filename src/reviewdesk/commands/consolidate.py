"""``reviewdesk consolidate SHEETS --template ID [--decisions FILE] [--json]``.

The chair's calculator for score sheets collected on paper or in a spreadsheet. Exit 0
when the consolidation ran, even with open flags (the output says "not final"); input errors
raise ``InputError`` and ``cli.main`` prints them on stderr with exit 1. The text output is
in Chinese or English (``--lang``, else the locale); ``--json`` is the same in both.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.commands.consolidate_text import render
from reviewdesk.commands.consolidate_words import choose_language
from reviewdesk.core.sheets.consolidation import (
    consolidate_sheet_set,
    read_decisions,
    read_sheets,
)
from reviewdesk.core.sheets.consolidation_json import consolidation_to_json
from reviewdesk.core.templates.loader import find_template, load_template
from reviewdesk.core.templates.model import Template

PrintJson = Callable[[Any], None]


def add_consolidate_commands(commands: Any, print_json: PrintJson) -> None:
    parser = commands.add_parser(
        "consolidate",
        help="panel scores, flags, grades and ranking from a CSV or JSON file of score sheets",
        description="The chair's calculator for score sheets collected on paper or in a "
        "spreadsheet. Layouts: docs/CONSOLIDATE.md.",
    )
    parser.add_argument("sheets", type=Path, metavar="SHEETS", help="score sheets (.csv or .json)")
    parser.add_argument(
        "--template",
        required=True,
        metavar="ID",
        help="scoring form: id (e.g. evaluation-park), fingerprint prefix or a form file",
    )
    parser.add_argument(
        "--decisions",
        type=Path,
        metavar="FILE",
        help="the chair's decisions (JSON); replaces decisions inside a JSON sheets file",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "zh", "en"],
        help="language of the text output (default: the locale, LC_ALL / LC_MESSAGES / LANG; "
        "Chinese when it starts with zh, else English)",
    )
    parser.set_defaults(handler=lambda a: _consolidate(a, print_json))


def _consolidate(args: argparse.Namespace, print_json: PrintJson) -> int:
    template = _template(args.template)
    sheet_set = read_sheets(args.sheets)
    decisions = read_decisions(args.decisions) if args.decisions is not None else None
    consolidation = consolidate_sheet_set(template, sheet_set, decisions)
    if args.json:
        print_json(consolidation_to_json(consolidation))
    else:
        print("\n".join(render(consolidation, choose_language(args.lang))))
    return 0


def _template(ref: str) -> Template:
    path = Path(ref)
    if path.suffix.lower() == ".json" and path.is_file():
        return load_template(path)
    return find_template(ref)
