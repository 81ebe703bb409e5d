"""Where the expert stands, shown (issue 9 §4): the package overview above the desk, the
banner while changes are not yet submitted, and the words for the core's ``Standing``,
grades with a claimed veto, veto items and dates. Counting and every rule are the core's
(``core/expert/standing.py``); this module only words them.

Plurals: ``counted`` asks Qt for the translation with ``n`` (numerus forms in the .ts);
English, shown without a translator, picks "1 applicant" or "2 applicants" itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStyle, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.forms.ui_standing_bar import Ui_StandingBar
from reviewdesk.gui.plain_text import keep_narrow
from reviewdesk.gui.tasks import run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.domain import Grade
    from reviewdesk.core.expert.desk import ExpertDesk
    from reviewdesk.core.expert.record import RecentPackage
    from reviewdesk.core.expert.standing import MyScore, PackageProgress, Standing, VetoMark

CONTEXT = "ExpertStanding"


def counted(one: str, many: str, n: int) -> str:
    """``many`` (with ``%n``) translated for ``n``; untranslated English says ``one`` for 1."""
    text = QCoreApplication.translate(CONTEXT, many, None, n)
    if text == many.replace("%n", str(n)) and n == 1:
        return one.replace("%n", "1")
    return text


def _numerus_sources(n: int) -> None:  # pragma: no cover - never called
    """The plural sources ``counted`` is given, written out so that lupdate records them
    as numerus entries (it cannot see through ``counted``'s variable)."""
    for source in (
        QCoreApplication.translate("ExpertStanding", "%n applicants", None, n),
        QCoreApplication.translate("ExpertStanding", "%n applicants scored", None, n),
        QCoreApplication.translate("ExpertStanding", "%n with a veto claimed", None, n),
        QCoreApplication.translate("ExpertStanding", "%n withdrawn", None, n),
        QCoreApplication.translate("ExpertStanding", "%n experts", None, n),
        QCoreApplication.translate("ExpertStanding", "%n panel chairs", None, n),
    ):
        del source


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def date_time_text(moment: datetime) -> str:
    """A moment in local time, written the way the language writes dates."""
    local = moment.astimezone()
    qt = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    pattern = "yyyy年M月d日 HH:mm" if chinese() else "d MMM yyyy, HH:mm"
    return QLocale().toString(qt, pattern)


def time_left_text(left: timedelta) -> str:
    if left <= timedelta(0):
        late = -left
        return QCoreApplication.translate("ExpertStanding", "overdue by {days} d {hours} h").format(
            days=late.days, hours=late.seconds // 3600
        )
    if left.days >= 1:
        return QCoreApplication.translate("ExpertStanding", "{days} d {hours} h left").format(
            days=left.days, hours=left.seconds // 3600
        )
    return QCoreApplication.translate("ExpertStanding", "{hours} h {minutes} min left").format(
        hours=left.seconds // 3600, minutes=left.seconds % 3600 // 60
    )


def deadline_line(deadline: datetime | None, left: timedelta | None) -> str:
    if deadline is None or left is None:
        return QCoreApplication.translate("ExpertStanding", "No deadline")
    return QCoreApplication.translate("ExpertStanding", "Deadline {when} ({left})").format(
        when=date_time_text(deadline), left=time_left_text(left)
    )


def overview_text(standing: Standing) -> str:
    """ "Declared 3 of 3 · scored 2 of 2 · complete 1 · submitted 0 · deadline …"."""
    parts = [
        QCoreApplication.translate("ExpertStanding", "Declared {done} of {all}").format(
            done=standing.declared, all=standing.applicants
        ),
        QCoreApplication.translate("ExpertStanding", "scored {done} of {all}").format(
            done=standing.scored, all=standing.to_score
        ),
        QCoreApplication.translate("ExpertStanding", "complete {done}").format(
            done=standing.complete
        ),
        QCoreApplication.translate("ExpertStanding", "submitted {done}").format(
            done=standing.submitted
        ),
    ]
    if standing.withdrawn:
        parts.append(counted("%n withdrawn", "%n withdrawn", standing.withdrawn))
    if standing.overdue:  # the header above says the deadline; past it, this line does too
        parts.append(deadline_line(standing.deadline, standing.time_left))
    return QCoreApplication.translate("ExpertStanding", " · ").join(parts)


def banner_text(standing: Standing) -> str:
    if standing.last_revision is None:
        return ""
    return QCoreApplication.translate(
        "ExpertStanding",
        "Changes not yet submitted since revision {revision}: the chair has only revision "
        "{revision}. Submit again so that your latest scores count.",
    ).format(revision=standing.last_revision)


def grade_label(grade: Grade) -> str:
    from reviewdesk.gui.scoring.texts import grade_label as label

    return label(grade)


def grade_text(row: MyScore) -> str:
    """The grade the sheet says; a claimed veto says so (the chair decides whether it stands)."""
    if row.withdrawn:
        return QCoreApplication.translate("ExpertStanding", "Withdrawn")
    if row.vetoes:
        return QCoreApplication.translate("ExpertStanding", "{grade} (veto claimed)").format(
            grade=grade_label(row.grade or _unqualified())
        )
    if row.grade is None:
        return QCoreApplication.translate(
            "ExpertStanding", "Not yet: every criterion needs a score"
        )
    return grade_label(row.grade)


def _unqualified() -> Grade:
    from reviewdesk.core.domain import Grade

    return Grade.UNQUALIFIED


def veto_text(mark: VetoMark) -> str:
    """A veto item as numbered on the form: "1. 弄虚作假 (V1)"."""
    name = mark.name.zh if chinese() else mark.name.en
    return QCoreApplication.translate("ExpertStanding", "{number}. {name} ({key})").format(
        number=mark.number, name=name, key=mark.key
    )


def revision_text(row: MyScore) -> str:
    if row.withdrawn:  # not scored: no score file holds scores for it
        if row.last_in is None:
            return "—"
        return QCoreApplication.translate(
            "ExpertStanding", "Withdrawn after revision {revision}"
        ).format(revision=row.last_in)
    if row.submitted_in is not None:
        return QCoreApplication.translate("ExpertStanding", "In revision {revision}").format(
            revision=row.submitted_in
        )
    if row.changed_since is not None:
        return QCoreApplication.translate(
            "ExpertStanding", "Changed since revision {revision}"
        ).format(revision=row.changed_since)
    return QCoreApplication.translate("ExpertStanding", "Not submitted yet")


class StandingBar(QWidget):
    """The overview line with "My scores" and "Private notes", and the unsubmitted banner."""

    myScoresRequested = Signal()
    notesRequested = Signal()
    submitRequested = Signal()
    changed = Signal(object)  # Standing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StandingBar()
        self.ui.setupUi(self)
        self.standing: Standing | None = None
        self._busy = self._again = False
        self.ui.myScoresButton.clicked.connect(self.myScoresRequested)
        self.ui.notesButton.clicked.connect(self.notesRequested)
        self.ui.bannerSubmitButton.clicked.connect(self.submitRequested)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.fontMetrics().height()
        self.ui.bannerIcon.setPixmap(icon.pixmap(size, size))
        self.ui.banner.setStyleSheet(
            "#banner { background: palette(tool-tip-base); border: 1px solid #c9a227; }"
        )
        self.ui.banner.setVisible(False)
        keep_narrow(self.ui.overviewLabel)
        keep_narrow(self.ui.bannerLabel)

    def show_standing(self, standing: Standing | None) -> None:
        self.standing = standing
        if standing is None:
            self.ui.overviewLabel.clear()
            self.ui.banner.setVisible(False)
            return
        self.ui.overviewLabel.setText(overview_text(standing))
        text = banner_text(standing) if standing.unsubmitted_changes else ""
        self.ui.bannerLabel.setText(text)
        self.ui.banner.setVisible(bool(text))
        self.ui.banner.setAccessibleName(text)
        self.changed.emit(standing)

    def refresh(self, desk: ExpertDesk, *, wait: bool = False) -> None:
        """Ask the core again (in the background; requests meanwhile coalesced)."""
        from datetime import UTC

        if wait:
            self.show_standing(desk.standing(datetime.now(UTC)))
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        run_in_background(
            lambda _p, _c: desk.standing(datetime.now(UTC)),
            on_done=common.if_alive(lambda s: self._done(desk, s), self),
            on_error=common.if_alive(lambda _e: self._done(desk, None), self),
        )

    def _done(self, desk: ExpertDesk, standing: Standing | None) -> None:
        self._busy = False
        if standing is not None:
            self.show_standing(standing)
        if self._again:
            self._again = False
            self.refresh(desk)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.show_standing(self.standing)
        super().changeEvent(event)


def home_line(package: RecentPackage | PackageProgress) -> str:
    """A package on the start page: the round's and panel's names, progress, deadline."""
    from datetime import UTC

    from reviewdesk.core.expert.standing import PackageProgress

    if not isinstance(package, PackageProgress):  # a bare RecentPackage: no progress known
        return QCoreApplication.translate(
            "ExpertStanding", "{round} · {panel} · opened {when}"
        ).format(
            round=package.round, panel=package.panel, when=date_time_text(package.last_opened_at)
        )
    to_score = package.applicants - package.withdrawn
    parts = [
        QCoreApplication.translate("ExpertStanding", "{round} · {panel}").format(
            round=package.round_title, panel=package.panel_title
        ),
        counted("%n applicant", "%n applicants", package.applicants),
        QCoreApplication.translate("ExpertStanding", "declared {done} of {all}").format(
            done=package.declared, all=package.applicants
        ),
        QCoreApplication.translate("ExpertStanding", "complete {done} of {all}").format(
            done=package.complete, all=to_score
        ),
    ]
    if package.last_revision is not None:
        parts.append(
            QCoreApplication.translate("ExpertStanding", "revision {revision} submitted").format(
                revision=package.last_revision
            )
        )
    deadline = package.deadline
    if deadline is not None:
        now = datetime.now(UTC)
        parts.append(deadline_line(deadline, deadline - now))
    return QCoreApplication.translate("ExpertStanding", " · ").join(parts)


def roomy(box: QMessageBox) -> QMessageBox:
    """A question box wide enough to read its sentences whole (``plain_message_box`` lets
    its labels shrink to nothing, and a short box cut the first sentence)."""
    width = box.fontMetrics().averageCharWidth() * 64
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setMinimumWidth(width)
    return box
