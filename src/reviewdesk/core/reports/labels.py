"""Words printed on the PDF reports, in both product languages.

These are a document's own strings (printed on paper, also from the CLI), not Qt UI strings,
so they live here rather than in the Qt translation files.
"""

from __future__ import annotations

from typing import Literal

from reviewdesk.core.domain import Category, Conflict, Grade, RoundKind

Language = Literal["zh", "en"]

_LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "title": (
        "北京国际科技合作基地专家评分表",
        "Beijing International S&T Cooperation Base — expert score sheet",
    ),
    "round": ("评审轮次", "Round"),
    "panel": ("专家组", "Panel"),
    "applicant.recognition": ("申报单位", "Applicant"),
    "applicant.evaluation": ("基地名称", "Base"),
    "category": ("类别", "Category"),
    "form": ("评分表", "Scoring form"),
    "form_fingerprint": ("评分表指纹", "Form fingerprint"),
    "expert": ("评审专家", "Expert"),
    "organisation": ("工作单位", "Organisation"),
    "col.key": ("编号", "No."),
    "col.criterion": ("评价指标", "Criterion"),
    "col.max": ("满分", "Max"),
    "col.score": ("得分", "Score"),
    "col.comment": ("评分说明", "Comment"),
    "weight": ("权重", "weight"),
    "total": ("合计", "Total"),
    "grade": ("个人评定等级", "Individual grade"),
    "no_grade": ("未完成，无等级", "incomplete, no grade"),
    "vetoes": ("一票否决项", "Veto items"),
    "veto.ticked": ("■ 已勾选", "■ ticked"),
    "veto.unticked": ("□ 未勾选", "□ not ticked"),
    "veto.none_ticked": ("□ 均未勾选", "□ none ticked"),
    "opinion": ("评审意见", "Overall opinion"),
    "declarations": ("声明与评分文件", "Declarations and score file"),
    "pledge": ("保密承诺", "Confidentiality pledge"),
    "pledge.signed": ("已于 {time} 签署", "signed on {time}"),
    "pledge.unsigned": ("未签署", "not signed"),
    "conflict": ("回避声明", "Conflict of interest"),
    "conflict.none": ("无利益冲突", "none"),
    "conflict.potential": ("存在潜在利益关系（说明：{note}）", "potential (explanation: {note})"),
    "conflict.disqualifying": (
        "须回避（说明：{note}），本人未对该单位评分",
        "disqualifying (explanation: {note}); not scored by me",
    ),
    "recused": (
        "本人已声明须回避，未对该单位评分，亦未查阅其评审材料。",
        "I declared a disqualifying conflict of interest and did not score this applicant "
        "or read its materials.",
    ),
    "score_file": ("评分文件指纹", "Score file fingerprint"),
    "revision": ("评分文件版本", "Score file revision"),
    "revision.n": ("第 {n} 版", "revision {n}"),
    "not_submitted": ("未提交", "not submitted"),
    "affirmation": (
        "本人确认：以上评分和意见由本人独立作出，与上述评分文件所载内容一致。",
        "I confirm that the scores and opinions above are my own independent judgement and "
        "match the score file identified above.",
    ),
    "affirmation.recused": (
        "本人确认：已如实声明与该单位的利益关系并回避评审，与上述评分文件所载内容一致。",
        "I confirm that I declared my relationship with this applicant truthfully and "
        "withdrew from its review, as recorded in the score file identified above.",
    ),
    "signature": ("专家签字", "Expert's signature"),
    "date": ("日期", "Date"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "watermark": ("草稿 / DRAFT", "DRAFT / 草稿"),
    "draft.banner": (
        "草稿：本页内容尚未成为已提交的正式评分，不作签字之用。原因：{reasons}",
        "DRAFT: this sheet is not a submitted final score sheet and is not for signature. "
        "Reasons: {reasons}",
    ),
    "draft.missing_scores": ("{n} 项未评分", "{n} criteria not scored"),
    "draft.comments": ("{n} 项缺畸高畸低说明", "{n} required comments missing"),
    "draft.opinion": ("缺评审意见", "overall opinion missing"),
    "draft.other": ("{n} 处其他问题", "{n} other problems"),
    "draft.not_submitted": ("未提交评分文件", "no score file submitted"),
    "draft.changed": (
        "提交（第 {n} 版）后又有修改",
        "changed after submitting revision {n}",
    ),
    "draft.no_pledge": ("未签署保密承诺", "confidentiality pledge not signed"),
    "list_sep": ("；", "; "),
    "aside": ("{main}（{aside}）", "{main} ({aside})"),  # full-width brackets only in Chinese
    "field": ("{name}：{value}", "{name}: {value}"),
    "document": ("专家评分表", "Expert score sheets"),
}

_KINDS = {
    RoundKind.RECOGNITION: ("认定申报评审", "recognition"),
    RoundKind.EVALUATION: ("综合评价", "evaluation"),
}
_CATEGORIES = {
    Category.PARK: ("园区类", "Park"),
    Category.RESEARCH: ("科研类", "Research"),
    Category.PLATFORM: ("平台类", "Platform"),
    Category.ENTERPRISE: ("企业类", "Enterprise"),
}
_GRADES_EN = {
    Grade.EXCELLENT: "excellent",
    Grade.GOOD: "good",
    Grade.QUALIFIED: "qualified",
    Grade.UNQUALIFIED: "unqualified",
}
_CONFLICT_KEYS = {
    Conflict.NONE: "conflict.none",
    Conflict.POTENTIAL: "conflict.potential",
    Conflict.DISQUALIFYING: "conflict.disqualifying",
}


def _pick(pair: tuple[str, str], language: Language) -> str:
    return pair[0] if language == "zh" else pair[1]


def label(key: str, language: Language, **fields: object) -> str:
    """The label ``key`` in ``language``, with ``{name}`` fields filled in."""
    text = _pick(_LABELS[key], language)
    return text.format(**fields) if fields else text


def kind_label(kind: RoundKind, language: Language) -> str:
    return _pick(_KINDS[kind], language)


def category_label(category: Category, language: Language) -> str:
    return _pick(_CATEGORIES[category], language)


def grade_label(grade: Grade, language: Language) -> str:
    # The Chinese grade is kept in English documents too: it is the official term.
    return grade.zh if language == "zh" else f"{_GRADES_EN[grade]} ({grade.zh})"


def conflict_label(conflict: Conflict, note: str, language: Language) -> str:
    # The note sits inside brackets: a final full stop there reads as "。）".
    return label(_CONFLICT_KEYS[conflict], language, note=note.strip().rstrip("。.") or "—")
