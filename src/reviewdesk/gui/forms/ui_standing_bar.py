# Generated from ui/standing_bar.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standing_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_StandingBar(object):
    def setupUi(self, StandingBar):
        if not StandingBar.objectName():
            StandingBar.setObjectName(u"StandingBar")
        self.standingLayout = QVBoxLayout(StandingBar)
        self.standingLayout.setObjectName(u"standingLayout")
        self.standingLayout.setContentsMargins(0, 0, 0, 0)
        self.overviewRow = QHBoxLayout()
        self.overviewRow.setObjectName(u"overviewRow")
        self.overviewLabel = QLabel(StandingBar)
        self.overviewLabel.setObjectName(u"overviewLabel")
        self.overviewLabel.setText(u"")
        self.overviewLabel.setWordWrap(True)
        self.overviewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.overviewRow.addWidget(self.overviewLabel)

        self.myScoresButton = QPushButton(StandingBar)
        self.myScoresButton.setObjectName(u"myScoresButton")

        self.overviewRow.addWidget(self.myScoresButton)

        self.notesButton = QPushButton(StandingBar)
        self.notesButton.setObjectName(u"notesButton")

        self.overviewRow.addWidget(self.notesButton)

        self.overviewRow.setStretch(0, 1)

        self.standingLayout.addLayout(self.overviewRow)

        self.banner = QFrame(StandingBar)
        self.banner.setObjectName(u"banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(self.banner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerIcon = QLabel(self.banner)
        self.bannerIcon.setObjectName(u"bannerIcon")

        self.bannerLayout.addWidget(self.bannerIcon)

        self.bannerLabel = QLabel(self.banner)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setText(u"")
        self.bannerLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.bannerLabel)

        self.bannerSubmitButton = QPushButton(self.banner)
        self.bannerSubmitButton.setObjectName(u"bannerSubmitButton")

        self.bannerLayout.addWidget(self.bannerSubmitButton)

        self.bannerLayout.setStretch(1, 1)

        self.standingLayout.addWidget(self.banner)

        QWidget.setTabOrder(self.myScoresButton, self.notesButton)
        QWidget.setTabOrder(self.notesButton, self.bannerSubmitButton)

        self.retranslateUi(StandingBar)

        QMetaObject.connectSlotsByName(StandingBar)
    # setupUi

    def retranslateUi(self, StandingBar):
        self.myScoresButton.setText(QCoreApplication.translate("StandingBar", u"&My scores\u2026", None))
        self.notesButton.setText(QCoreApplication.translate("StandingBar", u"Private &notes\u2026", None))
        self.bannerSubmitButton.setText(QCoreApplication.translate("StandingBar", u"Review and submit\u2026", None))
        pass
    # retranslateUi
