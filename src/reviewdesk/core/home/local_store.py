"""The expert's local store: files kept beside the database, never decrypted on disk.

Layout under the store folder::

    packages/<package digest>.rdx     the package exactly as received (still encrypted),
                                      there only once every blob matched its signed digest
    packages/<package digest>.source  where the original is, while the copy is not made
                                      yet (a desk opened before storing, issue 9)
    rosters/<roster sha256>.json      every roster a package was verified with (signed DSSE)
    scores/<package digest>-r<n>-<score file digest>.rdx
                                      each signed score file, so that submitting again
                                      without a change writes the very same bytes; the
                                      name carries the digest recorded for the revision,
                                      so a file is never overwritten by another signing

Every write is temp file → fsync → rename → fsync of the folder (STYLE §7).

``package_roster`` reads the roster a package carries before the package itself can be
verified: the signer of a package is checked against a roster, and the expert's only roster
may be the one inside. It decrypts the manifest only to find the roster blob; the roster
authenticates itself by the commission roots' signatures, which the caller verifies
against the pinned trust before the package is opened for real.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reviewdesk.core.crypto import decrypt_to_memory
from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.errors import CryptoError, FormatError, InputError, ReviewdeskError
from reviewdesk.core.formats.container import (
    MAX_BLOB0_SIZE,
    ContainerIndex,
    ContainerKind,
    blob_reader,
    read_index,
)
from reviewdesk.core.formats.manifest import BlobRole, parse_manifest
from reviewdesk.core.fsutil import fsync_dir, open_input, os_error
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

MAX_ROSTER_SIZE = 16 * 1024 * 1024  # a roster of 5000 experts is about 2 MB
_CHUNK = 1024 * 1024
_MAX_NOTE = 64 * 1024  # a path noted by remember_source
_STEPS = 200  # progress reports per copy, whatever its size: each may cost the GUI a repaint
_HEX64 = re.compile(r"[0-9a-f]{64}")


class LocalStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def package_path(self, digest: str) -> Path:
        return self.root / "packages" / f"{_hex(digest)}.rdx"

    def roster_path(self, sha256: str) -> Path:
        return self.root / "rosters" / f"{_hex(sha256)}.json"

    def score_path(self, package_digest: str, revision: int, digest: str) -> Path:
        """Where the signed score file of that revision, with that object digest, is kept.
        (Files named ``<package>-r<n>.rdx`` by older versions are not used: which signing
        they hold cannot be told without the chair's key.)"""
        name = f"{_hex(package_digest)}-r{int(revision)}-{_hex(digest)}.rdx"
        return self.root / "scores" / name

    def scores_dir(self) -> Path:
        return self.root / "scores"

    def store_package(
        self,
        src: Path,
        digest: str,
        *,
        layout: ContainerIndex,
        ciphertext_sha256: Sequence[str],
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
    ) -> tuple[Path, bool]:
        """Copy the package into the store, checking on the way that each content blob is
        the one its signed manifest names; returns (path, whether no copy was there).

        ``layout`` is the container index the package was verified with and
        ``ciphertext_sha256`` the manifest's digests of blobs 1, 2, … in order. The copy is
        hashed blob by blob as it streams (one SHA-256 pass, no decryption) and renamed
        into place only when every digest matches (``check_blobs`` says which blob is
        wrong otherwise, and nothing is stored). A copy already stored is replaced by the
        new, checked one: a damaged copy is so mended by a good original, and its name
        (the digest of blob 0) never vouched for the other blobs."""
        dest = self.package_path(digest)
        fresh = not dest.exists()
        check = _BlobCheck(src, layout, ciphertext_sha256)
        copy_atomic(src, dest, progress=progress, cancel=cancel, check=check)
        return dest, fresh

    def source_note_path(self, digest: str) -> Path:
        return self.root / "packages" / f"{_hex(digest)}.source"

    def remember_source(self, digest: str, src: Path) -> None:
        """Note where the package ``digest`` was opened from while its copy is not made
        yet (``ExpertDesk.store_task``), so that it can be opened from there again. A hint,
        on the way to the first page: renamed into place (owner-only) but not synced — if
        it is lost, reopening asks for the file again. Failing to write it is no error."""
        note = self.source_note_path(digest)
        tmp = note.with_name(f".{note.name}.{os.getpid()}.tmp")
        try:
            note.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(os.fsencode(Path(src).absolute()))
            os.replace(tmp, note)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def remembered_source(self, digest: str) -> Path | None:
        """The original noted by ``remember_source`` when it is still a file there."""
        note = self.source_note_path(digest)
        try:
            with open_input(note) as handle:
                path = Path(os.fsdecode(handle.read(_MAX_NOTE)))
            return path if path.is_absolute() and path.is_file() else None
        except (OSError, ReviewdeskError):
            return None

    def forget_source(self, digest: str) -> None:
        with contextlib.suppress(OSError):
            self.source_note_path(digest).unlink(missing_ok=True)

    def save_roster(self, data: bytes, sha256: str) -> None:
        path = self.roster_path(sha256)
        if not path.exists():
            write_atomic(path, data)

    def load_roster(self, sha256: str) -> bytes | None:
        path = self.roster_path(sha256)
        if not path.exists():
            return None
        with open_input(path) as handle:  # a pipe or a folder in the store is refused
            try:
                return handle.read(MAX_ROSTER_SIZE + 1)
            except OSError as exc:
                raise os_error(exc, path, writing=False) from None


def _hex(text: str) -> str:
    if not _HEX64.fullmatch(text):  # never let a name from a file build a path
        raise ValueError(f"not a lowercase hex SHA-256: {text[:70]!r}")
    return text


def write_atomic(dest: Path, data: bytes) -> None:
    """``data`` to ``dest`` durably; the folder is created if needed. OSError →
    ``file-unwritable``."""
    copy_atomic(None, dest, data=data)


def copy_atomic(
    src: Path | None,
    dest: Path,
    *,
    data: bytes | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
    check: _BlobCheck | None = None,
) -> None:
    """Copy ``src`` (or write ``data``) to ``dest``: a temp file beside it (owner-only),
    fsync, rename, fsync of the folder. Nothing is left behind on failure or cancel.
    ``check`` sees every byte copied and may refuse the copy before the rename."""
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise InputError("file-unwritable", dest, reason=exc.strerror or str(exc)) from None
    try:
        if hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):  # owner-only whatever the umask
                os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as out:
            if data is not None:
                out.write(data)
            else:
                assert src is not None
                _stream(src, out, progress, cancel, check)
            out.flush()
            os.fsync(out.fileno())
        if check is not None:
            check.finish()
        os.replace(tmp, dest)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError("file-unwritable", dest, reason=exc.strerror or str(exc)) from None
        raise
    fsync_dir(dest.parent)


