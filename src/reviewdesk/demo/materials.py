"""Applicants' materials for the demo: multi-page Chinese PDFs like those a base submits
(annual report, list of cooperation projects, visiting experts and events), rendered with
reportlab on the bundled CJK font (embedded), so the viewer shows real text to read,
search and copy. Each document has at least three pages."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from datetime import UTC, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reviewdesk.core.reports.fonts import cjk_font
from reviewdesk.core.reports.layout import HEADER_FILL, MARGIN, PAGE_SIZE, Styles, make_styles
from reviewdesk.demo.data import (
    DOCUMENTS,
    ROUND_NAME,
    DemoApplicant,
    Project,
    events,
    generator,
    indicators,
    overview,
    partners,
    plans,
    projects,
    visiting_experts,
)

CREATED = datetime(2025, 3, 1, tzinfo=UTC)  # fixed: the same demo gives the same bytes


def render_document(applicant: DemoApplicant, key: str) -> bytes:
    """The PDF of document ``key`` (see ``demo_data.DOCUMENTS``) of ``applicant``."""
    font = cjk_font()
    styles = make_styles(font)
    rng = generator(applicant)
    title = DOCUMENTS[key]
    story: list[Flowable] = [
        Paragraph(ROUND_NAME, styles.subtitle),
        Paragraph(f"{applicant.name}<br/>{title}", styles.title),
        Spacer(1, 6 * mm),
    ]
    if key == "annual":
        story += _annual(applicant, styles, rng)
    elif key == "projects":
        story += _projects(applicant, styles, rng)
    else:
        story += _talent(applicant, styles, rng)
    story += [
        Spacer(1, 10 * mm),
        Paragraph(f"申报单位（盖章）：{applicant.name}", styles.body),
        Paragraph("日期：2025年3月1日", styles.body),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{applicant.name} {title}",
        author=applicant.name,
        invariant=1,
        creator="reviewdesk demo",
    )

    def footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(
            MARGIN, MARGIN - 2 * mm, f"{applicant.ref}  {title}（演示材料，内容虚构）"
        )
        canvas.drawRightString(
            PAGE_SIZE[0] - MARGIN, MARGIN - 2 * mm, f"第 {canvas.getPageNumber()} 页"
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _annual(a: DemoApplicant, st: Styles, rng: random.Random) -> list[Flowable]:
    out: list[Flowable] = [_h("一、基地基本情况", st)]
    out += [Paragraph(text, st.body) for text in overview(a)]
    out.append(Spacer(1, 4 * mm))
    out.append(
        _table(
            st,
            ["项目", "内容"],
            [
                ["基地名称", a.name],
                ["所在区", a.district],
                ["认定年份", f"{a.founded}年"],
                ["主要合作方向", "、".join(a.focus)],
                ["专职国际合作人员", f"{rng.randrange(4, 15)}人"],
                ["国际合作办公面积", f"{rng.randrange(120, 900)}平方米"],
            ],
            widths=[45 * mm, 125 * mm],
        )
    )
    out += [_h("二、主要指标完成情况", st)]
    rows = [[label, *[str(v) for v in values]] for label, values in indicators(rng)]
    out.append(
        _table(
            st,
            ["指标", "2022年", "2023年", "2024年"],
            rows,
            widths=[70 * mm, 33 * mm, 33 * mm, 33 * mm],
        )
    )
    out.append(
        Paragraph(
            "注：以上数据来源于基地年度统计，国际合作经费含中方投入和外方投入，按实际到账金额统计。",
            st.small,
        )
    )
    out += [PageBreak(), _h("三、国际合作项目执行情况", st)]
    found = projects(a, rng, 10)
    out.append(_project_table(st, found))
    out += [
        Paragraph(
            f"报告期内，基地共执行国际合作项目{len(found)}项，合同经费合计"
            f"{sum(p.funding for p in found)}万元。项目总体进展顺利，其中{len(found) // 3}项已完成"
            "结题验收，形成了一批具有国际先进水平的技术成果。",
            st.body,
        )
    ]
    out += [_h("四、国际合作伙伴", st)]
    out.append(
        _table(
            st,
            ["合作机构", "国别", "合作形式", "建立合作年份"],
            [[p.name, p.country, p.form, str(p.since)] for p in partners(a, rng)],
            widths=[75 * mm, 25 * mm, 35 * mm, 35 * mm],
        )
    )
    out += [PageBreak(), _h("五、成果与成效", st)]
    for focus in a.focus:
        out.append(
            Paragraph(
                f"在{focus}方向，基地与合作伙伴共同开展关键技术攻关，联合发表高水平论文"
                f"{rng.randrange(3, 15)}篇，申请PCT专利{rng.randrange(1, 6)}件，相关成果在"
                f"{rng.randrange(2, 9)}家在京企业实现应用，"
                f"新增产值约{rng.randrange(800, 9000)}万元。",
                st.body,
            )
        )
    out += [_h("六、存在的问题与下一年度工作计划", st)]
    out.append(
        Paragraph(
            "受国际形势变化影响，部分合作项目的人员往来和设备进口有所延迟；外籍专家长期来京工作的"
            "比例仍然偏低；成果转化的市场化机制有待完善。下一年度，基地将重点做好以下工作：",
            st.body,
        )
    )
    out += [Paragraph(text, st.body) for text in plans(a)]
    return out


def _projects(a: DemoApplicant, st: Styles, rng: random.Random) -> list[Flowable]:
    found = projects(a, rng, 14)
    out: list[Flowable] = [_h("一、国际合作项目一览表", st), _project_table(st, found), PageBreak()]
    out.append(_h("二、项目执行情况说明", st))
    for i, p in enumerate(found, start=1):
        out.append(Paragraph(f"{i}. {p.name}", st.section))
        out.append(
            Paragraph(
                f"合作方：{p.partner}（{p.country}）；执行期：{p.years}；合同经费：{p.funding}万元。"
                f"项目围绕关键共性技术开展联合攻关，双方互派研究人员{rng.randrange(2, 12)}人次，"
                f"召开联合工作会议{rng.randrange(2, 8)}次，取得的主要成果为{p.result}。"
                "佐证材料包括合作协议、任务书、经费到账凭证及成果证明（见附件）。",
                st.body,
            )
        )
        if i == 7:
            out.append(PageBreak())
    out += [PageBreak(), _h("三、合作协议清单", st)]
    out.append(
        _table(
            st,
            ["协议名称", "签约方", "签署时间", "有效期"],
            [[f"{p.country}合作备忘录", p.partner, f"{p.years[:4]}年", "5年"] for p in found[:10]],
            widths=[45 * mm, 75 * mm, 25 * mm, 25 * mm],
        )
    )
    return out


def _talent(a: DemoApplicant, st: Styles, rng: random.Random) -> list[Flowable]:
    out: list[Flowable] = [_h("一、来访外籍专家情况", st)]
    out.append(
        _table(
            st,
            ["姓名", "国别", "职称", "交流方向", "在京时间", "形式"],
            [list(row) for row in visiting_experts(a, rng)],
            widths=[28 * mm, 22 * mm, 25 * mm, 40 * mm, 22 * mm, 33 * mm],
        )
    )
    out += [PageBreak(), _h("二、主办或承办的国际活动", st)]
    out.append(
        _table(
            st,
            ["活动名称", "时间", "参与国家", "参会人数"],
            [list(row) for row in events(a, rng)],
            widths=[80 * mm, 30 * mm, 30 * mm, 30 * mm],
        )
    )
    out.append(
        Paragraph(
            "各项活动均按规定履行外事审批手续，做好参会人员信息登记、资料保密和安全保障工作。",
            st.body,
        )
    )
    out += [PageBreak(), _h("三、国际人才引进与培养", st)]
    out.append(
        Paragraph(
            f"报告期内，基地引进外籍全职人员{rng.randrange(1, 6)}人、"
            f"柔性引进{rng.randrange(5, 20)}人，"
            f"选派{rng.randrange(8, 30)}名青年骨干赴合作机构访学，与合作伙伴联合培养博士研究生"
            f"{rng.randrange(3, 12)}人。基地为外籍人才提供工作许可、居留和子女入学等一站式服务。",
            st.body,
        )
    )
    return out


def _h(text: str, st: Styles) -> Paragraph:
    return Paragraph(f"<b>{text}</b>", st.section)


def _project_table(st: Styles, found: Sequence[Project]) -> Table:
    rows = [[p.name, p.partner, p.country, p.years, str(p.funding), p.result] for p in found]
    return _table(
        st,
        ["项目名称", "合作方", "国别", "起止年份", "经费（万元）", "主要成果"],
        rows,
        widths=[40 * mm, 40 * mm, 18 * mm, 24 * mm, 18 * mm, 30 * mm],
    )


def _table(st: Styles, header: list[str], rows: list[list[str]], *, widths: list[float]) -> Table:
    data = [[Paragraph(f"<b>{h}</b>", st.cell_centre) for h in header]]
    data += [[Paragraph(cell, st.cell) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, spaceBefore=4, spaceAfter=6)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table
