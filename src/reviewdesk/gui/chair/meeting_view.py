"""The meeting view: one applicant's consolidated result, full screen, in large type, for the
projector (issue 8 §5). It shows the panel score, the grade (an override says so), the
recommendation, the flags with their resolutions and the panel opinion — never an expert's
name or an individual score. → / PageDown / Space: next; ← / PageUp: previous; Home / End;
Esc leaves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from reviewdesk.core.scoring import FlagKind
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.matrix_model import MatrixRow
from reviewdesk.gui.fonts import OUTLINE_PIXEL_SIZE, has_bold_face
from reviewdesk.gui.plain_text import set_plain

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}


class ProjectorLabel(QLabel):
    """A plain-text label that stays bold at projector sizes. From ``OUTLINE_PIXEL_SIZE``
    on, Qt draws glyphs as outlines and drops the synthetic bold of a font without a bold
    face (the Chinese fallback font): "专家组得分" came out regular beside a bold "81.6".
    There each glyph run is drawn from its outline, and a run whose font has no bold face is
    emboldened by stroking its outline as FreeType would (1/24 of the size)."""

    def _outlined(self) -> bool:
        font = self.font()
        size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
        return font.bold() and size >= OUTLINE_PIXEL_SIZE and bool(self.text())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._outlined():
            super().paintEvent(event)
            return
        area = self.contentsRect()
        layout = QTextLayout(self.text(), self.font())
        option = QTextOption(self.alignment())
        option.setWrapMode(
            QTextOption.WrapMode.WordWrap if self.wordWrap() else QTextOption.WrapMode.NoWrap
        )
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(area.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        top = float(area.top())
        if self.alignment() & Qt.AlignmentFlag.AlignVCenter:
            top += (area.height() - height) / 2
        elif self.alignment() & Qt.AlignmentFlag.AlignBottom:
            top += area.height() - height
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.palette().color(self.foregroundRole())
        for run in layout.glyphRuns():
            raw = run.rawFont()
            path = QPainterPath()
            for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
                path.addPath(raw.pathForGlyph(glyph).translated(at + QPointF(area.left(), top)))
            painter.fillPath(path, color)
            if not has_bold_face(raw.familyName()):
                painter.strokePath(path, QPen(color, raw.pixelSize() / 24))
        painter.end()


class MeetingView(QWidget):
    left = Signal(str)  # the ref on screen when Esc was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingView")
        self.rows: list[MatrixRow] = []
        self.template: Template | None = None
        self.position = 0
        self._factors: dict[QLabel, float] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.position_label = self._label(0.9)
        self.title = self._label(1.6, bold=True)
        self.title.setWordWrap(True)
        self.score = self._label(3.4, bold=True)
        self.grade = self._label(2.4, bold=True)
        self.recommendation = self._label(1.8)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        self.flags_title = self._label(1.1, bold=True)
        self.flags = self._label(1.0)
        self.flags.setWordWrap(True)
        self.opinion_title = self._label(1.1, bold=True)
        self.opinion = self._label(1.1)
        self.opinion.setWordWrap(True)
        self.opinion.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint = self._label(0.6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 30)
        layout.setSpacing(14)
        layout.addWidget(self.position_label)
        layout.addWidget(self.title)
        layout.addWidget(self.score)
        layout.addWidget(self.grade)
        layout.addWidget(self.recommendation)
        layout.addWidget(line)
        layout.addWidget(self.flags_title)
        layout.addWidget(self.flags)
        layout.addWidget(self.opinion_title)
        layout.addWidget(self.opinion, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def _label(self, factor: float, *, bold: bool = False) -> QLabel:
        label = ProjectorLabel(self) if bold else QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # package text is never rich text
        font = label.font()
        font.setBold(bold)
        label.setFont(font)
        self._factors[label] = factor
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type scales with the screen: read from the back of the room at 1920×1080."""
        base = max(12, self.height() // 42)
        for label, factor in self._factors.items():
            font = label.font()
            font.setPixelSize(int(base * factor))
            label.setFont(font)
        margin = max(24, self.width() // 24)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        super().resizeEvent(event)

    # Content -----------------------------------------------------------------------------

    def set_rows(self, template: Template | None, rows: Sequence[MatrixRow], ref: str = "") -> None:
        self.template, self.rows = template, list(rows)
        found = next((i for i, r in enumerate(self.rows) if r.ref == ref), 0)
        self.show_position(found)

    def show_position(self, position: int) -> None:
        if not self.rows:
            self.position = 0
            self._show(None)
            return
        self.position = max(0, min(position, len(self.rows) - 1))
        self._show(self.rows[self.position])

    @property
    def current_ref(self) -> str:
        return self.rows[self.position].ref if self.rows else ""

    def labels(self) -> list[QLabel]:
        return self.findChildren(QLabel)

    def _show(self, row: MatrixRow | None) -> None:
        if row is None:
            for label in self.labels():
                label.clear()
            self.retranslate()
            return
        result = row.result
        self.position_label.setText(
            self.tr("Applicant {n} of {total}").format(n=self.position + 1, total=len(self.rows))
        )
        set_plain(self.title, f"{row.ref}  {row.name}", tooltip=False)  # file text
        self.score.setText(
            self.tr("Panel score {score}").format(score=texts.number(result.panel_score))
            if result.panel_score is not None
            else self.tr("No panel score: too few sheets")
        )
        grade = texts.grade_text(row.published_grade)
        if result.grade_override is not None:
            grade = self.tr("{grade} (decided by the panel; computed {computed})").format(
                grade=grade, computed=texts.grade_text(result.computed_grade)
            )
        elif row.ranked is not None and row.ranked.quota_adjustment is not None:
            grade = self.tr("{grade} (after the Excellent quota)").format(grade=grade)
        self.grade.setText(self.tr("Grade: {grade}").format(grade=grade))
        recognition = self.template is not None and self.template.recognition_threshold is not None
        self.recommendation.setVisible(recognition)
        if recognition:
            self.recommendation.setText(texts.recommendation_label(result.recommendation))
        lines = []
        for flag in result.flags:
            mark = texts.DONE_MARK if flag.resolved else texts.OPEN_MARK
            kind_text = texts.flag_kind_label(flag.kind)  # the kind only: no names, no totals
            if flag.kind is FlagKind.UNDECIDED_VETO:
                kind_text = f"{kind_text} {flag.veto_item or ''}"
            note = f": {flag.resolution.strip()}" if flag.resolved and flag.resolution else ""
            lines.append(f"{mark} {kind_text}{note}")
        for veto in result.vetoes:
            if veto.decision is not None:
                verdict = self.tr("confirmed") if veto.confirmed else self.tr("dismissed")
                lines.append(
                    self.tr("{item} veto claim {verdict}: {reason}").format(
                        item=veto.item, verdict=verdict, reason=veto.decision.reason
                    )
                )
        set_plain(self.flags, "\n".join(lines) or self.tr("No flags were raised."), tooltip=False)
        opinion = row.panel_opinion.strip() or self.tr("(no panel opinion yet)")
        set_plain(self.opinion, opinion, tooltip=False)
        self.setAccessibleName(self.title.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Meeting view"))
        self.flags_title.setText(self.tr("Flags and how the panel settled them"))
        self.opinion_title.setText(self.tr("Panel opinion"))
        self.hint.setText(
            self.tr("→ next   ← previous   Home first   End last   Esc leave the meeting view")
        )
        if self.rows:
            self._show(self.rows[self.position])

    # Keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _NEXT:
            self.show_position(self.position + 1)
        elif key in _PREVIOUS:
            self.show_position(self.position - 1)
        elif key == Qt.Key.Key_Home:
            self.show_position(0)
        elif key == Qt.Key.Key_End:
            self.show_position(len(self.rows) - 1)
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def leave(self) -> None:
        ref = self.current_ref
        self.close()
        self.left.emit(ref)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
