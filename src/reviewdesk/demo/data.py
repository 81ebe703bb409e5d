"""The content of the demo round: fictional applicants and the facts their materials state.

Everything here is invented for the demo (organisations, partners, people, numbers); names
only resemble the kinds of bodies that apply. Numbers come from a generator seeded with the
applicant's file number, so every demo shows the same materials.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from reviewdesk.core.domain import Category

ROUND = "BJ-2025-PJ"
ROUND_NAME = "2025年度北京国际科技合作基地定期评价（演示）"


@dataclass(frozen=True)
class DemoPanel:
    ref: str
    name: str
    category: Category


PANELS = (
    DemoPanel("KY", "第一评审组（科研类）", Category.RESEARCH),
    DemoPanel("PT", "第一评审组（平台类）", Category.PLATFORM),
    DemoPanel("YQ", "第二评审组（园区类）", Category.PARK),
    DemoPanel("QY", "第二评审组（企业类）", Category.ENTERPRISE),
)


@dataclass(frozen=True)
class DemoApplicant:
    ref: str
    name: str
    category: Category
    panel: str
    founded: int  # year the base was recognised
    district: str
    focus: tuple[str, ...]  # fields of cooperation
    documents: tuple[str, ...]  # keys of DOCUMENTS
    host: str  # 依托单位, as the applicant list names it
    quality: int  # the total a typical expert gives (the demo's simulated scores centre here)

    @property
    def email(self) -> str:
        return f"gjhz-{self.ref.lower()}@demo.example.cn"


def _applicant(ref: str, name: str, founded: int, district: str, focus: str, documents: str,
               host: str, quality: int) -> DemoApplicant:  # fmt: skip
    panel = ref.split("-")[1]
    category = next(p.category for p in PANELS if p.ref == panel)
    return DemoApplicant(ref, name, category, panel, founded, district, tuple(focus.split("、")),
                         tuple(documents.split()), host, quality)  # fmt: skip


# 12 bases, three per category; ``quality`` spreads them over the four grades.
APPLICANTS = (
    _applicant(
        "PJ-KY-01",
        "北京京华理工大学智能制造国际联合研究中心",
        2016,
        "海淀区",
        "智能制造、工业机器人、精密测量",
        "annual projects talent",
        "北京京华理工大学",
        92,
    ),
    _applicant(
        "PJ-KY-02",
        "首都仁和医院国际医学合作中心",
        2018,
        "东城区",
        "肿瘤精准诊疗、医学影像人工智能、临床试验",
        "annual projects",
        "首都仁和医院",
        84,
    ),
    _applicant(
        "PJ-KY-03",
        "北京燕山农林科学院国际种业联合实验室",
        2020,
        "房山区",
        "作物分子育种、种质资源保护、智慧农业",
        "annual talent",
        "北京燕山农林科学院",
        68,
    ),
    _applicant(
        "PJ-PT-01",
        "北京海创国际技术转移中心",
        2017,
        "朝阳区",
        "国际技术转移、技术交易服务、跨国项目对接",
        "annual projects",
        "北京海创科技服务有限公司",
        87,
    ),
    _applicant(
        "PJ-PT-02",
        "中关村国际标准化创新服务平台",
        2019,
        "海淀区",
        "国际标准研制、检验检测认证、标准化人才培训",
        "annual projects talent",
        "中关村标准化促进中心",
        78,
    ),
    _applicant(
        "PJ-PT-03",
        "北京丝路科技合作服务平台",
        2021,
        "西城区",
        "一带一路科技合作、技术培训、联合实验室共建",
        "annual",
        "北京丝路国际交流中心",
        57,
    ),
    _applicant(
        "PJ-YQ-01",
        "中关村星河国际创新园",
        2015,
        "昌平区",
        "国际企业孵化、外籍人才服务、跨境创新合作",
        "annual talent",
        "北京星河园区运营管理有限公司",
        90,
    ),
    _applicant(
        "PJ-YQ-02",
        "北京亦庄国际生物医药产业园",
        2016,
        "亦庄经济技术开发区",
        "生物医药研发外包、国际临床合作、跨境研发服务",
        "annual projects",
        "北京亦庄生物医药园发展有限公司",
        80,
    ),
    _applicant(
        "PJ-YQ-03",
        "北京西山国际绿色科技园",
        2022,
        "门头沟区",
        "绿色建筑、碳中和技术、生态修复",
        "annual",
        "北京西山科技园建设有限公司",
        72,
    ),
    _applicant(
        "PJ-QY-01",
        "北京清源新能源科技有限公司",
        2019,
        "亦庄经济技术开发区",
        "新型储能、动力电池回收、海外研发中心",
        "annual",
        "北京清源新能源科技有限公司",
        83,
    ),
    _applicant(
        "PJ-QY-02",
        "北京天衡精密仪器股份有限公司",
        2017,
        "顺义区",
        "高端光谱仪器、精密光学、国际联合研发",
        "annual projects",
        "北京天衡精密仪器股份有限公司",
        76,
    ),
    _applicant(
        "PJ-QY-03",
        "北京云启数据智能有限公司",
        2023,
        "朝阳区",
        "工业大数据、跨境数据合规、智能运维",
        "annual",
        "北京云启数据智能有限公司",
        64,
    ),
)

DOCUMENTS = {
    "annual": "2024年度工作报告",
    "projects": "国际合作项目清单及佐证材料",
    "talent": "外籍专家与国际人才交流情况",
}

COUNTRIES = (
    "德国",
    "法国",
    "英国",
    "意大利",
    "芬兰",
    "瑞典",
    "以色列",
    "新加坡",
    "日本",
    "韩国",
    "匈牙利",
    "塞尔维亚",
    "哈萨克斯坦",
    "巴西",
    "南非",
    "埃及",
    "泰国",
    "澳大利亚",
    "加拿大",
    "新西兰",
    "荷兰",
    "瑞士",
)
PARTNER_KINDS = (
    "国立应用技术研究院",
    "理工大学工程学院",
    "大学医学中心",
    "国家实验室",
    "创新中心",
    "工业技术研究所",
    "科技园管理公司",
    "技术转移办公室",
    "研究型大学",
    "行业协会",
)
FORMS = ("联合研发", "共建实验室", "人员互访", "联合培养", "技术许可", "共同申报项目")
RESULTS = ("联合发表论文", "PCT专利申请", "国际标准提案", "样机研制", "技术转让合同", "软件著作权")
EXPERT_TITLES = ("教授", "研究员", "首席科学家", "高级工程师", "副教授", "主任医师")
SURNAMES = (
    "Keller",
    "Moreau",
    "Rossi",
    "Virtanen",
    "Lindqvist",
    "Cohen",
    "Tan",
    "Sato",
    "Kim",
    "Horváth",
    "Petrović",
    "Silva",
    "Naidoo",
    "Haddad",
    "de Vries",
    "Müller",
)
EVENTS = (
    "国际学术研讨会",
    "国际技术对接会",
    "中外青年科学家论坛",
    "国际创新创业大赛",
    "跨境技术路演",
    "国际联合培训班",
)


@dataclass(frozen=True)
class Project:
    name: str
    partner: str
    country: str
    years: str
    funding: int  # 10 000 yuan
    result: str


@dataclass(frozen=True)
class Partner:
    name: str
    country: str
    form: str
    since: int


def generator(applicant: DemoApplicant) -> random.Random:
    return random.Random(applicant.ref)  # the same demo every time


def partners(applicant: DemoApplicant, rng: random.Random, n: int = 10) -> list[Partner]:
    out = []
    for i in range(n):
        country = COUNTRIES[(i * 7 + len(applicant.ref) + rng.randrange(3)) % len(COUNTRIES)]
        kind = PARTNER_KINDS[rng.randrange(len(PARTNER_KINDS))]
        out.append(
            Partner(
                f"{country}某{kind}",
                country,
                rng.choice(FORMS),
                rng.randrange(applicant.founded - 3, 2025),
            )
        )
    return out


def projects(applicant: DemoApplicant, rng: random.Random, n: int = 14) -> list[Project]:
    found = partners(applicant, rng)
    out = []
    for i in range(n):
        partner = found[i % len(found)]
        topic = applicant.focus[i % len(applicant.focus)]
        start = rng.randrange(2020, 2025)
        suffix = ("关键技术联合研究", "国际合作示范", "联合实验平台建设", "技术引进与再创新")[i % 4]
        out.append(
            Project(
                f"{topic}{suffix}（第{i + 1}期）",
                partner.name,
                partner.country,
                f"{start}–{start + rng.randrange(1, 4)}",
                rng.randrange(30, 900),
                rng.choice(RESULTS),
            )
        )
    return out


def indicators(rng: random.Random) -> list[tuple[str, list[int]]]:
    """Key figures for 2022–2024, growing with some noise."""
    rows = [
        ("在研国际合作项目（项）", 12),
        ("国际合作经费（万元）", 1800),
        ("外籍专家来访（人次）", 25),
        ("出访交流（人次）", 30),
        ("联合发表论文（篇）", 20),
        ("PCT专利申请（件）", 4),
        ("举办国际会议与活动（场）", 5),
        ("联合培养研究生（人）", 8),
    ]
    out = []
    for label, base in rows:
        values = [max(1, int(base * (0.8 + 0.25 * year + rng.random() * 0.3))) for year in range(3)]
        out.append((label, values))
    return out


def visiting_experts(
    applicant: DemoApplicant, rng: random.Random, n: int = 16
) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for i in range(n):
        country = COUNTRIES[rng.randrange(len(COUNTRIES))]
        name = f"{'ABCDEFGHJKLMNPRS'[i]}. {SURNAMES[(i + rng.randrange(4)) % len(SURNAMES)]}"
        out.append(
            (
                name,
                country,
                rng.choice(EXPERT_TITLES),
                applicant.focus[i % len(applicant.focus)],
                f"{rng.randrange(5, 90)}天",
                rng.choice(("讲学", "联合研究", "技术指导", "联合培养")),
            )
        )
    return out


def events(applicant: DemoApplicant, rng: random.Random, n: int = 8) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for i in range(n):
        name = f"2024{applicant.focus[i % len(applicant.focus)]}{EVENTS[i % len(EVENTS)]}"
        out.append(
            (
                name,
                f"2024年{rng.randrange(1, 13)}月",
                f"{rng.randrange(4, 20)}个国家",
                f"{rng.randrange(60, 600)}人",
            )
        )
    return out


def overview(applicant: DemoApplicant) -> list[str]:
    focus = "、".join(applicant.focus)
    return [
        f"{applicant.name}位于北京市{applicant.district}，于{applicant.founded}年被认定为北京市国际科技"
        f"合作基地。基地围绕{focus}等方向，与多个国家和地区的高校、科研机构和企业建立了稳定的合作关系，"
        "形成了以联合研发为核心、人才交流和成果转化为支撑的国际合作格局。",
        "报告期内，基地严格落实国际科技合作相关管理规定，健全了外事、保密、知识产权和科技安全管理"
        "制度，设立国际合作办公室，配备专职人员负责项目管理、外籍专家服务和对外联络工作。",
        "基地坚持“引进来”与“走出去”相结合，一方面引进国外先进技术和高层次人才，另一方面支持团队"
        "参与国际大科学计划和国际标准制定，持续提升在相关领域的国际影响力。",
    ]


def plans(applicant: DemoApplicant) -> list[str]:
    first = applicant.focus[0]
    return [
        f"一是深化与重点合作伙伴的联合研发，围绕{first}等方向新增国际合作项目不少于3项；",
        "二是完善外籍专家服务体系，优化来华工作、居留和生活保障服务，提高合作稳定性；",
        "三是加强成果转化，推动国际合作成果在京落地，力争实现技术合同成交额稳步增长；",
        "四是严格执行出口管制和科技安全相关要求，规范数据跨境和知识产权管理。",
    ]
