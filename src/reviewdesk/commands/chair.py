"""``reviewdesk chair open|import|status|log|decide|finalise|reopen``: the chair desk
without the GUI, on the same core service (``core.chair.desk.ChairDesk``), in the person's
home.

``open PACKAGE`` verifies, stores and records a chair package; the other verbs work on the
panel named by ``--panel`` (a prefix of the chair package's digest) or, by default, on the
panel this identity opened last. Every verb takes ``--json``; errors end in a sentence and
exit status 1. Each import verdict that is not an acceptance carries its reason as a
sentence (``reason``); a refused ``finalise`` lists every blocker first (stdout with
``--json``, else stderr); ``reopen`` starts the next numbered version of a finalised panel
so that it can be changed, and ``finalise --reopen`` does both in one go.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reviewdesk.commands.consolidate_text import display_width, pad
from reviewdesk.commands.passphrase import unlock_identity
from reviewdesk.core.chair.desk import ChairDesk
from reviewdesk.core.chair.paper import sheet_from_json
from reviewdesk.core.chair.views import BlockerKind, DeskBlocker, ImportVerdict, Verdict
from reviewdesk.core.domain import Grade, Recommendation
from reviewdesk.core.errors import DeskError, InputError, ReviewdeskError
from reviewdesk.core.fsutil import check_input, output_folder, read_capped
from reviewdesk.core.home.opening import open_home
from reviewdesk.core.home.settings import Home
from reviewdesk.core.scoring import ScoreSheet, VetoVerdict
from reviewdesk.core.scoring.ranking import RankedEntry
from reviewdesk.messages import english_message

PrintJson = Callable[[Any], None]
MAX_SHEET_FILE = 1024 * 1024
_GRADES = {g.value: g for g in Grade} | {g.zh: g for g in Grade}


def add_chair_commands(commands: Any, print_json: PrintJson) -> None:
    chair = commands.add_parser("chair", help="lead a panel: import score files, decide, finalise")
    verbs = chair.add_subparsers(dest="verb", metavar="VERB", required=True)

    opener = verbs.add_parser("open", help="verify and store a chair package")
    opener.add_argument("package", type=Path, metavar="PACKAGE")
    _common(opener, panel=False)
    opener.set_defaults(handler=lambda a: _run(a, print_json, _open))

    importer = verbs.add_parser("import", help="import score files or folders (recursively)")
    importer.add_argument("paths", type=Path, nargs="+", metavar="FILE|DIR")
    _common(importer)
    importer.set_defaults(handler=lambda a: _run(a, print_json, _import))

    status = verbs.add_parser("status", help="the panel's results, flags and blockers")
    _common(status)
    status.set_defaults(handler=lambda a: _run(a, print_json, _status))

    log = verbs.add_parser("log", help="the panel's import log (hash chain)")
    log.add_argument("--export", type=Path, metavar="FILE", help="write it as JSON to FILE")
    _common(log)
    log.set_defaults(handler=lambda a: _run(a, print_json, _log))

    decide = verbs.add_parser("decide", help="record a decision (autosaved, audited)")
    what = decide.add_subparsers(dest="decision", metavar="DECISION", required=True)
    flag = what.add_parser("resolve-flag", help="resolve a flag with a note")
    flag.add_argument("applicant")
    flag.add_argument("flag", help="the flag id, e.g. range or deviation:<expert keyid>")
    flag.add_argument("--note", required=True)
    veto = what.add_parser("veto", help="confirm or dismiss a claimed veto with a reason")
    veto.add_argument("applicant")
    veto.add_argument("item", help="the veto item, e.g. V1")
    veto.add_argument("verdict", choices=["confirm", "dismiss", "withdraw"])
    veto.add_argument("--reason", default="")
    grade = what.add_parser("grade", help="accept the computed grade or override it")
    grade.add_argument("applicant")
    grade.add_argument("grade", help="accept, or excellent|good|qualified|unqualified")
    grade.add_argument("--reason", default="")
    rec = what.add_parser("recommendation", help="recognition rounds: override the recommendation")
    rec.add_argument("applicant")
    rec.add_argument("recommendation", choices=[*(r.value for r in Recommendation), "withdraw"])
    rec.add_argument("--reason", default="")
    opinion = what.add_parser("opinion", help="the panel opinion (专家组意见)")
    opinion.add_argument("applicant")
    opinion.add_argument("--text", required=True)
    paper = what.add_parser("paper-sheet", help="enter a paper sheet from a JSON file")
    paper.add_argument("file", type=Path, metavar="FILE.json")
    paper.add_argument("--note", required=True, help="how the sheet reached the chair")
    alarm = what.add_parser("alarm", help="settle an equivocation alarm with a note")
    alarm.add_argument("alarm", type=int, metavar="ID")
    alarm.add_argument("--note", required=True)
    order = what.add_parser("order", help="a manual tie-break order, best first")
    order.add_argument("applicants", nargs="+")
    order.add_argument("--reason", required=True)
    present = what.add_parser("present", help="whether an expert is at the meeting (signs)")
    present.add_argument("expert", help="the expert's keyid (a unique prefix will do)")
    present.add_argument("answer", choices=["yes", "no"])
    for parser in (flag, veto, grade, rec, opinion, paper, alarm, order, present):
        _common(parser)
        parser.set_defaults(handler=lambda a: _run(a, print_json, _decide))

    finalise = verbs.add_parser("finalise", help="write the signed result bundle and report")
    finalise.add_argument("--out", required=True, type=Path, metavar="DIR")
    finalise.add_argument(
        "--reopen", metavar="REASON", help="first start a new version of a finalised panel"
    )
    _common(finalise)
    finalise.set_defaults(handler=lambda a: _run(a, print_json, _finalise))

    reopen = verbs.add_parser("reopen", help="start the next version of a finalised panel")
    reopen.add_argument("--reason", required=True, help="why the panel is reopened")
    _common(reopen)
    reopen.set_defaults(handler=lambda a: _run(a, print_json, _reopen))


def _common(parser: argparse.ArgumentParser, *, panel: bool = True) -> None:
    parser.add_argument(
        "--identity", type=Path, metavar="FILE", help="identity file (default: the one in the home)"
    )
    parser.add_argument(
        "--home",
        type=Path,
        metavar="DIR",
        help="this person's folder (default: $REVIEWDESK_HOME or the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the passphrase from F (first line) instead of asking",
    )
    if panel:
        parser.add_argument(
            "--panel",
            metavar="DIGEST",
            help="the chair package's digest (a prefix will do; default: the panel opened last)",
        )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


Verb = Callable[[argparse.Namespace, ChairDesk, PrintJson], int]


def _run(args: argparse.Namespace, print_json: PrintJson, verb: Verb) -> int:
    with _desk(args) as desk:
        return verb(args, desk, print_json)


@contextmanager
def _desk(args: argparse.Namespace) -> Iterator[ChairDesk]:
    if args.verb == "open":
        check_input(args.package)  # a pipe or a folder is refused before anything waits on it
    home = Home(args.home) if args.home else Home.default()
    with open_home(home, program=f"reviewdesk chair {args.verb}") as opened:
        identity = unlock_identity(args.identity or home.identity_path, args)
        now = datetime.now(UTC)
        if args.verb == "open":
            yield ChairDesk.open_in_home(opened.db, identity, args.package, home, now=now)
            return
        panels = ChairDesk.recent_panels(opened.db, identity.keyid)
        wanted = getattr(args, "panel", None)
        if wanted:
            panels = [p for p in panels if p.digest.startswith(wanted.lower())]
        if len(panels) != 1 and (wanted or not panels):
            raise DeskError("chair-panel-unknown", panel=wanted or "-", found=len(panels))
        yield ChairDesk.reopen(opened.db, identity, home.store_dir, panels[0].digest)


def _open(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    info = desk.info()
    summary = {
        "package": info.package_digest,
        "round": info.round_ref,
        "round_name": info.round_name,
        "panel": info.panel_ref,
        "panel_name": info.panel_name,
        "round_kind": info.round_kind.value,
        "form": info.template.template_id,
        "deadline": None if info.deadline is None else info.deadline.isoformat(),
        "chair": info.chair_name,
        "version": info.version,
        "experts": [{"keyid": e.keyid, "name": e.name} for e in info.experts],
        "applicants": [
            {"ref": a.ref, "name": a.name, "category": a.category.value} for a in info.applicants
        ],
        "assignments": {k: list(v) for k, v in desk.assignments().items()},
    }
    if args.json:
        print_json(summary)
        return 0
    print(f"round:    {info.round_name} ({info.round_ref}, {info.round_kind.value})")
    print(f"panel:    {info.panel_name} ({info.panel_ref}), version {info.version}")
    print(f"form:     {info.template.template_id}")
    print(f"package:  {info.package_digest}")
    print(f"experts:  {len(info.experts)}, applicants: {len(info.applicants)}")
    for e in info.experts:
        print(f"  {e.keyid[:16]}  {e.name}  {len(desk.assignments()[e.keyid])} applicants")
    return 0


def verdict_reason(v: ImportVerdict) -> str | None:
    """Why a file was not simply accepted, in one sentence (``None`` for an acceptance):
    the error's sentence for a refusal or an alarm, the log's note otherwise."""
    if v.verdict is Verdict.ACCEPTED:
        return None
    if v.code is None:
        return v.note or None
    return english_message(ReviewdeskError(v.code, v.path, **v.detail))


def verdict_json(v: ImportVerdict) -> dict[str, Any]:
    return {
        "file": str(v.path),
        "verdict": v.verdict.value,
        "code": v.code,
        "reason": verdict_reason(v),
        "detail": {k: str(value) for k, value in v.detail.items()},
        "file_sha256": v.file_sha256,
        "expert": v.expert,
        "expert_name": v.expert_name,
        "revision": v.revision,
        "note": v.note,
        "sequence": v.sequence,
        "recorded_at": None if v.recorded_at is None else v.recorded_at.isoformat(),
    }


def _import(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    verdicts = desk.import_files(args.paths)
    if args.json:
        print_json({"verdicts": [verdict_json(v) for v in verdicts]})
        return 0
    who = [f"{v.expert_name} r{v.revision}" if v.revision else "" for v in verdicts]
    width = max((display_width(w) for w in who), default=0)
    for v, name in zip(verdicts, who, strict=True):
        print(f"{v.verdict.value:<17} {pad(name, width)}  {v.path}")
        reason = verdict_reason(v)
        if reason:
            print(f"{'':<17} {reason}")
    return 0


def _status(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    matrix, blockers, info = desk.matrix(), desk.blockers(), desk.info()
    quota = matrix.ranking.quota
    rows: list[dict[str, Any]] = []
    for row in matrix.rows:
        r = row.result
        rows.append(
            {
                "applicant": row.applicant.ref,
                "name": row.applicant.name,
                "counted": len(r.counted),
                "panel_score": _dec(r.panel_score),
                "computed_grade": _val(r.computed_grade),
                "grade": _val(r.grade),
                "published_grade": _val(row.published_grade),
                "override": None if r.grade_override is None else r.grade_override.reason,
                "rank": None if row.ranked is None else row.ranked.position,
                "above_decided_by": _decided_by(row.ranked),
                "unranked": None if row.unranked is None else row.unranked.reason.value,
                "beyond_quota": row.ranked is not None and row.ranked.beyond_quota,
                "paper_sheets": [
                    {
                        "expert": h.sheet.expert_id,
                        "expert_name": desk.expert_name(h.sheet.expert_id),
                        "note": h.chair_note,
                    }
                    for h in row.sheets
                    if h.entered_by_chair
                ],
                "flags": [{"id": f.id, "resolved": f.resolved} for f in r.flags],
                "vetoes": [{"item": v.item, "decided": v.decision is not None} for v in r.vetoes],
                "opinion": row.panel_opinion,
            }
        )
    status = {
        "panel": info.panel_ref,
        "version": info.version,
        "finalised": info.finalised_at is not None,
        "applicants": rows,
        "blockers": [_blocker_json(desk, b) for b in blockers],
        "alarms": [
            {
                "id": a.alarm_id,
                "expert": a.expert,
                "revision": a.revision,
                "resolved": a.resolution is not None,
            }
            for a in desk.alarms()
        ],
        "ready": not blockers,
        "quota": {
            "enabled": quota.enabled,
            "mode": quota.mode.value,
            "max_percent": format(quota.max_percent, "f"),
            "graded": quota.graded,
            "allowed": quota.allowed,
            "excellent": list(quota.excellent),
            "beyond": list(quota.beyond),
            "demoted": list(quota.demoted),
            "undetermined": list(quota.undetermined),
        },
        "versions": [
            {
                "version": v.number,
                "finalised_at": None if v.finalised_at is None else v.finalised_at.isoformat(),
                "reopen_reason": v.reopen_reason,
            }
            for v in desk.versions()
        ],
    }
    if args.json:
        print_json(status)
        return 0
    print(
        f"panel {info.panel_name} ({info.panel_ref}), version {info.version}"
        + (", finalised" if info.finalised_at else "")
    )
    for item in rows:
        open_flags = sum(1 for f in item["flags"] if not f["resolved"])
        grade = item["published_grade"] or "-"
        print(
            f"  {item['applicant']:<10} {item['panel_score'] or '-':>7} {grade:<12} "
            f"rank {item['rank'] or '-':<3} {open_flags} open flags"
            + (" (beyond the excellent quota)" if item["beyond_quota"] else "")
        )
        for sheet in item["paper_sheets"]:
            print(f"  {'':<10} paper sheet of {sheet['expert_name']}, entered by the chair: "
                  f"{sheet['note']}")  # fmt: skip
    if quota.enabled:
        share = f"{format(quota.max_percent, 'f')}% of {quota.graded}, {quota.mode.value}"
        print(f"excellent quota: {len(quota.excellent)} of at most {quota.allowed} ({share})")
    print(f"blockers: {len(blockers)}" + ("" if blockers else " (ready to finalise)"))
    for b in blockers:
        print(f"  {_blocker_line(desk, b)}")
    return 0


def _blocker_json(desk: ChairDesk, b: DeskBlocker) -> dict[str, Any]:
    return {"kind": b.kind.value, "applicant": b.applicant, "subject": b.subject,
            "expert": b.expert, "expert_name": _blocker_expert(desk, b)}  # fmt: skip


def _blocker_line(desk: ChairDesk, b: DeskBlocker) -> str:
    who = _blocker_expert(desk, b)
    return f"{b.kind.value:<22} {b.applicant or '':<10} {b.subject}" + (f" ({who})" if who else "")


def _blocker_expert(desk: ChairDesk, b: DeskBlocker) -> str | None:
    """The name of the expert a blocker is about (its ``expert``, or the keyid its subject
    ends with: ``deviation:<keyid>``, ``missing-sheet:<keyid>``)."""
    keyid = b.expert or b.subject.rpartition(":")[2]
    return desk.expert_name(keyid) if keyid in desk.assignments() else None


def _log(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    if args.export:
        desk.export_import_log(args.export)
    entries = desk.import_log()
    if args.json:
        print_json(
            {
                "entries": [
                    {
                        "sequence": e.sequence,
                        "recorded_at": e.recorded_at.isoformat(),
                        "file_sha256": e.file_sha256,
                        "outcome": e.outcome,
                        "note": e.note,
                        "entry_hash": e.entry_hash,
                    }
                    for e in entries
                ]
            }
        )
        return 0
    for e in entries:
        print(
            f"{e.sequence:>4} {e.recorded_at:%Y-%m-%d %H:%M:%S} {e.outcome:<15} "
            f"{e.file_sha256[:16]} {e.note}"
        )
    return 0


def _decide(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    kind = args.decision
    if kind == "resolve-flag":
        desk.resolve_flag(args.applicant, args.flag, args.note)
    elif kind == "veto":
        verdicts = {"confirm": VetoVerdict.CONFIRMED, "dismiss": VetoVerdict.DISMISSED}
        desk.decide_veto(args.applicant, args.item, verdicts.get(args.verdict), args.reason)
    elif kind == "grade":
        if args.grade == "accept":
            desk.accept_grade(args.applicant)
        elif args.grade in _GRADES:
            desk.override_grade(args.applicant, _GRADES[args.grade], args.reason)
        else:
            raise InputError("grade-unknown", grade=args.grade)
    elif kind == "recommendation":
        value = None if args.recommendation == "withdraw" else Recommendation(args.recommendation)
        desk.override_recommendation(args.applicant, value, args.reason)
    elif kind == "opinion":
        desk.set_panel_opinion(args.applicant, args.text)
    elif kind == "paper-sheet":
        problems = desk.enter_paper_sheet(_paper_sheet(desk, args.file), args.note)
        if problems:
            found = [
                {"code": p.code.value, "criterion": p.criterion, "veto": p.veto_item}
                for p in problems
            ]
            raise InputError(
                "paper-sheet-invalid",
                args.file,
                count=len(problems),
                first=found[0]["code"],
                where=found[0]["criterion"] or "",
            )
    elif kind == "present":
        keys = [k for k in desk.assignments() if k.startswith(args.expert.lower())]
        if len(keys) != 1:
            raise DeskError("unknown-expert", expert=args.expert)
        desk.set_present(keys[0], args.answer == "yes")
    elif kind == "alarm":
        desk.resolve_alarm(args.alarm, args.note)
    elif kind == "order":
        desk.set_manual_order(args.applicants, args.reason)
    latest = desk.audit_trail()[-1]
    if args.json:
        print_json(
            {
                "recorded": latest.action,
                "applicant": latest.applicant,
                "subject": latest.subject,
                "at": latest.at.isoformat(),
                "blockers": len(desk.blockers()),
            }
        )
    else:
        print(f"recorded: {latest.action} {latest.applicant or ''} {latest.subject[:60]}".rstrip())
    return 0


def _paper_sheet(desk: ChairDesk, path: Path) -> ScoreSheet:
    return sheet_from_json(read_capped(path, MAX_SHEET_FILE), path, desk.assignments())


def _finalise(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    if not args.reopen:  # finalised already: say so, not "1 matters are unresolved"
        versions = desk.versions()
        if versions and versions[-1].finalised_at is not None:
            raise DeskError("chair-version-finalised", version=versions[-1].number)
    # The folder first: one that cannot be made refuses the run before a version is reopened.
    with output_folder(args.out):
        reopened = desk.reopen_version(args.reopen) if args.reopen else None
        blockers = [b for b in desk.blockers() if b.kind is not BlockerKind.FINALISED]
        if blockers:  # every one named, then the refusal's sentence (desk.finalise)
            if args.json:
                print_json({"finalised": False,
                            "blockers": [_blocker_json(desk, b) for b in blockers]})  # fmt: skip
            else:
                print(f"{len(blockers)} matters block finalising:", file=sys.stderr)
                for b in blockers:
                    print(f"  {_blocker_line(desk, b)}", file=sys.stderr)
        try:
            result = desk.finalise(args.out)
        except ReviewdeskError:
            if reopened is not None:  # what did change: say so before the error
                print(f"reviewdesk: note: version {reopened} was reopened and stays open; "
                      "finalise it again (without --reopen) once this is fixed.",
                      file=sys.stderr)  # fmt: skip
            raise
    info = {
        "version": result.version,
        "bundle": str(result.bundle),
        "digest": result.bundle_digest,
        "fingerprint": result.fingerprint,
        "report": None if result.report_pdf is None else str(result.report_pdf),
        "workbook": None if result.workbook is None else str(result.workbook),
    }
    if args.json:
        print_json(info)
        return 0
    print(f"result bundle: {result.bundle} (version {result.version})")
    print(f"fingerprint:   {result.fingerprint}")
    for label, path in (("report", result.report_pdf), ("workbook", result.workbook)):
        if path is not None:
            print(f"{label + ':':<14} {path}")
    return 0


def _reopen(args: argparse.Namespace, desk: ChairDesk, print_json: PrintJson) -> int:
    number = desk.reopen_version(args.reason)
    if args.json:
        print_json({"version": number, "reason": args.reason})
    else:
        print(f"version {number} started; the finalised versions stay in the history")
    return 0


def _decided_by(ranked: RankedEntry | None) -> str | None:
    """The tie-break rule that put this applicant below the one above (``None`` for the
    first, or an unresolved tie)."""
    above = None if ranked is None else ranked.versus_above
    rule = None if above is None else above.decided_by
    return None if rule is None else str(rule.value)


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _val(value: Grade | None) -> str | None:
    return None if value is None else value.value
