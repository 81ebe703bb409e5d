"""The commission's roster: verification against pinned roots, freshness, root changes,
refused keys, lookups, and a trust state that only moves when a roster is accepted."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto.dsse import parse_envelope, sign_envelope
from reviewdesk.core.crypto.identity import Identity, make_enrolment
from reviewdesk.core.crypto.roster import (
    ROSTER_PAYLOAD_TYPE,
    Panelist,
    Revocation,
    Roster,
    RosterRole,
    TrustState,
    accept_roster,
    import_roster,
    load_trust,
    parse_roster_payload,
    read_roster,
    save_trust,
    sign_roster,
    trust_from_bytes,
    verify_roster,
)
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import CryptoError, FormatError, ReviewdeskError
from reviewdesk.messages import english_message

ISSUED = datetime(2025, 3, 1, tzinfo=UTC)
EXPIRES = datetime(2025, 12, 31, tzinfo=UTC)
NOW = datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
PATH = "roster.rdx"


@dataclass(frozen=True)
class Cast:
    roots: tuple[Identity, ...]
    new_roots: tuple[Identity, ...]
    staff: Identity
    auditor: Identity
    chair: Identity
    experts: tuple[Identity, ...]
    stranger: Identity


@pytest.fixture(scope="module")
def cast() -> Cast:
    def make(name: str, role: Role) -> Identity:
        return Identity.generate(name, role, now=ISSUED)

    return Cast(
        roots=tuple(make(f"root {i}", Role.COMMISSION) for i in range(3)),
        new_roots=tuple(make(f"new root {i}", Role.COMMISSION) for i in range(3)),
        staff=make("李明", Role.COMMISSION),
        auditor=make("审计 Audit", Role.AUDIT),
        chair=make("张组长", Role.CHAIR),
        experts=tuple(make(f"专家 {i}", Role.EXPERT) for i in range(3)),
        stranger=make("stranger", Role.COMMISSION),
    )


def roster_of(cast: Cast, version: int = 1, **changes: Any) -> Roster:
    base = Roster(
        version=version,
        label="2025 evaluation round",
        issued_at=ISSUED,
        expires_at=EXPIRES,
        threshold=2,
        roots=tuple(r.public for r in cast.roots),
        operational=(cast.staff.public,),
        audit=(cast.auditor.public,),
        chairs=(Panelist(cast.chair.public, ("P1",)),),
        experts=(
            Panelist(cast.experts[0].public, ("P1",)),
            Panelist(cast.experts[1].public, ("P1", "P2")),
            Panelist(cast.experts[2].public, ("P2",)),
        ),
        revocations=(Revocation(cast.experts[2].keyid, "laptop lost", ISSUED),),
    )
    return dataclasses.replace(base, **changes)


def pinned(cast: Cast) -> TrustState:
    return TrustState.pin([r.public for r in cast.roots], 2)


def signed(payload: bytes, *signers: Identity, kind: str = ROSTER_PAYLOAD_TYPE) -> bytes:
    return sign_envelope(kind, payload, [s.signing_key for s in signers])


def raises(kind: type[ReviewdeskError], code: str, call: Callable[[], object]) -> ReviewdeskError:
    with pytest.raises(kind) as info:
        call()
    assert info.value.code == code, info.value
    return info.value


# -- the happy path ------------------------------------------------------------------------


def test_roster_signed_by_threshold_of_pinned_roots_is_accepted(cast: Cast) -> None:
    roster = roster_of(cast)
    data = sign_roster(roster, cast.roots[:2])
    verified = verify_roster(data, PATH, pinned(cast), now=NOW)
    assert verified == roster
    trust = accept_roster(pinned(cast), verified)
    assert trust.highest_version == 1 and trust.roster_sha256 == roster.digest
    assert parse_envelope(data).payload == roster.payload == dumps_canonical(roster.to_json())


def test_set_up_reads_an_untrusted_roster_to_show_its_root_fingerprints(cast: Cast) -> None:
    data = sign_roster(roster_of(cast), cast.roots[1:])
    preview = read_roster(data, PATH)
    assert [r.fingerprint for r in preview.roots] == [r.public.fingerprint for r in cast.roots]
    trust = TrustState.pin(preview.roots, preview.threshold)
    assert verify_roster(data, PATH, trust, now=NOW) == preview
    forged = sign_roster(roster_of(cast), [cast.stranger])
    raises(CryptoError, "signer-unknown", lambda: read_roster(forged, PATH))


def test_json_layout(cast: Cast) -> None:
    value = roster_of(cast).to_json()
    assert sorted(value) == sorted(
        [
            "format",
            "version",
            "label",
            "issued_at",
            "expires_at",
            "roots",
            "operational",
            "audit",
            "chairs",
            "experts",
            "revocations",
        ]
    )
    assert value["format"] == "reviewdesk-roster/1"
    assert value["roots"]["threshold"] == 2 and len(value["roots"]["keys"]) == 3
    assert value["experts"][1]["panels"] == ["P1", "P2"]
    assert value["revocations"][0] == {
        "keyid": cast.experts[2].keyid,
        "reason": "laptop lost",
        "revoked_at": "2025-03-01T00:00:00Z",
    }


# -- lookups -------------------------------------------------------------------------------


def test_member_lookup_gives_role_and_panels(cast: Cast) -> None:
    roster = roster_of(cast)
    expert = roster.member(cast.experts[1].keyid)
    assert expert is not None and expert.roles == (RosterRole.EXPERT,)
    assert expert.panels_as(RosterRole.EXPERT) == ("P1", "P2") and not expert.revoked
    assert expert.serves(RosterRole.EXPERT, "P2") and not expert.serves(RosterRole.CHAIR, "P1")
    chair = roster.member(cast.chair.keyid)
    assert chair is not None and chair.roles == (RosterRole.CHAIR,)
    assert chair.panels_as(RosterRole.CHAIR) == ("P1",) and chair.panels_as(RosterRole.EXPERT) == ()
    staff = roster.member(cast.staff.keyid)
    assert staff is not None and staff.holds(RosterRole.OPERATIONAL)
    assert roster.member(cast.stranger.keyid) is None
    assert [m.name for m in roster.panel_members("P2", RosterRole.EXPERT)] == ["专家 1"]


def test_revoked_key_is_listed_but_flagged_and_signs_nothing(cast: Cast) -> None:
    roster = roster_of(cast)
    revoked = cast.experts[2]
    assert roster.is_revoked(revoked.keyid) and not roster.is_revoked(cast.experts[0].keyid)
    member = roster.member(revoked.keyid)
    assert member is not None and member.revoked
    assert member.revocation is not None and member.revocation.reason == "laptop lost"
    error = raises(
        CryptoError,
        "key-revoked",
        lambda: roster.require_signer(revoked.keyid, {RosterRole.EXPERT}, path="s.rdx"),
    )
    assert error.detail["reason"] == "laptop lost"
    score = parse_envelope(revoked.sign("application/vnd.reviewdesk.score+json", b"{}"))
    raises(
        CryptoError,
        "key-revoked",
        lambda: roster.verify_signed(
            score, roles={RosterRole.EXPERT}, expected_type=score.payload_type
        ),
    )


def test_commission_recipients_are_unrevoked_operational_and_audit_keys(cast: Cast) -> None:
    roster = roster_of(cast)
    assert roster.commission_recipients() == [
        cast.staff.public.recipient,
        cast.auditor.public.recipient,
    ]
    revoked = roster_of(
        cast, revocations=(Revocation(cast.auditor.keyid, "left the commission", ISSUED),)
    )
    assert revoked.commission_recipients() == [cast.staff.public.recipient]


def test_signer_checks_name_the_precise_problem(cast: Cast) -> None:
    roster = roster_of(cast)
    expert = cast.experts[0]
    assert roster.require_signer(expert.keyid, {RosterRole.EXPERT}, panel="P1").name == "专家 0"
    raises(
        CryptoError,
        "signer-unknown",
        lambda: roster.require_signer(cast.stranger.keyid, {RosterRole.EXPERT}),
    )
    raises(
        CryptoError,
        "signer-wrong-role",
        lambda: roster.require_signer(expert.keyid, {RosterRole.CHAIR}),
    )
    raises(
        CryptoError,
        "signer-not-on-panel",
        lambda: roster.require_signer(expert.keyid, {RosterRole.EXPERT}, panel="P2"),
    )
    kind = "application/vnd.reviewdesk.score+json"
    score = parse_envelope(expert.sign(kind, b'{"total":"80"}'))
    member = roster.verify_signed(score, roles={RosterRole.EXPERT}, expected_type=kind, panel="P1")
    assert member.keyid == expert.keyid
    raises(
        CryptoError,
        "payload-type-mismatch",
        lambda: roster.verify_signed(
            score, roles={RosterRole.EXPERT}, expected_type=ROSTER_PAYLOAD_TYPE
        ),
    )


# -- freshness -----------------------------------------------------------------------------


def test_older_roster_is_refused(cast: Cast) -> None:
    trust = accept_roster(pinned(cast), roster_of(cast, version=5))
    older = sign_roster(roster_of(cast, version=4), cast.roots[:2])
    error = raises(CryptoError, "roster-older", lambda: verify_roster(older, PATH, trust, now=NOW))
    assert error.detail == {"version": 4, "highest": 5}


def test_same_version_with_other_contents_is_equivocation(cast: Cast) -> None:
    trust = accept_roster(pinned(cast), roster_of(cast, version=3))
    other = sign_roster(roster_of(cast, version=3, label="2025 evaluation, v2"), cast.roots[:2])
    raises(CryptoError, "roster-equivocation", lambda: verify_roster(other, PATH, trust, now=NOW))


def test_same_roster_again_is_a_no_op_even_with_more_signatures(cast: Cast) -> None:
    roster = roster_of(cast, version=3)
    trust = accept_roster(pinned(cast), roster)
    again = verify_roster(sign_roster(roster, cast.roots), PATH, trust, now=NOW)
    assert accept_roster(trust, again) == trust


def test_expired_roster_is_refused(cast: Cast) -> None:
    data = sign_roster(roster_of(cast), cast.roots[:2])
    error = raises(
        CryptoError, "roster-expired", lambda: verify_roster(data, PATH, pinned(cast), now=EXPIRES)
    )
    assert error.detail["expires_at"] == "2025-12-31T00:00:00Z"
    later = EXPIRES + timedelta(days=1)
    raises(
        CryptoError, "roster-expired", lambda: verify_roster(data, PATH, pinned(cast), now=later)
    )
    assert verify_roster(data, PATH, pinned(cast), now=EXPIRES - timedelta(seconds=1))


# -- signatures ----------------------------------------------------------------------------


def test_unsigned_roster_is_refused(cast: Cast) -> None:
    payload = base64.b64encode(roster_of(cast).payload).decode()
    unsigned = dumps_canonical(
        {"payload": payload, "payloadType": ROSTER_PAYLOAD_TYPE, "signatures": []}
    )
    error = raises(
        CryptoError,
        "signature-threshold",
        lambda: verify_roster(unsigned, PATH, pinned(cast), now=NOW),
    )
    assert error.detail["found"] == 0 and error.detail["roots"] == "pinned"


def test_under_threshold_roster_is_refused(cast: Cast) -> None:
    data = sign_roster(roster_of(cast), [cast.roots[0], cast.stranger])
    error = raises(
        CryptoError, "signature-threshold", lambda: verify_roster(data, PATH, pinned(cast), now=NOW)
    )
    assert error.detail["found"] == 1 and error.detail["needed"] == 2


def test_roster_signed_by_strangers_is_refused(cast: Cast) -> None:
    data = sign_roster(roster_of(cast), [cast.stranger, cast.staff])
    raises(CryptoError, "signer-unknown", lambda: verify_roster(data, PATH, pinned(cast), now=NOW))


def test_tampered_roster_is_refused(cast: Cast) -> None:
    value = json.loads(sign_roster(roster_of(cast), cast.roots[:2]))
    body = roster_of(cast).to_json()
    body["experts"][0]["panels"] = ["P1", "P2"]  # sneak an expert onto another panel
    value["payload"] = base64.b64encode(dumps_canonical(body)).decode()
    raises(
        CryptoError,
        "signature-invalid",
        lambda: verify_roster(dumps_canonical(value), PATH, pinned(cast), now=NOW),
    )


def test_score_presented_as_a_roster_is_refused(cast: Cast) -> None:
    payload = roster_of(cast).payload
    as_score = signed(payload, *cast.roots[:2], kind="application/vnd.reviewdesk.score+json")
    raises(
        CryptoError,
        "payload-type-mismatch",
        lambda: verify_roster(as_score, PATH, pinned(cast), now=NOW),
    )
    enrolment = make_enrolment(cast.roots[0])
    raises(
        CryptoError,
        "payload-type-mismatch",
        lambda: verify_roster(enrolment, PATH, pinned(cast), now=NOW),
    )


# -- root changes --------------------------------------------------------------------------


def test_root_change_needs_the_old_and_the_new_root_set(cast: Cast) -> None:
    trust = accept_roster(pinned(cast), roster_of(cast, version=1))
    rotated = roster_of(cast, version=2, roots=tuple(r.public for r in cast.new_roots))
    old_only = sign_roster(rotated, cast.roots[:2])
    error = raises(
        CryptoError, "signature-threshold", lambda: verify_roster(old_only, PATH, trust, now=NOW)
    )
    assert error.detail["roots"] == "new"
    new_only = sign_roster(rotated, cast.new_roots[:2])
    error = raises(
        CryptoError, "signer-unknown", lambda: verify_roster(new_only, PATH, trust, now=NOW)
    )
    assert error.detail["roots"] == "pinned"
    one_new = sign_roster(rotated, [*cast.roots[:2], cast.new_roots[0]])
    raises(CryptoError, "signature-threshold", lambda: verify_roster(one_new, PATH, trust, now=NOW))

    both = sign_roster(rotated, [*cast.roots[:2], *cast.new_roots[1:]])
    trust = accept_roster(trust, verify_roster(both, PATH, trust, now=NOW))
    assert {r.keyid for r in trust.roots} == {r.keyid for r in cast.new_roots}
    # The pin moved: the old roots alone no longer count, the new ones do.
    v3 = roster_of(cast, version=3, roots=tuple(r.public for r in cast.new_roots))
    raises(
        CryptoError,
        "signer-unknown",
        lambda: verify_roster(sign_roster(v3, cast.roots[:2]), PATH, trust, now=NOW),
    )
    assert verify_roster(sign_roster(v3, cast.new_roots[:2]), PATH, trust, now=NOW) == v3


def test_threshold_change_is_a_root_change(cast: Cast) -> None:
    lowered = roster_of(cast, version=2, threshold=1)
    data = sign_roster(lowered, cast.roots[:2])  # two old, which is also ≥ 1 new
    assert verify_roster(data, PATH, pinned(cast), now=NOW).threshold == 1
    raised = roster_of(cast, version=2, threshold=3)
    raises(
        CryptoError,
        "signature-threshold",
        lambda: verify_roster(sign_roster(raised, cast.roots[:2]), PATH, pinned(cast), now=NOW),
    )


# -- refused keys and malformed payloads -------------------------------------------------


def _mutated(cast: Cast, mutate: Callable[[dict[str, Any]], None]) -> bytes:
    value = roster_of(cast).to_json()
    mutate(value)
    return signed(dumps_canonical(value), *cast.roots[:2])


def _keyid(public: dict[str, str]) -> str:
    return hashlib.sha256(bytes.fromhex(public["ed25519"])).hexdigest()


SMALL_ORDER_ED25519 = "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("ed25519", SMALL_ORDER_ED25519),
        ("ed25519", "01" + "00" * 31),
        ("x25519", "00" * 32),
        ("x25519", "01" + "00" * 31),
    ],
)
def test_low_order_keys_in_a_roster_are_refused(cast: Cast, key: str, raw: str) -> None:
    data = _mutated(cast, lambda v: v["experts"][0]["identity"].update({key: raw}))
    error = raises(
        FormatError, "roster-key-invalid", lambda: verify_roster(data, PATH, pinned(cast), now=NOW)
    )
    assert error.detail["field"] == "experts[0]" and error.detail["key"] == key


def test_same_key_for_two_roles_is_refused(cast: Cast) -> None:
    twice = (Panelist(cast.chair.public, ("P1",)),)
    expert_as_chair = dataclasses.replace(cast.experts[0].public, role=Role.CHAIR)
    error = raises(
        FormatError,
        "roster-key-duplicate",
        lambda: roster_of(cast, chairs=(*twice, Panelist(expert_as_chair, ("P2",)))),
    )
    assert {error.detail["name"], error.detail["other"]} == {"专家 0"}
    data = _mutated(cast, lambda v: v["audit"].append(v["operational"][0]))
    raises(
        FormatError,
        "roster-key-duplicate",
        lambda: verify_roster(data, PATH, pinned(cast), now=NOW),
    )


# -- one person, expert of one panel and chair of another (DESIGN §1.1) -------------------


def _expert_and_chair(cast: Cast, chair_panels: tuple[str, ...]) -> Roster:
    """experts[0] scores in P1 and chairs ``chair_panels`` with the same key."""
    person = cast.experts[0].public
    return roster_of(
        cast,
        chairs=(Panelist(cast.chair.public, ("P1",)), Panelist(person, chair_panels)),
    )


def test_expert_of_one_panel_may_chair_another_with_the_same_key(cast: Cast) -> None:
    roster = _expert_and_chair(cast, ("P2",))
    data = sign_roster(roster, cast.roots[:2])
    verified = verify_roster(data, PATH, pinned(cast), now=NOW)
    person = verified.member(cast.experts[0].keyid)
    assert person is not None and person.roles == (RosterRole.CHAIR, RosterRole.EXPERT)
    assert person.roles_text == "chair, expert"
    assert person.serves(RosterRole.EXPERT, "P1") and person.serves(RosterRole.CHAIR, "P2")
    assert not person.serves(RosterRole.CHAIR, "P1") and not person.serves(RosterRole.EXPERT, "P2")
    # listed once among the members, once among the chairs of P2 and the experts of P1
    assert [m.keyid for m in verified.members()].count(person.keyid) == 1
    assert [m.name for m in verified.panel_members("P2", RosterRole.CHAIR)] == ["专家 0"]
    assert "专家 0" in [m.name for m in verified.panel_members("P1", RosterRole.EXPERT)]
    # signs score files for P1 only, result bundles for P2 only
    assert verified.require_signer(person.keyid, {RosterRole.EXPERT}, panel="P1") == person
    assert verified.require_signer(person.keyid, {RosterRole.CHAIR}, panel="P2") == person
    raises(
        CryptoError,
        "signer-not-on-panel",
        lambda: verified.require_signer(person.keyid, {RosterRole.EXPERT}, panel="P2"),
    )
    raises(
        CryptoError,
        "signer-not-on-panel",
        lambda: verified.require_signer(person.keyid, {RosterRole.CHAIR}, panel="P1"),
    )
    # the layout is the old one: the person is simply in both lists
    value = json.loads(base64.b64decode(json.loads(data)["payload"]))
    assert value["chairs"][1]["identity"] == value["experts"][0]["identity"]


def test_a_chair_key_may_score_in_another_panel(cast: Cast) -> None:
    chair = cast.chair.public
    roster = roster_of(cast, experts=(*roster_of(cast).experts, Panelist(chair, ("P2",))))
    member = roster.member(chair.keyid)
    assert member is not None and member.serves(RosterRole.EXPERT, "P2")


def test_expert_and_chair_of_the_same_panel_is_refused(cast: Cast) -> None:
    data = _mutated(
        cast,
        lambda v: v["chairs"].append({"identity": v["experts"][1]["identity"], "panels": ["P2"]}),
    )
    error = raises(
        FormatError,
        "roster-chair-and-expert",
        lambda: verify_roster(data, PATH, pinned(cast), now=NOW),
    )
    assert error.detail == {"name": "专家 1", "panel": "P2"} and str(error.path) == PATH
    assert english_message(error) == (
        "The roster roster.rdx lists 专家 1 both as an expert and as the chair of panel P2; "
        "a person may chair one panel and score in another, never both in one."
    )


def test_a_person_twice_in_one_section_or_with_commission_keys_is_refused(cast: Cast) -> None:
    person = cast.experts[0].public
    raises(
        FormatError,
        "roster-key-duplicate",
        lambda: roster_of(cast, experts=(*roster_of(cast).experts, Panelist(person, ("P3",)))),
    )
    raises(
        FormatError,
        "roster-key-duplicate",
        lambda: roster_of(
            cast,
            chairs=(Panelist(person, ("P2",)), Panelist(person, ("P3",))),
        ),
    )
    renamed = dataclasses.replace(person, name="王芳 (chair)")  # same keys, another identity
    raises(
        FormatError,
        "roster-key-duplicate",
        lambda: roster_of(cast, chairs=(Panelist(renamed, ("P2",)),)),
    )
    # commission keys stay apart from people's keys, and people's from theirs
    raises(
        FormatError,
        "roster-role-mismatch",
        lambda: roster_of(cast, chairs=(Panelist(cast.staff.public, ("P2",)),)),
    )
    raises(
        FormatError,
        "roster-role-mismatch",
        lambda: roster_of(cast, audit=(*roster_of(cast).audit, person)),
    )


def test_shared_x25519_key_is_a_duplicate_too(cast: Cast) -> None:
    # Mallory enrols Wang Fang's X25519 key with her own signing key.
    mallory = Identity.generate("Mallory", Role.EXPERT)
    copycat = dataclasses.replace(mallory.public, x25519=cast.experts[0].public.x25519)
    raises(
        FormatError,
        "roster-key-duplicate",
        lambda: roster_of(cast, experts=(*roster_of(cast).experts, Panelist(copycat, ("P2",)))),
    )


def test_key_listed_in_the_wrong_section_is_refused(cast: Cast) -> None:
    raises(
        FormatError,
        "roster-role-mismatch",
        lambda: roster_of(cast, operational=(cast.experts[0].public,), experts=()),
    )


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff\xfe{}",
        b'{"version":1,"version":2}',
        b"[]",
        b'{"format":"reviewdesk-roster/1"}',
        b'{"version":1.5}',
    ],
    ids=["non-utf8", "duplicate-key", "list", "missing-fields", "float"],
)
def test_malformed_payloads_signed_by_roots_are_refused(cast: Cast, payload: bytes) -> None:
    data = signed(payload, *cast.roots[:2])
    raises(FormatError, "roster-invalid", lambda: verify_roster(data, PATH, pinned(cast), now=NOW))


def test_non_canonical_payload_is_refused(cast: Cast) -> None:
    spaced = json.dumps(roster_of(cast).to_json(), sort_keys=True).encode()
    data = signed(spaced, *cast.roots[:2])
    error = raises(
        FormatError, "roster-invalid", lambda: verify_roster(data, PATH, pinned(cast), now=NOW)
    )
    assert "canonical" in error.detail["reason"]


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda v: v.update(version=0), "version"),
        (lambda v: v.update(version=True), "version"),
        (lambda v: v.update(expires_at="2025-02-01T00:00:00Z"), "expires_at"),
        (lambda v: v.update(issued_at="2025-03-01T00:00:00+08:00"), "issued_at"),
        (lambda v: v["roots"].update(threshold=4), "roots.threshold"),
        (lambda v: v["roots"].update(keys=[]), "roots.keys"),
        (lambda v: v["experts"][0].update(panels=[]), "panels"),
        (lambda v: v["experts"][0].update(panels=["P1", "P1"]), "panels"),
        (lambda v: v["experts"][0].update(panels=["../P1"]), "panels"),
        (lambda v: v["revocations"][0].update(keyid="AB" * 32), "revocations[0].keyid"),
        (
            lambda v: v["revocations"].append(
                {
                    "keyid": _keyid(v["roots"]["keys"][0]),
                    "reason": "x",
                    "revoked_at": "2025-03-01T00:00:00Z",
                }
            ),
            "revocations",
        ),
        (lambda v: v.update(extra=1), "extra"),
        (lambda v: v.update(format="reviewdesk-roster/2"), "format"),
    ],
)
def test_inconsistent_rosters_are_refused_naming_the_field(
    cast: Cast, mutate: Callable[[dict[str, Any]], None], field: str
) -> None:
    data = _mutated(cast, mutate)
    error = raises(
        FormatError, "roster-invalid", lambda: verify_roster(data, PATH, pinned(cast), now=NOW)
    )
    assert error.detail["field"] == field and error.path == Path(PATH)


def test_revoking_a_listed_root_key_is_refused(cast: Cast) -> None:
    revoke_root = (Revocation(cast.roots[0].keyid, "compromised", ISSUED),)
    raises(FormatError, "roster-invalid", lambda: roster_of(cast, revocations=revoke_root))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_fuzzed_payloads_give_only_roster_errors(payload: bytes) -> None:
    try:
        parse_roster_payload(payload, PATH)
    except FormatError as exc:
        assert exc.code.startswith("roster-")


# -- the trust state -----------------------------------------------------------------------


def failing_rosters(cast: Cast) -> dict[str, bytes]:
    rotated = roster_of(cast, version=3, roots=tuple(r.public for r in cast.new_roots))
    return {
        "older": sign_roster(roster_of(cast, version=1), cast.roots[:2]),
        "equivocation": sign_roster(roster_of(cast, version=2, label="other"), cast.roots[:2]),
        "expired": sign_roster(
            roster_of(cast, version=3, expires_at=NOW - timedelta(days=1)), cast.roots[:2]
        ),
        "under-threshold": sign_roster(roster_of(cast, version=3), cast.roots[:1]),
        "rotation-old-only": sign_roster(rotated, cast.roots[:2]),
        "tampered": sign_roster(roster_of(cast, version=3), cast.roots[:2]).replace(b'"', b"'", 1),
    }


@pytest.mark.parametrize(
    "case",
    ["older", "equivocation", "expired", "under-threshold", "rotation-old-only", "tampered"],
)
def test_failed_import_leaves_the_trust_file_unchanged(
    cast: Cast, tmp_path: Path, case: str
) -> None:
    trust_file = tmp_path / "trust.json"
    save_trust(pinned(cast), trust_file)
    import_roster(
        sign_roster(roster_of(cast, version=2), cast.roots[:2]), PATH, trust_file, now=NOW
    )
    before = trust_file.read_bytes()
    state = load_trust(trust_file)
    with pytest.raises((CryptoError, FormatError)):
        import_roster(failing_rosters(cast)[case], PATH, trust_file, now=NOW)
    assert trust_file.read_bytes() == before
    assert load_trust(trust_file) == state
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trust.json"]  # no temp files left


def test_trust_file_round_trips_and_moves_only_forward(cast: Cast, tmp_path: Path) -> None:
    trust_file = tmp_path / "trust.json"
    save_trust(pinned(cast), trust_file)
    assert load_trust(trust_file) == pinned(cast)
    roster = import_roster(
        sign_roster(roster_of(cast, version=7), cast.roots[:2]), PATH, trust_file, now=NOW
    )
    state = load_trust(trust_file)
    assert state.highest_version == 7 and state.roster_sha256 == roster.digest
    raises(CryptoError, "roster-older", lambda: accept_roster(state, roster_of(cast, version=6)))


@pytest.mark.parametrize(
    "change",
    [
        {"format": "x"},
        {"threshold": 4},
        {"roots": []},
        {"highest_version": -1},
        {"roster_sha256": "00"},
        {"highest_version": 3},
    ],
)
def test_damaged_trust_file_is_refused(cast: Cast, change: dict[str, Any]) -> None:
    value = pinned(cast).to_json() | change
    raises(FormatError, "trust-invalid", lambda: trust_from_bytes(dumps_canonical(value), "t.json"))
    raises(FormatError, "trust-invalid", lambda: trust_from_bytes(b"\xff", "t.json"))


def test_pinning_refuses_impossible_thresholds(cast: Cast) -> None:
    with pytest.raises(ValueError):
        TrustState.pin([r.public for r in cast.roots], 4)
    with pytest.raises(ValueError):
        TrustState.pin([cast.roots[0].public, cast.roots[0].public], 1)


def test_verification_needs_an_aware_clock(cast: Cast) -> None:
    data = sign_roster(roster_of(cast), cast.roots[:2])
    with pytest.raises(ValueError):
        verify_roster(data, PATH, pinned(cast), now=datetime(2025, 6, 1))


# -- untrusted text in rosters and enrolments (FORMAT.md §6 "Text") -------------------------


@pytest.mark.parametrize(
    ("where", "mutate"),
    [
        ("label", lambda v: v.update(label="2025 \u202egpj.exe")),
        (
            "revocations[0].reason",
            lambda v: v["revocations"][0].update(reason="lost \u2066x\u2069"),
        ),
        ("revocations[0].reason", lambda v: v["revocations"][0].update(reason="lost\x1b[2J")),
        ("experts[0].name", lambda v: v["experts"][0]["identity"].update(name="王\u200f芳")),
        ("chairs[0].name", lambda v: v["chairs"][0]["identity"].update(name="张\u2028组长")),
    ],
    ids=["label-bidi", "reason-isolate", "reason-escape", "name-rlm", "name-separator"],
)
def test_bidi_and_control_characters_in_roster_text_are_refused(
    cast: Cast, where: str, mutate: Callable[[dict[str, Any]], None]
) -> None:
    data = _mutated(cast, mutate)
    with pytest.raises(FormatError) as caught:
        verify_roster(data, PATH, pinned(cast), now=NOW)
    assert caught.value.code in {"roster-invalid", "identity-invalid"}
    assert caught.value.detail["field"].startswith(where.split(".")[0])
    assert "\u202e" not in english_message(caught.value)  # the reason never repeats the text


def test_an_enrolment_whose_name_holds_a_bidi_control_is_refused(cast: Cast) -> None:
    from reviewdesk.core.crypto.identity import ENROLMENT_PAYLOAD_TYPE, read_enrolment_request

    person = cast.experts[0]
    envelope = parse_envelope(make_enrolment(person, now=ISSUED))
    body = json.loads(envelope.payload)
    body["identity"]["name"] = "王芳\u202e"
    forged = sign_envelope(ENROLMENT_PAYLOAD_TYPE, dumps_canonical(body), [person.signing_key])
    with pytest.raises(FormatError) as caught:
        read_enrolment_request(forged, "request.json")
    assert "U+202E" in str(caught.value.detail)
