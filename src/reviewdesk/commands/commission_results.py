"""``reviewdesk commission import-results|results|publish``: the chairs' result bundles into
the commission's database (verified, recomputed, accepted or refused with every reason),
the round's results table, and its publication (workbook, public notice, summaries,
archive). Hooked into ``commands/commission.py`` by ``register(verbs, print_json)``.

Exit status 0 when every file was accepted (or was already imported) and the publication
was written; 1 with the reasons otherwise.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from reviewdesk.commands.commission_common import PrintJson, common, open_db, parse_time, say
from reviewdesk.commands.passphrase import unlock_identity
from reviewdesk.core.commission.publication import publish_round
from reviewdesk.core.commission.publication_data import RoundResults, round_results
from reviewdesk.core.commission.publication_labels import grade_words
from reviewdesk.core.commission.publication_xlsx import rank_text
from reviewdesk.core.commission.result_import import BundleVerdict, import_result_bundles
from reviewdesk.core.errors import InputError, ReviewdeskError
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models.commission import CommissionRound
from reviewdesk.messages import english_message


def register(verbs: Any, print_json: PrintJson) -> None:
    imp = verbs.add_parser(
        "import-results", help="import chairs' result bundles: verify, recompute, accept or refuse"
    )
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    _key_options(imp, required=True)
    common(imp)
    imp.set_defaults(handler=lambda a: _import(a, print_json))

    table = verbs.add_parser("results", help="the round's results table")
    table.add_argument("--round", metavar="REF", help="the round (default: the only one)")
    table.add_argument("--lang", choices=["zh", "en"], default="zh")
    common(table)
    table.set_defaults(handler=lambda a: _results(a, print_json))

    pub = verbs.add_parser(
        "publish", help="write the results workbook, public notice, summaries and archive"
    )
    pub.add_argument("--out", type=Path, required=True, metavar="DIR")
    pub.add_argument("--round", metavar="REF", help="the round (default: the only one)")
    pub.add_argument("--commission", default="北京市科学技术委员会、中关村科技园区管理委员会",
                     help="the name printed under the notice")  # fmt: skip
    pub.add_argument("--date", type=parse_time, help="the notice's date, YYYY-MM-DDTHH:MM:SSZ")
    pub.add_argument("--objection-days", type=int, default=5, metavar="N")
    pub.add_argument("--lang", choices=["zh", "en"], default="zh")
    pub.add_argument("--partial", action="store_true", help="publish before every panel is in")
    pub.add_argument("--no-archive", action="store_true", help="skip the archive (no key needed)")
    pub.add_argument("--no-zip", action="store_true", help="the archive as a folder only")
    _key_options(pub, required=False)
    common(pub)
    pub.set_defaults(handler=lambda a: _publish(a, print_json))


def _key_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--identity", type=Path, required=required, metavar="KEY",
                        help="the commission's operational or audit key file")  # fmt: skip
    parser.add_argument("--passphrase-file", type=Path, metavar="F")


def _reason_text(verdict: BundleVerdict, code: str, detail: dict[str, str]) -> str:
    return english_message(ReviewdeskError(code, verdict.path, **detail))


def _verdict_json(v: BundleVerdict) -> dict[str, Any]:
    return {
        "file": str(v.path), "verdict": v.verdict, "round": v.round, "panel": v.panel,
        "version": v.version, "digest": v.digest, "supersedes": v.supersedes,
        "reasons": [{"code": r.code, "detail": r.detail,
                     "message": _reason_text(v, r.code, r.detail)} for r in v.reasons],
        "discrepancies": [{"applicant": d.applicant, "field": d.field, "claimed": d.claimed,
                           "recomputed": d.recomputed} for d in v.discrepancies],
    }  # fmt: skip


def _import(args: argparse.Namespace, print_json: PrintJson) -> int:
    identity = unlock_identity(args.identity, args)
    with open_db(args) as db:
        verdicts = import_result_bundles(db, args.files, identity)
    lines = []
    for v in verdicts:
        where = f"{v.panel} v{v.version}" if v.panel and v.version else (v.panel or "")
        extra = "" if v.supersedes is None else f" (supersedes v{v.supersedes})"
        lines.append(f"{v.path}: {v.verdict} {where}{extra}".rstrip())
        lines += [f"  {r.code}: {_reason_text(v, r.code, r.detail)}" for r in v.reasons]
    say(args, print_json, {"results": [_verdict_json(v) for v in verdicts]}, lines)
    refused = [v for v in verdicts if not v.accepted]
    if len(refused) == len(verdicts) and all(
        v.reasons and v.reasons[0].code == "age-no-identity-matched" for v in refused
    ):  # not one bundle was sent to this key: the key is what is wrong
        raise InputError("results-key-cannot-open", args.identity, name=identity.name,
                         count=len(refused))  # fmt: skip
    if len(verdicts) == 1 and refused and refused[0].reasons:
        # one file: its own reason on standard error, as for any other command's file
        first = refused[0].reasons[0]
        raise InputError("result-bundle-refused", refused[0].path,
                         reason=_reason_text(refused[0], first.code, first.detail))  # fmt: skip
    if refused:
        raise InputError("results-refused", count=len(refused), total=len(verdicts))
    return 0


def _round_ref(db: Database, given: str | None) -> str:
    if given:
        return given
    with db.session() as s:
        refs = list(s.scalars(select(CommissionRound.ref)))
    if len(refs) != 1:
        raise InputError("round-not-named", count=len(refs))
    return str(refs[0])


def _results(args: argparse.Namespace, print_json: PrintJson) -> int:
    with open_db(args) as db:
        results = round_results(db, _round_ref(db, args.round))
    return say(args, print_json, _results_json(results), _results_lines(results, args.lang))


def _results_json(results: RoundResults) -> dict[str, Any]:
    return {
        "round": results.round_ref, "name": results.round_name, "kind": results.kind.value,
        "complete": results.complete, "missing": list(results.missing),
        "panels": [
            {"panel": p.ref, "name": p.name, "version": p.version, "digest": p.digest,
             "superseded": list(p.superseded),
             "rows": [{"ref": r.ref, "name": r.name, "institution": r.institution,
                       "category": r.category.value,
                       "panel_score": None if r.panel_score is None else str(r.panel_score),
                       "grade": None if r.grade is None else r.grade.value,
                       "recommendation": None if r.recommendation is None
                       else r.recommendation.value,
                       "rank": r.rank, "detail": r.detail} for r in p.rows]}
            for p in results.panels
        ],
    }  # fmt: skip


def _results_lines(results: RoundResults, lang: Any) -> list[str]:
    lines = [f"{results.round_name} ({results.round_ref})"]
    for p in results.panels:
        lines.append(f"[{p.ref}] {p.name} — v{p.version} {p.digest[:16]}")
        for r in p.rows:
            score = "—" if r.panel_score is None else str(r.panel_score)
            override = "" if r.override is None else f"  ({r.override['reason']})"
            lines.append(f"  {r.ref}  {r.name}  {score}  {grade_words(r.grade, lang)}  "
                         f"{rank_text(r, lang)}{override}")  # fmt: skip
        lines += [f"  {x}" for x in p.quota_lines(lang)]
    lines += [f"[{ref}] no accepted result yet" for ref in results.missing]
    return lines


def _publish(args: argparse.Namespace, print_json: PrintJson) -> int:
    identity = None
    if not args.no_archive:
        if args.identity is None:
            raise InputError("publish-needs-identity")
        identity = unlock_identity(args.identity, args)
    date: datetime | None = args.date

    def progress(done: int, total: int, stage: str = "") -> None:
        if not args.json and total:
            print(f"\r{stage}: {100 * done // total:3d}%", end="", file=sys.stderr, flush=True)

    try:
        with open_db(args) as db:
            done = publish_round(
                db, _round_ref(db, args.round), args.out, commission=args.commission,
                identity=identity, date=date, objection_days=args.objection_days,
                language=args.lang, partial=args.partial, make_zip=not args.no_zip,
                progress=progress,
            )  # fmt: skip
    except InputError as error:
        if error.code != "archive-key-cannot-open":
            raise
        key = f"{args.identity} ({error.detail['key']})"  # the key's file, by its holder
        raise InputError(error.code, **(error.detail | {"key": key})) from None
    finally:  # the progress line ends before the result or the error
        if not args.json:
            print(file=sys.stderr)
    value = {
        "workbook": str(done.workbook), "notice": str(done.notice),
        "summaries": [str(p) for p in done.summaries],
        "archive": None if done.archive is None else str(done.archive.folder),
        "archive_zip": None if done.archive is None or done.archive.zip is None
        else str(done.archive.zip),
        "archive_index_sha256": None if done.archive is None else done.archive.index_sha256,
        "missing": list(done.results.missing),
    }  # fmt: skip
    lines = [f"workbook: {done.workbook}", f"notice: {done.notice}",
             f"summaries: {len(done.summaries)} in {args.out / 'summaries'}"]  # fmt: skip
    if done.archive is not None:
        lines.append(f"archive: {done.archive.folder} ({done.archive.files} files), "
                     f"index sha256 {done.archive.index_sha256}")  # fmt: skip
    return say(args, print_json, value, lines)
