"""Words for what the chair's core returns: flags, vetoes, exclusions, blockers, import
verdicts. The only place those codes become sentences on the chair's screens (STYLE §2).

Every label is paired with a short symbol so that a flag or a verdict is never told by
colour alone (the symbols are text, so they survive printing, CSV and screen readers).
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.scoring import (
    Blocker,
    BlockerKind,
    DecisionProblem,
    DecisionProblemCode,
    ExclusionReason,
    Flag,
    FlagKind,
    PanelResult,
    PanelStatus,
)
from reviewdesk.core.scoring.score_entry import score_text
from reviewdesk.core.templates.model import Template
from reviewdesk.gui.scoring.texts import grade_label, pick

__all__ = ["grade_label", "pick"]

CONTEXT = "ChairTexts"
OPEN_MARK = "⚑"  # an open flag
DONE_MARK = "✓"  # resolved
ALARM_MARK = "⚠"
OVERRIDE_MARK = "✎"


def number(value: object) -> str:
    if isinstance(value, Decimal):
        return score_text(value.normalize() if value == value.to_integral() else value)
    return "—" if value is None else str(value)


def signed_number(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = score_text(value)
    return f"+{text}" if value > 0 else text


def recommendation_label(recommendation: Recommendation | None) -> str:
    if recommendation is None:
        return "—"
    if recommendation is Recommendation.RECOGNISE:
        return QCoreApplication.translate("domain", "Recommend recognition")
    return QCoreApplication.translate("domain", "Do not recommend")


def grade_text(grade: Grade | None) -> str:
    return "—" if grade is None else grade_label(grade)


def decided_grade_text(result: PanelResult) -> str:
    """The decided grade; an override is always shown as one, with the computed grade."""
    if result.status is PanelStatus.INSUFFICIENT and result.grade is None:
        return QCoreApplication.translate("ChairTexts", "Insufficient sheets")
    if result.grade_override is not None:
        return QCoreApplication.translate(
            "ChairTexts", "{mark} {grade} (override; computed {computed})"
        ).format(
            mark=OVERRIDE_MARK,
            grade=grade_text(result.grade),
            computed=grade_text(result.computed_grade),
        )
    return grade_text(result.grade)


def flag_kind_label(kind: FlagKind | str) -> str:
    labels = {  # by value, so a kind added to the engine later still reads as its code
        "range": QCoreApplication.translate("ChairTexts", "Range of totals too wide"),
        "deviation": QCoreApplication.translate("ChairTexts", "Outlier"),
        "grade-gap": QCoreApplication.translate("ChairTexts", "Grades far apart"),
        "undecided-veto": QCoreApplication.translate("ChairTexts", "Veto claim to decide"),
        "missing-sheet": QCoreApplication.translate("ChairTexts", "Missing sheet"),
        "late-sheet": QCoreApplication.translate("ChairTexts", "Late sheet"),
        "superseded-sheet": QCoreApplication.translate("ChairTexts", "Revised sheet"),
        "potential-conflict": QCoreApplication.translate(
            "ChairTexts", "Potential conflict of interest"
        ),
        "insufficient-sheets": QCoreApplication.translate(
            "ChairTexts", "Too few sheets for a grade"
        ),
    }
    return labels.get(str(kind), str(kind))


class _Detail(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "—"


def flag_text(flag: Flag, expert_name: str = "", template: Template | None = None) -> str:
    """One line: the kind, whom it is about and the numbers behind it."""
    d = _Detail({k: number(v) for k, v in flag.detail.items()})
    d.setdefault("median", d.get("mean", "—"))
    label = flag_kind_label(flag.kind)
    who = expert_name or (flag.expert_id or "")
    if flag.kind is FlagKind.RANGE:
        extra = QCoreApplication.translate(
            "ChairTexts", "highest {max}, lowest {min}: {range} apart (limit {threshold})"
        ).format_map(d)
    elif flag.kind is FlagKind.DEVIATION:
        extra = QCoreApplication.translate(
            "ChairTexts",
            "{who}: total {total}, panel median {median}, {deviation} apart (limit {threshold})",
        )
        extra = extra.format_map(_Detail(d, who=who))
    elif flag.kind is FlagKind.GRADE_GAP:
        best = grade_text(Grade(str(flag.detail["best"])))
        worst = grade_text(Grade(str(flag.detail["worst"])))
        extra = QCoreApplication.translate("ChairTexts", "from {best} to {worst}").format(
            best=best, worst=worst
        )
    elif flag.kind is FlagKind.UNDECIDED_VETO:
        item = flag.veto_item or ""
        if template is not None and flag.veto_item is not None:
            with contextlib.suppress(KeyError):
                item = f"{flag.veto_item} {pick(template.veto_item(flag.veto_item).name)}"
        extra = item
    elif flag.kind is FlagKind.MISSING_SHEET:
        reason = str(flag.detail.get("reason", ""))
        extra = QCoreApplication.translate("ChairTexts", "{who}: {reason}").format(
            who=who, reason=missing_reason_text(reason)
        )
    elif flag.kind is FlagKind.LATE_SHEET:
        extra = QCoreApplication.translate("ChairTexts", "{who}, revision {revision}").format_map(
            _Detail(d, who=who)
        )
    elif flag.kind is FlagKind.SUPERSEDED_SHEET:
        extra = QCoreApplication.translate(
            "ChairTexts", "{who}: revision {latest} replaces {revisions}"
        ).format_map(_Detail(d, who=who))
    elif str(flag.kind) == "insufficient-sheets":
        extra = QCoreApplication.translate(
            "ChairTexts", "{counted} of at least {min_sheets} sheets count"
        ).format_map(d)
    else:
        extra = who
    return f"{label} — {extra}" if extra else label


def flag_line(flag: Flag, expert_name: str = "", template: Template | None = None) -> str:
    """The flag with its state mark: ⚑ open, ✓ resolved."""
    mark = DONE_MARK if flag.resolved else OPEN_MARK
    return f"{mark} {flag_text(flag, expert_name, template)}"


def missing_reason_text(reason: str) -> str:
    if reason == "no-sheet":
        return QCoreApplication.translate("ChairTexts", "no sheet received")
    parts = [exclusion_label(ExclusionReason(r)) for r in reason.split(",") if r]
    return QCoreApplication.translate("ChairTexts", "; ").join(parts)


def exclusion_label(reason: ExclusionReason) -> str:
    labels = {
        ExclusionReason.SUPERSEDED: QCoreApplication.translate(
            "ChairTexts", "replaced by a later revision"
        ),
        ExclusionReason.NOT_ASSIGNED: QCoreApplication.translate(
            "ChairTexts", "expert not assigned to this applicant"
        ),
        ExclusionReason.DISQUALIFYING_CONFLICT: QCoreApplication.translate(
            "ChairTexts", "declared a disqualifying conflict"
        ),
        ExclusionReason.UNSIGNED: QCoreApplication.translate("ChairTexts", "not signed"),
        ExclusionReason.INCOMPLETE: QCoreApplication.translate("ChairTexts", "incomplete"),
        ExclusionReason.INVALID: QCoreApplication.translate("ChairTexts", "does not validate"),
    }
    return labels[reason]


def problem_label(problem: DecisionProblem) -> str:
    labels = {
        DecisionProblemCode.REASON_REQUIRED: QCoreApplication.translate(
            "ChairTexts", "A reason is required."
        ),
        DecisionProblemCode.VETO_NOT_CLAIMED: QCoreApplication.translate(
            "ChairTexts", "No expert claimed this veto item."
        ),
        DecisionProblemCode.VETO_NEEDS_DECISION: QCoreApplication.translate(
            "ChairTexts", "A veto claim is settled by confirming or dismissing it, not by a note."
        ),
        DecisionProblemCode.UNKNOWN_FLAG: QCoreApplication.translate(
            "ChairTexts", "This flag is no longer raised."
        ),
        DecisionProblemCode.NO_GRADE_TO_OVERRIDE: QCoreApplication.translate(
            "ChairTexts", "There is no computed grade to override (too few sheets count)."
        ),
        DecisionProblemCode.OVERRIDE_CONTRADICTS_VETO: QCoreApplication.translate(
            "ChairTexts",
            "A confirmed veto means Unqualified: dismiss the veto instead of overriding.",
        ),
        DecisionProblemCode.NOT_A_RECOGNITION_ROUND: QCoreApplication.translate(
            "ChairTexts", "This is not a recognition round: there is no recommendation to override."
        ),
    }
    return labels[problem.code]


def blocker_kind_label(blocker: Blocker) -> str:
    labels = {
        BlockerKind.UNRESOLVED_FLAG: QCoreApplication.translate("ChairTexts", "Flag not resolved"),
        BlockerKind.UNDECIDED_VETO: QCoreApplication.translate(
            "ChairTexts", "Veto claim not decided"
        ),
        BlockerKind.REFUSED_DECISION: QCoreApplication.translate("ChairTexts", "Decision refused"),
    }
    return labels[blocker.kind]


def flags_summary(result: PanelResult) -> str:
    """ "⚑ 2 open of 3", "✓ 3 resolved", or "—" (text and mark, never colour alone)."""
    total = len(result.flags)
    open_count = sum(1 for f in result.flags if not f.resolved)
    if total == 0:
        return "—"
    if open_count:
        return QCoreApplication.translate("ChairTexts", "{mark} {open} open").format(
            mark=OPEN_MARK, open=open_count
        )
    return QCoreApplication.translate("ChairTexts", "{mark} {total} resolved").format(
        mark=DONE_MARK, total=total
    )
