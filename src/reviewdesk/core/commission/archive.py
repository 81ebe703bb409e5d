"""The archive of a round (issue 10 item 6; FORMAT §15): every signed file, plus an index that
the standard ``age`` tool and ``reviewdesk verify`` can check years later.

Layout (a folder, and the same files in a zip without compression — every signed file is
already encrypted or a public signed roster):

```
index.json                 canonical JSON "reviewdesk-archive/1": every file, its SHA-256,
                           size, what it is, and for containers each blob's offset/length
INDEX.txt                  the same for people, with the commands to check it
SHA256SUMS                 `sha256sum -c SHA256SUMS`
trust.json                 the roots pinned from the first roster (compare fingerprints)
roster/roster-vNNNN.json   every published roster version, as the roots signed it
packages/issued.json       every package the commission issued: digest, file SHA-256, whom
results/<panel>/…vN.result.rdx          every accepted result bundle, superseded ones too
results/<panel>/vN/scores/<expert>-<sha>.rdx   each score file carried in that bundle
publication/…              the published workbook and PDFs, when given
```
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from reviewdesk.core.canonical import dumps_canonical
from reviewdesk.core.commission.records import transaction
from reviewdesk.core.commission.result_verify import open_bundle
from reviewdesk.core.commission.round_setup import find_round
from reviewdesk.core.crypto.identity import Identity
from reviewdesk.core.crypto.roster import Roster, RosterRole, TrustState, read_roster
from reviewdesk.core.errors import InputError, ReviewdeskError
from reviewdesk.core.formats.container import read_index
from reviewdesk.core.formats.imports import receipt_digest
from reviewdesk.core.fsutil import atomic_write, make_folders, remove_made
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress
from reviewdesk.core.storage import Database
from reviewdesk.core.storage.models.commission import (
    CommissionPackage,
    CommissionPanel,
    CommissionResultBundle,
    CommissionRosterVersion,
)

ARCHIVE_FORMAT = "reviewdesk-archive/1"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Archive:
    folder: Path
    zip: Path | None
    files: int
    index_sha256: str


def write_archive(
    db: Database,
    round_ref: str,
    dest: Path,
    identity: Identity,
    roster: Roster,
    *,
    extra: dict[str, bytes] | None = None,
    make_zip: bool = True,
    now: datetime | None = None,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> Archive:
    """Write the archive of ``round_ref`` into the empty (or new) folder ``dest``;
    ``identity``: a commission key, to take the score files out of the bundles;
    ``extra``: publication files by name (put under ``publication/``)."""
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise InputError("archive-folder-not-empty", dest)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    entries: list[dict[str, Any]] = []

    made: list[Path] = []
    written: list[Path] = []

    def put(relative: str, data: bytes, **about: Any) -> Path:
        path = dest / relative
        made.extend(make_folders(path.parent))
        written.append(path)
        atomic_write(path, data)
        entry = {"path": relative, "sha256": hashlib.sha256(data).hexdigest(),
                 "size": len(data)} | about  # fmt: skip
        if data.startswith(b"RDX1\n"):
            with open(path, "rb") as handle:
                index = read_index(handle, path)
            entry["blobs"] = [{"index": b.index, "offset": b.offset, "length": b.length}
                              for b in index.blobs]  # fmt: skip
        entries.append(entry)
        return path

    with transaction(db) as session:
        rnd = find_round(session, round_ref)
        rosters = list(session.scalars(select(CommissionRosterVersion).where(
            CommissionRosterVersion.status == "published").order_by(
            CommissionRosterVersion.roster_version)))  # fmt: skip
        packages = list(session.scalars(select(CommissionPackage).where(
            CommissionPackage.round_id == rnd.id).order_by(CommissionPackage.id)))  # fmt: skip
        panels = {p.id: p.ref for p in session.scalars(select(CommissionPanel))}
        bundles = list(session.scalars(select(CommissionResultBundle).where(
            CommissionResultBundle.round_id == rnd.id,
            CommissionResultBundle.verdict == "accepted").order_by(
            CommissionResultBundle.panel_id, CommissionResultBundle.bundle_version)))  # fmt: skip
        round_info = {"ref": rnd.ref, "name": rnd.name, "kind": rnd.kind.value}
        session.expunge_all()
    # A run that fails leaves no trace: what it wrote into dest is removed again.
    made.extend(make_folders(dest))
    try:
        for version in rosters:
            put(f"roster/roster-v{version.roster_version:04d}.json", version.envelope,
                what="roster", version=version.roster_version)  # fmt: skip
        if rosters:
            first = read_roster(rosters[0].envelope)
            trust = TrustState.pin(list(first.roots), first.threshold)
            put("trust.json", dumps_canonical(trust.to_json()), what="trust")
        issued = [
            {"panel": panels.get(p.panel_id, ""), "kind": p.kind, "recipient": p.recipient_keyid,
             "digest": p.digest, "file_name": p.file_name, "file_sha256": p.file_sha256,
             "size": p.size, "applicants": json.loads(p.applicants), "build": p.build,
             "template_sha256": p.template_sha256, "roster_version": p.roster_version}
            for p in packages
        ]  # fmt: skip
        put("packages/issued.json", dumps_canonical({"packages": issued}), what="issued-packages")
        results = []
        for n, item in enumerate(bundles):
            cancel.raise_if_cancelled()
            progress(n, len(bundles), "archive")
            assert item.data is not None
            panel = _safe(panels.get(item.panel_id, "panel"))
            name = f"{_safe(round_ref)}_{panel}_v{item.bundle_version}.result.rdx"
            path = put(f"results/{panel}/{name}", item.data, what="result", panel=panel,
                       version=item.bundle_version, digest=item.digest)  # fmt: skip
            try:
                bundle = open_bundle(path, identity, roster, now=item.imported_at, cancel=cancel)
            except ReviewdeskError as error:
                if error.code != "age-no-identity-matched":
                    raise
                # the key is wrong, not the bundle (whose copy here is the commission's own)
                raise InputError(
                    "archive-key-cannot-open", key=identity.name, bundle=name
                ) from None
            log = {e.file_sha256: e for e in bundle.read_import_log() or ()}
            for expert, data in bundle.read_score_files():
                sha = hashlib.sha256(data).hexdigest()
                entry = log.get(sha)
                put(f"results/{panel}/v{item.bundle_version}/scores/{expert[:12]}-{sha[:12]}.rdx",
                    data, what="score", panel=panel, expert=expert,
                    outcome=None if entry is None else entry.outcome,
                    received_at=None if entry is None else _time(entry.recorded_at),
                    object=None if entry is None else receipt_digest(entry.note))  # fmt: skip
            results.append({"panel": panel, "version": item.bundle_version, "digest": item.digest,
                            "supersedes": item.supersedes_id is not None})  # fmt: skip
        for name, data in sorted((extra or {}).items()):
            put(f"publication/{_safe(name)}", data, what="publication")
        index = {"format": ARCHIVE_FORMAT, "round": round_info,
                 "created_at": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "readers": [m.keyid for m in roster.members() if not m.revoked
                             and (m.holds(RosterRole.OPERATIONAL) or m.holds(RosterRole.AUDIT))],
                 "results": results, "files": entries}  # fmt: skip
        index_bytes = dumps_canonical(index)
        written.append(dest / "index.json")
        atomic_write(dest / "index.json", index_bytes)
        written.append(dest / "INDEX.txt")
        atomic_write(dest / "INDEX.txt", _text(index).encode("utf-8"))
        sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in entries)
        sums += f"{hashlib.sha256(index_bytes).hexdigest()}  index.json\n"
        written.append(dest / "SHA256SUMS")
        atomic_write(dest / "SHA256SUMS", sums.encode("ascii"))
        archive_zip = _zip(dest, moment) if make_zip else None
        progress(len(bundles), len(bundles), "done")
        return Archive(dest, archive_zip, len(entries), hashlib.sha256(index_bytes).hexdigest())
    except BaseException:
        for written_path in written:
            written_path.unlink(missing_ok=True)
        remove_made(made)
        raise


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "x"


def _zip(folder: Path, moment: datetime) -> Path:
    """The folder's files in a zip without compression, next to it, in name order."""
    target = folder.with_name(folder.name + ".zip")
    stamp = moment.timetuple()[:6]
    temp = target.with_name(f".{target.name}.tmp")
    with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_STORED) as out:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(str(path.relative_to(folder)), date_time=stamp)
            info.external_attr = 0o644 << 16
            out.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_STORED)
    temp.replace(target)
    return target


