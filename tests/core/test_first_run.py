"""First run: make or import an identity, export the enrolment, pin the commission root."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from formats_world import NOW, World

from reviewdesk.core.crypto.age_keys import MIN_SCRYPT_LOG_N
from reviewdesk.core.crypto.identity import load_identity, read_enrolment_request
from reviewdesk.core.crypto.roster import load_trust
from reviewdesk.core.domain import Role
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.home.first_run import (
    StrengthLevel,
    create_identity,
    export_enrolment,
    import_identity,
    passphrase_strength,
    pin_roster,
    preview_roster,
)
from reviewdesk.core.home.settings import HOME_ENV, Home

LOW = MIN_SCRYPT_LOG_N  # the lowest scrypt work factor a person's new identity may use


def test_a_new_identity_opens_with_its_passphrase_and_is_never_overwritten(
    tmp_path: Path,
) -> None:
    path = tmp_path / "me" / "identity.age"
    made = create_identity("王建国", "expert", "长城内外 sea 2025!", path, work_factor=LOW)
    assert made.role is Role.EXPERT
    assert load_identity(path, "长城内外 sea 2025!").keyid == made.keyid
    with pytest.raises(ReviewdeskError) as caught:
        create_identity("王建国", Role.EXPERT, "x", path, work_factor=LOW)
    assert caught.value.code == "file-exists"
    with pytest.raises(ReviewdeskError) as caught:
        create_identity("王建国", Role.EXPERT, "", tmp_path / "other.age", work_factor=LOW)
    assert caught.value.code == "passphrase-empty"


def test_importing_an_identity_checks_the_passphrase_first(tmp_path: Path) -> None:
    src = tmp_path / "usb" / "id.age"
    made = create_identity("李静", Role.EXPERT, "a good passphrase", src, work_factor=LOW)
    dest = tmp_path / "home" / "identity.age"
    with pytest.raises(ReviewdeskError) as caught:
        import_identity(src, "wrong", dest)
    assert caught.value.code == "identity-bad-passphrase" and not dest.exists()
    assert import_identity(src, "a good passphrase", dest).keyid == made.keyid
    assert dest.read_bytes() == src.read_bytes()
    assert import_identity(src, "a good passphrase", dest).keyid == made.keyid  # same: fine
    other = create_identity("X", Role.EXPERT, "pw", tmp_path / "x.age", work_factor=LOW)
    assert other.keyid != made.keyid
    with pytest.raises(ReviewdeskError) as caught:
        import_identity(tmp_path / "x.age", "pw", dest)
    assert caught.value.code == "file-exists"


def test_the_enrolment_request_carries_the_public_keys(tmp_path: Path) -> None:
    identity = World().e1
    path = export_enrolment(identity, tmp_path / "enrol.json", now=NOW)
    request = read_enrolment_request(path.read_bytes(), path)
    assert request.identity.keyid == identity.keyid


def test_preview_shows_the_root_fingerprints_before_anything_is_pinned(tmp_path: Path) -> None:
    world = World()
    roster = tmp_path / "roster.json"
    roster.write_bytes(world.roster_data())
    preview = preview_roster(roster)
    assert preview.version == world.version and preview.threshold == 1
    assert [r.fingerprint for r in preview.roots] == [world.root.public.fingerprint_groups]
    assert (preview.experts, preview.chairs) == (5, 1)


def test_pinning_a_roster_writes_the_trust_file_once(tmp_path: Path) -> None:
    world = World()
    roster, trust = tmp_path / "roster.json", tmp_path / "trust.json"
    roster.write_bytes(world.roster_data())
    pinned = pin_roster(roster, trust, NOW)
    assert [r.keyid for r in pinned.roots] == [world.root.keyid]
    assert load_trust(trust).highest_version == world.version
    newer = tmp_path / "newer.json"
    newer.write_bytes(World(version=world.version + 1).roster_data())
    assert pin_roster(newer, trust, NOW).highest_version == world.version + 1


def test_a_roster_of_other_roots_never_replaces_the_pinned_ones(tmp_path: Path) -> None:
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.crypto.roster import Roster, sign_roster

    world = World()
    roster, trust = tmp_path / "roster.json", tmp_path / "trust.json"
    roster.write_bytes(world.roster_data())
    pin_roster(roster, trust, NOW)
    impostor = Identity.generate("Impostor", Role.COMMISSION)
    fake = Roster(
        version=99,
        label="fake",
        issued_at=NOW - timedelta(days=1),
        expires_at=NOW + timedelta(days=9),
        threshold=1,
        roots=(impostor.public,),
    )
    other = tmp_path / "fake.json"
    other.write_bytes(sign_roster(fake, [impostor]))
    before = trust.read_bytes()
    with pytest.raises(ReviewdeskError) as caught:
        pin_roster(other, trust, NOW)
    assert caught.value.code == "trust-already-pinned"
    assert trust.read_bytes() == before


def test_an_expired_roster_is_not_pinned(tmp_path: Path) -> None:
    world = World()
    roster = tmp_path / "roster.json"
    roster.write_bytes(world.roster_data(expires=NOW + timedelta(days=1)))
    with pytest.raises(ReviewdeskError) as caught:
        pin_roster(roster, tmp_path / "trust.json", NOW + timedelta(days=2))
    assert caught.value.code == "roster-expired"
    assert not (tmp_path / "trust.json").exists()


@pytest.mark.parametrize(
    ("text", "level", "reason"),
    [
        ("", StrengthLevel.WEAK, "too-short"),
        ("password", StrengthLevel.WEAK, "common"),
        ("aaaaaaaaaaaaaaaaaaaa", StrengthLevel.WEAK, "repetitive"),
        ("zhang1985", StrengthLevel.WEAK, "too-short"),
        ("北京国际科技合作", StrengthLevel.FAIR, None),
        ("correct horse battery staple", StrengthLevel.STRONG, None),
        ("kX9#mQ2$vL7!pR4@", StrengthLevel.STRONG, None),
    ],
)
def test_passphrase_strength_is_a_rough_hint(
    text: str, level: StrengthLevel, reason: str | None
) -> None:
    strength = passphrase_strength(text)
    assert strength.level is level
    if reason is not None:
        assert reason in strength.reasons
    if level is StrengthLevel.STRONG:
        assert strength.reasons == ()


def test_longer_passphrases_never_rate_lower() -> None:
    text = "g7"
    previous = 0
    for extra in "Qm!x 9Lz#Pv2 Tk8&":
        text += extra
        bits = passphrase_strength(text).bits
        assert bits >= previous
        previous = bits


def test_the_home_follows_reviewdesk_home(tmp_path: Path) -> None:
    home = Home.default({HOME_ENV: str(tmp_path / "h")})
    assert home.identity_path == tmp_path / "h" / "identity.age"
    assert home.trust_path.name == "trust.json" and home.store_dir.name == "store"
    assert home.database_path.parent == tmp_path / "h"
    assert not home.root.exists()
    assert home.ensure().store_dir.is_dir()
    assert Home.default({}).root != home.root
