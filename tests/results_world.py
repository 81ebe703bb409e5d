"""The commission's side of a chair world (tests/chair_world.py): a commission database that
records the round, the panel's form, applicants and chair, and the packages the world's
operator issued — as ``core/commission/building`` records them — so that the chair's result
bundle can be imported against the commission's own records."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from chair_world import APPLICANTS, EXPERTS, PANEL, ROUND, ChairWorld

from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.domain import Category, RoundKind
from reviewdesk.core.formats.package import template_bytes
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models.commission import (
    CommissionApplicant,
    CommissionForm,
    CommissionPackage,
    CommissionPanel,
    CommissionRosterVersion,
    CommissionRound,
)

ROUND_NAME = "2025年度国合基地定期评价"
PANEL_NAME = "科研类第一评审组"


def record_issuance(
    db: Database, world: ChairWorld, *, experts: Iterable[str] = EXPERTS,
    substitute: dict[str, str] | None = None, chair: str = "chair",
) -> None:  # fmt: skip
    """Record the world's round as the commission built it. ``experts``: whose packages the
    commission issued (others were never issued by it); ``substitute``: expert → another
    digest the commission recorded for that expert instead of the world's package; ``chair``:
    who the commission issued the chair package to."""
    substitute = substitute or {}
    with db.session() as s, s.begin():
        data = world.roster_data()
        s.add(
            CommissionRosterVersion(
                roster_version=world.roster_version,
                status="published",
                payload_sha256=hashlib.sha256(parse_envelope(data, None).payload).hexdigest(),
                envelope=data,
                signatures=1,
                needed="{}",
                summary="{}",
                published_at=world.now,
            )
        )
        rnd = CommissionRound(ref=ROUND, name=ROUND_NAME, kind=RoundKind.EVALUATION,
                              deadline=world.deadline, status="issued")  # fmt: skip
        s.add(rnd)
        s.flush()
        s.add(CommissionForm(round_id=rnd.id, category=Category.RESEARCH,
                             sha256=world.template.sha256, source="built-in:test",
                             canonical=template_bytes(world.template)))  # fmt: skip
        panel = CommissionPanel(round_id=rnd.id, ref=PANEL, name=PANEL_NAME,
                                category=Category.RESEARCH, chair_keyid=world.keyid("chair"),
                                minimum=3)  # fmt: skip
        s.add(panel)
        s.flush()
        for n, a in enumerate(APPLICANTS, start=1):
            s.add(CommissionApplicant(round_id=rnd.id, ref=a.ref, name=a.name,
                                      category=a.category, institution=f"依托大学{n:02d}",
                                      row=n, panel_id=panel.id))  # fmt: skip
        refs = json.dumps([a.ref for a in APPLICANTS])
        for who in experts:
            digest = substitute.get(who, world.packages[who].digest)
            s.add(_package(rnd.id, panel.id, "package", world.keyid(who), digest, refs, world))
        chair_digest = "c" * 64
        s.add(_package(rnd.id, panel.id, "chair-package", world.keyid(chair), chair_digest,
                       refs, world))  # fmt: skip


def _package(
    round_id: int, panel_id: int, kind: str, keyid: str, digest: str, refs: str,
    world: ChairWorld,
) -> CommissionPackage:  # fmt: skip
    return CommissionPackage(
        round_id=round_id, panel_id=panel_id, kind=kind, recipient_keyid=keyid, digest=digest,
        file_name=f"{keyid[:8]}.rdx", file_sha256="0" * 64, size=1, applicants=refs,
        template_sha256=world.template.sha256, roster_version=world.roster_version, build=1,
        built_at=world.now,
    )  # fmt: skip


def commission_db(folder: Path, world: ChairWorld, **kwargs: object) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(path=folder / "commission.sqlite3")
    record_issuance(db, world, **kwargs)  # type: ignore[arg-type]
    return db


def import_time(world: ChairWorld) -> timedelta:
    return timedelta(days=17)
