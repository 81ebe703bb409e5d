"""Bad input that is well-formed but wrong: files moved between packages, experts, rounds
and panels, replays and equivocation, untrusted rosters and keys, type confusion. Each is
refused with its own code, and the chair's score store is left unchanged (the import log
records the refusal)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from formats_tamper import read_blobs, reseal_blob0, resign_payload, write_blobs
from formats_world import (
    APPLICANTS,
    NOW,
    World,
    declarations,
    make_chair_package,
    make_package,
    make_score,
)
from sqlalchemy import select

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.crypto.dsse import Envelope, encode_envelope, parse_envelope, sign_envelope
from reviewdesk.core.crypto.roster import ROSTER_PAYLOAD_TYPE, verify_roster
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.formats.chair_package import open_chair_package
from reviewdesk.core.formats.container import BlobSource, ContainerKind
from reviewdesk.core.formats.imports import (
    ImportOutcome,
    ImportResult,
    MemoryImportLog,
    MemoryScoreStore,
    SessionImportLog,
    import_score_file,
)
from reviewdesk.core.formats.manifest import BlobRole
from reviewdesk.core.formats.manifest_details import ScoreDetails
from reviewdesk.core.formats.package import open_package
from reviewdesk.core.formats.score_file import ScoreExpectation, open_score_file
from reviewdesk.core.formats.sealed import Content, seal
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.import_log import verify_chain
from reviewdesk.core.storage.models import ImportLogEntry


@pytest.fixture(scope="module")
def world() -> World:
    return World()


class Desk:
    """The chair's desk for panel P1: e1, e2 and e3 have packages; a store and a log."""

    def __init__(self, world: World, folder: Path) -> None:
        self.world, self.folder = world, folder
        self.roster = world.verified_roster()
        self.packages = {
            who: make_package(world, folder, reviewer=who, name=f"pkg-{who}.rdx")
            for who in ("e1", "e2", "e3")
        }
        digests = {who: p.digest for who, p in self.packages.items()}
        chair = make_chair_package(world, folder, digests)
        self.expect = open_chair_package(chair.path, world.chair, self.roster).expectation()
        self.store, self.log = MemoryScoreStore(), MemoryImportLog()

    def opened(self, who: str, package: Path | None = None):  # type: ignore[no-untyped-def]
        path = package or self.packages[who].path
        return open_package(path, self.world.people[who], self.roster)

    def score(self, who: str, revision: int = 1, base: str = "20", **kw: object) -> Path:
        return make_score(
            self.world, self.folder, who, self.opened(who, kw.pop("package", None)),  # type: ignore[arg-type]
            revision=revision, base=base, name=kw.pop("name", None),  # type: ignore[arg-type]
        ).path  # fmt: skip

    def import_(self, path: Path, expect: ScoreExpectation | None = None) -> ImportResult:
        return import_score_file(
            path, self.world.chair, self.roster, expect or self.expect, self.store, self.log
        )

    def refused(self, path: Path, code: str, expect: ScoreExpectation | None = None) -> None:
        stored_before = list(self.store.scores)
        result = self.import_(path, expect)
        assert (result.outcome, result.code) == (ImportOutcome.REJECTED, code), result.error
        assert self.store.scores == stored_before
        assert self.log.entries[-1].outcome == "rejected"
        assert self.log.entries[-1].note == code


@pytest.fixture
def desk(world: World, tmp_path: Path) -> Desk:
    return Desk(world, tmp_path)


# -- bindings ----------------------------------------------------------------------------


def test_score_moved_to_another_package(world: World, desk: Desk) -> None:
    other = make_package(world, desk.folder, reviewer="e1", name="pkg-e1-old.rdx")
    desk.refused(desk.score("e1", package=other.path), "score-wrong-package")


def test_score_of_an_expert_the_chair_does_not_expect(desk: Desk) -> None:
    expect = ScoreExpectation(
        desk.expect.round, desk.expect.panel, desk.expect.template_sha256,
        {k: v for k, v in desk.expect.assignments.items() if k != desk.world.e1.keyid},
    )  # fmt: skip
    desk.refused(desk.score("e1"), "score-wrong-expert", expect)


def test_score_claiming_another_expert(world: World, desk: Desk) -> None:
    path = desk.score("e1")

    def claim_e2(payload: bytes) -> bytes:
        m = json.loads(payload)
        m["details"]["expert"] = world.e2.keyid
        return dumps_canonical(m)

    reseal_blob0(path, world.chair, resign_payload(world.e1, claim_e2))
    desk.refused(path, "score-wrong-expert")


def test_score_moved_to_another_round(world: World, desk: Desk) -> None:
    package = make_package(world, desk.folder, reviewer="e1", name="p.rdx", round="2024-EVAL")
    desk.refused(desk.score("e1", package=package.path), "score-wrong-round")


