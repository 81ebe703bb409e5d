"""The expert's local store: files kept beside the database, never decrypted on disk.

Layout under the store folder::

    packages/<package digest>.rdx     the package exactly as received (still encrypted)
    rosters/<roster sha256>.json      every roster a package was verified with (signed DSSE)
    scores/<package digest>-r<n>.rdx  each signed score file, so that submitting again
                                      without a change writes the very same bytes

Every write is temp file → fsync → rename → fsync of the folder (STYLE §7).

``package_roster`` reads the roster a package carries before the package itself can be
verified: the signer of a package is checked against a roster, and the expert's only roster
may be the one inside. It decrypts the manifest only to find the roster blob; the roster
authenticates itself by the commission roots' signatures, which the caller verifies
against the pinned trust before the package is opened for real.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from reviewdesk.core.crypto import decrypt_to_memory
from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.errors import FormatError, InputError
from reviewdesk.core.formats.container import (
    MAX_BLOB0_SIZE,
    ContainerKind,
    blob_reader,
    read_index,
)
from reviewdesk.core.formats.manifest import BlobRole, parse_manifest
from reviewdesk.core.fsutil import fsync_dir
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

MAX_ROSTER_SIZE = 16 * 1024 * 1024  # a roster of 5000 experts is about 2 MB
_CHUNK = 1024 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")


class LocalStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def package_path(self, digest: str) -> Path:
        return self.root / "packages" / f"{_hex(digest)}.rdx"

    def roster_path(self, sha256: str) -> Path:
        return self.root / "rosters" / f"{_hex(sha256)}.json"

    def score_path(self, package_digest: str, revision: int) -> Path:
        return self.root / "scores" / f"{_hex(package_digest)}-r{int(revision)}.rdx"

    def store_package(
        self,
        src: Path,
        digest: str,
        *,
        progress: Progress = NO_PROGRESS,
        cancel: CancelToken = NEVER,
    ) -> tuple[Path, bool]:
        """Copy the package into the store; returns (path, whether it was newly written).
        An existing copy is kept: its name is its digest, checked when it is opened."""
        dest = self.package_path(digest)
        if dest.exists():
            return dest, False
        copy_atomic(src, dest, progress=progress, cancel=cancel)
        return dest, True

    def save_roster(self, data: bytes, sha256: str) -> None:
        path = self.roster_path(sha256)
        if not path.exists():
            write_atomic(path, data)

    def load_roster(self, sha256: str) -> bytes | None:
        path = self.roster_path(sha256)
        try:
            with path.open("rb") as handle:
                return handle.read(MAX_ROSTER_SIZE + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise InputError("file-unreadable", path, reason=exc.strerror or str(exc)) from None


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
) -> None:
    """Copy ``src`` (or write ``data``) to ``dest``: a temp file beside it, fsync, rename,
    fsync of the folder. Nothing is left behind on failure or cancel."""
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise InputError("file-unwritable", dest, reason=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            if data is not None:
                out.write(data)
            else:
                assert src is not None
                _stream(src, out, progress, cancel)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError("file-unwritable", dest, reason=exc.strerror or str(exc)) from None
        raise
    fsync_dir(dest.parent)


def _stream(src: Path, out: object, progress: Progress, cancel: CancelToken) -> None:
    try:
        handle = src.open("rb")
    except OSError as exc:
        raise InputError("file-unreadable", src, reason=exc.strerror or str(exc)) from None
    with handle:
        total = os.fstat(handle.fileno()).st_size
        done = 0
        while chunk := handle.read(_CHUNK):
            cancel.raise_if_cancelled()
            out.write(chunk)  # type: ignore[attr-defined]
            done += len(chunk)
            progress(done, total, "copy")


def package_roster(path: Path, identity: Identity, *, cancel: CancelToken = NEVER) -> bytes:
    """The roster blob of the package at ``path``, unverified (see the module text).

    Errors are the formats' own (``file-unreadable``, container and age codes,
    ``envelope-invalid``, ``manifest-invalid``, ``container-kind-mismatch``)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError("file-unreadable", path, reason=exc.strerror or str(exc)) from None
    with handle:
        index = read_index(handle, path)
        if index.kind is not ContainerKind.PACKAGE:
            raise FormatError(
                "container-kind-mismatch",
                path,
                expected=ContainerKind.PACKAGE.label,
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
