"""``reviewdesk verify FILE``: what an exchange file is, who signed it, for whom, and
whether every check passes. Exit status 0 only when all of them do."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewdesk.commands.passphrase import unlock_identity
from reviewdesk.commands.safe_text import safe
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import TrustState, load_trust
from reviewdesk.core.formats.verify import Report, Status, verify_file
from reviewdesk.core.fsutil import read_capped
from reviewdesk.messages import english_message

PrintJson = Callable[[Any], None]
MAX_ROSTER_FILE = 8 * 1024 * 1024

_WHAT = {
    "package": "an expert's review package",
    "chair-package": "a chair's package",
    "score": "an expert's score file",
    "result": "a chair's result bundle",
    "roster-file": "a roster file",
    "roster": "the commission's roster",
    "enrolment": "an enrolment request",
    "container": "a reviewdesk container",
    "unknown": "not a reviewdesk file",
}


def add_verify_commands(commands: Any, print_json: PrintJson) -> None:
    verify = commands.add_parser(
        "verify", help="check an exchange file: what it is, who signed it, for whom"
    )
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.add_argument("--identity", type=Path, metavar="FILE", help="your identity file")
    verify.add_argument(
        "--passphrase-file", type=Path, metavar="F",
        help="read the identity's passphrase from F (first line) instead of asking",
    )  # fmt: skip
    verify.add_argument("--roster", type=Path, metavar="FILE", help="the signed roster")
    verify.add_argument(
        "--trust", type=Path, metavar="FILE", help="your trust file (the pinned root keys)"
    )
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(handler=lambda a: _verify(a, print_json))


def _verify(args: argparse.Namespace, print_json: PrintJson) -> int:
    identity = _identity(args)
    trust: TrustState | None = load_trust(args.trust) if args.trust is not None else None
    roster_data = _read_small(args.roster) if args.roster is not None else None
    report = verify_file(
        args.file, identity=identity, roster_data=roster_data, roster_path=args.roster,
        trust=trust, now=datetime.now(UTC),
    )  # fmt: skip
    if args.json:
        print_json(report_json(report))
    else:
        _print(report)
    if report.ok:
        return 0
    assert report.error is not None
    message = english_message(report.error)
    print(f"reviewdesk: error: {report.error.code}: {safe(message)}", file=sys.stderr)
    return 1


def _identity(args: argparse.Namespace) -> Identity | None:
    if args.identity is None:
        return None
    return unlock_identity(args.identity, args)


def _read_small(path: Path) -> bytes:
    return read_capped(path, MAX_ROSTER_FILE)


def report_json(report: Report) -> dict[str, Any]:
    error = report.error
    return {
        "file": str(report.path),
        "what": report.what,
        "ok": report.ok,
        **report.facts,
        "checks": [
            {"check": c.name, "status": c.status.value, "detail": c.detail, "code": c.code}
            for c in report.checks
        ],
        "error": None if error is None else {"code": error.code, "message": english_message(error)},
    }


def _print(report: Report) -> None:
    facts = report.facts
    print(f"file:      {safe(report.path)}")
    print(f"what:      {_WHAT.get(report.what, report.what)}")
    signer = facts.get("signer")
    if signer:
        print(
            f"signed by: {safe(signer['name'])} ({signer['role']}), keyid {signer['keyid'][:16]}…"
        )
        print(f"           fingerprint {signer['fingerprint']}")
    for i, party in enumerate(facts.get("recipients", [])):
        label = "for:" if i == 0 else ""
        print(f"{label:<10} {safe(party['name'])} ({party['role']}), keyid {party['keyid'][:16]}…")
    if facts.get("round"):
        print(
            f"round:     {safe(facts['round'])}, panel {safe(facts['panel'])}, "
            f"made {facts['created_at']}"
        )
    for key in ("name", "role", "fingerprint", "version", "label"):
        if key in facts:
            print(f"{key + ':':<10} {safe(facts[key])}")
    print("checks:")
    marks = {Status.OK: "ok", Status.FAILED: "FAILED", Status.NOT_RUN: "not run"}
    for check in report.checks:
        detail = check.detail if check.status is not Status.FAILED else check.code or ""
        print(f"  {marks[check.status]:<8} {check.name:<22} {safe(detail)}".rstrip())
    print("result:    all checks passed" if report.ok else "result:    FAILED")
