"""The chair's and the commission's commands × every kind of bad input end in a sentence
(issue 7, for ``reviewdesk chair …`` and ``reviewdesk commission …``, which came after its
first matrix in ``test_cli_bad_input.py``): exit status 1, the file (or database) named on
standard error with a reason, no traceback, no hang, and nothing written or changed.

The inputs are what an attacker or a clumsy person hands over: the wrong kind of file (a
package where a result bundle is expected, a score file where a chair package is), a real
file with one byte flipped or cut short, 100 MB of zeros, nested JSON, a GBK-encoded CSV or
an XLSX with a bad cell, a formula or a million rows as the applicant list, a wrong
passphrase, a database URL that is malformed or points nowhere, a database file that is
empty or garbage; and output folders that cannot be written (under ``/proc``, under a file,
a read-only or a full disk). The world is the demo round (``create_demo``); every cell runs
in its own process on its own copy of the home or working folder (``cli_attack``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_attack import (
    ROOT,
    Cell,
    ForkServer,
    Outcome,
    _fifo,
    _folder,
    _half,
    _nested,
    _noise,
    _under_a_file,
    fork_servers,
    problems_of,
    run_cells,
)
from fs_limits import fill, small_disk

from reviewdesk.cli import main
from reviewdesk.core.resources import resource_path
from reviewdesk.demo.round import create_demo

ZEROS = 100 * 1024 * 1024  # a 100 MB file of zeros (sparse: costs no disk)
SPARE_ROUND = "X-2026"  # a round with no applicants yet, made for the import cells
MATERIALS_ROUND = "X-2027"  # a round with the demo's applicants, its materials not yet checked


@dataclass
class World:
    root: Path
    good: dict[str, Path]  # kind -> a valid file of that kind
    chair_home: Path  # chair-2's home, the QY panel opened
    finalised_home: Path  # chair-1's home, its panels finalised
    work: Path  # the demo commission's working folder, with the spare round
    full_disk: Path | None
    read_only_disk: Path | None

    def copy(self, what: Path, into: Path) -> Path:
        target = into / what.name
        shutil.copytree(what, target)
        return target


def _secret(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def build_world(root: Path, stack: ExitStack) -> World:
    demo = root / "demo"
    create_demo(demo)
    packages = demo / "packages"
    chair_package = next((packages / "QY").glob("*-chair-*.rdx"))
    chair_pass = _secret(root / "chair-2.txt", "demo-chair-2")
    chair_home = root / "chair-2"
    shutil.copytree(demo / "homes" / "chair-2", chair_home)
    assert main(["chair", "open", str(chair_package), "--home", str(chair_home),
                 "--passphrase-file", str(chair_pass)]) == 0  # fmt: skip
    expert_pass = _secret(root / "expert-1.txt", "demo-expert-1")
    request = root / "request.rdx"
    assert main(["keys", "enrol", str(demo / "homes" / "expert-1" / "identity.age"),
                 "--out", str(request), "--passphrase-file", str(expert_pass)]) == 0  # fmt: skip
    work = root / "work"
    shutil.copytree(demo / "commission", work)
    assert main(["commission", "round", "new", SPARE_ROUND, "--name", "spare",
                 "--kind", "evaluation", "--workdir", str(work)]) == 0  # fmt: skip
    assert main(["commission", "round", "new", MATERIALS_ROUND, "--name", "materials",
                 "--kind", "evaluation", "--workdir", str(work)]) == 0  # fmt: skip
    assert main(["commission", "applicants", "import", MATERIALS_ROUND,
                 str(work / "applicants.csv"), "--workdir", str(work)]) == 0  # fmt: skip
    assert main(["commission", "roster", "publish", "--label", "v2",
                 "--workdir", str(work)]) == 0  # fmt: skip
    drafts = sorted(work.rglob("*.partial.json")) or sorted(work.rglob("*draft*"))
    good = {
        "chair-package": chair_package,
        "expert-package": next((packages / "QY").glob("*-expert-*.rdx")),
        "result": next((demo / "results").glob("*.result.rdx")),
        "score": next((demo / "scores").rglob("*.rdx")),
        "identity": demo / "homes" / "expert-1" / "identity.age",
        "chair-pass": chair_pass,
        "chair-1-pass": _secret(root / "chair-1.txt", "demo-chair-1"),
        "op-identity": work / "operational.age",
        "root-identity": work / "root-1.age",
        "op-pass": _secret(root / "commission.txt", "demo-commission"),
        "wrong-pass": _secret(root / "wrong.txt", "not the passphrase"),
        "request": request,
        "roster": work / "roster.json",
        "applicants": work / "applicants.csv",
        "template": resource_path("templates", "evaluation-park.json"),
        "decisions": ROOT / "docs" / "examples" / "consolidate-decisions.json",
        "materials": demo / "materials",
    }  # fmt: skip
    if drafts:
        good["draft"] = drafts[0]
    for kind, path in good.items():
        assert path.exists(), (kind, path)
    disks: list[Path | None] = []
    for name, read_only in (("full", False), ("read-only", True)):
        try:
            disks.append(stack.enter_context(small_disk(root / name, read_only=read_only)))
        except OSError:
            disks.append(None)
    if disks[0] is not None:
        fill(disks[0])
    return World(root, good, chair_home, demo / "homes" / "chair-1", work, disks[0], disks[1])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with ExitStack() as stack:
        yield build_world(tmp_path_factory.mktemp("roles"), stack)


@pytest.fixture(scope="module")
def forks() -> Iterator[list[ForkServer]]:
    yield from fork_servers()


# -- bad files -----------------------------------------------------------------------------


def _flipped(good: Path, into: Path, suffix: str) -> Path:
    """The real file with one byte in its middle flipped (a bad sector, a careless edit)."""
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x40
    path = into / f"flipped{suffix}"
    path.write_bytes(bytes(data))
    return path


def _zeros(into: Path, suffix: str) -> Path:
    path = into / f"zeros{suffix}"
    with open(path, "wb") as handle:
        handle.truncate(ZEROS)
    return path


def _foreign(kind: str) -> Callable[[World, Path, str, Path], Path]:
    """Another real file of the round, given (under this slot's suffix) where this one is
    expected."""

    def make(world: World, into: Path, suffix: str, good: Path) -> Path:
        path = into / f"foreign-{kind}{suffix}"
        shutil.copyfile(world.good[kind], path)
        return path

    return make


def _gbk_json(world: World, into: Path, suffix: str, good: Path) -> Path:
    path = into / f"gbk{suffix}"
    path.write_bytes('{"名称": "园区类评价表", "说明": "国标编码"}'.encode("gbk"))
    return path


# slot-independent makers: name -> make(world, cell folder, suffix, good file)
Maker = Callable[[World, Path, str, Path], Path]
COMMON: dict[str, Maker] = {
    "missing": lambda w, d, s, g: d / f"absent{s}",
    "folder": lambda w, d, s, g: _folder(d, s),
    "named pipe": lambda w, d, s, g: _fifo(d, s),
    "/dev/zero": lambda w, d, s, g: Path("/dev/zero"),
    "empty": lambda w, d, s, g: _empty_file(d, s),
    "truncated": lambda w, d, s, g: _half(g, d, f"half{s}"),
    "one byte flipped": lambda w, d, s, g: _flipped(g, d, s),
    "random bytes": lambda w, d, s, g: _noise(d, f"noise{s}", str(d)),
    "100 MB of zeros": lambda w, d, s, g: _zeros(d, s),
    "nested JSON": lambda w, d, s, g: _nested(d, s),
}


def _empty_file(into: Path, suffix: str) -> Path:
    path = into / f"empty{suffix}"
    path.write_bytes(b"")
    return path


def _with_foreign(*kinds: str, extra: dict[str, Maker] | None = None) -> dict[str, Maker]:
    makers = dict(COMMON)
    for kind in kinds:
        makers[f"a {kind} instead"] = _foreign(kind)
    return makers | (extra or {})


# -- the rows: (command, kind of the good file, argv, bad inputs) -------------------------
# "{F}" is the bad file; "{CHOME}" a copy of chair-2's home, "{FHOME}" of chair-1's,
# "{WORK}" of the working folder; "{kind}" a good file of that kind.

ROWS: list[tuple[str, str, list[str], dict[str, Maker]]] = [
    ("chair open PACKAGE", "chair-package",
     ["chair", "open", "{F}", "--home", "{CHOME}", "--passphrase-file", "{chair-pass}"],
     _with_foreign("expert-package", "result", "score", "identity")),
    ("chair open --identity", "identity",
     ["chair", "open", "{chair-package}", "--home", "{CHOME}", "--identity", "{F}",
      "--passphrase-file", "{chair-pass}"],
     _with_foreign("chair-package", "op-identity")),
    ("chair status --passphrase-file", "chair-pass",
     ["chair", "status", "--home", "{CHOME}", "--passphrase-file", "{F}"],
     {"wrong passphrase": _foreign("wrong-pass"), **COMMON}),
    ("chair decide paper-sheet", "decisions",
     ["chair", "decide", "paper-sheet", "{F}", "--note", "by post", "--home", "{CHOME}",
      "--passphrase-file", "{chair-pass}"],
     _with_foreign("result", "roster", extra={"GBK text": _gbk_json})),
    ("commission enrol-import", "request",
     ["commission", "enrol-import", "{F}", "--identity", "{op-identity}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("expert-package", "identity", "result")),
    ("commission enrol-import --identity", "op-identity",
     ["commission", "enrol-import", "{request}", "--identity", "{F}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("identity", "chair-package")),
    ("commission enrol-import --passphrase-file", "op-pass",
     ["commission", "enrol-import", "{request}", "--identity", "{op-identity}",
      "--passphrase-file", "{F}", "--workdir", "{WORK}"],
     {"wrong passphrase": _foreign("wrong-pass")}),
    ("commission roster sign --draft", "draft",
     ["commission", "roster", "sign", "--draft", "{F}", "--identity", "{root-identity}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("roster", "result")),
    ("commission roster sign --identity", "root-identity",
     ["commission", "roster", "sign", "--identity", "{F}", "--passphrase-file", "{op-pass}",
      "--workdir", "{WORK}"],
     _with_foreign("identity", "op-identity")),
    ("commission round form --file", "template",
     ["commission", "round", "form", SPARE_ROUND, "park", "--file", "{F}",
      "--workdir", "{WORK}"],
     _with_foreign("roster", "decisions", extra={"GBK text": _gbk_json})),
    ("commission import-results", "result",
     ["commission", "import-results", "{F}", "--identity", "{op-identity}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("chair-package", "expert-package", "score", "request")),
    ("commission build --passphrase-file", "op-pass",
     ["commission", "build", "BJ-2025-PJ", "--out", "{OUT}", "--identity", "{op-identity}",
      "--passphrase-file", "{F}", "--workdir", "{WORK}"],
     {"wrong passphrase": _foreign("wrong-pass")}),
    ("commission build --identity", "op-identity",
     ["commission", "build", "BJ-2025-PJ", "--out", "{OUT}", "--identity", "{F}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("identity", "root-identity", "chair-package")),
    ("commission import-results --identity", "op-identity",
     ["commission", "import-results", "{result}", "--identity", "{F}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("identity", "root-identity")),
    ("chair import --identity", "identity",
     ["chair", "import", "{score}", "--home", "{CHOME}", "--identity", "{F}",
      "--passphrase-file", "{chair-pass}"],
     _with_foreign("op-identity", "chair-package")),
    ("commission import-results --passphrase-file", "op-pass",
     ["commission", "import-results", "{result}", "--identity", "{op-identity}",
      "--passphrase-file", "{F}", "--workdir", "{WORK}"],
     {"wrong passphrase": _foreign("wrong-pass")}),
    ("commission publish --identity", "op-identity",
     ["commission", "publish", "--out", "{OUT}", "--round", "BJ-2025-PJ", "--partial",
      "--identity", "{F}",
      "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"],
     _with_foreign("identity", extra={"a root key instead": _foreign("root-identity")})),
]  # fmt: skip


# Cells whose "bad" input is, on reflection, good input: a form file is not signed, so one
# flipped letter in its guidance text is a (different) valid form.
SUCCEEDS: set[tuple[str, str]] = {("commission round form --file", "one byte flipped")}


def _suffix(kind: str, good: Path) -> str:
    return good.suffix if good.is_file() else ""


def _fill(argv: list[str], world: World, cell_dir: Path, bad: Path | str) -> list[str]:
    words = []
    for word in argv:
        if word == "{F}":
            words.append(str(bad))
        elif word == "{CHOME}":
            words.append(str(world.copy(world.chair_home, cell_dir)))
        elif word == "{FHOME}":
            words.append(str(world.copy(world.finalised_home, cell_dir)))
        elif word == "{WORK}":
            words.append(str(world.copy(world.work, cell_dir)))
        elif word == "{OUT}":
            words.append(str(cell_dir / "out"))
        elif word.startswith("{") and word.endswith("}"):
            words.append(str(world.good[word[1:-1]]))
        else:
            words.append(word)
    return words


def matrix_cells(world: World) -> list[Cell]:
    cells = []
    for index, (command, kind, argv, makers) in enumerate(ROWS):
        good = world.good[kind]
        for bad_name, make in makers.items():
            cell_dir = world.root / "cells" / f"{index:02d}-{bad_name.replace(' ', '-')}"
            cell_dir.mkdir(parents=True)
            bad = make(world, cell_dir, _suffix(kind, good), good)
            names: tuple[str, ...] = (str(bad), bad.name)
            if kind.endswith("-pass"):  # a wrong passphrase is named by its identity file
                names += tuple(str(world.good[k]) for k in ("op-identity", "root-identity"))
                names += ("identity.age",)
            cells.append(Cell(f"{command} × {bad_name}", _fill(argv, world, cell_dir, bad),
                              cell_dir, names,
                              expect=0 if (command, bad_name) in SUCCEEDS else 1))  # fmt: skip
    return cells


def report(results: list[tuple[Cell, Outcome]]) -> list[str]:
    failures = []
    for cell, outcome in results:
        problems = problems_of(cell, outcome)
        if problems:
            tail = outcome.stderr.decode("utf-8", "backslashreplace").strip()[-300:]
            failures.append(f"{cell.name}: {'; '.join(problems)}\n    stderr: {tail}")
    return failures


def test_every_role_command_ends_every_bad_file_in_a_sentence(
    world: World, forks: list[ForkServer]
) -> None:
    results = run_cells(forks, matrix_cells(world))
    failures = report(results)
    assert not failures, f"{len(failures)} of {len(results)} cells:\n" + "\n".join(failures)


# -- the chair's import: a bad file is listed as rejected with its reason ------------------


def test_chair_import_lists_every_bad_file_as_rejected(
    world: World, forks: list[ForkServer]
) -> None:
    makers = _with_foreign("chair-package", "result", "expert-package", "request")
    del makers["missing"], makers["folder"]  # an empty folder holds nothing to list
    cells = []
    for bad_name, make in makers.items():
        cell_dir = world.root / "import" / bad_name.replace(" ", "-").replace("/", "")
        cell_dir.mkdir(parents=True)
        bad = make(world, cell_dir, ".rdx", world.good["score"])
        argv = ["chair", "import", "{F}", "--home", "{CHOME}", "--passphrase-file", "{chair-pass}"]
        cells.append(Cell(f"chair import × {bad_name}", _fill(argv, world, cell_dir, bad),
                          cell_dir, (str(bad),), rejected=True))  # fmt: skip
    failures = report(run_cells(forks, cells))
    assert not failures, f"{len(failures)} of {len(cells)} cells:\n" + "\n".join(failures)


# -- the applicant list: every encoding and spreadsheet a clumsy office can produce --------


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _applicant_rows(world: World) -> list[list[object]]:
    import csv

    with open(world.good["applicants"], encoding="utf-8-sig", newline="") as handle:
        return [list(row) for row in csv.reader(handle)]


def _million_rows(path: Path, header: list[object]) -> Path:
    """An XLSX whose sheet has a million rows (written as XML: openpyxl would take minutes)."""
    import zipfile

    _xlsx(path, [header])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    head, _, tail = parts[sheet].decode().partition("<sheetData>")
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 1_000_002))
    first = tail.split("</sheetData>")[0]
    parts[sheet] = (head + "<sheetData>" + first + rows + "</sheetData>"
                    + tail.split("</sheetData>")[1]).encode()  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def _applicant_files(world: World, into: Path) -> dict[str, Path]:
    rows = _applicant_rows(world)
    text = "\n".join(",".join(str(c) for c in row) for row in rows) + "\n"
    files: dict[str, Path] = {}
    (into / "gbk.csv").write_bytes(text.encode("gbk"))
    files["a GBK CSV"] = into / "gbk.csv"
    (into / "utf16.csv").write_bytes(text.encode("utf-16"))
    files["a UTF-16 CSV"] = into / "utf16.csv"
    bad_cell = [list(r) for r in rows]
    bad_cell[2][2] = "不存在的类别"
    files["an XLSX with a bad cell"] = _xlsx(into / "bad-cell.xlsx", bad_cell)
    formula = [list(r) for r in rows]
    formula[1][1] = '=HYPERLINK("http://example.com","点此")'
    files["an XLSX with a formula"] = _xlsx(into / "formula.xlsx", formula)
    files["an XLSX of a million rows"] = _million_rows(into / "million.xlsx", rows[0])
    good_xlsx = _xlsx(into / "good.xlsx", rows)
    for name, make in COMMON.items():
        if name not in ("missing", "folder", "named pipe", "/dev/zero", "empty"):
            cell = into / name.replace(" ", "-")
            cell.mkdir()
            files[f"XLSX {name}"] = make(world, cell, ".xlsx", good_xlsx)
    files["a package named .xlsx"] = shutil.copyfile(world.good["chair-package"],
                                                    into / "package.xlsx")  # fmt: skip
    files["100 MB of zeros as CSV"] = _zeros(into, ".csv")
    return files


def test_a_bad_applicant_list_is_refused_and_imports_nothing(
    world: World, forks: list[ForkServer]
) -> None:
    folder = world.root / "applicants"
    folder.mkdir()
    cells = []
    for name, bad in _applicant_files(world, folder).items():
        cell_dir = folder / ("cell-" + name.replace(" ", "-").replace("/", ""))
        cell_dir.mkdir()
        argv = ["commission", "applicants", "import", SPARE_ROUND, "{F}", "--workdir", "{WORK}"]
        cells.append(Cell(f"applicants import × {name}", _fill(argv, world, cell_dir, bad),
                          cell_dir, (str(bad), bad.name)))  # fmt: skip
    results = run_cells(forks, cells)
    failures = report(results)
    for cell, _ in results:
        work = Path(cell.argv[cell.argv.index("--workdir") + 1])
        if _db_state(work / "commission.sqlite3") != world_state(world):
            failures.append(f"{cell.name}: the database changed")
    assert not failures, f"{len(failures)} of {len(cells)} cells:\n" + "\n".join(failures)


def _db_state(path: Path) -> str:
    """A digest of every row of an SQLite database (what a change would show), but for the
    chair desk's row: every command that opens the desk stamps its "last opened" time."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        dump = "\n".join(line for line in db.iterdump()
                         if not line.startswith('INSERT INTO "chair_desks"'))  # fmt: skip
    db.close()
    return hashlib.sha256(dump.encode()).hexdigest()


