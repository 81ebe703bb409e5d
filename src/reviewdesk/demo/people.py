"""Who is in the demo round, and the demo's index (``demo.json``).

Seven experts and two chairs in two review groups (专家组). A package carries one scoring
form, so each group is two of the commission's panels, one per category: chair 1 leads the
research and platform panels (experts 1–5), chair 2 the park and enterprise panels
(experts 1, 5, 6 and 7). The commission's staff member (``commission``) holds the
operational key. Every passphrase is public: ``demo-<key>``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewdesk.core.domain import Role
from reviewdesk.core.home.settings import Home

DEMO_FORMAT = "reviewdesk-demo/2"
OLDER_FORMATS = ("reviewdesk-demo/1",)  # a demo made by an older reviewdesk: rebuilt on use
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class Expert:
    key: str
    name: str
    institution: str
    email: str


@dataclass(frozen=True)
class Group:
    """A chair's review group: the panels (one per category) and their experts."""

    key: str  # "1", "2"
    name: str
    chair: str  # person key
    chair_name: str
    panels: tuple[str, ...]
    experts: tuple[str, ...]  # person keys


EXPERTS = (
    Expert("expert-1", "王建国", "清华园工程技术研究院", "wangjg@thu-demo.example.edu.cn"),
    Expert("expert-2", "李静", "北方国际经济研究所", "lijing@bier-demo.example.org.cn"),
    Expert("expert-3", "张明远", "京西理工大学", "zhangmy@jxut-demo.example.edu.cn"),
    Expert("expert-4", "刘晓燕", "中科院某研究所（演示）", "liuxy@cas-demo.example.cn"),
    Expert("expert-5", "周海涛", "燕京医科大学", "zhouht@yjmu-demo.example.edu.cn"),
    Expert("expert-6", "孙立平", "首都产业发展研究院", "sunlp@cid-demo.example.org.cn"),
    Expert("expert-7", "吴芳", "华北电力技术研究院", "wufang@ncep-demo.example.cn"),
)
GROUPS = (
    Group("1", "第一评审组", "chair-1", "陈志强", ("KY", "PT"),
          ("expert-1", "expert-2", "expert-3", "expert-4", "expert-5")),
    Group("2", "第二评审组", "chair-2", "马丽华", ("YQ", "QY"),
          ("expert-1", "expert-5", "expert-6", "expert-7")),
)  # fmt: skip
CHAIR_INSTITUTION = "北京市科技咨询中心（演示）"
COMMISSION = ("commission", "赵敏")  # the staff member holding the operational key
COMMISSION_NAME = "北京市科学技术委员会、中关村科技园区管理委员会"


def passphrase_of(key: str) -> str:
    return f"demo-{key}"


@dataclass(frozen=True)
class DemoPerson:
    key: str  # "expert-1", "chair-1", "commission"
    name: str
    role: Role
    passphrase: str
    home: Path  # a REVIEWDESK_HOME
    fingerprint: str
    packages: tuple[Path, ...]
    start: Path | None = None  # what ``reviewdesk demo --open`` opens for this person

    @property
    def identity_path(self) -> Path:
        return Home(self.home).identity_path


@dataclass(frozen=True)
class Demo:
    root: Path
    round: str
    round_name: str
    work_factor: int
    created_at: datetime
    roster: Path
    readme: Path
    people: tuple[DemoPerson, ...]
    seed: int = 0
    workdir: Path | None = None  # the commission's working folder (commission.sqlite3)
    waiting: Path | None = None  # score files of group 2, for its chair to import
    results: tuple[Path, ...] = ()  # group 1's result bundles, imported by the commission

    def person(self, key: str) -> DemoPerson:
        return next(p for p in self.people if p.key == key)

    @property
    def experts(self) -> list[DemoPerson]:
        return [p for p in self.people if p.role is Role.EXPERT]

    @property
    def chairs(self) -> list[DemoPerson]:
        return [p for p in self.people if p.role is Role.CHAIR]


def people_json(demo: Demo, place: Callable[[Path], str]) -> list[dict[str, Any]]:
    """Every person as the demo's index and `demo --json` write them, paths through `place`."""
    return [
        {
            "key": p.key,
            "name": p.name,
            "role": p.role.value,
            "passphrase": p.passphrase,
            "home": place(p.home),
            "fingerprint": p.fingerprint,
            "packages": [place(x) for x in p.packages],
            "start": None if p.start is None else place(p.start),
        }
        for p in demo.people
    ]


def to_json(demo: Demo) -> dict[str, Any]:
    def rel(path: Path) -> str:
        return path.relative_to(demo.root).as_posix()

    return {
        "format": DEMO_FORMAT,
        "round": demo.round,
        "round_name": demo.round_name,
        "seed": demo.seed,
        "work_factor": demo.work_factor,
        "created_at": demo.created_at.strftime(TIME_FORMAT),
        "roster": rel(demo.roster),
        "readme": rel(demo.readme),
        "workdir": None if demo.workdir is None else rel(demo.workdir),
        "waiting": None if demo.waiting is None else rel(demo.waiting),
        "results": [rel(x) for x in demo.results],
        "people": people_json(demo, rel),
    }


def from_json(root: Path, value: dict[str, Any]) -> Demo:
    def opt(text: object) -> Path | None:
        return None if text is None else root / str(text)

    people = tuple(
        DemoPerson(
            str(p["key"]),
            str(p["name"]),
            Role(p["role"]),
            str(p["passphrase"]),
            root / p["home"],
            str(p["fingerprint"]),
            tuple(root / x for x in p["packages"]),
            opt(p["start"]),
        )
        for p in value["people"]
    )
    created = datetime.strptime(value["created_at"], TIME_FORMAT).replace(tzinfo=UTC)
    return Demo(
        root,
        str(value["round"]),
        str(value["round_name"]),
        int(value["work_factor"]),
        created,
        root / value["roster"],
        root / value["readme"],
        people,
        int(value["seed"]),
        opt(value["workdir"]),
        opt(value["waiting"]),
        tuple(root / x for x in value["results"]),
    )
