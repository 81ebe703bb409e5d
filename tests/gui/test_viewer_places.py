"""The materials viewer keeps the reader's place (issue 9 item 3): zoom keeps the page and the
point under the view's centre, each document reopens at its page and zoom (this session and
the next), and one search covers all of an applicant's documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from expert_world import make_pdf
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from reviewdesk.gui.app import use_home_settings
from reviewdesk.gui.viewer import Attachment, MaterialsViewer
from reviewdesk.gui.viewer.pdf_geometry import point_at

PDF = "application/pdf"
A4_WIDTH_PT = 595


class Materials:
    def __init__(self, documents: list[tuple[str, bytes]]) -> None:
        self.documents = documents
        self.calls: list[int] = []

    @property
    def attachments(self) -> list[Attachment]:
        return [Attachment(name, PDF, len(data)) for name, data in self.documents]

    def load(self, index: int) -> bytes:
        self.calls.append(index)
        return self.documents[index][1]


@pytest.fixture(scope="module")
def materials() -> Materials:
    return Materials(
        [
            ("01-工作报告.pdf", make_pdf("Annual report 年度报告", pages=6)),
            ("02-合作清单.pdf", make_pdf("Zeolite membranes 分子筛膜", pages=4)),
        ]
    )


@pytest.fixture
def settings_home(tmp_path: Path) -> Path:
    """QSettings in a home of the test's own, as the application keeps them."""
    folder = use_home_settings(tmp_path / "home")
    assert folder is not None
    return folder


def make_viewer(qtbot, width: int = 900) -> MaterialsViewer:  # type: ignore[no-untyped-def]
    viewer = MaterialsViewer()
    qtbot.addWidget(viewer)
    viewer.resize(width, 900)
    viewer.show()
    viewer.activateWindow()
    qtbot.waitExposed(viewer)
    return viewer


def open_document(viewer: MaterialsViewer, qtbot, index: int) -> None:  # type: ignore[no-untyped-def]
    if viewer.shown_index() != index:
        with qtbot.waitSignal(viewer.attachmentShown, timeout=10_000):
            viewer.open_attachment(index)
    qtbot.wait(50)  # a remembered place is put back once QPdfView has laid the pages out


def show(viewer: MaterialsViewer, qtbot, materials: Materials, key: str | None) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(viewer.attachmentShown, timeout=10_000):
        viewer.set_attachments(materials.attachments, materials.load, key=key)
    qtbot.wait(50)


def test_a_page_opens_readable_at_fit_width(qtbot, materials, settings_home) -> None:  # type: ignore[no-untyped-def]
    viewer = make_viewer(qtbot, width=760)  # the viewer's share of a 1440-pixel window
    show(viewer, qtbot, materials, key="package/R-001")
    pane = viewer.pdf_pane
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert pane.effective_zoom() > 0.8
    assert pane.page == 0


def test_zooming_keeps_the_page_and_the_point_in_the_middle(
    qtbot, materials, settings_home
) -> None:  # type: ignore[no-untyped-def]
    viewer = make_viewer(qtbot)
    show(viewer, qtbot, materials, key=None)
    pane = viewer.pdf_pane
    pane.go_to_page(3)
    qtbot.waitUntil(lambda: pane.page == 3)
    pane.view.verticalScrollBar().setValue(pane.view.verticalScrollBar().value() + 150)
    page, point = point_at(pane.view, 0.5)
    for _ in range(3):
        pane.zoom_in_action.trigger()
        after_page, after_point = point_at(pane.view, 0.5)
        assert after_page == page
        assert abs(after_point.y() - point.y()) < 6  # points: the same line stays in the middle
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
    pane.zoom_out_action.trigger()
    pane.fit_page_action.trigger()
    assert point_at(pane.view, 0.5)[0] == page
    pane.fit_width_action.trigger()
    assert point_at(pane.view, 0.5)[0] == page


