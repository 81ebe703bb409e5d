"""Words for what the commission core reports as codes: problems of the applicant list, the
materials, the assignment and the build; sections; verdicts. The core decides; this only
says it (context ``CommissionTexts``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.gui.messages import error_message

CONTEXT = "CommissionTexts"
GROUPS_PER_LINE = 4


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fingerprint_groups(fingerprint: str) -> str:
    """The fingerprint in the groups people read aloud, four groups a line."""
    groups = fingerprint.split()
    return "\n".join(
        "  ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    )


def section_label(section: str | None) -> str:
    labels = {
        None: _t("not listed"),
        "root": _t("root"),
        "operational": _t("operational"),
        "audit": _t("audit"),
        "chair": _t("chair"),
        "expert": _t("expert"),
    }
    return labels.get(section, section or "")


def round_status_label(status: str) -> str:
    labels = {"draft": _t("being set up"), "issued": _t("packages issued")}
    return labels.get(status, status)


def exclusion_short(reason: str) -> str:
    """The reason alone, for a narrow matrix cell (the tooltip says what both share)."""
    labels = {
        "same-institution": _t("same institution"),
        "same-email-domain": _t("same e-mail domain"),
        "declared-relation": _t("declared relation"),
    }
    return labels.get(reason, reason)


def row_problem_text(code: str, detail: str) -> str:
    labels = {
        "missing-column": _t("the column is missing"),
        "duplicate-column": _t("the column appears twice"),
        "empty": _t("the cell is empty"),
        "bad-ref": _t("not a valid file number: {detail}"),
        "duplicate-ref": _t("the same file number is already in row {detail}"),
        "bad-category": _t("not a category: {detail}"),
        "bad-email": _t("not an e-mail address: {detail}"),
        "bad-text": _t("the text cannot be used: {detail}"),
        "too-many-rows": _t("more than {detail} rows"),
    }
    return labels.get(code, code + " {detail}").format(detail=detail).strip()


def material_problem_text(code: str, detail: str) -> str:
    labels = {
        "missing": _t("no file for this applicant"),
        "extra": _t("belongs to no applicant"),
        "unreadable": _t("does not open"),
        "duplicate-name": _t("two files with the same name"),
    }
    details = {
        "folder": _t("a folder named after no applicant"),
        "no-applicant": _t("the name starts with no applicant's file number"),
        "type": _t("a type no viewer shows (PDF, PNG, JPEG only)"),
        "not-pdf": _t("not a PDF"),
        "empty": _t("empty"),
        "truncated": _t("cut off (an interrupted copy?)"),
        "broken-xref": _t("damaged inside"),
        "encrypted": _t("protected by a password"),
        "bad-name": _t("a file name that cannot be shown"),
    }
    text = labels.get(code, code)
    extra = details.get(detail, detail)
    return f"{text}: {extra}" if extra else text


def exclusion_text(reason: str, detail: str) -> str:
    labels = {
        "same-institution": _t("same institution ({detail})"),
        "same-email-domain": _t("same e-mail domain ({detail})"),
        "declared-relation": _t("declared relation ({detail})"),
    }
    return labels.get(reason, reason + " ({detail})").format(detail=detail or "—")


def problem_text(
    code: str, *, panel: str = "", applicant: str = "", expert: str = "", detail: str = ""
) -> str:
    """One problem of the assignment check or the build check, in a sentence."""
    labels = {
        "too-few-experts": _t("{applicant}: too few experts ({detail} assigned/minimum)"),
        "conflict-assigned": _t("{applicant}: {expert} is assigned despite a conflict: {detail}"),
        "unknown-expert": _t("{applicant}: {expert} is not a member of the panel"),
        "unknown-applicant": _t("{applicant} is not in the panel"),
        "roster-not-published": _t("No roster is published yet."),
        "operator-not-in-roster": _t("The key {expert} is no operational key of the roster."),
        "round-has-no-panels": _t("The round has no panels."),
        "round-has-no-applicants": _t("The round has no applicants."),
        "applicant-without-panel": _t("{applicant} is in no panel."),
        "form-missing": _t("Panel {panel}: no scoring form for its category ({detail})."),
        "panel-without-chair": _t("Panel {panel} has no chair."),
        "panel-without-experts": _t("Panel {panel} has no experts."),
        "not-in-roster": _t("Panel {panel}: {expert} is not in the roster as {detail}."),
        "revoked-in-roster": _t("Panel {panel}: {detail} is revoked in the roster."),
        "not-on-panel-in-roster": _t(
            "Panel {panel}: the roster does not list {detail} on this panel."
        ),
        "assignment-missing": _t("Panel {panel}: {applicant} has no experts assigned."),
        "materials-missing": _t("{applicant} has no materials."),
        "material-gone": _t("{applicant}: the file {expert} is gone."),
        "material-changed": _t("{applicant}: the file {expert} changed since it was checked."),
    }
    if code == "conflict-assigned":
        reason, _, rest = detail.partition(": ")
        detail = exclusion_text(reason, rest)
    template = labels.get(code, code + " {panel} {applicant} {expert} {detail}")
    return template.format(panel=panel, applicant=applicant, expert=expert, detail=detail).strip()


def verdict_label(verdict: str) -> str:
    labels = {
        "accepted": _t("accepted"),
        "already-imported": _t("already imported"),
        "refused": _t("refused"),
    }
    return labels.get(verdict, verdict)


def reason_text(code: str, detail: dict[str, Any]) -> str:
    """A refusal reason (code and facts) as the sentence the CLI and the GUI share."""
    path = detail.get("file")
    facts = {k: v for k, v in detail.items() if k != "file"}
    summary, _ = error_message(ReviewdeskError(code, path, **facts))
    return summary


def discrepancy_text(applicant: str, field: str, claimed: str, recomputed: str) -> str:
    return _t("{applicant} {field}: the chair claims {claimed}, recomputed {recomputed}").format(
        applicant=applicant, field=field, claimed=claimed, recomputed=recomputed
    )


def joined(lines: Sequence[str]) -> str:
    return "\n".join(lines)
