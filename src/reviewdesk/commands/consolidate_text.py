"""Plain-English text for ``reviewdesk consolidate``: the ranked table and the details.

Only layout lives here (the words are in ``consolidate_words``); every fact comes from the
:class:`~reviewdesk.core.sheets.consolidation.RoundConsolidation`.
"""

from __future__ import annotations

import unicodedata

from reviewdesk.commands.consolidate_words import (
    DECISION_PROBLEMS,
    EXCLUSIONS,
    FLAGS,
    RANKING_PROBLEMS,
    Fields,
    comparison_text,
    grade_zh,
    missing_reason,
    num,
    problem_text,
    recommendation_zh,
    short,
)
from reviewdesk.core.domain import Recommendation
from reviewdesk.core.scoring import (
    DecisionProblem,
    Flag,
    FlagKind,
    PanelStatus,
    RankedEntry,
    ScoreSheet,
    UnrankedReason,
)
from reviewdesk.core.sheets.consolidation import ApplicantConsolidation, RoundConsolidation


def render(consolidation: RoundConsolidation) -> list[str]:
    """The whole text output, line by line."""
    template = consolidation.template
    lines = [
        f"{template.name.zh} / {template.name.en}: {template.template_id} {template.version} "
        f"(sha256 {template.sha256[:16]})",
        f"sheets: {consolidation.sheet_set.source}",
        f"decisions: {_decisions_source(consolidation)}",
        "",
        *_table(consolidation),
        "",
        *_status(consolidation),
    ]
    by_id = {item.applicant_id: item for item in consolidation.applicants}
    ranking = consolidation.ranking
    for entry in ranking.entries:
        lines += ["", *_details(consolidation, by_id[entry.applicant_id], entry)]
    for unranked in ranking.unranked:
        lines += ["", *_details(consolidation, by_id[unranked.result.applicant_id], None)]
    return lines


def _decisions_source(consolidation: RoundConsolidation) -> str:
    decisions = consolidation.decisions
    if decisions.empty:
        return "none"
    if decisions is consolidation.sheet_set.decisions:
        return "inside the sheets file"
    return str(decisions.source)


def _table(consolidation: RoundConsolidation) -> list[str]:
    recognition = consolidation.template.recognition_threshold is not None
    header = ["RANK", "APPLICANT", "SCORE", "GRADE", *(["RECOMMENDATION"] if recognition else [])]
    header += ["SHEETS", "FLAGS", "NAME"]
    rows = [header]
    by_id = {item.applicant_id: item for item in consolidation.applicants}
    ranking = consolidation.ranking
    placed = [(str(e.position), by_id[e.applicant_id], e.grade) for e in ranking.entries]
    placed += [("-", by_id[u.result.applicant_id], u.result.grade) for u in ranking.unranked]
    for rank, item, grade in placed:
        result = item.result
        open_flags = sum(1 for flag in result.flags if not flag.resolved)
        mark = "*" if result.grade_override is not None or grade is not result.grade else ""
        row = [rank, item.applicant_id, num(result.panel_score), grade_zh(grade) + mark]
        if recognition:
            row.append(recommendation_zh(result.recommendation))
        flags = f"{len(result.flags)}" + (f" ({open_flags} open)" if open_flags else "")
        row += [f"{len(result.counted)}/{len(result.assigned_experts)}", flags, item.entry.name]
        rows.append(row)
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    if any("*" in row[3] for row in rows[1:]):
        lines.append("* grade decided by the chair or set by the 优秀 quota (see the details)")
    return lines


