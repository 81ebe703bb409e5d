"""Words for what the commission core reports as codes: problems of the applicant list, the
materials, the assignment and the build; sections; verdicts. The core decides; this only
says it (context ``CommissionTexts``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.gui.messages import error_message

CONTEXT = "CommissionTexts"
GROUPS_PER_LINE = 4


def is_chinese() -> bool:
    """Is the interface in Chinese now (names of forms, publication language)?"""
    from reviewdesk.gui.i18n import Language, Translations

    app = QCoreApplication.instance()
    return app is None or Translations.for_application(app).language is Language.CHINESE


def listed(items: Iterable[str]) -> str:
    """A list in a sentence or a cell: 甲、乙 in Chinese, "a, b" in English."""
    return ("、" if is_chinese() else ", ").join(items)


def fingerprint_groups(fingerprint: str) -> str:
    """The fingerprint in the groups people read aloud, four groups a line."""
    groups = fingerprint.split()
    return "\n".join(
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


def section_label(section: str | None) -> str:
    labels = {
        None: QCoreApplication.translate("CommissionTexts", "not listed"),
        "root": QCoreApplication.translate("CommissionTexts", "root"),
        "operational": QCoreApplication.translate("CommissionTexts", "operational"),
        "audit": QCoreApplication.translate("CommissionTexts", "audit"),
        "chair": QCoreApplication.translate("CommissionTexts", "chair"),
        "expert": QCoreApplication.translate("CommissionTexts", "expert"),
    }
    return labels.get(section, section or "")


def round_status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("CommissionTexts", "being set up"),
        "issued": QCoreApplication.translate("CommissionTexts", "packages issued"),
    }
    return labels.get(status, status)


def exclusion_short(reason: str) -> str:
    """The reason alone, for a narrow matrix cell (the tooltip says what both share)."""
    labels = {
        "same-institution": QCoreApplication.translate("CommissionTexts", "same institution"),
        "same-email-domain": QCoreApplication.translate("CommissionTexts", "same e-mail domain"),
        "declared-relation": QCoreApplication.translate("CommissionTexts", "declared relation"),
    }
    return labels.get(reason, reason)


def row_problem_text(code: str, detail: str) -> str:
    labels = {
        "missing-column": QCoreApplication.translate("CommissionTexts", "the column is missing"),
        "duplicate-column": QCoreApplication.translate(
            "CommissionTexts", "the column appears twice"
        ),
        "empty": QCoreApplication.translate("CommissionTexts", "the cell is empty"),
        "bad-ref": QCoreApplication.translate(
            "CommissionTexts", "not a valid file number: {detail}"
        ),
        "duplicate-ref": QCoreApplication.translate(
            "CommissionTexts", "the same file number is already in row {detail}"
        ),
        "bad-category": QCoreApplication.translate("CommissionTexts", "not a category: {detail}"),
        "bad-email": QCoreApplication.translate(
            "CommissionTexts", "not an e-mail address: {detail}"
        ),
        "bad-text": QCoreApplication.translate(
            "CommissionTexts", "the text cannot be used: {detail}"
        ),
        "too-many-rows": QCoreApplication.translate("CommissionTexts", "more than {detail} rows"),
    }
    return labels.get(code, code + " {detail}").format(detail=detail).strip()


def material_problem_text(code: str, detail: str) -> str:
    labels = {
        "missing": QCoreApplication.translate("CommissionTexts", "no file for this applicant"),
        "extra": QCoreApplication.translate("CommissionTexts", "belongs to no applicant"),
        "unreadable": QCoreApplication.translate("CommissionTexts", "does not open"),
        "duplicate-name": QCoreApplication.translate(
            "CommissionTexts", "two files with the same name"
        ),
    }
    details = {
        "folder": QCoreApplication.translate(
            "CommissionTexts", "a folder named after no applicant"
        ),
        "no-applicant": QCoreApplication.translate(
            "CommissionTexts", "the name starts with no applicant's file number"
        ),
        "type": QCoreApplication.translate(
            "CommissionTexts", "a type no viewer shows (PDF, PNG, JPEG only)"
        ),
        "not-pdf": QCoreApplication.translate("CommissionTexts", "not a PDF"),
        "empty": QCoreApplication.translate("CommissionTexts", "empty"),
        "truncated": QCoreApplication.translate(
            "CommissionTexts", "cut off (an interrupted copy?)"
        ),
        "broken-xref": QCoreApplication.translate("CommissionTexts", "damaged inside"),
        "encrypted": QCoreApplication.translate("CommissionTexts", "protected by a password"),
        "bad-name": QCoreApplication.translate(
            "CommissionTexts", "a file name that cannot be shown"
        ),
    }
    text = labels.get(code, code)
    extra = details.get(detail, detail)
    return with_detail(text, extra) if extra else text


def with_detail(text: str, detail: str) -> str:
    """``text: detail``, with the colon of the interface's language."""
    return QCoreApplication.translate("CommissionTexts", "{text}: {detail}").format(
        text=text, detail=detail
    )


