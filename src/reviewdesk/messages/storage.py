"""Error sentences of the database: local SQLite, a shared PostgreSQL server, migrations."""

from __future__ import annotations

from reviewdesk.messages.noop import QT_TRANSLATE_NOOP

STORAGE: dict[str, str] = {
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
}
