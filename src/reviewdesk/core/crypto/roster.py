"""The commission's signed roster: the model (``roster_model``) and its verification
against the pinned roots (``roster_verify``), under one name."""

from reviewdesk.core.crypto.roster_model import (
    ROSTER_FORMAT,
    ROSTER_PAYLOAD_TYPE,
    SECTION_ROLES,
    Member,
    Panelist,
    Revocation,
    Roster,
    RosterRole,
    Seat,
    parse_roster_payload,
)
from reviewdesk.core.crypto.roster_verify import (
    TRUST_FORMAT,
    TrustState,
    accept_roster,
    import_roster,
    load_trust,
    read_roster,
    save_trust,
    sign_roster,
    trust_from_bytes,
    verify_roster,
)

__all__ = [
    "ROSTER_FORMAT",
    "ROSTER_PAYLOAD_TYPE",
    "SECTION_ROLES",
    "TRUST_FORMAT",
    "Member",
    "Panelist",
    "Revocation",
    "Roster",
    "RosterRole",
    "Seat",
    "TrustState",
    "accept_roster",
    "import_roster",
    "load_trust",
    "parse_roster_payload",
    "read_roster",
    "save_trust",
    "sign_roster",
    "trust_from_bytes",
    "verify_roster",
]
