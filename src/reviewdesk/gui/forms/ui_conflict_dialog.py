# Generated from ui/conflict_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(600, 440)
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(ConflictDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.applicantLabel = QLabel(ConflictDialog)
        self.applicantLabel.setObjectName(u"applicantLabel")
        self.applicantLabel.setText(u"")
        self.applicantLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.applicantLabel)

        self.introLabel = QLabel(ConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.choiceBox = QGroupBox(ConflictDialog)
        self.choiceBox.setObjectName(u"choiceBox")
        self.choiceLayout = QVBoxLayout(self.choiceBox)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.noneRadio = QRadioButton(self.choiceBox)
        self.noneRadio.setObjectName(u"noneRadio")

        self.choiceLayout.addWidget(self.noneRadio)

        self.potentialRadio = QRadioButton(self.choiceBox)
        self.potentialRadio.setObjectName(u"potentialRadio")

        self.choiceLayout.addWidget(self.potentialRadio)

        self.disqualifyingRadio = QRadioButton(self.choiceBox)
        self.disqualifyingRadio.setObjectName(u"disqualifyingRadio")

        self.choiceLayout.addWidget(self.disqualifyingRadio)


        self.dialogLayout.addWidget(self.choiceBox)

        self.textLabel = QLabel(ConflictDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.dialogLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(ConflictDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.textEdit)

        self.errorLayout = QHBoxLayout()
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLabel = QLabel(ConflictDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.detailsButton = QPushButton(ConflictDialog)
        self.detailsButton.setObjectName(u"detailsButton")

        self.errorLayout.addWidget(self.detailsButton)

        self.errorLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.errorLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.declareButton = QPushButton(ConflictDialog)
        self.declareButton.setObjectName(u"declareButton")

        self.buttonLayout.addWidget(self.declareButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noneRadio, self.potentialRadio)
        QWidget.setTabOrder(self.potentialRadio, self.disqualifyingRadio)
        QWidget.setTabOrder(self.disqualifyingRadio, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.declareButton)
        QWidget.setTabOrder(self.declareButton, self.cancelButton)

        self.retranslateUi(ConflictDialog)

        self.declareButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Conflict-of-interest declaration", None))
        self.titleLabel.setText(QCoreApplication.translate("ConflictDialog", u"Conflict-of-interest declaration", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictDialog", u"Before this applicant's materials open, declare whether you have a conflict of interest with it: a current or recent job, a joint project, a family tie, a financial interest or anything else that could make you less than impartial.", None))
        self.choiceBox.setTitle(QCoreApplication.translate("ConflictDialog", u"My declaration", None))
        self.noneRadio.setText(QCoreApplication.translate("ConflictDialog", u"&No conflict of interest", None))
        self.potentialRadio.setText(QCoreApplication.translate("ConflictDialog", u"A &potential conflict, which I describe below (I still review)", None))
        self.disqualifyingRadio.setText(QCoreApplication.translate("ConflictDialog", u"&A disqualifying conflict: I withdraw and do not score this applicant", None))
        self.textLabel.setText(QCoreApplication.translate("ConflictDialog", u"&What is the relationship? (Required for a potential conflict.)", None))
        self.detailsButton.setText(QCoreApplication.translate("ConflictDialog", u"&Details\u2026", None))
        self.declareButton.setText(QCoreApplication.translate("ConflictDialog", u"D&eclare", None))
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"Cancel", None))
    # retranslateUi
