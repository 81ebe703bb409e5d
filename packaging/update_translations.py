"""Refresh resources/translations/*.ts from the sources (pyside6-lupdate) and list what is
still untranslated. Translate in Qt Linguist (pyside6-linguist) or the .ts XML, then run
packaging/build_assets.py to compile the .qm files.

    python packaging/update_translations.py           update the .ts files
    python packaging/update_translations.py --check   exit 1 if a string is untranslated

Translations can also arrive as tab-separated lines (context, English source, Chinese) in
resources/translations/pending/*.tsv — handy when several people add strings at once. An
update fills the .ts from them and deletes each file once all its lines were used.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def sources() -> list[str]:
    gui = ROOT / "src" / "reviewdesk" / "gui"
    files = [p for p in gui.rglob("*.py") if "forms" not in p.parts]
    files.extend((ROOT / "src" / "reviewdesk" / "messages").glob("*.py"))
    files.extend((ROOT / "ui").glob("*.ui"))
    return [str(p) for p in sorted(files)]


def untranslated(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        numerus = message.get("numerus") == "yes"
        text = (
            "".join(t.text or "" for t in translation.iter("numerusform"))
            if numerus and translation is not None
            else (translation.text if translation is not None else "")
        )
        if translation is None or translation.get("type") in ("unfinished", "vanished") or not text:
            missing.append(source)
    return missing


def merge_pending(ts: Path) -> bool:
    pending_dir = TRANSLATIONS / "pending"
    files = sorted(pending_dir.glob("*.tsv")) if pending_dir.exists() else []
    if not files:
        return False
    wanted: dict[tuple[str, str], str] = {}
    for tsv in files:
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{tsv}:{number}: expected context<TAB>source<TAB>translation")
            context, source, text = (p.replace("\\n", "\n") for p in parts)
            wanted[(context, source)] = text
    tree = ET.parse(ts)
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key not in wanted:
                continue
            used.add(key)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                ET.SubElement(translation, "numerusform").text = wanted[key]
            else:
                translation.text = wanted[key]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for key in sorted(set(wanted) - used):
        print(f"pending translation matches no source string (kept): {key}")
    if not set(wanted) - used:
        for tsv in files:
            tsv.unlink()
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        if args.check:
            # Check what an update would produce, so a string added in code but never
            # extracted into the .ts counts as untranslated too.
            with tempfile.TemporaryDirectory() as tmp:
                probe = Path(tmp) / ts.name
                shutil.copyfile(ts, probe)
                subprocess.run(
                    [lupdate, "-silent", "-no-obsolete", *sources(), "-ts", str(probe)], check=True
                )
                missing = untranslated(probe)
            for source in missing:
                print(f"{ts.name}: untranslated: {source!r}")
            if missing:
                print("run packaging/update_translations.py and translate these")
                return 1
            continue
        update = [lupdate, "-silent", "-no-obsolete", *sources(), "-ts", str(ts)]
        subprocess.run(update, check=True)
        if merge_pending(ts):
            subprocess.run(update, check=True)  # again, so the file keeps lupdate's layout
        for source in untranslated(ts):
            print(f"{ts.name}: untranslated: {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
