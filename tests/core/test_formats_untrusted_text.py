"""Text from a package is untrusted even when signed (issue 7 item 9, FORMAT.md §6 "Text"):
a name that would disguise itself on screen (a bidirectional override, a control character,
a line break), an attachment name that names a folder, a media type that is not one, is
refused when the package is opened, with the field it sits in. Ordinary names in any
script, multi-line declarations and the files written before the rule stay readable."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from formats_tamper import reseal_blob0, resign_payload
from formats_world import World, make_package

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.errors import FormatError
from reviewdesk.core.formats.content import encode_scores, parse_scores
from reviewdesk.core.formats.package import open_package
from reviewdesk.core.formats.text_rules import TextKind, escape_for_display, text_problem
from reviewdesk.core.scoring.sheet import ScoreSheet, VetoClaim
from reviewdesk.messages import english_message

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def world() -> World:
    return World()


@pytest.fixture
def package(world: World, tmp_path: Path) -> Path:
    return make_package(world, tmp_path, round_name="2025年度北京国际科技合作基地定期评价").path


def _resign(world: World, package: Path, edit: Edit) -> None:
    """Change the manifest and sign it again with the commission's genuine key: the
    signature is good, only the text is hostile."""

    def change(payload: bytes) -> bytes:
        manifest = json.loads(payload)
        edit(manifest)
        return dumps_canonical(manifest)

    reseal_blob0(package, world.e1, resign_payload(world.operator, change))


def _set(path: tuple[Any, ...], value: str) -> Edit:
    def edit(manifest: dict[str, Any]) -> None:
        target: Any = manifest
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


HOSTILE = [
    # (what is changed, new text, field named in the refusal, a word of the reason)
    (("details", "round_name"), "评审\u202egpj.exe", "$.details.round_name", "U+202E"),
    (("details", "panel_name"), "Panel\u2066A\u2069", "$.details.panel_name", "U+2066"),
    (("details", "applicants", 0, "name"), "Lab\nSigned: OK", "$.details.applicants[0].name",
     "line break"),
    (("details", "applicants", 1, "name"), "Peking\u200f", "$.details.applicants[1].name",
     "U+200F"),
    (("details", "applicants", 0, "name"), "\x1b[2JInstitute", "$.details.applicants[0].name",
     "U+001B"),
    (("blobs", 2, "label", "name"), "../../.bashrc", "$.blobs[2].label.name", "'/'"),
    (("blobs", 2, "label", "name"), "..\\autorun.inf", "$.blobs[2].label.name", "'/'"),
    (("blobs", 2, "label", "name"), "..", "$.blobs[2].label.name", "dots only"),
    (("blobs", 2, "label", "name"), "a\u0085.pdf", "$.blobs[2].label.name", "U+0085"),
    (("blobs", 2, "label", "mime"), "text/html<script>", "$.blobs[2].label.mime", "media type"),
    (("blobs", 2, "label", "mime"), "application/" + "x" * 95, "$.blobs[2].label.mime",
     "longer than 100"),
]  # fmt: skip


@pytest.mark.parametrize(("where", "text", "field", "reason"), HOSTILE)
def test_a_signed_package_with_hostile_text_is_refused_naming_the_field(
    world: World, package: Path, where: tuple[Any, ...], text: str, field: str, reason: str
) -> None:
    _resign(world, package, _set(where, text))
    with pytest.raises(FormatError) as caught:
        open_package(package, world.e1, world.verified_roster())
    assert caught.value.code == "text-not-allowed"
    assert caught.value.detail["field"] == field
    assert reason in caught.value.detail["reason"]
    assert text not in caught.value.describe()  # the refusal never repeats the hostile text


def test_names_in_any_script_stay_readable(world: World, package: Path) -> None:
    names = ["科研类评审组 (第二组)", "Zürich — Ångström Lab", "👩‍🔬 Лаборатория", "O'Brien & Sons"]
    _resign(world, package, _set(("details", "panel_name"), names[0]))
    _resign(world, package, _set(("details", "applicants", 0, "name"), names[1]))
    _resign(world, package, _set(("details", "applicants", 1, "name"), names[2]))
    _resign(world, package, _set(("blobs", 2, "label", "name"), "申报书（盖章版）.v2.pdf"))
    _resign(world, package, _set(("blobs", 2, "label", "mime"), "text/plain; charset=utf-8"))
    opened = open_package(package, world.e1, world.verified_roster())
    details = opened.object.manifest.details
    assert [a.name for a in details.applicants] == names[1:3]  # type: ignore[union-attr]
    assert details.panel_name == names[0]  # type: ignore[union-attr]
    assert details.round_name == "2025年度北京国际科技合作基地定期评价"  # type: ignore[union-attr]


def _sheet(**text: Any) -> ScoreSheet:
    return ScoreSheet(
        expert_id="e" * 64,
        applicant_id="A-001",
        scores={},
        comments=text.get("comments", {}),
        overall_opinion=text.get("opinion", ""),
        vetoes=tuple(text.get("vetoes", ())),
        revision=1,
        signed=True,
    )


def test_multi_line_opinions_and_comments_keep_their_lines_and_tabs() -> None:
    sheet = _sheet(opinion="第一段。\n\n第二段：\t要点", comments={"c1": "行一\n行二"})
    (back,) = parse_scores(encode_scores([sheet]), expert="e" * 64, revision=1)
    assert back.overall_opinion == "第一段。\n\n第二段：\t要点"
    assert back.comments == {"c1": "行一\n行二"}


HOSTILE_SHEETS = [
    ({"opinion": "good\u202e"}, "$.sheets[0].opinion"),
    ({"comments": {"c1": "ok\rcarriage"}}, "$.sheets[0].comments.c1"),
    ({"vetoes": [{"item": "v1", "evidence": "see p. 3\x00"}]}, "$.sheets[0].vetoes[0].evidence"),
]


@pytest.mark.parametrize(("change", "field"), HOSTILE_SHEETS)
def test_free_text_in_score_sheets_refuses_controls_and_bidi(
    change: dict[str, Any], field: str
) -> None:
    sheet = {"applicant": "A-001", "scores": {}, "comments": {}, "opinion": "", "vetoes": []}
    data = dumps_canonical({"format": "reviewdesk-scores", "version": 1,
                            "sheets": [{**sheet, **change}]})  # fmt: skip
    with pytest.raises(FormatError) as caught:
        parse_scores(data, expert="e" * 64, revision=1)
    assert (caught.value.code, caught.value.detail["field"]) == ("text-not-allowed", field)


@pytest.mark.parametrize(("change", "field"), HOSTILE_SHEETS)
def test_an_expert_cannot_sign_text_the_chair_would_refuse(
    change: dict[str, Any], field: str
) -> None:
    text = {
        "opinion": change.get("opinion", ""),
        "comments": change.get("comments", {}),
        "vetoes": [VetoClaim(v["item"], v["evidence"]) for v in change.get("vetoes", [])],
    }
    with pytest.raises(FormatError) as caught:
        encode_scores([_sheet(**text)])
    assert (caught.value.code, caught.value.detail["field"]) == ("text-not-signable", field)
    assert caught.value.detail["applicant"] == "A-001"
    sentence = english_message(caught.value)
    assert sentence.startswith("A text for applicant A-001 cannot be signed")


def test_an_expert_cannot_sign_a_conflict_declaration_the_chair_would_refuse(
    world: World, tmp_path: Path
) -> None:
    from formats_world import NOW, declarations, sheets

    from reviewdesk.core.formats.score_file import build_score_file

    package = open_package(make_package(world, tmp_path).path, world.e1, world.verified_roster())
    hostile = declarations()
    conflict = replace(hostile.conflicts[0], text="关系说明\u202e")
    hostile = replace(hostile, conflicts=(conflict, *hostile.conflicts[1:]))
    with pytest.raises(FormatError) as caught:
        build_score_file(
            tmp_path / "score.rdx", expert=world.e1, package=package,
            sheets=sheets(world.e1.keyid, package), revision=1, declarations=hostile,
            roster=world.roster(), now=NOW,
        )  # fmt: skip
    assert not (tmp_path / "score.rdx").exists()
    assert caught.value.code == "text-not-signable"
    assert caught.value.detail["applicant"] == conflict.applicant


def test_the_commission_cannot_build_a_package_with_hostile_names(
    world: World, tmp_path: Path
) -> None:
    with pytest.raises(FormatError) as caught:
        make_package(world, tmp_path, round_name="评审\u202egpj.exe")
    assert caught.value.code == "manifest-text-not-signable"
    assert caught.value.detail["field"] == "$.details.round_name"
    assert not list(tmp_path.glob("*.rdx*"))  # nothing signed, nothing left behind


def test_the_rule_by_kind() -> None:
    assert text_problem("a\nb", TextKind.FREE) is None
    assert text_problem("a\nb", TextKind.NAME) is not None
    assert text_problem("a\u2028b", TextKind.NAME) is not None
    assert text_problem("a/b", TextKind.NAME) is None  # only file names name no folder
    assert text_problem("a/b", TextKind.FILE_NAME) is not None
    assert text_problem("...", TextKind.FILE_NAME) is not None
    assert text_problem(".hidden", TextKind.FILE_NAME) is None
    assert text_problem("application/pdf", TextKind.MIME) is None
    assert text_problem("pdf", TextKind.MIME) is not None


def test_escape_for_display_shows_what_is_hidden() -> None:
    assert escape_for_display("abc\u202eexe.jpg") == "abc\\u202eexe.jpg"
    assert escape_for_display("\x1b[31mred") == "\\u001b[31mred"
    assert escape_for_display("two\nlines") == "two\\u000alines"
    assert escape_for_display("two\nlines\t", multiline=True) == "two\nlines\t"
    assert escape_for_display("北京 <b>&</b>") == "北京 <b>&</b>"  # plain text is left alone
