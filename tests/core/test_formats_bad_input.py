"""Bad input, layer by layer (DESIGN §3 "Bad input"): every damaged or forged package is
refused with its own error code, and nothing is written anywhere — no plaintext, no temp
file. Bindings, imports, rosters and type confusion: test_formats_bad_bindings.py."""

from __future__ import annotations

import json
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from formats_tamper import (
    CHUNK,
    blob_offset,
    change_b64,
    edit_blobs,
    flip,
    join_age,
    read_blobs,
    reseal_blob0,
    resign_payload,
    split_age,
    tiny_container,
    write_blobs,
)
from formats_world import World, make_package, write_file

from reviewdesk.core.crypto import X25519Identity, encrypt_bytes
from reviewdesk.core.crypto.dsse import Envelope, Signature, encode_envelope, pae, parse_envelope
from reviewdesk.core.crypto.identity import load_identity, save_identity
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.formats.container import MAX_BLOB0_SIZE, ContainerKind
from reviewdesk.core.formats.manifest import PAYLOAD_TYPE
from reviewdesk.core.formats.package import AttachmentInput, OpenedPackage, open_package

BIG = 3 * 64 * 1024 + 100  # three full chunks and a short final one


@pytest.fixture(scope="module")
def world() -> World:
    return World()


@pytest.fixture
def package(world: World, tmp_path: Path) -> Path:
    """A package for e1 with a 4-chunk attachment (blob 3) and a small one (blob 4)."""
    src = tmp_path / "src"
    src.mkdir()
    attachments = [
        AttachmentInput("A-001", write_file(src, "big.pdf", BIG, seed=3)),
        AttachmentInput("A-002", write_file(src, "small.pdf", 5000, seed=5)),
    ]
    work = tmp_path / "work"
    work.mkdir()
    return make_package(world, work, attachments=attachments).path


def _listing(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


@pytest.fixture
def refuses(
    world: World, package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., ReviewdeskError]]:
    """``refuses(code, action=open)``: the action raises ``code``, and neither the work
    folder nor the temp folder gains a file."""
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    folders = [package.parent, private_tmp]

    def check(code: str, action: Callable[[], object] | None = None) -> ReviewdeskError:
        before = [_listing(f) for f in folders]
        act = action or (lambda: open_package(package, world.e1, world.verified_roster()))
        with pytest.raises(ReviewdeskError) as caught:
            act()
        assert caught.value.code == code, caught.value.describe()
        assert [_listing(f) for f in folders] == before
        return caught.value

    yield check


def _read(world: World, package: Path, number: int) -> Callable[[], bytes]:
    def read() -> bytes:
        opened: OpenedPackage = open_package(package, world.e1, world.verified_roster())
        return opened.read_attachment(number)

    return read


