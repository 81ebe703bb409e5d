"""Typed SQLAlchemy models of everything reviewdesk stores (DESIGN §4 "Storage").

Importing this package registers every table on ``Base.metadata``.
"""

from reviewdesk.core.storage.models.audit import ImportLogEntry
from reviewdesk.core.storage.models.base import NAMING_CONVENTION, Base
from reviewdesk.core.storage.models.chair import (
    ChairAlarm,
    ChairAuditEntry,
    ChairDecision,
    ChairDeskRow,
    ChairImportLogEntry,
    ChairPaperSheet,
    ChairScoreFile,
    ChairVersion,
)
from reviewdesk.core.storage.models.commission import (
    CommissionApplicant,
    CommissionAssignment,
    CommissionForm,
    CommissionKey,
    CommissionMaterial,
    CommissionPackage,
    CommissionPanel,
    CommissionPanelMember,
    CommissionReceivedScore,
    CommissionResult,
    CommissionResultBundle,
    CommissionRosterVersion,
    CommissionRound,
    CommissionSetting,
)
from reviewdesk.core.storage.models.notes import PrivateNote
from reviewdesk.core.storage.models.packages import ExpertPackage, ScoreSubmission
from reviewdesk.core.storage.models.results import FlagResolution, PanelResult, VetoDecision
from reviewdesk.core.storage.models.reviews import (
    ConfidentialityPledge,
    ConflictDeclaration,
    ScoreSheet,
    SheetScore,
    SheetStatus,
    VetoClaim,
)
from reviewdesk.core.storage.models.rounds import (
    Applicant,
    Assignment,
    Expert,
    Panel,
    PanelMember,
    Round,
    RoundStatus,
    StoredTemplate,
)

__all__ = [
    "NAMING_CONVENTION",
    "Applicant",
    "Assignment",
    "Base",
    "ChairAlarm",
    "ChairAuditEntry",
    "ChairDecision",
    "ChairDeskRow",
    "ChairImportLogEntry",
    "ChairPaperSheet",
    "ChairScoreFile",
    "ChairVersion",
    "CommissionApplicant",
    "CommissionAssignment",
    "CommissionForm",
    "CommissionKey",
    "CommissionMaterial",
    "CommissionPackage",
    "CommissionPanel",
    "CommissionPanelMember",
    "CommissionReceivedScore",
    "CommissionResult",
    "CommissionResultBundle",
    "CommissionRosterVersion",
    "CommissionRound",
    "CommissionSetting",
    "ConfidentialityPledge",
    "ConflictDeclaration",
    "Expert",
    "ExpertPackage",
    "FlagResolution",
    "ImportLogEntry",
    "Panel",
    "PanelMember",
    "PanelResult",
    "PrivateNote",
    "Round",
    "RoundStatus",
    "ScoreSheet",
    "ScoreSubmission",
    "SheetScore",
    "SheetStatus",
    "StoredTemplate",
    "VetoClaim",
    "VetoDecision",
]
