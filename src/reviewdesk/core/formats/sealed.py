"""Signed, encrypted objects: the part every kind shares.

Building (``seal``): sign the manifest as a DSSE envelope, encrypt it as blob 0, stream
each content blob through age into the container, and fill blob 0 in last, when the
content hashes are known.

Opening (``open_sealed``) runs the checks in the order FORMAT.md fixes, and stops at the
first failure:

1. the container parses within its caps (``read_index``), and is of the expected kind;
2. blob 0 decrypts with the reader's key (at most 1 MiB, in memory);
3. the envelope parses, its one signature is by a key the roster accepts for this kind,
   and verifies over PAE(payload type, manifest);
4. the manifest parses, and its kind, sender, blob count and recipients match;
5. later, and only on demand, each content blob (``read_blob``): decrypted into memory,
   released only if its ciphertext and plaintext hashes both match the manifest.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reviewdesk.core.crypto import (
    Recipient,
    StreamResult,
    X25519Identity,
    decrypt,
    decrypt_to_memory,
    encrypt_bytes,
)
from reviewdesk.core.crypto.dsse import Envelope, parse_envelope, sign_envelope, verify_envelope
from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import Member, Roster, RosterRole
from reviewdesk.core.errors import CryptoError, FormatError
from reviewdesk.core.formats.container import (
    MAX_BLOB0_SIZE,
    BlobSource,
    ContainerIndex,
    ContainerKind,
    ContainerWriter,
    add_encrypted_to_many,
    blob_reader,
    read_index,
)
from reviewdesk.core.formats.manifest import (
    PAYLOAD_TYPE,
    BlobEntry,
    BlobLabel,
    BlobRole,
    Manifest,
    new_object_id,
    parse_manifest,
)
from reviewdesk.core.formats.manifest_details import Details
from reviewdesk.core.formats.strict import timestamp_text
from reviewdesk.core.fsutil import open_input
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

_PLACEHOLDER = "0" * 64

# Who may sign each kind (DESIGN §3): the commission's operational keys make packages and
# roster files, experts make score files, chairs make result bundles.
SIGNER_ROLES: dict[ContainerKind, frozenset[RosterRole]] = {
    ContainerKind.PACKAGE: frozenset({RosterRole.OPERATIONAL}),
    ContainerKind.CHAIR_PACKAGE: frozenset({RosterRole.OPERATIONAL}),
    ContainerKind.ROSTER: frozenset({RosterRole.OPERATIONAL}),
    ContainerKind.SCORE: frozenset({RosterRole.EXPERT}),
    ContainerKind.RESULT: frozenset({RosterRole.CHAIR}),
}
# Kinds whose signer must serve on the manifest's panel.
PANEL_SIGNED = {ContainerKind.SCORE, ContainerKind.RESULT}


@dataclass(frozen=True)
class Content:
    """One content blob to build: its role, where its bytes come from, its label."""

    role: BlobRole
    source: BlobSource
    label: BlobLabel = field(default_factory=BlobLabel)


@dataclass(frozen=True)
class Sealed:
    """What ``seal`` wrote: the manifest and the object's digest."""

    path: Path
    manifest: Manifest
    digest: str  # SHA-256 of the signed envelope (blob 0's plaintext), hex
    envelope: bytes


def object_digest(envelope: bytes) -> str:
    """The digest that names an object: SHA-256 of its signed envelope. The envelope binds
    every content blob's hashes, so this commits to the whole object, whoever reads it."""
    return hashlib.sha256(envelope).hexdigest()


def seal(
    dest: Path,
    *,
    kind: ContainerKind,
    sender: Identity,
    recipients: Sequence[PublicIdentity],
    round: str | None,
    panel: str | None,
    template_sha256: str | None,
    roster_version: int,
    details: Details,
    contents: Sequence[Content],
    now: datetime,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    durable: bool = True,
) -> Sealed:
    """Write a complete object to ``dest`` (temp file, fsync, rename); nothing is left
    behind if it fails or is cancelled. ``durable=False``: no fsync, the caller syncs
    (``ContainerWriter.finish``)."""
    sealer = Sealer(
        dest, kind=kind, sender=sender, recipients=recipients, round=round, panel=panel,
        template_sha256=template_sha256, roster_version=roster_version, details=details,
        contents=contents, now=now, progress=progress,
    )  # fmt: skip
    with sealer.writer:  # removes the temp file on any failure
        for _ in contents:
            sealer.add(cancel=cancel)
        return sealer.finish(cancel=cancel, durable=durable)


