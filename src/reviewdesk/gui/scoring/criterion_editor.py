"""One criterion of the form: what it asks, its score and its comment.

Shows what the core says about it (``show_problems``); decides nothing itself.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.formats.text_rules import escape_for_display
from reviewdesk.core.scoring import Problem, ProblemCode
from reviewdesk.core.scoring.score_entry import score_text
from reviewdesk.core.templates.model import Criterion
from reviewdesk.gui.plain_text import keep_narrow, plain_tooltip, set_plain
from reviewdesk.gui.scoring.score_edit import ScoreEdit
from reviewdesk.gui.scoring.texts import comment_requirement, pick, score_problem_text

COMMENT_LINES = 3  # visible lines of a criterion comment before it scrolls


class Notice(QWidget):
    """An icon and a sentence: meaning never carried by colour alone."""

    def __init__(self, icon: QStyle.StandardPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        set_plain(self.text, text, tooltip=False)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


def plain_text_edit(lines: int, parent: QWidget) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard users must get out of it)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    document = 2 * round(edit.document().documentMargin())
    # Height in lines of the current font, so it follows the font size and screen scaling.
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + frame + document)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


class CriterionEditor(QFrame):
    scoreChanged = Signal(str, object)  # criterion key, Decimal | None
    commentChanged = Signal(str, str)  # criterion key, text
    fieldLeft = Signal(str)  # "score:KEY" or "comment:KEY": flush that field's save now
    typedProblemChanged = Signal(str)  # criterion key: the score box's text is (not) a score

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._loading = False

        self.title = QLabel(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.limits = QLabel(self)
        self.limits.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # F1 from the fields
        self.details_button.toggled.connect(self.show_details)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()

        self.score_label = QLabel(self)
        self.score = ScoreEdit(criterion, self)
        self.score_label.setBuddy(self.score)
        self.out_of = QLabel(self)
        self.score_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.comment_label = QLabel(self)
        self.comment = plain_text_edit(COMMENT_LINES, self)
        self.comment_label.setBuddy(self.comment)
        self.comment_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.limits)
        about = QHBoxLayout()
        about.addWidget(self.guidance, 1)
        about.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        fields = QGridLayout()
        fields.addWidget(self.score_label, 0, 0)
        score_row = QHBoxLayout()
        score_row.addWidget(self.score)
        score_row.addWidget(self.out_of)
        fields.addLayout(score_row, 1, 0, Qt.AlignmentFlag.AlignTop)
        fields.addWidget(self.score_notice, 2, 0, 1, 2)
        fields.addWidget(self.comment_label, 0, 1)
        fields.addWidget(self.comment, 1, 1)
        fields.addWidget(self.comment_notice, 3, 0, 1, 2)
        fields.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(about)
        layout.addWidget(self.details)
        layout.addLayout(fields)

        self.score.valueChanged.connect(lambda value: self.scoreChanged.emit(criterion.key, value))
        self.score.focusLeft.connect(lambda: self.fieldLeft.emit(f"score:{criterion.key}"))
        self.score.problemChanged.connect(self._typed_problem_changed)
        self._sheet_problems: list[Problem] = []
        self.comment.textChanged.connect(self._comment_edited)
        self.comment.installEventFilter(self)
        self.score.installEventFilter(self)
        self._comment_required = False
        self.retranslate()

    # Loading and showing --------------------------------------------------------------------

    def load(self, score: Decimal | None, comment: str) -> None:
        self.score.load(score)
        self._loading = True
        try:
            self.comment.setPlainText(comment)  # clears the undo history: not an edit
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.score.setReadOnly(read_only)
        self.comment.setReadOnly(read_only)
        self._label_comment()

    def show_problems(self, problems: list[Problem]) -> None:
        """The core's problems about this criterion, shown beside the fields they concern."""
        self._sheet_problems = list(problems)
        required = next((p for p in problems if p.code is ProblemCode.COMMENT_REQUIRED), None)
        # What was typed and why it is not a score comes first: the sheet then has no score.
        typed = self.score.typed_problem()
        value = typed or next((p for p in problems if score_problem_text(p)), None)
        self.comment_notice.show_text("" if required is None else comment_requirement(required))
        self.score_notice.show_text("" if value is None else score_problem_text(value))
        self.score.setAccessibleDescription(self._score_description())
        self._comment_required = required is not None
        self._label_comment()

    def _typed_problem_changed(self, _problem: object) -> None:
        self.show_problems(self._sheet_problems)
        self.typedProblemChanged.emit(self.criterion.key)

    def _score_description(self) -> str:
        c = self.criterion
        text = self.tr("From 0 to {max} in steps of {step}; Up and Down keys change it.").format(
            max=score_text(c.max_points), step=score_text(c.step)
        )
        notice = self.score_notice.text.text() if self.score_notice.isVisibleTo(self) else ""
        return f"{notice} {text}" if notice else text

    def show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setChecked(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)

    def retranslate(self) -> None:
        c = self.criterion
        name = f"{c.key} {pick(c.name)}"
        set_plain(self.title, name)  # template texts come from the package
        self.limits.setText(
            self.tr("max {max} · step {step}").format(
                max=score_text(c.max_points), step=score_text(c.step)
            )
        )
        guidance = pick(c.guidance)
        first, _, rest = guidance.partition("\n")
        set_plain(self.guidance, first)
        self.details_button.setText(self.tr("Guidance"))
        self.details_button.setToolTip(self.tr("Show or hide the guidance (F1)"))
        self.details_button.setAccessibleName(
            self.tr("{criterion}: guidance").format(criterion=name)
        )
        look_at = self.tr("What to look at")
        keep_narrow(self.details)
        self.details.setText(
            f"<p>{_html(rest or first)}</p>"
            f"<p><b>{_html(look_at)}</b><br/>{_html(pick(c.look_at))}</p>"
        )
        self.score_label.setText(self.tr("Score"))
        self.out_of.setText(self.tr("of {max}").format(max=score_text(c.max_points)))
        self.score.setAccessibleName(self.tr("{criterion} score").format(criterion=name))
        self.score.setAccessibleDescription(self._score_description())
        self.score.setToolTip(plain_tooltip(f"{guidance}\n\n{look_at}: {pick(c.look_at)}"))
        self.comment.setAccessibleName(self.tr("{criterion} comment").format(criterion=name))
        self._label_comment()

    def _label_comment(self) -> None:
        if self._comment_required:
            self.comment_label.setText(self.tr("Comment (required)"))
            self.comment.setPlaceholderText(self.tr("Explain this unusually low or high score"))
        else:
            self.comment_label.setText(self.tr("Comment"))
            self.comment.setPlaceholderText(self.tr("Optional"))
        if self.comment.isReadOnly():
            self.comment.setPlaceholderText("")  # no invitation to type where one cannot
        self.comment.setAccessibleDescription(self.comment_notice.text.text())

    # Events ---------------------------------------------------------------------------------

    def _comment_edited(self) -> None:
        if not self._loading:
            self.commentChanged.emit(self.criterion.key, self.comment.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F1:  # type: ignore[attr-defined]
            self.show_details(not self.details.isVisible())
            return True
        if watched is self.comment and event.type() == QEvent.Type.FocusOut:
            self.fieldLeft.emit(f"comment:{self.criterion.key}")
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _html(text: str) -> str:
    return html.escape(escape_for_display(text, multiline=True)).replace("\n", "<br/>")
