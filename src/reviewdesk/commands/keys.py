"""``reviewdesk keys new|show|export-age-identity|enrol|show-enrolment``: personal keys."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.commands.passphrase import read_passphrase, unlock_identity
from reviewdesk.core.crypto.age_keys import DEFAULT_SCRYPT_LOG_N, X25519Recipient
from reviewdesk.core.crypto.identity import (
    EnrolmentRequest,
    Identity,
    PublicIdentity,
    check_new_work_factor,
    make_enrolment,
    read_enrolment_request,
    save_identity,
    verify_enrolment_x25519,
)
from reviewdesk.core.crypto.jsonfields import format_time
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import atomic_write, open_input

PrintJson = Callable[[Any], None]
MAX_REQUEST_FILE = 64 * 1024


def add_key_commands(commands: Any, print_json: PrintJson) -> None:
    keys = commands.add_parser("keys", help="make and inspect personal keys")
    verbs = keys.add_subparsers(dest="verb", metavar="VERB", required=True)

    new = verbs.add_parser("new", help="make an identity file protected by a passphrase")
    new.add_argument("--name", required=True, help="the person's name as the roster shows it")
    new.add_argument("--role", required=True, choices=[r.value for r in Role])
    new.add_argument("--out", required=True, type=Path, help="identity file to create")
    _passphrase_option(new)
    new.add_argument(
        "--work-factor", type=_work_factor, default=DEFAULT_SCRYPT_LOG_N, help=argparse.SUPPRESS
    )  # scrypt log2(N), 15 to 20 (refused with a sentence outside)
    new.add_argument("--json", action="store_true", help="machine-readable output")
    new.set_defaults(handler=lambda a: _new(a, print_json))

    show = verbs.add_parser("show", help="name, role, fingerprint and age recipient of a key")
    show.add_argument("file", type=Path, metavar="FILE")
    _passphrase_option(show)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=lambda a: _show(a, print_json))

    export = verbs.add_parser(
        "export-age-identity", help="print the AGE-SECRET-KEY-1… for the standard age tool"
    )
    export.add_argument("file", type=Path, metavar="FILE")
    _passphrase_option(export)
    export.set_defaults(handler=_export)

    enrol = verbs.add_parser("enrol", help="write an enrolment request for the commission")
    enrol.add_argument("file", type=Path, metavar="FILE")
    enrol.add_argument("--out", required=True, type=Path, help="request file to create")
    enrol.add_argument(
        "--commission", metavar="AGE1KEY",
        help="the commission's age1… key (from its roster): the request then proves your "
        "encryption key too; without it the commission cannot accept the request",
    )  # fmt: skip
    _passphrase_option(enrol)
    enrol.set_defaults(handler=_enrol)

    check = verbs.add_parser(
        "show-enrolment", help="verify an enrolment request and show its fingerprint"
    )
    check.add_argument("file", type=Path, metavar="REQUEST")
    check.add_argument(
        "--commission-identity", type=Path, metavar="ID",
        help="the commission's identity file: also check the proof of the encryption key",
    )  # fmt: skip
    check.add_argument(
        "--passphrase-file", type=Path, metavar="F",
        help="with --commission-identity: read its passphrase from F (first line)",
    )  # fmt: skip
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(handler=lambda a: _show_enrolment(a, print_json))


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", type=Path, metavar="F",
        help="read the passphrase from F (first line) instead of asking",
    )  # fmt: skip


def _work_factor(text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 3:
        raise argparse.ArgumentTypeError("must be a small whole number")
    return int(text)  # its range is checked by the core (work-factor-out-of-range)


def _refuse_existing(path: Path) -> None:
    if path.exists():  # never overwrite a key or a request by accident
        raise InputError("file-exists", path)


def public_summary(public: PublicIdentity) -> dict[str, Any]:
    return {
        "name": public.name,
        "role": public.role.value,
        "keyid": public.keyid,
        "fingerprint": list(public.fingerprint_groups),
        "age_recipient": public.age_recipient,
    }


def _print_summary(summary: dict[str, Any], extra: dict[str, str]) -> None:
    groups = summary["fingerprint"]
    print(f"name:          {summary['name']}")
    print(f"role:          {summary['role']}")
    print(f"fingerprint:   {' '.join(groups[:6])}")
    print(f"               {' '.join(groups[6:])}")
    print(f"age recipient: {summary['age_recipient']}")
    print(f"keyid:         {summary['keyid']}")
    for key, value in extra.items():
        print(f"{key + ':':<15}{value}")


def _new(args: argparse.Namespace, print_json: PrintJson) -> int:
    _refuse_existing(args.out)
    check_new_work_factor(args.work_factor, args.out)  # before asking for a passphrase
    passphrase = read_passphrase(args, confirm=True)
    identity = Identity.generate(args.name, Role(args.role))
    save_identity(identity, args.out, passphrase, work_factor=args.work_factor)
    return _report(identity, args, print_json, file=str(args.out))


def _show(args: argparse.Namespace, print_json: PrintJson) -> int:
    identity = unlock_identity(args.file, args)
    return _report(identity, args, print_json, file=str(args.file))


def _report(identity: Identity, args: argparse.Namespace, print_json: PrintJson, file: str) -> int:
    summary = public_summary(identity.public)
    extra = {"created": format_time(identity.created), "file": file}
    if args.json:
        print_json(summary | extra)
    else:
        _print_summary(summary, extra)
    return 0


def _export(args: argparse.Namespace) -> int:
    identity = unlock_identity(args.file, args)
    print(identity.export_age_identity())
    return 0


def _enrol(args: argparse.Namespace) -> int:
    _refuse_existing(args.out)
    verifier = None if args.commission is None else X25519Recipient.parse(args.commission)
    identity = unlock_identity(args.file, args)
    atomic_write(args.out, make_enrolment(identity, verifier=verifier))
    print(f"enrolment request: {args.out}")
    print(f"fingerprint:       {identity.public.fingerprint}")
    if verifier is None:
        print("note:              without --commission the request does not prove your")
        print("                   encryption key; the commission will not accept it")
    return 0


def _show_enrolment(args: argparse.Namespace, print_json: PrintJson) -> int:
    path: Path = args.file
    with open_input(path) as handle:  # an ordinary file: a pipe or a device is refused
        data = handle.read(MAX_REQUEST_FILE + 1)  # the reader refuses one byte too many
    request = read_enrolment_request(data, path)
    summary = public_summary(request.identity)
    extra = {"created": format_time(request.created), "proof": "signature verified"}
    extra |= _x25519_proof_status(args, request, path)
    if args.json:
        print_json(summary | extra)
    else:
        _print_summary(summary, extra)
    return 0


def _x25519_proof_status(
    args: argparse.Namespace, request: EnrolmentRequest, path: Path
) -> dict[str, str]:
    """Whether the request proves its X25519 key: checked with the commission's identity
    when given (a failed check is an error), else only said what it was made for."""
    proof = request.x25519_proof
    if args.commission_identity is not None:
        commission = unlock_identity(args.commission_identity, args)
        verify_enrolment_x25519(request, commission, path)  # raises when not proven
        return {"x25519_proof": "verified with your commission key"}
    if proof is None:
        return {"x25519_proof": "none: the commission cannot accept this request"}
    return {
        "x25519_proof": "not checked (give --commission-identity)",
        "proof_for": proof.verifier_recipient,
    }
