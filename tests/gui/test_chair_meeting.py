"""The meeting view for the projector: one applicant's consolidated result in large type,
no expert's name and no individual score anywhere; keys move between applicants, Esc leaves."""

from __future__ import annotations

from chair_engine import EXPERTS, TEMPLATE, TOTALS, build_rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reviewdesk.core.domain import Grade
from reviewdesk.core.scoring import ChairDecisions, GradeOverride, VetoDecision, VetoVerdict
from reviewdesk.gui.chair.meeting_view import MeetingView
from reviewdesk.gui.fonts import OUTLINE_PIXEL_SIZE
from reviewdesk.gui.i18n import Language, Translations


def meeting(qtbot, rows=None):  # type: ignore[no-untyped-def]
    view = MeetingView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.set_rows(TEMPLATE, rows or build_rows(), "R-002")
    view.show()
    qtbot.waitExposed(view)
    return view


def all_label_text(view: MeetingView) -> str:
    return "\n".join(label.text() for label in view.labels())


def test_meeting_view_hides_expert_names_and_individual_scores(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    decisions = {
        "R-002": ChairDecisions(
            resolutions={f"deviation:{EXPERTS[5].expert_id}": "专家组讨论后认可"}
        ),
        "R-003": ChairDecisions(
            veto_decisions={"V1": VetoDecision(VetoVerdict.DISMISSED, "原件核对无误")}
        ),
    }
    rows = build_rows(decisions, {"R-002": "该基地国际合作成效显著，建议保持。"})
    view = meeting(qtbot, rows)
    for _ in range(len(rows)):
        text = all_label_text(view)
        for expert in EXPERTS:
            assert expert.name not in text
            assert expert.expert_id[:8] not in text
        totals = {t for t in TOTALS[view.current_ref] if t is not None}
        score = view.score.text()
        # No individual total appears, except where it equals the panel score itself.
        for total in totals:
            if total not in score:
                assert f" {total}" not in text.replace(score, "")
        qtbot.keyClick(view, Qt.Key.Key_Right)


def test_meeting_view_shows_the_consolidated_result(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    decisions = {
        "R-001": ChairDecisions(grade_override=GradeOverride(Grade.GOOD, "合作协议已到期"))
    }
    rows = build_rows(decisions, {"R-002": "该基地国际合作成效显著，建议保持。"})
    view = meeting(qtbot, rows)
    assert view.current_ref == "R-002"
    # (80 + 81 + 82 + 82 + 83) / 5: the trimmed mean drops 40 and 84.
    assert "Panel score 81.6" in view.score.text()
    assert "Good" in view.grade.text()
    assert "该基地国际合作成效显著" in view.opinion.text()
    assert "⚑ Outlier" in view.flags.text()  # open, shown by a mark and words
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_ref == "R-001"
    assert "decided by the panel" in view.grade.text() and "Excellent" in view.grade.text()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_ref == "R-006"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_ref == "R-005"
    assert "too few sheets" in view.score.text()
    # Package text is shown as plain text, never rich text.
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in view.labels())


def test_escape_leaves_the_meeting_view(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    view = meeting(qtbot)
    with qtbot.waitSignal(view.left) as left:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert left.args == ["R-002"]
    assert not view.isVisible()


def _ink(label: QLabel, width: int) -> int:
    """Dark pixels in the first ``width`` pixels of what the label shows."""
    image = label.grab().toImage()
    return sum(
        1
        for x in range(min(width, image.width()))
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 110
    )


def test_the_big_chinese_labels_are_bold_at_projector_size(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    translations = Translations.for_application(qapp)
    before = translations.language
    translations.switch(Language.CHINESE)
    try:
        view = meeting(qtbot)
        assert view.score.text().startswith("专家组得分")
        # 1920×1080: the score is drawn as outlines (Qt's synthetic bold is lost there).
        assert view.score.font().pixelSize() >= OUTLINE_PIXEL_SIZE
        for label in (view.score, view.grade):
            words = label.text()[:2]  # "专家" / "等级": Chinese only, no digits
            font = label.font()
            font.setBold(False)
            regular = QLabel(label.text())
            regular.setFont(font)
            qtbot.addWidget(regular)
            regular.resize(label.size())
            width = regular.fontMetrics().horizontalAdvance(words)
            # The Chinese words on screen carry clearly more ink than the regular weight.
            assert _ink(label, width) > 1.25 * _ink(regular, width), label.text()
    finally:
        translations.switch(before)
