"""Words of the domain shared by every layer: round kinds, categories, grades."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RoundKind(StrEnum):
    RECOGNITION = "recognition"  # 认定申报评审
    EVALUATION = "evaluation"  # 综合评价 / 定期评价


class Category(StrEnum):
    PARK = "park"  # 园区类
    RESEARCH = "research"  # 科研类
    PLATFORM = "platform"  # 平台类
    ENTERPRISE = "enterprise"  # 企业类


class Grade(StrEnum):
    """The four grades, best first. ``rank`` 0 is best; bands apart = difference of ranks."""

    EXCELLENT = "excellent"  # 优秀
    GOOD = "good"  # 良好
    QUALIFIED = "qualified"  # 合格
    UNQUALIFIED = "unqualified"  # 不合格

    @property
    def rank(self) -> int:
        return _GRADE_ORDER.index(self)

    @property
    def zh(self) -> str:
        return _GRADE_ZH[self]


_GRADE_ORDER = [Grade.EXCELLENT, Grade.GOOD, Grade.QUALIFIED, Grade.UNQUALIFIED]
_GRADE_ZH = {
    Grade.EXCELLENT: "优秀",
    Grade.GOOD: "良好",
    Grade.QUALIFIED: "合格",
    Grade.UNQUALIFIED: "不合格",
}


class Recommendation(StrEnum):
    """Recognition rounds only."""

    RECOGNISE = "recognise"  # 建议认定
    DO_NOT_RECOGNISE = "do-not-recognise"  # 不建议认定


class Conflict(StrEnum):
    """An expert's conflict-of-interest declaration (回避声明) for one applicant."""

    NONE = "none"
    POTENTIAL = "potential"
    DISQUALIFYING = "disqualifying"


@dataclass(frozen=True)
class Text:
    """Text in both languages of the product."""

    zh: str
    en: str


class Role(StrEnum):
    """What a person's key is for, chosen when the key is made (DESIGN §1.1)."""

    EXPERT = "expert"  # 评审专家
    CHAIR = "chair"  # 专家组组长
    COMMISSION = "commission"  # 委员会工作人员
    AUDIT = "audit"  # 审计: receives result bundles for the archive, signs nothing
