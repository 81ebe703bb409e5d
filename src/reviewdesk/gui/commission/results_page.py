"""Results: result bundles imported in the background (a verdict per bundle with every
reason and discrepancy), the round's results table (grades, recommendations, ranks with
their explanation, quota, vetoes, overrides with reasons), and the publications (XLSX,
公示 PDF, one-page summaries, archive) written with progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt

from reviewdesk.gui.commission.common import (
    Desk,
    EmptyHint,
    Page,
    ask_files,
    ask_folder,
    setup_table,
)
from reviewdesk.gui.commission.models import ResultsModel, VerdictsModel
from reviewdesk.gui.commission.texts import is_chinese, listed
from reviewdesk.gui.plain_text import keep_narrow, plain_tooltip, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.commission.publication import Publication
    from reviewdesk.core.commission.publication_data import RoundResults
    from reviewdesk.core.commission.result_import import BundleVerdict
    from reviewdesk.core.crypto.identity import Identity

IMPORT, PUBLISH = "import", "publish"


class ResultsPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        ui = self.ui
        self.results: RoundResults | None = None
        self.publication: Publication | None = None
        self.verdicts_model = VerdictsModel(self)
        setup_table(ui.verdictTable, self.verdicts_model, widths={0: 34, 1: 18, 2: 10, 3: 9})
        self.results_model = ResultsModel(self)
        setup_table(
            ui.resultsTable,
            self.results_model,
            stretch=1,
            widths={0: 11, 2: 10, 3: 9, 4: 14, 5: 16, 6: 7, 7: 17, 8: 16, 9: 22},
        )
        self.verdicts_hint = EmptyHint(ui.verdictTable)
        self.results_hint = EmptyHint(ui.resultsTable)
        self._hints()
        for bar in (ui.importProgress, ui.publishProgress):
            bar.hide()
        for label in (ui.resultsSummary, ui.publishSummary):
            label.setTextFormat(Qt.TextFormat.PlainText)
            keep_narrow(label)
        ui.resultsSplitter.setStretchFactor(0, 1)
        ui.resultsSplitter.setStretchFactor(1, 2)
        ui.importBundlesButton.clicked.connect(self._import_clicked)
        ui.cancelImportButton.clicked.connect(lambda: self.desk.cancel(IMPORT))
        ui.reloadResultsButton.clicked.connect(self.reload)
        ui.browsePublishButton.clicked.connect(self._browse)
        ui.publishButton.clicked.connect(self._publish_clicked)
        ui.cancelPublishButton.clicked.connect(lambda: self.desk.cancel(PUBLISH))

    def _hints(self) -> None:
        self.verdicts_hint.set_text(
            self.tr(
                "Import result bundles… checks the chairs' result bundles and lists each here "
                "with its verdict: accepted, or refused with its reasons."
            )
        )
        self.results_hint.set_text(
            self.tr("No panel result accepted yet: import the chairs' result bundles.")
        )

    def retranslate(self) -> None:
        self._hints()
        self.results_model.chinese = is_chinese()
        self.verdicts_model.retranslate()
        self.results_model.retranslate()
        if self.results is not None:
            self._summary(self.results)

    def update_enabled(self) -> None:
        ui = self.ui
        importing, publishing = self.running(IMPORT), self.running(PUBLISH)
        ui.importBundlesButton.setEnabled(not importing)
        ui.cancelImportButton.setEnabled(importing)
        ui.publishButton.setEnabled(not publishing)
        ui.cancelPublishButton.setEnabled(publishing)

    def reload(self) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission.publication_data import round_results

        if not self.ui.publishOutEdit.text().strip() and self.desk.workdir is not None:
            self.ui.publishOutEdit.setText(str(self.desk.workdir / "publication" / ref))
        results = round_results(db, ref)
        self.results = results
        self.results_model.kind = results.kind
        self.results_model.chinese = is_chinese()
        self.results_model.set_records(results.rows())
        self._summary(results)

    def _summary(self, results: RoundResults) -> None:
        if results.missing:
            text = self.tr("Panels without an accepted result: {panels}").format(
                panels=listed(results.missing)
            )
        elif results.panels:
            text = self.tr("Every panel's result is in.")
        else:
            text = self.tr("No result yet.")
        set_plain(self.ui.resultsSummary, text)

    # Import ------------------------------------------------------------------------------

    def _import_clicked(self) -> None:
        paths = ask_files(
            self.desk.window(),
            self.tr("Result bundles"),
            self.tr("Result bundles (*.rdx);;All files (*)"),
        )
        if paths:
            self.desk.with_operator(lambda identity: self.import_bundles(paths, identity))

    def import_bundles(self, paths: list[Path], identity: Identity) -> None:
        db = self.desk.db
        if db is None:
            return
        from reviewdesk.core.commission.result_import import import_result_bundles

        set_plain(self.ui.resultsSummary, self.tr("Checking %n bundle(s)…", "", len(paths)))
        self.desk.background(
            IMPORT,
            lambda p, c: import_result_bundles(db, paths, identity, progress=p, cancel=c),
            on_done=self._imported,
            bar=self.ui.importProgress,
            on_finally=self.update_enabled,
        )

    def _imported(self, verdicts: list[BundleVerdict]) -> None:
        self.verdicts_model.set_records(verdicts)
        self.reload()
        refused = sum(1 for v in verdicts if not v.accepted)
        self.desk.say(
            self.tr("{accepted} bundle(s) accepted or already there, {refused} refused.").format(
                accepted=len(verdicts) - refused, refused=refused
            )
        )

    # Publication -------------------------------------------------------------------------

    def _browse(self) -> None:
        folder = ask_folder(self.desk.window(), self.tr("Where the publications go"))
        if folder is not None:
            self.ui.publishOutEdit.setText(str(folder))

    def _publish_clicked(self) -> None:
        text = self.ui.publishOutEdit.text().strip()
        if not text:
            self.desk.say(self.tr("Choose the folder for the publications first."))
            self.ui.publishOutEdit.setFocus()
            return
        self.desk.with_operator(lambda identity: self.publish(Path(text), identity))

    def publish(self, out: Path, identity: Identity | None) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission.publication import publish_round

        commission = self.ui.commissionNameEdit.text().strip()
        language: Literal["zh", "en"] = "zh" if is_chinese() else "en"
        set_plain(self.ui.publishSummary, self.tr("Publishing…"))
        self.desk.background(
            PUBLISH,
            lambda p, c: publish_round(
                db,
                ref,
                out,
                commission=commission,
                identity=identity,
                language=language,
                progress=p,
                cancel=c,
            ),
            on_done=self._published,
            on_error=self._publish_failed,
            bar=self.ui.publishProgress,
            on_finally=self.update_enabled,
        )

    def _published(self, publication: Publication) -> None:
        self.publication = publication
        parts = [publication.workbook.name, publication.notice.name]
        parts.append(self.tr("%n summary page(s)", "", len(publication.summaries)))
        if publication.archive is not None:
            parts.append(self.tr("archive of %n file(s)", "", publication.archive.files))
        set_plain(
            self.ui.publishSummary,
            self.tr("Written to {folder}: {files}").format(
                folder=publication.workbook.parent, files=listed(parts)
            ),
            tooltip=False,
        )
        self.ui.publishSummary.setToolTip(plain_tooltip(str(publication.workbook.parent)))

    def _publish_failed(self, error: BaseException) -> None:
        self.ui.publishSummary.clear()
        self.desk.show_error(error)
