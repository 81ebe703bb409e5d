"""``reviewdesk expert pin|declare|score``: the steps between receiving a package and
submitting it, for scripts, on the same services as the desktop's expert desk.

- ``pin ROSTER --check DIGITS``: pin the commission's roots in the home's trust file, after
  the phone check (the last group of five digits of each root key's fingerprint, in the
  order shown; ``core/home/first_run.fingerprint_confirmed``);
- ``declare PACKAGE [--pledge] [--none REF…] [--potential REF TEXT] [--disqualifying REF
  TEXT]``: sign the confidentiality pledge and declare conflicts (回避声明);
- ``score PACKAGE --from SHEETS.json``: enter sheets through ``core/expert/sheets``, field by
  field as the scoring form autosaves them. A submitted sheet is revised (its next revision
  is edited). The file::

      {"sheets": [{"applicant": "A-1", "scores": {"E1": "25.5", …},
                   "comments": {"E1": "…"}, "opinion": "…",
                   "vetoes": [{"item": "V5", "evidence": "…"}]}]}

  Scores are decimal strings (or integers); a criterion left out keeps what it held; the
  vetoes listed are the ones claimed (others are unticked). What a sheet still lacks is
  printed (``incomplete``), not refused: the desk keeps drafts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from reviewdesk.commands.safe_text import safe
from reviewdesk.core.canonical import loads_strict
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.domain import Conflict
from reviewdesk.core.errors import InputError
from reviewdesk.core.expert import sheets
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.fsutil import read_capped
from reviewdesk.core.home.first_run import fingerprint_confirmed, pin_roster, preview_roster
from reviewdesk.core.home.opening import OpenedHome
from reviewdesk.core.home.settings import Home
from reviewdesk.core.scoring import validate_sheet

PrintJson = Callable[[Any], None]
MAX_SHEETS_FILE = 4 * 1024 * 1024


def add_work_verbs(
    verbs: Any,
    print_json: PrintJson,
    *,
    common: Callable[[argparse.ArgumentParser], None],
    home_and_identity: Callable[[argparse.Namespace], tuple[OpenedHome, Identity]],
    summary: Callable[[ExpertDesk], dict[str, Any]],
) -> None:
    pin = verbs.add_parser("pin", help="pin the commission's root keys from its roster file")
    pin.add_argument("roster", type=Path, metavar="ROSTER")
    pin.add_argument(
        "--check",
        required=True,
        metavar="DIGITS",
        help="the last five digits of each root key's fingerprint, read out by the commission",
    )
    pin.add_argument("--home", type=Path, metavar="DIR", help="this person's folder")
    pin.add_argument("--json", action="store_true", help="machine-readable output")
    pin.set_defaults(handler=lambda a: _pin(a, print_json))

    declare = verbs.add_parser("declare", help="sign the pledge and declare conflicts")
    declare.add_argument("package", type=Path, metavar="PACKAGE")
    declare.add_argument("--pledge", action="store_true", help="sign the confidentiality pledge")
    declare.add_argument("--none", nargs="+", default=[], metavar="REF", help="no conflict")
    for kind in ("potential", "disqualifying"):
        declare.add_argument(
            f"--{kind}", nargs=2, action="append", default=[], metavar=("REF", "TEXT"),
            help=f"a {kind} conflict with the applicant, and what it is",
        )  # fmt: skip
    common(declare)

    def run_declare(args: argparse.Namespace) -> int:
        return _with_desk(args, home_and_identity, lambda d, now: _declare(args, d, now),
                          summary, print_json)  # fmt: skip

    declare.set_defaults(handler=run_declare)

    score = verbs.add_parser("score", help="enter score sheets from a JSON file")
    score.add_argument("package", type=Path, metavar="PACKAGE")
    score.add_argument("--from", dest="sheets", required=True, type=Path, metavar="SHEETS.json")
    common(score)

    def run_score(args: argparse.Namespace) -> int:
        return _with_desk(args, home_and_identity, lambda d, now: _score(args, d),
                          summary, print_json)  # fmt: skip

    score.set_defaults(handler=run_score)


def _pin(args: argparse.Namespace, print_json: PrintJson) -> int:
    home = Home(args.home) if args.home else Home.default()
    preview = preview_roster(args.roster)
    if not fingerprint_confirmed(preview, args.check):
        raise InputError("roster-check-failed", args.roster, roots=len(preview.roots))
    home.ensure()
    trust = pin_roster(args.roster, home.trust_path, datetime.now(UTC))
    value = {
        "trust": str(home.trust_path),
        "roster_version": trust.highest_version,
        "roots": [{"name": r.name, "fingerprint": list(r.fingerprint)} for r in preview.roots],
    }
    if args.json:
        print_json(value)
    else:
        print(f"pinned {len(preview.roots)} root keys in {safe(home.trust_path)}")
    return 0


def _with_desk(
    args: argparse.Namespace,
    home_and_identity: Callable[[argparse.Namespace], tuple[OpenedHome, Identity]],
    work: Callable[[ExpertDesk, datetime], list[str]],
    summary: Callable[[ExpertDesk], dict[str, Any]],
    print_json: PrintJson,
) -> int:
    opened, identity = home_and_identity(args)
    with opened:
        now = datetime.now(UTC)
        desk = ExpertDesk.open_in_home(opened.db, identity, args.package, opened.home, now=now)
        notes = work(desk, now)
        value = summary(desk)
    if args.json:
        print_json(value | {"incomplete": notes})
        return 0
    for a in value["applicants"]:
        print(f"  {a['ref']:<12} {a['stage']:<11} {a['conflict'] or '-':<13} {safe(a['name'])}")
    for note in notes:
        print(f"incomplete: {note}")
    return 0


def _declare(args: argparse.Namespace, desk: ExpertDesk, now: datetime) -> list[str]:
    if args.pledge:
        desk.sign_pledge(now)
    for ref in args.none:
        desk.declare_conflict(ref, Conflict.NONE, "", now)
    for kind in (Conflict.POTENTIAL, Conflict.DISQUALIFYING):
        for ref, text in getattr(args, kind.value):
            desk.declare_conflict(ref, kind, text, now)
    return []


def _score(args: argparse.Namespace, desk: ExpertDesk) -> list[str]:
    path: Path = args.sheets
    value = loads_strict(read_capped(path, MAX_SHEETS_FILE), path)
    try:
        entries = [_entry(item) for item in value["sheets"]]
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as exc:
        raise InputError("expert-sheets-invalid", path, reason=str(exc)[:200]) from None
    notes = []
    for ref, scores, comments, opinion, vetoes in entries:
        sheet = desk.revise_sheet(ref)  # gated: pledge and declaration first
        for key, score in scores.items():
            sheets.save_criterion_score(desk.db, sheet, key, score)
        for key, text in comments.items():
            sheets.save_criterion_comment(desk.db, sheet, key, text)
        if opinion is not None:
            sheets.save_overall_opinion(desk.db, sheet, opinion)
        if vetoes is not None:
            for item in desk.template.veto_items:
                claimed = item.key in vetoes
                sheets.save_veto(desk.db, sheet, item.key, claimed, vetoes.get(item.key, ""))
        problems = validate_sheet(desk.template, sheets.load_sheet(desk.db, sheet))
        if problems:
            notes.append(f"{ref} " + ",".join(sorted({p.code.value for p in problems})))
    return notes


Entry = tuple[str, dict[str, Decimal], dict[str, str], str | None, dict[str, str] | None]


def _entry(item: dict[str, Any]) -> Entry:
    scores = {str(k): _decimal(v) for k, v in item.get("scores", {}).items()}
    comments = {str(k): _text(v) for k, v in item.get("comments", {}).items()}
    opinion = item.get("opinion")
    vetoes = item.get("vetoes")
    return (
        _text(item["applicant"]),
        scores,
        comments,
        None if opinion is None else _text(opinion),
        None if vetoes is None else {_text(v["item"]): _text(v["evidence"]) for v in vetoes},
    )


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"a score is a decimal string, not {value!r}")
    result = Decimal(str(value))
    if not result.is_finite():
        raise ValueError(f"{value!r} is not a score")
    return result


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, not {value!r}")
    return value
