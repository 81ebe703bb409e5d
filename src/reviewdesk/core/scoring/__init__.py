"""The grading engine: expert sheets → panel results → ranking (DESIGN §2.2).

Exact ``Decimal`` arithmetic throughout; a value is rounded half-up, once, only where the
rule says (panel scores, to the template's ``aggregation.decimals``). Every number comes
from the :class:`~reviewdesk.core.templates.model.Template`. Qt-free; user mistakes come
back as values with codes, only inconsistent requests raise :class:`ScoringError`.

Entry points
------------
``validate_sheet(template, sheet) -> list[Problem]``
    What stops an expert submitting (missing/out-of-range/off-step score, 畸高畸低 comment,
    overall opinion, unknown criterion, veto without evidence or unknown to the template).
``score_problem(criterion, score) -> Problem | None``
    One value on its own: not a number, out of range or off the step (for score inputs).
``sheet_total(template, sheet) -> Decimal | None`` / ``running_total(template, sheet)``
    Σ score × weight (``None`` while incomplete) / the sum so far.
``grade_for(template, score) -> Grade``, ``recommendation_for(template, score, vetoed)``
    Band lookup (an edge gets the higher grade) and 建议认定 / 不建议认定.
``consolidate(template, applicant_id, assigned_experts, sheets, decisions) -> PanelResult``
    Which sheets count and why the others do not, panel score, computed and decided grade
    and recommendation, vetoes, flags with the chair's resolutions, ``blockers`` and
    ``can_finalise``.
``rank_panel_results(template, results, manual_orders) -> Ranking``
    Ranking of one group (one template) with the tie-break cascade, explanations against
    each neighbour, unranked results, and the 优秀 quota. ``Ranking.published_grade(result)``
    is the one grade to show for an applicant (after an enforced quota).

After one edit the chair desk calls ``consolidate`` for that applicant only, puts the new
result in place of the old one and calls ``rank_panel_results`` on all of them: about 10 ms
for 300 applicants × 9 experts × 8 criteria (benchmarks/bench_consolidate.py). Both are
linear in the sheets given (sorting aside).

Interactions, decided once here
-------------------------------
- Too few counted sheets: no panel score, no grade, and an ``insufficient-sheets`` flag that
  blocks finalising until the chair records a decision on it in writing.
- Deviation flags measure each expert from the exact median of the counted totals.
- A confirmed veto forces 不合格 and 不建议认定, even when too few sheets count; an
  override to anything else is refused, and a vetoed result is not ranked by its score.
- A dismissed veto changes nothing; an undecided one is an unresolved flag (it is settled
  by a verdict with a reason, not by a note).
- An override needs a non-blank reason and a computed grade (none when insufficient); it
  changes the grade, not the recommendation, which has its own override.
- The quota works on decided grades in ranking order: an override to 优秀 counts, and in
  enforce mode it can be demoted like any other 优秀 beyond the limit.
"""

from reviewdesk.core.errors import ScoringError
from reviewdesk.core.scoring.decisions import (
    GRADE_OVERRIDE,
    NO_DECISIONS,
    RECOMMENDATION_OVERRIDE,
    ChairDecisions,
    DecisionProblem,
    DecisionProblemCode,
    GradeOverride,
    RecommendationOverride,
    VetoDecision,
    VetoVerdict,
)
from reviewdesk.core.scoring.exact import ExactMean
from reviewdesk.core.scoring.flags import Flag, FlagKind
from reviewdesk.core.scoring.grades import grade_for, recommendation_for, sheet_grade
from reviewdesk.core.scoring.panel import consolidate
from reviewdesk.core.scoring.quota import QuotaAdjustment, QuotaOutcome, allowed_excellent
from reviewdesk.core.scoring.ranking import (
    CascadeStep,
    ManualOrder,
    NeighbourComparison,
    RankedEntry,
    Ranking,
    RankingProblem,
    RankingProblemCode,
    TieRule,
    UnrankedEntry,
    UnrankedReason,
    rank_panel_results,
)
from reviewdesk.core.scoring.result import (
    Blocker,
    BlockerKind,
    CountedSheet,
    ExcludedSheet,
    ExclusionReason,
    PanelResult,
    PanelStatus,
    RaisedVeto,
)
from reviewdesk.core.scoring.sheet import (
    Problem,
    ProblemCode,
    ScoreSheet,
    VetoClaim,
    running_total,
    score_problem,
    sheet_total,
    validate_sheet,
)

__all__ = [
    "GRADE_OVERRIDE",
    "NO_DECISIONS",
    "RECOMMENDATION_OVERRIDE",
    "Blocker",
    "BlockerKind",
    "CascadeStep",
    "ChairDecisions",
    "CountedSheet",
    "DecisionProblem",
    "DecisionProblemCode",
    "ExactMean",
    "ExcludedSheet",
    "ExclusionReason",
    "Flag",
    "FlagKind",
    "GradeOverride",
    "ManualOrder",
    "NeighbourComparison",
    "PanelResult",
    "PanelStatus",
    "Problem",
    "ProblemCode",
    "QuotaAdjustment",
    "QuotaOutcome",
    "RaisedVeto",
    "RankedEntry",
    "Ranking",
    "RankingProblem",
    "RankingProblemCode",
    "RecommendationOverride",
    "ScoreSheet",
    "ScoringError",
    "TieRule",
    "UnrankedEntry",
    "UnrankedReason",
    "VetoClaim",
    "VetoDecision",
    "VetoVerdict",
    "allowed_excellent",
    "consolidate",
    "grade_for",
    "rank_panel_results",
    "recommendation_for",
    "running_total",
    "score_problem",
    "sheet_grade",
    "sheet_total",
    "validate_sheet",
]
