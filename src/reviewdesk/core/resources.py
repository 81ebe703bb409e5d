"""Where the bundled resources (templates, icons, translations, fonts) live.

A wheel ships them inside the package as ``reviewdesk/resources`` (pyproject force-include);
a source checkout or editable install keeps them at the top of the repository (DESIGN §4).
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve()
_INSTALLED = _HERE.parents[1] / "resources"  # site-packages/reviewdesk/resources
_CHECKOUT = _HERE.parents[3] / "resources"  # <repo>/resources, from src/reviewdesk/core


def resources_root() -> Path:
    """The folder holding the resources; the installed copy wins when both exist."""
    return _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("templates", "evaluation-park.json")``."""
    return resources_root().joinpath(*parts)
