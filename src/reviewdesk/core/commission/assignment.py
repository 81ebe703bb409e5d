"""Who scores whom in a panel: a proposal free of conflicts of interest, and its check.

A conflict excludes an expert from an applicant, always with its reason:

- **same institution**: the expert's institution and the applicant's host institution are the
  same after folding width, case and blanks, or one contains the other ("清华大学" and
  "清华大学化学系") when the shorter has at least four characters — a department scores no
  application of its own university;
- **same e-mail domain**: the expert's and the applicant's contact addresses share a domain
  that is not a public mail provider (two qq.com addresses say nothing);
- **declared relation**: the expert told the commission of a relation with that applicant
  (a joint project, a former post, family).

The proposal gives each applicant ``per_applicant`` experts (default: every eligible member of
the panel, the usual practice), never fewer than the form's ``minimum`` unless the panel has
too few eligible experts, which :func:`check_assignment` then names. Applicants with the fewest
eligible experts are served first, and each takes the least-loaded eligible experts, so the
load stays balanced; ties fall to the expert's key id, so the same input gives the same plan.
The staff may edit the plan; :func:`check_assignment` runs again before packages are built.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from reviewdesk.core.commission.applicant_list import ApplicantRecord

# Addresses at these providers belong to people, not to organisations.
PUBLIC_MAIL_DOMAINS = frozenset({
    "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn",
    "sohu.com", "aliyun.com", "139.com", "189.cn", "gmail.com", "outlook.com", "hotmail.com",
    "live.com", "yahoo.com", "icloud.com", "me.com",
})  # fmt: skip
MIN_CONTAINED = 4  # characters: "中国" inside everything is no conflict


class ExclusionReason(StrEnum):
    SAME_INSTITUTION = "same-institution"
    SAME_EMAIL_DOMAIN = "same-email-domain"
    DECLARED_RELATION = "declared-relation"


@dataclass(frozen=True)
class ExpertRecord:
    keyid: str
    name: str
    institution: str
    email: str = ""
    relations: frozenset[str] = frozenset()  # applicant refs with a declared relation
    relation_notes: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Exclusion:
    expert: str
    applicant: str
    reason: ExclusionReason
    detail: str  # the institution or domain both share, or the expert's note


class AssignmentProblemCode(StrEnum):
    TOO_FEW_EXPERTS = "too-few-experts"  # detail: assigned, minimum
    CONFLICT_ASSIGNED = "conflict-assigned"  # detail: the exclusion's reason
    UNKNOWN_EXPERT = "unknown-expert"
    UNKNOWN_APPLICANT = "unknown-applicant"


@dataclass(frozen=True)
class AssignmentProblem:
    code: AssignmentProblemCode
    applicant: str = ""
    expert: str = ""
    detail: str = ""


@dataclass(frozen=True)
class AssignmentPlan:
    pairs: frozenset[tuple[str, str]]  # (expert keyid, applicant ref)
    exclusions: tuple[Exclusion, ...]

    def experts_of(self, applicant: str) -> list[str]:
        return sorted(e for e, a in self.pairs if a == applicant)

    def applicants_of(self, expert: str) -> list[str]:
        return sorted(a for e, a in self.pairs if e == expert)

    def load(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for expert, _ in self.pairs:
            counts[expert] = counts.get(expert, 0) + 1
        return counts


def conflicts(applicant: ApplicantRecord, expert: ExpertRecord) -> list[Exclusion]:
    """Every reason ``expert`` may not score ``applicant`` (empty: none)."""
    found: list[Exclusion] = []
    shared = _shared_institution(applicant.institution, expert.institution)
    if shared:
        found.append(Exclusion(expert.keyid, applicant.ref, ExclusionReason.SAME_INSTITUTION,
                               shared))  # fmt: skip
    domain = _domain(applicant.contact_email)
    if domain and domain == _domain(expert.email) and domain not in PUBLIC_MAIL_DOMAINS:
        found.append(Exclusion(expert.keyid, applicant.ref, ExclusionReason.SAME_EMAIL_DOMAIN,
                               domain))  # fmt: skip
    if applicant.ref in expert.relations:
        note = expert.relation_notes.get(applicant.ref, "")
        found.append(Exclusion(expert.keyid, applicant.ref, ExclusionReason.DECLARED_RELATION,
                               note))  # fmt: skip
    return found


def propose_assignment(
    applicants: Sequence[ApplicantRecord],
    experts: Sequence[ExpertRecord],
    *,
    minimum: int,
    per_applicant: int | None = None,
) -> AssignmentPlan:
    """A conflict-free, load-balanced plan for one panel (see the module's docstring)."""
    if minimum < 1 or (per_applicant is not None and per_applicant < minimum):
        raise ValueError("per_applicant must be at least minimum, and minimum at least 1")
    exclusions = [x for a in applicants for e in experts for x in conflicts(a, e)]
    excluded = {(x.expert, x.applicant) for x in exclusions}
    eligible = {a.ref: [e.keyid for e in experts if (e.keyid, a.ref) not in excluded]
                for a in applicants}  # fmt: skip
    load = dict.fromkeys((e.keyid for e in experts), 0)
    pairs: set[tuple[str, str]] = set()
    for applicant in sorted(applicants, key=lambda a: (len(eligible[a.ref]), a.ref)):
        candidates = eligible[applicant.ref]
        wanted = len(candidates) if per_applicant is None else min(per_applicant, len(candidates))
        for keyid in sorted(candidates, key=lambda k: (load[k], k))[:wanted]:
            pairs.add((keyid, applicant.ref))
            load[keyid] += 1
    return AssignmentPlan(frozenset(pairs), tuple(exclusions))


def check_assignment(
    pairs: Iterable[tuple[str, str]],
    applicants: Sequence[ApplicantRecord],
    experts: Sequence[ExpertRecord],
    *,
    minimum: int,
) -> list[AssignmentProblem]:
    """Every problem of a (possibly hand-edited) plan, in applicant order; empty when the
    packages may be built."""
    by_ref = {a.ref: a for a in applicants}
    by_key = {e.keyid: e for e in experts}
    problems: list[AssignmentProblem] = []
    assigned: dict[str, list[str]] = {a.ref: [] for a in applicants}
    for expert, ref in sorted(set(pairs)):
        if expert not in by_key:
            problems.append(AssignmentProblem(AssignmentProblemCode.UNKNOWN_EXPERT, ref, expert))
            continue
        if ref not in by_ref:
            problems.append(AssignmentProblem(AssignmentProblemCode.UNKNOWN_APPLICANT, ref, expert))
            continue
        assigned[ref].append(expert)
        problems.extend(
            AssignmentProblem(AssignmentProblemCode.CONFLICT_ASSIGNED, ref, expert,
                              f"{x.reason.value}: {x.detail}")
            for x in conflicts(by_ref[ref], by_key[expert])
        )  # fmt: skip
    for applicant in applicants:
        count = len(assigned[applicant.ref])
        if count < minimum:
            problems.append(
                AssignmentProblem(AssignmentProblemCode.TOO_FEW_EXPERTS, applicant.ref,
                                  detail=f"{count}/{minimum}")
            )  # fmt: skip
    return sorted(problems, key=lambda p: (p.applicant, p.expert, p.code.value))


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _shared_institution(a: str, b: str) -> str:
    x, y = _fold(a), _fold(b)
    if not x or not y:
        return ""
    if x == y:
        return a.strip()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) >= MIN_CONTAINED and short in long:
        return a.strip() if short == x else b.strip()
    return ""


def _domain(email: str) -> str:
    _, at, domain = email.strip().rpartition("@")
    return domain.casefold() if at else ""
