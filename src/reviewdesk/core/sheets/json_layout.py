"""The JSON layouts: score sheets (``reviewdesk-sheets/1``) and chair decisions
(``reviewdesk-decisions/1``), see docs/CONSOLIDATE.md.

Documents come from :func:`~reviewdesk.core.canonical.loads_strict` (no floats, no duplicate
keys). Every layout error names its place as a JSON path ("sheets[2].scores.E1"); unknown
keys are errors too, so a misspelt field is never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from reviewdesk.core.domain import Conflict, Grade, Recommendation
from reviewdesk.core.scoring import (
    ChairDecisions,
    GradeOverride,
    ManualOrder,
    RecommendationOverride,
    ScoreSheet,
    VetoClaim,
    VetoDecision,
    VetoVerdict,
)
from reviewdesk.core.sheets.sheet_set import (
    DECISIONS_FORMAT,
    SHEETS_FORMAT,
    ApplicantEntry,
    KeyKind,
    KeyUse,
    RoundDecisions,
    SheetSet,
    SheetsFormat,
    decisions_error,
    layout_error,
    parse_decimal,
)

Fail = Callable[[str, str], NoReturn]

_SHEET_KEYS = {
    "applicant",
    "expert",
    "scores",
    "comments",
    "opinion",
    "vetoes",
    "conflict",
    "revision",
    "signed",
    "late",
}
_DECISION_KEYS = {"vetoes", "resolutions", "grade_override", "recommendation_override"}
# The chair may write grades and recommendations in Chinese, as the forms print them.
_GRADES = {**{g.value: g for g in Grade}, **{g.zh: g for g in Grade}}
_RECOMMENDATIONS = {
    **{r.value: r for r in Recommendation},
    "建议认定": Recommendation.RECOGNISE,
    "不建议认定": Recommendation.DO_NOT_RECOGNISE,
}


class _Reader:
    """Typed access to a JSON value, failing with the value's path."""

    def __init__(self, fail: Fail) -> None:
        self.fail = fail

    def obj(self, value: Any, where: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where or "the document", "an object {…} is expected")
        for key in sorted(set(value) - allowed):
            self.fail(_join(where, key), f"unknown field (known: {', '.join(sorted(allowed))})")
        for key in sorted(required - set(value)):
            self.fail(_join(where, key), "this field is required")
        return value

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "an object {…} is expected")
        return value

    def array(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, "a list […] is expected")
        return value

    def text(self, value: Any, where: str, *, non_empty: bool = False) -> str:
        if not isinstance(value, str):
            self.fail(where, "a string is expected")
        if non_empty and not value.strip():
            self.fail(where, "must not be empty")
        return value

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            self.fail(where, "true or false is expected")
        return value

    def choice(self, value: Any, where: str, choices: Mapping[str, Any]) -> Any:
        text = self.text(value, where)
        if text not in choices:
            self.fail(where, f"“{text}” is not one of {', '.join(choices)}")
        return choices[text]


def parse_json_sheets(document: Any, path: Path) -> SheetSet:
    """Build a :class:`SheetSet` from a parsed ``reviewdesk-sheets/1`` document."""

    def fail(where: str, reason: str) -> NoReturn:
        layout_error(path, where, reason)

    read = _Reader(fail)
    _check_format(read, document, SHEETS_FORMAT)
    top = read.obj(document, "", {"format", "template", "applicants", "sheets", "decisions"}, set())
    template_ref = None
    if "template" in top:
        template_ref = read.text(top["template"], "template", non_empty=True)
    listed = _listed_applicants(read, top.get("applicants"))
    sheets: list[ScoreSheet] = []
    locations: dict[tuple[str, str, int], str] = {}
    keys: dict[tuple[KeyKind, str], KeyUse] = {}
    found: dict[str, list[str]] = {}
    for index, item in enumerate(read.array(top.get("sheets", []), "sheets")):
        where = f"sheets[{index}]"
        sheet = _sheet(read, item, where, keys)
        if listed is not None and sheet.applicant_id not in listed:
            fail(f"{where}.applicant", f"{sheet.applicant_id} is not in the applicants list")
        key = (sheet.applicant_id, sheet.expert_id, sheet.revision)
        if key in locations:
            fail(where, f"{locations[key]} already holds the same applicant, expert and revision")
        locations[key] = where
        sheets.append(sheet)
        experts = found.setdefault(sheet.applicant_id, [])
        if sheet.expert_id not in experts:
            experts.append(sheet.expert_id)
    # Without an applicants list, the experts who sent a sheet are taken as assigned.
    applicants = (
        tuple(listed.values())
        if listed is not None
        else tuple(ApplicantEntry(a, "", tuple(e)) for a, e in found.items())
    )
    decisions = RoundDecisions()
    if "decisions" in top:
        decisions = parse_decisions_body(top["decisions"], path, "decisions", layout_error)
    return SheetSet(
        source=path,
        format=SheetsFormat.JSON,
        applicants=applicants,
        sheets=tuple(sheets),
        locations=locations,
        keys=tuple(keys.values()),
        template_ref=template_ref,
        decisions=decisions,
    )