def world_state(world: World) -> str:
    return _db_state(world.work / "commission.sqlite3")


# -- the materials folder: what lies inside it ---------------------------------------------


def _materials_cells(world: World, targets: dict[str, Path]) -> list[Cell]:
    def pipe(path: Path) -> None:
        os.mkfifo(path)

    def zero(path: Path) -> None:
        path.symlink_to("/dev/zero")

    def flip(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))

    def cut(path: Path) -> None:
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])

    def zeros(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.truncate(ZEROS)

    def folder(path: Path) -> None:
        path.mkdir()

    spoilers: dict[str, Callable[[Path], None]] = {
        "a named pipe": pipe, "a link to /dev/zero": zero, "one byte flipped": flip,
        "a PDF cut in half": cut, "100 MB of zeros": zeros,
        "an empty PDF": lambda p: p.write_bytes(b""),
        "a folder named .pdf": folder, "a named pipe named .jpg": pipe,
    }  # fmt: skip
    cells = []
    for place in ("top", "inside"):
        for name, spoil in spoilers.items():
            cell_dir = (
                world.root / "materials" / f"{place}-{name.replace(' ', '-').replace('/', '')}"
            )
            cell_dir.mkdir(parents=True)
            materials = cell_dir / "materials"
            shutil.copytree(world.good["materials"], materials)
            first = sorted(p for p in materials.iterdir() if p.is_dir())[0]
            if place == "top":  # a loose file named by its applicant's ref
                target = materials / f"{first.name}-extra.pdf"
                shutil.copyfile(next(first.glob("*.pdf")), target)
            else:
                target = next(first.glob("*.pdf"))
            if name.endswith(".jpg"):
                target.unlink()
                target = target.with_suffix(".jpg")
            elif name.startswith(("a named pipe", "a link", "a folder")):
                target.unlink()
            spoil(target)
            argv = ["commission", "materials", "check", MATERIALS_ROUND, str(materials),
                    "--workdir", "{WORK}"]  # fmt: skip
            if name == "one byte flipped" or (name.startswith("a folder") and place == "inside"):
                continue  # still a PDF (materials are not signed); a folder is looked into
            cells.append(Cell(f"materials check × {name} ({place})",
                              _fill(argv, world, cell_dir, ""), cell_dir,
                              (str(materials),)))  # fmt: skip
            targets[cells[-1].name] = target
    return cells


def test_a_bad_file_among_the_materials_is_named(world: World, forks: list[ForkServer]) -> None:
    targets: dict[str, Path] = {}
    results = run_cells(forks, _materials_cells(world, targets))
    failures = report(results)
    for cell, outcome in results:  # the problems are listed on standard output, by file
        if os.fsencode(targets[cell.name].name) not in outcome.stdout + outcome.stderr:
            failures.append(f"{cell.name}: {targets[cell.name].name} is not named")
    assert not failures, f"{len(failures)} cells:\n" + "\n".join(failures)


# -- databases: a URL that is malformed or points nowhere, a file that is not a database --


def _spoil_db(kind: str, path: Path) -> None:
    if kind == "0 bytes":
        path.write_bytes(b"")
    elif kind == "garbage":
        path.write_bytes(os.urandom(8192))
    elif kind == "cut in half":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif kind == "a damaged page":
        data = bytearray(path.read_bytes())
        for at in range(4096 + 100, 4096 + 400):  # the second page's cells
            data[at] ^= 0x5A
        path.write_bytes(bytes(data))
    elif kind == "a folder":
        path.unlink()
        path.mkdir()
    elif kind == "a named pipe":
        path.unlink()
        os.mkfifo(path)


# (A damaged page that the command never reads is no error: SQLite meets it only there.)
DB_SPOILS = ("0 bytes", "garbage", "cut in half", "a folder", "a named pipe")


def _database_cells(world: World) -> list[Cell]:
    cells = []
    rows = [
        ("chair status", ["chair", "status", "--home", "{CHOME}",
                          "--passphrase-file", "{chair-pass}"], "reviewdesk.sqlite3"),
        ("commission keys list", ["commission", "keys", "list", "--workdir", "{WORK}"],
         "commission.sqlite3"),
        ("commission results", ["commission", "results", "--round", "BJ-2025-PJ",
                                "--workdir", "{WORK}"], "commission.sqlite3"),
    ]  # fmt: skip
    for command, argv, db_name in rows:
        for spoil in DB_SPOILS:
            cell_dir = world.root / "dbs" / f"{command.replace(' ', '-')}-{spoil.replace(' ', '-')}"
            cell_dir.mkdir(parents=True)
            words = _fill(argv, world, cell_dir, "")
            folder = cell_dir / ("chair-2" if command.startswith("chair") else "work")
            db = folder / db_name
            for side in (".sqlite3-wal", ".sqlite3-shm"):
                db.with_suffix(side).unlink(missing_ok=True)
            _spoil_db(spoil, db)
            cells.append(Cell(f"{command} × a database that is {spoil}", words, cell_dir,
                              (str(db), db_name)))  # fmt: skip
    urls = {
        "not a URL": "not a database url",
        "an unknown kind": "nosuchdb://host/x",
        "an unreachable server": "postgresql+psycopg://127.0.0.1:1/x",
        "an unreachable server with a password": "postgresql+psycopg://u:s3cret@127.0.0.1:1/x",
        "a missing driver": "mysql+nosuchdriver://127.0.0.1:1/x",
        "an SQLite file under /proc": "sqlite:////proc/reviewdesk-nowhere/x.sqlite3",
        "an SQLite file that is garbage": "sqlite:///{GARBAGE}",
    }
    for verb in (["keys", "list"], ["init"]):
        for what, url in urls.items():
            cell_dir = world.root / "urls" / f"{verb[0]}-{what.replace(' ', '-').replace('/', '')}"
            cell_dir.mkdir(parents=True)
            garbage = cell_dir / "garbage.sqlite3"
            garbage.write_bytes(os.urandom(4096))
            url = url.replace("{GARBAGE}", str(garbage))
            names = (url.replace("s3cret", "***"), "127.0.0.1:1", str(garbage), "nosuchdb",
                     "nosuchdriver", "not a database url", "/proc/reviewdesk-nowhere")  # fmt: skip
            cells.append(Cell(f"commission {' '.join(verb)} --db {what}",
                              ["commission", *verb, "--db", url, "--workdir", str(cell_dir)],
                              cell_dir, names))  # fmt: skip
    return cells


def test_a_bad_database_is_a_sentence_and_stays_as_it_was(
    world: World, forks: list[ForkServer]
) -> None:
    cells = _database_cells(world)
    before = {}
    for cell in cells:
        places = ("chair-2/reviewdesk.sqlite3", "work/commission.sqlite3", "garbage.sqlite3")
        for db in (cell.cwd / place for place in places):
            if db.is_file():
                before[db] = db.read_bytes()
    results = run_cells(forks, cells)
    failures = report(results)
    for cell, outcome in results:
        if b"s3cret" in outcome.stderr + outcome.stdout:
            failures.append(f"{cell.name}: the password is shown")
    for db, data in before.items():
        if not db.is_file() or db.read_bytes() != data:
            failures.append(f"{db}: changed")
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures)


