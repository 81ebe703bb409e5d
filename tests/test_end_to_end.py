"""A whole round through the command line alone: every step is a ``reviewdesk`` process, as
staff, experts and a chair would run it from scripts; nothing of reviewdesk is imported.

The commission makes its keys, enrols five experts and a chair from their requests, signs
the roster with two of three root keys, sets up a round of four research applicants and
builds the packages; each expert pins the roster (phone check), opens their package,
declares, scores and submits; the chair imports, writes the panel opinions and finalises;
the commission imports the bundle and publishes. The published scores and grades are then
recomputed here, in Decimal, from the sheets the experts signed and the form's own rules
(resources/templates/evaluation-research.json): a trimmed mean from 5 sheets up, the plain
mean below, half-up to the form's decimals, the form's grade bands.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from reportlab.pdfgen.canvas import Canvas

REVIEWDESK = str(Path(sys.executable).with_name("reviewdesk"))
FORM = Path(__file__).parents[1] / "resources" / "templates" / "evaluation-research.json"
TEST_KEYS = ["--work-factor", "10", "--insecure-test-keys"]
GRADE_ZH = {"excellent": "优秀", "good": "良好", "qualified": "合格", "unqualified": "不合格"}
APPLICANTS = {"A-1": Decimal("0.92"), "A-2": Decimal("0.80"), "A-3": Decimal("0.66"),
              "A-4": Decimal("0.52")}  # fmt: skip
LENIENCY = [Decimal(x) for x in ("-0.03", "-0.01", "0", "0.02", "0.05")]


def rd(*words: str | Path, ok: bool = True, as_json: bool = True) -> Any:
    """Run ``reviewdesk WORDS… --json``; the parsed output (or the error text if not ok)."""
    env = {k: v for k, v in os.environ.items() if k != "REVIEWDESK_HOME"}
    argv = [REVIEWDESK, *map(str, words), *(["--json"] if as_json else [])]
    done = subprocess.run(argv, capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip
    if not ok:
        assert done.returncode == 1, done.stdout
        return done.stderr
    assert done.returncode == 0, f"{words}\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout) if as_json and done.stdout.strip() else done.stdout


def secret(folder: Path, name: str) -> Path:
    path = folder / f"{name}.pass"
    path.write_text(f"passphrase of {name} for this test\n", encoding="utf-8")
    return path


def form() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(FORM.read_text(encoding="utf-8"))
    return value


def sheet(n: int, ref: str) -> dict[str, Any]:
    """Expert ``n``'s sheet for ``ref``: the applicant's level plus the expert's leniency,
    on each criterion's step, with a comment on every criterion."""
    scores, comments = {}, {}
    for c in form()["criteria"]:
        top, step = Decimal(c["max"]), Decimal(c["step"])
        raw = top * (APPLICANTS[ref] + LENIENCY[n])
        scores[c["key"]] = str(min(top, (raw / step).quantize(Decimal(1), ROUND_HALF_UP) * step))
        comments[c["key"]] = f"专家{n + 1}对{c['key']}的评分依据：申报材料第{n + 2}页。"
    return {"applicant": ref, "scores": scores, "comments": comments,
            "opinion": f"专家{n + 1}：该基地国际合作情况已核实。"}  # fmt: skip


def total(values: dict[str, str]) -> Decimal:
    weights = {c["key"]: Decimal(c.get("weight", "1")) for c in form()["criteria"]}
    return sum((Decimal(v) * weights[k] for k, v in values.items()), Decimal(0))


def expected(sheets: list[dict[str, str]]) -> tuple[Decimal, str]:
    """The panel score and grade, computed here from the form's rules alone."""
    rules = form()["aggregation"]
    totals = sorted(total(s) for s in sheets)
    if len(totals) >= rules["trim_min_sheets"]:
        cut = rules["trim_each_side"]
        totals = totals[cut:-cut]
    mean = sum(totals, Decimal(0)) / len(totals)
    score = mean.quantize(Decimal(1).scaleb(-rules["decimals"]), ROUND_HALF_UP)
    bands = sorted(form()["grade_bands"], key=lambda b: Decimal(b["min_score"]), reverse=True)
    grade = next(b["grade"] for b in bands if score >= Decimal(b["min_score"]))
    return score, grade


