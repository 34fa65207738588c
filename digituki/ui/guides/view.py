"""Layout of the Guides area (no logic: see widget.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digituki.ui.context import AppContext
from digituki.ui.guides.model import GuideListModel
from digituki.ui.guides.viewer import GuidePanel


class GuidesView:
    """Builds the widgets of the Guides area onto `root`: filters, results, the open guide."""

    def __init__(self, root: QWidget, ctx: AppContext) -> None:
        outer = QVBoxLayout(root)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)

        filters = QGridLayout()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("guideSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.topic_label = QLabel()
        self.topic = QComboBox()
        self.topic.setObjectName("guideTopic")
        self.topic_label.setBuddy(self.topic)
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("guideLanguage")
        self.language_label.setBuddy(self.language)
        self.sort_label = QLabel()
        self.sort = QComboBox()
        self.sort.setObjectName("guideSort")
        self.sort_label.setBuddy(self.sort)
        self.favourites_only = QCheckBox()
        self.favourites_only.setObjectName("favouritesOnly")
        for combo in (self.topic, self.language, self.sort):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        filters.addWidget(self.search_label, 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(self.favourites_only, 0, 4)
        filters.addWidget(self.topic_label, 1, 0)
        filters.addWidget(self.topic, 1, 1)
        filters.addWidget(self.language_label, 1, 2)
        filters.addWidget(self.language, 1, 3, 1, 2)
        filters.addWidget(self.sort_label, 2, 0)
        filters.addWidget(self.sort, 2, 1)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(3, 1)
        outer.addLayout(filters)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel()
        self.count.setObjectName("guideCount")
        self.model = GuideListModel(root)
        self.results = QListView()
        self.results.setObjectName("guideResults")
        self.results.setModel(self.model)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.results, 1)
        self.panel = GuidePanel(ctx)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        outer.addWidget(self.splitter, 1)

        actions = QHBoxLayout()
        self.new_guide = QPushButton()
        self.new_guide.setObjectName("newGuide")
        self.packs_button = QPushButton()
        self.packs_button.setObjectName("guidePacks")
        self.packs_menu = QMenu(self.packs_button)
        self.import_pack = QAction(root)
        self.export_pack = QAction(root)
        self.remove_pack = QAction(root)
        for action in (self.import_pack, self.export_pack, self.remove_pack):
            self.packs_menu.addAction(action)
        self.packs_button.setMenu(self.packs_menu)
        actions.addWidget(self.new_guide)
        actions.addWidget(self.packs_button)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.status = QLabel()
        self.status.setObjectName("statusMessage")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
