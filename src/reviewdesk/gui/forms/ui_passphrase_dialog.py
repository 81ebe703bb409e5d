# Generated from ui/passphrase_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(520, 180)
        self.dialogLayout = QVBoxLayout(PassphraseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.identityLabel = QLabel(PassphraseDialog)
        self.identityLabel.setObjectName(u"identityLabel")
        self.identityLabel.setText(u"")
        self.identityLabel.setWordWrap(True)
        self.identityLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.identityLabel)

        self.hintLabel = QLabel(PassphraseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.hintLabel)

        self.passphraseLayout = QHBoxLayout()
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.addWidget(self.passphraseEdit)


        self.dialogLayout.addLayout(self.passphraseLayout)

        self.busyLayout = QHBoxLayout()
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyBar = QProgressBar(PassphraseDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumWidth(160)

        self.busyLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(PassphraseDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setText(u"")

        self.busyLayout.addWidget(self.busyLabel)

        self.busyLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.busyLayout)

        self.errorLayout = QHBoxLayout()
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLabel = QLabel(PassphraseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.detailsButton = QPushButton(PassphraseDialog)
        self.detailsButton.setObjectName(u"detailsButton")

        self.errorLayout.addWidget(self.detailsButton)

        self.errorLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.errorLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(PassphraseDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.cancelButton = QPushButton(PassphraseDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.detailsButton)

        self.retranslateUi(PassphraseDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Unlock your identity", None))
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
        self.detailsButton.setText(QCoreApplication.translate("PassphraseDialog", u"&Details\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("PassphraseDialog", u"&Unlock", None))
        self.cancelButton.setText(QCoreApplication.translate("PassphraseDialog", u"Cancel", None))
    # retranslateUi
