"""The text of ``reviewdesk consolidate``: the ranked table and the details, in one language.

Only layout lives here (the words, in English and Chinese, are in ``consolidate_words``);
every fact comes from the :class:`~reviewdesk.core.sheets.consolidation.RoundConsolidation`.
Columns are aligned by display width: a Chinese character takes two terminal columns.
"""

from __future__ import annotations

import unicodedata

from reviewdesk.commands.consolidate_words import (
    ENGLISH,
    Fields,
    Vocabulary,
    grade_zh,
    num,
    recommendation_zh,
    vocabulary,
)
from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.scoring import (
    DecisionProblem,
    Flag,
    FlagKind,
    PanelStatus,
    RankedEntry,
    ScoreSheet,
    UnrankedReason,
    VetoVerdict,
)
from reviewdesk.core.sheets.consolidation import ApplicantConsolidation, RoundConsolidation


def render(consolidation: RoundConsolidation, language: str = ENGLISH) -> list[str]:
    """The whole text output, line by line, in ``language`` (``en`` or ``zh_CN``)."""
    w = vocabulary(language)
    template = consolidation.template
    title = template.name.zh if w.chinese else f"{template.name.zh} / {template.name.en}"
    lines = [
        f"{title}{w('colon')}{template.template_id} {template.version} "
        f"(sha256 {template.sha256[:16]})",
        w("sheets", path=consolidation.sheet_set.source),
        w("decisions", source=_decisions_source(consolidation, w)),
        "",
        *_table(consolidation, w),
        "",
        *_status(consolidation, w),
    ]
    by_id = {item.applicant_id: item for item in consolidation.applicants}
    ranking = consolidation.ranking
    for entry in ranking.entries:
        lines += ["", *_details(consolidation, by_id[entry.applicant_id], entry, w)]
    for unranked in ranking.unranked:
        lines += ["", *_details(consolidation, by_id[unranked.result.applicant_id], None, w)]
    return lines


def _decisions_source(consolidation: RoundConsolidation, w: Vocabulary) -> str:
    decisions = consolidation.decisions
    if decisions.empty:
        return w("decisions-none")
    if decisions is consolidation.sheet_set.decisions:
        return w("decisions-inside")
    return str(decisions.source)


