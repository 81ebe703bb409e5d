"""First run of an installation: make or import the person's identity, export the enrolment
request for the commission, and pin the commission's root keys from a roster after the
person compared their fingerprints (over the phone, with the commission).

Roster file: the roster's signed DSSE envelope exactly as the commission's roots signed it
(``crypto.roster.sign_roster``), e.g. ``roster.json`` of the demo.

``passphrase_strength`` is a hint, not a rule (only an empty passphrase is refused). Its
estimate, in bits, is deliberately simple and pessimistic:

- each character is worth log2 of the pool of its class: 26 lower case, 26 upper case,
  10 digits, 33 ASCII symbols and space, and 2^6 for any other character (a Chinese
  character of a familiar phrase is far from one in thousands);
- a letter right after a letter is worth 3 bits (words are not random letters), a
  character that repeats the previous one or continues a run (abc, 321) 1 bit; a
  passphrase that is (or, when short, contains) a common password counts as 10 bits;
- weak below 40 bits, fair below 60, strong from 60 (with scrypt at 2^18, about 2^60
  guesses cost far beyond any attacker of a review round).

Reason codes explain a weak or fair rating: ``too-short`` (under 12 characters, a
character outside ASCII counting two),
``common`` (a well-known password), ``repetitive`` (repeats or runs), ``one-kind`` (one
class of character only).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from reviewdesk.core.crypto.age_keys import DEFAULT_SCRYPT_LOG_N, X25519Recipient
from reviewdesk.core.crypto.identity import (
    MAX_IDENTITY_FILE_SIZE,
    Identity,
    check_new_work_factor,
    load_identity,
    make_enrolment,
    save_identity,
)
from reviewdesk.core.crypto.roster import (
    TrustState,
    accept_roster,
    import_roster,
    load_trust,
    read_roster,
    save_trust,
    verify_roster,
)
from reviewdesk.core.crypto.roster_model import RosterRole
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, InputError
from reviewdesk.core.fsutil import read_capped
from reviewdesk.core.home.local_store import (
    MAX_ROSTER_SIZE,
    LocalStore,
    package_roster,
    write_atomic,
)
from reviewdesk.core.home.settings import Home


class StrengthLevel(StrEnum):
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


@dataclass(frozen=True)
class Strength:
    level: StrengthLevel
    bits: int
    reasons: tuple[str, ...]


WEAK_BELOW = 40
FAIR_BELOW = 60
SHORT_BELOW = 12
LETTER_AFTER_LETTER = 3.0
_SYMBOLS = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_COMMON = (
    "password", "passw0rd", "123456", "12345678", "123456789", "1234567890", "qwerty",
    "qwertyuiop", "abc123", "111111", "iloveyou", "admin", "welcome", "letmein",
    "monkey", "dragon", "88888888", "666666", "5201314", "woaini", "reviewdesk",
)  # fmt: skip


def passphrase_strength(text: str) -> Strength:
    """A rough estimate of how hard ``text`` is to guess (module text)."""
    if not text:
        return Strength(StrengthLevel.WEAK, 0, ("too-short",))
    reasons: list[str] = []
    lowered = text.lower()
    classes = {_char_class(c) for c in text}
    bits = 0.0
    predictable = 0
    for i, char in enumerate(text):
        kind = _char_class(char)
        if i and _continues(text[i - 1], char, text[i - 2] if i > 1 else None):
            bits += 1
            predictable += 1
        elif i and kind in _LETTERS and _char_class(text[i - 1]) in _LETTERS:
            bits += LETTER_AFTER_LETTER
        else:
            bits += math.log2(_POOLS[kind])
    if lowered in _COMMON or (len(text) < SHORT_BELOW and any(w in lowered for w in _COMMON)):
        bits = min(bits, 10.0)
        reasons.append("common")
    if sum(2 if _char_class(c) == "other" else 1 for c in text) < SHORT_BELOW:
        reasons.append("too-short")  # a Chinese character counts as two
    if predictable * 3 >= len(text):
        reasons.append("repetitive")
    if len(classes) == 1 and len(text) < 20:
        reasons.append("one-kind")
    whole = int(bits)
    level = (
        StrengthLevel.WEAK
        if whole < WEAK_BELOW
        else StrengthLevel.FAIR
        if whole < FAIR_BELOW
        else StrengthLevel.STRONG
    )
    return Strength(level, whole, () if level is StrengthLevel.STRONG else tuple(reasons))


_POOLS = {"lower": 26, "upper": 26, "digit": 10, "symbol": len(_SYMBOLS), "other": 64}
_LETTERS = {"lower", "upper"}


def _char_class(char: str) -> str:
    if "a" <= char <= "z":
        return "lower"
    if "A" <= char <= "Z":
        return "upper"
    if "0" <= char <= "9":
        return "digit"
    return "symbol" if char in _SYMBOLS else "other"


def _continues(prev: str, char: str, before: str | None) -> bool:
    """``char`` repeats ``prev`` or continues a run of consecutive code points."""
    step = ord(char) - ord(prev)
    if step == 0:
        return True
    if abs(step) == 1 and before is not None:
        return ord(prev) - ord(before) == step
    return abs(step) == 1 and _char_class(char) == _char_class(prev)


# Identity -----------------------------------------------------------------------------------


def create_identity(
    name: str, role: Role | str, passphrase: str, path: Path, *,
    work_factor: int = DEFAULT_SCRYPT_LOG_N, now: datetime | None = None,
    insecure_demo: bool = False,
) -> Identity:  # fmt: skip
    """Make new keys and write them to ``path`` (never over an existing file: a lost key
    cannot be recovered), encrypted to ``passphrase`` with scrypt 2^``work_factor``
    (``work-factor-out-of-range`` below 2^15 unless ``insecure_demo``: demo and tests only)."""
    path = Path(path)
    check_new_work_factor(work_factor, path, insecure_demo=insecure_demo)
    if path.exists():
        raise InputError("file-exists", path)
    if not passphrase:
        raise InputError("passphrase-empty", path)
    identity = Identity.generate(name, Role(role), now=now)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_identity(identity, path, passphrase, work_factor=work_factor)
    return identity


def import_identity(src_path: Path, passphrase: str, dest_path: Path) -> Identity:
    """Check that ``src_path`` opens with ``passphrase``, then copy the file unchanged (same
    passphrase) to ``dest_path``. An existing different file there is never replaced."""
    src_path, dest_path = Path(src_path), Path(dest_path)
    identity = load_identity(src_path, passphrase)
    data = _read_small(src_path, MAX_IDENTITY_FILE_SIZE)
    if dest_path.exists():
        if _read_small(dest_path, MAX_IDENTITY_FILE_SIZE) == data:
            return identity
        raise InputError("file-exists", dest_path)
    write_atomic(dest_path, data)
    return identity


def export_enrolment(
    identity: Identity, dest: Path, *, now: datetime | None = None,
    verifier: X25519Recipient | None = None,
) -> Path:  # fmt: skip
    """Write the enrolment request (public keys, signed by the identity) for the commission.
    ``verifier``: the commission's X25519 key (e.g. a root's, from the pinned roster); without
    it the request does not prove the X25519 key and the commission will refuse it."""
    write_atomic(Path(dest), make_enrolment(identity, now=now, verifier=verifier))
    return Path(dest)


# Roster and trust ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RootKey:
    name: str
    keyid: str
    fingerprint: tuple[str, ...]  # 12 groups of 5 digits, to read aloud


@dataclass(frozen=True)
class RosterPreview:
    """What the set-up screen shows before the person pins anything."""

    path: Path
    label: str
    version: int
    issued_at: datetime
    expires_at: datetime
    threshold: int
    roots: tuple[RootKey, ...]
    experts: int
    chairs: int


def preview_roster(path: Path) -> RosterPreview:
    """Read a roster file and check it is signed by its own roots (no trust involved)."""
    path = Path(path)
    return preview_roster_data(_read_small(path, MAX_ROSTER_SIZE), path)


def read_package_roster(package: Path, identity: Identity) -> bytes:
    """The roster a package carries (the person need not hunt for a roster file: every
    package has the commission's signed roster inside). Unverified: preview, compare the
    fingerprints with the commission, then ``pin_roster_data``."""
    return package_roster(Path(package), identity)


def preview_roster_data(data: bytes, path: Path) -> RosterPreview:
    """``preview_roster`` of roster bytes read from ``path`` (a roster file or a package)."""
    path = Path(path)
    roster = read_roster(data, path)
    return RosterPreview(
        path, roster.label, roster.version, roster.issued_at, roster.expires_at,
        roster.threshold,
        tuple(RootKey(r.name, r.keyid, r.fingerprint_groups) for r in roster.roots),
        len(roster.experts), len(roster.chairs),
    )  # fmt: skip


def pin_roster(path: Path, trust_path: Path, now: datetime) -> TrustState:
    """Pin the roster's roots in a new trust file (after the person confirmed the
    fingerprints ``preview_roster`` showed) and accept the roster. With a trust file
    already there, the roster is only imported against it: other roots are refused
    (``trust-already-pinned``), never silently re-pinned."""
    path = Path(path)
    return pin_roster_data(_read_small(path, MAX_ROSTER_SIZE), path, trust_path, now)


def pin_roster_data(
    data: bytes, path: Path, trust_path: Path, now: datetime, *, store_dir: Path | None = None
) -> TrustState:
    """``pin_roster`` of roster bytes from ``path`` (a roster file, or a package with the
    roster inside). With ``store_dir`` the roster is also kept in the store, so that the
    enrolment request can name the commission's key (``enrolment_verifier``)."""
    path, trust_path = Path(path), Path(trust_path)
    trust = _pin(data, path, trust_path, now)
    if store_dir is not None:
        LocalStore(store_dir).save_roster(data, read_roster(data, path).digest)
    return trust


