"""The two declarations that open the materials: the confidentiality pledge (保密承诺), once
per package, and the conflict-of-interest declaration (回避声明), once per applicant.

The words of the pledge and every rule (a potential conflict must say what it is, …) are the
core's; these dialogs show them, record the answer through the desk and say what it refused.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from reviewdesk.gui.expert import common
from reviewdesk.gui.expert.common import ErrorLine
from reviewdesk.gui.expert.standing_view import roomy
from reviewdesk.gui.expert.texts import ui_language
from reviewdesk.gui.forms.ui_conflict_dialog import Ui_ConflictDialog
from reviewdesk.gui.forms.ui_pledge_dialog import Ui_PledgeDialog
from reviewdesk.gui.plain_text import plain_message_box, set_plain

if TYPE_CHECKING:
    from reviewdesk.core.expert.desk import DeskApplicant, ExpertDesk
    from reviewdesk.core.expert.standing import DeclarationChange


class PledgeDialog(QDialog):
    """Accepted once the pledge is signed; rejected means the package closes."""

    def __init__(self, desk: ExpertDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PledgeDialog()
        self.ui.setupUi(self)
        self.desk = desk
        common.scale_font(self.ui.titleLabel, 1.4, bold=True)
        common.scale_font(self.ui.pledgeText, 1.15)
        self.ui.agreeCheck.toggled.connect(self.ui.signButton.setEnabled)
        self.ui.signButton.clicked.connect(self._sign)
        self.ui.refuseButton.clicked.connect(self._refuse)
        self.ui.signButton.setEnabled(False)
        self.refuse_box: QMessageBox | None = None
        self._retranslate()
        self.ui.pledgeText.setFocus()

    @property
    def text(self) -> str:
        from reviewdesk.core.expert.declarations import pledge_text

        return pledge_text(ui_language())

    def _sign(self) -> None:
        if not self.ui.agreeCheck.isChecked():
            return
        try:
            self.desk.sign_pledge(datetime.now(UTC), language=ui_language())
        except Exception as error:  # shown as a sentence; the package stays closed
            common.show_error(self, self.windowTitle(), error)
            return
        self.accept()

    def _refuse(self) -> None:
        """Say what refusing means before the package closes."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Refuse the pledge?"))
        box.setText(self.tr("Without the pledge you cannot read or score this package."))
        box.setInformativeText(
            self.tr(
                "The package closes; its materials stay encrypted and unread, and nothing is "
                "sent to anyone. You can open it again from the start page and sign the pledge "
                "then. If you cannot take part in this review, tell the commission."
            )
        )
        refuse = box.addButton(self.tr("&Refuse and close"), QMessageBox.ButtonRole.RejectRole)
        back = box.addButton(self.tr("&Back to the pledge"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(back)
        roomy(plain_message_box(box))
        self.refuse_box = box
        box.exec()
        if box.clickedButton() is refuse:
            self.reject()

    def _retranslate(self) -> None:
        summary = self.desk.summary
        set_plain(
            self.ui.packageLabel,
            self.tr("{round} · {panel}; package from {sender}.").format(
                round=summary.round_title, panel=summary.panel_title, sender=summary.signer_name
            ),
        )
        self.ui.pledgeText.setHtml(f"<p style='line-height:150%'>{html.escape(self.text)}</p>")
        self.ui.pledgeText.setAccessibleName(self.ui.titleLabel.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


class ConflictDialog(QDialog):
    """Accepted once the core recorded the declaration; what it refused is said in place."""

    def __init__(
        self, desk: ExpertDesk, applicant: DeskApplicant, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.desk, self.applicant = desk, applicant
        self.error = ErrorLine(self.ui.errorLabel, self.ui.detailsButton)
        common.scale_font(self.ui.titleLabel, 1.4, bold=True)
        common.scale_font(self.ui.applicantLabel, 1.15, bold=True)
        self.confirm_box: QMessageBox | None = None  # the question on a signed declaration
        self._radios = {
            "none": self.ui.noneRadio,
            "potential": self.ui.potentialRadio,
            "disqualifying": self.ui.disqualifyingRadio,
        }
        for radio in self._radios.values():
            radio.toggled.connect(self._choice_changed)
        if applicant.conflict is not None:
            self._radios[applicant.conflict.value].setChecked(True)
            self.ui.textEdit.setPlainText(applicant.conflict_text)
        self.ui.declareButton.clicked.connect(self._declare)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._retranslate()
        checked = self.kind()
        (self._radios[checked] if checked else self.ui.noneRadio).setFocus()

    def kind(self) -> str | None:
        return next((key for key, radio in self._radios.items() if radio.isChecked()), None)

    def choose(self, kind: str, text: str = "") -> None:
        """Pick an answer as the keyboard or mouse would (for callers and tests)."""
        self._radios[kind].setChecked(True)
        self.ui.textEdit.setPlainText(text)

    def _choice_changed(self, _checked: bool) -> None:
        self.error.clear()
        self._update()

    def _update(self) -> None:
        self.ui.declareButton.setEnabled(self.kind() is not None)

    def _declare(self) -> None:
        from reviewdesk.core.domain import Conflict

        kind = self.kind()
        if kind is None:
            return
        change = self.desk.declaration_change(self.applicant.ref, Conflict(kind))
        if change is not None and not self._confirm_change(change):
            return
        try:
            self.desk.declare_conflict(
                self.applicant.ref,
                Conflict(kind),
                self.ui.textEdit.toPlainText(),
                datetime.now(UTC),
            )
        except Exception as error:
            self.error.show(error)
            self.ui.textEdit.setFocus()
            return
        self.accept()

    def _confirm_change(self, change: DeclarationChange) -> bool:
        """A declaration already signed into a score file: say what changing it costs."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Change a submitted declaration?"))
        box.setText(
            self.tr(
                "Your declaration for {applicant} is part of revision {revision} of your score "
                "file, which you have submitted."
            ).format(applicant=self.applicant.ref, revision=change.revision)
        )
        lines = []
        if change.drops_scores:
            lines.append(
                self.tr(
                    "You will no longer score this applicant: your scores, comments and veto "
                    "items for it leave your next revision and no longer count. They stay "
                    "only in revision {revision}, which the chair replaces with the next."
                ).format(revision=change.revision)
            )
        elif change.restores_scoring:
            lines.append(
                self.tr("You will have to score this applicant before you can submit again.")
            )
        lines.append(
            self.tr(
                "Your package then has changes not yet submitted: the chair keeps revision "
                "{revision} until you submit again."
            ).format(revision=change.revision)
        )
        box.setInformativeText("\n\n".join(lines))
        change_button = box.addButton(
            self.tr("&Change the declaration"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        roomy(plain_message_box(box))
        self.confirm_box = box
        box.exec()
        return box.clickedButton() is change_button

    def _retranslate(self) -> None:
        set_plain(self.ui.applicantLabel, f"{self.applicant.ref}  {self.applicant.name}")
        self.ui.textEdit.setAccessibleName(self.ui.textLabel.text().replace("&", ""))
        self.error.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
