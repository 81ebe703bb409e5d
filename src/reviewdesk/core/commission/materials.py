"""The applicants' materials, matched from one folder by applicant ref, checked before any
package is built.

Two layouts, mixed freely: a sub-folder per applicant named by its ref (``A-001/申报书.pdf``,
nested folders included), or files in the top folder whose name starts with the ref and a
separator (``A-001-申报书.pdf``, ``A-001_年报.pdf``, ``A-001 附件.pdf``); with refs that are
prefixes of each other (``A-1``, ``A-10``) the longest one wins. The report names:

- ``missing``: an applicant without any file;
- ``extra``: a file or folder that belongs to no applicant, or a type no viewer shows;
- ``unreadable``: a PDF that will not open (``pdf_check``) or a file that cannot be read;
- ``duplicate-name``: two files of one applicant with the same name (the expert could not
  tell them apart).

Hidden files and the litter of file managers (``Thumbs.db``, ``desktop.ini``, ``.DS_Store``)
are skipped. Every good file gets its size and SHA-256, so the build can prove it put in
exactly what was checked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reviewdesk.core.commission.pdf_check import pdf_problem
from reviewdesk.core.errors import InputError
from reviewdesk.core.formats.text_rules import TextKind, text_problem
from reviewdesk.core.fsutil import open_input
from reviewdesk.core.progress import NEVER, NO_PROGRESS, CancelToken, Progress

MIME_BY_SUFFIX = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
SEPARATORS = ("-", "_", " ", ".", "－", "—")
LITTER = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
_CHUNK = 1 << 20


class MaterialProblemCode(StrEnum):
    MISSING = "missing"
    EXTRA = "extra"
    UNREADABLE = "unreadable"
    DUPLICATE_NAME = "duplicate-name"


@dataclass(frozen=True)
class MaterialFile:
    applicant: str
    path: Path
    name: str  # shown to the expert
    mime: str
    size: int
    sha256: str


@dataclass(frozen=True)
class MaterialProblem:
    code: MaterialProblemCode
    applicant: str = ""
    path: Path | None = None
    detail: str = ""  # unreadable: the PDF problem word; extra: why


@dataclass(frozen=True)
class MaterialsReport:
    folder: Path
    files: tuple[MaterialFile, ...]
    problems: tuple[MaterialProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def of(self, applicant: str) -> list[MaterialFile]:
        return [f for f in self.files if f.applicant == applicant]


def match_materials(
    folder: Path,
    refs: Sequence[str],
    *,
    progress: Progress = NO_PROGRESS,
    cancel: CancelToken = NEVER,
) -> MaterialsReport:
    """Match and check every file under ``folder`` against the applicants ``refs``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("materials-folder-missing", folder)
    by_ref = {r.casefold(): r for r in refs}
    longest_first = sorted(refs, key=len, reverse=True)
    candidates: list[tuple[str, Path]] = []
    problems: list[MaterialProblem] = []
    for entry in sorted(folder.iterdir()):
        if _litter(entry):
            continue
        if entry.is_dir():
            ref = by_ref.get(entry.name.casefold())
            if ref is None:
                problems.append(
                    MaterialProblem(MaterialProblemCode.EXTRA, path=entry, detail="folder")
                )
                continue
            candidates.extend((ref, f) for f in _files_under(entry))
        else:
            ref = _prefix_ref(entry.name, longest_first)
            if ref is None:
                problems.append(
                    MaterialProblem(MaterialProblemCode.EXTRA, path=entry, detail="no-applicant")
                )
                continue
            candidates.append((ref, entry))
    files: list[MaterialFile] = []
    seen: set[tuple[str, str]] = set()
    for done, (ref, path) in enumerate(candidates, start=1):
        cancel.raise_if_cancelled()
        progress(done, len(candidates), "materials")
        problem = _check_file(ref, path)
        if problem is not None:
            problems.append(problem)
            continue
        if (ref, path.name.casefold()) in seen:
            problems.append(MaterialProblem(MaterialProblemCode.DUPLICATE_NAME, ref, path))
            continue
        seen.add((ref, path.name.casefold()))
        size, digest = _digest(path, cancel)
        files.append(
            MaterialFile(ref, path, path.name, MIME_BY_SUFFIX[path.suffix.lower()], size, digest)
        )
    have = {f.applicant for f in files}
    broken = {p.applicant for p in problems if p.code is MaterialProblemCode.UNREADABLE}
    problems.extend(
        MaterialProblem(MaterialProblemCode.MISSING, ref)
        for ref in refs
        if ref not in have and ref not in broken
    )
    order = {r: i for i, r in enumerate(refs)}
    problems.sort(key=lambda p: (order.get(p.applicant, -1), p.code.value, str(p.path or "")))
    return MaterialsReport(folder, tuple(files), tuple(problems))


def _check_file(ref: str, path: Path) -> MaterialProblem | None:
    mime = MIME_BY_SUFFIX.get(path.suffix.lower())
    if mime is None:
        return MaterialProblem(MaterialProblemCode.EXTRA, ref, path, "type")
    if text_problem(path.name, TextKind.FILE_NAME) is not None:
        return MaterialProblem(MaterialProblemCode.UNREADABLE, ref, path, "bad-name")
    if mime == "application/pdf":
        problem = pdf_problem(path)
        if problem is not None:
            return MaterialProblem(MaterialProblemCode.UNREADABLE, ref, path, problem)
    elif not _readable(path):
        return MaterialProblem(MaterialProblemCode.UNREADABLE, ref, path, "unreadable")
    return None


def _files_under(folder: Path) -> Iterable[Path]:
    for entry in sorted(folder.rglob("*")):
        parts = entry.relative_to(folder).parts
        # Not only ordinary files: a named pipe or a link to a device among the materials
        # is checked (and refused by name), never silently left out of the package.
        if not entry.is_dir() and not any(p.startswith(".") or p.casefold() in LITTER
                                           for p in parts):  # fmt: skip
            yield entry


def _prefix_ref(name: str, longest_first: Sequence[str]) -> str | None:
    folded = name.casefold()
    for ref in longest_first:
        key = ref.casefold()
        if folded.startswith(key) and folded[len(key) : len(key) + 1] in SEPARATORS:
            return ref
    return None


def _litter(path: Path) -> bool:
    return path.name.startswith(".") or path.name.casefold() in LITTER


def _readable(path: Path) -> bool:
    try:
        with open_input(path) as handle:
            return bool(handle.read(16))
    except (OSError, InputError):
        return False


def _digest(path: Path, cancel: CancelToken) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with open_input(path) as handle:
        while chunk := handle.read(_CHUNK):
            cancel.raise_if_cancelled()
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()