def exclusion_text(reason: str, detail: str) -> str:
    labels = {
        "same-institution": QCoreApplication.translate(
            "CommissionTexts", "same institution ({detail})"
        ),
        "same-email-domain": QCoreApplication.translate(
            "CommissionTexts", "same e-mail domain ({detail})"
        ),
        "declared-relation": QCoreApplication.translate(
            "CommissionTexts", "declared relation ({detail})"
        ),
    }
    return labels.get(reason, reason + " ({detail})").format(detail=detail or "—")


def problem_text(
    code: str, *, panel: str = "", applicant: str = "", expert: str = "", detail: str = ""
) -> str:
    """One problem of the assignment check or the build check, in a sentence."""
    labels = {
        "too-few-experts": QCoreApplication.translate(
            "CommissionTexts", "{applicant}: too few experts ({detail} assigned/minimum)"
        ),
        "conflict-assigned": QCoreApplication.translate(
            "CommissionTexts", "{applicant}: {expert} is assigned despite a conflict: {detail}"
        ),
        "unknown-expert": QCoreApplication.translate(
            "CommissionTexts", "{applicant}: {expert} is not a member of the panel"
        ),
        "unknown-applicant": QCoreApplication.translate(
            "CommissionTexts", "{applicant} is not in the panel"
        ),
        "roster-not-published": QCoreApplication.translate(
            "CommissionTexts", "No roster is published yet."
        ),
        "operator-not-in-roster": QCoreApplication.translate(
            "CommissionTexts", "The key {expert} is no operational key of the roster."
        ),
        "round-has-no-panels": QCoreApplication.translate(
            "CommissionTexts", "The round has no panels."
        ),
        "round-has-no-applicants": QCoreApplication.translate(
            "CommissionTexts", "The round has no applicants."
        ),
        "applicant-without-panel": QCoreApplication.translate(
            "CommissionTexts", "{applicant} is in no panel."
        ),
        "form-missing": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel}: no scoring form for its category ({detail})."
        ),
        "panel-without-chair": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel} has no chair."
        ),
        "panel-without-experts": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel} has no experts."
        ),
        "not-in-roster": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel}: {expert} is not in the roster as {detail}."
        ),
        "revoked-in-roster": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel}: {detail} is revoked in the roster."
        ),
        "not-on-panel-in-roster": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel}: the roster does not list {detail} on this panel."
        ),
        "assignment-missing": QCoreApplication.translate(
            "CommissionTexts", "Panel {panel}: {applicant} has no experts assigned."
        ),
        "materials-missing": QCoreApplication.translate(
            "CommissionTexts", "{applicant} has no materials."
        ),
        "material-gone": QCoreApplication.translate(
            "CommissionTexts", "{applicant}: the file {expert} is gone."
        ),
        "material-changed": QCoreApplication.translate(
            "CommissionTexts", "{applicant}: the file {expert} changed since it was checked."
        ),
    }
    if code == "conflict-assigned":
        reason, _, rest = detail.partition(": ")
        detail = exclusion_text(reason, rest)
    template = labels.get(code, code + " {panel} {applicant} {expert} {detail}")
    return template.format(panel=panel, applicant=applicant, expert=expert, detail=detail).strip()


def veto_verdict_label(verdict: object) -> str:
    if verdict == "confirmed":
        return QCoreApplication.translate("CommissionTexts", "confirmed")
    if verdict == "dismissed":
        return QCoreApplication.translate("CommissionTexts", "dismissed")
    return QCoreApplication.translate("CommissionTexts", "undecided")


def verdict_label(verdict: str) -> str:
    labels = {
        "accepted": QCoreApplication.translate("CommissionTexts", "accepted"),
        "already-imported": QCoreApplication.translate("CommissionTexts", "already imported"),
        "refused": QCoreApplication.translate("CommissionTexts", "refused"),
    }
    return labels.get(verdict, verdict)


def reason_text(code: str, detail: dict[str, Any]) -> str:
    """A refusal reason (code and facts) as the sentence the CLI and the GUI share."""
    path = detail.get("file")
    facts = {k: v for k, v in detail.items() if k != "file"}
    summary, _ = error_message(ReviewdeskError(code, path, **facts))
    return summary


def discrepancy_text(applicant: str, field: str, claimed: str, recomputed: str) -> str:
    return QCoreApplication.translate(
        "CommissionTexts",
        "{applicant} {field}: the chair claims {claimed}, recomputed {recomputed}",
    ).format(applicant=applicant, field=field, claimed=claimed, recomputed=recomputed)


def joined(lines: Sequence[str]) -> str:
    return "\n".join(lines)


def passphrase_prompts() -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("CommissionTexts", "The new key file's passphrase:"),
        QCoreApplication.translate("CommissionTexts", "The same passphrase again:"),
        QCoreApplication.translate(
            "CommissionTexts", "The two passphrases differ; nothing was made."
        ),
    )
