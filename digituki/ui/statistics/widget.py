"""Statistics area: pick a month, a range of months or a year; see the published (suppressed)
numbers as tables and bar charts; save them as PDF, XLSX, CSV or the coordinator file; see which
months were saved and which changed afterwards. All database work goes through the runner."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from digituki.core import clock
from digituki.core.domain.errors import DigitukiError
from digituki.core.domain.stats import Period, PublishedTable
from digituki.core.exports import labels
from digituki.ui.context import AppContext
from digituki.ui.errors import message_for, register_validation_messages
from digituki.ui.i18n import format_number
from digituki.ui.statistics.model import ExportHistoryModel, StatsTableModel
from digituki.ui.statistics.view import StatisticsView
from digituki.ui.widgets.area import Area

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

KIND_MONTH, KIND_RANGE, KIND_YEAR = "month", "range", "year"
MONTHS_OFFERED = 36


def _validation_text(code: str) -> str | None:
    texts = {
        "month_invalid": translate("Statistics", "Choose a month from the list."),
        "period_reversed": translate(
            "Statistics", "The first month must come before the last month."
        ),
        "period_too_long": translate("Statistics", "Choose at most ten years at a time."),
        "bundle_invalid": translate(
            "Statistics", "The coordinator file could not be made. Nothing was saved."
        ),
    }
    return texts.get(code)


def _month_list(today: dt.date, count: int = MONTHS_OFFERED) -> list[str]:
    """The current month and the months before it, newest first."""
    index = today.year * 12 + today.month - 1
    return [f"{(index - i) // 12:04d}-{(index - i) % 12 + 1:02d}" for i in range(count)]


class StatisticsArea(Area):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_validation_messages(_validation_text)
        self.view = StatisticsView(self)
        self.table_model = StatsTableModel(self)
        self.history_model = ExportHistoryModel(self)
        v = self.view
        v.table.setModel(self.table_model)
        header = v.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        v.history.setModel(self.history_model)
        self.report: Any = None
        self.history: list[Any] = []
        self._loading = False
        self._pending = False
        today = clock.today()
        self._months = _month_list(today)
        for combo in (v.first, v.last):
            for month in self._months:
                combo.addItem(month, month)
        v.first.setCurrentIndex(1)  # last month: the one usually reported
        v.last.setCurrentIndex(0)
        v.year.setValue(today.year)
        for kind in (KIND_MONTH, KIND_RANGE, KIND_YEAR):
            v.kind.addItem("", kind)
        self.retranslate()
        v.kind.currentIndexChanged.connect(self._kind_changed)
        v.first.currentIndexChanged.connect(self._period_changed)
        v.last.currentIndexChanged.connect(self._period_changed)
        v.year.valueChanged.connect(self._period_changed)
        v.tables.currentRowChanged.connect(self._show_table)
        v.export_pdf.clicked.connect(lambda: self.export(["pdf"]))
        v.export_xlsx.clicked.connect(lambda: self.export(["xlsx"]))
        v.export_csv.clicked.connect(lambda: self.export(["csv"]))
        v.export_bundle.clicked.connect(lambda: self.export(["bundle"]))
        v.export_all.clicked.connect(lambda: self.export(["pdf", "xlsx", "csv", "bundle"]))
        v.k.valueChanged.connect(self._k_changed)
        self._kind_changed()

    # --- texts ---------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.ctx.translations.language

    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Statistics"))
        v.period_box.setTitle(self.tr("Which period"))
        v.kind_label.setText(self.tr("&Show:"))
        v.kind.setAccessibleName(self.tr("Length of the period"))
        for i, text in enumerate(
            (self.tr("One month"), self.tr("Several months"), self.tr("Whole year"))
        ):
            v.kind.setItemText(i, text)
        kind = v.kind.currentData()
        v.first_label.setText(self.tr("&Month:") if kind != KIND_RANGE else self.tr("&From:"))
        v.first.setAccessibleName(
            self.tr("Month") if kind != KIND_RANGE else self.tr("First month")
        )
        v.last_label.setText(self.tr("&To:"))
        v.last.setAccessibleName(self.tr("Last month"))
        v.year_label.setText(self.tr("&Year:"))
        v.year.setAccessibleName(self.tr("Year"))
        for combo in (v.first, v.last):
            for i in range(combo.count()):
                month = combo.itemData(i)
                combo.setItemText(i, labels.month_name(month, self.language))
        v.summary_box.setTitle(self.tr("The numbers"))
        names = {
            "sessions": self.tr("Help sessions:"),
            "customers": self.tr("Customers:"),
            "hours": self.tr("Time spent helping:"),
            "median": self.tr("A typical session:"),
            "volunteer_hours": self.tr("Volunteer hours:"),
            "privacy": self.tr("Privacy:"),
        }
        for key, (label, _) in v.summary_labels.items():
            label.setText(names[key])
        v.tables_label.setText(self.tr("Ta&bles:"))
        v.tables.setAccessibleName(self.tr("Tables"))
        v.table.setAccessibleName(self.tr("Numbers of the chosen table"))
        v.chart.setAccessibleName(self.tr("Bar chart of the chosen table"))
        v.export_box.setTitle(self.tr("Save for the coordination group"))
        v.export_pdf.setText(self.tr("Save &PDF report"))
        v.export_pdf.setAccessibleName(self.tr("Save PDF report"))
        v.export_xlsx.setText(self.tr("Save &Excel file (XLSX)"))
        v.export_xlsx.setAccessibleName(self.tr("Save Excel file"))
        v.export_csv.setText(self.tr("Save &CSV file"))
        v.export_csv.setAccessibleName(self.tr("Save CSV file"))
        v.export_bundle.setText(self.tr("Save coor&dinator file"))
        v.export_bundle.setAccessibleName(self.tr("Save coordinator file"))
        v.export_all.setText(self.tr("Save &all four"))
        v.export_all.setAccessibleName(self.tr("Save all four files"))
        v.k_label.setText(self.tr("&Hide numbers smaller than:"))
        v.k.setAccessibleName(self.tr("Hide numbers smaller than"))
        v.history_box.setTitle(self.tr("Saved earlier"))
        v.history.setAccessibleName(self.tr("Saved earlier"))
        self._show_report()
        self._show_history()

    # --- the period ------------------------------------------------------------------------------

    def period(self) -> Period:
        v = self.view
        kind = v.kind.currentData()
        if kind == KIND_YEAR:
            return Period.year(v.year.value())
        first = v.first.currentData()
        if kind == KIND_RANGE:
            return Period.range(first, v.last.currentData())
        return Period.month(first)

    def set_period(self, period: Period) -> None:
        """Choose `period` in the controls (tests, and opening a saved export)."""
        v = self.view
        kind = (
            KIND_YEAR
            if period.kind == "year"
            else KIND_RANGE
            if period.first != period.last
            else KIND_MONTH
        )
        v.kind.setCurrentIndex(v.kind.findData(kind))
        if kind == KIND_YEAR:
            v.year.setValue(int(period.first[:4]))
        else:
            for combo, month in ((v.first, period.first), (v.last, period.last)):
                if combo.findData(month) < 0:
                    combo.addItem(labels.month_name(month, self.language), month)
                combo.setCurrentIndex(combo.findData(month))
        self._period_changed()

    def _kind_changed(self, *_: object) -> None:
        v = self.view
        kind = v.kind.currentData()
        for widget in (v.first_label, v.first):
            widget.setVisible(kind != KIND_YEAR)
        for widget in (v.last_label, v.last):
            widget.setVisible(kind == KIND_RANGE)
        for widget in (v.year_label, v.year):
            widget.setVisible(kind == KIND_YEAR)
        self.retranslate()
        self._period_changed()

    def _period_changed(self, *_: object) -> None:
        self.reload()

    # --- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.ctx.db is None:
            return
        try:
            period = self.period()
        except DigitukiError as exc:  # a reversed range: say so, keep the old numbers
            self._say(message_for(exc))
            return
        if self._loading:
            self._pending = True
            return
        self._loading = True
        self.ctx.runner.run(
            _load,
            self.ctx.db,
            period,
            on_done=self._loaded,
            on_error=self._load_failed,
            label=self.tr("Counting…"),
            parent=self,
        )

    def _loaded(self, result: tuple[Any, list[Any], int]) -> None:
        self._loading = False
        if self._pending:
            self._pending = False
            self.reload()
            return
        self.report, self.history, k = result
        self.view.k.blockSignals(True)
        self.view.k.setValue(k)
        self.view.k.blockSignals(False)
        self._show_report()
        self._show_history()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        from digituki.ui.errors import show_error

        show_error(self, error)

    # --- showing -------------------------------------------------------------------------------

    def _tables(self) -> list[PublishedTable]:
        if self.report is None:
            return []
        tables = list(self.report.tables)
        if len(self.report.trend.rows) > 1 or not tables:
            tables.append(self.report.trend)
        return tables

    def _show_report(self) -> None:
        v = self.view
        report = self.report
        values = {key: "–" for key in v.summary_labels}
        notice = ""
        if report is not None:
            k = report.k
            values["sessions"] = format_number(report.sessions)
            if report.detail:
                # a figure a corrected month leaves out stays "–"
                if report.customers is not None:
                    values["customers"] = format_number(report.customers)
                if report.total_minutes is not None:
                    values["hours"] = self.tr("{hours} h").format(
                        hours=format_number(report.total_minutes / 60)
                    )
                if report.median_minutes is not None:
                    values["median"] = self.tr("{minutes} min").format(
                        minutes=format_number(report.median_minutes)
                    )
                values["volunteer_hours"] = format_number(report.volunteer_hours or 0)
            elif report.sessions >= 10:  # several months, one of them small
                notice = labels.notice_text("small_months", self.language, k)
            else:
                notice = self.tr(
                    "Fewer than 10 help sessions: only their number is shown and saved."
                )
            extra = [
                labels.notice_text(c, self.language, k)
                for c in report.limited
                if c != "small_months"  # said above
            ]
            if report.preliminary:
                extra.insert(0, labels.notice_text("preliminary", self.language, k))
            notice = " ".join(t for t in (notice, *extra) if t)
            values["privacy"] = (
                self.tr(
                    "Numbers 1–{k1} are shown as <{k}; × hides a number that could otherwise be "
                    "worked out from the totals."
                ).format(k=k, k1=k - 1)
                + " "
                + labels.notice_text("guarantee", self.language, k)
            )
        for key, (_, label) in v.summary_labels.items():
            label.setText(values[key])
        v.notice.setText(notice)
        v.notice.setVisible(bool(notice))
        current = v.tables.currentRow()
        v.tables.blockSignals(True)
        v.tables.clear()
        for table in self._tables():
            v.tables.addItem(labels.table_title(table.key, self.language))
        v.tables.blockSignals(False)
        if v.tables.count():
            v.tables.setCurrentRow(min(max(current, 0), v.tables.count() - 1))
        self._show_table(v.tables.currentRow())

    def _show_table(self, row: int) -> None:
        v = self.view
        tables = self._tables()
        table = tables[row] if 0 <= row < len(tables) else None
        total_name = labels.TOTAL[labels.lang(self.language)]
        if table is None:
            self.table_model.set_rows(None, self.language, ("", ""), total_name, "")
            v.table_title.setText("")
            v.table_note.setText("")
            v.chart.set_data([], [], [])
            return
        headers = (
            labels.dimension_name(table.row_dimension, self.language),
            labels.unit_name(table.unit, self.language),
        )
        self.table_model.set_rows(table, self.language, headers, total_name, self.tr("hidden"))
        v.table_title.setText(labels.table_title(table.key, self.language))
        note = ""
        if table.withheld and table.note == "revised":
            note = labels.notice_text("revised", self.language, table.k)
        elif table.withheld:
            note = self.tr("This table is not shown: its numbers are too small.")
        elif table.note == "combined":
            note = labels.notice_text("combined", self.language, table.k)
        elif table.coarsened == (table.row_dimension,):
            note = self.tr("Age groups were combined so that more numbers can be shown.")
        elif table.coarsened:
            names = ", ".join(
                labels.row_label(table.row_dimension, c, self.language) for c in table.coarsened
            )
            note = self.tr("Topics combined into their group: {groups}").format(groups=names)
        v.table_note.setText(note)
        v.table_note.setVisible(bool(note))
        names, numbers, texts = [], [], []
        if not table.withheld:
            for r, code in enumerate(table.rows):
                if table.level(r) == 0:
                    p = table.cells[r][0]
                    names.append(labels.row_label(table.row_dimension, code, self.language))
                    numbers.append(p.value)
                    texts.append(p.text(table.k))
        v.chart.set_data(names, numbers, texts)

    def _show_history(self) -> None:
        from digituki.ui.i18n import format_date, format_time

        formats = {
            "pdf": self.tr("PDF report"),
            "xlsx": self.tr("Excel file"),
            "csv": self.tr("CSV file"),
            "bundle": self.tr("Coordinator file"),
        }
        rows = []
        for record in self.history:
            period = Period.parse(record.period)
            local = record.exported_at.astimezone()
            when = f"{format_date(local.date())} {format_time(local.time())}"
            state = self.tr("Changed after saving") if record.outdated else self.tr("Up to date")
            rows.append(
                (
                    labels.period_name(period.first, period.last, self.language),
                    formats.get(record.format, record.format),
                    when,
                    state,
                )
            )
        headers = (self.tr("Period"), self.tr("File"), self.tr("Saved"), self.tr("State"))
        self.history_model.set_rows(rows, headers)

    # --- saving --------------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        """Ask where to save (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the files"), str(Path.home())
        )
        return Path(folder) if folder else None

    def export(self, formats: list[str]) -> None:
        if self.ctx.db is None:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        from digituki.core.services import stats

        self._say(self.tr("Saving…"))
        self.ctx.runner.run(
            functools.partial(stats.export_period, language=self.language),
            self.ctx.db,
            self.period(),
            formats,
            folder,
            on_done=self._exported,
            on_error=self._export_failed,
            label=self.tr("Saving the files…"),
            parent=self,
            progress=True,
        )

    def _exported(self, files: tuple[Any, ...]) -> None:
        names = ", ".join(f.path.name for f in files)
        folder = str(files[0].path.parent) if files else ""
        self._say(self.tr("Saved {files} in {folder}.").format(files=names, folder=folder))
        self.reload()

    def _export_failed(self, error: BaseException) -> None:
        from digituki.ui.errors import show_error

        if isinstance(error, OSError):
            self._say(
                self.tr("The files could not be saved in that folder. Choose another folder.")
            )
            return
        self._say("")
        show_error(self, error)

    def _k_changed(self, value: int) -> None:
        if self.ctx.db is None:
            return
        from digituki.core.services import stats

        self.ctx.runner.run(
            stats.set_suppression_k,
            self.ctx.db,
            value,
            on_done=lambda _: self.reload(),
            parent=self,
        )

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.view.status.setText(text)
        if text:
            announce(self.view.status, text)


def _load(db: Any, period: Period) -> tuple[Any, list[Any], int]:
    """Runs on the worker thread: the published report, the export history and k."""
    from digituki.core.services import stats

    report = stats.report(db, period)
    return report, stats.export_history(db), report.k