def test_each_document_reopens_at_its_page_and_zoom(qtbot, materials, settings_home) -> None:  # type: ignore[no-untyped-def]
    viewer = make_viewer(qtbot)
    show(viewer, qtbot, materials, key="package/R-001")
    pane = viewer.pdf_pane
    pane.go_to_page(4)
    qtbot.waitUntil(lambda: pane.page == 4)
    pane.zoom_in_action.trigger()
    pane.zoom_in_action.trigger()
    zoom, page = pane.effective_zoom(), pane.page
    assert page == 4

    open_document(viewer, qtbot, 1)  # another document opens at its own start
    assert pane.page == 0
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    pane.go_to_page(2)
    qtbot.waitUntil(lambda: pane.page == 2)

    open_document(viewer, qtbot, 0)  # and back: where the reader left it
    qtbot.waitUntil(lambda: pane.page == page)
    assert pane.effective_zoom() == pytest.approx(zoom)
    open_document(viewer, qtbot, 1)
    qtbot.waitUntil(lambda: pane.page == 2)

    # Another applicant's materials, then this one's again: still there.
    viewer.set_attachments(materials.attachments[:1], materials.load, key="package/R-002")
    qtbot.waitUntil(lambda: viewer.shown_index() == 0)
    show(viewer, qtbot, materials, key="package/R-001")
    qtbot.waitUntil(lambda: pane.page == page)
    assert pane.effective_zoom() == pytest.approx(zoom)

    # The next session: a new viewer reads the place from the settings.
    viewer.clear()
    again = make_viewer(qtbot)
    show(again, qtbot, materials, key="package/R-001")
    qtbot.waitUntil(lambda: again.pdf_pane.page == page)
    assert again.pdf_pane.effective_zoom() == pytest.approx(zoom)


def test_one_search_covers_every_document(qtbot, materials, settings_home) -> None:  # type: ignore[no-untyped-def]
    viewer = make_viewer(qtbot)
    show(viewer, qtbot, materials, key="package/R-001")
    assert viewer.shown_index() == 0
    search = viewer.all_search
    viewer.pdf_pane.view.setFocus()
    qtbot.keyClick(viewer.pdf_pane.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.field.hasFocus()
    qtbot.keyClicks(search.field, "zeolite")  # only in the second document, any case
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.results.isVisible() and bool(search.hits), timeout=15_000)
    assert {hit.index for hit in search.hits} == {1}
    assert [hit.page for hit in search.hits] == [0, 1, 2, 3]
    results = search.results
    assert results.topLevelItemCount() == 1  # grouped by document
    group = results.topLevelItem(0)
    assert "02-合作清单.pdf" in group.text(0)
    assert group.childCount() == 4

    third = group.child(2)  # page 3 of the second document, one click
    rect = results.visualItemRect(third)
    with qtbot.waitSignal(viewer.attachmentShown, timeout=10_000):
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = viewer.pdf_pane
    qtbot.waitUntil(lambda: pane.page == 2 and pane.search.current >= 0, timeout=10_000)
    assert viewer.shown_index() == 1
    assert pane.search.field.text() == "zeolite"  # F3 goes on to the next one

    # Nothing found says so; the text read stays for the next search (no second decryption).
    calls = len(materials.calls)
    search.search("no such word anywhere")
    assert search.hits == []
    assert search.status.text()
    assert len(materials.calls) == calls


def test_a_new_applicant_forgets_the_search(qtbot, materials, settings_home) -> None:  # type: ignore[no-untyped-def]
    viewer = make_viewer(qtbot)
    show(viewer, qtbot, materials, key="package/R-001")
    viewer.all_search.search("report")
    qtbot.waitUntil(lambda: bool(viewer.all_search.hits), timeout=15_000)
    viewer.set_attachments(
        materials.attachments[1:], lambda i: materials.load(i + 1), key="package/R-002"
    )
    assert viewer.all_search.hits == []
    assert not viewer.all_search.results.isVisible()
    assert viewer.all_search.field.text() == ""
    QApplication.processEvents()
    assert viewer.pdf_pane.search.field.text() == ""
