"""Building the packages: what stops the build (the core's readiness check, every problem
named), the build itself in the background with progress and cancel, then the hand-over
list (who gets which file, its fingerprint) and its PDF opened or saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QListWidgetItem

from reviewdesk.gui.commission import queries, texts
from reviewdesk.gui.commission.common import (
    Desk,
    EmptyHint,
    Page,
    ask_folder,
    ask_save,
    setup_table,
)
from reviewdesk.gui.commission.models import HandoverModel
from reviewdesk.gui.plain_text import keep_narrow, plain_item_text, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.commission.building import BuildResult
    from reviewdesk.core.commission.readiness import BuildProblem
    from reviewdesk.core.crypto.identity import Identity

BUILD = "build"


class BuildPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        ui = self.ui
        self.result: BuildResult | None = None
        self.result_round: str | None = None  # the round ``result`` belongs to
        self.recorded_pdf: Path | None = None  # the newest build's list, found in its folder
        self.handover_model = HandoverModel(self)
        setup_table(
            ui.handoverTable,
            self.handover_model,
            stretch=4,
            widths={0: 10, 1: 16, 2: 20, 3: 42, 5: 25},
        )
        self.handover_hint = EmptyHint(ui.handoverTable)
        self._hints()
        ui.buildProgress.hide()
        ui.buildStageLabel.setTextFormat(Qt.TextFormat.PlainText)
        keep_narrow(ui.buildStageLabel)
        ui.buildSplitter.setStretchFactor(0, 1)
        ui.buildSplitter.setStretchFactor(1, 2)
        ui.browseOutButton.clicked.connect(self._browse)
        ui.checkButton.clicked.connect(self.check)
        ui.buildButton.clicked.connect(self._build_clicked)
        ui.cancelBuildButton.clicked.connect(lambda: self.desk.cancel(BUILD))
        ui.openPdfButton.clicked.connect(self.open_pdf)
        ui.savePdfButton.clicked.connect(self._save_pdf_clicked)

    def _hints(self) -> None:
        self.handover_hint.set_text(
            self.tr(
                "Build packages writes one package per expert and one per chair into a folder "
                "per panel; the hand-over list (who gets which file, its fingerprint) then "
                "appears here. An earlier build's list is in its output folder "
                "(handover-….pdf)."
            )
        )

    def retranslate(self) -> None:
        self._hints()
        self.handover_model.retranslate()

    def reload(self) -> None:
        if not self.ui.outEdit.text().strip() and self.desk.workdir is not None:
            ref = self.desk.round_ref or "round"
            self.ui.outEdit.setText(str(self.desk.workdir / "packages" / ref))
        if not self.running(BUILD):
            self.check()
            self._show_last_build()

    def _show_last_build(self) -> None:
        """After the desk was opened again (or another round chosen), the newest build's
        hand-over list as the database recorded it; this session's build stays shown."""
        db, ref = self.desk.db, self.desk.round_ref
        if self.result is not None and self.result_round == ref:
            return
        self.result = None
        last = None if db is None or ref is None else queries.last_build(db, ref)
        self.recorded_pdf = None
        folder = self.ui.outEdit.text().strip()
        if last is not None and folder:  # as building.write_handover names it
            pdf = Path(folder) / f"handover-{ref}-build{last.build}.pdf"
            self.recorded_pdf = pdf if pdf.is_file() else None
        self.handover_model.set_records([] if last is None else last.packages)
        if last is None:
            self.ui.buildStageLabel.clear()
        else:
            set_plain(
                self.ui.buildStageLabel,
                self.tr(
                    "Build {build} of {when}: %n package(s); its hand-over list (PDF) is in "
                    "that build's output folder.",
                    "",
                    len(last.packages),
                ).format(build=last.build, when=f"{last.built_at.astimezone():%Y-%m-%d %H:%M}"),
            )
        self.update_enabled()

    def update_enabled(self) -> None:
        busy = self.running(BUILD)
        ui = self.ui
        ui.buildButton.setEnabled(not busy)
        ui.checkButton.setEnabled(not busy)
        ui.cancelBuildButton.setEnabled(busy)
        has_pdf = self.pdf() is not None
        ui.openPdfButton.setEnabled(has_pdf)
        ui.savePdfButton.setEnabled(has_pdf)

    def _browse(self) -> None:
        folder = ask_folder(self.desk.window(), self.tr("Where the packages go"))
        if folder is not None:
            self.ui.outEdit.setText(str(folder))

    def check(self) -> list[BuildProblem]:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return []
        operator = None if self.desk.operator is None else self.desk.operator.keyid
        problems = queries.build_problems(db, ref, operator)
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[BuildProblem]) -> None:
        ui = self.ui
        ui.readinessList.clear()
        names = {}
        if self.desk.db is not None:
            from reviewdesk.core.commission.keys import list_keys

            names = {k.keyid: k.name for k in list_keys(self.desk.db)}
        for p in problems:
            text = texts.problem_text(
                p.code,
                panel=p.panel,
                applicant=p.applicant,
                expert=names.get(p.expert, p.expert),
                detail=p.detail,
            )
            item = QListWidgetItem(plain_item_text(text))
            item.setToolTip(plain_tooltip(text))
            ui.readinessList.addItem(item)
        if not problems:
            ui.readinessList.addItem(self.tr("Nothing stops the build."))

    @property
    def problems(self) -> list[str]:
        return [self.ui.readinessList.item(i).text() for i in range(self.ui.readinessList.count())]

    def _build_clicked(self) -> None:
        text = self.ui.outEdit.text().strip()
        if not text:
            self.desk.say(self.tr("Choose the folder for the packages first."))
            self.ui.outEdit.setFocus()
            return
        self.desk.with_operator(lambda identity: self.build(Path(text), identity))

    def build(self, out: Path, operator: Identity) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission.building import build_round

        self.result_round = ref
        self.ui.buildStageLabel.setText(self.tr("Building the packages…"))
        self.desk.background(
            BUILD,
            lambda p, c: build_round(db, ref, out, operator, progress=p, cancel=c),
            on_done=self._built,
            on_error=self._failed,
            bar=self.ui.buildProgress,
            on_finally=self.update_enabled,
        )

    def _built(self, result: BuildResult) -> None:
        self.result = result
        self.handover_model.set_records(result.packages)
        set_plain(
            self.ui.buildStageLabel,
            self.tr("Build {build}: %n package(s) in {out}", "", len(result.packages)).format(
                build=result.build, out=result.out
            ),
        )
        self.desk.say(self.tr("The packages are built; hand them over with the list below."))
        self.desk.refresh_round()
        self.check()
        self.update_enabled()

    def _failed(self, error: BaseException) -> None:
        from reviewdesk.core.commission.building import BuildRefused
        from reviewdesk.core.errors import ReviewdeskError

        self.ui.buildStageLabel.clear()
        if isinstance(error, BuildRefused):
            self.show_problems(list(error.problems))
        if not isinstance(error, ReviewdeskError):
            raise error
        self.desk.show_error(error)

    # The hand-over list ----------------------------------------------------------------------

    def pdf(self) -> Path | None:
        if self.result is None:
            return self.recorded_pdf
        return next((p for p in self.result.handover if p.suffix == ".pdf"), None)

    def open_pdf(self) -> None:
        pdf = self.pdf()
        if pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

    def _save_pdf_clicked(self) -> None:
        pdf = self.pdf()
        if pdf is None:
            return
        dest = ask_save(
            self.desk.window(),
            self.tr("Save the hand-over list"),
            Path.home() / pdf.name,
            "PDF (*.pdf)",
        )
        if dest is not None:
            self.save_pdf(dest)

    def save_pdf(self, dest: Path) -> None:
        pdf = self.pdf()
        if pdf is None:
            return
        from reviewdesk.core.fsutil import atomic_write, os_error

        def work() -> Path:
            try:
                atomic_write(dest, pdf.read_bytes())
            except OSError as error:
                raise os_error(error, dest, writing=True) from None
            return dest

        if self.desk.act(work, reload=self.reload) is not None:
            self.desk.say(self.tr("Saved: {path}").format(path=dest))
