"""Words for what the expert desk's core returns: roles, declarations, an applicant's status,
the deadline, what keeps a submission back. English sources, translated by Qt (context
``ExpertDesk``); the core's codes and values are never shown as they are."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import DeskApplicant, SubmissionProblem
    from reviewdesk.core.templates.model import Template


def role_label(role: str) -> str:
    labels = {
        "expert": QCoreApplication.translate("ExpertDesk", "Expert"),
        "chair": QCoreApplication.translate("ExpertDesk", "Panel chair"),
        "commission": QCoreApplication.translate("ExpertDesk", "Commission staff"),
        "audit": QCoreApplication.translate("ExpertDesk", "Audit"),
    }
    return labels.get(str(role), str(role))


def conflict_label(conflict: str | None) -> str:
    """The declaration column: what was declared, or that nothing was yet."""
    labels = {
        None: QCoreApplication.translate("ExpertDesk", "Not declared yet"),
        "none": QCoreApplication.translate("ExpertDesk", "No conflict"),
        "potential": QCoreApplication.translate("ExpertDesk", "Potential conflict"),
        "disqualifying": QCoreApplication.translate("ExpertDesk", "Disqualifying (withdrawn)"),
    }
    return labels.get(None if conflict is None else str(conflict), str(conflict))


def status_label(applicant: DeskApplicant) -> str:
    """The status column: the gate first, then the sheet's stage and revision."""
    if applicant.conflict is None:
        return QCoreApplication.translate("ExpertDesk", "Declaration needed")
    if applicant.disqualified:
        return QCoreApplication.translate("ExpertDesk", "Withdrawn: not scored")
    from reviewdesk.gui.scoring.texts import stage_label

    # The score file's revision that holds the applicant (the core says which), not the
    # sheet's own: a sheet signed in revision 1 and left unchanged is in revision 2 too.
    if applicant.stage.value == "submitted":
        held = applicant.submitted_in or (applicant.status.revision if applicant.status else 1)
        stage = stage_label(applicant.stage, held)
    elif applicant.changed_since is not None:
        stage = QCoreApplication.translate(
            "ExpertDesk", "{stage} (changed since revision {revision})"
        ).format(stage=stage_label(applicant.stage, 1), revision=applicant.changed_since)
    else:
        stage = stage_label(applicant.stage, 1)
    if applicant.conflict.value == "potential":
        return QCoreApplication.translate("ExpertDesk", "{stage} · potential conflict").format(
            stage=stage
        )
    return stage


def deadline_text(deadline: str | None, now: datetime | None = None) -> str:
    """The deadline in local time and how long is left ("… (13 d 5 h left)")."""
    if not deadline:
        return QCoreApplication.translate("ExpertDesk", "No deadline")
    try:
        when = datetime.fromisoformat(deadline)
    except ValueError:
        return QCoreApplication.translate("ExpertDesk", "Deadline {deadline}").format(
            deadline=deadline
        )
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    from reviewdesk.gui.expert.standing_view import date_time_text

    shown = date_time_text(when)  # in the language's own way of writing dates
    left = when - now
    if left.total_seconds() <= 0:
        late = now - when
        rest = QCoreApplication.translate("ExpertDesk", "overdue by {days} d {hours} h").format(
            days=late.days, hours=late.seconds // 3600
        )
    elif left.days >= 1:
        rest = QCoreApplication.translate("ExpertDesk", "{days} d {hours} h left").format(
            days=left.days, hours=left.seconds // 3600
        )
    else:
        rest = QCoreApplication.translate("ExpertDesk", "{hours} h {minutes} min left").format(
            hours=left.seconds // 3600, minutes=left.seconds % 3600 // 60
        )
    return QCoreApplication.translate("ExpertDesk", "Deadline {deadline} ({left})").format(
        deadline=shown, left=rest
    )


def problem_lines(
    problem: SubmissionProblem, names: dict[str, str], template: Template
) -> list[str]:
    """One line per thing a submission still lacks (a sheet's problems one by one)."""
    applicant = problem.applicant or ""
    who = f"{applicant} {names.get(applicant, '')}".strip()
    code = problem.code.value
    if code == "pledge-missing":
        return [
            QCoreApplication.translate("ExpertDesk", "The confidentiality pledge is not signed.")
        ]
    if code == "declaration-missing":
        return [
            QCoreApplication.translate(
                "ExpertDesk", "{applicant}: no conflict-of-interest declaration yet."
            ).format(applicant=who)
        ]
    if code == "nothing-to-score":
        return [
            QCoreApplication.translate(
                "ExpertDesk", "You withdrew from every applicant: there is nothing to score."
            )
        ]
    if code == "sheet-incomplete":
        from reviewdesk.gui.scoring.texts import problem_text

        if not problem.problems:
            return [
                QCoreApplication.translate(
                    "ExpertDesk", "{applicant}: the score sheet is not complete."
                ).format(applicant=who)
            ]
        return [f"{who}: {problem_text(template, p)}" for p in problem.problems]
    return [
        QCoreApplication.translate("ExpertDesk", "{applicant}: {code}").format(
            applicant=who, code=code
        )
    ]


def ui_language() -> str:
    """The language ("zh" or "en") the pledge and PDFs are shown and signed in."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
