# Generated from ui/pledge_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pledge_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_PledgeDialog(object):
    def setupUi(self, PledgeDialog):
        if not PledgeDialog.objectName():
            PledgeDialog.setObjectName(u"PledgeDialog")
        PledgeDialog.resize(620, 460)
        self.dialogLayout = QVBoxLayout(PledgeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(PledgeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.packageLabel = QLabel(PledgeDialog)
        self.packageLabel.setObjectName(u"packageLabel")
        self.packageLabel.setText(u"")
        self.packageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.packageLabel)

        self.pledgeText = QTextBrowser(PledgeDialog)
        self.pledgeText.setObjectName(u"pledgeText")
        self.pledgeText.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.pledgeText)

        self.signedNote = QLabel(PledgeDialog)
        self.signedNote.setObjectName(u"signedNote")
        self.signedNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.signedNote)

        self.agreeCheck = QCheckBox(PledgeDialog)
        self.agreeCheck.setObjectName(u"agreeCheck")

        self.dialogLayout.addWidget(self.agreeCheck)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.refuseButton = QPushButton(PledgeDialog)
        self.refuseButton.setObjectName(u"refuseButton")

        self.buttonLayout.addWidget(self.refuseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.signButton = QPushButton(PledgeDialog)
        self.signButton.setObjectName(u"signButton")

        self.buttonLayout.addWidget(self.signButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.pledgeText, self.agreeCheck)
        QWidget.setTabOrder(self.agreeCheck, self.signButton)
        QWidget.setTabOrder(self.signButton, self.refuseButton)

        self.retranslateUi(PledgeDialog)

        self.signButton.setDefault(True)


        QMetaObject.connectSlotsByName(PledgeDialog)
    # setupUi

    def retranslateUi(self, PledgeDialog):
        PledgeDialog.setWindowTitle(QCoreApplication.translate("PledgeDialog", u"Confidentiality pledge", None))
        self.titleLabel.setText(QCoreApplication.translate("PledgeDialog", u"Confidentiality pledge", None))
        self.signedNote.setText(QCoreApplication.translate("PledgeDialog", u"Your agreement is recorded with the date and signed into every score file you submit for this package.", None))
        self.agreeCheck.setText(QCoreApplication.translate("PledgeDialog", u"I have &read this pledge and I agree to it.", None))
        self.refuseButton.setText(QCoreApplication.translate("PledgeDialog", u"Refuse and &close the package", None))
        self.signButton.setText(QCoreApplication.translate("PledgeDialog", u"&Sign the pledge", None))
    # retranslateUi
