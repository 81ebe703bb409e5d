"""The sentences of the panel report and workbook, from the engine's values.

One place words a flag, a veto decision, an override, the quota and a rank's explanation, so
the PDF and the XLSX say the same thing. Plain text (no markup); numbers are printed
normalised (``82``, ``82.5``), never as binary floats.
"""

from __future__ import annotations

from decimal import Decimal

from reviewdesk.core.domain import Grade
from reviewdesk.core.reports.labels import Language, grade_label
from reviewdesk.core.reports.panel_data import ApplicantReport, PanelReportData, PanelSheet
from reviewdesk.core.reports.panel_labels import (
    exclusion_label,
    flag_key,
    panel_label,
    recommendation_label,
    rule_key,
    unranked_key,
)
from reviewdesk.core.scoring import (
    CascadeStep,
    ExactMean,
    ExclusionReason,
    Flag,
    FlagKind,
    NeighbourComparison,
    PanelResult,
    RaisedVeto,
    TieRule,
)
from reviewdesk.core.scoring.sheet import DetailValue


def number(value: Decimal | int) -> str:
    """``22.50`` → ``"22.5"``, ``20`` → ``"20"`` (never ``"2E+1"``)."""
    if isinstance(value, int):
        return str(value)
    return format(value.normalize(), "f")


def grade_text(grade: Grade | None, language: Language) -> str:
    return "—" if grade is None else grade_label(grade, language)


def sheet_status(item: ApplicantReport, sheet: PanelSheet, language: Language) -> str:
    """Counted, dropped by the trimmed mean, or not counted and why; a paper sheet says so."""
    parts: list[str] = []
    counted = item.counted(sheet)
    excluded = item.excluded(sheet)
    if counted is not None:
        parts.append(
            panel_label("status.trimmed" if counted.trimmed else "status.counted", language)
        )
    elif excluded is not None:
        reasons = panel_label("list_sep", language).join(
            exclusion_label(reason, language) for reason in excluded.reasons
        )
        parts.append(panel_label("status.excluded", language, reasons=reasons))
    if sheet.entered_by_chair:
        parts.append(panel_label("status.paper", language))
    return panel_label("list_sep", language).join(parts)


def decided_grade_text(result: PanelResult, language: Language) -> str:
    """The decided grade; an override reads "computed X, decided Y, because …"."""
    override = result.grade_override
    if override is None:
        return grade_text(result.grade, language)
    return panel_label(
        "override",
        language,
        computed=grade_text(result.computed_grade, language),
        decided=grade_label(override.grade, language),
        reason=override.reason.strip(),
    )


def recommendation_text(result: PanelResult, language: Language) -> str:
    override = result.recommendation_override
    computed = result.computed_recommendation
    if override is None:
        return "—" if computed is None else recommendation_label(computed, language)
    return panel_label(
        "recommendation.override",
        language,
        computed="—" if computed is None else recommendation_label(computed, language),
        decided=recommendation_label(override.recommendation, language),
        reason=override.reason.strip(),
    )


def veto_claims_text(data: PanelReportData, veto: RaisedVeto, language: Language) -> list[str]:
    """One line per claiming expert: "name: evidence"."""
    return [
        panel_label("field", language, name=data.expert_name(expert), value=evidence.strip())
        for expert, evidence in sorted(veto.claims.items())
    ]


def veto_decision_text(veto: RaisedVeto, language: Language) -> str:
    decision = veto.decision
    if decision is None:
        return panel_label("veto.undecided", language)
    return panel_label(f"veto.{decision.verdict.value}", language, reason=decision.reason.strip())


def veto_item_name(data: PanelReportData, item: str, language: Language) -> str:
    for veto in data.template.veto_items:
        if veto.key == item:
            return f"{item} {getattr(veto.name, language)}"
    return item


def flag_text(data: PanelReportData, flag: Flag, language: Language) -> str:
    """What the flag says, with the expert's name and the numbers."""
    fields: dict[str, str] = {key: _detail(value) for key, value in flag.detail.items()}
    if flag.expert_id is not None:
        fields["expert"] = data.expert_name(flag.expert_id)
    if flag.veto_item is not None:
        fields["item"] = veto_item_name(data, flag.veto_item, language)
    if flag.kind is FlagKind.DEVIATION:
        centre = "median" if "median" in flag.detail else "mean"
        fields["centre"] = panel_label(f"centre.{centre}", language)
        fields["value"] = fields.get(centre, "—")
    elif flag.kind is FlagKind.GRADE_GAP:
        for key in ("best", "worst"):
            fields[key] = _grade_word(str(flag.detail.get(key, "")), language)
    elif flag.kind is FlagKind.MISSING_SHEET:
        fields["reason"] = _missing_reason(str(flag.detail.get("reason", "")), language)
    try:
        return panel_label(flag_key(flag.kind), language, **fields)
    except (KeyError, IndexError):  # a kind (or a detail) this report does not know yet
        subject = fields.get("expert") or fields.get("item")
        shown = flag.kind.value if subject is None else f"{flag.kind.value}: {subject}"
        return panel_label("flag.other", language, kind=shown)


