"""``reviewdesk commission assign check`` and ``build``: the round's readiness, every problem
named, and the build itself."""

from __future__ import annotations

import argparse
from typing import Any

from reviewdesk.commands.commission_common import PrintJson, open_db, say
from reviewdesk.commands.passphrase import unlock_identity
from reviewdesk.core.commission import round_setup
from reviewdesk.core.commission.building import BuildRefused, build_round
from reviewdesk.core.commission.readiness import check_round
from reviewdesk.core.commission.records import transaction
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import output_folder


def _problem_json(p: Any) -> dict[str, str]:
    return {
        "code": p.code,
        "panel": p.panel,
        "applicant": p.applicant,
        "who": p.expert,
        "detail": p.detail,
    }


def _problem_line(p: Any) -> str:
    where = " ".join(x for x in (p.panel, p.applicant, p.expert[:16]) if x)
    return f"{p.code}: {where} {p.detail}".rstrip()


def check_command(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db, transaction(db) as session:
        problems, _ = check_round(session, round_setup.find_round(session, args.round), None)
    say(
        args,
        print_json,
        {"problems": [_problem_json(p) for p in problems]},
        [_problem_line(p) for p in problems] or ["ready to build"],
    )
    if problems:
        raise InputError("round-not-ready", count=len(problems))
    return 0


def build_command(args: argparse.Namespace, print_json: PrintJson) -> int:
    operator = unlock_identity(args.identity, args)

    def progress(done: int, total: int, stage: str = "") -> None:
        if not args.json and total:
            print(f"\r{stage}: {100 * done // total:3d}%", end="", flush=True)

    # The folder is made first (named as a write when it cannot be) and removed again when
    # the build fails and leaves it empty.
    with open_db(args) as db, output_folder(args.out):
        try:
            result = build_round(db, args.round, args.out, operator, progress=progress)
        except BuildRefused as refused:
            say(
                args,
                print_json,
                {"problems": [_problem_json(p) for p in refused.problems]},
                [_problem_line(p) for p in refused.problems],
            )
            if any(p.code == "operator-not-in-roster" for p in refused.problems):
                raise InputError("build-key-not-operational", args.identity,
                                 name=operator.name) from None  # fmt: skip
            raise
    if not args.json:
        print()
    value = {
        "build": result.build,
        "out": str(result.out),
        "handover": [str(p) for p in result.handover],
        "packages": [
            {
                "panel": p.panel,
                "kind": p.kind,
                "recipient": p.recipient.name,
                "keyid": p.recipient.keyid,
                "file": str(p.path),
                "digest": p.digest,
                "file_sha256": p.file_sha256,
                "applicants": list(p.applicants),
            }
            for p in result.packages
        ],
    }
    say(
        args,
        print_json,
        value,
        [
            f"{p.path.relative_to(result.out)}  {p.recipient.name}  {p.file_sha256[:16]}"
            for p in result.packages
        ]
        + [f"hand-over list: {result.handover[0]}"],
    )
    return 0
