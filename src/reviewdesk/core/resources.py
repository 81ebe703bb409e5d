"""Where the bundled resources (templates, icons, translations, fonts) live.

A wheel ships them inside the package as ``reviewdesk/resources`` (pyproject force-include);
a source checkout or editable install keeps them at the top of the repository (DESIGN §4);
a frozen copy (PyInstaller, ``packaging/reviewdesk-*.spec``) carries them as
``reviewdesk/resources`` inside its bundle folder, ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve()
_INSTALLED = _HERE.parents[1] / "resources"  # site-packages/reviewdesk/resources
_CHECKOUT = _HERE.parents[3] / "resources"  # <repo>/resources, from src/reviewdesk/core


def _frozen_root() -> Path | None:
    """The bundle's copy when running frozen (PyInstaller sets ``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not isinstance(bundle, str):
        return None
    return Path(bundle) / "reviewdesk" / "resources"


def resources_root() -> Path:
    """The folder holding the resources: the frozen bundle's, else the installed copy,
    which wins over a checkout's when both exist."""
    frozen = _frozen_root()
    if frozen is not None:
        return frozen
    return _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("templates", "evaluation-park.json")``."""
    return resources_root().joinpath(*parts)