def _truncate(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


# -- the container ----------------------------------------------------------------------


def test_truncated_in_the_magic(package: Path, refuses: Callable[..., object]) -> None:
    _truncate(package, 3)
    refuses("container-header-truncated")


def test_truncated_in_the_blob_count(package: Path, refuses: Callable[..., object]) -> None:
    _truncate(package, 7)
    refuses("container-header-truncated")


def test_truncated_in_blob_zero_length(package: Path, refuses: Callable[..., object]) -> None:
    _truncate(package, 12)
    error = refuses("container-truncated")
    assert error.detail == {"part": "length", "blob": 0}


def test_truncated_inside_blob_zero(package: Path, refuses: Callable[..., object]) -> None:
    _truncate(package, blob_offset(package, 0) + 100)
    error = refuses("container-truncated")
    assert error.detail == {"part": "blob", "blob": 0}


def test_truncated_in_a_content_blob_length(package: Path, refuses: Callable[..., object]) -> None:
    _truncate(package, blob_offset(package, 2) - 3)
    assert refuses("container-truncated").detail == {"part": "length", "blob": 2}


def test_truncated_on_a_chunk_boundary_names_the_blob(
    package: Path, refuses: Callable[..., object]
) -> None:
    header, nonce, _ = split_age(read_blobs(package)[1][3])
    _truncate(package, blob_offset(package, 3) + len(header) + len(nonce) + 2 * CHUNK)
    assert refuses("container-truncated").detail == {"part": "blob", "blob": 3}


def test_trailing_bytes(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(package.read_bytes() + b"\0")
    refuses("container-trailing-data")


def test_not_a_container(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(b"%PDF-1.7\n" + bytes(100))
    refuses("container-not-rdx")


def test_unknown_kind_byte(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(tiny_container(99, 1, [10]))
    refuses("container-kind-unknown")


def test_no_blobs(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(tiny_container(1, 0, []))
    refuses("container-no-blobs")


def test_absurd_blob_count_fails_fast_without_allocating(
    package: Path, refuses: Callable[..., object]
) -> None:
    package.write_bytes(tiny_container(1, 65535, [10]))
    tracemalloc.start()
    refuses("container-too-many-blobs")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1024 * 1024


def test_absurd_blob_length_fails_fast_without_allocating(
    package: Path, refuses: Callable[..., object]
) -> None:
    package.write_bytes(tiny_container(1, 2, [10, 2**63]))
    tracemalloc.start()
    error = refuses("container-blob-too-large")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert error.detail["blob"] == 1 and peak < 1024 * 1024


def test_blob_zero_above_its_cap(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(tiny_container(1, 1, [MAX_BLOB0_SIZE + 1]))
    refuses("container-blob-too-large")


def test_length_beyond_the_end_of_the_file(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(tiny_container(1, 1, [1000]))
    refuses("container-truncated")


def test_empty_blob(package: Path, refuses: Callable[..., object]) -> None:
    package.write_bytes(tiny_container(1, 2, [10, 0], size=8 + 16 + 10))
    refuses("container-blob-empty")


# -- age inside blob 0 --------------------------------------------------------------------


def test_flipped_bit_in_the_header_mac(package: Path, refuses: Callable[..., object]) -> None:
    blob0 = read_blobs(package)[1][0]
    at = blob0.index(b"\n--- ") + 6
    edit_blobs(package, lambda b: [change_b64(b[0], at), *b[1:]])
    refuses("age-header-mac")


def test_flipped_bit_in_the_recipient_stanza(package: Path, refuses: Callable[..., object]) -> None:
    blob0 = read_blobs(package)[1][0]
    at = blob0.index(b"\n", blob0.index(b"-> X25519")) + 3  # in the wrapped file key
    edit_blobs(package, lambda b: [change_b64(b[0], at), *b[1:]])
    refuses("age-no-identity-matched")


def test_flipped_bit_in_blob_zero_payload(package: Path, refuses: Callable[..., object]) -> None:
    edit_blobs(package, lambda b: [flip(b[0], len(b[0]) - 20), *b[1:]])
    refuses("age-payload-auth")


def test_wrong_recipient(world: World, package: Path, refuses: Callable[..., object]) -> None:
    refuses("age-no-identity-matched", lambda: open_package(package, world.e2, world.roster()))


def test_low_order_share_in_the_stanza(package: Path, refuses: Callable[..., object]) -> None:
    blob0 = read_blobs(package)[1][0]
    start = blob0.index(b"-> X25519 ") + len(b"-> X25519 ")
    zero_share = b"A" * 43  # base64 of 32 zero bytes: a low-order point
    edit_blobs(package, lambda b: [b[0][:start] + zero_share + b[0][start + 43 :], *b[1:]])
    refuses("age-stanza-invalid")


def test_wrong_passphrase_for_the_identity_file(
    world: World, tmp_path: Path, refuses: Callable[..., object]
) -> None:
    path = tmp_path / "me.identity"
    save_identity(world.e1, path, "correct horse", work_factor=10)
    refuses("identity-bad-passphrase", lambda: load_identity(path, "battery staple"))


# -- age inside a content blob: the summary opens, the attachment is refused ------------------


def _edit_attachment(package: Path, edit: Callable[[bytes], bytes], blob: int = 3) -> None:
    edit_blobs(package, lambda b: [*b[:blob], edit(b[blob]), *b[blob + 1 :]])


def test_attachment_truncated_exactly_on_a_chunk_boundary(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    def cut(blob: bytes) -> bytes:
        header, nonce, chunks = split_age(blob)
        return join_age(header, nonce, chunks[:2])

    _edit_attachment(package, cut)
    error = refuses("age-truncated", _read(world, package, 0))
    assert error.detail["part"] == "payload"


@pytest.mark.parametrize("chunk", [0, 1, 3])
def test_flipped_bit_in_any_attachment_chunk(
    world: World, package: Path, refuses: Callable[..., object], chunk: int
) -> None:
    def damage(blob: bytes) -> bytes:
        header, nonce, chunks = split_age(blob)
        chunks[chunk] = flip(chunks[chunk], 7, 3)
        return join_age(header, nonce, chunks)

    _edit_attachment(package, damage)
    assert refuses("age-payload-auth", _read(world, package, 0)).detail["chunk"] == chunk


def test_flipped_bit_in_an_attachment_header_mac(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _edit_attachment(package, lambda b: change_b64(b, b.index(b"\n--- ") + 8))
    refuses("age-header-mac", _read(world, package, 0))


@pytest.mark.parametrize(
    "reshape",
    [
        pytest.param(lambda c: [c[1], c[0], *c[2:]], id="reordered"),
        pytest.param(lambda c: [c[0], c[0], *c[1:]], id="duplicated"),
        pytest.param(lambda c: [c[0], *c[2:]], id="dropped"),
    ],
)
def test_reordered_duplicated_or_dropped_chunks(
    world: World,
    package: Path,
    refuses: Callable[..., object],
    reshape: Callable[[list[bytes]], list[bytes]],
) -> None:
    def edit(blob: bytes) -> bytes:
        header, nonce, chunks = split_age(blob)
        return join_age(header, nonce, reshape(chunks))

    _edit_attachment(package, edit)
    refuses("age-payload-auth", _read(world, package, 0))


# -- whole blobs ------------------------------------------------------------------------


def test_reordered_content_blobs(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    edit_blobs(package, lambda b: [*b[:3], b[4], b[3]])
    refuses("blob-hash-mismatch", _read(world, package, 1))


def test_duplicated_content_blob(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    edit_blobs(package, lambda b: [*b[:4], b[3]])
    refuses("blob-hash-mismatch", _read(world, package, 1))


def test_dropped_content_blob(package: Path, refuses: Callable[..., object]) -> None:
    edit_blobs(package, lambda b: b[:4])
    refuses("blob-count-mismatch")


def test_extra_content_blob(package: Path, refuses: Callable[..., object]) -> None:
    edit_blobs(package, lambda b: [*b, b[4]])
    refuses("blob-count-mismatch")


def test_blob_zero_moved_behind_a_content_blob(
    package: Path, refuses: Callable[..., object]
) -> None:
    edit_blobs(package, lambda b: [b[1], b[0], *b[2:]])
    refuses("envelope-invalid")  # the template decrypts, but is no signed envelope


def test_blob_swapped_in_from_another_valid_package(
    world: World, package: Path, tmp_path: Path, refuses: Callable[..., object]
) -> None:
    other_src = tmp_path / "other"
    other_src.mkdir()
    small = write_file(other_src, "small.pdf", 5000, seed=5)  # the same bytes
    other = make_package(world, other_src, attachments=[
        AttachmentInput("A-001", small), AttachmentInput("A-002", small)
    ])  # fmt: skip
    foreign = read_blobs(other.path)[1][4]
    edit_blobs(package, lambda b: [*b[:4], foreign])
    assert refuses("blob-hash-mismatch", _read(world, package, 1)).detail["which"] == "ciphertext"


def test_manifest_swapped_in_from_another_package(
    world: World, package: Path, tmp_path: Path, refuses: Callable[..., object]
) -> None:
    other_src = tmp_path / "other"
    other_src.mkdir()
    other = make_package(world, other_src, attachments=[
        AttachmentInput("A-001", write_file(other_src, "x", BIG, seed=3)),
        AttachmentInput("A-002", write_file(other_src, "y", 5000, seed=5)),
    ])  # fmt: skip
    foreign_blob0 = read_blobs(other.path)[1][0]
    edit_blobs(package, lambda b: [foreign_blob0, *b[1:]])
    refuses("blob-hash-mismatch", _read(world, package, 0))


# -- the signed envelope and the manifest -----------------------------------------------------


def test_flipped_bit_in_the_signature(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    def damage(envelope: bytes) -> bytes:
        e = parse_envelope(envelope)
        sig = Signature(e.signatures[0].keyid, flip(e.signatures[0].sig, 10))
        return encode_envelope(Envelope(e.payload_type, e.payload, (sig,)))

    reseal_blob0(package, world.e1, damage)
    refuses("signature-invalid")


def test_flipped_bit_in_the_manifest(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    def damage(envelope: bytes) -> bytes:
        e = parse_envelope(envelope)
        payload = e.payload.replace(b'"size":5000', b'"size":5001')
        return encode_envelope(Envelope(e.payload_type, payload, e.signatures))

    reseal_blob0(package, world.e1, damage)
    refuses("signature-invalid")


def test_forged_envelope_made_with_only_public_keys(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    forger = X25519Identity.generate()  # stands for any key the forger owns
    del forger

    def forge(envelope: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        e = parse_envelope(envelope)
        payload = e.payload.replace(b"Tsinghua", b"Forgedhua")
        own_key = Ed25519PrivateKey.generate()
        sig = Signature(world.operator.keyid, own_key.sign(pae(PAYLOAD_TYPE, payload)))
        return encode_envelope(Envelope(PAYLOAD_TYPE, payload, (sig,)))

    reseal_blob0(package, world.e1, forge)
    refuses("signature-invalid")


def test_unsigned_envelope(world: World, package: Path, refuses: Callable[..., object]) -> None:
    def strip(envelope: bytes) -> bytes:
        e = parse_envelope(envelope)
        return encode_envelope(Envelope(e.payload_type, e.payload, ()))

    reseal_blob0(package, world.e1, strip)
    refuses("envelope-invalid")


def test_envelope_of_another_payload_type(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    other_type = "application/vnd.reviewdesk.roster+json"
    reseal_blob0(package, world.e1, resign_payload(world.operator, lambda p: p, other_type))
    refuses("payload-type-mismatch")


def _resign_manifest(world: World, package: Path, edit: Callable[[dict], dict]) -> None:  # type: ignore[type-arg]
    def change(payload: bytes) -> bytes:
        from reviewdesk.core.canonical import dumps_canonical

        return dumps_canonical(edit(json.loads(payload)))

    reseal_blob0(package, world.e1, resign_payload(world.operator, change))


def test_non_utf8_manifest(world: World, package: Path, refuses: Callable[..., object]) -> None:
    edit = resign_payload(world.operator, lambda p: p.replace(b"Tsinghua", b"Tsing\xffhua"))
    reseal_blob0(package, world.e1, edit)
    assert "UTF-8" in refuses("manifest-invalid").detail["reason"]


def test_duplicate_key_manifest(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    edit = resign_payload(
        world.operator, lambda p: p.replace(b'{"blobs"', b'{"round":"X","blobs"', 1)
    )
    reseal_blob0(package, world.e1, edit)
    assert "duplicate" in refuses("manifest-invalid").detail["reason"]


def test_manifest_not_in_canonical_form(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    reseal_blob0(package, world.e1, resign_payload(world.operator, lambda p: p + b" "))
    refuses("manifest-invalid")


def test_manifest_with_an_unknown_field(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _resign_manifest(world, package, lambda m: {**m, "comment": "extra"})
    assert refuses("manifest-invalid").detail["field"] == "$.comment"


def test_manifest_of_a_future_version(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _resign_manifest(world, package, lambda m: {**m, "version": 2})
    refuses("manifest-version-unsupported")


def test_manifest_sender_is_not_the_signer(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _resign_manifest(world, package, lambda m: {**m, "sender": world.audit.keyid})
    refuses("sender-mismatch")


def test_manifest_that_does_not_name_the_reader(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _resign_manifest(world, package, lambda m: {**m, "recipients": [world.operator.keyid]})
    refuses("not-a-recipient")


def test_manifest_from_a_newer_roster(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _resign_manifest(world, package, lambda m: {**m, "roster_version": 9})
    refuses("roster-outdated")


def test_template_hash_not_the_template_blob(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    _resign_manifest(world, package, lambda m: {**m, "template_sha256": "ab" * 32})
    refuses("template-mismatch")


def test_blob_zero_encrypted_to_someone_else_only(
    world: World, package: Path, refuses: Callable[..., object]
) -> None:
    edit_blobs(package, lambda b: [encrypt_bytes(b"{}", [world.e2.public.recipient]), *b[1:]])
    refuses("age-no-identity-matched")


def test_write_blobs_round_trips(package: Path) -> None:
    kind, blobs = read_blobs(package)
    before = package.read_bytes()
    write_blobs(package, kind, blobs)
    assert package.read_bytes() == before and kind is ContainerKind.PACKAGE
