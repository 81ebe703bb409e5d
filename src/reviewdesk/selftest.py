"""``reviewdesk --self-test``: does this copy of reviewdesk work on this machine?

Meant for an installed or frozen copy (``make bundle`` runs it on the PyInstaller bundle,
offscreen), and for the person who installs reviewdesk on thirty laptops. Everything happens
in a throw-away folder; nothing in the user's own reviewdesk folder is read or written.

The steps, one line each (``ok`` or ``FAIL`` and what was seen):

- ``resources``: the bundled resources folder (templates, fonts, translations) is found;
- ``demo``: a demo round is built in the temporary folder (``reviewdesk.demo.round``);
- ``open-package``: the first demo expert's identity is unlocked with its public passphrase
  and their first package opened through the expert desk (roster against the pinned root,
  signature, every blob), the pledge signed and one applicant declared;
- ``qt``: a ``QApplication`` starts on the platform plugin in use (offscreen when there is
  no display) and PNG and JPEG images encode and decode (the imageformats plugins);
- ``render-pdf``: that applicant's first material, decrypted into memory, is rendered by
  QtPdf from a ``QBuffer`` and the page is not blank;
- ``report``: the expert's PDF of their sheets is written (reportlab with the CJK font);
- ``verify``: the package file passes ``core.formats.verify`` completely;
- ``fonts``: the bundled CJK font registers with reportlab and with ``QFontDatabase``;
- ``translations``: the Chinese ``.qm`` loads and translates a known string, and Qt's own
  Chinese translation is found;
- ``window``: the main window is built in Chinese and painted.

A step that needs an earlier one that failed fails too ("needs …"). Exit status 1 when any
step failed, else 0. ``reviewdesk --self-test STEP …`` runs only the steps named (and what
they need). This module imports Qt (it checks the GUI stack); the CLI imports it only for
``--self-test``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewdesk import __version__

# A string the Chinese catalogue must translate (context, English source, Chinese).
KNOWN_STRING = ("MainWindow", "Loading scoring forms…", "正在加载评分表…")
FONT_FAMILY = "WenQuanYi Micro Hei"
PAINT_TIMEOUT = 15.0  # seconds for the first paint of the main window


class StepFailed(Exception):
    """A check that did not hold; the message says what was seen."""


@dataclass
class Context:
    folder: Path
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str]
    needs: tuple[str, ...] = ()


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# Core steps ----------------------------------------------------------------------------


def _resources(ctx: Context) -> str:
    from reviewdesk.core.resources import resource_path, resources_root

    root = resources_root()
    for parts in (
        ("templates", "evaluation-park.json"),
        ("fonts", "wqy-microhei.ttc"),
        ("translations", "reviewdesk_zh_CN.qm"),
    ):
        _check(resource_path(*parts).is_file(), f"missing {resource_path(*parts)}")
    return str(root)


def _demo(ctx: Context) -> str:
    from reviewdesk.demo.round import create_demo

    demo = create_demo(ctx.folder / "demo")
    ctx.facts["demo"] = demo
    return f"{len(demo.people)} people, {sum(len(p.packages) for p in demo.people)} packages"


def _open_package(ctx: Context) -> str:
    from reviewdesk.core.crypto.identity import load_identity
    from reviewdesk.core.domain import Conflict
    from reviewdesk.core.expert.desk import ExpertDesk
    from reviewdesk.core.home.opening import open_home
    from reviewdesk.core.home.settings import Home

    person = ctx.facts["demo"].person("expert-1")
    identity = load_identity(person.identity_path, person.passphrase)
    package = person.packages[0]
    opened = open_home(Home(person.home), program="reviewdesk --self-test")
    ctx.facts["home"] = opened  # closed at the end
    now = datetime.now(UTC)
    desk = ExpertDesk.open_in_home(opened.db, identity, package, opened.home, now=now)
    applicant = desk.applicants()[0]
    desk.sign_pledge(now)
    desk.declare_conflict(applicant.ref, Conflict.NONE, "", now)
    _check(desk.materials_open(applicant.ref), "materials still closed after declaring")
    pdfs = [a.number for a in desk.attachments(applicant.ref) if a.mime == "application/pdf"]
    _check(bool(pdfs), f"no PDF material for {applicant.ref}")
    ctx.facts.update(desk=desk, identity=identity, package=package, attachment=pdfs[0])
    return f"{package.name}: {len(desk.applicants())} applicants, signed by the demo commission"


def _report(ctx: Context) -> str:
    desk = ctx.facts["desk"]
    data = desk.export_pdf(language="zh")
    _check(data.startswith(b"%PDF-"), "the report is not a PDF")
    _check(b"WenQuanYi" in data, "the report does not embed the CJK font")
    out = ctx.folder / desk.suggested_file_name().replace(".rdx", ".pdf")
    out.write_bytes(data)
    ctx.facts["report"] = data
    return f"{out.name}, {len(data) // 1024} KiB"


def _verify(ctx: Context) -> str:
    from reviewdesk.core.crypto.roster import load_trust
    from reviewdesk.core.formats.verify import verify_file

    person = ctx.facts["demo"].person("expert-1")
    home = ctx.facts["home"].home
    report = verify_file(
        ctx.facts["package"],
        identity=ctx.facts["identity"],
        roster_data=ctx.facts["demo"].roster.read_bytes(),
        roster_path=ctx.facts["demo"].roster,
        trust=load_trust(home.trust_path),
        now=datetime.now(UTC),
    )
    failed = [c for c in report.checks if c.status.value != "ok"]
    _check(report.ok, "; ".join(f"{c.name}: {c.status.value} {c.detail}" for c in failed))
    return f"{report.what}: {len(report.checks)} checks passed ({person.key}'s package)"


def _reportlab_font(ctx: Context) -> str:
    from reportlab.pdfbase import pdfmetrics

    from reviewdesk.core.reports.fonts import cjk_font

    name = cjk_font()
    face = pdfmetrics.getFont(name).face
    _check(face.charToGlyph.get(ord("评")) is not None, "no glyph for 评 in reportlab's font")
    return name


# Qt steps ------------------------------------------------------------------------------


def _qt(ctx: Context) -> str:
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    from reviewdesk.gui.app import create_application

    app = create_application([sys.argv[0]])
    ctx.facts["app"] = app
    formats = []
    # PySide6 6.12 wants the format as str although its stubs say bytes (bytes raise).
    for name in ("PNG", "JPEG"):
        image = QImage(32, 32, QImage.Format.Format_RGB32)
        image.fill(QColor(200, 30, 30))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        saved = image.save(buffer, name)  # type: ignore[call-overload]
        _check(saved, f"cannot write {name} (imageformats plugin missing?)")
        buffer.close()
        back = QImage.fromData(data, name)  # type: ignore[arg-type]
        _check(not back.isNull(), f"cannot read {name} (imageformats plugin missing?)")
        _check(back.pixelColor(16, 16).red() > 150, f"{name} came back with other colours")
        formats.append(name)
    return f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}, " + "/".join(
        formats
    )


def _render_pdf(ctx: Context) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    desk = ctx.facts["desk"]
    data = desk.read_attachment(ctx.facts["attachment"])
    _check(data.startswith(b"%PDF-"), "the decrypted material is not a PDF")
    document = QPdfDocument()
    held = QByteArray(data)
    buffer = QBuffer()
    buffer.setData(held)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    deadline = time.monotonic() + 10
    while document.status() == QPdfDocument.Status.Loading and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    _check(
        document.status() == QPdfDocument.Status.Ready,
        f"QtPdf status {document.status().name}, error {document.error().name}",
    )
    pages = document.pageCount()
    size = document.pagePointSize(0).toSize()
    image = document.render(0, QSize(size.width(), size.height()))
    document.close()
    buffer.close()
    _check(not image.isNull(), "QtPdf rendered nothing")
    inked = _inked_fraction(image)
    _check(inked > 0.001, "the rendered page is blank")
    return f"{pages} pages, page 1 at {image.width()}×{image.height()}, {inked:.1%} inked"


def _inked_fraction(image: Any) -> float:
    """Share of sampled pixels that are drawn (not transparent) and clearly not white."""
    step = max(1, min(image.width(), image.height()) // 100)
    seen = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen += 1
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128 and colour.lightness() < 200:
                inked += 1
    return inked / max(1, seen)


def _fonts(ctx: Context) -> str:
    from PySide6.QtGui import QFontDatabase

    from reviewdesk.core.resources import resource_path
    from reviewdesk.gui.fonts import BUNDLED_FONT

    name = _reportlab_font(ctx)
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*BUNDLED_FONT)))
    _check(font_id >= 0, "QFontDatabase refused the bundled font")
    families = QFontDatabase.applicationFontFamilies(font_id)
    _check(FONT_FAMILY in families, f"QFontDatabase families {families}")
    systems = QFontDatabase.writingSystems(FONT_FAMILY)
    _check(
        QFontDatabase.WritingSystem.SimplifiedChinese in systems,
        f"{FONT_FAMILY} not marked for Simplified Chinese",
    )
    return f"reportlab {name}; Qt {', '.join(families)}"


def _translations(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from reviewdesk.core.resources import resource_path

    own = QTranslator()
    path = resource_path("translations", "reviewdesk_zh_CN.qm")
    _check(own.load(str(path)), f"cannot load {path}")
    context, source, chinese = KNOWN_STRING
    got = own.translate(context, source)
    _check(got == chinese, f"{source!r} translated as {got!r}, expected {chinese!r}")
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _check(qt.load("qtbase_zh_CN", qt_dir), f"qtbase_zh_CN.qm not found in {qt_dir}")
    return f"{source} → {got}; qtbase_zh_CN"


def _window(ctx: Context) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool

    from reviewdesk.gui.app import build_main_window
    from reviewdesk.gui.i18n import Language

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    app = ctx.facts["app"]
    started = time.monotonic()
    window = build_main_window(app, Language.CHINESE, home=ctx.folder / "window-home")
    painted = Painted()
    window.installEventFilter(painted)
    window.show()
    deadline = started + PAINT_TIMEOUT
    while not painted.seen and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    seconds = time.monotonic() - started
    title = window.windowTitle()
    pixmap = window.grab()
    pool = QThreadPool.globalInstance()  # the scoring forms load on a worker: let it end
    while pool.activeThreadCount() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        pool.waitForDone(20)
    QCoreApplication.processEvents()
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    _check(painted.seen, f"not painted within {PAINT_TIMEOUT:.0f} s")
    _check(not pixmap.isNull(), "the window grabbed as an empty picture")
    return f"“{title}” painted in {seconds:.2f} s"


STEPS = (
    Step("resources", _resources),
    Step("demo", _demo),
    Step("open-package", _open_package, ("demo",)),
    Step("qt", _qt),
    Step("render-pdf", _render_pdf, ("open-package", "qt")),
    Step("report", _report, ("open-package",)),
    Step("verify", _verify, ("open-package",)),
    Step("fonts", _fonts, ("qt",)),
    Step("translations", _translations, ("qt",)),
    Step("window", _window, ("qt",)),
)


def _wanted(names: Sequence[str]) -> list[Step]:
    by_name = {s.name: s for s in STEPS}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise SystemExit(
            f"reviewdesk --self-test: unknown step {', '.join(unknown)} "
            f"(steps: {', '.join(by_name)})"
        )
    if not names:
        return list(STEPS)
    chosen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in chosen:
            chosen.add(name)
            todo.extend(by_name[name].needs)
    return [s for s in STEPS if s.name in chosen]


def main(argv: Sequence[str] = ()) -> int:
    """Run the steps (all, or those named in ``argv``); 0 when every one passed."""
    steps = _wanted([a for a in argv if a not in ("-v", "--verbose")])
    verbose = any(a in ("-v", "--verbose") for a in argv)
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"reviewdesk {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    folder = Path(tempfile.mkdtemp(prefix="reviewdesk-selftest-"))
    ctx = Context(folder)
    passed: set[str] = set()
    failures = 0
    try:
        for step in steps:
            missing = [n for n in step.needs if n not in passed]
            started = time.monotonic()
            if missing:
                ok, detail = False, f"needs {', '.join(missing)}"
            else:
                try:
                    ok, detail = True, step.run(ctx)
                except Exception as error:  # every failure is a FAIL line, never a crash
                    ok, detail = False, _describe(error)
                    if verbose:
                        traceback.print_exc()
            took = time.monotonic() - started
            print(f"{'ok' if ok else 'FAIL':<5} {step.name:<13} {detail} [{took:.2f} s]")
            sys.stdout.flush()
            if ok:
                passed.add(step.name)
            else:
                failures += 1
    finally:
        home = ctx.facts.get("home")
        if home is not None:
            home.close()
        shutil.rmtree(folder, ignore_errors=True)
    print("self-test passed" if not failures else f"self-test FAILED: {failures} step(s)")
    return 1 if failures else 0


def _describe(error: Exception) -> str:
    from reviewdesk.core.errors import ReviewdeskError

    if isinstance(error, ReviewdeskError):
        from reviewdesk.messages import english_message

        return f"{error.code}: {english_message(error)}"
    if isinstance(error, StepFailed):
        return str(error)
    return f"{type(error).__name__}: {error}"
