# Generated from ui/submit_done_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submit_done_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SubmitDoneDialog(object):
    def setupUi(self, SubmitDoneDialog):
        if not SubmitDoneDialog.objectName():
            SubmitDoneDialog.setObjectName(u"SubmitDoneDialog")
        SubmitDoneDialog.resize(600, 380)
        self.dialogLayout = QVBoxLayout(SubmitDoneDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(SubmitDoneDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.pathCaption = QLabel(SubmitDoneDialog)
        self.pathCaption.setObjectName(u"pathCaption")

        self.dialogLayout.addWidget(self.pathCaption)

        self.pathLabel = QLabel(SubmitDoneDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setText(u"")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pathLabel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.dialogLayout.addWidget(self.pathLabel)

        self.fingerprintCaption = QLabel(SubmitDoneDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")
        self.fingerprintCaption.setWordWrap(True)

        self.dialogLayout.addWidget(self.fingerprintCaption)

        self.fingerprintLabel = QLabel(SubmitDoneDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprintLabel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.dialogLayout.addWidget(self.fingerprintLabel)

        self.noteLabel = QLabel(SubmitDoneDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SubmitDoneDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.closeButton, self.pathLabel)
        QWidget.setTabOrder(self.pathLabel, self.fingerprintLabel)

        self.retranslateUi(SubmitDoneDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(SubmitDoneDialog)
    # setupUi

    def retranslateUi(self, SubmitDoneDialog):
        SubmitDoneDialog.setWindowTitle(QCoreApplication.translate("SubmitDoneDialog", u"Score file written", None))
        self.pathCaption.setText(QCoreApplication.translate("SubmitDoneDialog", u"Written to:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("SubmitDoneDialog", u"Fingerprint of the signed file (the chair can read it back to you):", None))
        self.closeButton.setText(QCoreApplication.translate("SubmitDoneDialog", u"Close", None))
    # retranslateUi