# -- output that cannot be written: named, nothing left behind, nothing changed ------------


def _output_cells(world: World) -> list[tuple[Cell, Path, Path]]:
    """(cell, its output path, the database the command would change)."""
    places: dict[str, Callable[[Path, str], Path]] = {
        "a folder under /proc": lambda d, n: Path("/proc") / f"reviewdesk-{d.name}" / n,
        "a path through a file": lambda d, n: _under_a_file(d, "") / n,
        "a missing folder under a file": lambda d, n: _under_a_file(d, "") / "deeper" / n,
    }
    if world.read_only_disk is not None:
        ro = world.read_only_disk
        places["a read-only disk"] = lambda d, n: ro / d.name / n
    if world.full_disk is not None:
        full = world.full_disk
        places["a full disk"] = lambda d, n: full / f"{d.name}-{n}"
    writers = [
        ("chair log --export", "log.json", "{CHOME}", "reviewdesk.sqlite3",
         ["chair", "log", "--export", "{F}", "--home", "{CHOME}",
          "--passphrase-file", "{chair-pass}"]),
        ("chair finalise --out", "final", "{FHOME}", "reviewdesk.sqlite3",
         ["chair", "finalise", "--out", "{F}", "--reopen", "a late paper sheet",
          "--home", "{FHOME}", "--passphrase-file", "{chair-1-pass}"]),
        ("commission keys operational --out", "op.age", "{WORK}", "commission.sqlite3",
         ["commission", "keys", "operational", "--name", "X", "--out", "{F}",
          "--passphrase-file", "{op-pass}", "--work-factor", "10", "--insecure-test-keys",
          "--workdir", "{WORK}"]),
        ("commission build --out", "packages", "{WORK}", "commission.sqlite3",
         ["commission", "build", "BJ-2025-PJ", "--out", "{F}", "--identity", "{op-identity}",
          "--passphrase-file", "{op-pass}", "--workdir", "{WORK}"]),
        ("commission publish --out", "published", "{WORK}", "commission.sqlite3",
         ["commission", "publish", "--out", "{F}", "--round", "BJ-2025-PJ", "--partial",
          "--no-archive", "--workdir", "{WORK}"]),
    ]  # fmt: skip
    cells = []
    for index, (command, name, folder, db_name, argv) in enumerate(writers):
        for place, make in places.items():
            cell_dir = (
                world.root / "outputs" / f"{index}-{place.replace(' ', '-').replace('/', '')}"
            )
            cell_dir.mkdir(parents=True)
            out = make(cell_dir, name)
            words = _fill(argv, world, cell_dir, out)
            home = {"{CHOME}": world.chair_home, "{FHOME}": world.finalised_home,
                    "{WORK}": world.work}[folder]  # fmt: skip
            # the folder that cannot be made is named: the output's or its missing parent
            names = (str(out), out.name, str(out.parent))
            cells.append((Cell(f"{command} to {place}", words, cell_dir, names),
                          out, cell_dir / home.name / db_name))  # fmt: skip
    return cells


