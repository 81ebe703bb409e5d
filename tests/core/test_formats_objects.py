"""The exchange objects end to end: the commission builds packages, experts score, the chair
imports and bundles, the commission re-verifies everything (DESIGN §3)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from formats_world import (
    APPLICANTS,
    NOW,
    PANEL,
    ROUND,
    World,
    evaluation_template,
    make_chair_package,
    make_package,
    make_score,
    write_file,
)

from reviewdesk.core.crypto import X25519Identity, decrypt_bytes
from reviewdesk.core.crypto.dsse import parse_envelope
from reviewdesk.core.domain import RoundKind
from reviewdesk.core.errors import CancelledError, FormatError, ReviewdeskError
from reviewdesk.core.formats.chair_package import open_chair_package
from reviewdesk.core.formats.container import ContainerKind, read_index
from reviewdesk.core.formats.imports import (
    ImportOutcome,
    MemoryImportLog,
    MemoryScoreStore,
    import_score_file,
)
from reviewdesk.core.formats.manifest import PAYLOAD_TYPE, parse_manifest
from reviewdesk.core.formats.manifest_details import (
    ChairPackageDetails,
    PackageDetails,
    parse_details,
)
from reviewdesk.core.formats.package import AttachmentInput, build_package, open_package
from reviewdesk.core.formats.result_bundle import (
    build_result_bundle,
    import_result_bundle,
    open_result_bundle,
)
from reviewdesk.core.formats.roster_file import build_roster_file, open_roster_file
from reviewdesk.core.formats.score_file import open_score_file
from reviewdesk.core.formats.strict import Fields
from reviewdesk.core.progress import CancelToken


@pytest.fixture(scope="module")
def world() -> World:
    return World()


def test_package_summary_names_round_panel_applicants_and_attachment_sizes(
    world: World, tmp_path: Path
) -> None:
    sealed = make_package(world, tmp_path)
    package = open_package(sealed.path, world.e1, world.verified_roster())
    s = package.summary
    assert (s.round, s.panel, s.deadline) == (ROUND, PANEL, "2025-05-15T09:00:00Z")
    assert s.applicants == APPLICANTS
    assert [(a.applicant, a.name, a.mime, a.size) for a in s.attachments] == [
        ("A-001", "a1.pdf", "application/pdf", 3000),
        ("A-002", "a2.pdf", "application/pdf", 70000),
    ]
    assert s.signer_name == "Op Staff"
    assert (s.round_name, s.panel_name) == (None, None)  # built without names: the refs show
    assert (s.round_title, s.panel_title) == (ROUND, PANEL)
    assert "round_name" not in package.manifest.details.to_json()
    assert package.digest == sealed.digest
    assert package.read_attachment(1) == (tmp_path / "a2.pdf").read_bytes()
    assert package.read_template().sha256 == evaluation_template().sha256
    assert package.read_roster_data() == world.roster_data()


ROUND_NAME = "2025年度北京国际科技合作基地定期评价"
PANEL_NAME = "科研类评审组"


def test_a_package_with_names_shows_them_and_they_round_trip_through_the_manifest(
    world: World, tmp_path: Path
) -> None:
    sealed = make_package(world, tmp_path, round_name=ROUND_NAME, panel_name=PANEL_NAME)
    package = open_package(sealed.path, world.e1, world.verified_roster())
    s = package.summary
    assert (s.round, s.panel) == (ROUND, PANEL)
    assert (s.round_name, s.panel_name) == (ROUND_NAME, PANEL_NAME)
    assert (s.round_title, s.panel_title) == (ROUND_NAME, PANEL_NAME)
    details = package.manifest.details
    assert isinstance(details, PackageDetails)
    document = details.to_json()
    assert (document["round_name"], document["panel_name"]) == (ROUND_NAME, PANEL_NAME)
    f = Fields({"details": document}, "$", {"details"}, "manifest-invalid", None)
    assert parse_details(ContainerKind.PACKAGE, f) == details


def test_a_chair_package_carries_the_names_too(world: World, tmp_path: Path) -> None:
    details = ChairPackageDetails(
        RoundKind.EVALUATION, None, "c" * 64, APPLICANTS, (), ROUND_NAME, PANEL_NAME
    )
    f = Fields({"details": details.to_json()}, "$", {"details"}, "manifest-invalid", None)
    assert parse_details(ContainerKind.CHAIR_PACKAGE, f) == details
    plain = replace(details, round_name=None, panel_name=None)
    assert set(plain.to_json()) == {"round_kind", "deadline", "chair", "applicants", "experts"}
    f = Fields({"details": plain.to_json()}, "$", {"details"}, "manifest-invalid", None)
    assert parse_details(ContainerKind.CHAIR_PACKAGE, f) == plain


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "not a string"),
        ("", "empty"),
        ("名" * 301, "longer than 300 characters"),
        (7, "not a string"),
        (["科研类评审组"], "not a string"),
    ],
)
@pytest.mark.parametrize("key", ["round_name", "panel_name"])
def test_a_bad_name_is_refused(key: str, value: object, reason: str) -> None:
    document = PackageDetails(RoundKind.EVALUATION, None, "e" * 64, APPLICANTS).to_json()
    document[key] = value
    f = Fields({"details": document}, "$", {"details"}, "manifest-invalid", None)
    with pytest.raises(FormatError) as caught:
        parse_details(ContainerKind.PACKAGE, f)
    assert caught.value.detail["field"] == f"$.details.{key}"
    assert caught.value.detail["reason"] == reason


def test_attachment_names_never_appear_outside_the_encryption(world: World, tmp_path: Path) -> None:
    sealed = make_package(world, tmp_path)
    data = sealed.path.read_bytes()
    for secret in (b"a1.pdf", b"Tsinghua", b"A-001", ROUND.encode(), b"application/pdf"):
        assert secret not in data


def test_every_blob_is_a_standard_age_file_the_archive_key_opens(
    world: World, tmp_path: Path
) -> None:
    sealed = make_package(world, tmp_path)
    age_key = X25519Identity.parse(world.operator.export_age_identity())
    with sealed.path.open("rb") as handle:
        index = read_index(handle, sealed.path)
        blobs = []
        for ref in index.blobs:
            handle.seek(ref.offset)
            blobs.append(handle.read(ref.length))
    assert index.kind is ContainerKind.PACKAGE and len(blobs) == 5
    envelope = parse_envelope(decrypt_bytes(blobs[0], [age_key]))
    assert envelope.payload_type == PAYLOAD_TYPE
    manifest = parse_manifest(envelope.payload)
    assert decrypt_bytes(blobs[3], [age_key]) == (tmp_path / "a1.pdf").read_bytes()
    assert manifest.blob(3).label.name == "a1.pdf"


def test_summary_reads_only_blob_zero(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write_file(tmp_path, "big.bin", 3 * 1024 * 1024, seed=-1)
    sealed = make_package(world, tmp_path, attachments=[AttachmentInput("A-001", big)])
    reads: list[int] = []
    real_open = open

    class Counting:
        def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
            self._h = handle

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self._h, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *a) -> None:  # type: ignore[no-untyped-def]
            self._h.close()

        def read(self, n: int = -1) -> bytes:
            data = self._h.read(n)
            reads.append(len(data))
            return bytes(data)

        def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
            n = self._h.readinto(buf)
            reads.append(n)
            return int(n)

    def counting_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(file, mode, *args, **kwargs)
        return Counting(handle) if Path(file) == sealed.path else handle

    monkeypatch.setattr("builtins.open", counting_open)
    open_package(sealed.path, world.e1, world.verified_roster())
    assert sum(reads) < 64 * 1024


def test_cancelled_build_leaves_nothing_behind(world: World, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        build_package(
            tmp_path / "p.rdx", sender=world.operator, reviewer=world.e1.public,
            roster=world.roster(), roster_data=world.roster_data(), round=ROUND, panel=PANEL,
            round_kind=evaluation_template().kind, deadline=None, applicants=APPLICANTS,
            template=evaluation_template(), attachments=[], now=NOW, cancel=token,
        )  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(world: World, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    att = write_file(tmp_path, "x.bin", 200_000)
    build_package(
        tmp_path / "p.rdx", sender=world.operator, reviewer=world.e1.public,
        roster=world.roster(), roster_data=world.roster_data(), round=ROUND, panel=PANEL,
        round_kind=evaluation_template().kind, deadline=None, applicants=APPLICANTS,
        template=evaluation_template(), attachments=[AttachmentInput("A-001", att)], now=NOW,
        progress=lambda done, total, stage="": seen.append((done, total)),
    )  # fmt: skip
    assert seen[-1][0] == seen[-1][1] > 200_000
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_full_round_trip_chair_imports_and_commission_reverifies(
    world: World, tmp_path: Path
) -> None:
    roster = world.verified_roster()
    digests, scores = {}, []
    for who in ("e1", "e2", "e3"):
        sealed = make_package(world, tmp_path, reviewer=who, name=f"pkg-{who}.rdx")
        digests[who] = sealed.digest
        package = open_package(sealed.path, world.people[who], roster)
        scores.append(make_score(world, tmp_path, who, package, base=str(10 + len(scores))))
    chair_sealed = make_chair_package(world, tmp_path, digests)
    chair_package = open_chair_package(chair_sealed.path, world.chair, roster)
    expect = chair_package.expectation()

    store, log = MemoryScoreStore(), MemoryImportLog()
    for score in scores:
        result = import_score_file(score.path, world.chair, roster, expect, store, log)
        assert result.outcome is ImportOutcome.IMPORTED, result.error
    assert len(store.scores) == 3 and len(log.entries) == 3

    consolidation = json.dumps({"format": "test", "panel": PANEL}).encode()
    bundle = build_result_bundle(
        tmp_path / "result.rdx", chair=world.chair, chair_package=chair_package,
        scores=store.latest(), consolidation=consolidation, import_log_head=log.head(),
        roster=roster, now=NOW,
    )  # fmt: skip
    opened = open_result_bundle(bundle.path, world.audit, roster)
    assert opened.details.import_log_head == log.head()
    assert opened.read_consolidation() == consolidation
    verified = opened.verify_score_files(expect)
    assert [v.score.envelope for v in verified] == [s.envelope for s in store.latest()]
    assert verified[0].sheets[0].applicant_id == "A-001"

    commission_store, commission_log = MemoryScoreStore(), MemoryImportLog()
    outcome = import_result_bundle(
        bundle.path, world.operator, roster, expect, commission_store, commission_log
    )
    assert outcome.bundle.outcome is ImportOutcome.IMPORTED
    assert [r.outcome for r in outcome.scores] == [ImportOutcome.IMPORTED] * 3
    assert len(commission_log.entries) == 4


def test_score_file_opens_for_the_commission_too(world: World, tmp_path: Path) -> None:
    roster = world.verified_roster()
    sealed = make_package(world, tmp_path)
    package = open_package(sealed.path, world.e1, roster)
    score = make_score(world, tmp_path, "e1", package)
    opened = open_score_file(score.path, world.audit, roster)
    assert opened.details.package_digest == sealed.digest
    assert [s.applicant_id for s in opened.read_sheets()] == ["A-001", "A-002"]
    assert opened.details.declarations.pledge_text.startswith("I will keep")


def test_roster_file_delivers_a_newer_roster(world: World, tmp_path: Path) -> None:
    current = world.verified_roster()
    sealed = build_roster_file(
        tmp_path / "roster.rdx", sender=world.operator, current=current,
        roster_data=world.roster_data(version=4), recipients=[world.e1.public], now=NOW,
    )  # fmt: skip
    roster, data = open_roster_file(sealed.path, world.e1, current, world.accepted_trust(), now=NOW)
    assert roster.version == 4 and data == world.roster_data(version=4)


def test_roster_file_with_an_older_roster_inside_is_refused(world: World, tmp_path: Path) -> None:
    current = world.verified_roster()
    sealed = build_roster_file(
        tmp_path / "roster.rdx", sender=world.operator, current=current,
        roster_data=world.roster_data(version=2), recipients=[world.e1.public], now=NOW,
    )  # fmt: skip
    with pytest.raises(ReviewdeskError) as caught:
        open_roster_file(sealed.path, world.e1, current, world.accepted_trust(), now=NOW)
    assert caught.value.code == "roster-older"
