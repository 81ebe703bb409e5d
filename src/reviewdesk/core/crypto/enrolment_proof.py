"""Proof that an enrolment's sender holds the X25519 key it enrols (issue 7 item 13).

The Ed25519 signature of an enrolment request proves the signing key. Nothing signed can
prove an X25519 key, and "encrypting something to one's own X25519 key" proves nothing
(anyone can encrypt to a public key). What does: a key agreement with a key whose private
half only the verifier holds. The applicant computes, with their X25519 private key ``a``
and the commission's X25519 public key ``V`` (from the roster the applicant pinned, or as
the commission published it)::

    key = HKDF-SHA-256(ikm  = X25519(a, V),
                       salt = "",
                       info = "reviewdesk enrolment x25519 proof v1\\n" || A || V)   # 32 bytes
    mac = HMAC-SHA-256(key, transcript)

where ``A`` is the applicant's X25519 public key and ``transcript`` is the canonical JSON of
the enrolment payload without ``x25519_proof.mac`` (so the name, role, both public keys, the
time and the verifier key are all bound). The commission recomputes ``X25519(v, A)`` with its
private key ``v`` — the same secret — and compares in constant time.

Sound because the secret X25519(a, V) = X25519(v, A) can be computed only with ``a`` or
``v``; the verifier key is a real key of the commission, not a public constant (a constant
whose private scalar is known would let anyone make the proof). A proof is designated to one
commission key: only that key's holder can check it, and only it could forge one, which
gains it nothing. The X25519 exchange refuses low-order keys (all-zero secret).
"""

from __future__ import annotations

import hashlib
import hmac

from reviewdesk.core.crypto.age_header import hkdf_sha256
from reviewdesk.core.crypto.age_keys import X25519Identity

PROOF_INFO = b"reviewdesk enrolment x25519 proof v1\n"
MAC_SIZE = 32


def _proof_key(own: X25519Identity, peer: bytes, applicant: bytes, verifier: bytes) -> bytes:
    return hkdf_sha256(own.agree(peer), b"", PROOF_INFO + applicant + verifier)


def make_proof_mac(applicant: X25519Identity, verifier: bytes, transcript: bytes) -> bytes:
    """The applicant's side: the MAC over ``transcript`` for the verifier key ``verifier``."""
    key = _proof_key(applicant, verifier, applicant.recipient.public_key, verifier)
    return hmac.digest(key, transcript, hashlib.sha256)


def proof_mac_matches(
    verifier: X25519Identity, applicant: bytes, transcript: bytes, mac: bytes
) -> bool:
    """The commission's side: does ``mac`` prove that the sender of ``transcript`` holds the
    X25519 private key of ``applicant``?"""
    key = _proof_key(verifier, applicant, applicant, verifier.recipient.public_key)
    return hmac.compare_digest(hmac.digest(key, transcript, hashlib.sha256), mac)