def _check_format(read: _Reader, document: Any, expected: str) -> None:
    """First of all, so that a file of another kind is named as such."""
    top = read.mapping(document, "the document")
    if top.get("format") != expected:
        found = top.get("format")
        said = "missing" if found is None else f"“{found}”"
        read.fail("format", f'{said}; this layout needs "format": "{expected}"')


def _listed_applicants(read: _Reader, value: Any) -> dict[str, ApplicantEntry] | None:
    if value is None:
        return None
    listed: dict[str, ApplicantEntry] = {}
    for index, item in enumerate(read.array(value, "applicants")):
        where = f"applicants[{index}]"
        entry = read.obj(item, where, {"id", "name", "assigned"}, {"id", "assigned"})
        applicant = read.text(entry["id"], f"{where}.id", non_empty=True).strip()
        if applicant in listed:
            read.fail(f"{where}.id", f"applicant {applicant} is listed twice")
        name = read.text(entry.get("name", ""), f"{where}.name").strip()
        experts: list[str] = []
        for position, expert in enumerate(read.array(entry["assigned"], f"{where}.assigned")):
            expert_where = f"{where}.assigned[{position}]"
            expert_id = read.text(expert, expert_where, non_empty=True).strip()
            if expert_id in experts:
                read.fail(expert_where, f"expert {expert_id} is assigned twice")
            experts.append(expert_id)
        listed[applicant] = ApplicantEntry(applicant, name, tuple(experts))
    return listed


def _sheet(
    read: _Reader, item: Any, where: str, keys: dict[tuple[KeyKind, str], KeyUse]
) -> ScoreSheet:
    raw = read.obj(item, where, _SHEET_KEYS, {"applicant", "expert"})
    scores: dict[str, Decimal | None] = {}
    for key, value in read.mapping(raw.get("scores", {}), f"{where}.scores").items():
        keys.setdefault((KeyKind.SCORE, key), KeyUse(KeyKind.SCORE, key, f"{where}.scores.{key}"))
        scores[key] = _score(read, value, f"{where}.scores.{key}")
    comments: dict[str, str] = {}
    for key, value in read.mapping(raw.get("comments", {}), f"{where}.comments").items():
        use = KeyUse(KeyKind.COMMENT, key, f"{where}.comments.{key}")
        keys.setdefault((KeyKind.COMMENT, key), use)
        comments[key] = read.text(value, use.where)
    vetoes: list[VetoClaim] = []
    for index, claim in enumerate(read.array(raw.get("vetoes", []), f"{where}.vetoes")):
        claim_where = f"{where}.vetoes[{index}]"
        fields = read.obj(claim, claim_where, {"item", "evidence"}, {"item", "evidence"})
        item_key = read.text(fields["item"], f"{claim_where}.item", non_empty=True)
        keys.setdefault((KeyKind.VETO, item_key), KeyUse(KeyKind.VETO, item_key, claim_where))
        vetoes.append(VetoClaim(item_key, read.text(fields["evidence"], f"{claim_where}.evidence")))
    revision = raw.get("revision", 1)
    if isinstance(revision, bool) or not isinstance(revision, int) or revision < 1:
        read.fail(f"{where}.revision", "a whole number from 1 is expected")
    conflicts = {c.value: c for c in Conflict}
    return ScoreSheet(
        expert_id=read.text(raw["expert"], f"{where}.expert", non_empty=True).strip(),
        applicant_id=read.text(raw["applicant"], f"{where}.applicant", non_empty=True).strip(),
        scores=scores,
        comments=comments,
        overall_opinion=read.text(raw.get("opinion", ""), f"{where}.opinion"),
        vetoes=tuple(vetoes),
        revision=revision,
        signed=read.flag(raw.get("signed", True), f"{where}.signed"),
        conflict=read.choice(raw.get("conflict", "none"), f"{where}.conflict", conflicts),
        late=read.flag(raw.get("late", False), f"{where}.late"),
    )


