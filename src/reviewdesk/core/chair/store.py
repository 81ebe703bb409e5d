"""The chair's folders in the home's store (shared with the expert desk)::

chair-packages/<digest>.rdx       the chair package exactly as received (encrypted)
rosters/<sha256>.json             the roster it was verified with
received/<file sha256>.rdx        every score file accepted (or alarming), byte for byte
results/<bundle digest>.rdx       each finalised result bundle
"""

from __future__ import annotations

from pathlib import Path

from reviewdesk.core.home.local_store import LocalStore


class ChairStore(LocalStore):
    """The home's store, with the chair's folders (module text). Every name is a checked
    lowercase hex SHA-256, never text from a file."""

    def chair_package_path(self, digest: str) -> Path:
        return self.package_path(digest).parent.with_name("chair-packages") / f"{digest}.rdx"

    def received_path(self, file_sha256: str) -> Path:
        return self.roster_path(file_sha256).parent.with_name("received") / f"{file_sha256}.rdx"

    def result_path(self, digest: str) -> Path:
        return self.roster_path(digest).parent.with_name("results") / f"{digest}.rdx"
