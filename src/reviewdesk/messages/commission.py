"""Error sentences of the commission desk: keys, roster, round set-up, panels, building,
importing result bundles and publishing."""

from __future__ import annotations

from reviewdesk.messages.noop import QT_TRANSLATE_NOOP

COMMISSION: dict[str, str] = {
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
}