class Sealer:
    """``seal`` step by step, for a builder that fills several objects at once: ``add``
    (or ``add_shared``) each content blob in order, then ``finish``. ``writer`` is the
    container writer: use it as a context manager so that a failure removes the temp file.
    """

    def __init__(
        self,
        dest: Path,
        *,
        kind: ContainerKind,
        sender: Identity,
        recipients: Sequence[PublicIdentity],
        round: str | None,
        panel: str | None,
        template_sha256: str | None,
        roster_version: int,
        details: Details,
        contents: Sequence[Content],
        now: datetime,
        progress: Progress = NO_PROGRESS,
    ) -> None:
        unique = {r.keyid: r for r in recipients}
        self.age_recipients = [r.recipient for r in unique.values()]
        sizes = [c.source.size for c in contents]
        self._draft = Manifest(
            kind=kind, object_id=new_object_id(), created_at=timestamp_text(now), round=round,
            panel=panel, sender=sender.keyid, recipients=tuple(sorted(unique)),
            template_sha256=template_sha256, roster_version=roster_version,
            blobs=tuple(
                BlobEntry(i, c.role, _PLACEHOLDER, _PLACEHOLDER, size, c.label)
                for i, (c, size) in enumerate(zip(contents, sizes, strict=True), start=1)
            ),
            details=details,
        )  # fmt: skip
        self._sender = sender
        self._contents = tuple(contents)
        self._entries: list[BlobEntry] = []
        self._progress, self._total, self._done = progress, sum(sizes), 0
        # Same widths as the final manifest, so the same size: the room to leave for blob 0.
        reserve = len(_blob0(self._draft, sender, self.age_recipients)[1])
        self.writer = ContainerWriter(dest, kind, 1 + len(contents), blob0_reserve=reserve)

    @property
    def next_content(self) -> Content:
        return self._contents[len(self._entries)]

    def add(self, *, cancel: CancelToken = NEVER) -> None:
        """Encrypt the next content blob from its source."""
        cancel.raise_if_cancelled()
        step = _Offset(self._progress, self._done, self._total)
        with self.next_content.source.open() as src:
            result = self.writer.add_encrypted(
                src, self.age_recipients, progress=step, cancel=cancel
            )
        self._record(result)

    def _record(self, result: StreamResult) -> None:
        assert result.ciphertext_sha256 is not None and result.plaintext_sha256 is not None
        entry = self._draft.blobs[len(self._entries)]
        self._entries.append(
            replace(
                entry,
                ciphertext_sha256=result.ciphertext_sha256.hex(),
                plaintext_sha256=result.plaintext_sha256.hex(),
                size=result.plaintext_size,
            )
        )
        self._done += entry.size

    def finish(self, *, cancel: CancelToken = NEVER, durable: bool = True) -> Sealed:
        """Sign the manifest, write blob 0 and put the file in place."""
        manifest = replace(self._draft, blobs=tuple(self._entries))
        envelope, blob0 = _blob0(manifest, self._sender, self.age_recipients)
        self.writer.finish(blob0, cancel=cancel, durable=durable)
        self._progress(self._total, self._total, "done")
        return Sealed(self.writer.dest, manifest, object_digest(envelope), envelope)


def add_shared(
    sealers: Sequence[Sealer], *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER
) -> None:
    """Add the next content blob of every sealer, which must all come from the same file:
    it is read and hashed once and encrypted for each (``add_encrypted_to_many``)."""
    cancel.raise_if_cancelled()
    source = sealers[0].next_content.source
    if any(s.next_content.source != source for s in sealers):
        raise ValueError("add_shared: not the same content")
    with source.open() as src:
        results = add_encrypted_to_many(
            [s.writer for s in sealers], src, [s.age_recipients for s in sealers],
            progress=progress, cancel=cancel,
        )  # fmt: skip
    for sealer, result in zip(sealers, results, strict=True):
        sealer._record(result)


