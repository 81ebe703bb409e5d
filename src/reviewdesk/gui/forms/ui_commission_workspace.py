# Generated from ui/commission_workspace.ui by pyside6-uic — do not edit; run packaging/build_assets.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commission_workspace.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_CommissionWorkspace(object):
    def setupUi(self, CommissionWorkspace):
        if not CommissionWorkspace.objectName():
            CommissionWorkspace.setObjectName(u"CommissionWorkspace")
        CommissionWorkspace.resize(1280, 760)
        self.workspaceLayout = QVBoxLayout(CommissionWorkspace)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.titleLabel = QLabel(CommissionWorkspace)
        self.titleLabel.setObjectName(u"titleLabel")

        self.header.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.roundLabel = QLabel(CommissionWorkspace)
        self.roundLabel.setObjectName(u"roundLabel")

        self.header.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(CommissionWorkspace)
        self.roundCombo.setObjectName(u"roundCombo")

        self.header.addWidget(self.roundCombo)

        self.header.setStretch(1, 1)

        self.workspaceLayout.addLayout(self.header)

        self.bannerLabel = QLabel(CommissionWorkspace)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)

        self.workspaceLayout.addWidget(self.bannerLabel)

        self.tabs = QTabWidget(CommissionWorkspace)
        self.tabs.setObjectName(u"tabs")
        self.homeTab = QWidget()
        self.homeTab.setObjectName(u"homeTab")
        self.homeLayout = QVBoxLayout(self.homeTab)
        self.homeLayout.setObjectName(u"homeLayout")
        self.placeGroup = QGroupBox(self.homeTab)
        self.placeGroup.setObjectName(u"placeGroup")
        self.placeForm = QFormLayout(self.placeGroup)
        self.placeForm.setObjectName(u"placeForm")
        self.workdirLabel = QLabel(self.placeGroup)
        self.workdirLabel.setObjectName(u"workdirLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workdirLabel)

        self.workdirRow = QHBoxLayout()
        self.workdirRow.setObjectName(u"workdirRow")
        self.workdirEdit = QLineEdit(self.placeGroup)
        self.workdirEdit.setObjectName(u"workdirEdit")

        self.workdirRow.addWidget(self.workdirEdit)

        self.browseWorkdirButton = QPushButton(self.placeGroup)
        self.browseWorkdirButton.setObjectName(u"browseWorkdirButton")

        self.workdirRow.addWidget(self.browseWorkdirButton)


        self.placeForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.workdirRow)

        self.dbUrlLabel = QLabel(self.placeGroup)
        self.dbUrlLabel.setObjectName(u"dbUrlLabel")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dbUrlLabel)

        self.dbUrlEdit = QLineEdit(self.placeGroup)
        self.dbUrlEdit.setObjectName(u"dbUrlEdit")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dbUrlEdit)

        self.operatorLabel = QLabel(self.placeGroup)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorRow = QHBoxLayout()
        self.operatorRow.setObjectName(u"operatorRow")
        self.operatorEdit = QLineEdit(self.placeGroup)
        self.operatorEdit.setObjectName(u"operatorEdit")

        self.operatorRow.addWidget(self.operatorEdit)

        self.browseOperatorButton = QPushButton(self.placeGroup)
        self.browseOperatorButton.setObjectName(u"browseOperatorButton")

        self.operatorRow.addWidget(self.browseOperatorButton)


        self.placeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.operatorRow)

        self.placeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.placeForm.setItem(3, QFormLayout.ItemRole.LabelRole, self.placeSpacer)

        self.openRow = QHBoxLayout()
        self.openRow.setObjectName(u"openRow")
        self.openButton = QPushButton(self.placeGroup)
        self.openButton.setObjectName(u"openButton")

        self.openRow.addWidget(self.openButton)

        self.databaseLabel = QLabel(self.placeGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)

        self.openRow.addWidget(self.databaseLabel)

        self.openRow.setStretch(1, 1)

        self.placeForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.openRow)


        self.homeLayout.addWidget(self.placeGroup)

        self.rosterStatusLabel = QLabel(self.homeTab)
        self.rosterStatusLabel.setObjectName(u"rosterStatusLabel")
        self.rosterStatusLabel.setWordWrap(True)

        self.homeLayout.addWidget(self.rosterStatusLabel)

        self.homeSplitter = QSplitter(self.homeTab)
        self.homeSplitter.setObjectName(u"homeSplitter")
        self.homeSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.homeSplitter.setChildrenCollapsible(False)
        self.roundsPane = QWidget(self.homeSplitter)
        self.roundsPane.setObjectName(u"roundsPane")
        self.roundsPaneLayout = QVBoxLayout(self.roundsPane)
        self.roundsPaneLayout.setObjectName(u"roundsPaneLayout")
        self.roundsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.roundsLabel = QLabel(self.roundsPane)
        self.roundsLabel.setObjectName(u"roundsLabel")

        self.roundsPaneLayout.addWidget(self.roundsLabel)

        self.roundsTable = QTableView(self.roundsPane)
        self.roundsTable.setObjectName(u"roundsTable")
        self.roundsTable.setAlternatingRowColors(True)
        self.roundsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roundsTable.setSortingEnabled(True)

        self.roundsPaneLayout.addWidget(self.roundsTable)

        self.roundsPaneLayout.setStretch(1, 1)
        self.homeSplitter.addWidget(self.roundsPane)
        self.newRoundGroup = QGroupBox(self.homeSplitter)
        self.newRoundGroup.setObjectName(u"newRoundGroup")
        self.newRoundForm = QFormLayout(self.newRoundGroup)
        self.newRoundForm.setObjectName(u"newRoundForm")
        self.refLabel = QLabel(self.newRoundGroup)
        self.refLabel.setObjectName(u"refLabel")

        self.newRoundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.refLabel)

        self.refEdit = QLineEdit(self.newRoundGroup)
        self.refEdit.setObjectName(u"refEdit")

        self.newRoundForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.refEdit)

        self.nameLabel = QLabel(self.newRoundGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newRoundForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.newRoundGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.newRoundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.newRoundGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.newRoundForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.newRoundGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.newRoundForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.deadlineLabel = QLabel(self.newRoundGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.newRoundForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QDateTimeEdit(self.newRoundGroup)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.newRoundForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.newRoundSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newRoundForm.setItem(4, QFormLayout.ItemRole.LabelRole, self.newRoundSpacer)

        self.createRoundButton = QPushButton(self.newRoundGroup)
        self.createRoundButton.setObjectName(u"createRoundButton")

        self.newRoundForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.createRoundButton)

        self.homeSplitter.addWidget(self.newRoundGroup)

        self.homeLayout.addWidget(self.homeSplitter)

        self.homeButtons = QHBoxLayout()
        self.homeButtons.setObjectName(u"homeButtons")
        self.homeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.homeButtons.addItem(self.homeButtonsSpacer)

        self.changeRoleButton = QPushButton(self.homeTab)
        self.changeRoleButton.setObjectName(u"changeRoleButton")

        self.homeButtons.addWidget(self.changeRoleButton)


        self.homeLayout.addLayout(self.homeButtons)

        self.homeLayout.setStretch(2, 1)
        self.tabs.addTab(self.homeTab, "")
        self.keysTab = QWidget()
        self.keysTab.setObjectName(u"keysTab")
        self.keysLayout = QVBoxLayout(self.keysTab)
        self.keysLayout.setObjectName(u"keysLayout")
        self.keysSplitter = QSplitter(self.keysTab)
        self.keysSplitter.setObjectName(u"keysSplitter")
        self.keysSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.keysSplitter.setChildrenCollapsible(False)
        self.keysLeftSplitter = QSplitter(self.keysSplitter)
        self.keysLeftSplitter.setObjectName(u"keysLeftSplitter")
        self.keysLeftSplitter.setOrientation(Qt.Orientation.Vertical)
        self.keysLeftSplitter.setChildrenCollapsible(False)
        self.keysPane = QWidget(self.keysLeftSplitter)
        self.keysPane.setObjectName(u"keysPane")
        self.keysPaneLayout = QVBoxLayout(self.keysPane)
        self.keysPaneLayout.setObjectName(u"keysPaneLayout")
        self.keysPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.keysHeader = QHBoxLayout()
        self.keysHeader.setObjectName(u"keysHeader")
        self.keysLabel = QLabel(self.keysPane)
        self.keysLabel.setObjectName(u"keysLabel")

        self.keysHeader.addWidget(self.keysLabel)

        self.keysHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keysHeader.addItem(self.keysHeaderSpacer)

        self.importRequestsButton = QPushButton(self.keysPane)
        self.importRequestsButton.setObjectName(u"importRequestsButton")

        self.keysHeader.addWidget(self.importRequestsButton)


        self.keysPaneLayout.addLayout(self.keysHeader)

        self.keysTable = QTableView(self.keysPane)
        self.keysTable.setObjectName(u"keysTable")
        self.keysTable.setAlternatingRowColors(True)
        self.keysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keysTable.setSortingEnabled(True)

        self.keysPaneLayout.addWidget(self.keysTable)

        self.keysPaneLayout.setStretch(1, 1)
        self.keysLeftSplitter.addWidget(self.keysPane)
        self.historyPane = QWidget(self.keysLeftSplitter)
        self.historyPane.setObjectName(u"historyPane")
        self.historyPaneLayout = QVBoxLayout(self.historyPane)
        self.historyPaneLayout.setObjectName(u"historyPaneLayout")
        self.historyPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.historyLabel = QLabel(self.historyPane)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historyPaneLayout.addWidget(self.historyLabel)

        self.historyTable = QTableView(self.historyPane)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setSortingEnabled(True)

        self.historyPaneLayout.addWidget(self.historyTable)

        self.historyPaneLayout.setStretch(1, 1)
        self.keysLeftSplitter.addWidget(self.historyPane)
        self.keysSplitter.addWidget(self.keysLeftSplitter)
        self.keyDetailScroll = QScrollArea(self.keysSplitter)
        self.keyDetailScroll.setObjectName(u"keyDetailScroll")
        self.keyDetailScroll.setWidgetResizable(True)
        self.keyDetailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.keyDetailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.keyDetail = QWidget()
        self.keyDetail.setObjectName(u"keyDetail")
        self.keyDetailLayout = QVBoxLayout(self.keyDetail)
        self.keyDetailLayout.setObjectName(u"keyDetailLayout")
        self.keyNameLabel = QLabel(self.keyDetail)
        self.keyNameLabel.setObjectName(u"keyNameLabel")
        self.keyNameLabel.setWordWrap(True)

        self.keyDetailLayout.addWidget(self.keyNameLabel)

        self.fingerprintLabel = QLabel(self.keyDetail)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keyDetailLayout.addWidget(self.fingerprintLabel)

        self.keyStateLabel = QLabel(self.keyDetail)
        self.keyStateLabel.setObjectName(u"keyStateLabel")
        self.keyStateLabel.setWordWrap(True)

        self.keyDetailLayout.addWidget(self.keyStateLabel)

        self.assignGroup = QGroupBox(self.keyDetail)
        self.assignGroup.setObjectName(u"assignGroup")
        self.assignForm = QFormLayout(self.assignGroup)
        self.assignForm.setObjectName(u"assignForm")
        self.sectionLabel = QLabel(self.assignGroup)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.assignForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionCombo = QComboBox(self.assignGroup)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.assignForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.panelsLabel = QLabel(self.assignGroup)
        self.panelsLabel.setObjectName(u"panelsLabel")

        self.assignForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.panelsLabel)

        self.panelsEdit = QLineEdit(self.assignGroup)
        self.panelsEdit.setObjectName(u"panelsEdit")

        self.assignForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.panelsEdit)

        self.institutionLabel = QLabel(self.assignGroup)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.assignForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionEdit = QLineEdit(self.assignGroup)
        self.institutionEdit.setObjectName(u"institutionEdit")

        self.assignForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.institutionEdit)

        self.emailLabel = QLabel(self.assignGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.assignForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.assignGroup)
        self.emailEdit.setObjectName(u"emailEdit")

        self.assignForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.assignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignForm.setItem(4, QFormLayout.ItemRole.LabelRole, self.assignSpacer)

        self.assignButton = QPushButton(self.assignGroup)
        self.assignButton.setObjectName(u"assignButton")

        self.assignForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.assignButton)


        self.keyDetailLayout.addWidget(self.assignGroup)

        self.confirmGroup = QGroupBox(self.keyDetail)
        self.confirmGroup.setObjectName(u"confirmGroup")
        self.confirmForm = QFormLayout(self.confirmGroup)
        self.confirmForm.setObjectName(u"confirmForm")
        self.confirmedByLabel = QLabel(self.confirmGroup)
        self.confirmedByLabel.setObjectName(u"confirmedByLabel")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirmedByLabel)

        self.confirmedByEdit = QLineEdit(self.confirmGroup)
        self.confirmedByEdit.setObjectName(u"confirmedByEdit")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirmedByEdit)

        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confirmForm.setItem(1, QFormLayout.ItemRole.LabelRole, self.confirmSpacer)

        self.confirmButton = QPushButton(self.confirmGroup)
        self.confirmButton.setObjectName(u"confirmButton")

        self.confirmForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmButton)


        self.keyDetailLayout.addWidget(self.confirmGroup)

        self.revokeGroup = QGroupBox(self.keyDetail)
        self.revokeGroup.setObjectName(u"revokeGroup")
        self.revokeForm = QFormLayout(self.revokeGroup)
        self.revokeForm.setObjectName(u"revokeForm")
        self.reasonLabel = QLabel(self.revokeGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.revokeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.revokeGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.revokeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.revokeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revokeForm.setItem(1, QFormLayout.ItemRole.LabelRole, self.revokeSpacer)

        self.revokeButton = QPushButton(self.revokeGroup)
        self.revokeButton.setObjectName(u"revokeButton")

        self.revokeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.revokeButton)


        self.keyDetailLayout.addWidget(self.revokeGroup)

        self.publishGroup = QGroupBox(self.keyDetail)
        self.publishGroup.setObjectName(u"publishGroup")
        self.publishForm = QFormLayout(self.publishGroup)
        self.publishForm.setObjectName(u"publishForm")
        self.rosterNoteLabel = QLabel(self.publishGroup)
        self.rosterNoteLabel.setObjectName(u"rosterNoteLabel")

        self.publishForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rosterNoteLabel)

        self.rosterNoteEdit = QLineEdit(self.publishGroup)
        self.rosterNoteEdit.setObjectName(u"rosterNoteEdit")

        self.publishForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rosterNoteEdit)

        self.publishSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publishForm.setItem(1, QFormLayout.ItemRole.LabelRole, self.publishSpacer)

        self.publishRow = QHBoxLayout()
        self.publishRow.setObjectName(u"publishRow")
        self.draftButton = QPushButton(self.publishGroup)
        self.draftButton.setObjectName(u"draftButton")

        self.publishRow.addWidget(self.draftButton)

        self.signButton = QPushButton(self.publishGroup)
        self.signButton.setObjectName(u"signButton")

        self.publishRow.addWidget(self.signButton)


        self.publishForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.publishRow)

        self.signSpacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publishForm.setItem(2, QFormLayout.ItemRole.LabelRole, self.signSpacer2)

        self.signStatusLabel = QLabel(self.publishGroup)
        self.signStatusLabel.setObjectName(u"signStatusLabel")
        self.signStatusLabel.setWordWrap(True)

        self.publishForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signStatusLabel)


        self.keyDetailLayout.addWidget(self.publishGroup)

        self.ownKeysGroup = QGroupBox(self.keyDetail)
        self.ownKeysGroup.setObjectName(u"ownKeysGroup")
        self.ownKeysForm = QFormLayout(self.ownKeysGroup)
        self.ownKeysForm.setObjectName(u"ownKeysForm")
        self.rootCountLabel = QLabel(self.ownKeysGroup)
        self.rootCountLabel.setObjectName(u"rootCountLabel")

        self.ownKeysForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rootCountLabel)

        self.rootsRow = QHBoxLayout()
        self.rootsRow.setObjectName(u"rootsRow")
        self.rootCountSpin = QSpinBox(self.ownKeysGroup)
        self.rootCountSpin.setObjectName(u"rootCountSpin")
        self.rootCountSpin.setMinimum(1)
        self.rootCountSpin.setMaximum(7)
        self.rootCountSpin.setValue(3)

        self.rootsRow.addWidget(self.rootCountSpin)

        self.thresholdLabel = QLabel(self.ownKeysGroup)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.rootsRow.addWidget(self.thresholdLabel)

        self.thresholdSpin = QSpinBox(self.ownKeysGroup)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setMinimum(1)
        self.thresholdSpin.setMaximum(7)
        self.thresholdSpin.setValue(2)

        self.rootsRow.addWidget(self.thresholdSpin)

        self.rootsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rootsRow.addItem(self.rootsSpacer)


        self.ownKeysForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.rootsRow)

        self.createRootsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownKeysForm.setItem(1, QFormLayout.ItemRole.LabelRole, self.createRootsSpacer)

        self.createRootsButton = QPushButton(self.ownKeysGroup)
        self.createRootsButton.setObjectName(u"createRootsButton")

        self.ownKeysForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.createRootsButton)

        self.ownKeyNameLabel = QLabel(self.ownKeysGroup)
        self.ownKeyNameLabel.setObjectName(u"ownKeyNameLabel")

        self.ownKeysForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownKeyNameLabel)

        self.ownKeyNameEdit = QLineEdit(self.ownKeysGroup)
        self.ownKeyNameEdit.setObjectName(u"ownKeyNameEdit")

        self.ownKeysForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownKeyNameEdit)

        self.ownKeySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownKeysForm.setItem(3, QFormLayout.ItemRole.LabelRole, self.ownKeySpacer)

        self.ownKeyRow = QHBoxLayout()
        self.ownKeyRow.setObjectName(u"ownKeyRow")
        self.createOperationalButton = QPushButton(self.ownKeysGroup)
        self.createOperationalButton.setObjectName(u"createOperationalButton")

        self.ownKeyRow.addWidget(self.createOperationalButton)

        self.createAuditButton = QPushButton(self.ownKeysGroup)
        self.createAuditButton.setObjectName(u"createAuditButton")

        self.ownKeyRow.addWidget(self.createAuditButton)


        self.ownKeysForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.ownKeyRow)


        self.keyDetailLayout.addWidget(self.ownKeysGroup)

        self.keyDetailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keyDetailLayout.addItem(self.keyDetailSpacer)

        self.keyDetailScroll.setWidget(self.keyDetail)
        self.keysSplitter.addWidget(self.keyDetailScroll)

        self.keysLayout.addWidget(self.keysSplitter)

        self.tabs.addTab(self.keysTab, "")
        self.roundTab = QWidget()
        self.roundTab.setObjectName(u"roundTab")
        self.roundLayout = QVBoxLayout(self.roundTab)
        self.roundLayout.setObjectName(u"roundLayout")
        self.roundSplitter = QSplitter(self.roundTab)
        self.roundSplitter.setObjectName(u"roundSplitter")
        self.roundSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.roundSplitter.setChildrenCollapsible(False)
        self.formsPane = QWidget(self.roundSplitter)
        self.formsPane.setObjectName(u"formsPane")
        self.formsPaneLayout = QVBoxLayout(self.formsPane)
        self.formsPaneLayout.setObjectName(u"formsPaneLayout")
        self.formsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.formsLabel = QLabel(self.formsPane)
        self.formsLabel.setObjectName(u"formsLabel")

        self.formsPaneLayout.addWidget(self.formsLabel)

        self.formsTable = QTableView(self.formsPane)
        self.formsTable.setObjectName(u"formsTable")
        self.formsTable.setAlternatingRowColors(True)
        self.formsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.formsTable.setSortingEnabled(True)

        self.formsPaneLayout.addWidget(self.formsTable)

        self.formForm = QFormLayout()
        self.formForm.setObjectName(u"formForm")
        self.formCategoryLabel = QLabel(self.formsPane)
        self.formCategoryLabel.setObjectName(u"formCategoryLabel")

        self.formForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formCategoryLabel)

        self.formCategoryCombo = QComboBox(self.formsPane)
        self.formCategoryCombo.setObjectName(u"formCategoryCombo")

        self.formForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formCategoryCombo)

        self.builtinLabel = QLabel(self.formsPane)
        self.builtinLabel.setObjectName(u"builtinLabel")

        self.formForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.builtinLabel)

        self.builtinCombo = QComboBox(self.formsPane)
        self.builtinCombo.setObjectName(u"builtinCombo")

        self.formForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.builtinCombo)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formForm.setItem(2, QFormLayout.ItemRole.LabelRole, self.formSpacer)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.setFormButton = QPushButton(self.formsPane)
        self.setFormButton.setObjectName(u"setFormButton")

        self.formButtons.addWidget(self.setFormButton)

        self.importFormButton = QPushButton(self.formsPane)
        self.importFormButton.setObjectName(u"importFormButton")

        self.formButtons.addWidget(self.importFormButton)


        self.formForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.formButtons)

        self.roundDeadlineLabel = QLabel(self.formsPane)
        self.roundDeadlineLabel.setObjectName(u"roundDeadlineLabel")

        self.formForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roundDeadlineLabel)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.roundDeadlineEdit = QDateTimeEdit(self.formsPane)
        self.roundDeadlineEdit.setObjectName(u"roundDeadlineEdit")
        self.roundDeadlineEdit.setCalendarPopup(True)
        self.roundDeadlineEdit.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.deadlineRow.addWidget(self.roundDeadlineEdit)

        self.saveRoundButton = QPushButton(self.formsPane)
        self.saveRoundButton.setObjectName(u"saveRoundButton")

        self.deadlineRow.addWidget(self.saveRoundButton)


        self.formForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.deadlineRow)


        self.formsPaneLayout.addLayout(self.formForm)

        self.formsPaneLayout.setStretch(1, 1)
        self.roundSplitter.addWidget(self.formsPane)
        self.roundRightSplitter = QSplitter(self.roundSplitter)
        self.roundRightSplitter.setObjectName(u"roundRightSplitter")
        self.roundRightSplitter.setOrientation(Qt.Orientation.Vertical)
        self.roundRightSplitter.setChildrenCollapsible(False)
        self.applicantsPane = QWidget(self.roundRightSplitter)
        self.applicantsPane.setObjectName(u"applicantsPane")
        self.applicantsPaneLayout = QVBoxLayout(self.applicantsPane)
        self.applicantsPaneLayout.setObjectName(u"applicantsPaneLayout")
        self.applicantsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.applicantsHeader = QHBoxLayout()
        self.applicantsHeader.setObjectName(u"applicantsHeader")
        self.importApplicantsButton = QPushButton(self.applicantsPane)
        self.importApplicantsButton.setObjectName(u"importApplicantsButton")

        self.applicantsHeader.addWidget(self.importApplicantsButton)

        self.applicantsSummary = QLabel(self.applicantsPane)
        self.applicantsSummary.setObjectName(u"applicantsSummary")
        self.applicantsSummary.setWordWrap(True)

        self.applicantsHeader.addWidget(self.applicantsSummary)

        self.applicantsHeader.setStretch(1, 1)

        self.applicantsPaneLayout.addLayout(self.applicantsHeader)

        self.applicantsSplitter = QSplitter(self.applicantsPane)
        self.applicantsSplitter.setObjectName(u"applicantsSplitter")
        self.applicantsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.applicantsSplitter.setChildrenCollapsible(False)
        self.applicantProblemsTable = QTableView(self.applicantsSplitter)
        self.applicantProblemsTable.setObjectName(u"applicantProblemsTable")
        self.applicantProblemsTable.setAlternatingRowColors(True)
        self.applicantProblemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicantProblemsTable.setSortingEnabled(True)
        self.applicantsSplitter.addWidget(self.applicantProblemsTable)
        self.applicantsTable = QTableView(self.applicantsSplitter)
        self.applicantsTable.setObjectName(u"applicantsTable")
        self.applicantsTable.setAlternatingRowColors(True)
        self.applicantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicantsTable.setSortingEnabled(True)
        self.applicantsSplitter.addWidget(self.applicantsTable)

        self.applicantsPaneLayout.addWidget(self.applicantsSplitter)

        self.applicantsPaneLayout.setStretch(1, 1)
        self.roundRightSplitter.addWidget(self.applicantsPane)
        self.materialsPane = QWidget(self.roundRightSplitter)
        self.materialsPane.setObjectName(u"materialsPane")
        self.materialsPaneLayout = QVBoxLayout(self.materialsPane)
        self.materialsPaneLayout.setObjectName(u"materialsPaneLayout")
        self.materialsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.materialsHeader = QHBoxLayout()
        self.materialsHeader.setObjectName(u"materialsHeader")
        self.materialsButton = QPushButton(self.materialsPane)
        self.materialsButton.setObjectName(u"materialsButton")

        self.materialsHeader.addWidget(self.materialsButton)

        self.materialsProgress = QProgressBar(self.materialsPane)
        self.materialsProgress.setObjectName(u"materialsProgress")

        self.materialsHeader.addWidget(self.materialsProgress)

        self.materialsSummary = QLabel(self.materialsPane)
        self.materialsSummary.setObjectName(u"materialsSummary")
        self.materialsSummary.setWordWrap(True)

        self.materialsHeader.addWidget(self.materialsSummary)

        self.materialsHeader.setStretch(2, 1)

        self.materialsPaneLayout.addLayout(self.materialsHeader)

        self.materialsTable = QTableView(self.materialsPane)
        self.materialsTable.setObjectName(u"materialsTable")
        self.materialsTable.setAlternatingRowColors(True)
        self.materialsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materialsTable.setSortingEnabled(True)

        self.materialsPaneLayout.addWidget(self.materialsTable)

        self.materialsPaneLayout.setStretch(1, 1)
        self.roundRightSplitter.addWidget(self.materialsPane)
        self.roundSplitter.addWidget(self.roundRightSplitter)

        self.roundLayout.addWidget(self.roundSplitter)

        self.tabs.addTab(self.roundTab, "")
        self.panelsTab = QWidget()
        self.panelsTab.setObjectName(u"panelsTab")
        self.panelsLayout = QVBoxLayout(self.panelsTab)
        self.panelsLayout.setObjectName(u"panelsLayout")
        self.panelsSplitter = QSplitter(self.panelsTab)
        self.panelsSplitter.setObjectName(u"panelsSplitter")
        self.panelsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.panelsSplitter.setChildrenCollapsible(False)
        self.panelsScroll = QScrollArea(self.panelsSplitter)
        self.panelsScroll.setObjectName(u"panelsScroll")
        self.panelsScroll.setWidgetResizable(True)
        self.panelsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panelsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panelsPane = QWidget()
        self.panelsPane.setObjectName(u"panelsPane")
        self.panelsPaneLayout = QVBoxLayout(self.panelsPane)
        self.panelsPaneLayout.setObjectName(u"panelsPaneLayout")
        self.panelsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.panelsTitle = QLabel(self.panelsPane)
        self.panelsTitle.setObjectName(u"panelsTitle")

        self.panelsPaneLayout.addWidget(self.panelsTitle)

        self.panelsTable = QTableView(self.panelsPane)
        self.panelsTable.setObjectName(u"panelsTable")
        self.panelsTable.setAlternatingRowColors(True)
        self.panelsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.panelsTable.setSortingEnabled(True)

        self.panelsPaneLayout.addWidget(self.panelsTable)

        self.panelActions = QHBoxLayout()
        self.panelActions.setObjectName(u"panelActions")
        self.placeButton = QPushButton(self.panelsPane)
        self.placeButton.setObjectName(u"placeButton")

        self.panelActions.addWidget(self.placeButton)

        self.proposeButton = QPushButton(self.panelsPane)
        self.proposeButton.setObjectName(u"proposeButton")

        self.panelActions.addWidget(self.proposeButton)


        self.panelsPaneLayout.addLayout(self.panelActions)

        self.peopleGroup = QGroupBox(self.panelsPane)
        self.peopleGroup.setObjectName(u"peopleGroup")
        self.peopleLayout = QVBoxLayout(self.peopleGroup)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.membersLabel = QLabel(self.peopleGroup)
        self.membersLabel.setObjectName(u"membersLabel")

        self.peopleLayout.addWidget(self.membersLabel)

        self.membersList = QListWidget(self.peopleGroup)
        self.membersList.setObjectName(u"membersList")

        self.peopleLayout.addWidget(self.membersList)

        self.chairForm = QFormLayout()
        self.chairForm.setObjectName(u"chairForm")
        self.chairLabel = QLabel(self.peopleGroup)
        self.chairLabel.setObjectName(u"chairLabel")

        self.chairForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairCombo = QComboBox(self.peopleGroup)
        self.chairCombo.setObjectName(u"chairCombo")

        self.chairForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chairCombo)


        self.peopleLayout.addLayout(self.chairForm)

        self.savePeopleButton = QPushButton(self.peopleGroup)
        self.savePeopleButton.setObjectName(u"savePeopleButton")

        self.peopleLayout.addWidget(self.savePeopleButton)


        self.panelsPaneLayout.addWidget(self.peopleGroup)

        self.newPanelGroup = QGroupBox(self.panelsPane)
        self.newPanelGroup.setObjectName(u"newPanelGroup")
        self.newPanelForm = QFormLayout(self.newPanelGroup)
        self.newPanelForm.setObjectName(u"newPanelForm")
        self.panelRefLabel = QLabel(self.newPanelGroup)
        self.panelRefLabel.setObjectName(u"panelRefLabel")

        self.newPanelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.panelRefLabel)

        self.panelRefEdit = QLineEdit(self.newPanelGroup)
        self.panelRefEdit.setObjectName(u"panelRefEdit")

        self.newPanelForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.panelRefEdit)

        self.panelNameLabel = QLabel(self.newPanelGroup)
        self.panelNameLabel.setObjectName(u"panelNameLabel")

        self.newPanelForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.panelNameLabel)

        self.panelNameEdit = QLineEdit(self.newPanelGroup)
        self.panelNameEdit.setObjectName(u"panelNameEdit")

        self.newPanelForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.panelNameEdit)

        self.panelCategoryLabel = QLabel(self.newPanelGroup)
        self.panelCategoryLabel.setObjectName(u"panelCategoryLabel")

        self.newPanelForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.panelCategoryLabel)

        self.panelCategoryCombo = QComboBox(self.newPanelGroup)
        self.panelCategoryCombo.setObjectName(u"panelCategoryCombo")

        self.newPanelForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.panelCategoryCombo)

        self.newPanelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newPanelForm.setItem(3, QFormLayout.ItemRole.LabelRole, self.newPanelSpacer)

        self.createPanelButton = QPushButton(self.newPanelGroup)
        self.createPanelButton.setObjectName(u"createPanelButton")

        self.newPanelForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.createPanelButton)


        self.panelsPaneLayout.addWidget(self.newPanelGroup)

        self.panelsScroll.setWidget(self.panelsPane)
        self.panelsSplitter.addWidget(self.panelsScroll)
        self.matrixSplitter = QSplitter(self.panelsSplitter)
        self.matrixSplitter.setObjectName(u"matrixSplitter")
        self.matrixSplitter.setOrientation(Qt.Orientation.Vertical)
        self.matrixSplitter.setChildrenCollapsible(False)
        self.matrixPane = QWidget(self.matrixSplitter)
        self.matrixPane.setObjectName(u"matrixPane")
        self.matrixPaneLayout = QVBoxLayout(self.matrixPane)
        self.matrixPaneLayout.setObjectName(u"matrixPaneLayout")
        self.matrixPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.matrixLabel = QLabel(self.matrixPane)
        self.matrixLabel.setObjectName(u"matrixLabel")

        self.matrixPaneLayout.addWidget(self.matrixLabel)

        self.matrixTable = QTableView(self.matrixPane)
        self.matrixTable.setObjectName(u"matrixTable")
        self.matrixTable.setAlternatingRowColors(True)
        self.matrixTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrixTable.setSortingEnabled(True)

        self.matrixPaneLayout.addWidget(self.matrixTable)

        self.matrixPaneLayout.setStretch(1, 1)
        self.matrixSplitter.addWidget(self.matrixPane)
        self.problemsPane = QWidget(self.matrixSplitter)
        self.problemsPane.setObjectName(u"problemsPane")
        self.problemsPaneLayout = QVBoxLayout(self.problemsPane)
        self.problemsPaneLayout.setObjectName(u"problemsPaneLayout")
        self.problemsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsLabel = QLabel(self.problemsPane)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.problemsPaneLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.problemsPane)
        self.problemsList.setObjectName(u"problemsList")

        self.problemsPaneLayout.addWidget(self.problemsList)

        self.problemsPaneLayout.setStretch(1, 1)
        self.matrixSplitter.addWidget(self.problemsPane)
        self.panelsSplitter.addWidget(self.matrixSplitter)

        self.panelsLayout.addWidget(self.panelsSplitter)

        self.tabs.addTab(self.panelsTab, "")
        self.buildTab = QWidget()
        self.buildTab.setObjectName(u"buildTab")
        self.buildLayout = QVBoxLayout(self.buildTab)
        self.buildLayout.setObjectName(u"buildLayout")
        self.buildForm = QFormLayout()
        self.buildForm.setObjectName(u"buildForm")
        self.outLabel = QLabel(self.buildTab)
        self.outLabel.setObjectName(u"outLabel")

        self.buildForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outLabel)

        self.outRow = QHBoxLayout()
        self.outRow.setObjectName(u"outRow")
        self.outEdit = QLineEdit(self.buildTab)
        self.outEdit.setObjectName(u"outEdit")

        self.outRow.addWidget(self.outEdit)

        self.browseOutButton = QPushButton(self.buildTab)
        self.browseOutButton.setObjectName(u"browseOutButton")

        self.outRow.addWidget(self.browseOutButton)


        self.buildForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.outRow)


        self.buildLayout.addLayout(self.buildForm)

        self.buildButtons = QHBoxLayout()
        self.buildButtons.setObjectName(u"buildButtons")
        self.checkButton = QPushButton(self.buildTab)
        self.checkButton.setObjectName(u"checkButton")

        self.buildButtons.addWidget(self.checkButton)

        self.buildButton = QPushButton(self.buildTab)
        self.buildButton.setObjectName(u"buildButton")

        self.buildButtons.addWidget(self.buildButton)

        self.cancelBuildButton = QPushButton(self.buildTab)
        self.cancelBuildButton.setObjectName(u"cancelBuildButton")

        self.buildButtons.addWidget(self.cancelBuildButton)

        self.buildProgress = QProgressBar(self.buildTab)
        self.buildProgress.setObjectName(u"buildProgress")

        self.buildButtons.addWidget(self.buildProgress)

        self.buildStageLabel = QLabel(self.buildTab)
        self.buildStageLabel.setObjectName(u"buildStageLabel")
        self.buildStageLabel.setWordWrap(True)

        self.buildButtons.addWidget(self.buildStageLabel)

        self.buildButtons.setStretch(3, 1)
        self.buildButtons.setStretch(4, 1)

        self.buildLayout.addLayout(self.buildButtons)

        self.buildSplitter = QSplitter(self.buildTab)
        self.buildSplitter.setObjectName(u"buildSplitter")
        self.buildSplitter.setOrientation(Qt.Orientation.Vertical)
        self.buildSplitter.setChildrenCollapsible(False)
        self.readinessPane = QWidget(self.buildSplitter)
        self.readinessPane.setObjectName(u"readinessPane")
        self.readinessPaneLayout = QVBoxLayout(self.readinessPane)
        self.readinessPaneLayout.setObjectName(u"readinessPaneLayout")
        self.readinessPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.readinessLabel = QLabel(self.readinessPane)
        self.readinessLabel.setObjectName(u"readinessLabel")

        self.readinessPaneLayout.addWidget(self.readinessLabel)

        self.readinessList = QListWidget(self.readinessPane)
        self.readinessList.setObjectName(u"readinessList")

        self.readinessPaneLayout.addWidget(self.readinessList)

        self.readinessPaneLayout.setStretch(1, 1)
        self.buildSplitter.addWidget(self.readinessPane)
        self.handoverPane = QWidget(self.buildSplitter)
        self.handoverPane.setObjectName(u"handoverPane")
        self.handoverPaneLayout = QVBoxLayout(self.handoverPane)
        self.handoverPaneLayout.setObjectName(u"handoverPaneLayout")
        self.handoverPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.handoverLabel = QLabel(self.handoverPane)
        self.handoverLabel.setObjectName(u"handoverLabel")

        self.handoverPaneLayout.addWidget(self.handoverLabel)

        self.handoverTable = QTableView(self.handoverPane)
        self.handoverTable.setObjectName(u"handoverTable")
        self.handoverTable.setAlternatingRowColors(True)
        self.handoverTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.handoverTable.setSortingEnabled(True)

        self.handoverPaneLayout.addWidget(self.handoverTable)

        self.handoverButtons = QHBoxLayout()
        self.handoverButtons.setObjectName(u"handoverButtons")
        self.openPdfButton = QPushButton(self.handoverPane)
        self.openPdfButton.setObjectName(u"openPdfButton")

        self.handoverButtons.addWidget(self.openPdfButton)

        self.savePdfButton = QPushButton(self.handoverPane)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.handoverButtons.addWidget(self.savePdfButton)

        self.handoverSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handoverButtons.addItem(self.handoverSpacer)


        self.handoverPaneLayout.addLayout(self.handoverButtons)

        self.handoverPaneLayout.setStretch(1, 1)
        self.buildSplitter.addWidget(self.handoverPane)

        self.buildLayout.addWidget(self.buildSplitter)

        self.buildLayout.setStretch(2, 1)
        self.tabs.addTab(self.buildTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsLayout = QVBoxLayout(self.resultsTab)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importBundlesButton = QPushButton(self.resultsTab)
        self.importBundlesButton.setObjectName(u"importBundlesButton")

        self.importRow.addWidget(self.importBundlesButton)

        self.cancelImportButton = QPushButton(self.resultsTab)
        self.cancelImportButton.setObjectName(u"cancelImportButton")

        self.importRow.addWidget(self.cancelImportButton)

        self.importProgress = QProgressBar(self.resultsTab)
        self.importProgress.setObjectName(u"importProgress")

        self.importRow.addWidget(self.importProgress)

        self.reloadResultsButton = QPushButton(self.resultsTab)
        self.reloadResultsButton.setObjectName(u"reloadResultsButton")

        self.importRow.addWidget(self.reloadResultsButton)

        self.resultsSummary = QLabel(self.resultsTab)
        self.resultsSummary.setObjectName(u"resultsSummary")
        self.resultsSummary.setWordWrap(True)

        self.importRow.addWidget(self.resultsSummary)

        self.importRow.setStretch(2, 1)
        self.importRow.setStretch(4, 1)

        self.resultsLayout.addLayout(self.importRow)

        self.resultsSplitter = QSplitter(self.resultsTab)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.resultsSplitter.setChildrenCollapsible(False)
        self.verdictPane = QWidget(self.resultsSplitter)
        self.verdictPane.setObjectName(u"verdictPane")
        self.verdictPaneLayout = QVBoxLayout(self.verdictPane)
        self.verdictPaneLayout.setObjectName(u"verdictPaneLayout")
        self.verdictPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.verdictLabel = QLabel(self.verdictPane)
        self.verdictLabel.setObjectName(u"verdictLabel")

        self.verdictPaneLayout.addWidget(self.verdictLabel)

        self.verdictTable = QTableView(self.verdictPane)
        self.verdictTable.setObjectName(u"verdictTable")
        self.verdictTable.setAlternatingRowColors(True)
        self.verdictTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verdictTable.setSortingEnabled(True)

        self.verdictPaneLayout.addWidget(self.verdictTable)

        self.verdictPaneLayout.setStretch(1, 1)
        self.resultsSplitter.addWidget(self.verdictPane)
        self.resultsPane = QWidget(self.resultsSplitter)
        self.resultsPane.setObjectName(u"resultsPane")
        self.resultsPaneLayout = QVBoxLayout(self.resultsPane)
        self.resultsPaneLayout.setObjectName(u"resultsPaneLayout")
        self.resultsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsLabel = QLabel(self.resultsPane)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.resultsPaneLayout.addWidget(self.resultsLabel)

        self.resultsTable = QTableView(self.resultsPane)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setAlternatingRowColors(True)
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setSortingEnabled(True)

        self.resultsPaneLayout.addWidget(self.resultsTable)

        self.resultsPaneLayout.setStretch(1, 1)
        self.resultsSplitter.addWidget(self.resultsPane)

        self.resultsLayout.addWidget(self.resultsSplitter)

        self.publishResultsGroup = QGroupBox(self.resultsTab)
        self.publishResultsGroup.setObjectName(u"publishResultsGroup")
        self.publishResultsLayout = QVBoxLayout(self.publishResultsGroup)
        self.publishResultsLayout.setObjectName(u"publishResultsLayout")
        self.publicationForm = QFormLayout()
        self.publicationForm.setObjectName(u"publicationForm")
        self.commissionNameLabel = QLabel(self.publishResultsGroup)
        self.commissionNameLabel.setObjectName(u"commissionNameLabel")

        self.publicationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commissionNameLabel)

        self.commissionNameEdit = QLineEdit(self.publishResultsGroup)
        self.commissionNameEdit.setObjectName(u"commissionNameEdit")

        self.publicationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commissionNameEdit)

        self.publishOutLabel = QLabel(self.publishResultsGroup)
        self.publishOutLabel.setObjectName(u"publishOutLabel")

        self.publicationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.publishOutLabel)

        self.publishOutRow = QHBoxLayout()
        self.publishOutRow.setObjectName(u"publishOutRow")
        self.publishOutEdit = QLineEdit(self.publishResultsGroup)
        self.publishOutEdit.setObjectName(u"publishOutEdit")

        self.publishOutRow.addWidget(self.publishOutEdit)

        self.browsePublishButton = QPushButton(self.publishResultsGroup)
        self.browsePublishButton.setObjectName(u"browsePublishButton")

        self.publishOutRow.addWidget(self.browsePublishButton)


        self.publicationForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.publishOutRow)


        self.publishResultsLayout.addLayout(self.publicationForm)

        self.publishButtons = QHBoxLayout()
        self.publishButtons.setObjectName(u"publishButtons")
        self.publishButton = QPushButton(self.publishResultsGroup)
        self.publishButton.setObjectName(u"publishButton")

        self.publishButtons.addWidget(self.publishButton)

        self.cancelPublishButton = QPushButton(self.publishResultsGroup)
        self.cancelPublishButton.setObjectName(u"cancelPublishButton")

        self.publishButtons.addWidget(self.cancelPublishButton)

        self.publishProgress = QProgressBar(self.publishResultsGroup)
        self.publishProgress.setObjectName(u"publishProgress")

        self.publishButtons.addWidget(self.publishProgress)

        self.publishSummary = QLabel(self.publishResultsGroup)
        self.publishSummary.setObjectName(u"publishSummary")
        self.publishSummary.setWordWrap(True)

        self.publishButtons.addWidget(self.publishSummary)

        self.publishButtons.setStretch(2, 1)
        self.publishButtons.setStretch(3, 1)

        self.publishResultsLayout.addLayout(self.publishButtons)


        self.resultsLayout.addWidget(self.publishResultsGroup)

        self.resultsLayout.setStretch(1, 1)
        self.tabs.addTab(self.resultsTab, "")

        self.workspaceLayout.addWidget(self.tabs)

        self.workspaceLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.workdirLabel.setBuddy(self.workdirEdit)
        self.dbUrlLabel.setBuddy(self.dbUrlEdit)
        self.operatorLabel.setBuddy(self.operatorEdit)
        self.refLabel.setBuddy(self.refEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.sectionLabel.setBuddy(self.sectionCombo)
        self.panelsLabel.setBuddy(self.panelsEdit)
        self.institutionLabel.setBuddy(self.institutionEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.confirmedByLabel.setBuddy(self.confirmedByEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.rosterNoteLabel.setBuddy(self.rosterNoteEdit)
        self.rootCountLabel.setBuddy(self.rootCountSpin)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.ownKeyNameLabel.setBuddy(self.ownKeyNameEdit)
        self.formCategoryLabel.setBuddy(self.formCategoryCombo)
        self.builtinLabel.setBuddy(self.builtinCombo)
        self.roundDeadlineLabel.setBuddy(self.roundDeadlineEdit)
        self.membersLabel.setBuddy(self.membersList)
        self.chairLabel.setBuddy(self.chairCombo)
        self.panelRefLabel.setBuddy(self.panelRefEdit)
        self.panelNameLabel.setBuddy(self.panelNameEdit)
        self.panelCategoryLabel.setBuddy(self.panelCategoryCombo)
        self.matrixLabel.setBuddy(self.matrixTable)
        self.problemsLabel.setBuddy(self.problemsList)
        self.outLabel.setBuddy(self.outEdit)
        self.commissionNameLabel.setBuddy(self.commissionNameEdit)
        self.publishOutLabel.setBuddy(self.publishOutEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommissionWorkspace)

        QMetaObject.connectSlotsByName(CommissionWorkspace)
    # setupUi

    def retranslateUi(self, CommissionWorkspace):
        self.titleLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Commission desk", None))
        self.roundLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Round:", None))
        self.bannerLabel.setText("")
        self.placeGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Working folder and database", None))
        self.workdirLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Working &folder:", None))
        self.browseWorkdirButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Browse\u2026", None))
        self.dbUrlLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Database &URL:", None))
        self.operatorLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Commission &key file:", None))
        self.browseOperatorButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Choo&se\u2026", None))
        self.openButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Open or create", None))
        self.databaseLabel.setText("")
        self.rosterStatusLabel.setText("")
        self.roundsLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Rounds of this commission", None))
        self.newRoundGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"New round", None))
        self.refLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"R&ef:", None))
        self.nameLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"&Name:", None))
        self.kindLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Kin&d:", None))
        self.deadlineLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Dead&line:", None))
        self.createRoundButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Create round", None))
        self.changeRoleButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Change &role", None))
        self.tabs.setTabText(self.tabs.indexOf(self.homeTab), QCoreApplication.translate("CommissionWorkspace", u"&1 Home", None))
        self.keysLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Keys the commission knows", None))
        self.importRequestsButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Import requests\u2026", None))
        self.historyLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Roster versions", None))
        self.keyNameLabel.setText("")
        self.fingerprintLabel.setText("")
        self.keyStateLabel.setText("")
        self.assignGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Role and panels", None))
        self.sectionLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Ro&le:", None))
        self.panelsLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"&Panels:", None))
        self.institutionLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Ins&titution:", None))
        self.emailLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"E-&mail:", None))
        self.assignButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Assign", None))
        self.confirmGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Fingerprint read back by phone", None))
        self.confirmedByLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Confirmed &by:", None))
        self.confirmButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Confirm fingerprint", None))
        self.revokeGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Revoke", None))
        self.reasonLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"&Reason:", None))
        self.revokeButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Re&voke", None))
        self.publishGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Publish the roster", None))
        self.rosterNoteLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Version &note:", None))
        self.draftButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Draft new version", None))
        self.signButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Sign with a root key\u2026", None))
        self.signStatusLabel.setText("")
        self.ownKeysGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"The commission's own keys", None))
        self.rootCountLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"How man&y roots:", None))
        self.thresholdLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"needed to si&gn:", None))
        self.createRootsButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Create root &keys\u2026", None))
        self.ownKeyNameLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Key &holder:", None))
        self.createOperationalButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Create &operational key\u2026", None))
        self.createAuditButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Create a&udit key\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.keysTab), QCoreApplication.translate("CommissionWorkspace", u"&2 Keys and roster", None))
        self.formsLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Scoring form per category", None))
        self.formCategoryLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Cate&gory:", None))
        self.builtinLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Built-&in form:", None))
        self.setFormButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Use &built-in form", None))
        self.importFormButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Import form &file\u2026", None))
        self.roundDeadlineLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Dead&line:", None))
        self.saveRoundButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Sa&ve deadline", None))
        self.importApplicantsButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Import &applicants\u2026", None))
        self.applicantsSummary.setText("")
        self.materialsButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Check &materials folder\u2026", None))
        self.materialsSummary.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.roundTab), QCoreApplication.translate("CommissionWorkspace", u"&3 Round set-up", None))
        self.panelsTitle.setText(QCoreApplication.translate("CommissionWorkspace", u"Panels", None))
        self.placeButton.setText(QCoreApplication.translate("CommissionWorkspace", u"P&lace applicants", None))
        self.proposeButton.setText(QCoreApplication.translate("CommissionWorkspace", u"P&ropose assignment", None))
        self.peopleGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Members and chair", None))
        self.membersLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Mem&bers:", None))
        self.chairLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"C&hair:", None))
        self.savePeopleButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Save members and chair", None))
        self.newPanelGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"New panel", None))
        self.panelRefLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"R&ef:", None))
        self.panelNameLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Na&me:", None))
        self.panelCategoryLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Cate&gory:", None))
        self.createPanelButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Create panel", None))
        self.matrixLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Assignment &table (applicants \u00d7 experts; Space toggles)", None))
        self.problemsLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Chec&k before building:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.panelsTab), QCoreApplication.translate("CommissionWorkspace", u"&4 Panels and assignment", None))
        self.outLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"&Output folder:", None))
        self.browseOutButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Browse\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Check readiness", None))
        self.buildButton.setText(QCoreApplication.translate("CommissionWorkspace", u"B&uild packages", None))
        self.cancelBuildButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Cance&l", None))
        self.buildStageLabel.setText("")
        self.readinessLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"What stops the build", None))
        self.handoverLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Hand-over list", None))
        self.openPdfButton.setText(QCoreApplication.translate("CommissionWorkspace", u"O&pen hand-over PDF", None))
        self.savePdfButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Sa&ve a copy\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.buildTab), QCoreApplication.translate("CommissionWorkspace", u"&5 Build packages", None))
        self.importBundlesButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Import result bundles\u2026", None))
        self.cancelImportButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Cance&l", None))
        self.reloadResultsButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Reload results", None))
        self.resultsSummary.setText("")
        self.verdictLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Imported bundles", None))
        self.resultsLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"The round's results", None))
        self.publishResultsGroup.setTitle(QCoreApplication.translate("CommissionWorkspace", u"Publication", None))
        self.commissionNameLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Commission &name:", None))
        self.publishOutLabel.setText(QCoreApplication.translate("CommissionWorkspace", u"Publish &to:", None))
        self.browsePublishButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("CommissionWorkspace", u"Writes the results workbook (XLSX, every raw score), the public notice PDF, one summary page per applicant and the round's archive of signed files into the folder above.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.publishButton.setAccessibleName(QCoreApplication.translate("CommissionWorkspace", u"Publish: results workbook, public notice PDF, summaries and archive", None))
#endif // QT_CONFIG(accessibility)
        self.publishButton.setText(QCoreApplication.translate("CommissionWorkspace", u"&Publish", None))
        self.cancelPublishButton.setText(QCoreApplication.translate("CommissionWorkspace", u"Stop publis&hing", None))
        self.publishSummary.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.resultsTab), QCoreApplication.translate("CommissionWorkspace", u"&6 Results", None))
        pass
    # retranslateUi
