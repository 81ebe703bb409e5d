# Generated from ui/chair_workspace.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chair_workspace.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ChairWorkspace(object):
    def setupUi(self, ChairWorkspace):
        if not ChairWorkspace.objectName():
            ChairWorkspace.setObjectName(u"ChairWorkspace")
        ChairWorkspace.resize(1200, 760)
        self.workspaceLayout = QVBoxLayout(ChairWorkspace)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.workspaceLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(ChairWorkspace)
        self.pages.setObjectName(u"pages")
        self.homePage = QWidget()
        self.homePage.setObjectName(u"homePage")
        self.homeLayout = QVBoxLayout(self.homePage)
        self.homeLayout.setSpacing(12)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(36, 24, 36, 24)
        self.homeHeader = QHBoxLayout()
        self.homeHeader.setObjectName(u"homeHeader")
        self.homeTitle = QLabel(self.homePage)
        self.homeTitle.setObjectName(u"homeTitle")

        self.homeHeader.addWidget(self.homeTitle)

        self.homeHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.homeHeader.addItem(self.homeHeaderSpacer)

        self.changeRoleButton = QPushButton(self.homePage)
        self.changeRoleButton.setObjectName(u"changeRoleButton")

        self.homeHeader.addWidget(self.changeRoleButton)


        self.homeLayout.addLayout(self.homeHeader)

        self.homeText = QLabel(self.homePage)
        self.homeText.setObjectName(u"homeText")
        self.homeText.setWordWrap(True)

        self.homeLayout.addWidget(self.homeText)

        self.identityStatus = QLabel(self.homePage)
        self.identityStatus.setObjectName(u"identityStatus")
        self.identityStatus.setText(u"")
        self.identityStatus.setWordWrap(True)

        self.homeLayout.addWidget(self.identityStatus)

        self.homeButtons = QHBoxLayout()
        self.homeButtons.setObjectName(u"homeButtons")
        self.openButton = QPushButton(self.homePage)
        self.openButton.setObjectName(u"openButton")

        self.homeButtons.addWidget(self.openButton)

        self.homeButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.homeButtons.addItem(self.homeButtonSpacer)


        self.homeLayout.addLayout(self.homeButtons)

        self.recentLabel = QLabel(self.homePage)
        self.recentLabel.setObjectName(u"recentLabel")

        self.homeLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(self.homePage)
        self.recentList.setObjectName(u"recentList")

        self.homeLayout.addWidget(self.recentList)

        self.homeBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.homeLayout.addItem(self.homeBottomSpacer)

        self.homeLayout.setStretch(5, 3)
        self.homeLayout.setStretch(6, 1)
        self.pages.addWidget(self.homePage)
        self.openingPage = QWidget()
        self.openingPage.setObjectName(u"openingPage")
        self.openingLayout = QVBoxLayout(self.openingPage)
        self.openingLayout.setObjectName(u"openingLayout")
        self.openingLayout.setContentsMargins(48, -1, 48, -1)
        self.openingTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.openingLayout.addItem(self.openingTopSpacer)

        self.openingTitle = QLabel(self.openingPage)
        self.openingTitle.setObjectName(u"openingTitle")
        self.openingTitle.setText(u"")
        self.openingTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.openingTitle.setWordWrap(True)

        self.openingLayout.addWidget(self.openingTitle)

        self.openingProgress = QProgressBar(self.openingPage)
        self.openingProgress.setObjectName(u"openingProgress")
        self.openingProgress.setMaximum(0)

        self.openingLayout.addWidget(self.openingProgress)

        self.openingButtons = QHBoxLayout()
        self.openingButtons.setObjectName(u"openingButtons")
        self.openingLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openingButtons.addItem(self.openingLeft)

        self.cancelOpeningButton = QPushButton(self.openingPage)
        self.cancelOpeningButton.setObjectName(u"cancelOpeningButton")

        self.openingButtons.addWidget(self.cancelOpeningButton)

        self.openingRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openingButtons.addItem(self.openingRight)


        self.openingLayout.addLayout(self.openingButtons)

        self.openingBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.openingLayout.addItem(self.openingBottomSpacer)

        self.pages.addWidget(self.openingPage)
        self.deskPage = QWidget()
        self.deskPage.setObjectName(u"deskPage")
        self.deskLayout = QVBoxLayout(self.deskPage)
        self.deskLayout.setObjectName(u"deskLayout")
        self.deskHeader = QHBoxLayout()
        self.deskHeader.setObjectName(u"deskHeader")
        self.roundLabel = QLabel(self.deskPage)
        self.roundLabel.setObjectName(u"roundLabel")
        self.roundLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roundLabel.sizePolicy().hasHeightForWidth())
        self.roundLabel.setSizePolicy(sizePolicy)

        self.deskHeader.addWidget(self.roundLabel)

        self.statusLabel = QLabel(self.deskPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.deskHeader.addWidget(self.statusLabel)

        self.deskHeader.setStretch(0, 1)

        self.deskLayout.addLayout(self.deskHeader)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.importButton = QPushButton(self.deskPage)
        self.importButton.setObjectName(u"importButton")

        self.actionRow.addWidget(self.importButton)

        self.paperButton = QPushButton(self.deskPage)
        self.paperButton.setObjectName(u"paperButton")

        self.actionRow.addWidget(self.paperButton)

        self.logButton = QPushButton(self.deskPage)
        self.logButton.setObjectName(u"logButton")

        self.actionRow.addWidget(self.logButton)

        self.meetingButton = QPushButton(self.deskPage)
        self.meetingButton.setObjectName(u"meetingButton")

        self.actionRow.addWidget(self.meetingButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.finaliseButton = QPushButton(self.deskPage)
        self.finaliseButton.setObjectName(u"finaliseButton")

        self.actionRow.addWidget(self.finaliseButton)

        self.closePanelButton = QPushButton(self.deskPage)
        self.closePanelButton.setObjectName(u"closePanelButton")

        self.actionRow.addWidget(self.closePanelButton)


        self.deskLayout.addLayout(self.actionRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(self.deskPage)
        self.searchEdit.setObjectName(u"searchEdit")

        self.filterRow.addWidget(self.searchEdit)

        self.categoryCombo = QComboBox(self.deskPage)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.categoryCombo)

        self.gradeCombo = QComboBox(self.deskPage)
        self.gradeCombo.setObjectName(u"gradeCombo")
        self.gradeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.gradeCombo)

        self.openFlagsCheck = QCheckBox(self.deskPage)
        self.openFlagsCheck.setObjectName(u"openFlagsCheck")

        self.filterRow.addWidget(self.openFlagsCheck)


        self.deskLayout.addLayout(self.filterRow)

        self.mainSplitter = QSplitter(self.deskPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.leftSplitter = QSplitter(self.mainSplitter)
        self.leftSplitter.setObjectName(u"leftSplitter")
        self.leftSplitter.setOrientation(Qt.Orientation.Vertical)
        self.leftSplitter.setChildrenCollapsible(False)
        self.matrixTable = QTableView(self.leftSplitter)
        self.matrixTable.setObjectName(u"matrixTable")
        self.matrixTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrixTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrixTable.setSortingEnabled(True)
        self.matrixTable.setWordWrap(False)
        self.leftSplitter.addWidget(self.matrixTable)
        self.lowerTabs = QTabWidget(self.leftSplitter)
        self.lowerTabs.setObjectName(u"lowerTabs")
        self.missingTab = QWidget()
        self.missingTab.setObjectName(u"missingTab")
        self.missingLayout = QVBoxLayout(self.missingTab)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingSummary = QLabel(self.missingTab)
        self.missingSummary.setObjectName(u"missingSummary")
        self.missingSummary.setText(u"")
        self.missingSummary.setWordWrap(True)

        self.missingLayout.addWidget(self.missingSummary)

        self.missingList = QListWidget(self.missingTab)
        self.missingList.setObjectName(u"missingList")

        self.missingLayout.addWidget(self.missingList)

        self.lowerTabs.addTab(self.missingTab, "")
        self.expertsTab = QWidget()
        self.expertsTab.setObjectName(u"expertsTab")
        self.expertsLayout = QVBoxLayout(self.expertsTab)
        self.expertsLayout.setObjectName(u"expertsLayout")
        self.leniencyTable = QTableView(self.expertsTab)
        self.leniencyTable.setObjectName(u"leniencyTable")
        self.leniencyTable.setSortingEnabled(True)

        self.expertsLayout.addWidget(self.leniencyTable)

        self.lowerTabs.addTab(self.expertsTab, "")
        self.rankingTab = QWidget()
        self.rankingTab.setObjectName(u"rankingTab")
        self.rankingLayout = QVBoxLayout(self.rankingTab)
        self.rankingLayout.setObjectName(u"rankingLayout")
        self.rankingText = QPlainTextEdit(self.rankingTab)
        self.rankingText.setObjectName(u"rankingText")
        self.rankingText.setReadOnly(True)

        self.rankingLayout.addWidget(self.rankingText)

        self.lowerTabs.addTab(self.rankingTab, "")
        self.leftSplitter.addWidget(self.lowerTabs)
        self.mainSplitter.addWidget(self.leftSplitter)
        self.detailTabs = QTabWidget(self.mainSplitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.decideTab = QWidget()
        self.decideTab.setObjectName(u"decideTab")
        self.decideLayout = QVBoxLayout(self.decideTab)
        self.decideLayout.setObjectName(u"decideLayout")
        self.detailTabs.addTab(self.decideTab, "")
        self.scoresTab = QWidget()
        self.scoresTab.setObjectName(u"scoresTab")
        self.scoresLayout = QVBoxLayout(self.scoresTab)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.detailTabs.addTab(self.scoresTab, "")
        self.mainSplitter.addWidget(self.detailTabs)

        self.deskLayout.addWidget(self.mainSplitter)

        self.deskLayout.setStretch(3, 1)
        self.pages.addWidget(self.deskPage)

        self.workspaceLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChairWorkspace)

        QMetaObject.connectSlotsByName(ChairWorkspace)
    # setupUi

    def retranslateUi(self, ChairWorkspace):
        self.homeTitle.setText(QCoreApplication.translate("ChairWorkspace", u"Panel chair desk", None))
        self.changeRoleButton.setText(QCoreApplication.translate("ChairWorkspace", u"Change &role", None))
        self.homeText.setText(QCoreApplication.translate("ChairWorkspace", u"Open the chair package the commission sent you (a .rdx file), or drop it on this window. Then import the experts' score files, settle every flag and finalise the panel's signed result.", None))
        self.openButton.setText(QCoreApplication.translate("ChairWorkspace", u"&Open chair package\u2026", None))
        self.recentLabel.setText(QCoreApplication.translate("ChairWorkspace", u"Recently opened &panels:", None))
        self.cancelOpeningButton.setText(QCoreApplication.translate("ChairWorkspace", u"Cancel", None))
        self.importButton.setText(QCoreApplication.translate("ChairWorkspace", u"&Import score files\u2026", None))
        self.paperButton.setText(QCoreApplication.translate("ChairWorkspace", u"&Paper sheet\u2026", None))
        self.logButton.setText(QCoreApplication.translate("ChairWorkspace", u"Import &log\u2026", None))
        self.meetingButton.setText(QCoreApplication.translate("ChairWorkspace", u"&Meeting view", None))
        self.finaliseButton.setText(QCoreApplication.translate("ChairWorkspace", u"&Finalise\u2026", None))
        self.closePanelButton.setText(QCoreApplication.translate("ChairWorkspace", u"Close pa&nel", None))
        self.openFlagsCheck.setText(QCoreApplication.translate("ChairWorkspace", u"Only with open fla&gs", None))
        self.lowerTabs.setTabText(self.lowerTabs.indexOf(self.missingTab), QCoreApplication.translate("ChairWorkspace", u"Still missing", None))
        self.lowerTabs.setTabText(self.lowerTabs.indexOf(self.expertsTab), QCoreApplication.translate("ChairWorkspace", u"Experts", None))
        self.lowerTabs.setTabText(self.lowerTabs.indexOf(self.rankingTab), QCoreApplication.translate("ChairWorkspace", u"Ranking and quota", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.decideTab), QCoreApplication.translate("ChairWorkspace", u"Decide", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.scoresTab), QCoreApplication.translate("ChairWorkspace", u"Scores and opinions", None))
        pass
    # retranslateUi
