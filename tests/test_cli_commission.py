"""``reviewdesk commission …`` from a script, end to end: keys and roster (two of three root
keys, one at a time), enrolments, a round with its applicants and materials, a panel, the
proposal and its check, the build — with ``--json`` and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from commission_world import small_pdf

from reviewdesk.cli import main
from reviewdesk.core.crypto.age_keys import X25519Recipient
from reviewdesk.core.crypto.identity import Identity, make_enrolment
from reviewdesk.core.crypto.roster import read_roster
from reviewdesk.core.domain import Role
from reviewdesk.core.formats.chair_package import open_chair_package
from reviewdesk.core.formats.package import open_package

TEST_KEYS = ["--work-factor", "10", "--insecure-test-keys"]


class Cli:
    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder = folder
        self.capsys = capsys
        self.work = folder / "work"

    def run(self, *words: str | Path) -> tuple[int, Any, str]:
        self.capsys.readouterr()
        status = main(["commission", *map(str, words), "--workdir", str(self.work), "--json"])
        out, err = self.capsys.readouterr()
        return status, json.loads(out) if out.strip() else None, err

    def ok(self, *words: str | Path) -> Any:
        status, value, err = self.run(*words)
        assert status == 0, err
        return value

    def secret(self, name: str) -> Path:
        path = self.folder / f"{name}.pass"
        path.write_text(f"passphrase of {name}\n", encoding="utf-8")
        return path


def test_a_round_from_keys_to_packages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(tmp_path, capsys)
    assert "database" in cli.ok("init")
    media = tmp_path / "media"
    media.mkdir()
    roots = cli.ok("keys", "roots", "--threshold", "2",
                   *[w for i in (1, 2, 3) for w in ("--out", media / f"root-{i}.age",
                                                     "--passphrase-file", cli.secret(f"r{i}"))],
                   *TEST_KEYS)  # fmt: skip
    assert roots["threshold"] == 2 and len(roots["roots"]) == 3
    op = tmp_path / "op.age"
    cli.ok("keys", "operational", "--name", "业务密钥", "--out", op,
           "--passphrase-file", cli.secret("op"), *TEST_KEYS)  # fmt: skip
    operator = cli.ok("keys", "list")[3]
    assert operator["section"] == "operational"
    recipient = operator["age_recipient"]

    people: dict[str, Identity] = {}
    requests = []
    for n in range(5):
        role = Role.CHAIR if n == 4 else Role.EXPERT
        person = Identity.generate(f"人员{n}", role)
        people[person.keyid] = person

        path = tmp_path / f"request-{n}.json"
        path.write_bytes(make_enrolment(person, verifier=X25519Recipient.parse(recipient)))
        requests.append(path)
    imported = cli.ok("enrol-import", *requests, "--identity", op,
                      "--passphrase-file", cli.secret("op"))  # fmt: skip
    assert [i["fingerprint"] for i in imported] == [list(p.public.fingerprint_groups)
                                                    for p in people.values()]  # fmt: skip
    chair = next(k for k, p in people.items() if p.role is Role.CHAIR)
    experts = [k for k in people if k != chair]
    for keyid in people:
        section = "chair" if keyid == chair else "expert"
        cli.ok("keys", "assign", keyid[:12], "--section", section, "--panel", "P1",
               "--institution", f"单位{keyid[:4]}")  # fmt: skip
    related = cli.ok("keys", "assign", experts[3][:12], "--section", "expert", "--panel", "P1",
                     "--relation", "A-2:合作项目负责人")  # fmt: skip
    assert related["institution"] == f"单位{experts[3][:4]}"  # kept: only what is given changes
    status, _, err = cli.run("roster", "publish", "--label", "2026")
    assert status == 1 and "key-not-confirmed" in err  # nobody read the fingerprints yet
    for keyid in people:
        cli.ok("keys", "confirm", keyid[:12], "--by", "staff A")
    draft = cli.ok("roster", "publish", "--label", "2026")
    assert draft["own_needed"] == 2 and draft["file"].endswith(".partial.json")
    first = cli.ok("roster", "sign", "--identity", media / "root-1.age",
                   "--passphrase-file", cli.secret("r1"))  # fmt: skip
    assert not first["complete"] and first["signed_by"] == ["委员会根密钥 1/3"]
    carried = tmp_path / "stick" / "roster-v1.partial.json"  # to the third holder's office
    carried.parent.mkdir()
    carried.write_bytes(Path(first["file"]).read_bytes())
    final = cli.ok("roster", "sign", "--identity", media / "root-3.age", "--draft", carried,
                   "--passphrase-file", cli.secret("r3"))  # fmt: skip
    assert final["complete"] and final["file"].endswith("roster-v1.json")
    roster = read_roster(Path(final["file"]).read_bytes())
    assert not Path(draft["file"]).exists()
    assert [h["version"] for h in cli.ok("roster", "history")] == [1]

    cli.ok("round", "new", "R1", "--name", "2026年度评价", "--kind", "evaluation",
           "--deadline", "2026-06-30T12:00:00Z")  # fmt: skip
    sheet = tmp_path / "applicants.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "名称", "类别", "依托单位"])
        for n in range(1, 7):
            writer.writerow([f"A-{n}", f"单位{n}", "园区类", f"依托{n}"])
        writer.writerow(["A-1", "重复", "科研类", "x"])
    status, report, err = cli.run("applicants", "import", "R1", sheet)
    assert status == 1 and "applicant-list-has-problems" in err
    assert {(p["row"], p["code"]) for p in report["problems"]} == {(8, "duplicate-ref")}
    lines = sheet.read_text(encoding="utf-8").splitlines()[:-1]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.ok("applicants", "import", "R1", sheet)["applicants"] == 6

    materials = tmp_path / "materials"
    for n in range(1, 7):
        small_pdf(materials / f"A-{n}-申报书.pdf", f"A-{n}")
    (materials / "A-10-附件.pdf").write_bytes(b"%PDF-1.7\n")  # no such applicant, broken
    status, report, err = cli.run("materials", "check", "R1", materials)
    assert status == 1 and "materials-have-problems" in err
    assert [(p["code"], Path(p["file"]).name) for p in report["problems"]] == [
        ("extra", "A-10-附件.pdf")]  # fmt: skip
    (materials / "A-10-附件.pdf").unlink()
    assert cli.ok("materials", "check", "R1", materials)["files"] == 6

    cli.ok("panels", "add", "R1", "P1", "--name", "园区类评审组", "--category", "park",
           "--per-applicant", "3")  # fmt: skip
    panel = cli.ok("panels", "set", "R1", "P1", "--chair", chair,
                   *[w for k in experts for w in ("--member", k)])  # fmt: skip
    assert sorted(panel["members"]) == sorted(experts)
    assert cli.ok("panels", "place", "R1", "P1")["applicants"] == [f"A-{n}" for n in range(1, 7)]
    plan = cli.ok("assign", "propose", "R1", "P1")
    assert all(len(a["experts"]) == 3 for a in plan["assignments"])
    exclusions = {(x["expert"], x["applicant"], x["reason"], x["detail"])
                  for x in plan["exclusions"]}  # fmt: skip
    assert exclusions == {(experts[3], "A-2", "declared-relation", "合作项目负责人")}
    a2 = next(a for a in plan["assignments"] if a["applicant"] == "A-2")
    assert experts[3] not in a2["experts"]
    assert cli.ok("assign", "check", "R1") == {"problems": []}

    row = plan["assignments"][0]
    cli.ok("assign", "edit", "R1", row["applicant"], "--expert", experts[0],
           "--expected-version", str(row["version"]))  # fmt: skip
    status, _, err = cli.run("assign", "edit", "R1", row["applicant"], "--expert", experts[1],
                             "--expected-version", str(row["version"]))  # fmt: skip
    assert status == 1 and "changed-by-someone-else" in err and "reload" in err
    status, report, err = cli.run("assign", "check", "R1")
    assert status == 1 and "round-not-ready" in err
    assert [(p["code"], p["applicant"]) for p in report["problems"]] == [
        ("too-few-experts", row["applicant"])]  # fmt: skip
    status, _, err = cli.run("build", "R1", "--out", tmp_path / "out", "--identity", op,
                             "--passphrase-file", cli.secret("op"))  # fmt: skip
    assert status == 1 and "round-not-ready" in err and not (tmp_path / "out" / "P1").exists()
    cli.ok("assign", "propose", "R1", "P1")

    built = cli.ok("build", "R1", "--out", tmp_path / "out", "--identity", op,
                   "--passphrase-file", cli.secret("op"))  # fmt: skip
    kinds = sorted(p["kind"] for p in built["packages"])
    assert kinds == ["chair-package"] + ["package"] * 4
    for package in built["packages"]:
        owner = people[package["keyid"]]
        if package["kind"] == "package":
            opened = open_package(Path(package["file"]), owner, roster)
            refs = [a.ref for a in opened.summary.applicants]
            assert refs == package["applicants"] and opened.digest == package["digest"]
        else:
            table = open_chair_package(Path(package["file"]), owner, roster).read_assignments()
            assert {a.package_digest for a in table} == {
                p["digest"] for p in built["packages"] if p["kind"] == "package"}  # fmt: skip
    assert Path(built["handover"][0]).read_bytes().startswith(b"%PDF-")
    status, _, err = cli.run("materials", "check", "R1", materials)
    assert status == 1 and "round-already-built" in err


def test_a_missing_working_folder_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["commission", "keys", "list", "--workdir", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err
    assert status == 1 and "workdir-missing" in err and "does not exist" in err


def test_the_shared_database_can_be_set_once_for_the_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """REVIEWDESK_COMMISSION_DB names the shared database, so staff need not type --db (and
    its URL) on every command; the working folder is then not needed for the database."""
    shared = tmp_path / "shared.sqlite3"
    monkeypatch.setenv("REVIEWDESK_COMMISSION_DB", f"sqlite+pysqlite:///{shared}")
    status = main(["commission", "keys", "list", "--workdir", str(tmp_path / "nowhere"), "--json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert json.loads(out) == []
    assert shared.exists()  # created and migrated there, not in a working folder
