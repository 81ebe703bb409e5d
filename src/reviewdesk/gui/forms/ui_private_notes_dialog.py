# Generated from ui/private_notes_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'private_notes_dialog.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PrivateNotesDialog(object):
    def setupUi(self, PrivateNotesDialog):
        if not PrivateNotesDialog.objectName():
            PrivateNotesDialog.setObjectName(u"PrivateNotesDialog")
        PrivateNotesDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(PrivateNotesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(PrivateNotesDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.privateLabel = QLabel(PrivateNotesDialog)
        self.privateLabel.setObjectName(u"privateLabel")
        self.privateLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.privateLabel)

        self.noteEdit = QPlainTextEdit(PrivateNotesDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.dialogLayout.addWidget(self.noteEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.savedLabel = QLabel(PrivateNotesDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")

        self.buttonLayout.addWidget(self.savedLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PrivateNotesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.noteEdit, self.closeButton)

        self.retranslateUi(PrivateNotesDialog)

        QMetaObject.connectSlotsByName(PrivateNotesDialog)
    # setupUi

    def retranslateUi(self, PrivateNotesDialog):
        PrivateNotesDialog.setWindowTitle(QCoreApplication.translate("PrivateNotesDialog", u"Private notes", None))
        self.privateLabel.setText(QCoreApplication.translate("PrivateNotesDialog", u"Only you can read these notes. They are kept encrypted with your key on this computer and are never put into your score file, your PDF or anything the chair receives.", None))
        self.closeButton.setText(QCoreApplication.translate("PrivateNotesDialog", u"Close", None))
    # retranslateUi