def _status(consolidation: RoundConsolidation) -> list[str]:
    blockers = consolidation.blockers
    if not blockers:
        return ["final: every flag is resolved, every veto decided, every tie ordered"]
    lines = [f"not final: {len(blockers)} blocker{'s' if len(blockers) != 1 else ''}"]
    for blocker in blockers:
        where = f"{blocker.applicant_id} " if blocker.applicant_id else ""
        lines.append(f"  {where}{blocker.kind.value}: {blocker.subject}")
    lines += [
        "  Write flag resolutions (by flag id), veto verdicts, overrides and manual orders",
        "  in a decisions file (docs/CONSOLIDATE.md) and run again with --decisions FILE.",
    ]
    for problem in consolidation.ranking.problems:
        text = RANKING_PROBLEMS[problem.code].format(applicant=problem.applicant_id)
        lines.append(f"  manual_orders[{problem.order_index}] {text}")
    return lines


def _details(
    consolidation: RoundConsolidation, item: ApplicantConsolidation, entry: RankedEntry | None
) -> list[str]:
    result, template = item.result, consolidation.template
    title = f"{item.applicant_id} {item.entry.name}".rstrip()
    lines = [f"{title} — " + (f"position {entry.position}" if entry else "not ranked")]
    agg = template.aggregation
    if result.status is PanelStatus.INSUFFICIENT:
        lines.append(
            f"  insufficient: {len(result.counted)} sheet(s) count, the form needs "
            f"{agg.min_sheets}; no panel score"
        )
    elif result.method is not None and result.method.value == "trimmed-mean":
        trim = agg.trim_each_side
        kept = len(result.counted) - 2 * trim
        dropped = "the highest and the lowest" if trim == 1 else f"the {trim} highest and lowest"
        lines.append(
            f"  panel score {num(result.panel_score)}: trimmed mean of {kept} of "
            f"{len(result.counted)} sheets ({dropped} dropped); plain mean "
            f"{num(result.plain_mean)}"
        )
    else:
        lines.append(
            f"  panel score {num(result.panel_score)}: mean of {len(result.counted)} sheets"
        )
    lines += _grade_lines(consolidation, item)
    lines += _sheet_lines(consolidation, item)
    lines += _veto_lines(item)
    lines += _flag_lines(result.flags)
    lines += _decision_problem_lines(result.decision_problems)
    lines += _ranking_lines(consolidation, entry, item)
    return lines


def _grade_lines(consolidation: RoundConsolidation, item: ApplicantConsolidation) -> list[str]:
    result = item.result
    lines: list[str] = []
    if result.veto_confirmed:
        lines.append("  a veto is confirmed: 不合格 whatever the score")
    if result.grade_override is not None:
        lines.append(
            f"  grade: computed {grade_zh(result.computed_grade)}, decided "
            f"{grade_zh(result.grade)}, because “{result.grade_override.reason}”"
        )
    elif result.grade is not None:
        lines.append(f"  grade: {grade_zh(result.grade)} ({result.grade.value})")
    threshold = consolidation.template.recognition_threshold
    override = result.recommendation_override
    if threshold is not None and override is not None:
        lines.append(
            f"  recommendation: computed {recommendation_zh(result.computed_recommendation)}, "
            f"decided {recommendation_zh(result.recommendation)}, because “{override.reason}”"
        )
    elif threshold is not None and result.recommendation is not None:
        if result.veto_confirmed:
            why = "a veto is confirmed"
        else:
            sign = "≥" if result.recommendation is Recommendation.RECOGNISE else "<"
            why = f"panel score {num(result.panel_score)} {sign} {threshold}"
        lines.append(f"  recommendation: {recommendation_zh(result.recommendation)} ({why})")
    return lines