def _pin(data: bytes, path: Path, trust_path: Path, now: datetime) -> TrustState:
    if trust_path.exists():
        trust = load_trust(trust_path)
        try:
            import_roster(data, path, trust_path, now=now)
        except CryptoError as exc:
            foreign = not read_roster(data, path).same_roots(trust.roots, trust.threshold)
            if foreign and exc.code in ("signer-unknown", "signature-threshold"):
                raise CryptoError("trust-already-pinned", trust_path, roster=str(path)) from None
            raise
        return load_trust(trust_path)
    roster = read_roster(data, path)
    pinned = TrustState.pin(roster.roots, roster.threshold)
    trust = accept_roster(pinned, verify_roster(data, path, pinned, now=now))
    trust_path.parent.mkdir(parents=True, exist_ok=True)
    save_trust(trust, trust_path)
    return trust


def fingerprint_confirmed(preview: RosterPreview, typed: str) -> bool:
    """The phone check: the commission reads out each root key's fingerprint; the person
    types the last group of five digits of each (in the order shown, spaces ignored)."""
    digits = "".join(c for c in typed if not c.isspace())
    expected = "".join(root.fingerprint[-1] for root in preview.roots)
    return bool(expected) and digits == expected


def enrolment_verifier(home: Home) -> X25519Recipient | None:
    """The commission's key an enrolment request must prove the person's X25519 key to:
    the first operational key of the newest pinned roster (as ``reviewdesk keys enrol
    --commission``); None until a roster is pinned and kept in the store."""
    if not home.trust_path.exists():
        return None
    trust = load_trust(home.trust_path)
    if trust.roster_sha256 is None:
        return None
    store = LocalStore(home.store_dir)
    data = store.load_roster(trust.roster_sha256)
    if data is None:
        return None
    roster = read_roster(data, store.roster_path(trust.roster_sha256))
    for member in roster.members(RosterRole.OPERATIONAL):
        if not member.revoked:
            return member.identity.recipient
    return None


def replace_identity(src_path: Path, passphrase: str, home: Home) -> Identity:
    """Make the identity in ``src_path`` this home's (a package made for it would not open
    with the one here). The identity there before is kept, never deleted, as
    ``identities/<sha256 of its file>.age`` in the home; its drafts stay in the database
    under its key."""
    src_path = Path(src_path)
    identity = load_identity(src_path, passphrase)
    data = _read_small(src_path, MAX_IDENTITY_FILE_SIZE)
    current = home.identity_path
    if current.exists():
        old = _read_small(current, MAX_IDENTITY_FILE_SIZE)
        if old == data:
            return identity
        kept = home.root / "identities"
        kept.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = hashlib.sha256(old).hexdigest()[:16]
        write_atomic(kept / f"{name}.age", old)
    write_atomic(current, data)
    home.tighten()
    return identity


def _read_small(path: Path, limit: int) -> bytes:
    return read_capped(path, limit)
