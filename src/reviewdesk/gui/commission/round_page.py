"""Round set-up: the scoring form of each category (built-in or imported, with its
fingerprint), the deadline, the applicants from XLSX/CSV with the report of every bad cell
(row, column, problem), and the materials folder with what is missing, extra or unreadable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from reviewdesk.core.domain import Category
from reviewdesk.gui.commission.common import (
    Desk,
    EmptyHint,
    Page,
    ask_file,
    ask_folder,
    follow_current_text,
    from_utc,
    setup_table,
    to_utc,
)
from reviewdesk.gui.commission.models import (
    ApplicantProblemsModel,
    ApplicantsModel,
    FormsModel,
    MaterialsModel,
)
from reviewdesk.gui.commission.texts import is_chinese
from reviewdesk.gui.models.template_model import category_label, pick
from reviewdesk.gui.plain_text import keep_narrow, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.commission.applicant_list import ApplicantList
    from reviewdesk.core.commission.materials import MaterialsReport
    from reviewdesk.core.templates.model import Template

_builtin: list[Template] = []


def builtin_forms() -> list[Template]:
    if not _builtin:
        from reviewdesk.core.templates.loader import builtin_templates

        _builtin.extend(builtin_templates())
    return _builtin


class RoundPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        ui = self.ui
        self.forms_model = FormsModel(self)
        setup_table(ui.formsTable, self.forms_model, stretch=1, widths={0: 12, 2: 18})
        self.problems_model = ApplicantProblemsModel(self)
        setup_table(ui.applicantProblemsTable, self.problems_model, widths={0: 8, 1: 17})
        self.applicants_model = ApplicantsModel(self)
        setup_table(
            ui.applicantsTable, self.applicants_model, stretch=1, widths={0: 14, 2: 14, 3: 22}
        )
        self.materials_model = MaterialsModel(self)
        setup_table(ui.materialsTable, self.materials_model, widths={0: 14, 1: 42})
        for label in (ui.applicantsSummary, ui.materialsSummary):
            label.setTextFormat(Qt.TextFormat.PlainText)
            keep_narrow(label)
        ui.materialsProgress.hide()
        # Opening every PDF of a large folder takes a while: it can be stopped.
        self.stop_materials_button = QPushButton(ui.roundTab)
        self.stop_materials_button.setObjectName("stopMaterialsButton")
        ui.materialsHeader.insertWidget(2, self.stop_materials_button)
        self.stop_materials_button.hide()
        self.stop_materials_button.clicked.connect(lambda: self.desk.cancel("materials"))
        ui.roundSplitter.setStretchFactor(0, 2)
        ui.roundSplitter.setStretchFactor(1, 3)
        ui.applicantProblemsTable.hide()
        ui.applicantsSplitter.setStretchFactor(0, 2)
        ui.applicantsSplitter.setStretchFactor(1, 3)
        ui.roundRightSplitter.setStretchFactor(0, 3)
        ui.roundRightSplitter.setStretchFactor(1, 2)
        follow_current_text(ui.builtinCombo)  # a form's long name is elided in the box
        self.materials_checked = False
        self.applicants_hint = EmptyHint(ui.applicantsTable)
        self.materials_hint = EmptyHint(ui.materialsTable)
        self._hints()
        self.stop_materials_button.setText(self.tr("Sto&p checking"))
        self._fill_categories()
        ui.formCategoryCombo.currentIndexChanged.connect(lambda _i: self._fill_builtin())
        ui.setFormButton.clicked.connect(self.use_builtin)
        ui.importFormButton.clicked.connect(self._import_form_clicked)
        ui.saveRoundButton.clicked.connect(self.save_deadline)
        ui.importApplicantsButton.clicked.connect(self._import_applicants_clicked)
        ui.materialsButton.clicked.connect(self._materials_clicked)

    def _fill_categories(self) -> None:
        combo = self.ui.formCategoryCombo
        current = combo.currentIndex()
        combo.clear()
        for category in Category:
            combo.addItem(category_label(category), category.value)
        combo.setCurrentIndex(max(current, 0))

    def _fill_builtin(self) -> None:
        combo = self.ui.builtinCombo
        combo.clear()
        info = self.desk.round
        category = self.ui.formCategoryCombo.currentData()
        if info is None or category is None:
            return
        chinese = is_chinese()
        for template in builtin_forms():
            if template.kind is info.kind and template.category.value == category:
                combo.addItem(
                    f"{pick(template.name, chinese)} · {template.sha256[:16]}", template.template_id
                )

    def _hints(self) -> None:
        self.applicants_hint.set_text(
            self.tr(
                "No applicant yet. Import applicants… reads the list (XLSX or CSV: name, "
                "category, host institution, field, partner countries, contact)."
            )
        )
        self.materials_hint.set_text(
            self.tr("Every applicant's materials are there and open.")
            if self.materials_checked
            else self.tr(
                "Check materials folder… lists here every file that is missing, extra or "
                "cannot be opened, before any package is built."
            )
        )

    def retranslate(self) -> None:
        self.stop_materials_button.setText(self.tr("Sto&p checking"))
        self._hints()
        self._fill_categories()
        models = (
            self.forms_model,
            self.problems_model,
            self.applicants_model,
            self.materials_model,
        )
        for model in models:
            model.retranslate()

    def reload(self) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None or self.desk.round is None:
            return
        from reviewdesk.core.commission import round_setup

        order = list(Category)
        forms = sorted(round_setup.forms(db, ref).values(), key=lambda f: order.index(f.category))
        self.forms_model.set_records(forms)
        self.applicants_model.set_records(round_setup.applicants(db, ref))
        self.ui.roundDeadlineEdit.setDateTime(from_utc(self.desk.round.deadline))
        self._fill_builtin()

    def update_enabled(self) -> None:
        busy = self.running("applicants") or self.running("materials")
        self.ui.importApplicantsButton.setEnabled(not busy)
        self.ui.materialsButton.setEnabled(not busy)
        self.stop_materials_button.setVisible(self.running("materials"))

    # Forms and deadline ------------------------------------------------------------------

    def _category(self) -> Category:
        return Category(str(self.ui.formCategoryCombo.currentData()))

    def use_builtin(self) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        template_id = self.ui.builtinCombo.currentData()
        if db is None or ref is None or template_id is None:
            return
        from reviewdesk.core.commission import round_setup

        category = self._category()
        if self.desk.act(
            lambda: round_setup.set_form(db, ref, category, builtin=str(template_id)),
            reload=self.reload,
        ):
            self.reload()

    def _import_form_clicked(self) -> None:
        path = ask_file(
            self.desk.window(),
            self.tr("A scoring form file"),
            self.tr("Scoring forms (*.json);;All files (*)"),
        )
        if path is not None:
            self.import_form(path)

    def import_form(self, path: Path) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission import round_setup

        category = self._category()
        if self.desk.act(
            lambda: round_setup.set_form(db, ref, category, file=path), reload=self.reload
        ):
            self.reload()

    def save_deadline(self) -> None:
        db, info = self.desk.db, self.desk.round
        if db is None or info is None:
            return
        from reviewdesk.core.commission import round_setup

        deadline = to_utc(self.ui.roundDeadlineEdit.dateTime())

        def reload() -> None:
            self.desk.refresh_round()
            self.reload()

        if self.desk.act(
            lambda: round_setup.update_round(
                db, info.ref, expected_version=info.version, deadline=deadline
            ),
            reload=reload,
        ):
            self.desk.refresh_round()
            self.desk.say(self.tr("Deadline saved."))

    # Applicants --------------------------------------------------------------------------

    def _import_applicants_clicked(self) -> None:
        path = ask_file(
            self.desk.window(),
            self.tr("The applicant list"),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path is not None:
            self.import_applicants(path)

    def import_applicants(self, path: Path) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission import round_setup

        self.ui.applicantsSummary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.desk.background(
            "applicants",
            lambda _p, _c: round_setup.import_applicants(db, ref, path),
            on_done=self._applicants_read,
        )

    def _applicants_read(self, listing: ApplicantList) -> None:
        ui = self.ui
        self.problems_model.set_records(listing.problems)
        ui.applicantProblemsTable.setVisible(not listing.ok)
        if listing.ok:
            ui.applicantsSummary.setText(
                self.tr("%n applicant(s) imported.", "", len(listing.records))
            )
        else:
            ui.applicantsSummary.setText(
                self.tr(
                    "%n problem(s) in the list; nothing was imported. Fix the sheet and "
                    "import it again.",
                    "",
                    len(listing.problems),
                )
            )
            ui.applicantProblemsTable.setFocus()
        self.reload()

    # Materials ---------------------------------------------------------------------------

    def _materials_clicked(self) -> None:
        folder = ask_folder(self.desk.window(), self.tr("The materials folder"))
        if folder is not None:
            self.check_materials(folder)

    def check_materials(self, folder: Path) -> None:
        db, ref = self.desk.db, self.desk.round_ref
        if db is None or ref is None:
            return
        from reviewdesk.core.commission import round_setup

        set_plain(self.ui.materialsSummary, self.tr("Checking {folder}…").format(folder=folder))
        self.desk.background(
            "materials",
            lambda p, c: round_setup.check_materials(db, ref, folder, progress=p, cancel=c),
            on_done=self._materials_checked,
            bar=self.ui.materialsProgress,
        )

    def _materials_checked(self, report: MaterialsReport) -> None:
        self.materials_model.folder = str(report.folder)
        self.materials_model.set_records(report.problems)
        self.materials_checked = True
        self._hints()
        self.ui.materialsSummary.setText(
            self.tr("{files} file(s) recorded; {problems} problem(s).").format(
                files=len(report.files), problems=len(report.problems)
            )
        )
