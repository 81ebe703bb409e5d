"""Child process for the kill tests: edits a sheet and acknowledges each edit once saved.

    python autosave_child.py core   DB SEED COUNT   saves through the core service
    python autosave_child.py widget DB SEED COUNT   types into the scoring form (offscreen)

Prints ``ready SHEET_ID`` once the database is set up, then ``ack N`` after edit N was
reported saved: in core mode when the save call returned, in widget mode when the form
said "saved". The parent kills the process at some point and checks that every
acknowledged edit is in the database. ``edits(seed, count)`` is the shared script.
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from expert_setup import seed_round

from reviewdesk.core.expert import sheets as sheets
from reviewdesk.core.storage import Database
from reviewdesk.core.templates.loader import find_template

TEMPLATE = find_template("evaluation-enterprise")
VETOES = ("V1", "V5", "V6")
WORDS = ("国际合作", "研发中心", "专利", "标准", "人才", "市场", "good", "weak", "。")


@dataclass(frozen=True)
class Edit:
    field: str  # "score:E1", "comment:E1", "opinion", "veto:V5"
    value: str | None  # score text / comment text / opinion / evidence; None clears or unticks


def edits(seed: int, count: int) -> list[Edit]:
    rng = random.Random(seed)
    script: list[Edit] = []
    for _ in range(count):
        kind = rng.choice(("score", "score", "comment", "opinion", "veto"))
        if kind == "score":
            criterion = rng.choice(TEMPLATE.criteria)
            steps = int(criterion.max_points / criterion.step)
            value = format(criterion.step * rng.randint(0, steps), "f")
            script.append(Edit(f"score:{criterion.key}", None if rng.random() < 0.1 else value))
        elif kind == "comment":
            criterion = rng.choice(TEMPLATE.criteria)
            script.append(Edit(f"comment:{criterion.key}", _text(rng)))
        elif kind == "opinion":
            script.append(Edit("opinion", _text(rng)))
        else:
            item = rng.choice(VETOES)
            script.append(Edit(f"veto:{item}", None if rng.random() < 0.3 else _text(rng)))
    return script


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))


def expected_state(script: list[Edit]) -> dict[str, str | None]:
    """Every field's value after the edits, as ``state_of`` reads it back."""
    state: dict[str, str | None] = {}
    for edit in script:
        if edit.field.startswith("score:") and edit.value is not None:
            state[edit.field] = format(Decimal(edit.value), "f")
        else:
            state[edit.field] = edit.value
    return {key: value for key, value in state.items() if value not in (None, "")}


def state_of(sheet: sheets.ScoreSheet) -> dict[str, str | None]:  # type: ignore[name-defined]
    state: dict[str, str | None] = {}
    for key, score in sheet.scores.items():
        if score is not None:
            state[f"score:{key}"] = format(score, "f")
    for key, comment in sheet.comments.items():
        state[f"comment:{key}"] = comment
    if sheet.overall_opinion:
        state["opinion"] = sheet.overall_opinion
    for claim in sheet.vetoes:
        state[f"veto:{claim.item}"] = claim.evidence
    return {key: value for key, value in state.items() if value not in (None, "")}


def _setup(db_path: Path) -> tuple[Database, sheets.SheetId]:
    db = Database.open(path=db_path)
    seeded = seed_round(db, TEMPLATE)
    return db, sheets.ensure_sheet(db, seeded.round, seeded.expert, seeded.applicants[0])


def run_core(db_path: Path, script: list[Edit]) -> None:
    db, sheet_id = _setup(db_path)
    print(f"ready {sheet_id}", flush=True)
    for number, edit in enumerate(script):
        kind, _, key = edit.field.partition(":")
        if kind == "score":
            value = None if edit.value is None else Decimal(edit.value)
            sheets.save_criterion_score(db, sheet_id, key, value)
        elif kind == "comment":
            sheets.save_criterion_comment(db, sheet_id, key, edit.value or "")
        elif kind == "opinion":
            sheets.save_overall_opinion(db, sheet_id, edit.value or "")
        else:
            sheets.save_veto(db, sheet_id, key, edit.value is not None, edit.value or "")
        print(f"ack {number}", flush=True)  # only after the save returned (committed)
    print("done", flush=True)


def run_widget(db_path: Path, script: list[Edit]) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from reviewdesk.gui.scoring import ScoringForm

    app = QApplication([])
    QLocale.setDefault(QLocale("en"))
    db, sheet_id = _setup(db_path)
    form = ScoringForm(db)
    form.open_sheet(sheet_id)
    form.show()
    print(f"ready {sheet_id}", flush=True)

    def replace_text(edit: QPlainTextEdit, text: str) -> None:
        edit.setFocus()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        event = QInputMethodEvent()
        event.setCommitString(text)  # how a Chinese input method types
        app.sendEvent(edit, event)

    for number, edit in enumerate(script):
        kind, _, key = edit.field.partition(":")
        if kind == "score":
            score = form.criteria[key].score
            score.setFocus()
            score.selectAll()
            if edit.value is None:
                QTest.keyClick(score, Qt.Key.Key_Delete)
            else:
                QTest.keyClicks(score, edit.value)
        elif kind == "comment":
            replace_text(form.criteria[key].comment, edit.value or "")
        elif kind == "opinion":
            replace_text(form.opinion, edit.value or "")
        else:
            veto = form.vetoes[key]
            if veto.check.isChecked() != (edit.value is not None):
                veto.check.click()
            if edit.value is not None:
                replace_text(veto.evidence, edit.value)
        form.autosaver.flush()  # as leaving the field does
        while form.autosaver.busy:
            QTest.qWait(2)
        if form.autosaver.error is not None or form.summary.saving.text() == "Saving…":
            raise SystemExit(f"edit {number}: the form says {form.summary.saving.text()!r}")
        print(f"ack {number}", flush=True)  # the form said "saved"
    print("done", flush=True)


def main() -> None:
    mode, db_path, seed, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    script = edits(seed, count)
    (run_core if mode == "core" else run_widget)(db_path, script)


if __name__ == "__main__":
    main()
