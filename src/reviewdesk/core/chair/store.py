"""The chair's folders in the home's store (shared with the expert desk)::

    chair-packages/<digest>.rdx   the chair package exactly as received (encrypted)
    rosters/<sha256>.json         the roster it was verified with
    results/<bundle digest>.rdx   each finalised result bundle

Received score files are kept byte for byte in the home's database (``chair_score_files``),
in the same transaction as their import-log entry: a file and its receipt are never apart.
"""

from __future__ import annotations

from pathlib import Path

from reviewdesk.core.home.local_store import LocalStore


class ChairStore(LocalStore):
    """The home's store, with the chair's folders (module text). Every name is a checked
    lowercase hex SHA-256, never text from a file."""

    def chair_package_path(self, digest: str) -> Path:
        return self.package_path(digest).parent.with_name("chair-packages") / f"{digest}.rdx"

    def result_path(self, digest: str) -> Path:
        return self.roster_path(digest).parent.with_name("results") / f"{digest}.rdx"
