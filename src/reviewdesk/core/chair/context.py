"""What the chair room's modules need of an opened desk, as a protocol: ``ChairDesk``
(``desk.py``) satisfies it, and the modules it delegates to never import it back."""

from __future__ import annotations

from typing import Protocol

from reviewdesk.core.chair.store import ChairStore
from reviewdesk.core.chair.views import PanelInfo
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster
from reviewdesk.core.formats.chair_package import OpenedChairPackage
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.model import Template


class Desk(Protocol):
    db: Database
    identity: Identity
    store: ChairStore
    package: OpenedChairPackage
    roster: Roster
    template: Template
    desk_id: int

    @property
    def digest(self) -> str: ...

    def info(self) -> PanelInfo: ...

    def assignments(self) -> dict[str, tuple[str, ...]]: ...

    def assigned_experts(self, applicant: str) -> tuple[str, ...]: ...

    def expert_name(self, keyid: str) -> str: ...
