from __future__ import annotations

import pytest

from reviewdesk.core.canonical import dumps_canonical, loads_strict
from reviewdesk.core.errors import InputError


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"a": 1, "a": 2}', "duplicate key"),
        (b'{"a": 1.5}', "binary float"),
        (b'{"a": NaN}', "NaN"),
        (b'\xff{"a": 1}', "not UTF-8"),
        (b'{"a": ["\\ud800"]}', "lone surrogate"),
        (b'{"\\udfff": 1}', "lone surrogate"),
    ],
)
def test_strict_parsing_refuses_what_readers_could_disagree_on(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        loads_strict(data, "x.json")
    assert info.value.code == "bad-json" and reason in info.value.detail["reason"]


def test_surrogate_pairs_are_fine_and_canonical_form_is_stable() -> None:
    value = loads_strict(b'{"b": "\\ud83d\\ude00", "a": [1, "\\u4e2d"]}')
    assert dumps_canonical(value) == '{"a":[1,"中"],"b":"😀"}'.encode()
