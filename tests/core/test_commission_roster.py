"""Keys and roster: root keys k of n in separate files, enrolments checked, the roster
signed one root key at a time, revocation and the history of versions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from commission_world import NOW, World, enrol, make_keys

from reviewdesk.core.commission import roster_admin, roster_publish
from reviewdesk.core.commission.keys import list_keys
from reviewdesk.core.commission.roster_signing import read_draft
from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.crypto.dsse import Envelope, Signature, encode_envelope, parse_envelope
from reviewdesk.core.crypto.identity import Identity, load_identity, make_enrolment
from reviewdesk.core.crypto.roster import RosterRole, TrustState, read_roster, verify_roster
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, InputError
from reviewdesk.core.storage import Database


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> World:
    db = Database.open(database_url)  # once on SQLite, once on PostgreSQL (tests/pg.py)
    roots, operator, audit = make_keys(tmp_path, db)
    return World(tmp_path, db, roots, operator, audit)


def test_each_root_key_is_its_own_file_with_its_own_passphrase(world: World) -> None:
    files = sorted((world.root / "media").glob("root-*.age"))
    assert len(files) == 3
    assert load_identity(files[1], "root-2").keyid == world.roots[1].keyid
    with pytest.raises(CryptoError) as caught:
        load_identity(files[1], "root-1")  # another holder's passphrase opens nothing
    assert caught.value.code == "identity-bad-passphrase"
    sections = [k.section for k in list_keys(world.db)]
    assert sections.count(RosterRole.ROOT) == 3
    assert RosterRole.OPERATIONAL in sections and RosterRole.AUDIT in sections


def test_roster_is_signed_one_root_at_a_time_and_complete_only_at_the_threshold(
    world: World,
) -> None:
    enrol(world, "王专家", Role.EXPERT, ["P1"], "甲大学")
    draft, status = roster_publish.draft_roster(world.db, label="2026", now=NOW)
    assert status.own_needed == 2 and not status.complete
    with pytest.raises(CryptoError) as caught:
        read_roster(draft)  # nobody would accept the draft as a roster
    assert caught.value.code == "signature-threshold"

    first, status = roster_publish.sign_draft(world.db, world.roots[0], now=NOW)
    assert status.signed == (world.roots[0].name,) and status.own_needed == 1
    assert roster_publish.current_roster(world.db) is None  # not published yet
    with pytest.raises(CryptoError):
        read_roster(first)
    with pytest.raises(InputError) as again:
        roster_publish.sign_draft(world.db, world.roots[0], now=NOW)
    assert again.value.code == "roster-already-signed"
    with pytest.raises(InputError) as not_root:
        roster_publish.sign_draft(world.db, world.operator, now=NOW)
    assert not_root.value.code == "not-a-root-key"

    final, status = roster_publish.sign_draft(world.db, world.roots[2], now=NOW)
    assert status.complete
    published = roster_publish.current_roster(world.db)
    assert published is not None and published.data == final
    trust = TrustState.pin([r.public for r in world.roots], 2)
    roster = verify_roster(final, None, trust, now=NOW + timedelta(hours=1))
    assert [m.name for m in roster.members(RosterRole.EXPERT)] == ["王专家"]


def test_a_tampered_partial_roster_is_refused(world: World) -> None:
    enrol(world, "王专家", Role.EXPERT, ["P1"], "甲大学")
    roster_publish.draft_roster(world.db, label="2026", now=NOW)
    signed, _ = roster_publish.sign_draft(world.db, world.roots[0], now=NOW)
    envelope = parse_envelope(signed)
    bad = Signature(envelope.signatures[0].keyid, bytes(64))
    forged = encode_envelope(Envelope(envelope.payload_type, envelope.payload, (bad,)))
    with pytest.raises(CryptoError) as altered:
        read_draft(forged, None)
    assert altered.value.code == "signature-invalid"
    stranger = Identity.generate("外人", Role.COMMISSION, now=NOW)
    with pytest.raises(InputError) as caught:
        roster_publish.sign_draft(world.db, stranger, now=NOW)
    assert caught.value.code == "not-a-root-key"


def test_enrolment_needs_the_x25519_proof_for_the_commission_key(world: World) -> None:
    person = Identity.generate("李专家", Role.EXPERT, now=NOW)
    with pytest.raises(CryptoError) as unproven:
        roster_admin.import_enrolment(world.db, make_enrolment(person, now=NOW), world.operator)
    assert unproven.value.code == "enrolment-x25519-unproven"
    other = X25519Recipient(Identity.generate("x", Role.COMMISSION).public.x25519)
    request = make_enrolment(person, now=NOW, verifier=other)
    with pytest.raises(CryptoError) as elsewhere:
        roster_admin.import_enrolment(world.db, request, world.operator)
    assert elsewhere.value.code == "enrolment-x25519-other-verifier"
    good = make_enrolment(person, now=NOW, verifier=world.operator.public.recipient)
    record, new = roster_admin.import_enrolment(world.db, good, world.operator, now=NOW)
    assert new and not record.confirmed and record.fingerprint == person.public.fingerprint
    assert roster_admin.import_enrolment(world.db, good, world.operator)[1] is False
    assert len(list_keys(world.db)) == 6  # 3 roots, operational, audit, the expert once


def test_an_unconfirmed_key_keeps_the_roster_from_being_drafted(world: World) -> None:
    person = Identity.generate("未核对", Role.EXPERT, now=NOW)
    request = make_enrolment(person, now=NOW, verifier=world.operator.public.recipient)
    record, _ = roster_admin.import_enrolment(world.db, request, world.operator, now=NOW)
    roster_admin.assign_key(world.db, record.keyid, section=RosterRole.EXPERT, panels=["P1"])
    with pytest.raises(InputError) as caught:
        roster_publish.draft_roster(world.db, label="2026", now=NOW)
    assert caught.value.code == "key-not-confirmed" and "未核对" in caught.value.detail["names"]


def test_revocation_reaches_the_next_version_and_the_history_keeps_both(world: World) -> None:
    expert = enrol(world, "王专家", Role.EXPERT, ["P1"], "甲大学")
    roster_publish.draft_roster(world.db, label="v1", now=NOW)
    roster_publish.sign_draft(world.db, world.roots[0], now=NOW)
    roster_publish.sign_draft(world.db, world.roots[1], now=NOW)
    revoked_at = NOW + timedelta(days=3)
    roster_admin.revoke_key(world.db, expert.keyid, reason="调离", at=revoked_at)
    with pytest.raises(InputError) as root:
        roster_admin.revoke_key(world.db, world.roots[0].keyid, reason="lost")
    assert root.value.code == "root-cannot-be-revoked"
    later = NOW + timedelta(days=4)
    roster_publish.draft_roster(world.db, label="v2", now=later)
    roster_publish.sign_draft(world.db, world.roots[1], now=later)
    final, status = roster_publish.sign_draft(world.db, world.roots[2], now=later)
    assert status.complete
    roster = read_roster(final)
    revocation = roster.revocation(expert.keyid)
    assert roster.version == 2 and revocation is not None
    assert revocation.reason == "调离" and revocation.revoked_at == revoked_at
    history = roster_publish.roster_history(world.db)
    assert [(h.version, h.status) for h in history] == [(2, "published"), (1, "published")]
    assert history[0].summary["revoked"] == ["王专家"]
    assert set(history[0].signed_by) == {world.roots[1].name, world.roots[2].name}
    assert "王专家" in history[1].summary["added"]  # type: ignore[operator]