def _score(read: _Reader, value: Any, where: str) -> Decimal | None:
    """A score: a decimal string, a whole number, or null while not given."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        score = parse_decimal(value)
        if score is not None:
            return score
        read.fail(where, f'“{value}” is not a decimal number (write e.g. "20.5")')
    read.fail(where, 'a decimal string such as "20.5", a whole number or null is expected')


def parse_decisions_document(document: Any, path: Path) -> RoundDecisions:
    """A separate decisions file: ``{"format": "reviewdesk-decisions/1", …}``."""
    read = _Reader(lambda w, r: decisions_error(path, w, r))
    _check_format(read, document, DECISIONS_FORMAT)
    top = read.obj(document, "", {"format", "applicants", "manual_orders"}, set())
    body = {k: v for k, v in top.items() if k != "format"}
    return parse_decisions_body(body, path, "", decisions_error)


def parse_decisions_body(
    value: Any, path: Path, prefix: str, error: Callable[[Path, str, str], NoReturn]
) -> RoundDecisions:
    """``{"applicants": {id: {…}}, "manual_orders": […]}``, inside a sheets document
    (``prefix`` "decisions") or at the top of a decisions file (``prefix`` "")."""

    def fail(where: str, reason: str) -> NoReturn:
        error(path, where, reason)

    read = _Reader(fail)
    body = read.obj(value, prefix, {"applicants", "manual_orders"}, set())
    per_applicant: dict[str, ChairDecisions] = {}
    where_of: dict[str, str] = {}
    applicants_where = _join(prefix, "applicants")
    for applicant, item in read.mapping(body.get("applicants", {}), applicants_where).items():
        where = _join(applicants_where, applicant)
        per_applicant[applicant] = _chair_decisions(read, item, where)
        where_of[applicant] = where
    orders: list[ManualOrder] = []
    orders_where = _join(prefix, "manual_orders")
    for index, item in enumerate(read.array(body.get("manual_orders", []), orders_where)):
        where = f"{orders_where}[{index}]"
        order = read.obj(item, where, {"applicants", "reason"}, {"applicants"})
        names = read.array(order["applicants"], f"{where}.applicants")
        members = tuple(
            read.text(n, f"{where}.applicants[{i}]", non_empty=True) for i, n in enumerate(names)
        )
        orders.append(ManualOrder(members, read.text(order.get("reason", ""), f"{where}.reason")))
    return RoundDecisions(per_applicant, tuple(orders), path, where_of)


def _chair_decisions(read: _Reader, value: Any, where: str) -> ChairDecisions:
    """A missing reason reads as "": the engine refuses the decision and says so."""
    item = read.obj(value, where, _DECISION_KEYS, set())
    verdicts = {v.value: v for v in VetoVerdict}
    vetoes: dict[str, VetoDecision] = {}
    for key, raw in read.mapping(item.get("vetoes", {}), f"{where}.vetoes").items():
        veto_where = f"{where}.vetoes.{key}"
        fields = read.obj(raw, veto_where, {"verdict", "reason"}, {"verdict"})
        verdict = read.choice(fields["verdict"], f"{veto_where}.verdict", verdicts)
        reason = read.text(fields.get("reason", ""), f"{veto_where}.reason")
        vetoes[key] = VetoDecision(verdict, reason)
    resolutions = {
        flag_id: read.text(text, f"{where}.resolutions.{flag_id}")
        for flag_id, text in read.mapping(
            item.get("resolutions", {}), f"{where}.resolutions"
        ).items()
    }
    grade_override = None
    if item.get("grade_override") is not None:
        override_where = f"{where}.grade_override"
        fields = read.obj(item["grade_override"], override_where, {"grade", "reason"}, {"grade"})
        grade = read.choice(fields["grade"], f"{override_where}.grade", _GRADES)
        reason = read.text(fields.get("reason", ""), f"{override_where}.reason")
        grade_override = GradeOverride(grade, reason)
    recommendation_override = None
    if item.get("recommendation_override") is not None:
        override_where = f"{where}.recommendation_override"
        allowed = {"recommendation", "reason"}
        fields = read.obj(
            item["recommendation_override"], override_where, allowed, allowed - {"reason"}
        )
        choice = read.choice(
            fields["recommendation"], f"{override_where}.recommendation", _RECOMMENDATIONS
        )
        reason = read.text(fields.get("reason", ""), f"{override_where}.reason")
        recommendation_override = RecommendationOverride(choice, reason)
    return ChairDecisions(vetoes, resolutions, grade_override, recommendation_override)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
