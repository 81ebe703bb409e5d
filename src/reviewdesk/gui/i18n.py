"""Translations: English source strings, Chinese (zh_CN) by default, switchable at run time.

Switching installs the other translator; Qt then sends every widget a LanguageChange event
and the windows retranslate themselves (``retranslateUi``).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from reviewdesk.core.resources import resource_path


class Language(StrEnum):
    CHINESE = "zh_CN"
    ENGLISH = "en"


DEFAULT_LANGUAGE = Language.CHINESE
_SETTINGS_KEY = "ui/language"

# Qt's own file dialog (the non-native one, used where the platform has none) asks for these
# strings, which the qtbase_zh_CN catalogue shipped with PySide6 lacks: it still has older
# sources ("Look in:" without the mnemonic). Ours translates them (context QFileDialog) and
# is installed after Qt's, so it is asked first.
QT_SUPPLEMENT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class Translations:
    """Owns the installed translators (the app's own and Qt's standard dialogs).

    One per process (``for_application``): two owners would leave each other's translators
    installed and the language could not be switched back.
    """

    _instance: Translations | None = None

    @classmethod
    def for_application(cls, app: QCoreApplication) -> Translations:
        if cls._instance is None or cls._instance._app is not app:
            cls._instance = cls(app)
        return cls._instance

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = Language.ENGLISH

    def switch(self, language: Language) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if language is Language.CHINESE:
            own = QTranslator(self._app)
            if not own.load(str(resource_path("translations", "reviewdesk_zh_CN.qm"))):
                raise FileNotFoundError(
                    "reviewdesk_zh_CN.qm missing: run packaging/build_assets.py"
                )
            qt = QTranslator(self._app)
            if qt.load(
                "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                self._translators.append(qt)
            self._translators.append(own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(language.value))
        self.language = language
        QSettings().setValue(_SETTINGS_KEY, language.value)


def saved_language() -> Language:
    value = QSettings().value(_SETTINGS_KEY, DEFAULT_LANGUAGE.value)
    try:
        return Language(str(value))
    except ValueError:
        return DEFAULT_LANGUAGE
