"""The layering rules of DESIGN §4 that a test can prove."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "reviewdesk"

IMPORT_EVERYTHING_HEADLESS = """
import importlib, pkgutil, sys
import reviewdesk.core, reviewdesk.commands
for package in (reviewdesk.core, reviewdesk.commands):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
import reviewdesk.cli, reviewdesk.messages
reviewdesk.cli.build_parser()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
                or m.startswith("reviewdesk.gui"))
print("\\n".join(loaded))
"""


def test_core_and_cli_never_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING_HEADLESS],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "", f"Qt or the GUI was loaded: {result.stdout}"


def test_cli_version_runs_without_qt() -> None:
    code = "import sys, reviewdesk.cli as c\ntry:\n    c.main(['--version'])\n"
    code += "except SystemExit:\n    pass\n"
    code += "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_no_core_source_mentions_qt_imports() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for path in (SRC / "core").rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("import PySide6", "from PySide6", "from reviewdesk.gui"))
    ]
    assert offenders == []


def test_generated_forms_are_marked_generated() -> None:
    for path in (SRC / "gui" / "forms").glob("ui_*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from ui/")


def _import_graph() -> dict[str, set[str]]:
    """Every module of ``src/`` → the project modules it imports, wherever the import stands
    (also inside functions and ``if TYPE_CHECKING``: a hidden cycle is still a cycle)."""
    root = SRC.parent
    modules: dict[str, Path] = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    deps.add(full if full in modules else base)
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_no_import_cycles_in_src() -> None:
    assert _cycles(_import_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_roles_stand_side_by_side() -> None:
    """The core never imports the demo (it uses every role) nor the GUI; a role's room does
    not reach into another role's room."""
    graph = _import_graph()
    rooms = ("expert", "chair", "commission")
    for module, deps in graph.items():
        if module.startswith("reviewdesk.core"):
            assert not {d for d in deps if d.startswith("reviewdesk.demo")}, module
        for room in rooms:
            if module.startswith(f"reviewdesk.core.{room}"):
                others = {d for d in deps for r in rooms if r != room
                          and d.startswith(f"reviewdesk.core.{r}")}  # fmt: skip
                assert not others, (module, others)
