"""A roster file: a new roster sent encrypted to the people it lists.

Blob 1 is the roster exactly as the roots signed it. The manifest is signed by an
operational key of the roster the reader already trusts (``roster_version`` names that
one), so opening follows the usual order; the roster inside is then verified on its own
against the reader's pinned roots (``verify_roster``) — it never gains trust from the
container. A bare roster (the signed envelope alone) is just as valid, e.g. at set-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reviewdesk.core.crypto.identity import Identity, PublicIdentity
from reviewdesk.core.crypto.roster import Roster, TrustState, read_roster, verify_roster
from reviewdesk.core.formats.container import BlobSource, ContainerKind
from reviewdesk.core.formats.manifest import BlobLabel, BlobRole
from reviewdesk.core.formats.manifest_details import RosterDetails
from reviewdesk.core.formats.sealed import Content, Sealed, open_sealed, seal
from reviewdesk.core.progress import NEVER, CancelToken

ROSTER_MIME = "application/vnd.reviewdesk.roster+json"


def build_roster_file(
    dest: Path,
    *,
    sender: Identity,
    current: Roster,
    roster_data: bytes,
    recipients: Sequence[PublicIdentity],
    now: datetime,
) -> Sealed:
    """Send ``roster_data`` (a roster signed by its roots) to ``recipients``; ``sender`` is
    an operational key of ``current``, the roster the recipients already trust."""
    read_roster(roster_data)  # never send a roster that does not verify on its own
    return seal(
        dest, kind=ContainerKind.ROSTER, sender=sender, recipients=recipients, round=None,
        panel=None, template_sha256=None, roster_version=current.version,
        details=RosterDetails(),
        contents=[Content(BlobRole.ROSTER, BlobSource(data=roster_data),
                          BlobLabel(mime=ROSTER_MIME))],
        now=now,
    )  # fmt: skip


def open_roster_file(
    path: Path,
    identity: Identity,
    current: Roster,
    trust: TrustState,
    *,
    now: datetime,
    cancel: CancelToken = NEVER,
) -> tuple[Roster, bytes]:
    """Verify a roster file and the roster inside; return the roster and its signed bytes
    (for ``accept_roster`` / storing). ``trust`` is not changed."""
    opened = open_sealed(path, identity, current, kind=ContainerKind.ROSTER, cancel=cancel)
    data = opened.read_blob(1)
    return verify_roster(data, opened.path, trust, now=now), data
