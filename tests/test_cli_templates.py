from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.resources import resource_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("reviewdesk 0.")


def test_version_answers_without_loading_the_core() -> None:
    """``--version`` is what an installer's smoke check runs: it must not wait a second for
    the database layer and every command's core to import."""
    import subprocess
    import sys

    code = "import sys, reviewdesk.cli as c\nc.main(['--version'])\n"
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic',"
    code += " 'cryptography', 'reportlab', 'PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    from reviewdesk import __version__

    assert out.stdout.splitlines() == [f"reviewdesk {__version__}", "[]"]


def test_list_shows_all_eight_forms(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "list")
    assert code == 0
    for kind in ("recognition", "evaluation"):
        for category in ("park", "research", "platform", "enterprise"):
            assert f"{kind}-{category}" in out


def test_list_json_carries_full_fingerprints(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 8
    assert all(len(row["sha256"]) == 64 for row in rows)
    assert len({row["sha256"] for row in rows}) == 8


def test_show_by_id_and_by_fingerprint_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "show", "evaluation-research")
    assert code == 0 and "科研类" in out and "trimmed-mean" in out
    sha = next(
        r["sha256"]
        for r in json.loads(run(capsys, "templates", "list", "--json")[1])
        if r["id"] == "evaluation-research"
    )
    code, out, _ = run(capsys, "templates", "show", sha[:10], "--json")
    assert code == 0 and json.loads(out)["template_id"] == "evaluation-research"


def test_show_unknown_form_fails_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "templates", "show", "evaluation-moon")
    assert code == 1 and out == ""
    assert "template-not-found" in err and "evaluation-moon" in err


def test_check_accepts_a_valid_form(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "templates", "check", str(resource_path("templates", "recognition-park.json"))
    )
    assert code == 0 and out.startswith("valid: recognition-park")


def test_check_names_the_broken_field(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    document = json.loads(resource_path("templates", "evaluation-park.json").read_text("utf-8"))
    document["criteria"][2]["max"] = "21"  # the maxima no longer add up, and 21 breaks nothing else
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "templates", "check", str(broken))
    assert code == 1 and out == ""
    assert "template-invalid" in err and str(broken) in err and "criteria" in err