def test_output_that_cannot_be_written_is_named_and_changes_nothing(
    world: World, forks: list[ForkServer]
) -> None:
    cells = _output_cells(world)
    before = {db: _db_state(db) for _, _, db in cells}
    results = run_cells(forks, [cell for cell, _, _ in cells])
    failures = report(results)
    for (cell, outcome), (_, out, db) in zip(results, cells, strict=True):
        if os.path.lexists(out):
            failures.append(f"{cell.name}: {out} was written")
        if b"cannot be read" in outcome.stderr:  # a folder that cannot be made is a write
            failures.append(f"{cell.name}: told as a file that cannot be read")
        # ``finalise --reopen`` on a full disk: the folder was made, the version reopened,
        # then the bundle could not be written. The one change is told, not silent.
        told = b"was reopened and stays open" in outcome.stderr
        if _db_state(db) != before[db] and not told:
            failures.append(f"{cell.name}: the database changed")
    if world.read_only_disk is not None and list(world.read_only_disk.iterdir()):
        failures.append("written on the read-only disk")
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures)


def test_finalising_a_finalised_panel_again_says_so(world: World, forks: list[ForkServer]) -> None:
    """A clumsy chair runs ``finalise`` twice: told that the version is finalised and how to
    reopen it (not "1 matters are unresolved (first: finalised 1 )"), and no folder is made."""
    cell_dir = world.root / "finalise-twice"
    cell_dir.mkdir()
    argv = ["chair", "finalise", "--out", "{OUT}", "--home", "{FHOME}",
            "--passphrase-file", "{chair-1-pass}"]  # fmt: skip
    cell = Cell("chair finalise × a finalised panel", _fill(argv, world, cell_dir, ""),
                cell_dir, ("reopen",), code="chair-version-finalised")  # fmt: skip
    failures = report(run_cells(forks, [cell]))
    assert not failures, failures
    assert not (cell_dir / "out").exists()
