"""First run without dead ends (issue 9 §6): pin from the roster inside a package, the
phone check of the fingerprint, the enrolment request proving its key to the commission key
of the pinned roster, and taking the identity a package was made for."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_world import DeskWorld, make_desk_world
from formats_world import NOW

from reviewdesk.core.crypto.identity import (
    read_enrolment_request,
    save_identity,
    verify_enrolment_x25519,
)
from reviewdesk.core.crypto.roster import load_trust
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.home.first_run import (
    enrolment_verifier,
    export_enrolment,
    fingerprint_confirmed,
    pin_roster_data,
    preview_roster_data,
    read_package_roster,
    replace_identity,
)
from reviewdesk.core.home.settings import Home


@pytest.fixture
def dw(tmp_path: Path) -> DeskWorld:
    return make_desk_world(tmp_path / "world")


def test_the_roster_inside_a_package_pins_the_commission_roots(
    dw: DeskWorld, tmp_path: Path
) -> None:
    home = Home(tmp_path / "home").ensure()
    e1 = dw.world.people["e1"]
    data = read_package_roster(dw.package, e1)
    preview = preview_roster_data(data, dw.package)
    root = dw.world.people["root"].public
    assert [r.keyid for r in preview.roots] == [root.keyid]
    assert preview.roots[0].fingerprint == root.fingerprint_groups
    last = root.fingerprint_groups[-1]
    assert fingerprint_confirmed(preview, f" {last[:2]} {last[2:]} ")
    assert not fingerprint_confirmed(preview, root.fingerprint_groups[0])
    assert not fingerprint_confirmed(preview, "")
    assert enrolment_verifier(home) is None  # nothing pinned yet
    trust = pin_roster_data(data, dw.package, home.trust_path, NOW, store_dir=home.store_dir)
    assert load_trust(home.trust_path) == trust
    assert [r.keyid for r in trust.roots] == [root.keyid]


def test_the_enrolment_request_proves_its_key_to_the_pinned_commission_key(
    dw: DeskWorld, tmp_path: Path
) -> None:
    home = Home(tmp_path / "home").ensure()
    e1 = dw.world.people["e1"]
    data = read_package_roster(dw.package, e1)
    pin_roster_data(data, dw.package, home.trust_path, NOW, store_dir=home.store_dir)
    verifier = enrolment_verifier(home)
    operator = dw.world.people["operator"]
    assert verifier == operator.public.recipient
    request = export_enrolment(e1, tmp_path / "enrol.json", now=NOW, verifier=verifier)
    parsed = read_enrolment_request(request.read_bytes(), request)
    assert parsed.x25519_proof is not None
    verify_enrolment_x25519(parsed, operator, request)  # the commission accepts it


def test_a_package_for_another_identity_is_opened_after_taking_that_identity(
    dw: DeskWorld, tmp_path: Path
) -> None:
    home = Home(tmp_path / "home").ensure()
    e1, e2 = dw.world.people["e1"], dw.world.people["e2"]
    save_identity(e2, home.identity_path, "pass-two", work_factor=10)
    with pytest.raises(ReviewdeskError) as caught:
        read_package_roster(dw.package, e2)
    assert caught.value.code == "age-no-identity-matched"
    source = tmp_path / "e1.age"
    save_identity(e1, source, "pass-one", work_factor=10)
    before = home.identity_path.read_bytes()
    taken = replace_identity(source, "pass-one", home)
    assert taken.keyid == e1.keyid
    assert home.identity_path.read_bytes() == source.read_bytes()
    kept = list((home.root / "identities").iterdir())
    assert [p.read_bytes() for p in kept] == [before]  # the other identity is kept
    assert read_package_roster(dw.package, taken)