def _sheet_lines(consolidation: RoundConsolidation, item: ApplicantConsolidation) -> list[str]:
    result = item.result
    lines = [f"  sheets: {len(result.counted)} counted of {len(result.assigned_experts)} assigned"]
    sheets = [c.sheet for c in result.counted] + [e.sheet for e in result.excluded]
    expert_width = max((len(s.expert_id) for s in sheets), default=0)
    where_width = max((len(consolidation.where(s)) for s in sheets), default=0)

    def head(sheet: ScoreSheet) -> str:
        revision = f"  revision {sheet.revision}" if sheet.revision != 1 else ""
        where = consolidation.where(sheet)
        return f"    {sheet.expert_id:<{expert_width}}  {where:<{where_width}}{revision}"

    # The trimmed mean drops the lowest and highest totals (ties by expert id, as the engine).
    ordered = sorted(result.counted, key=lambda c: (c.total, c.expert_id))
    lowest = {c.expert_id for c in ordered[: len(ordered) // 2] if c.trimmed}
    for counted in result.counted:
        note = ""
        if counted.trimmed:
            side = "lowest" if counted.expert_id in lowest else "highest"
            note = f"  dropped as the {side} by the trimmed mean"
        lines.append(
            f"{head(counted.sheet)}  total {short(counted.total):>6}  {counted.grade.zh}{note}"
        )
    for excluded in result.excluded:
        reasons = ", ".join(EXCLUSIONS[reason] for reason in excluded.reasons)
        lines.append(f"{head(excluded.sheet)}  not counted: {reasons}")
        lines += [f"      - {problem_text(problem)}" for problem in excluded.problems]
    return lines


def _veto_lines(item: ApplicantConsolidation) -> list[str]:
    lines: list[str] = []
    for veto in item.result.vetoes:
        claims = "; ".join(f"{expert}: “{text}”" for expert, text in veto.claims.items())
        lines.append(f"  veto {veto.item} claimed by {claims}")
        if veto.decision is None:
            lines.append("    no verdict yet (confirm or dismiss it, with a reason)")
        else:
            decision = veto.decision
            lines.append(f"    {decision.verdict.value} by the chair: “{decision.reason}”")
    return lines


def _flag_lines(flags: tuple[Flag, ...]) -> list[str]:
    if not flags:
        return ["  flags: none"]
    still_open = sum(1 for f in flags if not f.resolved)
    lines = [f"  flags ({still_open} open):" if still_open else "  flags (all resolved):"]
    for flag in flags:
        fields = Fields({**flag.detail})
        if flag.kind is FlagKind.MISSING_SHEET:
            fields["reason"] = missing_reason(str(flag.detail.get("reason", "")))
        text = FLAGS[flag.kind].format_map(fields)
        who = f"{flag.expert_id}: " if flag.expert_id else ""
        state = f"resolved: “{flag.resolution}”" if flag.resolved else "OPEN"
        lines.append(f"    [{flag.id}] {who}{text} — {state}")
    return lines


def _decision_problem_lines(problems: tuple[DecisionProblem, ...]) -> list[str]:
    return [f"  decision on {p.subject} refused: {DECISION_PROBLEMS[p.code]}" for p in problems]


def _ranking_lines(
    consolidation: RoundConsolidation, entry: RankedEntry | None, item: ApplicantConsolidation
) -> list[str]:
    if entry is None:
        unranked = next(
            u for u in consolidation.ranking.unranked if u.result.applicant_id == item.applicant_id
        )
        why = (
            "a veto is confirmed, so the score does not place it"
            if unranked.reason is UnrankedReason.VETOED
            else "too few sheets count for a panel score"
        )
        return [f"  ranking: not ranked, {why}"]
    decimals = consolidation.template.aggregation.decimals
    size = len(consolidation.ranking.entries)
    lines = [f"  ranking: position {entry.position} of {size}"]
    lines += [
        f"    {comparison_text(c, decimals)}"
        for c in (entry.versus_above, entry.versus_below)
        if c is not None
    ]
    if entry.quota_adjustment is not None:
        adj = entry.quota_adjustment
        lines.append(
            f"  优秀 quota: published {adj.to_grade.zh} instead of {adj.from_grade.zh} — "
            f"{adj.excellent_position}th 优秀 in ranking order, {adj.allowed} allowed"
        )
    elif entry.beyond_quota:
        lines.append("  优秀 quota: beyond the allowed number of 优秀 (warning only)")
    return lines


def _width(text: str) -> int:
    # Chinese characters take two terminal columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
