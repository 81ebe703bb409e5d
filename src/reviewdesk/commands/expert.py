"""``reviewdesk expert pin|open|declare|score|submit``: the expert desk without the GUI, on the
same services (``pin``, ``declare`` and ``score``: ``commands/expert_work.py``).

They work in the person's home (``--home``, else ``$REVIEWDESK_HOME``, else the user data
folder): its trust file must hold the pinned commission roots, and the package is stored
and recorded there exactly as the desktop application does.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewdesk.commands.expert_work import add_work_verbs
from reviewdesk.commands.passphrase import unlock_identity
from reviewdesk.commands.safe_text import safe
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.errors import InputError
from reviewdesk.core.expert.desk import ExpertDesk
from reviewdesk.core.fsutil import check_input
from reviewdesk.core.home.opening import OpenedHome, open_home
from reviewdesk.core.home.settings import Home

PrintJson = Callable[[Any], None]


def add_expert_commands(commands: Any, print_json: PrintJson) -> None:
    expert = commands.add_parser("expert", help="open a review package and submit scores")
    verbs = expert.add_subparsers(dest="verb", metavar="VERB", required=True)

    opener = verbs.add_parser("open", help="verify and store a package, show what it holds")
    opener.add_argument("package", type=Path, metavar="PACKAGE")
    _common(opener)
    opener.set_defaults(handler=lambda a: _open(a, print_json))

    add_work_verbs(verbs, print_json, common=_common, home_and_identity=_home_and_identity,
                   summary=desk_summary)  # fmt: skip

    submit = verbs.add_parser("submit", help="sign the scores of a package into a score file")
    submit.add_argument("package", type=Path, metavar="PACKAGE")
    submit.add_argument("--out", required=True, type=Path, metavar="FILE", help="score file")
    _common(submit)
    submit.set_defaults(handler=lambda a: _submit(a, print_json))


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--identity", type=Path, metavar="FILE", help="identity file (default: the one in the home)"
    )
    parser.add_argument(
        "--home",
        type=Path,
        metavar="DIR",
        help="the folder of this person's files (default: $REVIEWDESK_HOME or "
        "the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase from F (first line) instead of asking",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _home_and_identity(args: argparse.Namespace) -> tuple[OpenedHome, Identity]:
    """The home locked and its database open (``home-in-use`` while another reviewdesk has
    it open: refused before the passphrase is asked), and the identity."""
    check_input(args.package)  # a pipe or a folder is refused before the home is locked
    home = Home(args.home) if args.home else Home.default()
    opened = open_home(home, program=f"reviewdesk expert {args.verb}")
    try:
        return opened, unlock_identity(args.identity or home.identity_path, args)
    except BaseException:
        opened.close()
        raise


def _open(args: argparse.Namespace, print_json: PrintJson) -> int:
    opened, identity = _home_and_identity(args)
    with opened:
        db, home = opened.db, opened.home
        desk = ExpertDesk.open_in_home(db, identity, args.package, home, now=datetime.now(UTC))
        summary = desk_summary(desk)
    if args.json:
        print_json(summary)
        return 0
    print(f"round:     {safe(summary['round'])} ({summary['round_kind']})")
    print(f"panel:     {safe(summary['panel'])}")
    print(f"deadline:  {summary['deadline'] or '-'}")
    print(f"form:      {safe(summary['form'])}")
    print(f"signed by: {safe(summary['signed_by'])}")
    print(f"package:   {summary['digest']}")
    print(f"pledge:    {summary['pledge_signed'] or 'not signed'}")
    for a in summary["applicants"]:
        print(
            f"  {a['ref']:<12} {a['category']:<10} {a['stage']:<11} "
            f"{a['attachments']} files  {safe(a['name'])}"
        )
    return 0


def _submit(args: argparse.Namespace, print_json: PrintJson) -> int:
    _refuse_out_over_package(args.out, args.package)
    opened, identity = _home_and_identity(args)
    with opened:
        db, home = opened.db, opened.home
        desk = ExpertDesk.open_in_home(db, identity, args.package, home, now=datetime.now(UTC))
        problems = desk.submission_problems()
        for p in problems:
            detail = ", ".join(sorted({x.code.value for x in p.problems}))
            print(f"missing: {p.code.value} {p.applicant or ''} {detail}".rstrip())
        result = desk.submit(args.out, now=datetime.now(UTC))  # refuses while work is missing
    info = {
        "file": str(result.path),
        "revision": result.revision,
        "digest": result.digest,
        "fingerprint": list(result.fingerprint),
        "unchanged": result.unchanged,
    }
    if args.json:
        print_json(info)
    else:
        state = " (no change: the same signed file again)" if result.unchanged else ""
        print(f"score file:  {safe(result.path)}, revision {result.revision}{state}")
        print(f"fingerprint: {result.fingerprint_text}")
    return 0


def _refuse_out_over_package(out: Path, package: Path) -> None:
    """The score file must not replace the package it is made from (nor a link to it)."""
    try:
        same = out.resolve() == package.resolve() or os.path.samefile(out, package)
    except OSError:  # one of them does not exist (yet): then they are not the same file
        same = False
    if same:
        raise InputError("out-is-input", out)


def desk_summary(desk: ExpertDesk) -> dict[str, Any]:
    s = desk.summary
    pledged = desk.pledge_signed()
    return {
        "round": s.round,
        "round_kind": s.round_kind.value,
        "panel": s.panel,
        "deadline": s.deadline,
        "form": f"{desk.template.template_id} {desk.template.version}",
        "signed_by": s.signer_name,
        "digest": s.digest,
        "pledge_signed": None if pledged is None else pledged.isoformat(),
        "applicants": [
            {
                "ref": a.ref,
                "name": a.name,
                "category": a.category.value,
                "stage": a.stage.value,
                "conflict": None if a.conflict is None else a.conflict.value,
                "attachments": len(a.attachments),
            }
            for a in desk.applicants()
        ],
    }
