"""Where one person's reviewdesk files live (their "home").

The home is ``platformdirs.user_data_dir("reviewdesk")`` (no vendor folder on Windows, as
the commission's tools), or the folder named by the environment variable
``REVIEWDESK_HOME`` — tests and the demo point it at a folder of their own, so several
people's homes can sit side by side on one machine::

    <home>/identity.age          the person's identity file (age, passphrase-encrypted)
    <home>/trust.json            the pinned commission roots and the newest roster seen
    <home>/reviewdesk.sqlite3    the local database (drafts, declarations, submissions)
    <home>/store/                encrypted package copies, rosters and signed score files
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reviewdesk.core.storage.database import DEFAULT_FILE_NAME

HOME_ENV = "REVIEWDESK_HOME"
IDENTITY_FILE = "identity.age"
TRUST_FILE = "trust.json"
STORE_DIR = "store"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("reviewdesk", appauthor=False))


@dataclass(frozen=True)
class Home:
    """The folder of one person's files; nothing is created until ``ensure`` is called."""

    root: Path

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> Home:
        """``$REVIEWDESK_HOME`` if set and not empty, else the user data folder."""
        value = (os.environ if environ is None else environ).get(HOME_ENV, "")
        return cls(Path(value).expanduser() if value else user_data_dir())

    @property
    def identity_path(self) -> Path:
        return self.root / IDENTITY_FILE

    @property
    def trust_path(self) -> Path:
        return self.root / TRUST_FILE

    @property
    def database_path(self) -> Path:
        return self.root / DEFAULT_FILE_NAME

    @property
    def store_dir(self) -> Path:
        return self.root / STORE_DIR

    def ensure(self) -> Home:
        """Create the home and its store folder (owner-only where the system allows)."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.store_dir.mkdir(exist_ok=True, mode=0o700)
        return self
