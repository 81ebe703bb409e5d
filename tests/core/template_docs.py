"""The bundled template documents as plain JSON, and small edits to break them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewdesk.core.resources import resource_path

Change = Callable[[Any], None]

_TOKEN = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def bundled_file(template_id: str) -> Path:
    return resource_path("templates", f"{template_id}.json")


def bundled_document(template_id: str) -> dict[str, Any]:
    """A fresh, editable copy of a bundled template document."""
    document: dict[str, Any] = json.loads(bundled_file(template_id).read_text("utf-8"))
    return document


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _walk(document: Any, path: str) -> tuple[Any, str | int]:
    """The container holding ``path`` (like ``criteria[2].max``) and the last step."""
    steps: list[str | int] = [name or int(index) for name, index in _TOKEN.findall(path)]
    node = document
    for step in steps[:-1]:
        node = node[step]
    return node, steps[-1]


def put(path: str, value: Any) -> Change:
    def change(document: Any) -> None:
        node, last = _walk(document, path)
        node[last] = value

    return change


def drop(path: str) -> Change:
    def change(document: Any) -> None:
        node, last = _walk(document, path)
        del node[last]

    return change


def both(*changes: Change) -> Change:
    def change(document: Any) -> None:
        for each in changes:
            each(document)

    return change
