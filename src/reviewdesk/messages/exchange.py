"""Error sentences of the expert's score sheets, the exchange formats (docs/FORMAT.md) and
the untrusted text in them."""

from __future__ import annotations

from reviewdesk.messages.noop import QT_TRANSLATE_NOOP

EXCHANGE: dict[str, str] = {
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