def test_score_moved_to_another_panel(world: World, desk: Desk) -> None:
    package = make_package(world, desk.folder, reviewer="e4", name="p2.rdx", panel="P2")
    opened = open_package(package.path, world.e4, desk.roster)
    # Sent to the P1 chair by mistake (P2's own chair would be its recipient).
    score = make_score(world, desk.folder, "e4", opened, recipients=[world.chair.public])
    desk.refused(score.path, "score-wrong-panel")


def test_score_signed_for_a_panel_the_expert_is_not_on(world: World, desk: Desk) -> None:
    path = desk.score("e1")

    def to_p2(payload: bytes) -> bytes:
        return dumps_canonical({**json.loads(payload), "panel": "P2"})

    reseal_blob0(path, world.chair, resign_payload(world.e1, to_p2))
    desk.refused(path, "signer-not-on-panel")


def test_score_with_content_that_is_not_score_sheets(world: World, desk: Desk) -> None:
    package = desk.opened("e1")
    s = package.summary
    details = ScoreDetails(package.digest, world.e1.keyid, ("A-001",), 1, declarations())
    sealed = seal(
        desk.folder / "junk.rdx", kind=ContainerKind.SCORE, sender=world.e1,
        recipients=[world.chair.public], round=s.round, panel=s.panel,
        template_sha256=s.template_sha256, roster_version=3, details=details,
        contents=[Content(BlobRole.SCORES, BlobSource(data=b'{"not":"sheets"}'))], now=NOW,
    )  # fmt: skip
    desk.refused(sealed.path, "scores-invalid")


# -- replay and equivocation -------------------------------------------------------------


def test_same_file_again_is_a_no_op(desk: Desk) -> None:
    path = desk.score("e1")
    assert desk.import_(path).outcome is ImportOutcome.IMPORTED
    result = desk.import_(path)
    assert result.outcome is ImportOutcome.DUPLICATE and len(desk.store.scores) == 1
    assert [e.outcome for e in desk.log.entries] == ["imported", "duplicate"]


