"""Error sentences of the age layer, and of codes that only a damaged file, a broken
installation or a programming error reach."""

from __future__ import annotations

from reviewdesk.messages.noop import QT_TRANSLATE_NOOP

DAMAGE: dict[str, str] = {
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
}