def flag_resolution_text(flag: Flag, language: Language) -> str:
    if not flag.resolved or flag.resolution is None:
        return panel_label("flag.unresolved", language)
    return flag.resolution.strip()


def _detail(value: DetailValue) -> str:
    return value if isinstance(value, str) else number(value)


def _grade_word(value: str, language: Language) -> str:
    try:
        return grade_label(Grade(value), language)
    except ValueError:
        return value


def _missing_reason(reason: str, language: Language) -> str:
    if reason == "no-sheet":
        return panel_label("missing.no-sheet", language)
    words = []
    for part in reason.split(","):
        try:
            words.append(exclusion_label(ExclusionReason(part), language))
        except ValueError:
            words.append(part)
    return panel_label("list_sep", language).join(words)


def rank_text(data: PanelReportData, ref: str, language: Language) -> str:
    """The rank ("2 of 11", tied) or why the applicant is not ranked."""
    entry = data.ranked(ref)
    if entry is None:
        unranked = data.unranked(ref)
        return "—" if unranked is None else panel_label(unranked_key(unranked.reason), language)
    text = panel_label(
        "rank.value", language, position=entry.position, count=len(data.ranking.entries)
    )
    if entry.tied:
        text += " " + panel_label("rank.tied", language)
    return text


def rank_explanation(data: PanelReportData, ref: str, language: Language) -> list[str]:
    """How the applicant compares with the ones directly above and below it."""
    entry = data.ranked(ref)
    if entry is None:
        return []
    lines = []
    for key, comparison in (("rank.above", entry.versus_above), ("rank.below", entry.versus_below)):
        if comparison is not None:
            why = _comparison_text(data, comparison, language)
            other = _applicant_name(data, comparison.other)
            lines.append(panel_label(key, language, other=other, why=why))
    return lines


def _comparison_text(
    data: PanelReportData, comparison: NeighbourComparison, language: Language
) -> str:
    parts = [_step_text(data, step, language) for step in comparison.steps]
    if comparison.decided_by is None:
        parts.append(panel_label("step.unresolved", language))
    return panel_label("list_sep", language).join(parts)


def _step_text(data: PanelReportData, step: CascadeStep, language: Language) -> str:
    if step.rule is TieRule.MANUAL_ORDER:
        return panel_label("step.manual", language, reason=(step.reason or "").strip())
    criterion = _criterion_name(data, step.criterion, language)
    rule = panel_label(rule_key(step.rule), language, criterion=criterion)
    this, other = _step_value(data, step.this), _step_value(data, step.other)
    key = {0: "step.equal", 1: "step.higher", -1: "step.lower"}[step.outcome]
    return panel_label(key, language, rule=rule, this=this, other=other)


def _criterion_name(data: PanelReportData, key: str | None, language: Language) -> str:
    for criterion in data.template.criteria:
        if criterion.key == key:
            return f"{key} {getattr(criterion.name, language)}"
    return key or ""


def _step_value(data: PanelReportData, value: Decimal | int | ExactMean) -> str:
    if isinstance(value, ExactMean):
        # Two more places than panel scores: enough to show why equal-looking means differ.
        return number(value.rounded(data.template.aggregation.decimals + 2))
    return number(value)


def _applicant_name(data: PanelReportData, ref: str) -> str:
    for item in data.applicants:
        if item.applicant.ref == ref:
            return item.applicant.name
    return ref


def quota_lines(data: PanelReportData, language: Language) -> list[str]:
    """The 优秀 quota check for the summary list: the numbers, then who is beyond it."""
    quota = data.ranking.quota
    if not quota.enabled or quota.allowed is None:
        return [panel_label("quota.off", language)]
    lines = [
        panel_label(
            "quota.summary",
            language,
            percent=number(quota.max_percent),
            graded=quota.graded,
            allowed=quota.allowed,
            count=len(quota.excellent),
        )
    ]
    sep = panel_label("list_sep", language)
    if quota.beyond:
        key = "quota.enforced" if quota.demoted else "quota.warned"
        names = sep.join(_applicant_name(data, ref) for ref in quota.beyond)
        lines.append(panel_label(key, language, names=names))
    if quota.undetermined:
        names = sep.join(_applicant_name(data, ref) for ref in quota.undetermined)
        lines.append(panel_label("quota.undetermined", language, names=names))
    return lines


def published_grade_note(data: PanelReportData, ref: str, language: Language) -> str | None:
    """The quota's word on this applicant, when it has one (published as 良好, or a warning)."""
    entry = data.ranked(ref)
    if entry is None or not entry.beyond_quota:
        return None
    adjustment = entry.quota_adjustment
    if adjustment is None:
        return panel_label("quota.warn", language)
    return panel_label(
        "quota",
        language,
        place=adjustment.excellent_position,
        allowed=adjustment.allowed,
        to=grade_label(adjustment.to_grade, language),
    )


def published_grade(data: PanelReportData, item: ApplicantReport) -> Grade | None:
    """The grade the round publishes: after the quota for a ranked result, else decided."""
    entry = data.ranked(item.applicant.ref)
    return item.result.grade if entry is None else entry.grade