class _Offset:
    """Progress of one blob, reported as progress of the whole object."""

    def __init__(self, progress: Progress, base: int, total: int) -> None:
        self._progress, self._base, self._total = progress, base, total

    def __call__(self, done: int, total: int, stage: str = "") -> None:
        self._progress(self._base + done, self._total, "encrypt")


def _blob0(
    manifest: Manifest, sender: Identity, recipients: Sequence[Recipient]
) -> tuple[bytes, bytes]:
    envelope = sign_envelope(PAYLOAD_TYPE, manifest.to_bytes(), [sender.signing_key])
    blob0 = encrypt_bytes(envelope, recipients)
    if len(blob0) > MAX_BLOB0_SIZE:
        raise FormatError("manifest-too-large", size=len(blob0), limit=MAX_BLOB0_SIZE)
    return envelope, blob0


@dataclass
class OpenedObject:
    """An object whose container, signature and manifest have been checked; content blobs
    are read only through ``read_blob`` / ``verify_blob``."""

    path: Path
    index: ContainerIndex
    envelope: Envelope
    envelope_bytes: bytes
    manifest: Manifest
    signer: Member
    digest: str
    _age_identity: X25519Identity
    _data: bytes | None = None  # the file's bytes, when it was opened from memory

    def read_blob(
        self, index: int, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER
    ) -> bytes:
        """Decrypt content blob ``index`` into memory; return it only if its size and the
        SHA-256 of its age file match the signed manifest (``blob-hash-mismatch`` otherwise).

        The plaintext digest is not recomputed here: identical age-file bytes can only
        decrypt to identical plaintext, so the ciphertext digest already binds it, and one
        SHA-256 pass less keeps opening a document no slower than the ``age`` tool.
        ``verify_blob`` checks both."""
        entry = self._entry(index)
        with self._open_blob(index) as src:
            try:
                data, result = decrypt_to_memory(
                    src, [self._age_identity], max_size=entry.size, sha256=True,
                    hash_plaintext=False, progress=progress, cancel=cancel, name=self.path,
                )  # fmt: skip
            except FormatError as exc:
                if exc.code == "age-plaintext-too-large":
                    raise CryptoError("blob-hash-mismatch", self.path, blob=index,
                                      which="size") from None  # fmt: skip
                raise
        _check_hashes(self.path, entry, result.plaintext_size, result.ciphertext_sha256,
                      result.plaintext_sha256)  # fmt: skip
        return data

    def verify_blob(
        self, index: int, *, progress: Progress = NO_PROGRESS, cancel: CancelToken = NEVER
    ) -> None:
        """Check content blob ``index`` completely without keeping any plaintext."""
        entry = self._entry(index)
        sink = _CountingSink(entry.size, self.path, index)
        with self._open_blob(index) as src:
            result = decrypt(src, sink, [self._age_identity], sha256=True, progress=progress,
                             cancel=cancel, name=self.path)  # fmt: skip
        _check_hashes(self.path, entry, result.plaintext_size, result.ciphertext_sha256,
                      result.plaintext_sha256)  # fmt: skip

    def _entry(self, index: int) -> BlobEntry:
        if not 1 <= index <= len(self.manifest.blobs):
            raise IndexError(index)
        return self.manifest.blob(index)

    def _open_blob(self, index: int) -> _BlobHandle:
        return _BlobHandle(self.path, self.index, index, self._data)


class _BlobHandle:
    """Opens the container again for one blob; a file that changed size since it was
    opened is refused before reading. An object opened from memory is read from there."""

    def __init__(self, path: Path, index: ContainerIndex, blob: int, data: bytes | None) -> None:
        self._path, self._index, self._blob, self._data = path, index, blob, data
        self._file: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        self._file = open_input(self._path) if self._data is None else io.BytesIO(self._data)
        if self._file.seek(0, io.SEEK_END) != self._index.size:
            self._file.close()
            raise FormatError("container-changed", self._path)
        return blob_reader(self._file, self._index.blobs[self._blob])

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()


class _CountingSink(io.RawIOBase):
    def __init__(self, limit: int, path: Path, blob: int) -> None:
        super().__init__()
        self.limit, self.count, self.path, self.blob = limit, 0, path, blob

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        n = memoryview(data).nbytes
        self.count += n
        if self.count > self.limit:
            raise CryptoError("blob-hash-mismatch", self.path, blob=self.blob, which="size")
        return n


