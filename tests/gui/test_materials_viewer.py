"""The materials viewer: attachments decrypted into memory and read there (issue 4 item 4)."""

from __future__ import annotations

import gc
import io
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QWidget

from reviewdesk.core.errors import FormatError
from reviewdesk.gui.i18n import Language, Translations
from reviewdesk.gui.viewer import Attachment, AttachmentListModel, MaterialsViewer

CHINESE_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
PAGES = 12
PDF = "application/pdf"

# --- Test material, made in memory --------------------------------------------------------


def make_pdf(pages: int = PAGES, *, password: str | None = None) -> bytes:
    """A multi-page PDF; page 3 holds "Zeolite" twice (and 联合研发 when the font exists)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if CHINESE_FONT.exists():
        pdfmetrics.registerFont(TTFont("WQY", str(CHINESE_FONT), subfontIndex=0))
        font = "WQY"
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, encrypt=password)
    for number in range(1, pages + 1):
        pdf.setFont(font, 22)
        title = f"Page {number}" if font == "Helvetica" else f"第 {number} 页 Page {number}"
        pdf.drawString(72, 760, title)
        pdf.setFont(font, 12)
        for line in range(30):
            if number == 3 and line in (5, 9):
                text = "Zeolite membranes" + (" 联合研发" if font == "WQY" else "")
            else:
                text = "International cooperation" + (" 国际科技合作" if font == "WQY" else "")
            pdf.drawString(72, 720 - line * 20, f"{line}. {text}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def make_png(width: int = 400, height: int = 300) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkcyan"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return make_pdf()


@pytest.fixture
def viewer(qtbot) -> MaterialsViewer:  # type: ignore[no-untyped-def]
    widget = MaterialsViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    widget.activateWindow()  # widget shortcuts only fire in the active window
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.CHINESE)
    yield
    translations.switch(before)


class Materials:
    """Attachments with a loader that hands out their bytes or raises, and counts calls."""

    def __init__(self, items: Sequence[tuple[Attachment, bytes | BaseException]]) -> None:
        self.items = list(items)
        self.calls: list[int] = []

    @property
    def attachments(self) -> list[Attachment]:
        return [attachment for attachment, _ in self.items]

    def load(self, index: int) -> bytes:
        self.calls.append(index)
        payload = self.items[index][1]
        if isinstance(payload, BaseException):
            raise payload
        return payload


def show(viewer: MaterialsViewer, qtbot, materials: Materials, index: int = 0) -> bool:  # type: ignore[no-untyped-def]
    """Open ``index``; return True if its document is on screen, False if a message is."""
    outcome: list[bool] = []
    viewer.attachmentShown.connect(lambda _i: outcome.append(True))
    viewer.attachmentNotShown.connect(lambda _i: outcome.append(False))
    if index == 0:
        viewer.set_attachments(materials.attachments, materials.load)
    else:
        viewer.open_attachment(index)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome[-1]


def show_pdf(viewer: MaterialsViewer, qtbot, data: bytes, name: str = "申报书.pdf") -> Materials:  # type: ignore[no-untyped-def]
    materials = Materials([(Attachment(name, PDF, len(data)), data)])
    assert show(viewer, qtbot, materials)
    return materials


def wait_for_search(viewer: MaterialsViewer, qtbot) -> None:  # type: ignore[no-untyped-def]
    search = viewer.pdf_pane.search
    qtbot.waitUntil(lambda: not search.searching and search.current >= 0, timeout=15_000)


def message_text(viewer: MaterialsViewer) -> str:
    pane = viewer.message_pane
    return f"{pane.title.text()}\n{pane.text.text()}"


# --- PDFs --------------------------------------------------------------------------------


def test_pdf_opens_from_memory_with_its_page_count(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    assert viewer.stack.currentWidget() is pane
    assert pane.page_count == PAGES
    assert pane.page_box.text() == f"1 / {PAGES}"
    assert viewer.shown_index() == 0
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_list_shows_name_type_and_size_in_the_ui_language(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    materials = Materials([(Attachment("申报书.pdf", PDF, 2_400_000), pdf_bytes)])
    assert show(viewer, qtbot, materials)
    model = viewer.model
    assert model.data(model.index(0, 0)) == "申报书.pdf"
    assert model.data(model.index(0, 2)) == "2.4 MB"  # the same in zh_CN and English
    assert model.headerData(2, Qt.Orientation.Horizontal)


def test_page_keys_and_page_box_move_between_pages(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: pane.page_box.text() == f"2 / {PAGES}")
    qtbot.keyClick(pane.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: pane.page == PAGES - 1)
    assert pane.page_box.text() == f"{PAGES} / {PAGES}"
    assert not pane.next_action.isEnabled()
    qtbot.keyClick(pane.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: pane.page == PAGES - 2)
    qtbot.keyClick(pane.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: pane.page == 0)
    assert not pane.previous_action.isEnabled()
    # Typing a page number and Enter goes there.
    pane.page_box.setFocus()
    pane.page_box.lineEdit().selectAll()
    qtbot.keyClicks(pane.page_box, "7")
    qtbot.keyClick(pane.page_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.page == 6)
    assert pane.page_box.text() == f"7 / {PAGES}"


def test_zoom_keys_and_fit_modes(viewer: MaterialsViewer, qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    fitted = pane.effective_zoom()
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert pane.effective_zoom() > fitted
    larger = pane.effective_zoom()
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pane.effective_zoom() < larger
    assert pane.zoom_label.text().replace(" ", "").endswith("%")
    pane.fit_page_action.trigger()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitInView
    whole_page = pane.effective_zoom()
    assert whole_page < fitted  # a whole A4 page in a wide pane is smaller than its width
    qtbot.keyClick(pane.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert pane.effective_zoom() == pytest.approx(fitted)


def test_search_finds_a_word_on_page_three_and_goes_there(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    search = pane.search
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.all_search.field.hasFocus()  # Ctrl+F: all documents (test_viewer_places)
    qtbot.mouseClick(search.field, Qt.MouseButton.LeftButton)  # this document only
    assert search.field.hasFocus()
    qtbot.keyClicks(search.field, "zeolite")  # case-insensitive
    wait_for_search(viewer, qtbot)
    assert search.count_label.text() == "1 / 2"
    assert pane.page == 2
    assert pane.page_box.text() == f"3 / {PAGES}"
    assert pane.view.currentSearchResultIndex() == 0  # highlighted
    # The result is in view, not just its page.
    link = search.model.resultAtIndex(0)
    assert link.page() == 2
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert search.count_label.text() == "2 / 2"
    qtbot.keyClick(search.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert search.count_label.text() == "1 / 2"
    qtbot.keyClick(search.field, Qt.Key.Key_F3)
    qtbot.keyClick(search.field, Qt.Key.Key_F3)  # wraps around
    assert search.count_label.text() == "1 / 2"
    assert pane.view.currentSearchResultIndex() == 0


def test_search_starts_from_the_current_page(viewer: MaterialsViewer, qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    pane.go_to_page(5)
    qtbot.waitUntil(lambda: pane.page == 5)
    pane.search.search("Page 9")
    wait_for_search(viewer, qtbot)
    assert pane.page == 8


@pytest.mark.skipif(not CHINESE_FONT.exists(), reason="no Chinese font to make the PDF with")
def test_search_finds_chinese_text(viewer: MaterialsViewer, qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    viewer.pdf_pane.search.search("联合研发")
    wait_for_search(viewer, qtbot)
    assert viewer.pdf_pane.search.count == 2
    assert viewer.pdf_pane.page == 2


def test_copy_page_text_puts_the_page_in_the_clipboard(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    pane.go_to_page(2)
    qtbot.waitUntil(lambda: pane.page == 2)
    QGuiApplication.clipboard().clear()
    pane.view.setFocus()
    qtbot.keyClick(
        pane.view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    copied = QGuiApplication.clipboard().text()
    assert "Page 3" in copied
    assert "Zeolite membranes" in copied
    if CHINESE_FONT.exists():
        assert "第 3 页" in copied
    assert "3" in pane.notice.text()


def test_copy_the_text_around_a_search_result(viewer: MaterialsViewer, qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    pane = viewer.pdf_pane
    pane.search.search("zeolite")
    wait_for_search(viewer, qtbot)
    QGuiApplication.clipboard().clear()
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "Zeolite membranes" in copied  # the match as printed, with the words after it
    assert "4. International cooperation" in copied  # and the line before


def test_password_protected_pdf_says_so_and_shows_nothing(viewer: MaterialsViewer, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = make_pdf(2, password="secret")
    materials = Materials([(Attachment("加密.pdf", PDF, len(data)), data)])
    assert not show(viewer, qtbot, materials)
    assert viewer.stack.currentWidget() is viewer.message_pane
    assert "加密.pdf" in message_text(viewer)
    assert "password" in message_text(viewer) or "密码" in message_text(viewer)
    assert viewer.pdf_pane.page_count == 0


def test_corrupt_pdf_shows_an_error_and_no_document(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    broken = b"%PDF-1.7\n" + b"\x00garbage" * 200
    truncated = pdf_bytes[: len(pdf_bytes) // 3]
    materials = Materials(
        [
            (Attachment("坏.pdf", PDF, len(broken)), broken),
            (Attachment("半.pdf", PDF, 9), truncated),
        ]
    )
    assert not show(viewer, qtbot, materials)
    assert viewer.stack.currentWidget() is viewer.message_pane
    assert "坏.pdf" in message_text(viewer)
    assert viewer.pdf_pane.page_count == 0
    assert viewer.shown_index() == -1
    assert viewer.message_pane.details_button.isVisible()
    shown = show(viewer, qtbot, materials, 1)
    assert not shown or viewer.pdf_pane.page_count > 0  # pdfium may repair a cut file


# --- Images and other files -------------------------------------------------------------------


def test_png_image_is_shown_from_memory_fitted_and_zoomable(viewer: MaterialsViewer, qtbot) -> None:  # type: ignore[no-untyped-def]
    png = make_png(3000, 2000)
    materials = Materials([(Attachment("现场照片.png", "image/png", len(png)), png)])
    assert show(viewer, qtbot, materials)
    pane = viewer.image_pane
    assert viewer.stack.currentWidget() is pane
    assert pane.image.size() == QSize(3000, 2000)
    assert pane.fitted and pane.zoom < 1  # a big photo is fitted into the pane
    shown = pane.picture.pixmap()
    assert not shown.isNull()
    assert shown.deviceIndependentSize().width() <= pane.area.viewport().width()
    pane.area.setFocus()
    qtbot.keyClick(pane.area, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert not pane.fitted and pane.zoom > 0.3
    qtbot.keyClick(pane.area, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pane.fitted


def test_damaged_image_shows_a_message(viewer: MaterialsViewer, qtbot) -> None:  # type: ignore[no-untyped-def]
    materials = Materials([(Attachment("photo.jpg", "image/jpeg", 10), b"not a jpeg")])
    assert not show(viewer, qtbot, materials)
    assert "photo.jpg" in message_text(viewer)
    assert viewer.image_pane.image.isNull()


def test_unsupported_type_is_named_with_its_size_and_never_decrypted(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    materials = Materials(
        [
            (Attachment("申报书.pdf", PDF, len(pdf_bytes)), pdf_bytes),
            (Attachment("合同.docx", docx, 123_456), b"PK"),
        ]
    )
    assert show(viewer, qtbot, materials)
    assert not show(viewer, qtbot, materials, 1)
    text = message_text(viewer)
    assert "合同.docx" in text
    assert "123.5 kB" in text
    assert "DOCX" in text
    assert materials.calls == [0]  # the unsupported file was never decrypted
    assert viewer.pdf_pane.page_count == 0  # and the PDF before it was released


# --- Loading --------------------------------------------------------------------------------


def test_failing_loader_shows_the_translated_error_with_details(
    viewer: MaterialsViewer, qtbot, chinese
) -> None:  # type: ignore[no-untyped-def]
    error = FormatError("file-unreadable", "专家包.rdx", reason="blob 3")
    materials = Materials([(Attachment("申报书.pdf", PDF, 1000), error)])
    assert not show(viewer, qtbot, materials)
    pane = viewer.message_pane
    assert viewer.stack.currentWidget() is pane
    assert "无法读取 专家包.rdx" in pane.text.text()  # the messages catalogue's wording, in Chinese
    assert "申报书.pdf" in pane.title.text()
    assert pane.details_button.isVisible() and not pane.details.isVisible()
    qtbot.mouseClick(pane.details_button, Qt.MouseButton.LeftButton)
    assert pane.details.isVisible()
    assert "file-unreadable" in pane.details.toPlainText()
    assert viewer.pdf_pane.page_count == 0


def test_loading_shows_progress_and_keeps_the_window_responsive(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    ticks: list[int] = []

    def slow_load(_index: int) -> bytes:
        release.wait(10)
        return pdf_bytes

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    viewer.set_attachments([Attachment("大.pdf", PDF, len(pdf_bytes))], slow_load)
    assert viewer.stack.currentWidget() is viewer.message_pane
    assert viewer.message_pane.busy.isVisible()
    assert "大.pdf" in viewer.message_pane.title.text()
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop runs while the loader works
    with qtbot.waitSignal(viewer.attachmentShown, timeout=10_000):
        release.set()
    timer.stop()
    assert viewer.pdf_pane.page_count == PAGES


def test_a_late_result_for_an_earlier_choice_is_dropped(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    png = make_png()

    def load(index: int) -> bytes:
        if index == 0:
            release.wait(10)
            return pdf_bytes
        return png

    attachments = [Attachment("慢.pdf", PDF, 1), Attachment("图.png", "image/png", len(png))]
    viewer.set_attachments(attachments, load)
    with qtbot.waitSignal(viewer.attachmentShown, timeout=10_000) as shown:
        viewer.open_attachment(1)
    assert shown.args == [1]
    release.set()
    qtbot.wait(200)
    assert viewer.stack.currentWidget() is viewer.image_pane
    assert viewer.pdf_pane.page_count == 0
    assert viewer.shown_index() == 1


def test_nothing_decrypted_is_written_to_disk(
    viewer: MaterialsViewer, qtbot, pdf_bytes, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    temp_dir, work_dir = tmp_path / "tmp", tmp_path / "cwd"
    temp_dir.mkdir()
    work_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))  # where Qt and Python would put temp files
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    monkeypatch.chdir(work_dir)
    png = make_png()
    materials = Materials(
        [
            (Attachment("申报书.pdf", PDF, len(pdf_bytes)), pdf_bytes),
            (Attachment("图.png", "image/png", len(png)), png),
        ]
    )
    assert show(viewer, qtbot, materials)
    pane = viewer.pdf_pane
    pane.go_to_page(7)
    pane.zoom_by(larger=True)
    pane.search.search("zeolite")
    wait_for_search(viewer, qtbot)
    pane.copy_page_text()
    pane.search.copy_around_result()
    viewer.grab()
    assert show(viewer, qtbot, materials, 1)
    viewer.grab()
    assert list(temp_dir.rglob("*")) == []
    assert list(work_dir.rglob("*")) == []


def test_document_stays_readable_after_garbage_collection(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, bytes(pdf_bytes))  # a copy nobody else holds
    gc.collect()
    pane = viewer.pdf_pane
    image = pane.document.render(PAGES - 1, QSize(300, 424))
    assert not image.isNull()
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50  # text was drawn, so the bytes were still there
    assert (
        pane.document.getAllText(PAGES - 1)
        .text()
        .startswith(f"第 {PAGES} 页" if CHINESE_FONT.exists() else f"Page {PAGES}")
    )


def test_choosing_another_attachment_releases_the_shown_document(
    viewer: MaterialsViewer, qtbot, pdf_bytes
) -> None:  # type: ignore[no-untyped-def]
    png = make_png()
    materials = Materials(
        [
            (Attachment("a.pdf", PDF, len(pdf_bytes)), pdf_bytes),
            (Attachment("b.png", "image/png", len(png)), png),
        ]
    )
    assert show(viewer, qtbot, materials)
    assert viewer.pdf_pane.loaded
    viewer.list.setFocus()
    qtbot.keyClick(viewer.list, Qt.Key.Key_Down)  # the keyboard chooses too
    qtbot.waitUntil(lambda: viewer.shown_index() == 1, timeout=10_000)
    assert not viewer.pdf_pane.loaded
    assert viewer.pdf_pane._buffer is None
    viewer.clear()
    assert viewer.image_pane.image.isNull()
    assert viewer.model.rowCount() == 0


# --- Access ---------------------------------------------------------------------------------


def test_controls_have_accessible_names(viewer: MaterialsViewer, qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QLineEdit

    controls: list[QWidget] = [
        w
        for kind in (QAbstractButton, QLineEdit, QAbstractSpinBox, QAbstractScrollArea)
        for w in viewer.findChildren(kind)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parent(), QAbstractSpinBox)
    ]
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in controls
        if not w.accessibleName()
        and w.parent() is not None
        and not isinstance(w.parent().parent(), QAbstractScrollArea)  # scroll bars
    ]
    assert unnamed == []


def test_attachment_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AttachmentListModel(
        [
            Attachment("a.pdf", PDF, 1),
            Attachment("b.jpg", "image/jpeg", 2_000),
            Attachment("c", "", 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(2, 1)) == "?"


def test_a_shown_error_follows_a_language_switch(viewer: MaterialsViewer, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.ENGLISH)
    try:
        error = FormatError("file-unreadable", "pkg.rdx", reason="blob 3")
        assert not show(viewer, qtbot, Materials([(Attachment("a.pdf", PDF, 1), error)]))
        assert "pkg.rdx cannot be read" in viewer.message_pane.text.text()
        translations.switch(Language.CHINESE)
        qtbot.waitUntil(lambda: "无法读取 pkg.rdx" in viewer.message_pane.text.text())
    finally:
        translations.switch(before)


def test_enter_in_the_list_moves_to_the_document(viewer: MaterialsViewer, qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    show_pdf(viewer, qtbot, pdf_bytes)
    viewer.list.setFocus()
    qtbot.keyClick(viewer.list, Qt.Key.Key_Return)
    assert viewer.pdf_pane.view.hasFocus()
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: viewer.pdf_pane.page == 1)


def test_closing_the_viewer_while_it_loads_is_harmless(qtbot, pdf_bytes) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    done = threading.Event()

    def slow_load(_index: int) -> bytes:
        release.wait(10)
        done.set()
        return pdf_bytes

    widget = MaterialsViewer()
    widget.set_attachments([Attachment("a.pdf", PDF, 1)], slow_load)
    widget.deleteLater()
    qtbot.wait(50)
    release.set()
    qtbot.waitUntil(done.is_set)
    qtbot.wait(100)  # the late result arrives and is dropped without touching the widget
