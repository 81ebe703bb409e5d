"""Where one person's reviewdesk files live (their "home").

The home is ``platformdirs.user_data_dir("reviewdesk")`` (no vendor folder on Windows, as
the commission's tools), or the folder named by the environment variable
``REVIEWDESK_HOME`` — tests and the demo point it at a folder of their own, so several
people's homes can sit side by side on one machine::

    <home>/identity.age          the person's identity file (age, passphrase-encrypted)
    <home>/trust.json            the pinned commission roots and the newest roster seen
    <home>/reviewdesk.sqlite3    the local database (drafts, declarations, submissions)
    <home>/store/                encrypted package copies, rosters and signed score files
    <home>/home.lock             who has the home open now (``core.home.lock``)
    <home>/gui/                  the desktop application's own settings, when the home is
                                 chosen (``REVIEWDESK_HOME`` or ``--home``)

Everything in it is private to the person (folders 0700, files 0600) whatever the umask:
the database holds names, scores, opinions and declarations. ``ensure`` makes the folders
so and tightens what an older version or a generous umask left open.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "REVIEWDESK_HOME"
IDENTITY_FILE = "identity.age"
TRUST_FILE = "trust.json"
STORE_DIR = "store"
GUI_DIR = "gui"
# The home names its database file here, not in core.storage: importing the storage layer
# (SQLAlchemy, Alembic: ~0.5 s) before the first paint made the cold start 5x a bare window's.
DATABASE_FILE = "reviewdesk.sqlite3"
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


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
        return self.root / DATABASE_FILE

    @property
    def store_dir(self) -> Path:
        return self.root / STORE_DIR

    @property
    def gui_settings_dir(self) -> Path:
        return self.root / GUI_DIR

    def ensure(self) -> Home:
        """Create the home and its store folder, and make the home private: the folders
        0700 and reviewdesk's files in it 0600, also when they already existed (only what
        reviewdesk keeps there is touched, never other files in a chosen folder)."""
        self.root.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        self.store_dir.mkdir(exist_ok=True, mode=PRIVATE_DIR)
        self.tighten()
        return self

    def tighten(self) -> None:
        """Owner-only modes on the home and everything reviewdesk keeps in it (a no-op
        where the system has no such modes; a path that cannot be changed is left)."""
        make_private(self.root, folder=True)
        for name in (IDENTITY_FILE, TRUST_FILE, DATABASE_FILE, "home.lock"):
            make_private(self.root / name, folder=False)
        for suffix in ("-wal", "-shm", "-journal"):
            make_private(self.root / (DATABASE_FILE + suffix), folder=False)
        for tree in (self.store_dir, self.gui_settings_dir):
            for path, is_folder in _walk(tree):
                make_private(path, folder=is_folder)


def make_private(path: Path, *, folder: bool) -> None:
    """chmod ``path`` to 0700 (folder) or 0600 (file) when it exists and is not already;
    symbolic links are not followed."""
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return
        want = PRIVATE_DIR if folder else PRIVATE_FILE
        if stat.S_IMODE(info.st_mode) != want:
            os.chmod(path, want)


def _walk(tree: Path) -> Iterator[tuple[Path, bool]]:
    """The folders (first, so they can be entered) and files below ``tree``, itself too."""
    try:
        info = os.lstat(tree)
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode):
        return
    yield tree, True  # the caller makes it 0700 now: a folder of mode 000 opens only then
    try:
        entries = list(os.scandir(tree))
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file(follow_symlinks=False):
            yield path, False
