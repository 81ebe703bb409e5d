"""Qt's own dialogs speak Chinese, dates follow the language, English counts agree with
their number (issue 9 §8).

The non-native file dialog (used where the platform has none, e.g. on Linux without a
portal) asks for "&Look in:" and "Files of &type:", which the qtbase_zh_CN catalogue shipped
with PySide6 lacks (it has older sources); the app's catalogue supplies them
(``gui/i18n.QT_SUPPLEMENT``) and is installed after Qt's, so it is asked first.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from reviewdesk.gui.expert.standing_view import counted, date_time_text
from reviewdesk.gui.i18n import Language, Translations


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.CHINESE)
    try:
        yield
    finally:
        translations.switch(before)


@pytest.fixture
def english_now(qapp: QApplication) -> Iterator[None]:
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.ENGLISH)
    try:
        yield
    finally:
        translations.switch(before)


def labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


@pytest.mark.usefixtures("chinese")
def test_a_non_native_file_dialog_speaks_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "打开评审包")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    shown = labels(dialog)
    assert shown["lookInLabel"] == "查找范围(&L)："
    assert shown["fileTypeLabel"] == "文件类型(&T)："
    assert shown["fileNameLabel"].startswith("文件名")


@pytest.mark.usefixtures("chinese")
def test_dates_are_written_the_chinese_way() -> None:
    moment = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
    text = date_time_text(moment)
    assert "2026年12月" in text and "日" in text


@pytest.mark.usefixtures("english_now")
def test_english_counts_agree_with_their_number() -> None:
    assert counted("%n applicant", "%n applicants", 1) == "1 applicant"
    assert counted("%n applicant", "%n applicants", 2) == "2 applicants"
    assert counted("%n panel chair", "%n panel chairs", 1) == "1 panel chair"
    moment = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
    assert "Dec 2026" in date_time_text(moment)