def _table(consolidation: RoundConsolidation, w: Vocabulary) -> list[str]:
    recognition = consolidation.template.recognition_threshold is not None
    keys = ["col-rank", "col-applicant", "col-score", "col-grade"]
    keys += [*(["col-recommendation"] if recognition else []), "col-sheets", "col-flags"]
    header = [w(key) for key in [*keys, "col-name"]]
    rows = [header]
    by_id = {item.applicant_id: item for item in consolidation.applicants}
    ranking = consolidation.ranking
    placed = [(str(e.position), by_id[e.applicant_id]) for e in ranking.entries]
    placed += [("-", by_id[u.result.applicant_id]) for u in ranking.unranked]
    marked = False
    for rank, item in placed:
        result = item.result
        open_flags = sum(1 for flag in result.flags if not flag.resolved)
        changed = result.grade_override is not None or item.quota_adjustment is not None
        marked = marked or changed
        row = [rank, item.applicant_id, num(result.panel_score)]
        row.append(grade_zh(item.published_grade) + ("*" if changed else ""))
        if recognition:
            row.append(recommendation_zh(result.recommendation))
        flags = w("flags-open", count=len(result.flags), open=open_flags)
        row += [
            f"{len(result.counted)}/{len(result.assigned_experts)}",
            flags if open_flags else str(len(result.flags)),
            item.entry.name,
        ]
        rows.append(row)
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(pad(cell, width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    if marked:
        lines.append(w("legend"))
    return lines


def _status(consolidation: RoundConsolidation, w: Vocabulary) -> list[str]:
    blockers = consolidation.blockers
    if not blockers:
        return [w("final")]
    lines = [w("not-final-one" if len(blockers) == 1 else "not-final", count=len(blockers))]
    for blocker in blockers:
        where = f"{blocker.applicant_id} " if blocker.applicant_id else ""
        kind = w.blockers.get(blocker.kind.value, blocker.kind.value)
        lines.append(f"  {where}{kind}{w('colon')}{blocker.subject}")
    lines += [*w("how-to-decide").split("\n"), w("rules")]
    for problem in consolidation.ranking.problems:
        text = w.ranking_problems[problem.code].format(applicant=problem.applicant_id)
        lines.append(f"  manual_orders[{problem.order_index}] {text}")
    return lines


def _details(
    consolidation: RoundConsolidation,
    item: ApplicantConsolidation,
    entry: RankedEntry | None,
    w: Vocabulary,
) -> list[str]:
    result, template = item.result, consolidation.template
    title = f"{item.applicant_id} {item.entry.name}".rstrip()
    place = w("position", position=entry.position) if entry else w("not-ranked")
    lines = [f"{title} — {place}"]
    agg = template.aggregation
    counted = len(result.counted)
    if result.status is PanelStatus.INSUFFICIENT:
        lines.append(w("insufficient", counted=counted, min_sheets=agg.min_sheets))
    elif result.method is not None and result.method.value == "trimmed-mean":
        trim = agg.trim_each_side
        dropped = w("dropped-one") if trim == 1 else w("dropped-many", trim=trim)
        lines.append(
            w(
                "trimmed",
                score=result.panel_score,
                kept=counted - 2 * trim,
                counted=counted,
                dropped=dropped,
                mean=result.plain_mean,
            )
        )
    else:
        lines.append(w("mean", score=result.panel_score, counted=counted))
    lines += _grade_lines(consolidation, item, w)
    lines += _sheet_lines(consolidation, item, w)
    lines += _veto_lines(item, w)
    lines += _flag_lines(result.flags, w)
    lines += _decision_problem_lines(result.decision_problems, w)
    lines += _ranking_lines(consolidation, entry, item, w)
    return lines


def _grade_lines(
    consolidation: RoundConsolidation, item: ApplicantConsolidation, w: Vocabulary
) -> list[str]:
    result = item.result
    lines: list[str] = []
    if result.veto_confirmed:
        lines.append(w("veto-confirmed"))
    published = item.published_grade
    if result.grade_override is not None:
        lines.append(
            w(
                "grade-override",
                computed=grade_zh(result.computed_grade),
                decided=grade_zh(result.grade),
                reason=result.grade_override.reason,
            )
        )
    if published is not None and item.quota_adjustment is not None:
        lines.append(
            w(
                "grade-quota",
                grade=published.zh,
                value=published.value,
                decided=grade_zh(result.grade),
            )
        )
    elif published is not None and result.grade_override is None:
        lines.append(w("grade", grade=published.zh, value=published.value))
    threshold = consolidation.template.recognition_threshold
    override = result.recommendation_override
    if threshold is not None and override is not None:
        lines.append(
            w(
                "recommendation-override",
                computed=recommendation_zh(result.computed_recommendation),
                decided=recommendation_zh(result.recommendation),
                reason=override.reason,
            )
        )
    elif threshold is not None and result.recommendation is not None:
        if result.veto_confirmed:
            why = w("why-veto")
        else:
            sign = "≥" if result.recommendation is Recommendation.RECOGNISE else "<"
            why = w("why-score", score=result.panel_score, sign=sign, threshold=threshold)
        lines.append(
            w("recommendation", recommendation=recommendation_zh(result.recommendation), why=why)
        )
    return lines


def _sheet_lines(
    consolidation: RoundConsolidation, item: ApplicantConsolidation, w: Vocabulary
) -> list[str]:
    result = item.result
    lines = [w("sheet-count", counted=len(result.counted), assigned=len(result.assigned_experts))]
    sheets = [c.sheet for c in result.counted] + [e.sheet for e in result.excluded]
    expert_width = max((display_width(s.expert_id) for s in sheets), default=0)
    where_width = max((display_width(consolidation.where(s)) for s in sheets), default=0)

    def head(sheet: ScoreSheet) -> str:
        revision = "  " + w("revision", revision=sheet.revision) if sheet.revision != 1 else ""
        where = consolidation.where(sheet)
        return f"    {pad(sheet.expert_id, expert_width)}  {pad(where, where_width)}{revision}"

    # The trimmed mean drops the lowest and highest totals (ties by expert id, as the engine).
    ordered = sorted(result.counted, key=lambda c: (c.total, c.expert_id))
    lowest = {c.expert_id for c in ordered[: len(ordered) // 2] if c.trimmed}
    totals = [num(c.total) for c in result.counted]
    total_width = max((len(t) for t in totals), default=0)
    for counted, total in zip(result.counted, totals, strict=True):
        note = ""
        if counted.trimmed:
            side = "dropped-lowest" if counted.expert_id in lowest else "dropped-highest"
            note = "  " + w(side)
        lines.append(
            f"{head(counted.sheet)}  {w('total')} {total:>{total_width}}  {counted.grade.zh}{note}"
        )
    for excluded in result.excluded:
        reasons = w("list-separator").join(w.exclusions[reason] for reason in excluded.reasons)
        lines.append(f"{head(excluded.sheet)}  {w('not-counted', reasons=reasons)}")
        lines += [f"      - {w.problem_text(problem)}" for problem in excluded.problems]
    return lines


def _veto_lines(item: ApplicantConsolidation, w: Vocabulary) -> list[str]:
    lines: list[str] = []
    for veto in item.result.vetoes:
        claims = w("said-separator").join(
            f"{expert}{w('colon')}“{text}”" for expert, text in veto.claims.items()
        )
        lines.append(w("veto-claimed", item=veto.item, claims=claims))
        decision = veto.decision
        if decision is None:
            lines.append(w("veto-no-verdict"))
        elif decision.verdict is VetoVerdict.CONFIRMED:
            lines.append(w("veto-confirmed-by", reason=decision.reason))
        else:
            lines.append(w("veto-dismissed-by", reason=decision.reason))
    return lines


def _flag_lines(flags: tuple[Flag, ...], w: Vocabulary) -> list[str]:
    if not flags:
        return [w("flags-none")]
    still_open = sum(1 for f in flags if not f.resolved)
    lines = [w("flags-some-open", open=still_open) if still_open else w("flags-all-resolved")]
    for flag in flags:
        fields = Fields({**flag.detail})
        if flag.kind is FlagKind.MISSING_SHEET:
            fields["reason"] = w.missing_reason(str(flag.detail.get("reason", "")))
        if flag.kind is FlagKind.GRADE_GAP and w.chinese:
            fields.update({k: _grade_word(str(flag.detail.get(k, ""))) for k in ("best", "worst")})
        text = w.flags[flag.kind].format_map(fields)
        who = f"{flag.expert_id}{w('colon')}" if flag.expert_id else ""
        state = w("flag-resolved", resolution=flag.resolution) if flag.resolved else w("flag-open")
        lines.append(f"    [{flag.id}] {who}{text} — {state}")
    return lines


def _grade_word(value: str) -> str:
    try:
        return Grade(value).zh
    except ValueError:
        return value


def _decision_problem_lines(problems: tuple[DecisionProblem, ...], w: Vocabulary) -> list[str]:
    return [
        w("decision-refused", subject=p.subject, text=w.decision_problems[p.code]) for p in problems
    ]


def _ranking_lines(
    consolidation: RoundConsolidation,
    entry: RankedEntry | None,
    item: ApplicantConsolidation,
    w: Vocabulary,
) -> list[str]:
    if entry is None:
        unranked = next(
            u for u in consolidation.ranking.unranked if u.result.applicant_id == item.applicant_id
        )
        vetoed = unranked.reason is UnrankedReason.VETOED
        return [w("unranked-vetoed" if vetoed else "unranked-insufficient")]
    decimals = consolidation.template.aggregation.decimals
    size = len(consolidation.ranking.entries)
    lines = [w("ranking-position", position=entry.position, size=size)]
    lines += [
        f"    {w.comparison_text(c, decimals)}"
        for c in (entry.versus_above, entry.versus_below)
        if c is not None
    ]
    if entry.quota_adjustment is not None:
        adj = entry.quota_adjustment
        lines.append(
            w(
                "quota-demoted",
                to=adj.to_grade.zh,
                from_=adj.from_grade.zh,
                place=adj.excellent_position,
                allowed=adj.allowed,
            )
        )
    elif entry.beyond_quota:
        lines.append(w("quota-warned"))
    return lines


def display_width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width characters (CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` display columns."""
    return text + " " * (width - display_width(text))
