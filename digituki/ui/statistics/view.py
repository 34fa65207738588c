"""Layout of the Statistics area (no logic: see widget.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digituki.ui.statistics.chart import BarChart
from digituki.ui.widgets.responsive import (
    fewer_columns_when_large,
    stack_when_large,
    wrap_when_large,
)


class StatisticsView:
    """Builds the widgets of the Statistics area onto `root`."""

    def __init__(self, root: QWidget) -> None:
        # Everything scrolls, so the area never forces the window to a minimum size.
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        self.scroll.setWidget(content)
        root_layout.addWidget(self.scroll)
        outer = QVBoxLayout(content)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)

        # --- which period ---
        self.period_box = QGroupBox()
        period = QHBoxLayout(self.period_box)
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind_label.setBuddy(self.kind)
        self.first_label = QLabel()
        self.first = QComboBox()
        self.first.setObjectName("firstMonth")
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel()
        self.last = QComboBox()
        self.last.setObjectName("lastMonth")
        self.last_label.setBuddy(self.last)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2999)
        self.year_label.setBuddy(self.year)
        for label, field in (
            (self.kind_label, self.kind),
            (self.first_label, self.first),
            (self.last_label, self.last),
            (self.year_label, self.year),
        ):
            period.addWidget(label)
            period.addWidget(field)
        period.addStretch(1)
        stack_when_large(self.period_box, period)
        outer.addWidget(self.period_box)

        # --- the numbers ---
        self.summary_box = QGroupBox()
        box = QVBoxLayout(self.summary_box)
        summary = QGridLayout()
        box.addLayout(summary)
        self.summary_labels: dict[str, tuple[QLabel, QLabel]] = {}
        pairs: list[tuple[QWidget, ...]] = []
        for key in ("sessions", "customers", "hours", "median", "volunteer_hours", "privacy"):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            pairs.append((name, value))
            self.summary_labels[key] = (name, value)
        # two name–number pairs a row; one at large text sizes
        fewer_columns_when_large(self.summary_box, summary, pairs)
        summary.setColumnStretch(1, 1)
        summary.setColumnStretch(3, 1)
        self.notice = QLabel()
        self.notice.setObjectName("statsNotice")
        self.notice.setWordWrap(True)
        box.addWidget(self.notice)
        outer.addWidget(self.summary_box)

        splitter = QSplitter()
        self.tables_label = QLabel()
        self.tables = QListWidget()
        self.tables.setObjectName("statsTables")
        self.tables_label.setBuddy(self.tables)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tables_label)
        left_layout.addWidget(self.tables)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel()
        self.table_title.setObjectName("statsTableTitle")
        right_layout.addWidget(self.table_title)
        self.table = QTableView()
        self.table.setObjectName("statsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        right_layout.addWidget(self.table, 3)
        self.table_note = QLabel()
        self.table_note.setWordWrap(True)
        right_layout.addWidget(self.table_note)
        self.chart = BarChart()
        self.chart.setObjectName("statsChart")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.chart_scroll = scroll
        right_layout.addWidget(scroll, 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)

        # --- saving and what was saved ---
        bottom = QHBoxLayout()
        self.export_box = QGroupBox()
        export = QVBoxLayout(self.export_box)
        self.export_pdf = QPushButton()
        self.export_pdf.setObjectName("exportPdf")
        self.export_xlsx = QPushButton()
        self.export_xlsx.setObjectName("exportXlsx")
        self.export_csv = QPushButton()
        self.export_csv.setObjectName("exportCsv")
        self.export_bundle = QPushButton()
        self.export_bundle.setObjectName("exportBundle")
        self.export_all = QPushButton()
        self.export_all.setObjectName("exportAll")
        for button in (
            self.export_pdf,
            self.export_xlsx,
            self.export_csv,
            self.export_bundle,
            self.export_all,
        ):
            export.addWidget(button)
        k_form = QFormLayout()
        k_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.k_label = QLabel()
        wrap_when_large(self.k_label)
        self.k = QSpinBox()
        self.k.setObjectName("suppressionK")
        self.k.setRange(3, 10)
        self.k_label.setBuddy(self.k)
        k_form.addRow(self.k_label, self.k)
        export.addLayout(k_form)
        self.status = QLabel()
        self.status.setObjectName("statusMessage")
        self.status.setWordWrap(True)
        export.addWidget(self.status)
        bottom.addWidget(self.export_box, 1)

        self.history_box = QGroupBox()
        history = QVBoxLayout(self.history_box)
        self.history = QTableView()
        self.history.setTabKeyNavigation(False)
        self.history.setObjectName("exportHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        history.addWidget(self.history)
        bottom.addWidget(self.history_box, 2)
        stack_when_large(content, bottom)  # at large text the saved files go below
        outer.addLayout(bottom)
