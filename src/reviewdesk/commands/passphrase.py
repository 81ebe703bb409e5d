"""The passphrase of an identity file, for every command that needs one.

From ``--passphrase-file F``: its first line only (a UTF-8 byte-order mark is dropped,
CRLF or LF line ends), so a file written by Notepad or with a comment below works. Else from
the terminal, without echo. No terminal, the input ending (Ctrl-D) and Ctrl-C each end in a
sentence: ``passphrase-needs-terminal``, ``passphrase-not-given`` and ``KeyboardInterrupt``
(``cli.main`` words it and exits with 130).
"""

from __future__ import annotations

import argparse
import codecs
import getpass
import os
import sys
import warnings
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, load_identity
from reviewdesk.core.errors import InputError
from reviewdesk.core.fsutil import check_input, read_capped

MAX_PASSPHRASE_FILE = 4096


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> bytes:
    """From ``--passphrase-file`` (its first line) or the terminal (asked twice when
    ``confirm``); never empty."""
    path: Path | None = args.passphrase_file
    if path is not None:
        passphrase = passphrase_from_file(path)
        if not passphrase:
            raise InputError("passphrase-file-empty", path)
    else:
        passphrase = _ask("Passphrase: ")
        if confirm and passphrase and _ask("Passphrase (again): ") != passphrase:
            raise InputError("passphrase-mismatch")
    if not passphrase:
        raise InputError("passphrase-empty", path)
    return passphrase


def passphrase_from_file(path: Path) -> bytes:
    """The first line of ``path``, without its line end or a UTF-8 byte-order mark."""
    data = read_capped(path, MAX_PASSPHRASE_FILE)
    data = data.removeprefix(codecs.BOM_UTF8)
    return data.split(b"\n", 1)[0].removesuffix(b"\r")


def _ask(prompt: str) -> bytes:
    if os.name == "nt" and not (sys.stdin is not None and sys.stdin.isatty()):
        raise InputError("passphrase-needs-terminal")
    try:
        with warnings.catch_warnings():
            # getpass warns, then reads standard input with echo, when it has no terminal
            # (a pipe, /dev/null, a service): refuse instead, naming --passphrase-file.
            warnings.simplefilter("error", getpass.GetPassWarning)
            text = getpass.getpass(prompt)
    except EOFError:
        _end_prompt_line()
        raise InputError("passphrase-not-given") from None
    except KeyboardInterrupt:
        _end_prompt_line()
        raise
    except getpass.GetPassWarning:
        raise InputError("passphrase-needs-terminal") from None
    return text.encode("utf-8", "surrogateescape")


def _end_prompt_line() -> None:
    """The prompt was left without its line end: the sentence that follows starts afresh."""
    if sys.stderr is not None and sys.stderr.isatty():
        sys.stderr.write("\n")


def unlock_identity(path: Path, args: argparse.Namespace) -> Identity:
    """The identity in ``path``, with the passphrase asked only once the file is known to be
    an ordinary file that can be read (a missing file or a pipe is named before the prompt)."""
    check_input(path)
    return load_identity(path, read_passphrase(args))
