"""The commission's desk: one window of six tabs over the commission's database — home
(working folder, database, rounds, roster status), keys and roster, round set-up, panels and
assignment, building packages, results and publication.

The workspace holds the session (the database, the round chosen, the commission key once
unlocked) and the helpers every tab uses: ``act`` runs a short core call and shows its
refusal; a row someone else changed meanwhile (``changed-by-someone-else``) is said in the
banner and the tab is read again; ``background`` runs long work through ``run_in_background``
with a progress bar. File dialogs are module functions, so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressBar, QWidget

from reviewdesk.core.domain import RoundKind
from reviewdesk.core.errors import ReviewdeskError
from reviewdesk.gui.commission import queries, texts
from reviewdesk.gui.commission.common import (
    DB_FILE,
    SETTINGS,
    STALE,
    EmptyHint,
    ask_file,
    ask_folder,
    follow_current_text,
    from_utc,
    selected_record,
    setup_table,
    to_utc,
)
from reviewdesk.gui.commission.models import RoundsModel
from reviewdesk.gui.expert import common
from reviewdesk.gui.forms.ui_commission_workspace import Ui_CommissionWorkspace
from reviewdesk.gui.messages import error_message
from reviewdesk.gui.models.template_model import kind_label
from reviewdesk.gui.plain_text import keep_narrow, plain_item_text, plain_tooltip, set_plain
from reviewdesk.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from reviewdesk.core.commission.round_setup import RoundInfo
    from reviewdesk.core.crypto.identity import Identity
    from reviewdesk.core.storage import Database

T = TypeVar("T")


class CommissionWorkspace(QWidget):
    changeRoleRequested = Signal()
    roundChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, work_factor: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CommissionWorkspace()
        self.ui.setupUi(self)
        self.work_factor = work_factor
        self.db: Database | None = None
        self.workdir: Path | None = None
        self.operator: Identity | None = None
        self.round: RoundInfo | None = None
        self.tasks: dict[str, Task] = {}
        self.dialog: QWidget | None = None  # the dialog on screen (tests look at it)
        self._rounds: list[RoundInfo] = []
        ui = self.ui
        common.scale_font(ui.titleLabel, 1.4, bold=True)
        ui.bannerLabel.setTextFormat(Qt.TextFormat.PlainText)
        banner_font = ui.bannerLabel.font()
        banner_font.setBold(True)
        ui.bannerLabel.setFont(banner_font)
        keep_narrow(ui.bannerLabel)
        ui.bannerLabel.hide()
        for label in (ui.rosterStatusLabel, ui.databaseLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
            keep_narrow(label)
        char = self.fontMetrics().averageCharWidth()
        ui.roundCombo.setMinimumContentsLength(24)
        ui.roundCombo.setSizeAdjustPolicy(
            ui.roundCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.roundCombo.setMaximumWidth(char * 60)
        self._round_tooltip = follow_current_text(ui.roundCombo)  # a long name is elided
        self.rounds_model = RoundsModel(self)
        setup_table(
            ui.roundsTable, self.rounds_model, stretch=1, widths={0: 16, 2: 12, 3: 18, 4: 18}
        )
        self.rounds_hint = EmptyHint(ui.roundsTable)
        ui.homeSplitter.setStretchFactor(0, 3)
        ui.homeSplitter.setStretchFactor(1, 2)
        ui.deadlineEdit.setDateTime(from_utc(None))
        ui.dbUrlEdit.setPlaceholderText("postgresql+psycopg://user@host/db")
        for kind in RoundKind:
            ui.kindCombo.addItem(kind_label(kind), kind.value)

        # The tabs: each a small object over the same session.
        from reviewdesk.gui.commission.build_page import BuildPage
        from reviewdesk.gui.commission.keys_page import KeysPage
        from reviewdesk.gui.commission.panels_page import PanelsPage
        from reviewdesk.gui.commission.results_page import ResultsPage
        from reviewdesk.gui.commission.round_page import RoundPage

        self.keys = KeysPage(self)
        self.setup = RoundPage(self)
        self.panels = PanelsPage(self)
        self.build = BuildPage(self)
        self.results = ResultsPage(self)
        self._pages = {
            ui.keysTab: self.keys,
            ui.roundTab: self.setup,
            ui.panelsTab: self.panels,
            ui.buildTab: self.build,
            ui.resultsTab: self.results,
        }

        ui.browseWorkdirButton.clicked.connect(self._browse_workdir)
        ui.browseOperatorButton.clicked.connect(self._browse_operator)
        ui.openButton.clicked.connect(self._open_clicked)
        ui.createRoundButton.clicked.connect(self.create_round)
        ui.changeRoleButton.clicked.connect(self.changeRoleRequested)
        ui.roundCombo.currentIndexChanged.connect(self._round_chosen)
        ui.roundsTable.doubleClicked.connect(self._round_activated)
        ui.tabs.currentChanged.connect(lambda _i: self.reload_current())
        # F5: what colleagues changed meanwhile on the shared database, read again.
        self.reload_action = QAction(self)
        self.reload_action.setObjectName("reloadAction")
        self.reload_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.reload_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.reload_action.triggered.connect(self.read_again)
        self.addAction(self.reload_action)
        self._load_settings()
        self._update_enabled()
        self._empty_hints()
        self._name_actions()

    def _name_actions(self) -> None:
        self.reload_action.setText(self.tr("Read the screen again from the database"))

    def read_again(self) -> None:
        """The rounds, the roster's status and the tab on show, as the database holds them
        now (a colleague may have changed them on the shared database)."""
        if self.db is None:
            self.say(self.tr("Choose the working folder first."))
            return
        self.refresh_round()
        self.reload_current()
        self.say(self.tr("Read again from the database."))

    def _empty_hints(self) -> None:
        if self.db is None:
            text = self.tr(
                "No database is open. Choose the working folder (or a database address) and "
                "press Open or create; the commission's rounds are listed here."
            )
        else:
            text = self.tr("No round yet: create the first one with the form beside this list.")
        self.rounds_hint.set_text(text)
        if self.db is None and not self.ui.databaseLabel.text():
            set_plain(self.ui.databaseLabel, self.tr("No database open."))

    # Session ---------------------------------------------------------------------------------

    def _load_settings(self) -> None:
        settings = QSettings()
        self.ui.workdirEdit.setText(str(settings.value(SETTINGS + "workdir", "") or ""))
        self.ui.dbUrlEdit.setText(str(settings.value(SETTINGS + "dbUrl", "") or ""))
        self.ui.operatorEdit.setText(str(settings.value(SETTINGS + "operatorKey", "") or ""))

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS + "workdir", self.ui.workdirEdit.text().strip())
        settings.setValue(SETTINGS + "dbUrl", self.ui.dbUrlEdit.text().strip())
        settings.setValue(SETTINGS + "operatorKey", self.ui.operatorEdit.text().strip())

    def _browse_workdir(self) -> None:
        folder = ask_folder(self, self.tr("The commission's working folder"))
        if folder is not None:
            self.ui.workdirEdit.setText(str(folder))

    def _browse_operator(self) -> None:
        path = ask_file(self, self.tr("The commission's operational key file"), "*")
        if path is not None:
            self.ui.operatorEdit.setText(str(path))
            self.operator = None

    def _open_clicked(self) -> None:
        text = self.ui.workdirEdit.text().strip()
        self.open_database(Path(text) if text else None, self.ui.dbUrlEdit.text().strip())

    def open_database(self, workdir: Path | None, url: str = "") -> None:
        """Open (creating when new) the commission's database: ``url`` when given, else
        ``commission.sqlite3`` in ``workdir`` (made if missing). Runs in the background."""
        if workdir is None and not url:
            self.say(self.tr("Choose the working folder first."))
            return
        self._save_settings()
        self.clear_banner()

        def work(_p: Any, _c: Any) -> tuple[Database, Path | None]:
            from reviewdesk.core.storage import Database

            if workdir is not None:
                workdir.mkdir(parents=True, exist_ok=True)
            if url:
                return Database.open(url), workdir
            assert workdir is not None
            return Database.open(path=workdir / DB_FILE), workdir

        set_plain(self.ui.databaseLabel, self.tr("Opening the database…"))
        self.background("open", work, on_done=lambda r: self.set_database(*r))

    def set_database(self, db: Database, workdir: Path | None) -> None:
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db, self.workdir = db, workdir
        set_plain(self.ui.databaseLabel, self.tr("Database: {url}").format(url=db.url))
        self.ui.databaseLabel.setToolTip(plain_tooltip(str(db.url)))
        self._empty_hints()
        self.reload_rounds()
        self.reload_current()
        self._update_enabled()

    def close_database(self) -> None:
        for task in self.tasks.values():
            task.cancel()
        if self.db is not None:
            self.db.close()
            self.db = None

    @property
    def round_ref(self) -> str | None:
        return None if self.round is None else self.round.ref

    def reload_rounds(self, choose: str | None = None) -> None:
        if self.db is None:
            return
        choose = choose or self.round_ref
        self._rounds = queries.rounds(self.db)
        self.rounds_model.set_records(self._rounds)
        combo = self.ui.roundCombo
        combo.blockSignals(True)
        combo.clear()
        for info in self._rounds:  # the name as text, however it reads
            combo.addItem(plain_item_text(f"{info.ref} · {info.name}"), info.ref)
            combo.setItemData(
                combo.count() - 1,
                plain_tooltip(f"{info.ref} · {info.name}"),
                Qt.ItemDataRole.ToolTipRole,
            )
        refs = [r.ref for r in self._rounds]
        index = refs.index(choose) if choose in refs else (0 if refs else -1)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._round_tooltip()
        self.round = self._rounds[index] if index >= 0 else None
        self._roster_status()
        self._update_enabled()

    def _round_chosen(self, index: int) -> None:
        self.round = self._rounds[index] if 0 <= index < len(self._rounds) else None
        self.clear_banner()
        self.roundChanged.emit()
        self.reload_current()
        self._update_enabled()

    def choose_round(self, ref: str) -> None:
        refs = [r.ref for r in self._rounds]
        if ref in refs:
            self.ui.roundCombo.setCurrentIndex(refs.index(ref))

    def _round_activated(self) -> None:
        info = selected_record(self.ui.roundsTable)
        if info is not None:
            self.choose_round(info.ref)
            self.ui.tabs.setCurrentWidget(self.ui.roundTab)

    def refresh_round(self) -> None:
        """The chosen round (its version moves with every change) and the roster's status
        read again."""
        if self.db is not None:
            self.reload_rounds(self.round_ref)

    def create_round(self) -> None:
        if self.db is None:
            return
        from reviewdesk.core.commission import round_setup
        from reviewdesk.core.domain import Category

        db, ui = self.db, self.ui
        ref = ui.refEdit.text().strip()
        kind = RoundKind(ui.kindCombo.currentData())

        def work() -> RoundInfo:
            info = round_setup.create_round(
                db,
                ref,
                name=ui.nameEdit.text(),
                kind=kind,
                deadline=to_utc(ui.deadlineEdit.dateTime()),
            )
            for category in Category:  # as the CLI: the built-in form of each category
                round_setup.set_form(db, ref, category, builtin=f"{kind.value}-{category.value}")
            return info

        if self.act(work, reload=self.reload_rounds) is not None:
            self.reload_rounds(ref)
            ui.refEdit.clear()
            ui.nameEdit.clear()
            self.say(self.tr("Round {ref} created with the built-in forms.").format(ref=ref))

    def _roster_status(self) -> None:
        if self.db is None:
            return
        from reviewdesk.core.commission.keys import list_keys
        from reviewdesk.core.commission.roster_publish import current_draft, current_roster

        published = current_roster(self.db)
        draft = current_draft(self.db)
        keys = list_keys(self.db)
        unconfirmed = sum(1 for k in keys if not k.confirmed)
        lines = [
            self.tr("Roster: version {version}, valid until {until}.").format(
                version=published.roster.version,
                until=f"{published.roster.expires_at.astimezone():%Y-%m-%d}",
            )
            if published is not None
            else self.tr("Roster: none published yet.")
        ]
        if draft is not None:
            _, status = draft
            lines.append(self.signing_text(status))
        lines.append(
            self.tr("{count} keys known, {unconfirmed} not confirmed.").format(
                count=len(keys), unconfirmed=unconfirmed
            )
        )
        set_plain(self.ui.rosterStatusLabel, "\n".join(lines))  # signers' names from files

    def signing_text(self, status: Any) -> str:
        signed = len(status.signed)
        needed = signed + status.own_needed + status.previous_needed
        if status.complete:
            return self.tr(
                "Version {version} is published ({signed} of {needed} signatures)."
            ).format(version=status.roster.version, signed=signed, needed=needed)
        return self.tr(
            "Draft version {version}: {signed} of {needed} signatures ({names})."
        ).format(
            version=status.roster.version,
            signed=signed,
            needed=needed,
            names=texts.listed(status.signed) or "—",
        )

    # Helpers for every tab -------------------------------------------------------------------

    def say(self, text: str) -> None:
        """A sentence in the banner; it may quote a name from a file: shown as text."""
        set_plain(self.ui.bannerLabel, text, tooltip=False)
        self.ui.bannerLabel.setAccessibleName(self.ui.bannerLabel.text())
        self.ui.bannerLabel.setVisible(bool(text))

    def clear_banner(self) -> None:
        self.say("")

    @property
    def banner(self) -> str:
        return "" if self.ui.bannerLabel.isHidden() else self.ui.bannerLabel.text()

    def show_error(self, error: BaseException) -> None:
        summary, details = error_message(error)
        self.say(summary)
        self.ui.bannerLabel.setToolTip(plain_tooltip(details))

    def act(self, work: Callable[[], T], *, reload: Callable[[], None]) -> T | None:
        """Run a short core call; a refusal is said in the banner (None returned). A row that
        someone else changed meanwhile: the sentence, and ``reload`` shows it as it is now."""
        try:
            result = work()
        except ReviewdeskError as error:
            self.show_error(error)
            if error.code == STALE:
                self.say(self.banner + " " + self.tr("The screen now shows the current state."))
                reload()
            return None
        self.clear_banner()
        return result

    def background(
        self,
        key: str,
        work: Callable[[Any, Any], Any],
        *,
        on_done: Callable[[Any], None],
        bar: QProgressBar | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_finally: Callable[[], None] | None = None,
    ) -> Task:
        """Long work off the GUI thread (one task per ``key``), progress on ``bar``."""
        if bar is not None:
            bar.setRange(0, 0)
            bar.setVisible(True)

        def finish() -> None:
            self.tasks.pop(key, None)
            if bar is not None:
                bar.setVisible(False)
            if on_finally is not None:
                on_finally()
            self._update_enabled()

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            if getattr(error, "code", None) == "cancelled":
                self.say(self.tr("Stopped; nothing was changed."))
            elif on_error is not None:
                on_error(error)
            elif isinstance(error, ReviewdeskError):
                self.show_error(error)
            else:
                raise error

        def progress(done_: int, total: int, _stage: str) -> None:
            if bar is not None:
                bar.setRange(0, max(total, 1))
                bar.setValue(done_)

        task = run_in_background(
            work,
            on_done=common.if_alive(done, self),
            on_error=common.if_alive(failed, self),
            on_progress=common.if_alive(progress, self),
        )
        self.tasks[key] = task
        self._update_enabled()
        return task

    def cancel(self, key: str) -> None:
        task = self.tasks.get(key)
        if task is not None:
            task.cancel()

    def with_operator(self, then: Callable[[Identity], None]) -> None:
        """The commission's operational key, unlocked once per session."""
        if self.operator is not None:
            then(self.operator)
            return
        text = self.ui.operatorEdit.text().strip()
        if not text:
            self.say(self.tr("Choose the commission's key file on the Home tab first."))
            self.ui.tabs.setCurrentWidget(self.ui.homeTab)
            self.ui.operatorEdit.setFocus()
            return
        self._save_settings()

        def unlocked(identity: Identity) -> None:
            self.operator = identity
            then(identity)

        self.unlock(Path(text), self.tr("the commission's key"), unlocked)

    def unlock(self, path: Path, purpose: str, then: Callable[[Identity], None]) -> None:
        """Ask the passphrase of the identity file ``path`` (the expert desk's dialog)."""
        from reviewdesk.gui.expert.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(path, purpose=purpose, parent=self.window())
        dialog.unlocked.connect(then)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()

    def reload_current(self) -> None:
        page = self._pages.get(self.ui.tabs.currentWidget())
        if self.db is None:
            return
        if page is None:
            self.reload_rounds()
        else:
            page.reload()

    def _update_enabled(self) -> None:
        has_db, has_round = self.db is not None, self.round is not None
        ui = self.ui
        ui.createRoundButton.setEnabled(has_db)
        ui.roundCombo.setEnabled(has_db)
        for tab in (ui.keysTab,):
            ui.tabs.setTabEnabled(ui.tabs.indexOf(tab), has_db)
        for tab in (ui.roundTab, ui.panelsTab, ui.buildTab, ui.resultsTab):
            ui.tabs.setTabEnabled(ui.tabs.indexOf(tab), has_db and has_round)
        for page in self._pages.values() if hasattr(self, "_pages") else ():
            page.update_enabled()

    # Language ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            current = self.ui.kindCombo.currentIndex()
            for i, kind in enumerate(RoundKind):
                self.ui.kindCombo.setItemText(i, kind_label(kind))
            self.ui.kindCombo.setCurrentIndex(current)
            self.rounds_model.retranslate()
            for page in self._pages.values():
                page.retranslate()
            self._roster_status()
            if self.db is None:
                self.ui.databaseLabel.clear()
            self._empty_hints()
            self._name_actions()
        super().changeEvent(event)
