"""Property-based fuzzing of the container and manifest parsers: whatever the bytes, only the
format's own errors (ReviewdeskError subclasses) come out — never an IndexError, a
MemoryError, a UnicodeError or a hang."""

from __future__ import annotations

import contextlib
import io
import json
import struct
from pathlib import Path
from typing import Any

import pytest
from formats_world import World, make_package
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.core.formats.container import MAGIC, read_index
from reviewdesk.core.formats.content import parse_assignments, parse_scores
from reviewdesk.core.formats.manifest import parse_manifest
from reviewdesk.core.formats.package import open_package

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def world() -> World:
    return World()


@pytest.fixture(scope="module")
def sample(world: World, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A real package and its manifest bytes."""
    folder = tmp_path_factory.mktemp("fuzz")
    sealed = make_package(world, folder)
    return sealed.path, sealed.manifest.to_bytes()


def _index(data: bytes) -> None:
    with contextlib.suppress(ReviewdeskError):
        read_index(io.BytesIO(data), "fuzz.rdx")


@FUZZ
@given(st.binary(max_size=200))
def test_container_index_of_random_bytes(data: bytes) -> None:
    _index(data)
    _index(MAGIC + data)


@FUZZ
@given(
    kind=st.integers(0, 255),
    count=st.integers(0, 65535),
    lengths=st.lists(st.integers(0, 2**64 - 1), max_size=6),
    tail=st.binary(max_size=64),
)
def test_container_index_of_hostile_headers(
    kind: int, count: int, lengths: list[int], tail: bytes
) -> None:
    head = MAGIC + bytes([kind]) + struct.pack(">H", count)
    _index(head + b"".join(struct.pack(">Q", n) for n in lengths) + tail)


@FUZZ
@given(data=st.data())
def test_container_index_of_mutated_real_files(data: st.DataObject, sample: Any) -> None:
    real = sample[0].read_bytes()[:4096]  # header, blob-0 length and the start of blob 0
    at = data.draw(st.integers(0, 24))
    value = data.draw(st.integers(0, 255))
    _index(real[:at] + bytes([value]) + real[at + 1 :])


def _manifest(data: bytes) -> None:
    with contextlib.suppress(ReviewdeskError):
        parse_manifest(data, "fuzz")


@FUZZ
@given(st.binary(max_size=300))
def test_manifest_parser_on_random_bytes(data: bytes) -> None:
    _manifest(data)


@pytest.mark.parametrize("escape", [b"\\ud800", b"\\udfff", b"\\ud800\\u0041"])
def test_lone_surrogate_escapes_are_format_errors(escape: bytes, sample: Any) -> None:
    with pytest.raises(ReviewdeskError) as caught:
        parse_manifest(b'{"format":"' + escape + b'"}')
    assert caught.value.code == "manifest-invalid"
    manifest = sample[1].replace(b'"round":"2025-EVAL"', b'"round":"' + escape + b'"')
    with pytest.raises(ReviewdeskError):
        parse_manifest(manifest)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(data=st.data())
def test_manifest_parser_on_real_manifests_with_one_field_replaced(
    data: st.DataObject, sample: Any
) -> None:
    manifest = json.loads(sample[1])
    paths = list(_paths(manifest))
    path = data.draw(st.sampled_from(paths))
    _set(manifest, path, data.draw(json_values))
    _manifest(dumps_canonical(manifest))


@FUZZ
@given(data=st.data())
def test_manifest_parser_on_real_manifests_with_bytes_changed(
    data: st.DataObject, sample: Any
) -> None:
    raw = bytearray(sample[1])
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    _manifest(bytes(raw))


@FUZZ
@given(json_values)
def test_content_parsers_on_random_documents(value: Any) -> None:
    for document in (
        value,
        {"format": "reviewdesk-scores", "version": 1, "sheets": value},
        {"format": "reviewdesk-assignments", "version": 1, "assignments": value},
    ):
        raw = dumps_canonical(document)
        for parse in (parse_assignments, lambda d: parse_scores(d, expert="e", revision=1)):
            with contextlib.suppress(ReviewdeskError):
                parse(raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_opening_a_package_with_any_byte_changed(
    data: st.DataObject, world: World, sample: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    real = sample[0].read_bytes()
    blob0_end = 16 + len(_blob0(real))
    at = data.draw(st.integers(0, blob0_end - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != real[at]))
    path = tmp_path_factory.mktemp("mut") / "p.rdx"
    path.write_bytes(real[:at] + bytes([value]) + real[at + 1 :])
    with pytest.raises(ReviewdeskError):
        open_package(path, world.e1, world.verified_roster())


def _blob0(container: bytes) -> bytes:
    (length,) = struct.unpack(">Q", container[8:16])
    return container[16 : 16 + length]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Any:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*prefix, i))


def _set(root: Any, path: tuple[Any, ...], value: Any) -> None:
    if not path:
        return
    target = root
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
