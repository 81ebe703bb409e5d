"""Build the generated assets: Designer forms (pyside6-uic) and translations (pyside6-lrelease).

    python packaging/build_assets.py          regenerate gui/forms/ and resources/translations/*.qm
    python packaging/build_assets.py --check  fail when a committed file is out of date (CI)

Generated files are committed so that an installed wheel needs no Qt tools at run time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "src" / "reviewdesk" / "gui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    # Prefer the tool next to the running interpreter (the venv), then PATH.
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def build_form(ui_file: Path) -> str:
    out = subprocess.run(
        [_tool("pyside6-uic"), "--from-imports", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # uic writes the Qt version into its banner; drop that line so a patch release of Qt
    # does not count as drift.
    body = "\n".join(
        line for line in out.splitlines() if "Created by: Qt User Interface" not in line
    )
    header = (
        f"# Generated from ui/{ui_file.name} by pyside6-uic — do not edit;"
        " run packaging/build_assets.py\n"
    )
    return header + body.rstrip() + "\n"


def build_forms() -> dict[Path, str]:
    outputs = {
        FORMS_DIR
        / "__init__.py": '"""Generated Designer forms (see packaging/build_assets.py)."""\n'
    }
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        outputs[FORMS_DIR / f"ui_{ui_file.stem}.py"] = build_form(ui_file)
    return outputs


def build_translations(target: Path) -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report drift")
    args = parser.parse_args()
    drift: list[str] = []
    for path, text in build_forms().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            drift.append(str(path.relative_to(ROOT)))
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        build_translations(Path(tmp))
        for qm in sorted(Path(tmp).glob("*.qm")):
            committed = TRANSLATIONS / qm.name
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                drift.append(str(committed.relative_to(ROOT)))
                if not args.check:
                    shutil.copyfile(qm, committed)
    if args.check and drift:
        print(
            "generated files are out of date (run packaging/build_assets.py):", *drift, sep="\n  "
        )
        return 1
    for name in drift:
        print("updated", name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
