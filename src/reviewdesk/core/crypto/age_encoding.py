"""Text encodings of the age format: unpadded canonical base64 and Bech32 (BIP 173, no length
limit). Both decoders are strict, because every accepted variant of an encoding is a way to
alter a file without changing what it means."""

from __future__ import annotations

import binascii
import re

from reviewdesk.core.errors import FormatError

# Standard alphabet, no padding: the spec rejects "=" and any non-canonical trailing bits.
_B64_RE = re.compile(rb"[A-Za-z0-9+/]*")


class EncodingError(ValueError):
    """Internal: a malformed encoding. Callers turn it into a FormatError with their code."""


def b64encode_raw(data: bytes) -> bytes:
    """Standard base64 without ``=`` padding (and without a newline)."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def b64decode_raw(text: bytes) -> bytes:
    """Decode unpadded base64, refusing padding, other characters and non-canonical input."""
    if _B64_RE.fullmatch(text) is None:
        raise EncodingError("invalid base64 character or padding")
    if len(text) % 4 == 1:
        raise EncodingError("invalid base64 length")
    padded = text + b"=" * (-len(text) % 4)
    try:
        data = binascii.a2b_base64(padded, strict_mode=True)
    except binascii.Error as exc:  # pragma: no cover - the checks above should catch all
        raise EncodingError("invalid base64") from exc
    # Non-zero unused bits decode silently; re-encoding exposes them.
    if b64encode_raw(data) != text:
        raise EncodingError("non-canonical base64")
    return data


# --- Bech32 (BIP 173) ------------------------------------------------------------------------

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            if (top >> i) & 1:
                chk ^= _GENERATOR[i]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: list[int] | bytes, from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    max_acc = (1 << (from_bits + to_bits - 1)) - 1  # keeps ``acc`` small on long keys
    for value in data:
        acc = ((acc << from_bits) | value) & max_acc
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        raise EncodingError("invalid bech32 padding")
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under ``hrp``; the case of ``hrp`` sets the case of the whole string."""
    lower = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    poly = _polymod([*_hrp_expand(lower), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    text = lower + "1" + "".join(_CHARSET[v] for v in values + checksum)
    return text.upper() if hrp.isupper() else text


def bech32_decode(text: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)``; the hrp keeps the case it had in ``text``."""
    if text.lower() != text and text.upper() != text:
        raise EncodingError("mixed case")
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise EncodingError("separator at an invalid position")
    hrp = text[:pos]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise EncodingError("invalid character in the human-readable part")
    try:
        values = [_CHARSET_REV[c] for c in text[pos + 1 :].lower()]
    except KeyError as exc:
        raise EncodingError("invalid bech32 character") from exc
    if _polymod(_hrp_expand(hrp.lower()) + values) != 1:
        raise EncodingError("bad checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))


def decode_key(text: str, hrp: str, size: int, kind: str) -> bytes:
    """Decode a Bech32 key with the exact ``hrp`` (case included) and ``size`` bytes."""
    try:
        got_hrp, data = bech32_decode(text.strip())
    except EncodingError as exc:
        raise FormatError("age-key-invalid", kind=kind, reason=str(exc)) from None
    if got_hrp != hrp:
        raise FormatError("age-key-invalid", kind=kind, reason="wrong prefix")
    if len(data) != size:
        raise FormatError("age-key-invalid", kind=kind, reason="wrong length")
    return data
