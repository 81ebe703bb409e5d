"""age v1 encryption (c2sp.org/age) on the ``cryptography`` package: X25519, scrypt and the
post-quantum mlkem768x25519 recipients; binary output; armored input only when asked.

Error codes (``FormatError`` unless noted):

- header: ``age-header-invalid``, ``age-version-unsupported``, ``age-header-too-large``,
  ``age-too-many-stanzas``, ``age-stanza-too-large``, ``age-stanza-invalid``,
  ``age-scrypt-not-alone``, ``age-work-factor-too-high``, ``age-truncated`` (``part`` =
  ``header`` or ``nonce``), ``age-armor-invalid``, ``age-armor-not-allowed``;
- keys: CryptoError ``age-header-mac``, ``age-no-identity-matched``, ``age-bad-passphrase``;
- payload: CryptoError ``age-payload-auth`` (``chunk``), ``age-truncated`` (``part`` =
  ``payload``), ``age-trailing-data``, ``age-final-chunk-empty``,
  ``age-plaintext-too-large`` (``decrypt_to_memory`` cap);
- keys and encryption: ``age-key-invalid``, ``age-no-recipients``, ``age-recipients-mixed``;
- ``CancelledError`` (code ``cancelled``) when the cancel token is set.
"""

from reviewdesk.core.crypto.age_file import (
    decrypt,
    decrypt_bytes,
    decrypt_to_memory,
    encrypt,
    encrypt_bytes,
    parse_identity,
    parse_recipient,
)
from reviewdesk.core.crypto.age_header import DEFAULT_LIMITS, AgeLimits, Stanza
from reviewdesk.core.crypto.age_io import ByteSink, ByteSource
from reviewdesk.core.crypto.age_keys import (
    DEFAULT_SCRYPT_LOG_N,
    MAX_SCRYPT_LOG_N,
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
)
from reviewdesk.core.crypto.age_pq import HybridIdentity, HybridRecipient
from reviewdesk.core.crypto.age_stream import CHUNK_SIZE, StreamResult

__all__ = [
    "CHUNK_SIZE",
    "DEFAULT_LIMITS",
    "DEFAULT_SCRYPT_LOG_N",
    "MAX_SCRYPT_LOG_N",
    "AgeLimits",
    "ByteSink",
    "ByteSource",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "StreamResult",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_bytes",
    "decrypt_to_memory",
    "encrypt",
    "encrypt_bytes",
    "parse_identity",
    "parse_recipient",
]
