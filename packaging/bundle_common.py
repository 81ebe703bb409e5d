"""What the three PyInstaller spec files share (``packaging/reviewdesk-*.spec``).

A spec file is executed by PyInstaller with ``SPECPATH`` set; each one puts this folder on
``sys.path`` and imports this module. Nothing here imports PyInstaller at module level, so the
lists can be read (and tested) without it.

The bundle is ONE FOLDER (``dist/reviewdesk/``): a program ``reviewdesk`` and ``_internal/``
with Python, Qt and the data. reviewdesk's own data sits where an installed wheel has it:

    _internal/reviewdesk/resources/            templates, fonts, translations (.qm only)
    _internal/reviewdesk/core/storage/migrations/   Alembic's scripts, read as files

Qt: reviewdesk uses QtCore, QtGui, QtWidgets, QtPdf and QtPdfWidgets. Every other PySide6
module is excluded. Two Qt *libraries* stay although their Python modules go: libQt6Pdf
links libQt6Network and libQt6Gui links libQt6DBus. Of Qt's plugins only the folders in
``KEEP_PLUGINS`` are kept (and within them only the plugins named, where a list is given);
of Qt's own translations only ``qtbase_zh_CN.qm`` (what ``gui/i18n.py`` loads).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENTRY = ROOT / "packaging" / "reviewdesk_entry.py"
NAME = "reviewdesk"

USED_QT = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets")
# Every PySide6 module of the Essentials, Addons and Pdf wheels that reviewdesk does not use.
UNUSED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDBus",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)  # fmt: skip

EXCLUDES = [f"PySide6.{m}" for m in UNUSED_QT] + [
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "IPython",
    "numpy",
    "psycopg",  # the commission's PostgreSQL driver: an optional extra, not in the bundle
    "psycopg_binary",
]

# Qt plugin folders kept; a tuple names the plugins kept in it (file names without the
# platform's prefix/suffix: "qxcb" is libqxcb.so, qxcb.dll, libqxcb.dylib), None keeps all.
KEEP_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # offscreen for the self-test and headless use; xcb and wayland on Linux desktops;
    # windows and cocoa on their own systems.
    "platforms": ("qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"),
    "imageformats": ("qjpeg",),  # PNG is built into QtGui; JPEG materials need this one
    "platforminputcontexts": None,  # ibus/fcitx: Chinese input methods on Linux
    "platformthemes": None,  # native file dialogs (GTK, portal)
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "styles": None,  # the native style on macOS and Windows (qmodernwindowsstyle, qmacstyle)
}
KEEP_QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)


def datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for reviewdesk's own data files."""
    out: list[tuple[str, str]] = []
    resources = ROOT / "resources"
    for path in sorted(resources.rglob("*")):
        rel = path.relative_to(resources)
        if not path.is_file() or _left_out(rel):
            continue
        out.append((str(path), str(Path("reviewdesk/resources") / rel.parent)))
    migrations = ROOT / "src" / "reviewdesk" / "core" / "storage" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.relative_to(migrations)
            dest = Path("reviewdesk/core/storage/migrations") / rel.parent
            out.append((str(path), str(dest)))
    return out


def _left_out(rel: Path) -> bool:
    """Sources of generated files and the translators' work in progress stay behind."""
    return rel.parts[0] == "translations" and (rel.suffix != ".qm" or "pending" in rel.parts)


def hiddenimports() -> list[str]:
    """Modules imported by name at run time, which PyInstaller cannot see."""
    return [
        # Alembic loads env.py and the versions as files; they import these.
        "alembic.context",
        "alembic.op",
        "alembic.ddl.sqlite",
        "alembic.ddl.postgresql",
        "sqlalchemy.dialects.sqlite",
        "reviewdesk.core.storage.models",
        "reviewdesk.selftest",
    ]


def _qt_part(dest: str) -> tuple[str, ...] | None:
    """The parts after ``PySide6/Qt`` (or PySide6's top folder on Windows) of ``dest``."""
    parts = Path(dest).parts
    if "PySide6" not in parts:
        return None
    rest = parts[parts.index("PySide6") + 1 :]
    return rest[1:] if rest[:1] == ("Qt",) else rest


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a collected file (its destination path in the bundle) stays."""
    rest = _qt_part(dest)
    if rest is None:
        return True
    if len(rest) >= 2 and rest[0] == "plugins":
        if rest[1] not in KEEP_PLUGINS:
            return False
        wanted = KEEP_PLUGINS[rest[1]]
        return wanted is None or _plugin_name(rest[-1]) in wanted
    if len(rest) >= 2 and rest[0] == "translations":
        return rest[-1] in KEEP_QT_TRANSLATIONS
    # QML imports and QtWebEngine's resources and helper processes: never used.
    return not (rest and rest[0] in ("qml", "resources", "libexec"))


def prune(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``toc`` (PyInstaller's (dest, source, kind) entries) without the unwanted Qt files."""
    return [entry for entry in toc if keep(entry[0])]
