"""``reviewdesk commission round|applicants|materials|panels|assign|build``: a round from
set-up to the packages on the sticks (see ``commission`` for the shared options)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.commands.commission_build import build_command, check_command
from reviewdesk.commands.commission_common import common, open_db, parse_time
from reviewdesk.core.commission import panels as panel_service
from reviewdesk.core.commission import round_setup
from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.errors import InputError

PrintJson = Callable[[Any], None]


def add_round_verbs(verbs: Any, print_json: PrintJson) -> None:
    rnd = verbs.add_parser("round", help="create a round and choose its forms")
    rverbs = rnd.add_subparsers(dest="round_verb", metavar="VERB", required=True)
    new = rverbs.add_parser("new", help="a new round (the built-in form of every category)")
    new.add_argument("round")
    new.add_argument("--name", required=True)
    new.add_argument("--kind", choices=[k.value for k in RoundKind], required=True)
    new.add_argument("--deadline", type=parse_time, help="YYYY-MM-DDTHH:MM:SSZ (UTC)")
    common(new)
    new.set_defaults(handler=lambda a: _new_round(a, print_json))
    form = rverbs.add_parser("form", help="the form of one category: built-in or a file")
    form.add_argument("round")
    form.add_argument("category", choices=[c.value for c in Category])
    source = form.add_mutually_exclusive_group(required=True)
    source.add_argument("--builtin", metavar="ID")
    source.add_argument("--file", type=Path, metavar="FILE")
    common(form)
    form.set_defaults(handler=lambda a: _form(a, print_json))

    applicants = verbs.add_parser("applicants", help="the round's applicants")
    averbs = applicants.add_subparsers(dest="applicants_verb", metavar="VERB", required=True)
    imp = averbs.add_parser("import", help="from XLSX or CSV, every bad cell named")
    imp.add_argument("round")
    imp.add_argument("file", type=Path, metavar="FILE")
    common(imp)
    imp.set_defaults(handler=lambda a: _applicants(a, print_json))

    materials = verbs.add_parser("materials", help="the applicants' materials")
    mverbs = materials.add_subparsers(dest="materials_verb", metavar="VERB", required=True)
    check = mverbs.add_parser("check", help="match a folder by applicant ref, check the PDFs")
    check.add_argument("round")
    check.add_argument("folder", type=Path, metavar="FOLDER")
    common(check)
    check.set_defaults(handler=lambda a: _materials(a, print_json))

    panels = verbs.add_parser("panels", help="the round's panels")
    pverbs = panels.add_subparsers(dest="panels_verb", metavar="VERB", required=True)
    add = pverbs.add_parser("add", help="a new panel for one category")
    add.add_argument("round")
    add.add_argument("panel")
    add.add_argument("--name", required=True)
    add.add_argument("--category", choices=[c.value for c in Category], required=True)
    add.add_argument(
        "--minimum", type=int, help="experts per applicant at least (default: the form's minimum)"
    )
    add.add_argument("--per-applicant", type=int, help="experts per applicant wanted")
    common(add)
    add.set_defaults(handler=lambda a: _panel_add(a, print_json))
    people = pverbs.add_parser("set", help="the panel's chair and experts (key ids)")
    people.add_argument("round")
    people.add_argument("panel")
    people.add_argument("--chair", required=True, metavar="KEYID")
    people.add_argument("--member", action="append", required=True, metavar="KEYID")
    people.add_argument("--expected-version", type=int, metavar="N")
    common(people)
    people.set_defaults(handler=lambda a: _panel_set(a, print_json))
    place = pverbs.add_parser(
        "place",
        help="put applicants in the panel (default: every applicant of its category in no panel)",
    )
    place.add_argument("round")
    place.add_argument("panel")
    place.add_argument("--applicant", action="append", metavar="REF")
    common(place)
    place.set_defaults(handler=lambda a: _panel_place(a, print_json))
    listing = pverbs.add_parser("list", help="the panels with their people and applicants")
    listing.add_argument("round")
    common(listing)
    listing.set_defaults(handler=lambda a: _panel_list(a, print_json))

    assign = verbs.add_parser("assign", help="who scores whom")
    sverbs = assign.add_subparsers(dest="assign_verb", metavar="VERB", required=True)
    propose = sverbs.add_parser("propose", help="a conflict-free, balanced proposal")
    propose.add_argument("round")
    propose.add_argument("panel")
    common(propose)
    propose.set_defaults(handler=lambda a: _propose(a, print_json))
    edit = sverbs.add_parser("edit", help="set the experts of one applicant")
    edit.add_argument("round")
    edit.add_argument("applicant")
    edit.add_argument("--expert", action="append", required=True, metavar="KEYID")
    edit.add_argument("--expected-version", type=int, metavar="N")
    edit.add_argument("--note", default="")
    common(edit)
    edit.set_defaults(handler=lambda a: _edit(a, print_json))
    checking = sverbs.add_parser(
        "check", help="every problem that keeps the round from being built"
    )
    checking.add_argument("round")
    common(checking)
    checking.set_defaults(handler=lambda a: check_command(a, print_json))

    build = verbs.add_parser("build", help="build every package of the round")
    build.add_argument("round")
    build.add_argument("--out", type=Path, required=True, metavar="DIR")
    build.add_argument(
        "--identity",
        type=Path,
        required=True,
        metavar="FILE",
        help="the operational key that signs the packages",
    )
    build.add_argument("--passphrase-file", type=Path, metavar="F")
    common(build)
    build.set_defaults(handler=lambda a: build_command(a, print_json))


def _out(args: argparse.Namespace, print_json: PrintJson, value: Any, lines: list[str]) -> None:
    if args.json:
        print_json(value)
    else:
        for line in lines:
            print(line)


def _new_round(args: argparse.Namespace, print_json: PrintJson) -> int:
    kind = RoundKind(args.kind)
    with open_db(args) as db:
        info = round_setup.create_round(
            db, args.round, name=args.name, kind=kind, deadline=args.deadline
        )
        forms = [
            round_setup.set_form(db, args.round, c, builtin=f"{kind.value}-{c.value}")
            for c in Category
        ]
    _out(
        args,
        print_json,
        {
            "round": info.ref,
            "kind": kind.value,
            "forms": {f.category.value: f.sha256 for f in forms},
        },
        [f"round {info.ref}: {info.name} ({kind.value})"]
        + [f"  {f.category.value:<10} {f.source}  {f.sha256}" for f in forms],
    )
    return 0


def _form(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        form = round_setup.set_form(
            db, args.round, Category(args.category), builtin=args.builtin, file=args.file
        )
    _out(
        args,
        print_json,
        {"category": form.category.value, "source": form.source, "sha256": form.sha256},
        [f"{form.category.value}: {form.source}", f"fingerprint (SHA-256): {form.sha256}"],
    )
    return 0


def _applicants(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        listing = round_setup.import_applicants(db, args.round, args.file)
    problems = [
        {"row": p.row, "column": p.column, "code": p.code.value, "detail": p.detail}
        for p in listing.problems
    ]
    _out(
        args,
        print_json,
        {"applicants": len(listing.records), "problems": problems},
        [
            f"row {p['row']}, column {p['column']}: {p['code']} {p['detail']}".rstrip()
            for p in problems
        ]
        or [f"{len(listing.records)} applicants imported"],
    )
    if problems:
        raise InputError("applicant-list-has-problems", args.file, count=len(problems))
    return 0


def _materials(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        report = round_setup.check_materials(db, args.round, args.folder)
    problems = [
        {
            "code": p.code.value,
            "applicant": p.applicant,
            "file": None if p.path is None else str(p.path),
            "detail": p.detail,
        }
        for p in report.problems
    ]
    lines = [
        f"{p['code']}: {p['applicant'] or '-'} {p['file'] or ''} {p['detail']}".rstrip()
        for p in problems
    ]
    lines.append(f"{len(report.files)} files matched, {len(problems)} problem(s)")
    _out(args, print_json, {"files": len(report.files), "problems": problems}, lines)
    if problems:
        raise InputError("materials-have-problems", args.folder, count=len(problems))
    return 0


def _panel_json(info: panel_service.PanelInfo) -> dict[str, Any]:
    return {
        "panel": info.ref,
        "name": info.name,
        "category": info.category.value,
        "chair": info.chair,
        "members": list(info.members),
        "minimum": info.minimum,
        "per_applicant": info.per_applicant,
        "applicants": list(info.applicants),
        "version": info.version,
    }


def _panel_lines(info: panel_service.PanelInfo) -> list[str]:
    return [
        f"{info.ref} {info.name} ({info.category.value}), version {info.version}",
        f"  chair: {info.chair or '-'}",
        f"  experts: {len(info.members)}, at least {info.minimum} per applicant",
        f"  applicants: {' '.join(info.applicants) or '-'}",
    ]


def _panel_add(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        info = panel_service.create_panel(
            db,
            args.round,
            args.panel,
            name=args.name,
            category=Category(args.category),
            minimum=args.minimum,
            per_applicant=args.per_applicant,
        )
    _out(args, print_json, _panel_json(info), _panel_lines(info))
    return 0


def _panel_set(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        info = panel_service.set_panel_people(
            db,
            args.round,
            args.panel,
            members=args.member,
            chair=args.chair,
            expected_version=args.expected_version,
        )
    _out(args, print_json, _panel_json(info), _panel_lines(info))
    return 0


def _panel_place(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        info = panel_service.place_applicants(db, args.round, args.panel, args.applicant)
    _out(args, print_json, _panel_json(info), _panel_lines(info))
    return 0


def _panel_list(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        infos = panel_service.panels(db, args.round)
    _out(
        args,
        print_json,
        [_panel_json(i) for i in infos],
        [line for i in infos for line in _panel_lines(i)],
    )
    return 0


def _propose(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        plan = panel_service.propose(db, args.round, args.panel)
        rows = panel_service.assignment_rows(db, args.round, args.panel)
    value = {
        "assignments": [
            {"applicant": r.applicant, "experts": list(r.experts), "version": r.version}
            for r in rows
        ],
        "load": plan.load(),
        "exclusions": [
            {
                "expert": x.expert,
                "applicant": x.applicant,
                "reason": x.reason.value,
                "detail": x.detail,
            }
            for x in plan.exclusions
        ],
    }
    lines = [f"{r.applicant}: {' '.join(e[:12] for e in r.experts)}  (v{r.version})" for r in rows]
    lines += [
        f"excluded {x.expert[:12]} from {x.applicant}: {x.reason.value} {x.detail}"
        for x in plan.exclusions
    ]
    _out(args, print_json, value, lines)
    return 0


def _edit(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        row = panel_service.edit_assignment(
            db,
            args.round,
            args.applicant,
            args.expert,
            expected_version=args.expected_version,
            note=args.note,
        )
    _out(
        args,
        print_json,
        {"applicant": row.applicant, "experts": list(row.experts), "version": row.version},
        [f"{row.applicant}: {' '.join(row.experts)} (version {row.version})"],
    )
    return 0
