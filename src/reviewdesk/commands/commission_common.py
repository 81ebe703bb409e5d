"""Options and helpers shared by the ``reviewdesk commission`` verbs."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewdesk.commands.keys import public_summary
from reviewdesk.core.commission.keys import KeyRecord
from reviewdesk.core.crypto.age_keys import DEFAULT_SCRYPT_LOG_N
from reviewdesk.core.crypto.jsonfields import format_time
from reviewdesk.core.errors import InputError
from reviewdesk.core.storage import Database

PrintJson = Callable[[Any], None]
DB_FILE = "commission.sqlite3"
DB_ENV = "REVIEWDESK_COMMISSION_DB"  # the shared database, set once per office machine


# -- shared options ------------------------------------------------------------------------


def common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the commission's working folder (default: here)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get(DB_ENV) or None,
        help=f"database URL, e.g. postgresql+psycopg://user@host/reviewdesk for a database "
        f"shared by several staff (default: ${DB_ENV}, else commission.sqlite3 in the working "
        "folder)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase from F (first line) instead of asking",
    )


def expected_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help="refuse if the row changed since you saw version N",
    )


def work_factor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--work-factor", type=int, default=DEFAULT_SCRYPT_LOG_N, help=argparse.SUPPRESS
    )
    parser.add_argument("--insecure-test-keys", action="store_true", help=argparse.SUPPRESS)


def parse_time(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError("must be YYYY-MM-DDTHH:MM:SSZ (UTC)") from None


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The commission's database: ``--db``, else the working folder's file. Only ``init``
    (``create``) makes a new one: any other verb refuses a missing file, and every verb an
    empty one (0 bytes: all the commission's work lost, never silently started afresh)."""
    if args.db:
        return Database.open(args.db)
    folder: Path = args.workdir
    if not folder.is_dir():
        raise InputError("workdir-missing", folder)
    path = folder / DB_FILE
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None  # Database.open names what is wrong with it
    if size == 0:
        raise InputError("commission-database-empty", path)
    if not create and not os.path.lexists(path):
        raise InputError("commission-database-missing", path, folder=folder)
    return Database.open(path=path)


def key_json(record: KeyRecord) -> dict[str, Any]:
    return public_summary(record.identity) | {
        "section": None if record.section is None else record.section.value,
        "panels": list(record.panels),
        "chair_of": list(record.chair_of),
        "institution": record.institution,
        "email": record.email,
        "confirmed": record.confirmed,
        "confirmed_by": record.confirmed_by,
        "revoked_at": None if record.revoked_at is None else format_time(record.revoked_at),
        "revoke_reason": record.revoke_reason,
        "version": record.version,
    }


def say(args: argparse.Namespace, print_json: PrintJson, value: Any, lines: list[str]) -> int:
    if args.json:
        print_json(value)
    else:
        for line in lines:
            print(line)
    return 0
