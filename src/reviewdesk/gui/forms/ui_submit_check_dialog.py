# Generated from ui/submit_check_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'submit_check_dialog.ui'
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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SubmitCheckDialog(object):
    def setupUi(self, SubmitCheckDialog):
        if not SubmitCheckDialog.objectName():
            SubmitCheckDialog.setObjectName(u"SubmitCheckDialog")
        SubmitCheckDialog.resize(620, 420)
        self.dialogLayout = QVBoxLayout(SubmitCheckDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(SubmitCheckDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SubmitCheckDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.problemList = QListWidget(SubmitCheckDialog)
        self.problemList.setObjectName(u"problemList")
        self.problemList.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemList)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.goButton = QPushButton(SubmitCheckDialog)
        self.goButton.setObjectName(u"goButton")

        self.buttonLayout.addWidget(self.goButton)

        self.closeButton = QPushButton(SubmitCheckDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.introLabel.setBuddy(self.problemList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.problemList, self.goButton)
        QWidget.setTabOrder(self.goButton, self.closeButton)

        self.retranslateUi(SubmitCheckDialog)

        self.goButton.setDefault(True)


        QMetaObject.connectSlotsByName(SubmitCheckDialog)
    # setupUi

    def retranslateUi(self, SubmitCheckDialog):
        SubmitCheckDialog.setWindowTitle(QCoreApplication.translate("SubmitCheckDialog", u"Not ready to submit", None))
        self.titleLabel.setText(QCoreApplication.translate("SubmitCheckDialog", u"Your scores cannot be signed yet", None))
        self.introLabel.setText(QCoreApplication.translate("SubmitCheckDialog", u"These are still &missing. Choose a line and press Enter (or double-click it) to go there:", None))
        self.goButton.setText(QCoreApplication.translate("SubmitCheckDialog", u"&Go there", None))
        self.closeButton.setText(QCoreApplication.translate("SubmitCheckDialog", u"Close", None))
    # retranslateUi