def _stream(
    src: Path, out: object, progress: Progress, cancel: CancelToken, check: _BlobCheck | None
) -> None:
    handle = open_input(src)  # never blocks on a FIFO or reads /dev/zero for ever
    with handle:
        total = os.fstat(handle.fileno()).st_size
        done = reported = 0
        while chunk := handle.read(_CHUNK):
            cancel.raise_if_cancelled()
            if check is not None:
                check.update(chunk)
            out.write(chunk)  # type: ignore[attr-defined]
            done += len(chunk)
            if (done - reported) * _STEPS >= total or done == total:
                reported = done
                progress(done, total, "copy")


class _BlobCheck:
    """SHA-256 of each content blob of a container as its bytes stream past, compared at
    the end with the digests its signed manifest lists (``store_package``)."""

    def __init__(self, path: Path, layout: ContainerIndex, expected: Sequence[str]) -> None:
        self.path, self.layout, self.expected = Path(path), layout, list(expected)
        self._spans = [(b.offset, b.offset + b.length) for b in layout.blobs[1:]]
        self._hashes = [hashlib.sha256() for _ in self._spans]
        self._pos = 0

    def update(self, chunk: bytes) -> None:
        start, end = self._pos, self._pos + len(chunk)
        view = memoryview(chunk)
        for (lo, hi), digest in zip(self._spans, self._hashes, strict=True):
            if hi <= start:
                continue
            if lo >= end:
                break
            digest.update(view[max(lo, start) - start : min(hi, end) - start])
        self._pos = end

    def finish(self) -> None:
        """Raise unless the bytes were exactly the verified container (see check_blobs)."""
        if self._pos != self.layout.size:
            raise FormatError("container-changed", self.path)
        check_blobs(self.path, [h.hexdigest() for h in self._hashes], self.expected)


def check_blobs(path: Path, found: Sequence[str], signed: Sequence[str]) -> None:
    """Compare the content blobs' ciphertext digests ``found`` (blob 1, 2, …) with the
    ``signed`` ones and name the first wrong blob and how it is wrong:

    ``blob-count-mismatch`` — not as many blobs as signed;
    ``blob-reordered`` — blob i holds what was signed as blob j, which is not at its place;
    ``blob-duplicated`` — blob i is a second copy of blob j, in its place as well;
    ``blob-hash-mismatch`` (which=ciphertext) — blob i matches nothing signed: damaged, or
    a blob of another package."""
    if len(found) != len(signed):
        raise CryptoError("blob-count-mismatch", path, container=len(found), manifest=len(signed))
    position = {want: n for n, want in enumerate(signed, start=1)}
    for n, (got, want) in enumerate(zip(found, signed, strict=True), start=1):
        if got == want:
            continue
        other = position.get(got)
        if other is None:
            raise CryptoError("blob-hash-mismatch", path, blob=n, which="ciphertext")
        if found[other - 1] == signed[other - 1]:
            raise CryptoError("blob-duplicated", path, blob=n, copy_of=other)
        raise CryptoError("blob-reordered", path, blob=n, signed_as=other)


def package_roster(
    path: Path,
    identity: Identity,
    *,
    cancel: CancelToken = NEVER,
    kind: ContainerKind = ContainerKind.PACKAGE,
) -> bytes:
    """The roster blob of the package (or chair package: ``kind``) at ``path``, unverified
    (see the module text).

    Errors are the formats' own (``file-unreadable``, container and age codes,
    ``envelope-invalid``, ``manifest-invalid``, ``container-kind-mismatch``)."""
    handle = open_input(path)
    with handle:
        index = read_index(handle, path)
        if index.kind is not kind:
            raise FormatError(
                "container-kind-mismatch",
                path,
                expected=kind.label,
                found=index.kind.label,
            )
        cancel.raise_if_cancelled()
        envelope_bytes, _ = decrypt_to_memory(
            blob_reader(handle, index.blobs[0]),
            [identity.age_identity],
            max_size=MAX_BLOB0_SIZE,
            cancel=cancel,
            name=path,
        )
        manifest = parse_manifest(parse_envelope(envelope_bytes, path).payload, path)
        rosters = manifest.blobs_with_role(BlobRole.ROSTER)
        if len(rosters) != 1 or rosters[0].index >= len(index.blobs):
            raise FormatError("manifest-invalid", path, field="$.blobs", reason="no roster blob")
        entry = rosters[0]
        data, _ = decrypt_to_memory(
            blob_reader(handle, index.blobs[entry.index]),
            [identity.age_identity],
            max_size=min(entry.size, MAX_ROSTER_SIZE),
            cancel=cancel,
            name=path,
        )
    return data
