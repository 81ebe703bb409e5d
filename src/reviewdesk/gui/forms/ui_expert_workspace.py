# Generated from ui/expert_workspace.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expert_workspace.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ExpertWorkspace(object):
    def setupUi(self, ExpertWorkspace):
        if not ExpertWorkspace.objectName():
            ExpertWorkspace.setObjectName(u"ExpertWorkspace")
        ExpertWorkspace.resize(1200, 760)
        self.workspaceLayout = QVBoxLayout(ExpertWorkspace)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.workspaceLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(ExpertWorkspace)
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
        self.identityStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.homeLayout.addWidget(self.identityStatus)

        self.homeButtons = QHBoxLayout()
        self.homeButtons.setObjectName(u"homeButtons")
        self.openButton = QPushButton(self.homePage)
        self.openButton.setObjectName(u"openButton")

        self.homeButtons.addWidget(self.openButton)

        self.setupButton = QPushButton(self.homePage)
        self.setupButton.setObjectName(u"setupButton")

        self.homeButtons.addWidget(self.setupButton)

        self.pinButton = QPushButton(self.homePage)
        self.pinButton.setObjectName(u"pinButton")

        self.homeButtons.addWidget(self.pinButton)

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

        self.openingLabel = QLabel(self.openingPage)
        self.openingLabel.setObjectName(u"openingLabel")
        self.openingLabel.setText(u"")
        self.openingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.openingLabel.setWordWrap(True)

        self.openingLayout.addWidget(self.openingLabel)

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
        self.roundLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deskHeader.addWidget(self.roundLabel)

        self.deskHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deskHeader.addItem(self.deskHeaderSpacer)

        self.submitButton = QPushButton(self.deskPage)
        self.submitButton.setObjectName(u"submitButton")

        self.deskHeader.addWidget(self.submitButton)

        self.pdfButton = QToolButton(self.deskPage)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pdfButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.deskHeader.addWidget(self.pdfButton)

        self.closePackageButton = QPushButton(self.deskPage)
        self.closePackageButton.setObjectName(u"closePackageButton")

        self.deskHeader.addWidget(self.closePackageButton)


        self.deskLayout.addLayout(self.deskHeader)

        self.detailsLabel = QLabel(self.deskPage)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.deskLayout.addWidget(self.detailsLabel)

        self.mainSplitter = QSplitter(self.deskPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.applicantPane = QWidget(self.mainSplitter)
        self.applicantPane.setObjectName(u"applicantPane")
        self.applicantPaneLayout = QVBoxLayout(self.applicantPane)
        self.applicantPaneLayout.setObjectName(u"applicantPaneLayout")
        self.applicantPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.applicantsLabel = QLabel(self.applicantPane)
        self.applicantsLabel.setObjectName(u"applicantsLabel")

        self.applicantPaneLayout.addWidget(self.applicantsLabel)

        self.applicantTable = QTableView(self.applicantPane)
        self.applicantTable.setObjectName(u"applicantTable")
        self.applicantTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicantTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicantTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicantTable.setAlternatingRowColors(True)
        self.applicantTable.setWordWrap(False)
        self.applicantTable.setTabKeyNavigation(False)

        self.applicantPaneLayout.addWidget(self.applicantTable)

        self.mainSplitter.addWidget(self.applicantPane)
        self.applicantPages = QStackedWidget(self.mainSplitter)
        self.applicantPages.setObjectName(u"applicantPages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLabel = QLabel(self.choosePage)
        self.chooseLabel.setObjectName(u"chooseLabel")
        self.chooseLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chooseLabel.setWordWrap(True)

        self.chooseLayout.addWidget(self.chooseLabel)

        self.applicantPages.addWidget(self.choosePage)
        self.gatePage = QWidget()
        self.gatePage.setObjectName(u"gatePage")
        self.gateLayout = QVBoxLayout(self.gatePage)
        self.gateLayout.setObjectName(u"gateLayout")
        self.gateLayout.setContentsMargins(24, -1, 24, -1)
        self.gateTitle = QLabel(self.gatePage)
        self.gateTitle.setObjectName(u"gateTitle")
        self.gateTitle.setText(u"")
        self.gateTitle.setWordWrap(True)

        self.gateLayout.addWidget(self.gateTitle)

        self.gateText = QLabel(self.gatePage)
        self.gateText.setObjectName(u"gateText")
        self.gateText.setWordWrap(True)

        self.gateLayout.addWidget(self.gateText)

        self.gateButtons = QHBoxLayout()
        self.gateButtons.setObjectName(u"gateButtons")
        self.declareButton = QPushButton(self.gatePage)
        self.declareButton.setObjectName(u"declareButton")

        self.gateButtons.addWidget(self.declareButton)

        self.gateButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gateButtons.addItem(self.gateButtonSpacer)


        self.gateLayout.addLayout(self.gateButtons)

        self.gateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.gateLayout.addItem(self.gateSpacer)

        self.applicantPages.addWidget(self.gatePage)
        self.readingPage = QWidget()
        self.readingPage.setObjectName(u"readingPage")
        self.readingLayout = QVBoxLayout(self.readingPage)
        self.readingLayout.setObjectName(u"readingLayout")
        self.readingLayout.setContentsMargins(0, 0, 0, 0)
        self.readingHeader = QHBoxLayout()
        self.readingHeader.setObjectName(u"readingHeader")
        self.applicantTitle = QLabel(self.readingPage)
        self.applicantTitle.setObjectName(u"applicantTitle")
        self.applicantTitle.setText(u"")

        self.readingHeader.addWidget(self.applicantTitle)

        self.declarationLabel = QLabel(self.readingPage)
        self.declarationLabel.setObjectName(u"declarationLabel")
        self.declarationLabel.setText(u"")
        self.declarationLabel.setWordWrap(True)

        self.readingHeader.addWidget(self.declarationLabel)

        self.changeDeclarationButton = QPushButton(self.readingPage)
        self.changeDeclarationButton.setObjectName(u"changeDeclarationButton")

        self.readingHeader.addWidget(self.changeDeclarationButton)

        self.readingHeader.setStretch(1, 1)

        self.readingLayout.addLayout(self.readingHeader)

        self.readingSplitter = QSplitter(self.readingPage)
        self.readingSplitter.setObjectName(u"readingSplitter")
        self.readingSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.readingSplitter.setChildrenCollapsible(False)

        self.readingLayout.addWidget(self.readingSplitter)

        self.readingLayout.setStretch(1, 1)
        self.applicantPages.addWidget(self.readingPage)
        self.mainSplitter.addWidget(self.applicantPages)

        self.deskLayout.addWidget(self.mainSplitter)

        self.deskLayout.setStretch(2, 1)
        self.pages.addWidget(self.deskPage)

        self.workspaceLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentList)
        self.applicantsLabel.setBuddy(self.applicantTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.openButton, self.setupButton)
        QWidget.setTabOrder(self.setupButton, self.pinButton)
        QWidget.setTabOrder(self.pinButton, self.recentList)
        QWidget.setTabOrder(self.recentList, self.changeRoleButton)
        QWidget.setTabOrder(self.changeRoleButton, self.cancelOpeningButton)
        QWidget.setTabOrder(self.cancelOpeningButton, self.applicantTable)
        QWidget.setTabOrder(self.applicantTable, self.declareButton)
        QWidget.setTabOrder(self.declareButton, self.changeDeclarationButton)
        QWidget.setTabOrder(self.changeDeclarationButton, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.closePackageButton)

        self.retranslateUi(ExpertWorkspace)

        QMetaObject.connectSlotsByName(ExpertWorkspace)
    # setupUi

    def retranslateUi(self, ExpertWorkspace):
        self.homeTitle.setText(QCoreApplication.translate("ExpertWorkspace", u"Expert desk", None))
        self.changeRoleButton.setText(QCoreApplication.translate("ExpertWorkspace", u"Change &role", None))
        self.homeText.setText(QCoreApplication.translate("ExpertWorkspace", u"Open the review package the commission sent you (a .rdx file), or drop it on this window. Your passphrase unlocks it; nothing is sent anywhere.", None))
        self.openButton.setText(QCoreApplication.translate("ExpertWorkspace", u"&Open package\u2026", None))
        self.setupButton.setText(QCoreApplication.translate("ExpertWorkspace", u"Set up &identity\u2026", None))
        self.pinButton.setText(QCoreApplication.translate("ExpertWorkspace", u"&Trust the commission's root key\u2026", None))
        self.recentLabel.setText(QCoreApplication.translate("ExpertWorkspace", u"Recently opened &packages:", None))
        self.cancelOpeningButton.setText(QCoreApplication.translate("ExpertWorkspace", u"Cancel", None))
        self.submitButton.setText(QCoreApplication.translate("ExpertWorkspace", u"&Submit scores\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ExpertWorkspace", u"Export my score sheets (&PDF)\u2026", None))
        self.closePackageButton.setText(QCoreApplication.translate("ExpertWorkspace", u"&Close package", None))
        self.applicantsLabel.setText(QCoreApplication.translate("ExpertWorkspace", u"&Applicants assigned to you:", None))
        self.chooseLabel.setText(QCoreApplication.translate("ExpertWorkspace", u"Choose an applicant in the list to declare, read its materials and score it.", None))
        self.gateText.setText(QCoreApplication.translate("ExpertWorkspace", u"The materials and the score sheet of this applicant open after you declare whether you have a conflict of interest with it.", None))
        self.declareButton.setText(QCoreApplication.translate("ExpertWorkspace", u"&Declare conflict of interest\u2026", None))
        self.changeDeclarationButton.setText(QCoreApplication.translate("ExpertWorkspace", u"Change &declaration\u2026", None))
        pass
    # retranslateUi