def _text(index: dict[str, Any]) -> str:
    r = index["round"]
    lines = [
        f"reviewdesk archive of round {r['ref']} — {r['name']} ({r['kind']})",
        f"written {index['created_at']} · format {index['format']} · spec: docs/FORMAT.md §15",
        "",
        "Check the files:           sha256sum -c SHA256SUMS",
        "Check one signed file:     reviewdesk verify FILE --identity KEY --roster "
        "roster/roster-vNNNN.json --trust trust.json",
        "Open one blob with age:    tail -c +$((OFFSET+1)) FILE | head -c LENGTH | "
        "age -d -i KEY.txt",
        "(KEY.txt: an operational or audit key exported as an age identity; OFFSET and LENGTH",
        " are listed below for every blob of every container.)",
        "",
        "Keys that can open the encrypted files: " + ", ".join(k[:16] for k in index["readers"]),
        "",
    ]
    for item in index["results"]:
        lines.append(f"result {item['panel']} version {item['version']}: {item['digest']}")
    lines.append("")
    for entry in index["files"]:
        about = " ".join(f"{k}={entry[k]}" for k in ("what", "panel", "version", "expert",
                                                      "outcome") if entry.get(k))  # fmt: skip
        lines.append(f"{entry['path']}  {entry['size']} bytes  sha256 {entry['sha256']}  {about}")
        for blob in entry.get("blobs", []):
            lines.append(
                f"    blob {blob['index']}: offset {blob['offset']} length {blob['length']}"
            )
    return "\n".join(lines) + "\n"
