"""Words for what the scoring core returns: problems, grades, stages, the saved state.

The only place a ``Problem`` code becomes a sentence (STYLE §2); English source strings,
translated through Qt. Template texts (criterion names, guidance) come in both languages
from the template itself.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from reviewdesk.core.domain import Grade, Text
from reviewdesk.core.expert.sheets import Stage
from reviewdesk.core.scoring import Problem, ProblemCode
from reviewdesk.core.scoring.score_entry import score_text
from reviewdesk.core.templates.model import Template


def chinese_ui() -> bool:
    """Whether template texts should be shown in Chinese (follows the UI language)."""
    return QLocale().language() == QLocale.Language.Chinese


def pick(text: Text) -> str:
    return text.zh if chinese_ui() else text.en


def number(value: object) -> str:
    return score_text(value) if isinstance(value, Decimal) else str(value)


def grade_label(grade: Grade) -> str:
    labels = {
        Grade.EXCELLENT: QCoreApplication.translate("domain", "Excellent"),
        Grade.GOOD: QCoreApplication.translate("domain", "Good"),
        Grade.QUALIFIED: QCoreApplication.translate("domain", "Qualified"),
        Grade.UNQUALIFIED: QCoreApplication.translate("domain", "Unqualified"),
    }
    return labels[grade]


def stage_label(stage: Stage, revision: int) -> str:
    if stage is Stage.SUBMITTED:
        return QCoreApplication.translate("ScoringForm", "Submitted (revision {revision})").format(
            revision=revision
        )
    labels = {
        Stage.NOT_STARTED: QCoreApplication.translate("ScoringForm", "Not started"),
        Stage.DRAFT: QCoreApplication.translate("ScoringForm", "Draft"),
        Stage.COMPLETE: QCoreApplication.translate("ScoringForm", "Complete, not submitted"),
    }
    label = labels[stage]
    if revision > 1:
        label = QCoreApplication.translate("ScoringForm", "{stage} (revision {revision})").format(
            stage=label, revision=revision
        )
    return label


def saved_label(at: datetime) -> str:
    local = at.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return QCoreApplication.translate("ScoringForm", "Saved {time}").format(
            time=local.strftime("%H:%M:%S")
        )
    return QCoreApplication.translate("ScoringForm", "Saved {time}").format(
        time=local.strftime("%Y-%m-%d %H:%M")
    )


def criterion_title(template: Template, key: str | None) -> str:
    if key is None:
        return ""
    try:
        return f"{key} {pick(template.criterion(key).name)}"
    except KeyError:
        return key


def veto_title(template: Template, key: str | None) -> str:
    if key is None:
        return ""
    try:
        number = next(i for i, v in enumerate(template.veto_items, start=1) if v.key == key)
        return veto_label(number, key, pick(template.veto_item(key).name))
    except (KeyError, StopIteration):
        return key


def veto_label(number: int, key: str, name: str) -> str:
    """A veto item numbered by its place on the form, its key in brackets: "3. 弄虚作假
    (V5)" — keys may skip numbers (V1 V2 V3 V5), which would read as a mistake."""
    return f"{number}. {name} ({key})" if number else f"{key} {name}"


def comment_requirement(problem: Problem) -> str:
    """The short line under a comment field that a score asks for."""
    detail = problem.detail
    if detail["score"] < detail["low"]:  # type: ignore[operator]
        text = QCoreApplication.translate(
            "ScoringForm", "A comment is required: the score is below {low}."
        )
    else:
        text = QCoreApplication.translate(
            "ScoringForm", "A comment is required: the score is {high} or more."
        )
    return text.format(low=number(detail["low"]), high=number(detail["high"]))


def score_problem_text(problem: Problem) -> str:
    """The short line beside a score box whose text (as typed) or stored value is not an
    allowed score: why, in the terms of the form."""
    detail = {key: number(value) for key, value in problem.detail.items()}
    if problem.code is ProblemCode.OUT_OF_RANGE:
        score, most = problem.detail.get("score"), problem.detail.get("max")
        if isinstance(score, Decimal) and isinstance(most, Decimal) and score > most:
            return QCoreApplication.translate(
                "ScoringForm", "At most {max} points ({score} is too high)."
            ).format(**detail)
        return QCoreApplication.translate(
            "ScoringForm", "The score {score} is outside 0–{max}."
        ).format(**detail)
    if problem.code is ProblemCode.OFF_STEP:
        return QCoreApplication.translate(
            "ScoringForm", "Must be a multiple of {step} ({score} is not)."
        ).format(**detail)
    if problem.code is ProblemCode.NOT_A_NUMBER:
        if "text" in detail:
            return QCoreApplication.translate(
                "ScoringForm",
                "“{text}” is not a score: type digits with at most one decimal point, "
                "e.g. 20 or 20.5.",
            ).format(**detail)
        return QCoreApplication.translate("ScoringForm", "The score is not a number.")
    return ""


def problem_text(template: Template, problem: Problem) -> str:
    """One line of the form's problem list."""
    criterion = criterion_title(template, problem.criterion)
    item = veto_title(template, problem.veto_item)
    code = problem.code
    if code is ProblemCode.MISSING_SCORE:
        return QCoreApplication.translate("ScoringForm", "{criterion}: no score yet.").format(
            criterion=criterion
        )
    if code is ProblemCode.COMMENT_REQUIRED:
        return f"{criterion}: {comment_requirement(problem)}"
    if code in (ProblemCode.OUT_OF_RANGE, ProblemCode.OFF_STEP, ProblemCode.NOT_A_NUMBER):
        return f"{criterion}: {score_problem_text(problem)}"
    if code is ProblemCode.OVERALL_OPINION_MISSING:
        return QCoreApplication.translate("ScoringForm", "The overall opinion is missing.")
    if code is ProblemCode.UNKNOWN_CRITERION:
        return QCoreApplication.translate("ScoringForm", "{criterion} is not on this form.").format(
            criterion=criterion
        )
    if code is ProblemCode.VETO_WITHOUT_EVIDENCE:
        return QCoreApplication.translate(
            "ScoringForm", "{item}: a ticked veto item needs its evidence."
        ).format(item=item)
    if code is ProblemCode.UNKNOWN_VETO_ITEM:
        return QCoreApplication.translate(
            "ScoringForm", "{item} is not a veto item of this form."
        ).format(item=item)
    if code is ProblemCode.DUPLICATE_VETO_CLAIM:
        return QCoreApplication.translate("ScoringForm", "{item} is ticked twice.").format(
            item=item
        )
    return QCoreApplication.translate("ScoringForm", "Problem: {code}").format(code=code.value)
