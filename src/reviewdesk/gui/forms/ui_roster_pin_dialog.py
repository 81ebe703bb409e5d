# Generated from ui/roster_pin_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_pin_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RosterPinDialog(object):
    def setupUi(self, RosterPinDialog):
        if not RosterPinDialog.objectName():
            RosterPinDialog.setObjectName(u"RosterPinDialog")
        RosterPinDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(RosterPinDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(RosterPinDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(RosterPinDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(RosterPinDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(RosterPinDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RosterPinDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.fileLayout)

        self.previewBox = QGroupBox(RosterPinDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QFormLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.rosterCaption = QLabel(self.previewBox)
        self.rosterCaption.setObjectName(u"rosterCaption")

        self.previewLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rosterCaption)

        self.rosterValue = QLabel(self.previewBox)
        self.rosterValue.setObjectName(u"rosterValue")
        self.rosterValue.setText(u"")
        self.rosterValue.setWordWrap(True)

        self.previewLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rosterValue)

        self.validCaption = QLabel(self.previewBox)
        self.validCaption.setObjectName(u"validCaption")

        self.previewLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.validCaption)

        self.validValue = QLabel(self.previewBox)
        self.validValue.setObjectName(u"validValue")
        self.validValue.setText(u"")
        self.validValue.setWordWrap(True)

        self.previewLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.validValue)

        self.membersCaption = QLabel(self.previewBox)
        self.membersCaption.setObjectName(u"membersCaption")

        self.previewLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.membersCaption)

        self.membersValue = QLabel(self.previewBox)
        self.membersValue.setObjectName(u"membersValue")
        self.membersValue.setText(u"")
        self.membersValue.setWordWrap(True)

        self.previewLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.membersValue)

        self.rootsCaption = QLabel(self.previewBox)
        self.rootsCaption.setObjectName(u"rootsCaption")

        self.previewLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.rootsCaption)

        self.rootsText = QPlainTextEdit(self.previewBox)
        self.rootsText.setObjectName(u"rootsText")
        self.rootsText.setReadOnly(True)
        self.rootsText.setTabChangesFocus(True)

        self.previewLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.rootsText)


        self.dialogLayout.addWidget(self.previewBox)

        self.confirmCheck = QCheckBox(RosterPinDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.dialogLayout.addWidget(self.confirmCheck)

        self.busyLayout = QHBoxLayout()
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyBar = QProgressBar(RosterPinDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumWidth(160)

        self.busyLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(RosterPinDialog)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setText(u"")

        self.busyLayout.addWidget(self.busyLabel)

        self.busyLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.busyLayout)

        self.errorLayout = QHBoxLayout()
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLabel = QLabel(RosterPinDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.detailsButton = QPushButton(RosterPinDialog)
        self.detailsButton.setObjectName(u"detailsButton")

        self.errorLayout.addWidget(self.detailsButton)

        self.errorLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.errorLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.pinButton = QPushButton(RosterPinDialog)
        self.pinButton.setObjectName(u"pinButton")

        self.buttonLayout.addWidget(self.pinButton)

        self.cancelButton = QPushButton(RosterPinDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.rootsCaption.setBuddy(self.rootsText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browseButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.rootsText)
        QWidget.setTabOrder(self.rootsText, self.confirmCheck)
        QWidget.setTabOrder(self.confirmCheck, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.pinButton)
        QWidget.setTabOrder(self.pinButton, self.cancelButton)

        self.retranslateUi(RosterPinDialog)

        self.pinButton.setDefault(True)


        QMetaObject.connectSlotsByName(RosterPinDialog)
    # setupUi

    def retranslateUi(self, RosterPinDialog):
        RosterPinDialog.setWindowTitle(QCoreApplication.translate("RosterPinDialog", u"Trust the commission's root key", None))
        self.titleLabel.setText(QCoreApplication.translate("RosterPinDialog", u"Pin the commission's root key", None))
        self.introLabel.setText(QCoreApplication.translate("RosterPinDialog", u"reviewdesk trusts no key on first sight. Open the roster file the commission gave you, then compare the root key's fingerprint below, group by group, with the one the commission reads to you by phone or shows you in person.", None))
        self.fileLabel.setText(QCoreApplication.translate("RosterPinDialog", u"Roster &file:", None))
        self.browseButton.setText(QCoreApplication.translate("RosterPinDialog", u"&Open roster\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("RosterPinDialog", u"What the roster says", None))
        self.rosterCaption.setText(QCoreApplication.translate("RosterPinDialog", u"Roster:", None))
        self.validCaption.setText(QCoreApplication.translate("RosterPinDialog", u"Valid:", None))
        self.membersCaption.setText(QCoreApplication.translate("RosterPinDialog", u"Members:", None))
        self.rootsCaption.setText(QCoreApplication.translate("RosterPinDialog", u"Root keys and their fingerprints:", None))
        self.confirmCheck.setText(QCoreApplication.translate("RosterPinDialog", u"I &compared every group of digits with the commission and they are the same.", None))
        self.detailsButton.setText(QCoreApplication.translate("RosterPinDialog", u"&Details\u2026", None))
        self.pinButton.setText(QCoreApplication.translate("RosterPinDialog", u"&Trust this root key", None))
        self.cancelButton.setText(QCoreApplication.translate("RosterPinDialog", u"Cancel", None))
    # retranslateUi
