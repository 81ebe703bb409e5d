"""The command line: the same core services as the GUI, without Qt.

``reviewdesk`` with no arguments starts the GUI (the only place Qt is imported, lazily).
"""

from __future__ import annotations

import argparse
import codecs
import errno
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reviewdesk import __version__
from reviewdesk.core.errors import ReviewdeskError

Handler = Callable[[argparse.Namespace], int]


def _print_json(value: Any) -> None:
    # here, not at the top: starting the GUI needs neither this nor the catalogue
    from reviewdesk.commands.safe_text import json_text  # bidi and controls as \uXXXX

    sys.stdout.write(json_text(value))
    sys.stdout.write("\n")


def _cmd_gui(args: argparse.Namespace) -> int:
    from reviewdesk.gui.app import run_gui  # Qt only when the GUI is wanted
    from reviewdesk.gui.i18n import Language

    language = Language(args.lang) if args.lang else None
    return run_gui([sys.argv[0]], language, package=getattr(args, "package", None))


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    parser.add_argument(
        "--package", type=Path, metavar="FILE", help="open this expert review package at start"
    )


def _gui_request(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's arguments when ``argv`` asks for the GUI (nothing, ``gui …`` or a lone
    package file), parsed without loading the other commands: they import the whole core,
    which would hold the window back by most of a second."""
    if not argv:
        return argparse.Namespace(lang=None, package=None)
    if argv[0] == "gui":
        gui = argparse.ArgumentParser(
            prog="reviewdesk gui", description="start the desktop application"
        )
        _add_gui_options(gui)
        return gui.parse_args(list(argv[1:]))
    lone = Path(argv[0])
    if len(argv) == 1 and lone.suffix and not argv[0].startswith("-") and lone.is_file():
        return argparse.Namespace(lang=None, package=lone)  # ``reviewdesk FILE``
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewdesk",
        description="Offline expert review of Beijing's International S&T Cooperation Bases. "
        "Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"reviewdesk {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check that this copy works (see selftest.py)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the desktop application (also: reviewdesk FILE)")
    _add_gui_options(gui)
    gui.set_defaults(handler=_cmd_gui)

    from reviewdesk.commands.chair import add_chair_commands
    from reviewdesk.commands.commission import add_commission_commands
    from reviewdesk.commands.consolidate import add_consolidate_commands
    from reviewdesk.commands.demo import add_demo_commands
    from reviewdesk.commands.expert import add_expert_commands
    from reviewdesk.commands.keys import add_key_commands
    from reviewdesk.commands.templates import add_template_commands
    from reviewdesk.commands.verify import add_verify_commands

    add_template_commands(commands, _print_json)
    add_verify_commands(commands, _print_json)
    add_consolidate_commands(commands, _print_json)
    add_key_commands(commands, _print_json)
    add_expert_commands(commands, _print_json)
    add_chair_commands(commands, _print_json)
    add_commission_commands(commands, _print_json)
    add_demo_commands(commands, _print_json)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    _forgiving_output()
    try:
        status = _run(words)
        sys.stdout.flush()  # here, where a closed pipe can still be handled
        return status
    except ReviewdeskError as error:
        return _fail(error)
    except KeyboardInterrupt:
        return _fail(ReviewdeskError("interrupted"), status=INTERRUPTED)
    except BrokenPipeError:
        return _reader_gone()
    except OSError as error:  # one the core did not name: the same words, never a raw errno
        return _fail(_named(error))


def _run(words: list[str]) -> int:
    if words == ["--version"]:  # answered before the parser imports every command's core
        print(f"reviewdesk {__version__}")
        return 0
    if words[:1] == ["--self-test"]:  # checks the GUI stack too: Qt only here
        from reviewdesk.selftest import main as self_test

        return self_test(words[1:])
    args = _gui_request(words)
    handler: Handler | None = _cmd_gui
    if args is None:
        args = build_parser().parse_args(words)
        handler = getattr(args, "handler", None)
    if handler is None:
        args.lang, args.package = None, None
        handler = _cmd_gui
    return handler(args)


def _named(error: OSError) -> ReviewdeskError:
    from reviewdesk.core.fsutil import os_error

    if isinstance(error.filename, str | bytes):
        writing = error.errno in (errno.EEXIST, errno.ENOSPC, errno.EROFS, errno.EFBIG)
        return os_error(error, Path(os.fsdecode(error.filename)), writing=writing)
    return ReviewdeskError("system-error", reason=error.strerror or type(error).__name__)


INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
PIPE_CLOSED = 141  # 128 + SIGPIPE, as other tools end when ``| head`` stops reading


def _fail(error: ReviewdeskError, *, status: int = 1) -> int:
    from reviewdesk.messages import english_message

    try:
        print(f"reviewdesk: error: {error.code}: {english_message(error)}", file=sys.stderr)
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass  # nobody is reading stderr either
    return status


def _forgiving_output() -> None:
    """Output never ends the command for its characters: a file name that is not UTF-8
    (held as surrogate escapes) is written as its own bytes, exactly as on disk; any other
    character the terminal cannot show (Chinese on an ASCII terminal) as a backslash escape."""
    try:
        codecs.lookup_error(_OUTPUT_ERRORS)
    except LookupError:
        codecs.register_error(_OUTPUT_ERRORS, _escape_unencodable)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=_OUTPUT_ERRORS)


_OUTPUT_ERRORS = "reviewdesk-output"


def _escape_unencodable(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = bytearray()
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
            out.append(code - 0xDC00)
        else:
            out += char.encode("ascii", "backslashreplace")
    return bytes(out), error.end


def _reader_gone() -> int:
    """Standard output was closed by its reader (``… | head -1``): stop quietly. Output
    still buffered would fail again at exit, so standard output now goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return PIPE_CLOSED
