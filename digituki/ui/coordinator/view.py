"""Layout of the Coordinator area (no logic: see widget.py).

Four tabs: Import (a big drop zone, "Add files…", "Add a folder…", the results in words),
Completeness (points × months), Regional report (period, preview, save), Points (rename, merge,
mark closed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class DropZone(QFrame):
    """A large framed area that takes files and folders dropped on it."""

    dropped = Signal(list)  # list[Path]

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.setLineWidth(2)
        self.setMinimumHeight(self.fontMetrics().height() * 6)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("dropZoneText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CoordinatorView:
    """Builds the widgets of the Coordinator area onto `root`."""

    def __init__(self, root: QWidget) -> None:
        outer = QVBoxLayout(root)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("coordinatorTabs")
        outer.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setObjectName("statusMessage")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        # --- import ---
        self.import_page = QWidget()
        page = QVBoxLayout(self.import_page)
        self.drop_zone = DropZone()
        page.addWidget(self.drop_zone)
        buttons = QHBoxLayout()
        self.add_files = QPushButton()
        self.add_files.setObjectName("addFiles")
        self.add_folder = QPushButton()
        self.add_folder.setObjectName("addFolder")
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.add_folder)
        buttons.addStretch(1)
        page.addLayout(buttons)
        self.key_warning = QLabel()
        self.key_warning.setObjectName("keyWarning")
        self.key_warning.setWordWrap(True)
        self.key_warning.setFrameShape(QFrame.Shape.Box)
        self.key_warning.setLineWidth(3)
        self.key_warning.setStyleSheet("QLabel#keyWarning { font-weight: bold; padding: 0.5em; }")
        self.key_warning.setVisible(False)
        page.addWidget(self.key_warning)
        held = QHBoxLayout()
        self.accept_key = QPushButton()
        self.accept_key.setObjectName("acceptKey")
        self.accept_key.setVisible(False)
        held.addWidget(self.accept_key)
        held.addStretch(1)
        page.addLayout(held)
        self.import_summary = QLabel()
        self.import_summary.setObjectName("importSummary")
        self.import_summary.setWordWrap(True)
        page.addWidget(self.import_summary)
        self.results = _table("importResults")
        page.addWidget(self.results, 1)
        self.tabs.addTab(self.import_page, "")

        # --- completeness ---
        self.matrix_page = QWidget()
        page = QVBoxLayout(self.matrix_page)
        row = QHBoxLayout()
        self.matrix_year_label = QLabel()
        self.matrix_year = QSpinBox()
        self.matrix_year.setObjectName("matrixYear")
        self.matrix_year.setRange(2000, 2100)
        self.matrix_year_label.setBuddy(self.matrix_year)
        row.addWidget(self.matrix_year_label)
        row.addWidget(self.matrix_year)
        row.addStretch(1)
        self.matrix_save = QPushButton()
        self.matrix_save.setObjectName("matrixSave")
        row.addWidget(self.matrix_save)
        page.addLayout(row)
        self.matrix_summary = QLabel()
        self.matrix_summary.setObjectName("matrixSummary")
        self.matrix_summary.setWordWrap(True)
        page.addWidget(self.matrix_summary)
        self.matrix = _table("completenessMatrix")
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix.horizontalHeader().setStretchLastSection(False)
        page.addWidget(self.matrix, 1)
        self.matrix_legend = QLabel()
        self.matrix_legend.setObjectName("matrixLegend")
        self.matrix_legend.setWordWrap(True)
        page.addWidget(self.matrix_legend)
        self.tabs.addTab(self.matrix_page, "")

        # --- regional report ---
        self.report_page = QWidget()
        page = QVBoxLayout(self.report_page)
        self.period_box = QGroupBox()
        form = QFormLayout(self.period_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind_label.setBuddy(self.kind)
        form.addRow(self.kind_label, self.kind)
        self.month_label = QLabel()
        self.month = QComboBox()
        self.month.setObjectName("reportMonth")
        self.month_label.setBuddy(self.month)
        form.addRow(self.month_label, self.month)
        self.quarter_label = QLabel()
        self.quarter = QComboBox()
        self.quarter.setObjectName("reportQuarter")
        self.quarter_label.setBuddy(self.quarter)
        form.addRow(self.quarter_label, self.quarter)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(2000, 2100)
        self.year_label.setBuddy(self.year)
        form.addRow(self.year_label, self.year)
        page.addWidget(self.period_box)
        self.report_summary = QLabel()
        self.report_summary.setObjectName("reportSummary")
        self.report_summary.setWordWrap(True)
        self.report_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page.addWidget(self.report_summary)
        tables_row = QHBoxLayout()
        left = QVBoxLayout()
        self.report_tables_label = QLabel()
        self.report_tables = QListWidget()
        self.report_tables.setObjectName("reportTables")
        self.report_tables_label.setBuddy(self.report_tables)
        left.addWidget(self.report_tables_label)
        left.addWidget(self.report_tables, 1)
        tables_row.addLayout(left, 1)
        self.report_table = _table("reportTable")
        tables_row.addWidget(self.report_table, 2)
        page.addLayout(tables_row, 1)
        self.save_box = QGroupBox()
        save_row = QHBoxLayout(self.save_box)
        self.save_pdf = QPushButton()
        self.save_pdf.setObjectName("saveRegionalPdf")
        self.save_xlsx = QPushButton()
        self.save_xlsx.setObjectName("saveRegionalXlsx")
        self.save_csv = QPushButton()
        self.save_csv.setObjectName("saveRegionalCsv")
        self.save_bundle = QPushButton()
        self.save_bundle.setObjectName("saveRegionalBundle")
        self.save_all = QPushButton()
        self.save_all.setObjectName("saveRegionalAll")
        for button in (
            self.save_pdf,
            self.save_xlsx,
            self.save_csv,
            self.save_bundle,
            self.save_all,
        ):
            save_row.addWidget(button)
        save_row.addStretch(1)
        page.addWidget(self.save_box)
        self.tabs.addTab(self.report_page, "")

        # --- points ---
        self.points_page = QWidget()
        page = QVBoxLayout(self.points_page)
        self.points = _table("pointsTable")
        page.addWidget(self.points, 1)
        self.edit_box = QGroupBox()
        form = QFormLayout(self.edit_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.point_name_label = QLabel()
        self.point_name = QLineEdit()
        self.point_name.setObjectName("pointName")
        self.point_name.setMaxLength(120)
        self.point_name_label.setBuddy(self.point_name)
        form.addRow(self.point_name_label, self.point_name)
        self.point_municipality_label = QLabel()
        self.point_municipality = QLineEdit()
        self.point_municipality.setObjectName("pointMunicipality")
        self.point_municipality.setMaxLength(120)
        self.point_municipality_label.setBuddy(self.point_municipality)
        form.addRow(self.point_municipality_label, self.point_municipality)
        actions = QHBoxLayout()
        self.rename = QPushButton()
        self.rename.setObjectName("renamePoint")
        self.toggle_closed = QPushButton()
        self.toggle_closed.setObjectName("toggleClosed")
        actions.addWidget(self.rename)
        actions.addWidget(self.toggle_closed)
        actions.addStretch(1)
        form.addRow("", actions)
        self.merge_label = QLabel()
        self.merge_target = QComboBox()
        self.merge_target.setObjectName("mergeTarget")
        self.merge_label.setBuddy(self.merge_target)
        form.addRow(self.merge_label, self.merge_target)
        self.merge = QPushButton()
        self.merge.setObjectName("mergePoints")
        form.addRow("", self.merge)
        page.addWidget(self.edit_box)
        self.tabs.addTab(self.points_page, "")
