"""Error sentences of files and the operating system, the passphrase prompt and the one
process per home."""

from __future__ import annotations

from reviewdesk.messages.noop import QT_TRANSLATE_NOOP

FILES: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP("messages", "The work was cancelled; nothing was changed."),
    "bad-json": QT_TRANSLATE_NOOP("messages", "{path} is not valid JSON: {reason}."),
    "file-unreadable": QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {reason}."),
    "file-too-large": QT_TRANSLATE_NOOP(
        "messages", "{path} is larger than the {limit} bytes allowed for this kind of file."
    ),
    # Files and the operating system (core/fsutil.py), the passphrase prompt and the CLI.
    "not-a-regular-file": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not an ordinary file (a folder, a named pipe or a device cannot be read "
        "or written here); give the path of a file.",
    ),
    "disk-full": QT_TRANSLATE_NOOP(
        "messages",
        "{path} cannot be written: the disk is full. Make room or choose another place; "
        "nothing was left half-written.",
    ),
    "storage-read-only": QT_TRANSLATE_NOOP(
        "messages",
        "{path} cannot be written: the disk or folder is read-only. Choose another place.",
    ),
    "access-denied": QT_TRANSLATE_NOOP(
        "messages",
        "{path} cannot be used: permission denied. Check who owns it and who may read or "
        "change it.",
    ),
    "not-a-folder": QT_TRANSLATE_NOOP(
        "messages", "{path} cannot be written: {folder} is a file where a folder should be."
    ),
    "folder-missing": QT_TRANSLATE_NOOP(
        "messages", "{path} cannot be written: the folder {folder} does not exist."
    ),
    "passphrase-needs-terminal": QT_TRANSLATE_NOOP(
        "messages",
        "A passphrase is needed but there is no terminal to ask for it; give it with "
        "--passphrase-file FILE (its first line).",
    ),
    "passphrase-file-empty": QT_TRANSLATE_NOOP(
        "messages", "The first line of {path} is empty; it must hold the passphrase."
    ),
    "passphrase-not-given": QT_TRANSLATE_NOOP(
        "messages", "No passphrase was given (the input ended); nothing was done."
    ),
    "system-error": QT_TRANSLATE_NOOP(
        "messages", "The operating system refused the work: {reason}."
    ),
    "interrupted": QT_TRANSLATE_NOOP("messages", "Stopped at your request (Ctrl-C)."),
    "out-is-input": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is the package being read; write the score file under another name.",
    ),
    "template-invalid": QT_TRANSLATE_NOOP(
        "messages", "The scoring form {path} is invalid at {field}: {reason}."
    ),
    "template-not-found": QT_TRANSLATE_NOOP("messages", "No scoring form matches “{ref}”."),
    "template-ambiguous": QT_TRANSLATE_NOOP(
        "messages", "“{ref}” matches more than one scoring form; give more of its fingerprint."
    ),
    "sheets-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} does not follow the score-sheet layout at {where}: {reason}."
    ),
    "sheets-not-utf8": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not saved as UTF-8 text (it looks like {encoding}; the first character that "
        "is not UTF-8 is on line {line}). Save it again as UTF-8 — in Excel: Save As → "
        "“CSV UTF-8 (Comma delimited)” — and try again.",
    ),
    "applicants-unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "{path} cannot be read as a list of applicants ({reason}). Save it again from the "
        "spreadsheet program as .xlsx or as “CSV UTF-8” and try again.",
    ),
    "archive-folder-not-empty": QT_TRANSLATE_NOOP(
        "messages",
        "{path} already holds files; choose an empty folder for the archive. Nothing was written.",
    ),
    "publication-incomplete": QT_TRANSLATE_NOOP(
        "messages",
        "Round {round} cannot be published yet: no accepted result for panel(s) {missing}. "
        "Nothing was written.",
    ),
    "publish-needs-identity": QT_TRANSLATE_NOOP(
        "messages",
        "The archive needs a commission key to take the score files out of the result "
        "bundles: give --identity, or --no-archive.",
    ),
    "result-bundle-refused": QT_TRANSLATE_NOOP(
        "messages", "The result bundle {path} was refused; nothing of it was stored. {reason}"
    ),
    "results-refused": QT_TRANSLATE_NOOP(
        "messages",
        "{count} of {total} result bundle(s) were refused; nothing of them was stored.",
    ),
    "round-not-named": QT_TRANSLATE_NOOP(
        "messages",
        "The database holds {count} rounds; name one with --round.",
    ),
    "decisions-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} does not follow the chair-decisions layout at {where}: {reason}."
    ),
    "database-newer": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} was written by a newer version of reviewdesk (schema {found}; "
        "this version knows up to {supported}). Install the newer version to open it; the "
        "database was not changed.",
    ),
    "not-a-sqlite-database": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a database file; it was not changed."
    ),
    "not-a-reviewdesk-database": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is a database of another program, not of reviewdesk; it was not changed.",
    ),
    "database-corrupt": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} is damaged ({reason}); restore it from a backup. It was not changed.",
    ),
    "database-unreachable": QT_TRANSLATE_NOOP(
        "messages", "The database {path} cannot be opened: {reason}."
    ),
    # One home, one process; an emptied database (core/home/lock.py, core/home/opening.py).
    "home-in-use": QT_TRANSLATE_NOOP(
        "messages",
        "Your reviewdesk folder {path} is open in another reviewdesk ({program}, process {pid} "
        "on {host}, since {since}). Close that window or wait for that command to finish, "
        "then try again; nothing was changed.",
    ),
    "home-lock-unavailable": QT_TRANSLATE_NOOP(
        "messages",
        "Your reviewdesk folder {path} cannot be reserved for this program ({reason}); "
        "nothing was changed.",
    ),
    "database-emptied": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} is empty (0 bytes): the declarations, drafts and submission "
        "records it held are gone, so it was left as it is and nothing was changed. The store "
        "{store} still holds {packages} package(s) as received and {score_files} signed score "
        "file(s) ({names}): restore the database from a backup, or move the empty file away "
        "and open the packages again to start afresh — keep the signed score files, they are "
        "what you submitted.",
    ),
    "database-driver-missing": QT_TRANSLATE_NOOP(
        "messages", "The database {path} needs the driver {driver}, which is not installed."
    ),
}
