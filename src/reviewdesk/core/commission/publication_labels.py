"""Words printed on the commission's publications (results workbook, public notice, summary
per applicant), in both product languages. Document strings, like ``core/reports/labels``;
grades, categories and recommendations come from there."""

from __future__ import annotations

from reviewdesk.core.domain import Category, Grade, Recommendation, RoundKind
from reviewdesk.core.reports.labels import Language, category_label, grade_label
from reviewdesk.core.reports.panel_labels import recommendation_label

_LABELS: dict[str, tuple[str, str]] = {
    "notice.title.recognition": (
        "北京国际科技合作基地认定评审结果公示",
        "Public notice: recognition review results of Beijing International S&T Cooperation Bases",
    ),
    "notice.title.evaluation": (
        "北京国际科技合作基地评价结果公示",
        "Public notice: evaluation results of Beijing International S&T Cooperation Bases",
    ),
    "notice.intro": (
        "根据评审工作安排，经专家评审、委员会复核，现将{round}结果予以公示。",
        "Following the expert review and the commission's check, the results of {round} are "
        "published below.",
    ),
    "notice.objection": (
        "公示期为{days}个工作日，自发布之日起计算。如有异议，请在公示期内以书面形式向{commission}"
        "反映，并提供必要的证明材料。",
        "Objections may be raised in writing to {commission} within {days} working days of "
        "publication, with supporting evidence.",
    ),
    "notice.date": ("{commission}\n{date}", "{commission}\n{date}"),
    "notice.category": ("{category}（{count}家）", "{category} ({count})"),
    "col.no": ("序号", "No."),
    "col.ref": ("编号", "Ref"),
    "col.name": ("单位名称", "Organisation"),
    "col.host": ("依托单位", "Host institution"),
    "col.category": ("类别", "Category"),
    "col.grade": ("等级", "Grade"),
    "col.recommendation": ("建议认定", "Recommendation"),
    "col.panel": ("专家组", "Panel"),
    "col.score": ("专家组得分", "Panel score"),
    "col.computed": ("计算等级", "Computed grade"),
    "col.decided": ("决定等级", "Decided grade"),
    "col.published": ("公布等级", "Published grade"),
    "col.override": ("调整理由", "Override reason"),
    "col.rank": ("排名", "Rank"),
    "col.explanation": ("排名说明", "Rank explained"),
    "col.quota": ("优秀名额", "优秀 quota"),
    "col.vetoes": ("一票否决", "Vetoes"),
    "col.opinion": ("专家组意见", "Panel opinion"),
    "col.expert": ("评审专家", "Expert"),
    "col.revision": ("修订版", "Revision"),
    "col.counted": ("是否计入", "Counted"),
    "col.trimmed": ("去极值", "Trimmed"),
    "col.late": ("逾期", "Late"),
    "col.paper": ("纸质录入", "Paper"),
    "col.reasons": ("不计入原因", "Why not counted"),
    "col.total": ("总分", "Total"),
    "col.notes": ("备注", "Notes"),
    "col.version": ("结果版本", "Result version"),
    "col.bundle": ("结果包摘要", "Bundle digest"),
    "col.chair": ("组长", "Chair"),
    "col.imported": ("导入时间", "Imported at"),
    "col.superseded": ("已被取代的版本", "Superseded versions"),
    "sheet.results": ("评审结果", "Results"),
    "sheet.scores": ("原始评分", "Raw scores"),
    "sheet.panels": ("专家组", "Panels"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "none": ("—", "—"),
    "veto.line": ("{item}：{verdict}（{reason}）", "{item}: {verdict} ({reason})"),
    "veto.confirmed": ("确认", "confirmed"),
    "veto.dismissed": ("撤销", "dismissed"),
    "override.line": (
        "计算为{computed}，决定为{decided}，理由：{reason}",
        "computed {computed}, decided {decided}, because {reason}",
    ),
    "rank.value": ("第{position}名（共{count}名）", "{position} of {count}"),
    "rank.vetoed": ("一票否决，不参与排名", "vetoed, not ranked"),
    "rank.insufficient": ("有效评分表不足，不参与排名", "too few sheets, not ranked"),
    "summary.title": ("评审结果摘要", "Result summary"),
    "summary.panel": (
        "专家组：{panel}（第{version}版结果）",
        "Panel: {panel} (result version {version})",
    ),
    "summary.score": ("专家组得分：{score}", "Panel score: {score}"),
    "summary.method.trimmed-mean": ("去极值平均", "trimmed mean"),
    "summary.method.mean": ("算术平均", "mean"),
    "summary.grade": ("公布等级：{grade}", "Published grade: {grade}"),
    "summary.recommendation": ("认定建议：{recommendation}", "Recommendation: {recommendation}"),
    "summary.rank": ("排名：{rank}", "Rank: {rank}"),
    "summary.sheets": ("专家评分", "Expert scores"),
    "summary.vetoes": ("一票否决", "Vetoes"),
    "summary.flags": ("提示及处理意见", "Flags and resolutions"),
    "summary.bundle": ("结果包摘要 {digest}", "Result bundle {digest}"),
    "page": ("第{page}页，共{pages}页", "page {page} of {pages}"),
}


def words(key: str, language: Language, **fields: object) -> str:
    zh, en = _LABELS[key]
    text = zh if language == "zh" else en
    return text.format(**fields) if fields else text


def grade_words(grade: Grade | None, language: Language) -> str:
    return words("none", language) if grade is None else grade_label(grade, language)


def category_words(category: Category, language: Language) -> str:
    return category_label(category, language)


def recommendation_words(value: Recommendation | None, language: Language) -> str:
    return words("none", language) if value is None else recommendation_label(value, language)


def notice_title(kind: RoundKind, language: Language) -> str:
    return words(f"notice.title.{kind.value}", language)
