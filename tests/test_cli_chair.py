"""``reviewdesk chair open|import|status|log|decide|finalise`` drive the chair desk from a
script: the same panel as the core tests, to a finalised bundle that ``reviewdesk verify``
accepts with a commission key."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from chair_world import ChairWorld, make_chair_world

from reviewdesk.cli import main
from reviewdesk.core.crypto.roster import save_trust
from reviewdesk.core.home.first_run import pin_roster
from reviewdesk.core.home.settings import Home

PASSPHRASE = "chair passphrase for tests"


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[ChairWorld, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("cli-chair")
    world = make_chair_world(folder / "world")
    files = world.score_files()
    home = Home(folder / "chair-home").ensure()
    world.save_identity("chair", home.identity_path, PASSPHRASE)
    pin_roster(world.folder / "roster.json", home.trust_path, world.now)
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    audit = world.save_identity("audit", folder / "audit.age", PASSPHRASE)
    trust = folder / "trust.json"
    save_trust(world.trust(), trust)
    paper = folder / "paper.json"
    sheet = world.paper_sheet()
    paper.write_text(json.dumps({
        "expert": world.keyid("e7")[:12], "applicant": sheet.applicant_id,
        "scores": {k: str(v) for k, v in sheet.scores.items()},
        "comments": dict(sheet.comments), "opinion": sheet.overall_opinion,
    }, ensure_ascii=False))  # fmt: skip
    return world, {"home": home.root, "pass": secret, "audit": audit, "trust": trust,
                   "paper": paper, "scores": files["e1"].parent, "out": folder / "out",
                   "tampered": files["tampered"]}  # fmt: skip


def run(paths: dict[str, Path], capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, Any]:
    status = main([*words, "--home", str(paths["home"]), "--passphrase-file", str(paths["pass"]),
                   "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    return status, (json.loads(out) if status == 0 else err)


def test_a_chair_runs_the_whole_panel_from_the_command_line(
    setup: tuple[ChairWorld, dict[str, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    world, paths = setup
    status, opened = run(paths, capsys, "chair", "open", str(world.chair_package))
    assert status == 0 and opened["panel_name"] == "科研类第一评审组"  # type: ignore[index]
    assert len(opened["experts"]) == 7  # type: ignore[index, arg-type]

    status, imported = run(paths, capsys, "chair", "import", str(paths["scores"]))
    verdicts = {Path(v["file"]).name: v for v in imported["verdicts"]}  # type: ignore[index]
    assert verdicts["foreign.rdx"]["verdict"] == "rejected"
    assert verdicts["foreign.rdx"]["code"] == "score-wrong-panel"
    assert verdicts["tampered.rdx"]["verdict"] == "rejected"
    assert sorted(v["verdict"] for v in verdicts.values()).count("accepted") == 8
    status, again = run(paths, capsys, "chair", "import", str(paths["scores"]))
    assert "accepted" not in {v["verdict"] for v in again["verdicts"]}  # type: ignore[index]

    status, err = run(paths, capsys, "chair", "finalise", "--out", str(paths["out"]))
    assert status == 1 and "chair-not-ready" in str(err)
    status, err = run(paths, capsys, "chair", "decide", "grade", "R-09", "good")
    assert status == 1 and "decision-reason-required" in str(err)

    status, _ = run(paths, capsys, "chair", "decide", "paper-sheet", str(paths["paper"]),
                    "--note", "吴芳专家现场纸质评分。")  # fmt: skip
    assert status == 0
    run(paths, capsys, "chair", "decide", "grade", "R-09", "良好", "--reason", "现场答辩补充材料。")
    run(paths, capsys, "chair", "decide", "opinion", "R-01", "--text", "国际合作成效突出。")
    status, report = run(paths, capsys, "chair", "status")
    assert report["applicants"][8]["published_grade"] == "good"  # type: ignore[index]
    assert report["applicants"][8]["computed_grade"] == "qualified"  # type: ignore[index]
    for blocker in report["blockers"]:  # type: ignore[index]
        words = {
            "undecided-veto": ("veto", blocker["applicant"], blocker["subject"], "confirm",
                               "--reason", "核实属实。"),
            "unresolved-flag": ("resolve-flag", blocker["applicant"], blocker["subject"],
                                "--note", "专家组已讨论。"),
            "equivocation-alarm": ("alarm", blocker["subject"], "--note", "专家确认第一份。"),
        }[blocker["kind"]]  # fmt: skip
        status, _ = run(paths, capsys, "chair", "decide", *words)
        assert status == 0, words
    status, report = run(paths, capsys, "chair", "status")
    assert report["ready"] is True  # type: ignore[index]

    status, done = run(paths, capsys, "chair", "finalise", "--out", str(paths["out"]))
    assert status == 0, done
    bundle = Path(done["bundle"])  # type: ignore[index]
    assert Path(done["report"]).exists() and Path(done["workbook"]).exists()  # type: ignore[index]

    status, log = run(paths, capsys, "chair", "log")
    assert [e["sequence"] for e in log["entries"]] == list(range(1, 2 * len(verdicts) + 1))  # type: ignore[index]

    verify = main(["verify", str(bundle), "--identity", str(paths["audit"]), "--passphrase-file",
                   str(paths["pass"]), "--roster", str(world.folder / "roster.json"),
                   "--trust", str(paths["trust"]), "--json"])  # fmt: skip
    checked = json.loads(capsys.readouterr().out)
    assert verify == 0, checked
    signatures = [c for c in checked["checks"] if c["check"] == "expert signatures"]
    assert signatures[0]["status"] == "ok" and signatures[0]["detail"].startswith("7 ")

    status, err = run(paths, capsys, "chair", "decide", "opinion", "R-02", "--text", "晚了")
    assert status == 1 and "chair-version-finalised" in str(err)
    status, second = run(paths, capsys, "chair", "finalise", "--out", str(paths["out"]),
                         "--reopen", "委员会退回修改。")  # fmt: skip
    assert status == 0 and second["version"] == 2  # type: ignore[index]


def test_no_panel_opened_is_a_sentence_not_a_traceback(
    setup: tuple[ChairWorld, dict[str, Path]], capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:  # fmt: skip
    world, paths = setup
    home = Home(tmp_path / "empty").ensure()
    world.save_identity("chair", home.identity_path, PASSPHRASE)
    status = main(["chair", "status", "--home", str(home.root), "--passphrase-file",
                   str(paths["pass"])])  # fmt: skip
    assert status == 1
    assert "chair-panel-unknown" in capsys.readouterr().err


@pytest.fixture
def fresh(
    setup: tuple[ChairWorld, dict[str, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, Path]:
    """A second chair home on the same world, the panel opened and its files imported."""
    world, paths = setup
    home = Home(tmp_path / "chair-home").ensure()
    world.save_identity("chair", home.identity_path, PASSPHRASE)
    pin_roster(world.folder / "roster.json", home.trust_path, world.now)
    mine = {**paths, "home": home.root, "out": tmp_path / "out"}
    assert main(["chair", "open", str(world.chair_package), "--home", str(home.root),
                 "--passphrase-file", str(paths["pass"]), "--json"]) == 0  # fmt: skip
    capsys.readouterr()
    return mine


def test_each_refused_file_says_why_and_a_refused_finalise_names_every_blocker(
    fresh: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, imported = run(fresh, capsys, "chair", "import", str(fresh["scores"]))
    verdicts = {Path(v["file"]).name: v for v in imported["verdicts"]}  # type: ignore[index]
    foreign = verdicts["foreign.rdx"]
    assert foreign["reason"].endswith("belongs to panel P2, not to panel P1.")
    assert foreign["detail"] == {"expected": "P1", "found": "P2"}
    assert "damaged or was altered" in verdicts["tampered.rdx"]["reason"]
    assert {v["reason"] for v in verdicts.values() if v["verdict"] == "accepted"} == {None}
    main(["chair", "import", str(fresh["scores"]), "--home", str(fresh["home"]),
          "--passphrase-file", str(fresh["pass"])])  # fmt: skip
    text = capsys.readouterr().out
    assert "foreign.rdx belongs to panel P2, not to panel P1." in text
    assert "revision 1 already imported" in text

    status, report = run(fresh, capsys, "chair", "status")
    expected = report["blockers"]  # type: ignore[index]
    assert len(expected) > 1
    status = main(["chair", "finalise", "--out", str(fresh["out"]), "--home", str(fresh["home"]),
                   "--passphrase-file", str(fresh["pass"]), "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 1 and "chair-not-ready" in err
    refused = json.loads(out)
    assert refused["finalised"] is False and refused["blockers"] == expected
    about_experts = [b for b in refused["blockers"] if b["subject"].startswith("missing-sheet:")]
    assert about_experts and all(b["expert_name"] for b in about_experts)
    main(["chair", "finalise", "--out", str(fresh["out"]), "--home", str(fresh["home"]),
          "--passphrase-file", str(fresh["pass"])])  # fmt: skip
    err = capsys.readouterr().err
    assert f"{len(expected)} matters block finalising:" in err
    for blocker in expected:
        assert blocker["subject"] in err


def test_a_finalised_panel_is_reopened_as_a_numbered_version_and_changed(
    setup: tuple[ChairWorld, dict[str, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    """After the whole-panel test: version 2 is finalised."""
    world, paths = setup
    status, err = run(paths, capsys, "chair", "finalise", "--out", str(paths["out"]))
    assert status == 1 and "chair-version-finalised" in str(err)  # not "unresolved"
    status, reopened = run(paths, capsys, "chair", "reopen", "--reason", "委员会要求补充意见。")
    assert status == 0 and reopened["version"] == 3  # type: ignore[index]
    status, _ = run(paths, capsys, "chair", "decide", "opinion", "R-02", "--text", "补充意见。")
    assert status == 0
    status, report = run(paths, capsys, "chair", "status")
    versions = report["versions"]  # type: ignore[index]
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert [v["finalised_at"] is not None for v in versions] == [True, True, False]
    assert versions[2]["reopen_reason"] == "委员会要求补充意见。"
    paper = {r["applicant"]: r["paper_sheets"] for r in report["applicants"]}  # type: ignore[index]
    [entered] = paper[world.paper_sheet().applicant_id]
    assert (entered["expert_name"], entered["note"]) == ("吴芳", "吴芳专家现场纸质评分。")
    quota = report["quota"]  # type: ignore[index]
    graded = [r for r in report["applicants"] if r["published_grade"]]  # type: ignore[index]
    assert quota["graded"] == len(graded) and set(quota) >= {"allowed", "excellent", "demoted"}
    main(["chair", "status", "--home", str(paths["home"]), "--passphrase-file", str(paths["pass"])])
    assert (
        "paper sheet of 吴芳, entered by the chair: 吴芳专家现场纸质评分。"
        in capsys.readouterr().out
    )
    status, done = run(paths, capsys, "chair", "finalise", "--out", str(paths["out"]))
    assert status == 0 and done["version"] == 3  # type: ignore[index]
    assert Path(done["bundle"]).name.endswith("_v3.result.rdx")  # type: ignore[index]
