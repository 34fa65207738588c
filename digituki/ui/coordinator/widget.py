"""Coordinator area (coordinator mode): import the points' monthly bundles, see who is missing,
make the regional report, look after the list of points. All database work goes through the
runner; the texts come from here, the numbers from `core.services.coordinator`."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from digituki.core import clock
from digituki.core.domain.stats import Period, PublishedTable
from digituki.core.exports import labels
from digituki.ui.context import AppContext
from digituki.ui.coordinator.model import TextTableModel
from digituki.ui.coordinator.view import CoordinatorView
from digituki.ui.errors import register_validation_messages, show_error
from digituki.ui.i18n import format_number
from digituki.ui.widgets.area import Area

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

KIND_MONTH, KIND_QUARTER, KIND_YEAR = "month", "quarter", "year"
MONTHS_OFFERED = 36
QUARTERS_OFFERED = 12

SYMBOL = {"delivered": "✓", "replaced": "↻", "missing": "✗", "closed": "–", "not_due": "·"}
WARNING_SIGN = "⚠"


def _validation_text(code: str) -> str | None:
    texts = {
        "same_point": translate("Coordinator", "Choose two different points to merge."),
        "already_merged": translate(
            "Coordinator", "That point has already been merged into another one."
        ),
    }
    return texts.get(code)


def reason_text(reason: str) -> str:
    """Why a file was refused, in plain words."""
    texts = {
        "too_large": translate("Coordinator", "The file is too large to be a statistics file."),
        "not_utf8": translate("Coordinator", "The file is not a statistics file (wrong text)."),
        "not_json": translate("Coordinator", "The file is damaged or not a statistics file."),
        "not_object": translate("Coordinator", "The file is not a statistics file."),
        "schema_version": translate(
            "Coordinator", "The file was made by a Digituki version this one does not know."
        ),
        "schema": translate("Coordinator", "The file's contents are not in the right form."),
        "checksum": translate(
            "Coordinator", "The file was damaged or changed after it was saved (checksum)."
        ),
        "signature": translate(
            "Coordinator", "The file was changed after the point signed it (signature)."
        ),
        "topic_list_version": translate("Coordinator", "The file uses an unknown topic list."),
        "period_not_month": translate("Coordinator", "The file covers more than one month."),
        "period_too_old": translate("Coordinator", "The file's month is impossibly old."),
        "period_in_future": translate("Coordinator", "The file's month is in the future."),
        "generated_in_future": translate(
            "Coordinator", "The file says it was made in the future (check the point's clock)."
        ),
        "count_type": translate(
            "Coordinator", "A number in the file is not a whole number of zero or more."
        ),
        "count_too_large": translate("Coordinator", "A number in the file is impossibly large."),
        "table_shape": translate("Coordinator", "A table in the file has the wrong form."),
        "duplicate_table": translate("Coordinator", "A table appears twice in the file."),
        "duplicate_cell": translate("Coordinator", "A number appears twice in a table."),
        "too_many_cells": translate("Coordinator", "The file has far too many numbers."),
        "export_id_conflict": translate(
            "Coordinator",
            "A different file with the same identity was imported before. This one was not used.",
        ),
        "unreadable": translate("Coordinator", "The file could not be read."),
    }
    return texts.get(reason, translate("Coordinator", "The file could not be used."))


def _month_list(count: int = MONTHS_OFFERED) -> list[str]:
    today = clock.today()
    index = today.year * 12 + today.month - 1
    return [f"{(index - i) // 12:04d}-{(index - i) % 12 + 1:02d}" for i in range(count)]


def _quarter_list(count: int = QUARTERS_OFFERED) -> list[tuple[int, int]]:
    today = clock.today()
    index = today.year * 4 + (today.month - 1) // 3
    return [((index - i) // 4, (index - i) % 4 + 1) for i in range(count)]


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    return Period.range(f"{year:04d}-{first:02d}", f"{year:04d}-{first + 2:02d}")


def _load_report(db: Any, period: Period) -> tuple[Any, Any]:
    from digituki.core.services import coordinator as coord

    return coord.regional_stats(db, period), coord.regional_report(db, period)


class CoordinatorArea(Area):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_validation_messages(_validation_text)
        self.view = CoordinatorView(self)
        v = self.view
        self.results_model = TextTableModel(self)
        self.matrix_model = TextTableModel(self)
        self.points_model = TextTableModel(self)
        self.report_model = TextTableModel(self)
        v.results.setModel(self.results_model)
        v.matrix.setModel(self.matrix_model)
        v.points.setModel(self.points_model)
        v.report_table.setModel(self.report_model)
        self.import_result: Any = None
        self.matrix_data: Any = None
        self.points_data: list[Any] = []
        self.report: Any = None
        self.regional: Any = None
        self._report_loading = False
        self._report_pending = False

        today = clock.today()
        for month in _month_list():
            v.month.addItem(month, month)
        v.month.setCurrentIndex(1)  # last month: the one the points have just sent
        for year, quarter in _quarter_list():
            v.quarter.addItem("", (year, quarter))
        v.year.setValue(today.year)
        v.matrix_year.setValue(today.year)
        for kind in (KIND_MONTH, KIND_QUARTER, KIND_YEAR):
            v.kind.addItem("", kind)
        self.retranslate()

        v.drop_zone.dropped.connect(self.import_paths)
        v.add_files.clicked.connect(self._add_files)
        v.add_folder.clicked.connect(self._add_folder)
        v.accept_key.clicked.connect(self._review_pending)
        v.matrix_year.valueChanged.connect(lambda _: self.load_matrix())
        v.matrix_save.clicked.connect(self._save_matrix)
        v.kind.currentIndexChanged.connect(self._kind_changed)
        v.month.currentIndexChanged.connect(lambda _: self.load_report())
        v.quarter.currentIndexChanged.connect(lambda _: self.load_report())
        v.year.valueChanged.connect(lambda _: self.load_report())
        v.report_tables.currentRowChanged.connect(self._show_report_table)
        v.save_pdf.clicked.connect(lambda: self.save_report(["pdf"]))
        v.save_xlsx.clicked.connect(lambda: self.save_report(["xlsx"]))
        v.save_csv.clicked.connect(lambda: self.save_report(["csv"]))
        v.save_bundle.clicked.connect(lambda: self.save_report(["bundle"]))
        v.save_all.clicked.connect(lambda: self.save_report(["pdf", "xlsx", "csv", "bundle"]))
        v.points.selectionModel().currentRowChanged.connect(lambda *_: self._point_chosen())
        v.rename.clicked.connect(self._rename)
        v.toggle_closed.clicked.connect(self._toggle_closed)
        v.merge.clicked.connect(self._merge)
        v.tabs.currentChanged.connect(lambda _: self.activate())
        self._kind_changed()
        self._point_chosen()

    @property
    def language(self) -> str:
        return self.ctx.translations.language

    # --- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Coordinator: the region's statistics"))
        v.tabs.setAccessibleName(self.tr("Coordinator sections"))
        v.tabs.setTabText(0, self.tr("&Import files"))
        v.tabs.setTabText(1, self.tr("&Who has sent"))
        v.tabs.setTabText(2, self.tr("&Regional report"))
        v.tabs.setTabText(3, self.tr("&Points"))
        # import
        v.drop_zone.label.setText(
            self.tr(
                "Drag the points' statistics files (.json) or a whole folder here.\n"
                "Or use the buttons below."
            )
        )
        v.drop_zone.setAccessibleName(self.tr("Drop files here"))
        v.add_files.setText(self.tr("A&dd files…"))
        v.add_files.setAccessibleName(self.tr("Add files"))
        v.add_folder.setText(self.tr("Add a f&older…"))
        v.add_folder.setAccessibleName(self.tr("Add a folder"))
        v.accept_key.setText(self.tr("&Review held-back files…"))
        v.accept_key.setAccessibleName(self.tr("Review files held back"))
        v.accept_key.setToolTip(
            self.tr("Accept a point's new key (or its unsigned files) after checking with it")
        )
        v.results.setAccessibleName(self.tr("What happened to each file"))
        # completeness
        v.matrix_year_label.setText(self.tr("&Year:"))
        v.matrix_year.setAccessibleName(self.tr("Year of the table"))
        v.matrix_save.setText(self.tr("&Save the table…"))
        v.matrix_save.setAccessibleName(self.tr("Save the table as a file"))
        v.matrix.setAccessibleName(self.tr("Points and months: who has sent their file"))
        v.matrix_legend.setText(
            self.tr(
                "✓ received   ↻ received, a newer file replaced an older one   ✗ missing   "
                "– point closed   · month not over yet   ⚠ signed with a new key"
            )
        )
        # report
        v.period_box.setTitle(self.tr("Which period"))
        v.kind_label.setText(self.tr("Sh&ow:"))
        v.kind.setAccessibleName(self.tr("Length of the period"))
        for i, text in enumerate((self.tr("One month"), self.tr("Quarter"), self.tr("Whole year"))):
            v.kind.setItemText(i, text)
        v.month_label.setText(self.tr("&Month:"))
        v.month.setAccessibleName(self.tr("Month"))
        for i in range(v.month.count()):
            v.month.setItemText(i, labels.month_name(v.month.itemData(i), self.language))
        v.quarter_label.setText(self.tr("&Quarter:"))
        v.quarter.setAccessibleName(self.tr("Quarter"))
        for i in range(v.quarter.count()):
            year, quarter = v.quarter.itemData(i)
            v.quarter.setItemText(i, self.tr("{year}, quarter {n}").format(year=year, n=quarter))
        v.year_label.setText(self.tr("&Year:"))
        v.year.setAccessibleName(self.tr("Year"))
        v.report_tables_label.setText(self.tr("Ta&bles:"))
        v.report_tables.setAccessibleName(self.tr("Tables of the regional report"))
        v.report_table.setAccessibleName(self.tr("Numbers of the chosen table"))
        v.save_box.setTitle(self.tr("Save the regional report"))
        v.save_pdf.setText(self.tr("Save P&DF"))
        v.save_pdf.setAccessibleName(self.tr("Save the regional report as PDF"))
        v.save_xlsx.setText(self.tr("Save &Excel (XLSX)"))
        v.save_xlsx.setAccessibleName(self.tr("Save the regional report as an Excel file"))
        v.save_csv.setText(self.tr("Save &CSV"))
        v.save_csv.setAccessibleName(self.tr("Save the regional report as a CSV file"))
        v.save_bundle.setText(self.tr("Save combi&ned file"))
        v.save_bundle.setAccessibleName(
            self.tr("Save the combined statistics file for the wider area")
        )
        v.save_all.setText(self.tr("Save &all four"))
        v.save_all.setAccessibleName(self.tr("Save all four files"))
        # points
        v.points.setAccessibleName(self.tr("Points"))
        v.edit_box.setTitle(self.tr("The chosen point"))
        v.point_name_label.setText(self.tr("&Name:"))
        v.point_name.setAccessibleName(self.tr("Name of the point"))
        v.point_municipality_label.setText(self.tr("M&unicipality:"))
        v.point_municipality.setAccessibleName(self.tr("Municipality of the point"))
        v.rename.setText(self.tr("Sa&ve name"))
        v.rename.setAccessibleName(self.tr("Save the name and municipality"))
        v.merge_label.setText(self.tr("Same point &as:"))
        v.merge_target.setAccessibleName(self.tr("Point to keep when merging"))
        v.merge.setText(self.tr("&Merge into the point above"))
        v.merge.setAccessibleName(self.tr("Merge the chosen point into the point above"))
        self._update_toggle_text()
        self._show_import()
        self._show_matrix()
        self._show_report()
        self._show_points()

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.view.status.setText(text)
        announce(self.view.status, text)

    # --- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        if self.ctx.db is None:
            return
        index = self.view.tabs.currentIndex()
        if index == 1:
            self.load_matrix()
        elif index == 2:
            self.load_report()
        elif index == 3:
            self.load_points()

    # --- import --------------------------------------------------------------------------------

    def choose_files(self) -> list[Path]:
        """Ask which files to import (tests replace this)."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the statistics files"),
            str(Path.home()),
            self.tr("Statistics files (*.json);;All files (*)"),
        )
        return [Path(n) for n in names]

    def choose_import_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder with the statistics files"), str(Path.home())
        )
        return Path(folder) if folder else None

    def _add_files(self) -> None:
        paths = self.choose_files()
        if paths:
            self.import_paths(paths)

    def _add_folder(self) -> None:
        folder = self.choose_import_folder()
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        if self.ctx.db is None or not paths:
            return
        from digituki.core.services import coordinator as coord

        self._say(self.tr("Importing…"))
        self.view.add_files.setEnabled(False)
        self.view.add_folder.setEnabled(False)
        self.ctx.runner.run(
            coord.import_files,
            self.ctx.db,
            list(paths),
            on_done=self._imported,
            on_error=self._import_failed,
            label=self.tr("Importing the files…"),
            parent=self,
            progress=True,
        )

    def _import_failed(self, error: BaseException) -> None:
        self.view.add_files.setEnabled(True)
        self.view.add_folder.setEnabled(True)
        self._say("")
        show_error(self, error)

    def _imported(self, result: Any) -> None:
        self.view.add_files.setEnabled(True)
        self.view.add_folder.setEnabled(True)
        self.import_result = result
        self._show_import()
        n = len(result.files)
        ok = n - len(result.rejected) - len(result.pending)
        if n == 0:
            self._say(
                self.tr(
                    "No statistics files (.json) were found there, nor in its subfolders. "
                    "Nothing was imported."
                )
            )
        else:
            self._say(self.tr("{ok} of {n} file(s) accepted.").format(ok=ok, n=n))
        if result.key_warnings:
            names = ", ".join(sorted({f.point_name or f.file_name for f in result.key_warnings}))
            QMessageBox.warning(
                self,
                self.tr("Warning: new signing key"),
                self.tr(
                    "{points}: the file was signed with a NEW key. The point may have reinstalled "
                    "Digituki, or someone else made the file. It is held back and counts nowhere "
                    "until you accept the new key: call the point and compare the key's "
                    "fingerprint first (Review held-back files…)."
                ).format(points=names),
            )
        elif result.pending:
            QMessageBox.warning(
                self,
                self.tr("Files held back"),
                self.tr(
                    "{n} file(s) are not signed. They are held back and count nowhere until you "
                    "accept them (Review held-back files…)."
                ).format(n=len(result.pending)),
            )
        self.matrix_data = None  # the matrix and the points changed: reload when shown

    def _status_text(self, f: Any) -> str:
        from digituki.core.services import coordinator as coord

        if f.status == coord.IMPORTED:
            return self.tr("✓ Imported")
        if f.status == coord.REPLACED:
            return self.tr("↻ Imported, replaced an older file")
        if f.status == coord.UNCHANGED:
            return self.tr("= Already imported, nothing changed")
        if f.status == coord.OLDER:
            return self.tr("– Older than the one already imported: not used")
        if f.status == coord.PENDING:
            return self.tr("⚠ Held back: counts only once you accept it")
        return self.tr("✗ Refused")

    def _show_import(self) -> None:
        from digituki.core.services import coordinator as coord

        v = self.view
        headers = [self.tr("File"), self.tr("What happened"), self.tr("Point and month")]
        headers.append(self.tr("Details"))
        rows: list[list[str]] = []
        result = self.import_result
        warned: list[str] = []
        if result is not None:
            for f in result.files:
                point = ""
                if f.status != coord.REJECTED:
                    point = f"{f.point_name}, {labels.month_name(f.month, self.language)}"
                details: list[str] = []
                if f.status == coord.REJECTED:
                    details.append(reason_text(f.reason))
                for w in f.warnings:
                    if w.code == coord.WARN_KEY_CHANGED:
                        details.insert(
                            0,
                            self.tr(
                                "{sign} WARNING: signed with a NEW key. Check with the point."
                            ).format(sign=WARNING_SIGN),
                        )
                        warned.append(f.point_name or f.file_name)
                    elif w.code == coord.WARN_UNSIGNED_AFTER_SIGNED:
                        details.append(
                            self.tr("Not signed, although the point's earlier files were.")
                        )
                    elif w.code == "unsigned":
                        details.append(
                            self.tr("Not signed: an older Digituki, or someone else made it.")
                        )
                    elif w.code == "unknown_topics":
                        details.append(
                            self.tr("Unknown topics counted under “Other”: {codes}").format(
                                codes=w.detail
                            )
                        )
                rows.append([f.file_name, self._status_text(f), point, " ".join(details)])
            n = len(result.files)
            counts = {
                "imported": result.count(coord.IMPORTED),
                "replaced": result.count(coord.REPLACED),
                "unchanged": result.count(coord.UNCHANGED) + result.count(coord.OLDER),
                "rejected": result.count(coord.REJECTED),
            }
            v.import_summary.setText(
                self.tr(
                    "{n} file(s): {imported} imported, {replaced} replaced an older file, "
                    "{unchanged} already imported, {rejected} refused."
                ).format(n=n, **counts)
            )
        else:
            v.import_summary.setText(self.tr("No files imported yet in this session."))
        self.results_model.set_rows(headers, rows)
        header = v.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        v.accept_key.setVisible(bool(result is not None and result.pending))
        v.key_warning.setVisible(bool(warned))
        v.key_warning.setText(
            self.tr(
                "{sign} WARNING: {points} — signed with a NEW key. A reinstall or a forgery: "
                "held back until you accept the key. Call the point first."
            ).format(sign=WARNING_SIGN, points=", ".join(sorted(set(warned))))
        )
        v.key_warning.setAccessibleName(v.key_warning.text())

    def _review_pending(self) -> None:
        if self.ctx.db is None:
            return
        from digituki.core.services import coordinator as coord

        self.ctx.runner.run(
            coord.list_pending, self.ctx.db, on_done=self._ask_accept, on_error=self._accept_failed
        )

    def _ask_accept(self, pending: list[Any]) -> None:
        """One question per point: its key's fingerprint beside the one kept so far."""
        from digituki.core.services import coordinator as coord

        by_point: dict[str, list[Any]] = {}
        for row in pending:
            by_point.setdefault(row.point_id, []).append(row)
        if not by_point:
            self.view.accept_key.setVisible(False)
            return
        for point_id, rows in by_point.items():
            newest = rows[-1]
            months = ", ".join(sorted({labels.month_name(r.month, self.language) for r in rows}))
            if any(r.reason == coord.PENDING_NEW_KEY for r in rows):
                text = self.tr(
                    "{point} ({months}) sent files signed with a NEW key.\n\n"
                    "Key of these files: {new}\nKey kept so far: {old}\n\n"
                    "Call the point and ask them to read out their key's fingerprint (Settings → "
                    "Data safety). Accept the new key only if it is the same."
                ).format(
                    point=newest.point_name,
                    months=months,
                    new=next(r.fingerprint for r in reversed(rows) if r.fingerprint),
                    old=newest.pinned_fingerprint or "–",
                )
            else:
                text = self.tr(
                    "{point} ({months}) sent files that are NOT SIGNED. Anyone can make such a "
                    "file. Accept them only if you know the point sent them."
                ).format(point=newest.point_name, months=months)
            answer = QMessageBox.question(
                self,
                self.tr("Accept this point's files?"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.ctx.runner.run(
                    coord.accept_point,
                    self.ctx.db,
                    point_id,
                    on_done=self._accepted,
                    on_error=self._accept_failed,
                )

    def _accepted(self, result: Any) -> None:
        self._say(
            self.tr("Accepted {n} file(s); {counted} now count. The decision is recorded.").format(
                n=result.accepted, counted=result.counted
            )
        )
        self.matrix_data = None

    def _accept_failed(self, error: BaseException) -> None:
        show_error(self, error)

    # --- completeness --------------------------------------------------------------------------

    def load_matrix(self) -> None:
        if self.ctx.db is None:
            return
        from digituki.core.services import coordinator as coord

        self.ctx.runner.run(
            coord.completeness,
            self.ctx.db,
            self.view.matrix_year.value(),
            on_done=self._matrix_loaded,
            parent=self,
        )

    def _matrix_loaded(self, matrix: Any) -> None:
        self.matrix_data = matrix
        self._show_matrix()

    def cell_word(self, state: str) -> str:
        return {
            "delivered": self.tr("received"),
            "replaced": self.tr("replaced"),
            "missing": self.tr("missing"),
            "closed": self.tr("closed"),
            "not_due": self.tr("not yet"),
        }[state]

    def _show_matrix(self) -> None:
        v = self.view
        matrix = self.matrix_data
        if matrix is None:
            self.matrix_model.set_rows([], [])
            v.matrix_summary.setText("")
            return
        short = [
            labels.MONTHS[labels.lang(self.language)][int(m[5:]) - 1][:3] for m in matrix.months
        ]
        # The municipality is in the tooltip and the spoken text (and the Points tab): twelve
        # month columns then fit a normal window.
        headers = [self.tr("Point"), *short]
        rows, spoken, tips = [], [], []
        for row in matrix.rows:
            name = row.name or row.point_id
            if row.closed:
                name += " " + self.tr("(closed)")
            cells, said, tip = [name], [f"{name}, {row.municipality}"], [row.municipality]
            for month, state, key in zip(matrix.months, row.cells, row.key_changed, strict=True):
                shown = "closed" if row.closed and state == "missing" else state
                text = f"{SYMBOL[shown]} {self.cell_word(shown)}"
                words = self.tr("{month}: {state}").format(
                    month=labels.month_name(month, self.language), state=self.cell_word(shown)
                )
                if key:
                    text += f" {WARNING_SIGN}"
                    words += " — " + self.tr("signed with a new key")
                cells.append(text)
                said.append(f"{name}, {words}")
                tip.append(words)
            rows.append(cells)
            spoken.append(said)
            tips.append(tip)
        self.matrix_model.set_rows(headers, rows, spoken=spoken, tips=tips)
        header = v.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # long point names wrap onto two lines so that twelve months fit beside them
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, v.matrix.fontMetrics().horizontalAdvance("x" * 22))
        v.matrix.resizeRowsToContents()
        if not matrix.rows:
            v.matrix_summary.setText(self.tr("No points yet: import their files first."))
        else:
            v.matrix_summary.setText(
                self.tr("{points} point(s); {missing} monthly file(s) missing in {year}.").format(
                    points=len(matrix.rows),
                    missing=matrix.missing(),
                    year=v.matrix_year.value(),
                )
            )

    def choose_save_file(self, suggested: str, filters: str) -> Path | None:
        """Ask where to save one file (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(Path.home() / suggested), filters
        )
        return Path(name) if name else None

    def _save_matrix(self) -> None:
        if self.ctx.db is None:
            return
        year = self.view.matrix_year.value()
        path = self.choose_save_file(
            f"completeness-{year}.xlsx",
            self.tr("Excel file (*.xlsx);;CSV file (*.csv)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        from digituki.core.services import coordinator as coord

        self.ctx.runner.run(
            functools.partial(coord.export_completeness, language=self.language),
            self.ctx.db,
            year,
            path,
            on_done=lambda p: self._say(self.tr("Saved {file}.").format(file=p)),
            label=self.tr("Saving…"),
            parent=self,
        )

    # --- regional report -----------------------------------------------------------------------

    def period(self) -> Period:
        v = self.view
        kind = v.kind.currentData()
        if kind == KIND_YEAR:
            return Period.year(v.year.value())
        if kind == KIND_QUARTER:
            year, quarter = v.quarter.currentData()
            return quarter_period(year, quarter)
        return Period.month(v.month.currentData())

    def set_period(self, kind: str, value: Any) -> None:
        """Choose a period in the controls (tests, screenshots)."""
        v = self.view
        v.kind.setCurrentIndex(v.kind.findData(kind))
        if kind == KIND_YEAR:
            v.year.setValue(int(value))
        elif kind == KIND_QUARTER:
            index = v.quarter.findData(tuple(value))
            if index < 0:
                v.quarter.addItem(str(value), tuple(value))
                index = v.quarter.count() - 1
            v.quarter.setCurrentIndex(index)
        else:
            if v.month.findData(value) < 0:
                v.month.addItem(labels.month_name(value, self.language), value)
            v.month.setCurrentIndex(v.month.findData(value))
        self.load_report()

    def _kind_changed(self, *_: object) -> None:
        v = self.view
        kind = v.kind.currentData()
        for widget, shown in (
            ((v.month_label, v.month), kind == KIND_MONTH),
            ((v.quarter_label, v.quarter), kind == KIND_QUARTER),
            ((v.year_label, v.year), kind == KIND_YEAR),
        ):
            for w in widget:
                w.setVisible(shown)
        self.load_report()

    def load_report(self) -> None:
        if self.ctx.db is None or self.view.tabs.currentIndex() != 2:
            return
        if self._report_loading:
            self._report_pending = True
            return
        self._report_loading = True
        self.ctx.runner.run(
            _load_report,
            self.ctx.db,
            self.period(),
            on_done=self._report_loaded,
            on_error=self._report_failed,
            label=self.tr("Counting…"),
            parent=self,
        )

    def _report_failed(self, error: BaseException) -> None:
        self._report_loading = False
        show_error(self, error)

    def _report_loaded(self, result: tuple[Any, Any]) -> None:
        self._report_loading = False
        if self._report_pending:
            self._report_pending = False
            self.load_report()
            return
        self.regional, self.report = result
        self._show_report()

    def _report_tables(self) -> list[PublishedTable]:
        if self.report is None:
            return []
        tables = list(self.report.tables)
        if len(self.report.trend.rows) > 1 or not tables:
            tables.insert(0, self.report.trend)
        return tables

    def _show_report(self) -> None:
        v = self.view
        report, regional = self.report, self.regional
        if report is None:
            v.report_summary.setText("")
            v.report_tables.clear()
            self.report_model.set_rows([], [])
            return
        lines = [
            self.tr(
                "{period}: {sessions} help sessions at {points} point(s) ({bundles} files)."
            ).format(
                period=labels.period_name(report.period.first, report.period.last, self.language),
                sessions=format_number(report.sessions),
                points=regional.points,
                bundles=regional.bundles,
            )
        ]
        if report.preliminary:
            lines.insert(0, labels.notice_text("preliminary", self.language, report.k))
        if report.detail and report.customers is not None and report.total_minutes is not None:
            lines.append(
                self.tr("Customers: {customers}. Time spent helping: {hours} h.").format(
                    customers=format_number(report.customers),
                    hours=format_number(report.total_minutes / 60),
                )
            )
        lines.append(
            self.tr(
                "Numbers 1–{k1} are shown as <{k} (after adding up all points); × hides a number "
                "that could otherwise be worked out."
            ).format(k=report.k, k1=report.k - 1)
        )
        lines += [labels.notice_text(code, self.language, report.k) for code in report.limited]
        v.report_summary.setText("\n".join(lines))
        current = v.report_tables.currentRow()
        v.report_tables.blockSignals(True)
        v.report_tables.clear()
        for table in self._report_tables():
            v.report_tables.addItem(self._table_title(table.key))
        v.report_tables.blockSignals(False)
        if v.report_tables.count():
            v.report_tables.setCurrentRow(min(max(current, 0), v.report_tables.count() - 1))
        self._show_report_table(v.report_tables.currentRow())

    def _table_title(self, key: str) -> str:
        if key == "by_point":
            return self.tr("Help sessions per point")
        if key == "by_municipality":
            return self.tr("Help sessions per municipality")
        return labels.table_title(key, self.language)

    def _show_report_table(self, row: int) -> None:
        tables = self._report_tables()
        table = tables[row] if 0 <= row < len(tables) else None
        if table is None:
            self.report_model.set_rows([], [])
            return
        k = table.k
        names = {
            "point": self.tr("Point"),
            "municipality": self.tr("Municipality"),
        }
        first = names.get(table.row_dimension) or labels.dimension_name(
            table.row_dimension, self.language
        )
        columns = [labels.unit_name(table.unit, self.language)]
        if table.columns and table.columns != ("count",):
            columns = [
                labels.code_name(table.column_dimension, c, self.language) for c in table.columns
            ]
        rows: list[list[str]] = []
        if table.withheld:
            rows.append([self.tr("Not shown: the numbers are too small."), *[""] * len(columns)])
        else:
            for r, code in enumerate(table.rows):
                if table.row_dimension in ("point", "municipality"):
                    name = code
                else:
                    name = labels.row_label(table.row_dimension, code, self.language)
                if table.level(r) == 1:
                    name = "    " + name
                rows.append([name, *[p.text(k) for p in table.cells[r]]])
            rows.append(
                [
                    labels.TOTAL[labels.lang(self.language)],
                    *[p.text(k) for p in table.column_totals],
                ]
            )
        if table.key == "trend" and not table.withheld:  # month-over-month change
            from digituki.core.domain.trends import change_text, month_changes

            changes = month_changes([line[0].value for line in table.cells])
            columns.append(self.tr("Change from the month before"))
            for r, change in enumerate(changes):
                rows[r].append(change_text(change))
            rows[-1].append("")
        self.report_model.set_rows([first, *columns], rows)
        header = self.view.report_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def choose_folder(self) -> Path | None:
        """Ask where to save the report's files (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the files"), str(Path.home())
        )
        return Path(folder) if folder else None

    def save_report(self, formats: list[str]) -> None:
        if self.ctx.db is None:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        from digituki.core.services import coordinator as coord

        self._say(self.tr("Saving…"))
        self.ctx.runner.run(
            functools.partial(coord.export_regional, language=self.language),
            self.ctx.db,
            self.period(),
            formats,
            folder,
            on_done=self._report_saved,
            label=self.tr("Saving the files…"),
            parent=self,
        )

    def _report_saved(self, files: tuple[Any, ...]) -> None:
        if not files:
            self._say(self.tr("Nothing to save: no files from the points for this period."))
            return
        names = ", ".join(f.path.name for f in files)
        self._say(
            self.tr("Saved {files} in {folder}.").format(
                files=names, folder=str(files[0].path.parent)
            )
        )

    # --- points --------------------------------------------------------------------------------

    def load_points(self) -> None:
        if self.ctx.db is None:
            return
        from digituki.core.services import coordinator as coord

        self.ctx.runner.run(
            coord.list_points, self.ctx.db, on_done=self._points_loaded, parent=self
        )

    def _points_loaded(self, points: list[Any]) -> None:
        self.points_data = list(points)
        self._show_points()

    def _show_points(self) -> None:
        v = self.view
        chosen = self.chosen_point()
        names = {p.id: p.name or p.id for p in self.points_data}
        headers = [
            self.tr("Name"),
            self.tr("Municipality"),
            self.tr("State"),
            self.tr("Files"),
            self.tr("Signed"),
            self.tr("Identity"),
        ]
        rows = []
        for p in self.points_data:
            if p.merged_into:
                state = self.tr("merged into {name}").format(
                    name=names.get(p.merged_into, p.merged_into)
                )
            elif p.closed:
                state = self.tr("closed")
            else:
                state = self.tr("open")
            signed = self.tr("yes") if p.signed else self.tr("no")
            rows.append([p.name or p.id, p.municipality, state, str(p.bundles), signed, p.id])
        self.points_model.set_rows(headers, rows, data=list(self.points_data))
        v.points.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        v.points.horizontalHeader().setStretchLastSection(True)
        if chosen is not None:
            for row, p in enumerate(self.points_data):
                if p.id == chosen.id:
                    v.points.selectRow(row)
                    break
        v.merge_target.blockSignals(True)
        v.merge_target.clear()
        for p in self.points_data:
            if not p.merged_into:
                v.merge_target.addItem(f"{p.name or p.id} ({p.municipality})", p.id)
        v.merge_target.blockSignals(False)
        self._point_chosen()

    def chosen_point(self) -> Any:
        index = self.view.points.currentIndex()
        return self.points_model.row_data(index.row()) if index.isValid() else None

    def choose_point(self, point_id: str) -> None:
        for row, p in enumerate(self.points_data):
            if p.id == point_id:
                self.view.points.selectRow(row)
                self.view.points.setCurrentIndex(self.points_model.index(row, 0))
                return

    def _point_chosen(self) -> None:
        v = self.view
        p = self.chosen_point()
        usable = p is not None and not p.merged_into
        for w in (v.point_name, v.point_municipality, v.rename, v.toggle_closed, v.merge):
            w.setEnabled(usable)
        v.merge_target.setEnabled(usable)
        v.point_name.setText(p.name if p is not None else "")
        v.point_municipality.setText(p.municipality if p is not None else "")
        self._update_toggle_text()

    def _update_toggle_text(self) -> None:
        p = self.chosen_point()
        v = self.view
        if p is not None and p.closed:
            v.toggle_closed.setText(self.tr("Mark as op&en again"))
            v.toggle_closed.setAccessibleName(self.tr("Mark the point as open again"))
        else:
            v.toggle_closed.setText(self.tr("Mark as c&losed"))
            v.toggle_closed.setAccessibleName(self.tr("Mark the point as closed"))

    def _point_changed(self, text: str) -> None:
        self._say(text)
        self.load_points()
        self.matrix_data = None

    def _rename(self) -> None:
        p = self.chosen_point()
        if p is None or self.ctx.db is None:
            return
        from digituki.core.services import coordinator as coord

        name = self.view.point_name.text()
        municipality = self.view.point_municipality.text()
        self.ctx.runner.run(
            coord.rename_point,
            self.ctx.db,
            p.id,
            name,
            municipality,
            on_done=lambda _: self._point_changed(self.tr("The point's name was saved.")),
            parent=self,
        )

    def _toggle_closed(self) -> None:
        p = self.chosen_point()
        if p is None or self.ctx.db is None:
            return
        from digituki.core.services import coordinator as coord

        closed = not p.closed
        text = (
            self.tr("{name} is marked as closed: it is no longer listed as missing.")
            if closed
            else self.tr("{name} is marked as open again.")
        ).format(name=p.name or p.id)
        self.ctx.runner.run(
            coord.set_point_closed,
            self.ctx.db,
            p.id,
            closed,
            on_done=lambda _: self._point_changed(text),
            parent=self,
        )

    def _merge(self) -> None:
        p = self.chosen_point()
        keep_id = self.view.merge_target.currentData()
        if p is None or keep_id is None or self.ctx.db is None:
            return
        keep = next((q for q in self.points_data if q.id == keep_id), None)
        keep_name = keep.name if keep is not None else keep_id
        answer = QMessageBox.question(
            self,
            self.tr("Merge two points"),
            self.tr(
                "Treat “{gone}” as the same point as “{keep}” from now on? Its files move to "
                "“{keep}”; where both sent the same month, the newer file counts."
            ).format(gone=p.name or p.id, keep=keep_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from digituki.core.services import coordinator as coord

        self.ctx.runner.run(
            coord.merge_points,
            self.ctx.db,
            keep_id,
            p.id,
            on_done=lambda moved: self._point_changed(
                self.tr("Merged: {n} file(s) moved to {keep}.").format(n=moved, keep=keep_name)
            ),
            parent=self,
        )
