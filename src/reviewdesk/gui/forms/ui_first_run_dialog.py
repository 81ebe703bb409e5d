# Generated from ui/first_run_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QCommandLinkButton, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(640, 460)
        self.dialogLayout = QVBoxLayout(FirstRunDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(FirstRunDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(FirstRunDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.introLabel = QLabel(self.choosePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.chooseLayout.addWidget(self.introLabel)

        self.createButton = QCommandLinkButton(self.choosePage)
        self.createButton.setObjectName(u"createButton")

        self.chooseLayout.addWidget(self.createButton)

        self.importButton = QCommandLinkButton(self.choosePage)
        self.importButton.setObjectName(u"importButton")

        self.chooseLayout.addWidget(self.importButton)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.pages.addWidget(self.choosePage)
        self.createPage = QWidget()
        self.createPage.setObjectName(u"createPage")
        self.createLayout = QFormLayout(self.createPage)
        self.createLayout.setObjectName(u"createLayout")
        self.nameLabel = QLabel(self.createPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.createLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.createPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.createLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.createPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.createLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.createPage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.createLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passphraseLabel = QLabel(self.createPage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.createLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.createPage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(self.createPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(80)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumWidth(120)

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.createPage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.strengthLayout.addWidget(self.strengthLabel)

        self.strengthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.strengthLayout.addItem(self.strengthSpacer)


        self.createLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.strengthLayout)

        self.repeatLabel = QLabel(self.createPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.createLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.createPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.matchLabel = QLabel(self.createPage)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setText(u"")
        self.matchLabel.setWordWrap(True)

        self.createLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.matchLabel)

        self.passphraseAdvice = QLabel(self.createPage)
        self.passphraseAdvice.setObjectName(u"passphraseAdvice")
        self.passphraseAdvice.setWordWrap(True)

        self.createLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.passphraseAdvice)

        self.pages.addWidget(self.createPage)
        self.importPage = QWidget()
        self.importPage.setObjectName(u"importPage")
        self.importLayout = QFormLayout(self.importPage)
        self.importLayout.setObjectName(u"importLayout")
        self.fileLabel = QLabel(self.importPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.importLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(self.importPage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.importPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.importLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.importPassphraseLabel = QLabel(self.importPage)
        self.importPassphraseLabel.setObjectName(u"importPassphraseLabel")

        self.importLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.importPassphraseLabel)

        self.importPassphraseEdit = QLineEdit(self.importPage)
        self.importPassphraseEdit.setObjectName(u"importPassphraseEdit")
        self.importPassphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.importLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.importPassphraseEdit)

        self.importAdvice = QLabel(self.importPage)
        self.importAdvice.setObjectName(u"importAdvice")
        self.importAdvice.setWordWrap(True)

        self.importLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.importAdvice)

        self.pages.addWidget(self.importPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setText(u"")
        self.doneLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneLabel)

        self.fingerprintCaption = QLabel(self.donePage)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")
        self.fingerprintCaption.setWordWrap(True)

        self.doneLayout.addWidget(self.fingerprintCaption)

        self.fingerprintLabel = QLabel(self.donePage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprintLabel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.doneLayout.addWidget(self.fingerprintLabel)

        self.enrolmentHint = QLabel(self.donePage)
        self.enrolmentHint.setObjectName(u"enrolmentHint")
        self.enrolmentHint.setWordWrap(True)

        self.doneLayout.addWidget(self.enrolmentHint)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportButton = QPushButton(self.donePage)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.doneLayout.addLayout(self.exportLayout)

        self.exportedLabel = QLabel(self.donePage)
        self.exportedLabel.setObjectName(u"exportedLabel")
        self.exportedLabel.setText(u"")
        self.exportedLabel.setWordWrap(True)
        self.exportedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.exportedLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.busyLayout = QHBoxLayout()
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyBar = QProgressBar(FirstRunDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumWidth(160)

        self.busyLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(FirstRunDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setText(u"")
        self.busyLabel.setWordWrap(True)

        self.busyLayout.addWidget(self.busyLabel)

        self.busyLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.busyLayout)

        self.errorLayout = QHBoxLayout()
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLabel = QLabel(FirstRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.detailsButton = QPushButton(FirstRunDialog)
        self.detailsButton.setObjectName(u"detailsButton")

        self.errorLayout.addWidget(self.detailsButton)

        self.errorLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.errorLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(FirstRunDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonLayout.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.primaryButton = QPushButton(FirstRunDialog)
        self.primaryButton.setObjectName(u"primaryButton")
        self.primaryButton.setText(u"OK")

        self.buttonLayout.addWidget(self.primaryButton)

        self.cancelButton = QPushButton(FirstRunDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.fileLabel.setBuddy(self.fileEdit)
        self.importPassphraseLabel.setBuddy(self.importPassphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.importPassphraseEdit)
        QWidget.setTabOrder(self.importPassphraseEdit, self.fingerprintLabel)
        QWidget.setTabOrder(self.fingerprintLabel, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.primaryButton)
        QWidget.setTabOrder(self.primaryButton, self.cancelButton)

        self.retranslateUi(FirstRunDialog)

        self.primaryButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Your identity", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Set up reviewdesk on this computer", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your identity is a pair of keys kept in a file protected by your passphrase: the commission sends your review packages to it, and your score files are signed with it. Create one now, or import the identity file you already have.", None))
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"Create a new identity", None))
        self.createButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"New keys for you; then send the enrolment request to the commission.", None))
        self.importButton.setText(QCoreApplication.translate("FirstRunDialog", u"Import an identity file", None))
        self.importButton.setDescription(QCoreApplication.translate("FirstRunDialog", u"Use the identity file you made earlier or on another computer.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Role:", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Repe&at passphrase:", None))
        self.passphraseAdvice.setText(QCoreApplication.translate("FirstRunDialog", u"Choose a passphrase of several words that you will remember: it cannot be recovered. Nobody, not even the commission, can open your identity without it.", None))
        self.fileLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Identity &file:", None))
        self.browseButton.setText(QCoreApplication.translate("FirstRunDialog", u"Bro&wse\u2026", None))
        self.importPassphraseLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Passphrase:", None))
        self.importAdvice.setText(QCoreApplication.translate("FirstRunDialog", u"The file is copied unchanged into reviewdesk's folder and keeps its passphrase.", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Fingerprint of your keys (read it to the commission when they call to check it):", None))
        self.enrolmentHint.setText(QCoreApplication.translate("FirstRunDialog", u"Send the enrolment request to the commission (on a USB stick or by e-mail): it holds only your public keys. The commission adds you to its roster and then sends you your review packages.", None))
        self.exportButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Export enrolment request\u2026", None))
        self.detailsButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Details\u2026", None))
        self.backButton.setText(QCoreApplication.translate("FirstRunDialog", u"< &Back", None))
        self.cancelButton.setText(QCoreApplication.translate("FirstRunDialog", u"Cancel", None))
    # retranslateUi
