"""``reviewdesk commission …``: the commission's desk from the command line, on the same
services as the GUI (``core/commission``).

Every verb works in a working folder (``--workdir``, default the current folder) whose
database is ``commission.sqlite3`` unless ``--db URL`` names another (any SQLAlchemy URL,
e.g. a shared PostgreSQL). ``--json`` prints one JSON document; exit status 0 when done,
1 with a sentence on standard error otherwise (a report with problems included).

Keys and roster live here; the round's verbs are in ``commission_round``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reviewdesk.commands.commission_common import (
    PrintJson,
    common,
    expected_option,
    key_json,
    open_db,
    parse_time,
    passphrase_option,
    say,
    work_factor_option,
)
from reviewdesk.commands.commission_results import register as add_results_verbs
from reviewdesk.commands.commission_round import add_round_verbs
from reviewdesk.commands.passphrase import passphrase_from_file, read_passphrase, unlock_identity
from reviewdesk.core.commission import roster_admin, roster_publish
from reviewdesk.core.commission.keys import (
    create_commission_key,
    create_root_keys,
    list_keys,
)
from reviewdesk.core.commission.roster_signing import SigningStatus
from reviewdesk.core.crypto.dsse import MAX_ENVELOPE_SIZE
from reviewdesk.core.crypto.jsonfields import format_time
from reviewdesk.core.crypto.roster import RosterRole
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import atomic_write, open_input

MAX_REQUEST_FILE = 64 * 1024


def add_commission_commands(commands: Any, print_json: PrintJson) -> None:
    commission = commands.add_parser(
        "commission", help="the commission's desk: keys, roster, rounds, panels, packages"
    )
    verbs = commission.add_subparsers(dest="verb", metavar="VERB", required=True)

    init = verbs.add_parser("init", help="create the working folder and its database")
    common(init)
    init.set_defaults(handler=lambda a: _init(a, print_json))

    keys = verbs.add_parser("keys", help="the commission's keys and the register of keys")
    kverbs = keys.add_subparsers(dest="keys_verb", metavar="VERB", required=True)
    roots = kverbs.add_parser("roots", help="make the root keys, k of n, one file each")
    roots.add_argument(
        "--out",
        action="append",
        type=Path,
        required=True,
        metavar="FILE",
        help="a root key file, once per root (each on its own medium)",
    )
    roots.add_argument(
        "--passphrase-file",
        action="append",
        type=Path,
        required=True,
        metavar="F",
        help="its passphrase (first line), once per --out",
    )
    roots.add_argument(
        "--threshold",
        type=int,
        required=True,
        metavar="K",
        help="how many root keys must sign a roster",
    )
    work_factor_option(roots)
    common(roots)
    roots.set_defaults(handler=lambda a: _roots(a, print_json))
    for section in ("operational", "audit"):
        own = kverbs.add_parser(section, help=f"make the {section} key")
        own.add_argument("--name", required=True)
        own.add_argument("--out", type=Path, required=True, metavar="FILE")
        passphrase_option(own)
        work_factor_option(own)
        common(own)
        own.set_defaults(handler=lambda a, s=section: _own_key(a, RosterRole(s), print_json))
    listing = kverbs.add_parser("list", help="every key the commission knows")
    common(listing)
    listing.set_defaults(handler=lambda a: _list(a, print_json))
    confirm = kverbs.add_parser("confirm", help="the fingerprint was read back by phone")
    confirm.add_argument("keyid")
    confirm.add_argument("--by", required=True, help="who confirmed it")
    expected_option(confirm)
    common(confirm)
    confirm.set_defaults(handler=lambda a: _key_change(a, print_json, "confirm"))
    assign = kverbs.add_parser("assign", help="role (section) and panels of a key")
    assign.add_argument("keyid")
    assign.add_argument(
        "--section", choices=[r.value for r in RosterRole] + ["none"], required=True
    )
    assign.add_argument("--panel", action="append", default=[], metavar="PANEL")
    assign.add_argument(
        "--chair-of", action="append", default=[], metavar="PANEL",
        help="with --section expert: a panel this person chairs (never one they score in)",
    )  # fmt: skip
    assign.add_argument("--institution")
    assign.add_argument("--email")
    assign.add_argument(
        "--relation", action="append", metavar="REF[:NOTE]",
        help="a declared relation with an applicant (excludes the expert from it); "
        "the list given replaces the key's relations",
    )  # fmt: skip
    expected_option(assign)
    common(assign)
    assign.set_defaults(handler=lambda a: _key_change(a, print_json, "assign"))
    revoke = kverbs.add_parser("revoke", help="revoke a key with a reason")
    revoke.add_argument("keyid")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--at", type=parse_time, help="effective time, YYYY-MM-DDTHH:MM:SSZ")
    expected_option(revoke)
    common(revoke)
    revoke.set_defaults(handler=lambda a: _key_change(a, print_json, "revoke"))

    enrol = verbs.add_parser("enrol-import", help="import enrolment requests")
    enrol.add_argument("requests", nargs="+", type=Path, metavar="REQUEST")
    enrol.add_argument(
        "--identity",
        type=Path,
        required=True,
        metavar="FILE",
        help="the commission key the requests were made for",
    )
    passphrase_option(enrol)
    common(enrol)
    enrol.set_defaults(handler=lambda a: _enrol(a, print_json))

    roster = verbs.add_parser("roster", help="publish and sign roster versions")
    rverbs = roster.add_subparsers(dest="roster_verb", metavar="VERB", required=True)
    publish = rverbs.add_parser("publish", help="draft the next roster version for signing")
    publish.add_argument("--label", required=True)
    publish.add_argument("--valid-days", type=int, default=roster_admin.DEFAULT_VALID_DAYS)
    common(publish)
    publish.set_defaults(handler=lambda a: _publish(a, print_json))
    sign = rverbs.add_parser("sign", help="add one root key's signature to the draft")
    sign.add_argument(
        "--identity", type=Path, required=True, metavar="FILE", help="a root key file"
    )
    sign.add_argument(
        "--draft", type=Path, metavar="FILE",
        help="a copy of the draft that others signed elsewhere (their signatures are kept)",
    )  # fmt: skip
    passphrase_option(sign)
    common(sign)
    sign.set_defaults(handler=lambda a: _sign(a, print_json))
    history = rverbs.add_parser("history", help="every roster version")
    common(history)
    history.set_defaults(handler=lambda a: _history(a, print_json))

    add_round_verbs(verbs, print_json)
    add_results_verbs(verbs, print_json)


# -- verbs ---------------------------------------------------------------------------------


def _init(args: argparse.Namespace, print_json: PrintJson) -> int:
    if not args.db:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with open_db(args, create=True) as db:
        url = db.url
    return say(args, print_json, {"database": url}, [f"database: {url}"])


def _roots(args: argparse.Namespace, print_json: PrintJson) -> int:
    if len(args.out) != len(args.passphrase_file):
        raise InputError(
            "root-passphrases-count", files=len(args.out), passphrases=len(args.passphrase_file)
        )
    passphrases = [passphrase_from_file(p) for p in args.passphrase_file]
    with open_db(args) as db:
        made = create_root_keys(
            db,
            args.out,
            passphrases,
            threshold=args.threshold,
            work_factor=args.work_factor,
            insecure_test=args.insecure_test_keys,
        )
    lines = [f"{len(made)} root keys, {args.threshold} must sign each roster:"]
    lines += [
        f"  {path}: {r.name}  {r.fingerprint}" for path, r in zip(args.out, made, strict=True)
    ]
    value = {
        "threshold": args.threshold,
        "roots": [key_json(r) | {"file": str(p)} for p, r in zip(args.out, made, strict=True)],
    }
    return say(args, print_json, value, lines)


def _own_key(args: argparse.Namespace, section: RosterRole, print_json: PrintJson) -> int:
    passphrase = read_passphrase(args, confirm=True)
    with open_db(args) as db:
        record = create_commission_key(
            db,
            args.out,
            passphrase,
            name=args.name,
            section=section,
            work_factor=args.work_factor,
            insecure_test=args.insecure_test_keys,
        )
    return say(
        args,
        print_json,
        key_json(record) | {"file": str(args.out)},
        [f"{section.value} key: {args.out}", f"fingerprint: {record.fingerprint}"],
    )


def _list(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        records = list_keys(db)
    lines = []
    for r in records:
        state = "revoked" if r.revoked else ("confirmed" if r.confirmed else "NOT CONFIRMED")
        section = r.section.value if r.section else "-"
        lines.append(
            f"{r.keyid[:16]}  {section:<11} {r.name}  [{state}]  "
            f"panels: {','.join(r.panels) or '-'}"
            + (f"  chair of: {','.join(r.chair_of)}" if r.chair_of else "")
            + f"  v{r.version}"
        )
    return say(args, print_json, [key_json(r) for r in records], lines)


def _key_change(args: argparse.Namespace, print_json: PrintJson, what: str) -> int:
    with open_db(args) as db:
        if what == "confirm":
            record = roster_admin.confirm_key(
                db, args.keyid, by=args.by, expected_version=args.expected_version
            )
        elif what == "assign":
            section = None if args.section == "none" else RosterRole(args.section)
            record = roster_admin.assign_key(
                db,
                args.keyid,
                section=section,
                panels=args.panel,
                institution=args.institution,
                email=args.email,
                relations=None if args.relation is None else _relations(args.relation),
                expected_version=args.expected_version,
                chair_of=args.chair_of,
            )
        else:
            record = roster_admin.revoke_key(
                db,
                args.keyid,
                reason=args.reason,
                at=args.at,
                expected_version=args.expected_version,
            )
    return say(
        args,
        print_json,
        key_json(record),
        [f"{record.name}: {what} done (version {record.version})"],
    )


def _relations(items: list[str]) -> dict[str, str]:
    pairs = (item.partition(":") for item in items)
    return {ref.strip(): note.strip() for ref, _, note in pairs if ref.strip()}


def _enrol(args: argparse.Namespace, print_json: PrintJson) -> int:
    commission = unlock_identity(args.identity, args)
    results = []
    lines = []
    with open_db(args) as db:
        for path in args.requests:
            with open_input(path) as handle:
                data = handle.read(MAX_REQUEST_FILE + 1)
            record, new = roster_admin.import_enrolment(db, data, commission, path=path)
            results.append(key_json(record) | {"file": str(path), "new": new})
            lines += [
                f"{path}: {record.name} ({record.identity.role.value})"
                + ("" if new else " — already imported"),
                f"  fingerprint to read back by phone: {record.fingerprint}",
                f"  keyid: {record.keyid}",
            ]
    return say(args, print_json, results, lines)


def _status_json(status: SigningStatus) -> dict[str, Any]:
    return {
        "version": status.roster.version,
        "signed_by": list(status.signed),
        "own_needed": status.own_needed,
        "previous_needed": status.previous_needed,
        "complete": status.complete,
        "could_sign": [r.name for r in status.missing],
    }


def _roster_file(args: argparse.Namespace, status: SigningStatus, data: bytes) -> Path:
    folder: Path = args.workdir / "roster"
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".json" if status.complete else ".partial.json"
    path = folder / f"roster-v{status.roster.version}{suffix}"
    atomic_write(path, data)
    return path


def _publish(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        data, status = roster_publish.draft_roster(db, label=args.label, valid_days=args.valid_days)
    path = _roster_file(args, status, data)
    return say(
        args,
        print_json,
        _status_json(status) | {"file": str(path)},
        [
            f"roster version {status.roster.version} drafted: {path}",
            f"needs {status.own_needed} root signature(s)"
            + (
                f" and {status.previous_needed} of the previous roots"
                if status.previous_needed
                else ""
            ),
            "sign with: reviewdesk commission roster sign --identity ROOT-KEY-FILE",
        ],
    )


def _sign(args: argparse.Namespace, print_json: PrintJson) -> int:
    copy = None
    if args.draft is not None:
        with open_input(args.draft) as handle:
            copy = handle.read(MAX_ENVELOPE_SIZE + 1)  # the reader refuses one byte more
    identity = unlock_identity(args.identity, args)
    with open_db(args) as db:
        try:
            data, status = roster_publish.sign_draft(db, identity, data=copy, path=args.draft)
        except InputError as error:
            if error.code != "not-a-root-key":
                raise
            # the key is what is wrong, not the draft: name its file
            raise InputError("not-a-root-key", args.identity, **error.detail) from None
    path = _roster_file(args, status, data)
    if status.complete:
        (args.workdir / "roster" / f"roster-v{status.roster.version}.partial.json").unlink(
            missing_ok=True
        )
    lines = [f"signed by {identity.name}: {', '.join(status.signed)}"]
    lines.append(
        f"published: {path}"
        if status.complete
        else f"still needs {status.own_needed + status.previous_needed} signature(s): {path}"
    )
    return say(args, print_json, _status_json(status) | {"file": str(path)}, lines)


def _history(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        history = roster_publish.roster_history(db)
    value = [
        {
            "version": h.version,
            "status": h.status,
            "payload_sha256": h.payload_sha256,
            "signed_by": list(h.signed_by),
            "created_at": format_time(h.created_at),
            "published_at": None if h.published_at is None else format_time(h.published_at),
            "summary": h.summary,
        }
        for h in history
    ]
    lines = [
        f"v{h.version}  {h.status:<9}  {h.summary.get('label')}  signed by "
        f"{', '.join(h.signed_by) or '-'}  added {len(h.summary.get('added', []))}, "
        f"revoked {', '.join(h.summary.get('revoked', [])) or '-'}"
        for h in history
    ]
    return say(args, print_json, value, lines)