def test_same_envelope_in_a_re_encrypted_file_is_a_no_op(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    assert desk.import_(path).outcome is ImportOutcome.IMPORTED
    copy = desk.folder / "copy.rdx"
    copy.write_bytes(path.read_bytes())
    reseal_blob0(copy, world.chair, lambda envelope: envelope)  # new age encryption
    assert copy.read_bytes() != path.read_bytes()
    assert desk.import_(copy).outcome is ImportOutcome.DUPLICATE


def test_older_revision_is_ignored_with_a_note(desk: Desk) -> None:
    first = desk.score("e1", revision=1)
    second = desk.score("e1", revision=2, base="15")
    assert desk.import_(second).outcome is ImportOutcome.IMPORTED
    result = desk.import_(first)
    assert result.outcome is ImportOutcome.OLDER_REVISION and "older" in result.note
    assert [s.revision for s in desk.store.scores] == [2]


def test_same_revision_with_different_bytes_raises_the_alarm(desk: Desk) -> None:
    one = desk.score("e1", revision=1, base="20", name="one.rdx")
    two = desk.score("e1", revision=1, base="10", name="two.rdx")
    assert desk.import_(one).outcome is ImportOutcome.IMPORTED
    result = desk.import_(two)
    assert (result.outcome, result.code) == (ImportOutcome.ALARM, "score-equivocation")
    assert len(desk.store.scores) == 1 and desk.log.entries[-1].outcome == "alarm"


# -- keys and signers --------------------------------------------------------------------


def test_score_of_a_revoked_expert(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    reseal_blob0(path, world.chair, resign_payload(world.revoked, lambda p: p))
    desk.refused(path, "key-revoked")


def test_score_of_someone_not_on_the_roster(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    reseal_blob0(path, world.chair, resign_payload(world.outsider, lambda p: p))
    desk.refused(path, "signer-unknown")


def test_package_signed_by_an_expert(world: World, tmp_path: Path) -> None:
    package = make_package(world, tmp_path, sender="e2")
    with pytest.raises(ReviewdeskError) as caught:
        open_package(package.path, world.e1, world.verified_roster())
    assert caught.value.code == "signer-wrong-role"


def test_package_for_another_expert(world: World, tmp_path: Path) -> None:
    package = make_package(world, tmp_path, archive=[world.e2.public])  # e2 gets a copy
    with pytest.raises(ReviewdeskError) as caught:
        open_package(package.path, world.e2, world.verified_roster())
    assert caught.value.code == "reviewer-mismatch"


def test_package_whose_manifest_leaves_out_the_reader(world: World, tmp_path: Path) -> None:
    package = make_package(world, tmp_path)
    reseal_blob0(package.path, world.e1, lambda e: e, to=world.e2)
    with pytest.raises(ReviewdeskError) as caught:
        open_package(package.path, world.e2, world.verified_roster())
    assert caught.value.code == "not-a-recipient"


def test_package_for_another_round_than_expected(world: World, tmp_path: Path) -> None:
    package = make_package(world, tmp_path)
    with pytest.raises(ReviewdeskError) as caught:
        open_package(package.path, world.e1, world.verified_roster(), expect_round="2026-EVAL")
    assert caught.value.code == "round-mismatch"


# -- rosters -----------------------------------------------------------------------------


def _roster_refused(world: World, data: bytes, code: str, trust=None) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReviewdeskError) as caught:
        verify_roster(data, None, trust or world.accepted_trust(), now=NOW)
    assert caught.value.code == code, caught.value.describe()


def test_expired_roster(world: World) -> None:
    data = world.roster_data(version=4, expires=NOW)
    _roster_refused(world, data, "roster-expired")


def test_older_roster(world: World) -> None:
    _roster_refused(world, world.roster_data(version=2), "roster-older")


def test_unsigned_roster(world: World) -> None:
    envelope = parse_envelope(world.roster_data(version=4))
    unsigned = encode_envelope(Envelope(envelope.payload_type, envelope.payload, ()))
    _roster_refused(world, unsigned, "signature-threshold")


def test_roster_signed_by_an_operational_key_only(world: World) -> None:
    data = sign_roster_with(world, world.roster(version=4).payload, world.operator)
    _roster_refused(world, data, "signer-unknown")


def test_roster_listing_a_low_order_signing_key(world: World) -> None:
    payload = json.loads(world.roster(version=4).payload)
    payload["experts"][0]["identity"]["ed25519"] = "01" + "00" * 31  # the neutral point
    data = sign_roster_with(world, dumps_canonical(payload), world.root)
    _roster_refused(world, data, "roster-key-invalid")


def sign_roster_with(world: World, payload: bytes, signer) -> bytes:  # type: ignore[no-untyped-def]
    return sign_envelope(ROSTER_PAYLOAD_TYPE, payload, [signer.signing_key])


# -- type confusion ----------------------------------------------------------------------


def test_score_presented_as_a_roster(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    blob0 = read_blobs(path)[1][0]
    from reviewdesk.core.crypto import decrypt_bytes

    envelope = decrypt_bytes(blob0, [world.chair.age_identity])
    _roster_refused(world, envelope, "payload-type-mismatch")


def test_score_file_presented_as_a_package(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    with pytest.raises(ReviewdeskError) as caught:
        open_package(path, world.chair, desk.roster)
    assert caught.value.code == "container-kind-mismatch"


def test_chair_package_relabelled_as_a_package(world: World, desk: Desk) -> None:
    path = desk.folder / "chair.rdx"
    kind, blobs = read_blobs(path)
    assert kind is ContainerKind.CHAIR_PACKAGE
    write_blobs(path, ContainerKind.PACKAGE, blobs)
    with pytest.raises(ReviewdeskError) as caught:
        open_package(path, world.chair, desk.roster)
    assert caught.value.code == "manifest-kind-mismatch"


def test_score_relabelled_as_a_roster_file(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    write_blobs(path, ContainerKind.ROSTER, read_blobs(path)[1])
    with pytest.raises(ReviewdeskError) as caught:
        open_score_file(path, world.chair, desk.roster)
    assert caught.value.code == "container-kind-mismatch"
    assert not desk.store.scores and APPLICANTS


def test_score_signed_by_the_chair_is_refused(world: World, desk: Desk) -> None:
    path = desk.score("e1")
    reseal_blob0(path, world.chair, resign_payload(world.chair, lambda p: p))
    desk.refused(path, "signer-wrong-role")


def test_refusals_go_to_the_stored_hash_chained_log(
    world: World, desk: Desk, tmp_path: Path
) -> None:
    good, bad = desk.score("e1"), desk.score("e2")
    reseal_blob0(bad, world.chair, resign_payload(world.outsider, lambda p: p))
    with Database.open(path=tmp_path / "chair.sqlite3") as db:
        for path, outcome in ((good, "imported"), (bad, "rejected"), (good, "duplicate")):
            with db.session() as s, s.begin():
                result = import_score_file(
                    path, world.chair, desk.roster, desk.expect, desk.store, SessionImportLog(s)
                )
                assert result.outcome.value == outcome
        with db.session() as s:
            entries = list(s.scalars(select(ImportLogEntry).order_by(ImportLogEntry.sequence)))
            assert [(e.outcome, e.note[:14]) for e in entries][1] == ("rejected", "signer-unknown")
            assert verify_chain(s) == entries[-1].entry_hash
    assert len(desk.store.scores) == 1
