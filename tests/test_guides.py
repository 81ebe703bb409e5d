"""The user guides (docs/guide/) and their screenshots stay in step: every image a guide shows
exists, every screenshot in docs/guide/img is shown by a guide, each role has a Chinese and
an English guide showing the same steps in its own language, and the README links them.
Screenshots are retaken with ``packaging/guide_screenshots.py`` (docs/guide/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"
IMG = GUIDE / "img"
ROLES = ("expert", "chair", "commission")
LANGS = {"zh": "zh_CN", "en": "en"}  # guide suffix → screenshot suffix
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
SHOT = re.compile(r"^(?P<role>[a-z]+)-(?P<step>[a-z0-9-]+)-(?P<lang>zh_CN|en)\.png$")


def guides() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def images_in(guide: Path) -> list[str]:
    return IMAGE.findall(guide.read_text(encoding="utf-8"))


def test_every_role_has_a_chinese_and_an_english_guide() -> None:
    for role in ROLES:
        for lang in LANGS:
            assert (GUIDE / f"{role}.{lang}.md").is_file(), f"{role}.{lang}.md is missing"


def test_every_image_a_guide_shows_exists() -> None:
    missing = [
        f"{guide.name}: {ref}"
        for guide in guides()
        for ref in images_in(guide)
        if not (guide.parent / ref).resolve().is_file()
    ]
    assert not missing, "images shown but not in docs/guide/img: " + ", ".join(missing)


def test_every_screenshot_is_shown_by_a_guide() -> None:
    shown = {(guide.parent / ref).resolve() for guide in guides() for ref in images_in(guide)}
    pictures = sorted(IMG.glob("*.png"))
    assert pictures, "no screenshots: run packaging/guide_screenshots.py"
    unused = [p.name for p in pictures if p.resolve() not in shown]
    assert not unused, "screenshots no guide shows: " + ", ".join(unused)
    odd = [p.name for p in pictures if not SHOT.match(p.name)]
    assert not odd, "screenshots not named <role>-<step>-<lang>.png: " + ", ".join(odd)


def test_each_guide_shows_its_own_role_and_language_and_both_languages_the_same_steps() -> None:
    for role in ROLES:
        steps: dict[str, list[str]] = {}
        for lang, shot_lang in LANGS.items():
            guide = GUIDE / f"{role}.{lang}.md"
            names = [Path(ref).name for ref in images_in(guide)]
            assert names, f"{guide.name} shows no screenshot"
            for name in names:
                match = SHOT.match(name)
                assert match, f"{guide.name}: {name}"
                assert match["role"] == role and match["lang"] == shot_lang, (
                    f"{guide.name} shows {name}, a screen of another role or language"
                )
            steps[lang] = [SHOT.match(n)["step"] for n in names]  # type: ignore[index]
        assert steps["zh"] == steps["en"], f"{role}: the two guides show different steps"


def test_the_screenshots_stay_small() -> None:
    sizes = {p.name: p.stat().st_size for p in IMG.glob("*.png")}
    big = [f"{name} ({size // 1024} KB)" for name, size in sizes.items() if size > 150 * 1024]
    assert not big, "screenshots over 150 KB: " + ", ".join(big)
    assert sum(sizes.values()) < 8 * 1024 * 1024


def test_the_readme_links_every_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for role in ROLES:
        for lang in LANGS:
            assert f"docs/guide/{role}.{lang}.md" in readme