def _check_hashes(
    path: Path, entry: BlobEntry, size: int, cipher: bytes | None, plain: bytes | None
) -> None:
    assert cipher is not None
    for which, got, want in (
        ("ciphertext", cipher.hex(), entry.ciphertext_sha256),
        ("plaintext", None if plain is None else plain.hex(), entry.plaintext_sha256),
    ):
        if got is not None and got != want:
            raise CryptoError("blob-hash-mismatch", path, blob=entry.index, which=which)
    if size != entry.size:
        raise CryptoError("blob-hash-mismatch", path, blob=entry.index, which="size")


def open_sealed(
    path: Path,
    identity: Identity,
    roster: Roster,
    *,
    kind: ContainerKind,
    cancel: CancelToken = NEVER,
    received_at: datetime | None = None,
    data: bytes | None = None,
) -> OpenedObject:
    """Steps 1–4 of the verification order (module text) for an object of ``kind``,
    against ``roster`` (already verified by the caller). ``received_at``: when the reader
    received it (a chair's import): a revocation dated later does not apply yet. ``data``:
    the file's bytes, already read whole by the caller (``path`` then only names it): the
    object is checked from them and never read from the disk again, so what verified is
    exactly what the caller keeps."""
    path = Path(path)
    if kind not in SIGNER_ROLES:
        raise FormatError("container-kind-unsupported", path, kind=kind.label)
    source = open_input(path) if data is None else io.BytesIO(data)  # a file, or a named error
    with source as handle:
        index = read_index(handle, path)
        if index.kind is not kind:
            raise FormatError("container-kind-mismatch", path, expected=kind.label,
                              found=index.kind.label)  # fmt: skip
        cancel.raise_if_cancelled()
        envelope_bytes, _ = decrypt_to_memory(
            blob_reader(handle, index.blobs[0]), [identity.age_identity],
            max_size=MAX_BLOB0_SIZE, cancel=cancel, name=path,
        )  # fmt: skip
    envelope = parse_envelope(envelope_bytes, path, max_size=MAX_BLOB0_SIZE)
    if len(envelope.signatures) != 1:
        raise FormatError("envelope-invalid", path, reason="a manifest has exactly one signature")
    keyid = envelope.signatures[0].keyid
    signer = roster.require_signer(keyid, SIGNER_ROLES[kind], path=path, at=received_at)
    verify_envelope(
        envelope, {keyid: signer.identity.verify_key}, expected_type=PAYLOAD_TYPE, path=path
    )
    manifest = parse_manifest(envelope.payload, path)
    _check_common(path, index, manifest, keyid, identity, roster)
    if kind in PANEL_SIGNED and not signer.serves(SIGNER_ROLES[kind], manifest.panel):
        raise CryptoError("signer-not-on-panel", path, keyid=keyid, name=signer.name,
                          panel=manifest.panel)  # fmt: skip
    return OpenedObject(path, index, envelope, envelope_bytes, manifest, signer,
                        object_digest(envelope_bytes), identity.age_identity, data)  # fmt: skip


def _check_common(
    path: Path, index: ContainerIndex, manifest: Manifest, keyid: str, identity: Identity,
    roster: Roster,
) -> None:  # fmt: skip
    if manifest.kind is not index.kind:
        raise FormatError("manifest-kind-mismatch", path, container=index.kind.label,
                          manifest=manifest.kind.label)  # fmt: skip
    if manifest.sender != keyid:
        raise FormatError("sender-mismatch", path, signer=keyid, sender=manifest.sender)
    if len(manifest.blobs) != index.content_count:
        raise FormatError("blob-count-mismatch", path, manifest=len(manifest.blobs),
                          container=index.content_count)  # fmt: skip
    if identity.keyid not in manifest.recipients:
        raise FormatError("not-a-recipient", path, keyid=identity.keyid)
    if manifest.roster_version > roster.version:
        # Signed under a roster this reader has not seen: get that one first.
        raise FormatError("roster-outdated", path, needed=manifest.roster_version,
                          have=roster.version)  # fmt: skip
