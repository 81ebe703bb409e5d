"""README.txt of the demo folder: Chinese first, then English, the same facts in both."""

from __future__ import annotations

from pathlib import Path

from reviewdesk.demo.people import Demo, DemoPerson

DETERMINISTIC_ZH = (
    "同一种子（--seed）生成的演示内容相同：申报单位、评审材料PDF、专家分组、各专家的评分和",
    "意见、冲突声明、否决项、修订和纸质评分表均一致。每次生成时密钥、签名和加密均重新随机",
    "产生，因此密钥指纹、文件摘要和加密后的文件字节各不相同；时间以生成时刻为准。",
)
DETERMINISTIC_EN = (
    "The same seed (--seed) gives the same demo: applicants, their PDF materials, the groups,",
    "every expert's scores and comments, the declarations, the veto claim, the revision and",
    "the paper sheet. Keys, signatures and encryption are new random values on every build,",
    "so fingerprints, file digests and encrypted bytes differ; times follow the build's time.",
)


def readme_text(demo: Demo, root: Path | None = None) -> str:
    """Paths are shown under ``root`` (default: the demo's own folder)."""
    root = demo.root if root is None else root

    def where(path: Path) -> Path:
        return root / path.relative_to(demo.root)

    def home(p: DemoPerson) -> str:
        return f"REVIEWDESK_HOME={where(p.home)}"

    workdir = where(demo.workdir) if demo.workdir else root / "commission"
    waiting = where(demo.waiting) if demo.waiting else root / "scores" / "group-2"
    lines = [
        "reviewdesk 演示评审 / reviewdesk demo round",
        "=" * 44,
        "",
        f"评审轮次：{demo.round_name}（{demo.round}，定期评价），种子 {demo.seed}",
        "本文件夹中的密钥、口令和材料均为演示用途，内容虚构，口令是公开的。",
        f"演示身份文件使用较低的 scrypt 工作因子 2^{demo.work_factor}，以便快速打开；"
        "正式身份文件使用 2^18。",
        "",
        "12家申报单位（科研类、平台类、园区类、企业类各3家），7位专家，2位组长：",
        "  第一评审组（组长 chair-1）：科研类、平台类，专家1至5；已导入评分、作出决定、定稿，",
        "    结果包已由委员会导入（results/）。其中专家5的一份纸质评分表由组长录入，",
        "    专家2提交了修订版，专家3对一家单位声明了潜在利益冲突。",
        "  第二评审组（组长 chair-2）：园区类、企业类，专家1、5、6、7；评分文件按类别存放在",
        f"    {waiting}/<YQ|QY>，等待组长分别导入。",
        "    其中有一处专家意见分歧和一项否决项主张待组长处理；专家1尚未开始评审。",
        "",
        "启动：  reviewdesk demo --open expert      专家1，第二评审组的评审包（或 make run）",
        "        reviewdesk demo --open chair       组长2，导入第二评审组的评分文件",
        "        reviewdesk demo --open commission  委员会工作台",
        f"委员会工作目录：{workdir}（reviewdesk commission … --workdir 该目录）",
        "",
        *DETERMINISTIC_ZH,
        "",
        "人员与口令：",
    ]
    for p in demo.people:
        lines.append(f"  {p.key:<11} {p.name:<6} 口令：{p.passphrase}")
        lines.append(f"              {home(p)}")
    lines += [
        "",
        "评审包位于 packages/<专家组>/，评审材料位于 materials/，评分文件位于 scores/。",
        "委员会的根密钥、业务密钥和审计密钥（commission/*.age）口令同为 demo-commission。",
        "",
        "-" * 44,
        "",
        f"Round: {demo.round} (evaluation), seed {demo.seed}.",
        "Every key, passphrase and document in this folder is for demonstration only and",
        "fictional; the passphrases are public.",
        f"The demo identity files use a LOW scrypt work factor (2^{demo.work_factor}) so that",
        "they open instantly; real identity files use 2^18.",
        "",
        "12 applicants (three each: research, platform, park, enterprise), 7 experts, 2 chairs:",
        "  group 1 (chair-1): research and platform panels, experts 1-5; imported, decided,",
        "    finalised, and its result bundles imported by the commission (results/). Expert 5",
        "    scored on paper (typed in by the chair), expert 2 submitted a revision, expert 3",
        "    declared a potential conflict.",
        "  group 2 (chair-2): park and enterprise panels, experts 1, 5, 6, 7; the score files",
        f"    wait in {waiting}/<YQ|QY> for the chair to import: one disagreement",
        "    and one veto claim to settle; expert 1 has not started.",
        "",
        "Start:  reviewdesk demo --open expert       expert 1 on group 2's package (make run)",
        "        reviewdesk demo --open chair        chair 2, to import group 2's score files",
        "        reviewdesk demo --open commission   the commission's desk",
        f"The commission's working folder: {workdir} (reviewdesk commission … --workdir)",
        "",
        *DETERMINISTIC_EN,
        "",
        "People and passphrases:",
    ]
    for p in demo.people:
        lines.append(f"  {p.key:<11} {p.role.value:<10} {p.name:<4} passphrase: {p.passphrase}")
        lines.append(f"              {home(p)}")
    lines += [
        "",
        "Packages: packages/<panel>/; materials as the commission received them: materials/;",
        "score files: scores/. The commission's root, operational and audit keys",
        "(commission/*.age) open with demo-commission.",
        "Run `reviewdesk demo --force` to make a fresh demo.",
        "",
    ]
    return "\n".join(lines)
