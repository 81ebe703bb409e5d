"""What the applicant view and the submission helper need of the expert workspace.

They are owned by ``workspace.ExpertWorkspace`` and call back into it; typing that call-back
as this base class keeps the modules free of an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import DeskApplicant, ExpertDesk
    from reviewdesk.gui.forms.ui_expert_workspace import Ui_ExpertWorkspace
    from reviewdesk.gui.scoring import ScoringForm


class WorkspaceView(QWidget):
    notice = Signal(str)  # a short line for the status bar

    ui: Ui_ExpertWorkspace
    desk: ExpertDesk | None
    current_ref: str | None

    @property
    def form(self) -> ScoringForm | None:
        raise NotImplementedError

    def show_desk(self, desk: ExpertDesk) -> None:
        raise NotImplementedError

    def refresh(self, *, wait: bool = False) -> None:
        raise NotImplementedError

    def current_applicant(self) -> DeskApplicant | None:
        raise NotImplementedError

    def select_applicant(self, ref: str) -> None:
        raise NotImplementedError

    def declare_current(self) -> None:
        raise NotImplementedError

    def when_sheet_open(self, ref: str, callback: Callable[[], None]) -> None:
        raise NotImplementedError

    def _show_applicant(self, applicant: DeskApplicant) -> None:
        raise NotImplementedError

    def submit(self) -> None:
        raise NotImplementedError

    def close_package(self) -> None:
        raise NotImplementedError
