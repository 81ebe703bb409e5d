# Generated from ui/my_scores_dialog.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_scores_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MyScoresDialog(object):
    def setupUi(self, MyScoresDialog):
        if not MyScoresDialog.objectName():
            MyScoresDialog.setObjectName(u"MyScoresDialog")
        MyScoresDialog.resize(900, 520)
        self.dialogLayout = QVBoxLayout(MyScoresDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(MyScoresDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(MyScoresDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.scoreTable = QTableView(MyScoresDialog)
        self.scoreTable.setObjectName(u"scoreTable")
        self.scoreTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoreTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scoreTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoreTable.setSortingEnabled(True)
        self.scoreTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.scoreTable)

        self.footLabel = QLabel(MyScoresDialog)
        self.footLabel.setObjectName(u"footLabel")
        self.footLabel.setText(u"")
        self.footLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.footLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.goButton = QPushButton(MyScoresDialog)
        self.goButton.setObjectName(u"goButton")

        self.buttonLayout.addWidget(self.goButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.signButton = QPushButton(MyScoresDialog)
        self.signButton.setObjectName(u"signButton")

        self.buttonLayout.addWidget(self.signButton)

        self.closeButton = QPushButton(MyScoresDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.introLabel.setBuddy(self.scoreTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scoreTable, self.goButton)
        QWidget.setTabOrder(self.goButton, self.signButton)
        QWidget.setTabOrder(self.signButton, self.closeButton)

        self.retranslateUi(MyScoresDialog)

        QMetaObject.connectSlotsByName(MyScoresDialog)
    # setupUi

    def retranslateUi(self, MyScoresDialog):
        MyScoresDialog.setWindowTitle(QCoreApplication.translate("MyScoresDialog", u"My scores", None))
        self.goButton.setText(QCoreApplication.translate("MyScoresDialog", u"&Open this applicant", None))
        self.signButton.setText(QCoreApplication.translate("MyScoresDialog", u"&Sign and save\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("MyScoresDialog", u"Close", None))
    # retranslateUi