@pytest.fixture(scope="module")
def commission(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The commission's side up to the built packages, and the people's homes."""
    root = tmp_path_factory.mktemp("round")
    work = root / "commission"
    c = ["--workdir", work]
    rd("commission", "init", *c)
    roots = [root / f"root-{n}.age" for n in (1, 2, 3)]
    rd("commission", "keys", "roots", "--threshold", "2", *c, *TEST_KEYS,
       *[w for n, r in enumerate(roots) for w in ("--out", r, "--passphrase-file",
                                                  secret(root, f"root-{n}"))])  # fmt: skip
    op, op_pass = root / "operational.age", secret(root, "op")
    rd("commission", "keys", "operational", "--name", "业务密钥", "--out", op,
       "--passphrase-file", op_pass, *c, *TEST_KEYS)  # fmt: skip
    keys = rd("commission", "keys", "list", *c)
    age = next(k["age_recipient"] for k in keys if k["section"] == "operational")
    people: dict[str, dict[str, Any]] = {}
    for name, role in [*((f"e{n}", "expert") for n in range(5)), ("chair", "chair")]:
        home, passphrase = root / "homes" / name, secret(root, name)
        home.mkdir(parents=True)
        made = rd("keys", "new", "--name", f"测试{name}", "--role", role, "--out",
                  home / "identity.age", "--passphrase-file", passphrase,
                  "--work-factor", "15")  # fmt: skip
        request = root / f"{name}.request"
        rd("keys", "enrol", home / "identity.age", "--out", request, "--commission", age,
           "--passphrase-file", passphrase, as_json=False)  # fmt: skip
        people[name] = {"home": home, "pass": passphrase, "role": role, "request": request,
                        "fingerprint": made["fingerprint"]}  # fmt: skip
    imported = rd("commission", "enrol-import", *[p["request"] for p in people.values()],
                  "--identity", op, "--passphrase-file", op_pass, *c)  # fmt: skip
    for person, record in zip(people.values(), imported, strict=True):
        assert record["fingerprint"] == person["fingerprint"]
        person["keyid"] = record["keyid"]
        rd("commission", "keys", "confirm", record["keyid"], "--by", "电话核对", *c)
        rd("commission", "keys", "assign", record["keyid"], "--section", person["role"],
           "--panel", "P1", "--institution", f"单位{record['keyid'][:6]}", *c)  # fmt: skip
    rd("commission", "roster", "publish", "--label", "测试名册", *c)
    signed = [rd("commission", "roster", "sign", "--identity", roots[n], "--passphrase-file",
                 root / f"root-{n}.pass", *c) for n in (0, 2)]  # fmt: skip
    assert signed[-1]["complete"]
    deadline = (datetime.now(UTC) + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    rd("commission", "round", "new", "R1", "--name", "测试评价", "--kind", "evaluation",
       "--deadline", deadline, *c)  # fmt: skip
    listing = root / "applicants.csv"
    with open(listing, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "名称", "类别", "依托单位"])
        writer.writerows([ref, f"基地{ref}", "科研类", f"依托{ref}"] for ref in APPLICANTS)
    rd("commission", "applicants", "import", "R1", listing, *c)
    (root / "materials").mkdir()
    for ref in APPLICANTS:
        canvas = Canvas(str(root / "materials" / f"{ref}-申报书.pdf"))
        canvas.drawString(72, 720, f"application {ref}")
        canvas.save()
    rd("commission", "materials", "check", "R1", root / "materials", *c)
    experts = [people[f"e{n}"]["keyid"] for n in range(5)]
    rd("commission", "panels", "add", "R1", "P1", "--name", "科研类评审组", "--category",
       "research", *c)  # fmt: skip
    rd("commission", "panels", "set", "R1", "P1", "--chair", people["chair"]["keyid"],
       *[w for k in experts for w in ("--member", k)], *c)  # fmt: skip
    rd("commission", "panels", "place", "R1", "P1", *c)
    plan = rd("commission", "assign", "propose", "R1", "P1", *c)
    a4 = next(a for a in plan["assignments"] if a["applicant"] == "A-4")
    rd("commission", "assign", "edit", "R1", "A-4", *[w for k in experts[:4] for w in
       ("--expert", k)], "--expected-version", a4["version"], *c)  # fmt: skip
    built = rd("commission", "build", "R1", "--out", root / "out", "--identity", op,
               "--passphrase-file", op_pass, *c)  # fmt: skip
    digits = " ".join(k["fingerprint"][-1] for k in keys if k["section"] == "root")
    for person in people.values():
        rd("expert", "pin", signed[-1]["file"], "--check", digits, "--home", person["home"])
        person["package"] = next(Path(p["file"]) for p in built["packages"]
                                 if p["keyid"] == person["keyid"])  # fmt: skip
    return {"root": root, "c": c, "op": op, "op_pass": op_pass, "people": people,
            "roster": signed[-1]["file"], "digits": digits}  # fmt: skip


def test_a_round_from_the_command_line_publishes_what_the_signed_sheets_say(
    commission: dict[str, Any],
) -> None:
    root, c, people = commission["root"], commission["c"], commission["people"]
    scores = root / "scores"
    entered: dict[str, list[dict[str, str]]] = {ref: [] for ref in APPLICANTS}
    for n in range(5):
        me = people[f"e{n}"]
        who = ["--home", me["home"], "--passphrase-file", me["pass"]]
        opened = rd("expert", "open", me["package"], *who)
        refs = [a["ref"] for a in opened["applicants"]]
        assert refs == (list(APPLICANTS) if n < 4 else ["A-1", "A-2", "A-3"])
        assert opened["pledge_signed"] is None
        declared = rd("expert", "declare", me["package"], "--pledge", "--none", *refs[1:],
                      "--potential", refs[0], "曾参加该单位的学术会议。", *who)  # fmt: skip
        assert declared["applicants"][0]["conflict"] == "potential"
        mine = [sheet(n, ref) for ref in refs]
        file = root / f"sheets-e{n}.json"
        file.write_text(json.dumps({"sheets": mine}, ensure_ascii=False), encoding="utf-8")
        state = rd("expert", "score", me["package"], "--from", file, *who)
        assert state["incomplete"] == [] and {a["stage"] for a in state["applicants"]} == {
            "complete"}  # fmt: skip
        submitted = rd("expert", "submit", me["package"], "--out", scores / f"e{n}.rdx", *who)
        assert submitted["revision"] == 1
        for s in mine:
            entered[s["applicant"]].append(s["scores"])

    chair = people["chair"]
    who = ["--home", chair["home"], "--passphrase-file", chair["pass"]]
    rd("chair", "open", chair["package"], *who)
    verdicts = rd("chair", "import", scores, *who)["verdicts"]
    assert sorted(v["verdict"] for v in verdicts) == ["accepted"] * 5
    status = rd("chair", "status", *who)
    for row in status["applicants"]:
        rd("chair", "decide", "opinion", row["applicant"], "--text",
           f"专家组对{row['applicant']}的意见一致。", *who)  # fmt: skip
    for blocker in rd("chair", "status", *who)["blockers"]:
        assert blocker["kind"] == "unresolved-flag", blocker
        rd("chair", "decide", "resolve-flag", blocker["applicant"], blocker["subject"], "--note",
           "专家组已讨论。", *who)  # fmt: skip
    bundle = rd("chair", "finalise", "--out", root / "results", *who)["bundle"]

    imported = rd("commission", "import-results", bundle, "--identity", commission["op"],
                  "--passphrase-file", commission["op_pass"], *c)  # fmt: skip
    assert [v["verdict"] for v in imported["results"]] == ["accepted"], imported
    published = rd("commission", "publish", "--out", root / "published", "--no-archive", *c)
    book = openpyxl.load_workbook(published["workbook"])
    rows = {r[1]: r for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert sorted(rows) == sorted(APPLICANTS)
    table = rd("commission", "results", *c)
    graded = {r["ref"]: r for p in table["panels"] for r in p["rows"]}
    seen = set()
    for ref, sheets in entered.items():
        score, grade = expected(sheets)
        seen.add(grade)
        assert len(sheets) == (5 if ref != "A-4" else 4)
        assert Decimal(str(rows[ref][5])) == score, ref  # the workbook's panel score
        assert rows[ref][8] == GRADE_ZH[grade], ref  # its published grade
        assert Decimal(graded[ref]["panel_score"]) == score and graded[ref]["grade"] == grade
    assert seen == set(GRADE_ZH)  # every grade band was exercised
    raw = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert len(raw) == 19  # every signed sheet is in the published workbook


def test_a_wrong_phone_check_pins_nothing(commission: dict[str, Any], tmp_path: Path) -> None:
    wrong = "".join("0" if d != "0" else "1" for d in commission["digits"])
    err = rd("expert", "pin", commission["roster"], "--check", wrong, "--home", tmp_path / "h",
             ok=False)  # fmt: skip
    assert "roster-check-failed" in err and "nothing was pinned" in err
    assert not (tmp_path / "h" / "trust.json").exists()
