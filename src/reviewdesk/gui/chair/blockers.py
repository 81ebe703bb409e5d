"""Words for the missing list (what stops finalising) and the ranking with its explanation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reviewdesk.core.scoring import Ranking, TieRule
from reviewdesk.gui.chair import texts
from reviewdesk.gui.chair.matrix_model import MatrixRow

if TYPE_CHECKING:
    from reviewdesk.core.chair.views import DeskBlocker, PanelInfo

CONTEXT = "ChairBlockers"


def blocker_text(
    blocker: DeskBlocker, names: Mapping[str, str], info: PanelInfo | None = None
) -> str:
    """One line of the missing list: what, for whom, where."""
    applicant = blocker.applicant or ""
    expert = names.get(blocker.expert or "", blocker.expert or "")
    kind = str(blocker.kind)
    if kind == "unresolved-flag":
        flag_kind, _, subject = blocker.subject.partition(":")
        label = texts.flag_kind_label(flag_kind)
        who = names.get(subject, subject)
        about = f" ({who})" if who else ""
        return QCoreApplication.translate(
            "ChairBlockers", "{applicant}: flag to resolve in writing — {flag}{about}"
        ).format(applicant=applicant, flag=label, about=about)
    if kind == "undecided-veto":
        return QCoreApplication.translate(
            "ChairBlockers", "{applicant}: veto claim {item} to confirm or dismiss"
        ).format(applicant=applicant, item=blocker.subject)
    if kind == "refused-decision":
        return QCoreApplication.translate(
            "ChairBlockers", "{applicant}: a decision was refused ({subject}); decide it again"
        ).format(applicant=applicant, subject=blocker.subject)
    if kind == "equivocation-alarm":
        return QCoreApplication.translate(
            "ChairBlockers", "Alarm: {expert} signed two different files as revision {revision}"
        ).format(expert=expert or "?", revision=blocker.detail.get("revision", "?"))
    if kind == "unresolved-tie":
        return QCoreApplication.translate(
            "ChairBlockers", "{applicant}: tied in the ranking with {subject}; set the order"
        ).format(applicant=applicant, subject=blocker.subject)
    if kind == "ranking-problem":
        return QCoreApplication.translate(
            "ChairBlockers", "A manual order cannot be used ({subject})"
        ).format(subject=blocker.subject)
    if kind == "paper-sheet-superseded":
        return QCoreApplication.translate(
            "ChairBlockers", "{applicant}: {expert}'s signed file arrived after the paper sheet"
        ).format(applicant=applicant, expert=expert)
    if kind == "finalised":
        return QCoreApplication.translate(
            "ChairBlockers", "This version is finalised: reopen it to change anything"
        )
    return f"{applicant} {kind} {blocker.subject}".strip()


def ranking_text(ranking: Ranking, rows: Sequence[MatrixRow], info: PanelInfo) -> str:
    """The ranking best first, what decided each place, then the 优秀 quota check."""
    names = {row.ref: row.name for row in rows}
    lines: list[str] = []
    for entry in ranking.entries:
        score = texts.number(entry.result.panel_score)
        grade = texts.grade_text(entry.grade)
        line = QCoreApplication.translate(
            "ChairBlockers", "{position}. {ref} {name} — {score}, {grade}"
        ).format(
            position=entry.position, ref=entry.applicant_id,
            name=names.get(entry.applicant_id, ""), score=score, grade=grade,
        )  # fmt: skip
        if entry.tied:
            line += "  " + QCoreApplication.translate(
                "ChairBlockers", "(tied: the rules cannot separate them; set a manual order)"
            )
        above = entry.versus_above
        if above is not None and above.decided_by is not None:
            line += "\n    " + QCoreApplication.translate(
                "ChairBlockers", "below {other}: {rule}"
            ).format(
                other=above.other, rule=_rule_label(above.decided_by, above.steps[-1].criterion)
            )
        if entry.quota_adjustment is not None:
            line += "\n    " + QCoreApplication.translate(
                "ChairBlockers", "published as {grade}: beyond the Excellent quota"
            ).format(grade=texts.grade_text(entry.quota_adjustment.to_grade))
        lines.append(line)
    for unranked in ranking.unranked:
        reason = (
            QCoreApplication.translate("ChairBlockers", "not ranked: a veto is confirmed")
            if str(unranked.reason) == "vetoed"
            else QCoreApplication.translate("ChairBlockers", "not ranked: too few sheets")
        )
        ref = unranked.result.applicant_id
        lines.append(f"— {ref} {names.get(ref, '')}: {reason}")
    quota = ranking.quota
    lines.append("")
    if not quota.enabled:
        lines.append(
            QCoreApplication.translate("ChairBlockers", "Excellent quota: not used in this round.")
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "ChairBlockers",
                "Excellent quota: at most {percent}% of {graded} graded = {allowed}; "
                "decided Excellent: {count}.",
            ).format(
                percent=texts.number(quota.max_percent),
                graded=quota.graded,
                allowed=quota.allowed,
                count=len(quota.excellent),
            )
        )
        if quota.beyond:
            lines.append(
                QCoreApplication.translate("ChairBlockers", "Beyond the quota: {refs}").format(
                    refs=", ".join(quota.beyond)
                )
            )
        if quota.undetermined:
            lines.append(
                QCoreApplication.translate(
                    "ChairBlockers", "Tied across the limit, awaiting a manual order: {refs}"
                ).format(refs=", ".join(quota.undetermined))
            )
    return "\n".join(lines)


def _rule_label(rule: TieRule, criterion: str | None) -> str:
    if rule is TieRule.PANEL_SCORE:
        return QCoreApplication.translate("ChairBlockers", "lower panel score")
    if rule is TieRule.CRITERION_MEAN:
        return QCoreApplication.translate(
            "ChairBlockers", "equal score, lower mean on {criterion}"
        ).format(criterion=criterion or "")
    if rule is TieRule.EXCELLENT_COUNT:
        return QCoreApplication.translate(
            "ChairBlockers", "equal score, fewer experts gave Excellent"
        )
    return QCoreApplication.translate("ChairBlockers", "placed by the panel's manual order")
