# Generated from ui/main_window.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCommandLinkButton, QHBoxLayout,
    QHeaderView, QLabel, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QStatusBar, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.openPackageAction = QAction(MainWindow)
        self.openPackageAction.setObjectName(u"openPackageAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.chineseAction = QAction(MainWindow)
        self.chineseAction.setObjectName(u"chineseAction")
        self.chineseAction.setCheckable(True)
        self.chineseAction.setText(u"\u4e2d\u6587")
        self.englishAction = QAction(MainWindow)
        self.englishAction.setObjectName(u"englishAction")
        self.englishAction.setCheckable(True)
        self.englishAction.setText(u"English")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.rolePage = QWidget()
        self.rolePage.setObjectName(u"rolePage")
        self.rolePageLayout = QVBoxLayout(self.rolePage)
        self.rolePageLayout.setSpacing(18)
        self.rolePageLayout.setObjectName(u"rolePageLayout")
        self.rolePageLayout.setContentsMargins(48, 36, 48, 36)
        self.roleTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rolePageLayout.addItem(self.roleTopSpacer)

        self.welcomeTitle = QLabel(self.rolePage)
        self.welcomeTitle.setObjectName(u"welcomeTitle")
        self.welcomeTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcomeTitle.setWordWrap(True)

        self.rolePageLayout.addWidget(self.welcomeTitle)

        self.welcomeText = QLabel(self.rolePage)
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcomeText.setWordWrap(True)

        self.rolePageLayout.addWidget(self.welcomeText)

        self.roleButtons = QHBoxLayout()
        self.roleButtons.setSpacing(18)
        self.roleButtons.setObjectName(u"roleButtons")
        self.expertButton = QCommandLinkButton(self.rolePage)
        self.expertButton.setObjectName(u"expertButton")

        self.roleButtons.addWidget(self.expertButton)

        self.chairButton = QCommandLinkButton(self.rolePage)
        self.chairButton.setObjectName(u"chairButton")

        self.roleButtons.addWidget(self.chairButton)

        self.commissionButton = QCommandLinkButton(self.rolePage)
        self.commissionButton.setObjectName(u"commissionButton")

        self.roleButtons.addWidget(self.commissionButton)


        self.rolePageLayout.addLayout(self.roleButtons)

        self.roleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rolePageLayout.addItem(self.roleSpacer)

        self.pages.addWidget(self.rolePage)
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workPageLayout = QVBoxLayout(self.workPage)
        self.workPageLayout.setObjectName(u"workPageLayout")
        self.workHeader = QHBoxLayout()
        self.workHeader.setObjectName(u"workHeader")
        self.roleTitle = QLabel(self.workPage)
        self.roleTitle.setObjectName(u"roleTitle")
        self.roleTitle.setText(u"role")

        self.workHeader.addWidget(self.roleTitle)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workHeader.addItem(self.headerSpacer)

        self.changeRoleButton = QPushButton(self.workPage)
        self.changeRoleButton.setObjectName(u"changeRoleButton")

        self.workHeader.addWidget(self.changeRoleButton)


        self.workPageLayout.addLayout(self.workHeader)

        self.roleHint = QLabel(self.workPage)
        self.roleHint.setObjectName(u"roleHint")
        self.roleHint.setWordWrap(True)
        self.roleHint.setText(u"hint")

        self.workPageLayout.addWidget(self.roleHint)

        self.formsLabel = QLabel(self.workPage)
        self.formsLabel.setObjectName(u"formsLabel")

        self.workPageLayout.addWidget(self.formsLabel)

        self.formsSplitter = QSplitter(self.workPage)
        self.formsSplitter.setObjectName(u"formsSplitter")
        self.formsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.templateTable = QTableView(self.formsSplitter)
        self.templateTable.setObjectName(u"templateTable")
        self.templateTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templateTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templateTable.setSortingEnabled(True)
        self.templateTable.setAlternatingRowColors(True)
        self.formsSplitter.addWidget(self.templateTable)
        self.templateDetail = QTextBrowser(self.formsSplitter)
        self.templateDetail.setObjectName(u"templateDetail")
        self.formsSplitter.addWidget(self.templateDetail)

        self.workPageLayout.addWidget(self.formsSplitter)

        self.workPageLayout.setStretch(3, 1)
        self.pages.addWidget(self.workPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.recentMenu = QMenu(self.fileMenu)
        self.recentMenu.setObjectName(u"recentMenu")
        self.viewMenu = QMenu(self.menubar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.languageMenu = QMenu(self.viewMenu)
        self.languageMenu.setObjectName(u"languageMenu")
        self.helpMenu = QMenu(self.menubar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.viewMenu.menuAction())
        self.menubar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.openPackageAction)
        self.fileMenu.addAction(self.recentMenu.menuAction())
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.languageMenu.menuAction())
        self.languageMenu.addAction(self.chineseAction)
        self.languageMenu.addAction(self.englishAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"reviewdesk", None))
        self.openPackageAction.setText(QCoreApplication.translate("MainWindow", u"&Open package\u2026", None))
#if QT_CONFIG(shortcut)
        self.openPackageAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About reviewdesk", None))
        self.welcomeTitle.setText(QCoreApplication.translate("MainWindow", u"International S&T Cooperation Base review", None))
        self.welcomeText.setText(QCoreApplication.translate("MainWindow", u"Choose the role you work in today. Your key and the package you open decide what you may do.", None))
        self.expertButton.setText(QCoreApplication.translate("MainWindow", u"Expert", None))
        self.expertButton.setDescription(QCoreApplication.translate("MainWindow", u"Open a review package, declare, read the materials and score the applicants offline.", None))
        self.chairButton.setText(QCoreApplication.translate("MainWindow", u"Panel chair", None))
        self.chairButton.setDescription(QCoreApplication.translate("MainWindow", u"Import the experts' score files, lead the discussion and decide each grade.", None))
        self.commissionButton.setText(QCoreApplication.translate("MainWindow", u"Commission", None))
        self.commissionButton.setDescription(QCoreApplication.translate("MainWindow", u"Set up rounds, build packages, import the panels' results and publish them.", None))
        self.changeRoleButton.setText(QCoreApplication.translate("MainWindow", u"Change role", None))
        self.formsLabel.setText(QCoreApplication.translate("MainWindow", u"Scoring forms", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.recentMenu.setTitle(QCoreApplication.translate("MainWindow", u"Open &recent", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.languageMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi
