"""The one catalogue that turns an error code into a sentence (STYLE §2).

Qt-free so that the CLI can use it too. Texts are English source strings marked for Qt's
translation tools; the GUI passes them through ``QCoreApplication.translate("messages", …)``.
Placeholders are ``{name}`` fields filled from the error's path and detail.
"""

from __future__ import annotations

from typing import Any

from reviewdesk.core.errors import ReviewdeskError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
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
    # A shared database on a server (PostgreSQL; core/storage/database.py)
    "database-login-refused": QT_TRANSLATE_NOOP(
        "messages",
        "The database server {path} refused the login ({reason}). Check the user name and "
        "the password (in the address, or in the user's .pgpass file); nothing was changed.",
    ),
    "database-missing": QT_TRANSLATE_NOOP(
        "messages",
        "The database server {path} has no database named {database}. Ask its administrator "
        "to create an empty one (reviewdesk sets it up on first use); nothing was changed.",
    ),
    "database-migration-failed": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} could not be brought up to date ({reason}); it was left as it was.",
    ),
    "file-exists": QT_TRANSLATE_NOOP("messages", "{path} already exists; it was not overwritten."),
    "passphrase-empty": QT_TRANSLATE_NOOP(
        "messages", "The passphrase must not be empty; nothing was written."
    ),
    "work-factor-out-of-range": QT_TRANSLATE_NOOP(
        "messages",
        "A passphrase work factor of 2^{factor} was asked for; an identity file uses 2^{minimum} "
        "to 2^{maximum} (2^18 unless told otherwise), so nothing was written.",
    ),
    "passphrase-mismatch": QT_TRANSLATE_NOOP(
        "messages", "The two passphrases differ; nothing was written."
    ),
    "public-key-invalid": QT_TRANSLATE_NOOP(
        "messages", "A {key} public key in {path} is refused: {reason}."
    ),
    "identity-invalid": QT_TRANSLATE_NOOP(
        "messages", "The identity in {path} is invalid at {field}: {reason}."
    ),
    "identity-bad-passphrase": QT_TRANSLATE_NOOP(
        "messages", "The passphrase for the identity file {path} is wrong."
    ),
    "identity-not-age": QT_TRANSLATE_NOOP(
        "messages", "{path} is not an identity file (it is not an age file)."
    ),
    "identity-not-passphrase": QT_TRANSLATE_NOOP(
        "messages", "{path} is encrypted to a key, not to a passphrase; it is not an identity file."
    ),
    "identity-corrupt": QT_TRANSLATE_NOOP(
        "messages",
        "The identity file {path} is damaged or was altered ({age_code}); "
        "restore it from your backup.",
    ),
    "identity-foreign": QT_TRANSLATE_NOOP(
        "messages", "{path} opens with this passphrase but does not hold a reviewdesk identity."
    ),
    "enrolment-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a valid enrolment request: {reason}."
    ),
    "enrolment-x25519-unproven": QT_TRANSLATE_NOOP(
        "messages",
        "The enrolment request {path} of {name} does not prove that its sender holds the "
        "encryption key it lists (it was made without the commission's key, or by an older "
        "version); it cannot be accepted. Ask {name} for a new request.",
    ),
    "enrolment-x25519-other-verifier": QT_TRANSLATE_NOOP(
        "messages",
        "The enrolment request {path} proves its encryption key to another commission key "
        "({verifier}), not to yours ({expected}); check it with that key or ask for a new "
        "request.",
    ),
    "enrolment-x25519-proof-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "The enrolment request {path} of {name} does not prove that its sender holds the "
        "encryption key it lists: the proof does not match (another person's key, or the "
        "request was altered). It cannot be accepted.",
    ),
    "envelope-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a valid signed envelope: {reason}."
    ),
    "payload-type-mismatch": QT_TRANSLATE_NOOP(
        "messages", "{path} holds a {found}, not the expected {expected}."
    ),
    "signature-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "A signature in {path} does not match the contents (key {keyid}): the file was altered.",
    ),
    "signer-unknown": QT_TRANSLATE_NOOP(
        "messages", "{path} is signed by a key that is not trusted here (key {keyid})."
    ),
    "signature-threshold": QT_TRANSLATE_NOOP(
        "messages",
        "{path} carries {found} valid signatures of trusted keys; {needed} are required.",
    ),
    "key-revoked": QT_TRANSLATE_NOOP(
        "messages", "{path} is signed by {name}, whose key was revoked: {reason}."
    ),
    "signer-wrong-role": QT_TRANSLATE_NOOP(
        "messages", "{path} is signed by {name} as {role}; only {expected} may sign it."
    ),
    "signer-not-on-panel": QT_TRANSLATE_NOOP(
        "messages", "{path} is signed by {name}, who does not serve on panel {panel}."
    ),
    "roster-invalid": QT_TRANSLATE_NOOP(
        "messages", "The roster {path} is invalid at {field}: {reason}."
    ),
    "roster-key-invalid": QT_TRANSLATE_NOOP(
        "messages", "The roster {path} lists a refused key at {field}: {reason}."
    ),
    "roster-key-duplicate": QT_TRANSLATE_NOOP(
        "messages", "The roster {path} lists the same key for {name} and for {other}."
    ),
    "roster-chair-and-expert": QT_TRANSLATE_NOOP(
        "messages",
        "The roster {path} lists {name} both as an expert and as the chair of panel {panel}; "
        "a person may chair one panel and score in another, never both in one.",
    ),
    "roster-role-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "The roster {path} lists {name} as {section}, but the key was made for the role {role}.",
    ),
    "roster-older": QT_TRANSLATE_NOOP(
        "messages",
        "The roster {path} is version {version}, older than version {highest} already "
        "accepted; it was not used.",
    ),
    "roster-equivocation": QT_TRANSLATE_NOOP(
        "messages",
        "The roster {path} differs from the version {version} already accepted under the "
        "same number. Contact the commission; nothing was changed.",
    ),
    "roster-expired": QT_TRANSLATE_NOOP(
        "messages",
        "The roster {path} expired at {expires_at} (UTC); ask the commission for a current one.",
    ),
    "trust-invalid": QT_TRANSLATE_NOOP(
        "messages", "The trust file {path} is damaged at {field}: {reason}."
    ),
    # The expert's score sheets (core/expert/sheets.py)
    "sheet-not-found": QT_TRANSLATE_NOOP("messages", "This score sheet is no longer stored."),
    "sheet-submitted": QT_TRANSLATE_NOOP(
        "messages",
        "Revision {revision} of this sheet was submitted and cannot change; start a new "
        "revision to change it.",
    ),
    "sheet-not-submitted": QT_TRANSLATE_NOOP(
        "messages", "This sheet is still a draft: change it directly, no new revision is needed."
    ),
    "sheet-not-latest": QT_TRANSLATE_NOOP(
        "messages", "A newer revision ({latest_revision}) of this sheet exists; open that one."
    ),
    "sheet-incomplete": QT_TRANSLATE_NOOP(
        "messages", "The sheet is not complete yet; see the list of what is still missing."
    ),
    "sheet-already-submitted": QT_TRANSLATE_NOOP(
        "messages", "This revision was already submitted in another score file."
    ),
    "not-assigned": QT_TRANSLATE_NOOP(
        "messages", "You are not assigned to review applicant {applicant}."
    ),
    "disqualified": QT_TRANSLATE_NOOP(
        "messages",
        "You declared a disqualifying conflict of interest with applicant {applicant}, so you "
        "do not score it.",
    ),
    "unknown-applicant": QT_TRANSLATE_NOOP(
        "messages", "Applicant {applicant} is not part of round {round}."
    ),
    "unknown-expert": QT_TRANSLATE_NOOP("messages", "No expert with key {expert} is known here."),
    "unknown-criterion": QT_TRANSLATE_NOOP(
        "messages", "Criterion {criterion} is not on this scoring form."
    ),
    "unknown-veto-item": QT_TRANSLATE_NOOP(
        "messages", "Veto item {item} is not on this scoring form."
    ),
    "stored-template-mismatch": QT_TRANSLATE_NOOP(
        "messages", "The stored scoring form {sha256} does not match its fingerprint."
    ),
    # Exchange formats (core.formats, docs/FORMAT.md)
    "container-not-rdx": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a reviewdesk exchange file (it does not start with RDX1)."
    ),
    "container-header-truncated": QT_TRANSLATE_NOOP(
        "messages", "{path} is cut short inside its header. Copy it again."
    ),
    "container-truncated": QT_TRANSLATE_NOOP(
        "messages", "{path} is cut short: blob {blob} ({part}) is incomplete. Copy it again."
    ),
    "container-kind-unknown": QT_TRANSLATE_NOOP(
        "messages", "{path} is a kind of reviewdesk file ({kind}) this version does not know."
    ),
    "container-no-blobs": QT_TRANSLATE_NOOP("messages", "{path} is empty: it holds no blobs."),
    "container-too-many-blobs": QT_TRANSLATE_NOOP(
        "messages", "{path} claims {count} blobs; at most {limit} are allowed."
    ),
    "container-blob-too-large": QT_TRANSLATE_NOOP(
        "messages", "Blob {blob} of {path} claims {size} bytes, more than the {limit} allowed."
    ),
    "container-blob-empty": QT_TRANSLATE_NOOP("messages", "Blob {blob} of {path} is empty."),
    "container-too-large": QT_TRANSLATE_NOOP(
        "messages", "{path} is larger than the {limit} bytes an exchange file may have."
    ),
    "container-trailing-data": QT_TRANSLATE_NOOP(
        "messages", "{path} has {size} unexpected bytes after its last blob."
    ),
    "container-not-seekable": QT_TRANSLATE_NOOP(
        "messages", "{path} must be a regular file (not a pipe or a device)."
    ),
    "container-changed": QT_TRANSLATE_NOOP(
        "messages", "{path} changed on disk after it was opened; open it again."
    ),
    "container-kind-mismatch": QT_TRANSLATE_NOOP(
        "messages", "{path} is a {found} file, not the {expected} file expected here."
    ),
    "container-kind-unsupported": QT_TRANSLATE_NOOP(
        "messages", "{path} is a {kind} file, which cannot be opened this way."
    ),
    "manifest-invalid": QT_TRANSLATE_NOOP(
        "messages", "The signed manifest in {path} is invalid at {field}: {reason}."
    ),
    "manifest-version-unsupported": QT_TRANSLATE_NOOP(
        "messages", "{path} was made by a newer reviewdesk (manifest version {version})."
    ),
    "manifest-kind-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is labelled a {container} file but its signed manifest says {manifest}: "
        "it was altered.",
    ),
    "manifest-too-large": QT_TRANSLATE_NOOP(
        "messages", "The manifest would take {size} bytes; at most {limit} are allowed."
    ),
    "assignments-invalid": QT_TRANSLATE_NOOP(
        "messages", "The assignment table in {path} is invalid at {field}: {reason}."
    ),
    "scores-invalid": QT_TRANSLATE_NOOP(
        "messages", "The score sheets in {path} are invalid at {field}: {reason}."
    ),
    "consolidation-invalid": QT_TRANSLATE_NOOP(
        "messages", "The consolidation for {path} is not valid JSON: {reason}."
    ),
    # Untrusted text in exchange files and a PDF's decoded size (core/formats/text_rules.py,
    # core/materials/pdf_guard.py).
    "text-not-allowed": QT_TRANSLATE_NOOP(
        "messages", "{path} contains text that cannot be shown safely at {field}: {reason}."
    ),
    "text-not-signable": QT_TRANSLATE_NOOP(
        "messages",
        "A text for applicant {applicant} cannot be signed: {reason} (at {field}). Delete "
        "that character and submit again.",
    ),
    "manifest-text-not-signable": QT_TRANSLATE_NOOP(
        "messages",
        "A name or label cannot be signed into the package: {reason} (at {field}). Correct "
        "it and build the package again.",
    ),
    "pdf-image-too-large": QT_TRANSLATE_NOOP(
        "messages",
        "The document contains an image of {width} × {height} pixels, more than the {limit} "
        "million pixels reviewdesk shows; such a file can exhaust the computer's memory. Ask "
        "the commission for a copy with smaller images.",
    ),
    "pdf-stream-too-large": QT_TRANSLATE_NOOP(
        "messages",
        "The document contains compressed content that expands to more than {limit} MiB; "
        "such a file can exhaust the computer's memory. Ask the commission for another copy.",
    ),
    "sender-mismatch": QT_TRANSLATE_NOOP(
        "messages", "{path} names a sender other than the key that signed it."
    ),
    "blob-count-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{path} holds {container} content blobs but its signed manifest lists {manifest}: "
        "blobs were added or removed.",
    ),
    "blob-hash-mismatch": QT_TRANSLATE_NOOP(
        "messages", "Blob {blob} of {path} was altered or replaced after signing ({which})."
    ),
    "blob-reordered": QT_TRANSLATE_NOOP(
        "messages",
        "Blob {blob} of {path} holds what was signed as blob {signed_as}: the blobs were "
        "put in another order after signing. Ask for the file again; nothing was stored.",
    ),
    "blob-duplicated": QT_TRANSLATE_NOOP(
        "messages",
        "Blob {blob} of {path} is a second copy of blob {copy_of}: a blob was copied over "
        "another after signing. Ask for the file again; nothing was stored.",
    ),
    "submission-contended": QT_TRANSLATE_NOOP(
        "messages",
        "The scores could not be signed into {path}: other submissions of this package kept "
        "coming in at the same time. Try again; no score file was written.",
    ),
    "not-a-recipient": QT_TRANSLATE_NOOP(
        "messages", "{path} was not made for you: its signed manifest does not list your key."
    ),
    "roster-outdated": QT_TRANSLATE_NOOP(
        "messages",
        "{path} was made under roster version {needed}; you have version {have}. "
        "Import the newer roster first.",
    ),
    "roster-version-mismatch": QT_TRANSLATE_NOOP(
        "messages", "The roster inside {path} is version {roster}, not the {manifest} it names."
    ),
    "template-mismatch": QT_TRANSLATE_NOOP(
        "messages", "The scoring form inside {path} is not the one its manifest names."
    ),
    "round-mismatch": QT_TRANSLATE_NOOP(
        "messages", "{path} belongs to round {found}, not to round {expected}."
    ),
    "panel-mismatch": QT_TRANSLATE_NOOP(
        "messages", "{path} belongs to panel {found}, not to panel {expected}."
    ),
    "reviewer-not-listed": QT_TRANSLATE_NOOP(
        "messages", "{path} is addressed to a key the roster does not list in that role."
    ),
    "reviewer-not-on-panel": QT_TRANSLATE_NOOP(
        "messages", "{path} is addressed to {name}, who is not on panel {panel}."
    ),
    "reviewer-mismatch": QT_TRANSLATE_NOOP(
        "messages", "{path} was made for another person; it cannot be opened with your key."
    ),
    "score-wrong-package": QT_TRANSLATE_NOOP(
        "messages", "{path} scores a different package than the one this expert was sent."
    ),
    "score-wrong-expert": QT_TRANSLATE_NOOP(
        "messages", "{path} comes from an expert who is not assigned here, or claims another."
    ),
    "score-wrong-round": QT_TRANSLATE_NOOP(
        "messages", "{path} belongs to round {found}, not to round {expected}."
    ),
    "score-wrong-panel": QT_TRANSLATE_NOOP(
        "messages", "{path} belongs to panel {found}, not to panel {expected}."
    ),
    "score-wrong-template": QT_TRANSLATE_NOOP(
        "messages", "{path} was scored on a different scoring form than this panel uses."
    ),
    "score-wrong-applicants": QT_TRANSLATE_NOOP(
        "messages", "{path} scores applicants that were not assigned to this expert."
    ),
    "score-equivocation": QT_TRANSLATE_NOOP(
        "messages",
        "Alarm: {path} is a different revision {revision} from the same expert than the one "
        "already imported. Nothing was imported; ask the expert which one they signed.",
    ),
    "result-expert-twice": QT_TRANSLATE_NOOP(
        "messages", "The result bundle {path} carries two score files of the same expert."
    ),
    "verify-needs-identity": QT_TRANSLATE_NOOP(
        "messages", "To check {path} beyond its layout, give your identity file (--identity)."
    ),
    "verify-needs-roster": QT_TRANSLATE_NOOP(
        "messages", "To check who signed {path}, give the signed roster (--roster)."
    ),
    "verify-needs-trust": QT_TRANSLATE_NOOP(
        "messages", "The roster was not checked against your pinned root keys (--trust)."
    ),
    "verify-unknown-file": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a reviewdesk exchange file, roster or enrolment request."
    ),
    "trust-not-pinned": QT_TRANSLATE_NOOP(
        "messages",
        "No commission root key is pinned yet, so {path} cannot be checked. Pin the root from "
        "the commission's roster first (after comparing its fingerprint).",
    ),
    "trust-already-pinned": QT_TRANSLATE_NOOP(
        "messages",
        "Other commission root keys are already pinned in {path}; the roster {roster} is not "
        "signed by them and was not used.",
    ),
    "package-not-yours": QT_TRANSLATE_NOOP(
        "messages", "{path} is a package for another expert (key {reviewer})."
    ),
    "package-not-stored": QT_TRANSLATE_NOOP(
        "messages", "The package {digest} was never opened here; open the package file again."
    ),
    "package-not-kept": QT_TRANSLATE_NOOP(
        "messages",
        "No checked copy of the package {digest} is kept on this computer: its copy was cut "
        "short or refused, and the file it was opened from is no longer there. Open the "
        "package file again.",
    ),
    "package-store-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "The stored copy {path} is not the package it should be; open the package file again.",
    ),
    "roster-not-stored": QT_TRANSLATE_NOOP(
        "messages",
        "The roster this package was checked with ({path}) is missing or altered; open the "
        "package file again.",
    ),
    "package-form-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{path} asks to score applicant {applicant} ({category}) on the form {form}, which is "
        "for another category. Contact the commission.",
    ),
    "package-form-kind-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is for a {kind} round but carries the form {form} of another kind of round. "
        "Contact the commission.",
    ),
    "applicant-form-changed": QT_TRANSLATE_NOOP(
        "messages",
        "{path} scores applicant {applicant} on another form than a package opened before; "
        "nothing was changed. Contact the commission.",
    ),
    "round-kind-changed": QT_TRANSLATE_NOOP(
        "messages",
        "{path} says round {round} is a {found} round, but it was opened before as a {stored} "
        "round; nothing was changed.",
    ),
    "form-version-clash": QT_TRANSLATE_NOOP(
        "messages",
        "{path} carries a form {form} version {version} whose rules differ from the one "
        "already stored under that name; nothing was changed.",
    ),
    "pledge-required": QT_TRANSLATE_NOOP(
        "messages", "Sign the confidentiality pledge before the materials open."
    ),
    "declaration-required": QT_TRANSLATE_NOOP(
        "messages",
        "Declare any conflict of interest with applicant {applicant} before its materials open.",
    ),
    "applicant-disqualified": QT_TRANSLATE_NOOP(
        "messages",
        "You declared a disqualifying conflict of interest with applicant {applicant}: its "
        "materials stay closed and you do not score it.",
    ),
    "attachment-not-found": QT_TRANSLATE_NOOP(
        "messages", "{path} has no attachment number {number}."
    ),
    "unknown-round": QT_TRANSLATE_NOOP("messages", "Round {round} is not known here."),
    "declaration-text-required": QT_TRANSLATE_NOOP(
        "messages", "Say what the potential conflict of interest with {applicant} is."
    ),
    "note-too-long": QT_TRANSLATE_NOOP(
        "messages",
        "Your private note on {applicant} is longer than the {limit} characters allowed.",
    ),
    "declaration-text-too-long": QT_TRANSLATE_NOOP(
        "messages",
        "The declaration for {applicant} is longer than the {limit} characters allowed.",
    ),
    "submission-incomplete": QT_TRANSLATE_NOOP(
        "messages",
        "The scores cannot be submitted yet ({problems}); nothing was signed or written.",
    ),
    "file-unwritable": QT_TRANSLATE_NOOP("messages", "{path} cannot be written: {reason}."),
    "demo-invalid": QT_TRANSLATE_NOOP(
        "messages", "The demo index {path} is damaged ({reason}); make the demo again with --force."
    ),
    "demo-folder-not-empty": QT_TRANSLATE_NOOP(
        "messages",
        "{path} already holds files that are not a reviewdesk demo; choose another folder.",
    ),
    # The age layer's codes reach a person when a file was damaged in transit or altered.
    "age-payload-auth": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is damaged or was altered: part of it does not decrypt (chunk {chunk}). "
        "Ask the sender for a new copy.",
    ),
    "age-header-mac": QT_TRANSLATE_NOOP(
        "messages",
        "{path} was altered: its encryption header does not check out. Ask the sender for a "
        "new copy.",
    ),
    "age-no-identity-matched": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not encrypted to your key: it was meant for someone else, or your "
        "identity is not the one it was sent to.",
    ),
    "age-truncated": QT_TRANSLATE_NOOP(
        "messages", "{path} is cut short ({part}); copy it again from the original."
    ),
    "age-trailing-data": QT_TRANSLATE_NOOP(
        "messages", "{path} has extra data after its end; it was altered or badly copied."
    ),
    "age-final-chunk-empty": QT_TRANSLATE_NOOP(
        "messages", "{path} ends in a way no honest encryption produces; it was altered."
    ),
    "age-header-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} is damaged: its encryption header is invalid ({reason})."
    ),
    "age-version-unsupported": QT_TRANSLATE_NOOP(
        "messages", "{path} uses an encryption version this reviewdesk does not know ({version})."
    ),
    # Codes that only a damaged file, a broken installation or a programming error reach.
    "age-armor-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} is a text-armored age file that is damaged ({reason})."
    ),
    "age-armor-not-allowed": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is a text-armored age file; reviewdesk exchange files are binary. Ask the sender "
        "for the original file.",
    ),
    "age-bad-passphrase": QT_TRANSLATE_NOOP("messages", "The passphrase does not open {path}."),
    "age-header-too-large": QT_TRANSLATE_NOOP(
        "messages",
        "The encryption header of {path} is larger than the {limit} bytes allowed; the file was "
        "refused.",
    ),
    "age-key-invalid": QT_TRANSLATE_NOOP("messages", "A {kind} key is not valid: {reason}."),
    "age-no-recipients": QT_TRANSLATE_NOOP(
        "messages", "Nobody to encrypt to: no recipient key was given; nothing was written."
    ),
    "age-plaintext-too-large": QT_TRANSLATE_NOOP(
        "messages",
        "{path} holds more data than the {limit} bytes its manifest announces; it was refused.",
    ),
    "age-recipients-mixed": QT_TRANSLATE_NOOP(
        "messages",
        "Post-quantum and classic recipient keys cannot be mixed in one file; nothing was written.",
    ),
    "age-scrypt-not-alone": QT_TRANSLATE_NOOP(
        "messages", "A passphrase-protected file can have no other recipient; {path} was refused."
    ),
    "age-stanza-invalid": QT_TRANSLATE_NOOP(
        "messages", "The encryption header of {path} is invalid ({type}: {reason})."
    ),
    "age-stanza-too-large": QT_TRANSLATE_NOOP(
        "messages",
        "The encryption header of {path} holds an entry larger than the {limit} bytes allowed; "
        "the file was refused.",
    ),
    "age-too-many-stanzas": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is encrypted to more than the {limit} recipients allowed; the file was refused.",
    ),
    "age-work-factor-too-high": QT_TRANSLATE_NOOP(
        "messages",
        "{path} asks for a passphrase work factor of 2^{log_n}, more than the 2^{limit} this "
        "computer allows; the file was refused.",
    ),
    "applicant-ranked-twice": QT_TRANSLATE_NOOP(
        "messages", "Applicant {applicant} appears twice in one ranking."
    ),
    "bad-database-url": QT_TRANSLATE_NOOP(
        "messages", "The database address {path} is not a valid SQLAlchemy URL."
    ),
    "duplicate-revision": QT_TRANSLATE_NOOP(
        "messages", "Expert {expert} has two different sheets numbered revision {revision}."
    ),
    "expert-assigned-twice": QT_TRANSLATE_NOOP(
        "messages", "Expert {expert} is assigned twice to the same applicant."
    ),
    "graded-result-without-score": QT_TRANSLATE_NOOP(
        "messages",
        "Applicant {applicant} has a grade but no panel score; the ranking was not made.",
    ),
    "import-log-append-only": QT_TRANSLATE_NOOP(
        "messages",
        "Entry {sequence} of the import log cannot be changed or deleted: the log only grows.",
    ),
    "import-log-broken": QT_TRANSLATE_NOOP(
        "messages",
        "The import log is broken at entry {sequence} ({reason}): an entry was altered, removed "
        "or inserted.",
    ),
    "report-font-missing": QT_TRANSLATE_NOOP(
        "messages", "The Chinese font for reports is missing ({path}); reinstall reviewdesk."
    ),
    "report-data-inconsistent": QT_TRANSLATE_NOOP(
        "messages",
        "The panel report cannot be made: its parts do not belong together ({part} of "
        "applicant {applicant}).",
    ),
    "report-template-missing": QT_TRANSLATE_NOOP(
        "messages", "The scoring form {ref} needed for the report is not available."
    ),
    "report-without-sheets": QT_TRANSLATE_NOOP("messages", "There is no score sheet to print."),
    "result-of-another-template": QT_TRANSLATE_NOOP(
        "messages",
        "The result of applicant {applicant} was made with another scoring form ({template}) and "
        "cannot be ranked here.",
    ),
    "sheet-for-another-applicant": QT_TRANSLATE_NOOP(
        "messages",
        "The sheet of expert {expert} belongs to applicant {applicant}, not to this one.",
    ),
    "template-too-large": QT_TRANSLATE_NOOP(
        "messages", "The scoring form {path} is larger than the {limit} bytes allowed."
    ),
    "template-unreadable": QT_TRANSLATE_NOOP(
        "messages", "The scoring form {path} cannot be read: {reason}."
    ),
    "template-without-grade-bands": QT_TRANSLATE_NOOP(
        "messages", "The scoring form {template} defines no grade bands."
    ),
    "trim-leaves-no-sheet": QT_TRANSLATE_NOOP(
        "messages",
        "The scoring form {template} trims more totals than the {sheets} sheets that count.",
    ),
    "unknown-tie-break-criterion": QT_TRANSLATE_NOOP(
        "messages",
        "The scoring form {template} breaks ties on {key}, which is not one of its criteria.",
    ),
    "chair-package-not-yours": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is a chair package for another chair (key {chair}).",
    ),
    "chair-package-store-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "The stored copy {path} is not the chair package it should be; open the chair package"
        " file again.",
    ),
    "chair-package-not-stored": QT_TRANSLATE_NOOP(
        "messages",
        "The chair package {digest} was never opened here; open the chair package file again.",
    ),
    "chair-panel-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "No panel opened here matches {panel} ({found} found); open the chair package first "
        "or name the panel with --panel.",
    ),
    "chair-version-finalised": QT_TRANSLATE_NOOP(
        "messages",
        "Version {version} of this panel's result is finalised and cannot be changed; reopen "
        "it to start a new version.",
    ),
    "chair-version-open": QT_TRANSLATE_NOOP(
        "messages",
        "Version {version} of this panel's result is not finalised yet, so there is nothing "
        "to reopen.",
    ),
    "chair-not-ready": QT_TRANSLATE_NOOP(
        "messages",
        "The panel cannot be finalised yet: {count} matters are unresolved (first: {kind} "
        "{subject} {applicant}).",
    ),
    "chair-alarm-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "There is no alarm number {alarm} in this panel.",
    ),
    "chair-audit-append-only": QT_TRANSLATE_NOOP(
        "messages",
        "Entry {entry} of the chair's audit trail cannot be changed or deleted: the trail "
        "only grows.",
    ),
    "decision-reason-required": QT_TRANSLATE_NOOP(
        "messages",
        "A reason must be written for this decision ({decision}).",
    ),
    "manual-order-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "A manual order needs at least two different applicants ({applicants}).",
    ),
    "paper-sheet-not-assigned": QT_TRANSLATE_NOOP(
        "messages",
        "Expert {expert} is not assigned to applicant {applicant}, so no paper sheet can be "
        "entered for them.",
    ),
    "paper-sheet-signed-exists": QT_TRANSLATE_NOOP(
        "messages",
        "A signed score sheet of expert {expert} for applicant {applicant} was already "
        "imported; a paper sheet cannot replace it.",
    ),
    "paper-sheet-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "There is no paper sheet of expert {expert} for applicant {applicant}.",
    ),
    "paper-sheet-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "The paper sheet in {path} is not complete: {count} problems (first: {first} "
        "{where}). Nothing was stored.",
    ),
    "paper-sheet-expert-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "{path} names expert {expert}, who is not one (and only one) of this panel's experts.",
    ),
    "paper-sheet-unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is not a paper sheet reviewdesk can read ({reason}).",
    ),
    "grade-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "{grade} is not a grade: use excellent, good, qualified or unqualified (优秀, 良好, 合格, "
        "不合格).",
    ),
    "file-changed-while-importing": QT_TRANSLATE_NOOP(
        "messages",
        "{path} changed while it was being imported; nothing was stored. Import it again.",
    ),
    "received-file-altered": QT_TRANSLATE_NOOP(
        "messages",
        "The stored copy of a received score file ({file}) is missing or altered; the result "
        "bundle was not written.",
    ),
    "import-log-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "The import log in {path} is not valid at {field}: {reason}.",
    ),
    "result-file-missing": QT_TRANSLATE_NOOP(
        "messages",
        "{path} leaves out a score file its own import log says was received ({file}).",
    ),
    "result-file-unlogged": QT_TRANSLATE_NOOP(
        "messages",
        "{path} carries a score file its import log does not record ({file}).",
    ),
    "result-score-unlogged": QT_TRANSLATE_NOOP(
        "messages",
        "{path} counts a score file of expert {expert} that its import log does not record as"
        " imported.",
    ),
    # commission desk: importing result bundles, recomputing, publishing (issue 10)
    "bundle-decisions-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "The chair's decisions in {path} are not valid at {field}: {reason}.",
    ),
    "paper-sheets-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "The paper sheets in {path} are not valid at {field}: {reason}.",
    ),
    "result-applicants-differ": QT_TRANSLATE_NOOP(
        "messages",
        "The chair's result lists other applicants than the panel's (missing: {missing}; "
        "extra: {extra}).",
    ),
    "result-assignment-uncovered": QT_TRANSLATE_NOOP(
        "messages",
        "Expert {expert} was assigned applicant {applicant} but the bundle has neither a "
        "counted sheet nor the chair's written decision on the missing sheet.",
    ),
    "result-chair-not-issued": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is signed by {chair}, who is not the chair the commission issued panel "
        "{panel}'s chair package to.",
    ),
    "result-claim-differs": QT_TRANSLATE_NOOP(
        "messages",
        "Applicant {applicant}: the chair claims {field} = {claimed}, the recomputation from "
        "the signed sheets gives {recomputed}.",
    ),
    "result-log-missing": QT_TRANSLATE_NOOP(
        "messages",
        "{path} carries no import log, so the commission cannot see that no received score "
        "file was left out; ask the chair of panel {panel} to finalise again.",
    ),
    "result-not-final": QT_TRANSLATE_NOOP(
        "messages",
        "The result of {applicant} is not final: {what} {subject} is still open.",
    ),
    "result-package-not-issued": QT_TRANSLATE_NOOP(
        "messages",
        "{path} holds a score file of expert {expert} for package {package}, which the "
        "commission never issued to that expert.",
    ),
    "result-panel-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "The commission issued no packages for round {round}, panel {panel}; this result "
        "bundle is not for one of its panels.",
    ),
    "result-version-not-newer": QT_TRANSLATE_NOOP(
        "messages",
        "Version {version} of panel {panel}'s result is not newer than the current version "
        "{current}; nothing was stored.",
    ),
    "result-wrong-template": QT_TRANSLATE_NOOP(
        "messages",
        "{path} was scored on another form than panel {panel}'s ({found}).",
    ),
    "roster-not-published": QT_TRANSLATE_NOOP(
        "messages",
        "The commission has not published a roster yet; publish one first.",
    ),
    # commission desk: keys, roster, round set-up, panels, building (issue 10)
    "applicant-list-has-problems": QT_TRANSLATE_NOOP(
        "messages",
        "The applicant list {path} has {count} problem(s), each named above by row and "
        "column; nothing was imported.",
    ),
    "applicant-not-in-panel": QT_TRANSLATE_NOOP(
        "messages",
        "Applicant {ref} is in no panel yet; place it in a panel first.",
    ),
    "applicant-unknown": QT_TRANSLATE_NOOP("messages", "The round has no applicant {ref}."),
    "applicant-wrong-category": QT_TRANSLATE_NOOP(
        "messages",
        "Applicant {ref} is of category {category}, which panel {panel} does not review: "
        "a package carries one form.",
    ),
    "build-folder-not-empty": QT_TRANSLATE_NOOP(
        "messages",
        "{path} already holds files; choose an empty folder for the packages. Nothing was built.",
    ),
    "changed-by-someone-else": QT_TRANSLATE_NOOP(
        "messages",
        "{what} was changed by someone else since you opened it; reload it and make your "
        "change again. Nothing was saved.",
    ),
    "commission-key-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "The key {name} is not one of the commission's root or operational keys; the "
        "request {path} was not imported.",
    ),
    "confirmer-missing": QT_TRANSLATE_NOOP("messages", "Say who confirmed the fingerprint."),
    "enrolment-role-not-allowed": QT_TRANSLATE_NOOP(
        "messages",
        "The request {path} asks for the role {role}; people enrol as expert, chair or audit only.",
    ),
    "form-does-not-fit": QT_TRANSLATE_NOOP(
        "messages",
        "The form {form} is not a {kind} form for category {category}; it was not used.",
    ),
    "form-missing": QT_TRANSLATE_NOOP(
        "messages",
        "Round {ref} has no form for category {category}; choose one first.",
    ),
    "key-already-revoked": QT_TRANSLATE_NOOP("messages", "The key of {name} is revoked already."),
    "key-known": QT_TRANSLATE_NOOP(
        "messages",
        "This key is already registered (as {other}); {name} was not added again.",
    ),
    "key-not-confirmed": QT_TRANSLATE_NOOP(
        "messages",
        "Nobody has confirmed the fingerprint of {names} by phone yet; confirm them "
        "before the roster is drafted.",
    ),
    "chair-and-expert-of-panel": QT_TRANSLATE_NOOP(
        "messages",
        "{name} cannot be both an expert and the chair of panel {panel}; a chair does not "
        "score in the panel they chair.",
    ),
    "chair-of-without-expert": QT_TRANSLATE_NOOP(
        "messages",
        "{name} can chair further panels only when listed as an expert; to list the key as "
        "a chair alone, give the chair section with its panels.",
    ),
    "panel-chair-is-expert": QT_TRANSLATE_NOOP(
        "messages",
        "{name} cannot chair panel {panel} and score in it as an expert too.",
    ),
    "key-not-in-section": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is not listed as {section}; assign the key first.",
    ),
    "key-role-mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{name}'s key was made for the role {role} and cannot be listed as {section}.",
    ),
    "key-unknown": QT_TRANSLATE_NOOP(
        "messages",
        "No key known to the commission has the id {keyid}.",
    ),
    "key-without-panels": QT_TRANSLATE_NOOP(
        "messages",
        "{name} needs at least one panel to be listed as chair or expert.",
    ),
    "keyid-ambiguous": QT_TRANSLATE_NOOP(
        "messages",
        "More than one key starts with {keyid}; give more digits.",
    ),
    "material-changed": QT_TRANSLATE_NOOP(
        "messages",
        "{path} (applicant {applicant}) changed since the materials were checked; check "
        "the materials again.",
    ),
    "materials-folder-missing": QT_TRANSLATE_NOOP(
        "messages",
        "The materials folder {path} does not exist.",
    ),
    "materials-have-problems": QT_TRANSLATE_NOOP(
        "messages",
        "The materials in {path} have {count} problem(s), each named above; fix them and "
        "check again.",
    ),
    "not-a-root-key": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is the key of {name}, which is not a root key of this roster; it cannot sign it.",
    ),
    "panel-counts-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "A panel needs at least one expert per applicant, and no fewer wanted than the "
        "minimum (minimum {minimum}, wanted {per_applicant}).",
    ),
    "panel-exists": QT_TRANSLATE_NOOP("messages", "The round already has a panel {panel}."),
    "panel-has-no-applicants": QT_TRANSLATE_NOOP(
        "messages",
        "Panel {panel} has no applicants; place applicants in it first.",
    ),
    "panel-member-twice": QT_TRANSLATE_NOOP(
        "messages",
        "An expert is named twice for panel {panel}.",
    ),
    "panel-ref-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "{panel} is not a panel id: letters, digits, '.', '_' and '-', starting with a "
        "letter or digit, at most 64 characters.",
    ),
    "panel-unknown": QT_TRANSLATE_NOOP("messages", "The round has no panel {panel}."),
    "revoke-reason-missing": QT_TRANSLATE_NOOP("messages", "A revocation needs a reason."),
    "root-cannot-be-revoked": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is a root key; a root key is replaced by a root change, not revoked.",
    ),
    "root-count-out-of-range": QT_TRANSLATE_NOOP(
        "messages",
        "{count} root keys were asked for; a roster holds 1 to {maximum}.",
    ),
    "root-files-not-distinct": QT_TRANSLATE_NOOP(
        "messages",
        "Each root key needs its own file; two of the files given are the same.",
    ),
    "root-key-fixed": QT_TRANSLATE_NOOP("messages", "{name} is a root key and stays one."),
    "root-passphrases-count": QT_TRANSLATE_NOOP(
        "messages",
        "{files} root key files but {passphrases} passphrase files: give one passphrase "
        "file per root key.",
    ),
    "roots-exist": QT_TRANSLATE_NOOP(
        "messages",
        "The commission's root keys exist already; nothing was made.",
    ),
    "roots-missing": QT_TRANSLATE_NOOP(
        "messages",
        "The commission has no root keys yet: make them first.",
    ),
    "roster-already-signed": QT_TRANSLATE_NOOP(
        "messages",
        "{name} has signed this roster draft already.",
    ),
    "roster-draft-foreign-signature": QT_TRANSLATE_NOOP(
        "messages",
        "The roster draft {path} carries a signature by {keyid}, which is no root key; it"
        " is not used.",
    ),
    "roster-draft-missing": QT_TRANSLATE_NOOP(
        "messages",
        "There is no roster draft to sign; draft one first.",
    ),
    "roster-draft-other": QT_TRANSLATE_NOOP(
        "messages",
        "The roster draft {path} holds other content than the commission's current draft of "
        "version {version}.",
    ),
    "round-already-built": QT_TRANSLATE_NOOP(
        "messages",
        "Packages of round {ref} are out already; its applicants, forms and materials can"
        " no longer change.",
    ),
    "round-exists": QT_TRANSLATE_NOOP("messages", "A round {ref} exists already."),
    "round-has-no-applicants": QT_TRANSLATE_NOOP(
        "messages",
        "Round {ref} has no applicants yet; import the applicant list first.",
    ),
    "round-name-missing": QT_TRANSLATE_NOOP("messages", "A round needs a name."),
    "round-not-ready": QT_TRANSLATE_NOOP(
        "messages",
        "The round is not ready to build: {count} problem(s), each named above. Nothing was built.",
    ),
    "round-ref-invalid": QT_TRANSLATE_NOOP(
        "messages",
        "{ref} is not a round id: letters, digits, '.', '_' and '-', starting with a "
        "letter or digit, at most 64 characters.",
    ),
    "round-unknown": QT_TRANSLATE_NOOP("messages", "There is no round {ref}."),
    "threshold-out-of-range": QT_TRANSLATE_NOOP(
        "messages",
        "A threshold of {threshold} does not fit {count} root keys: it must be from 1 to {count}.",
    ),
    "archive-key-cannot-open": QT_TRANSLATE_NOOP(
        "messages",
        "The key {key} cannot open the result bundle {bundle}: the archive needs one of the "
        "commission's operational or audit keys the bundles were sent to. Nothing was written.",
    ),
    "build-key-not-operational": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is the key of {name}, which the published roster does not list as the "
        "commission's operational key; packages can only be signed with that key. Nothing was "
        "built.",
    ),
    "results-key-cannot-open": QT_TRANSLATE_NOOP(
        "messages",
        "None of the {count} result bundle(s) was sent to {path} (the key of {name}): give the "
        "commission's operational or audit key. Nothing was stored.",
    ),
    "commission-database-empty": QT_TRANSLATE_NOOP(
        "messages",
        "The commission's database {path} is empty (0 bytes): everything it held is gone, so "
        "it was left as it is and nothing was changed. Restore it from a backup, or move the "
        "empty file away and run reviewdesk commission init to start a new one.",
    ),
    "commission-database-missing": QT_TRANSLATE_NOOP(
        "messages",
        "There is no commission database {path} in the working folder {folder}; give the "
        "right folder with --workdir, the database with --db, or create one with reviewdesk "
        "commission init.",
    ),
    "workdir-missing": QT_TRANSLATE_NOOP(
        "messages",
        "The working folder {path} does not exist; create it with the init command first.",
    ),
    # reviewdesk expert pin | score (commands/expert_work.py)
    "roster-check-failed": QT_TRANSLATE_NOOP(
        "messages",
        "The digits given do not match the last group of the fingerprints of the {roots} root "
        "keys in {path}; nothing was pinned. Compare them with the commission again.",
    ),
    "expert-sheets-invalid": QT_TRANSLATE_NOOP(
        "messages", "{path} does not follow the layout of a sheets file: {reason}."
    ),
}

GENERIC = QT_TRANSLATE_NOOP("messages", "Unexpected error ({code}).")


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def render(template: str, error: ReviewdeskError) -> str:
    fields = _Defaulting(error.detail)
    # A database given as a URL has no path; its (password-masked) URL says where instead.
    where = error.path if error.path is not None else error.detail.get("url", "")
    fields["path"] = str(where)
    fields["code"] = error.code
    return template.format_map(fields)


def message_template(code: str) -> str:
    return MESSAGES.get(code, GENERIC)


def english_message(error: ReviewdeskError) -> str:
    return render(message_template(error.code), error)
