"""Keep every test away from the user's real settings and data."""

from __future__ import annotations

import os
import tempfile

_sandbox = tempfile.mkdtemp(prefix="reviewdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PostgreSQL for the storage and commission tests: database_url, postgresql_url (tests/pg.py).
from pg import *  # noqa: E402, F403
