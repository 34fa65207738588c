"""Bookings area: the week view, the call list and the opening hours editor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from digituki.core import clock
from digituki.ui.a11y import announce
from digituki.ui.bookings import common
from digituki.ui.bookings.actions import open_slip
from digituki.ui.bookings.dialog import NEW, BookingDialog
from digituki.ui.bookings.model import BOOKING, FREE, AgendaModel, CallListModel, agenda_rows
from digituki.ui.bookings.view import BookingsView
from digituki.ui.context import AppContext
from digituki.ui.i18n import format_date
from digituki.ui.shortcuts import NEW_BOOKING, shortcut_text
from digituki.ui.widgets.area import Area


class BookingsArea(Area):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = BookingsView(self, ctx)
        v = self.view
        self.monday = _monday(clock.today())
        self.model = AgendaModel(show_day=True, parent=self)
        v.week_table.setModel(self.model)
        from digituki.ui.bookings.view import wrap_text_columns

        wrap_text_columns(v.week_table, fitted=(1,))  # the time; the day wraps
        self.call_model = CallListModel(self)
        v.call_table.setModel(self.call_model)
        tomorrow = clock.today() + dt.timedelta(days=1)
        v.call_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.dialog: BookingDialog | None = None
        self.week_loads = 0

        v.new_booking.clicked.connect(lambda: self.new_booking())
        v.previous_week.clicked.connect(lambda: self._go_week(-7))
        v.next_week.clicked.connect(lambda: self._go_week(7))
        v.this_week.clicked.connect(self._this_week)
        v.week_table.selectionModel().currentRowChanged.connect(self._row_changed)
        v.week_table.activated.connect(self._row_activated)
        v.actions.changed.connect(self._after_action)
        v.hours.changed.connect(self.load_week)
        v.customers.changed.connect(self.load_week)
        v.call_day.dateChanged.connect(lambda _d: self.load_calls())
        v.print_calls.clicked.connect(self._print_calls)
        v.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()

    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Bookings"))
        v.new_booking.setText(self.tr("&New booking (Ctrl+N)"))
        v.new_booking.setAccessibleName(self.tr("New booking"))
        v.new_booking.setToolTip(
            self.tr("Book a time for a customer ({keys})").format(keys=shortcut_text(NEW_BOOKING))
        )
        v.tabs.setTabText(0, self.tr("&Week"))
        v.tabs.setTabText(1, self.tr("&Call list"))
        v.tabs.setTabText(2, self.tr("&Opening hours"))
        v.tabs.setTabText(3, self.tr("C&ustomers"))
        v.tabs.setTabToolTip(3, self.tr("Find a customer, print what we hold, erase their data"))
        v.tabs.setAccessibleName(self.tr("Bookings views"))
        v.previous_week.setText(self.tr("◀ &Previous week"))
        v.previous_week.setAccessibleName(self.tr("Previous week"))
        v.this_week.setText(self.tr("This wee&k"))
        v.this_week.setAccessibleName(self.tr("This week"))
        v.next_week.setText(self.tr("Ne&xt week ▶"))
        v.next_week.setAccessibleName(self.tr("Next week"))
        v.week_table.setAccessibleName(
            self.tr("Bookings and free times of the week. Enter books a free time.")
        )
        v.call_day_label.setText(self.tr("&Day:"))
        v.call_day.setAccessibleName(self.tr("Day of the call list"))
        v.print_calls.setText(self.tr("&Print the call list"))
        v.print_calls.setAccessibleName(self.tr("Open the call list as a PDF to print"))
        v.call_table.setAccessibleName(self.tr("Customers to phone"))
        v.actions.retranslate()
        v.customers.retranslate()
        self.model.retranslate(self.ctx.translations.language)
        self._show_week_title()

    def activate(self) -> None:
        self.load_week()
        if self.view.tabs.currentIndex() == 1:
            self.load_calls()
        elif self.view.tabs.currentIndex() == 2:
            self.view.hours.load()

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.load_week()
        elif index == 1:
            self.load_calls()
        elif index == 2:
            self.view.hours.load()
        else:
            self.view.customers.query.setFocus()

    def find_customer(self) -> None:
        """Show the Customers tab with the cursor in its search field."""
        self.view.tabs.setCurrentIndex(3)
        self.view.customers.query.setFocus()
        self.view.customers.query.selectAll()

    # --- week ------------------------------------------------------------------------------------

    def _go_week(self, days: int) -> None:
        self.monday += dt.timedelta(days=days)
        self.load_week()

    def _this_week(self) -> None:
        self.monday = _monday(clock.today())
        self.load_week()

    def _show_week_title(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        self.view.week_title.setText(
            self.tr("Week {number}: {first} – {last}").format(
                number=self.monday.isocalendar()[1],
                first=format_date(self.monday),
                last=format_date(sunday),
            )
        )

    def load_week(self) -> None:
        from digituki.core.services import bookings as svc

        if self.ctx.db is None:
            return
        self._show_week_title()
        self.ctx.runner.run(
            svc.week_agenda, self.ctx.db, self.monday, on_done=self.show_week, parent=self
        )

    def show_week(self, agenda: Any) -> None:
        selected = self._selected_row()
        keep = (
            (selected.kind, selected.start, getattr(selected.booking, "id", None))
            if selected
            else None
        )
        self.model.set_rows(agenda_rows(agenda), self.ctx.translations.language)
        table = self.view.week_table
        table.resizeRowsToContents()
        self.week_loads += 1
        target = 0
        if keep is not None:
            for row, item in enumerate(self.model.rows):
                if (item.kind, item.start, getattr(item.booking, "id", None)) == keep:
                    target = row
                    break
        if self.model.rows:
            table.setCurrentIndex(self.model.index(target, 0))
        self._row_changed(table.currentIndex(), None)  # also when the row number stayed the same
        attention = sum(
            1 for r in self.model.rows if r.booking is not None and r.booking.outside_hours
        )
        if not agenda.slots and not agenda.bookings:
            self.view.week_notice.setText(
                self.tr("No opening hours this week. Set them in the Opening hours tab.")
            )
        elif attention:
            self.view.week_notice.setText(
                self.tr(
                    "{count} booking(s) are outside the opening hours: move or cancel them."
                ).format(count=attention)
            )
        else:
            self.view.week_notice.setText("")

    def _selected_row(self) -> Any:
        index = self.view.week_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_changed(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.view.actions.set_booking(
            row.booking if row is not None and row.kind == BOOKING else None
        )

    def _row_activated(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.kind == FREE:
            self.new_booking(row.start)
        elif self.view.actions.edit.isEnabled():
            self.view.actions.edit.click()

    def _after_action(self, text: str) -> None:
        self.view.week_status.setText(text)
        announce(self.view.week_status, text)
        self.load_week()

    def new_booking(self, start: dt.datetime | None = None) -> BookingDialog | None:
        """Open the booking form; the next free time (or `start`) is chosen and focused."""
        if self.ctx.db is None:
            return None
        if start is None:
            row = self._selected_row()
            if row is not None and row.kind == FREE and self.view.tabs.currentIndex() == 0:
                start = row.start
        dialog = BookingDialog(self.ctx, self.window(), mode=NEW, preferred_start=start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._booked)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _booked(self, booking: Any) -> None:
        text = self.tr("Booked: {time}.").format(time=common.slot_text(booking.start, booking.end))
        self._after_action(text)
        dialog = self.sender()
        if (
            dialog is not None
            and getattr(dialog, "slip", None) is not None
            and dialog.slip.isChecked()
        ):
            open_slip(self.ctx, self, booking.id)

    # --- call list -------------------------------------------------------------------------------

    def _call_day(self) -> dt.date:
        q = self.view.call_day.date()
        return dt.date(q.year(), q.month(), q.day())

    def load_calls(self) -> None:
        from digituki.core.services import bookings as svc

        if self.ctx.db is None:
            return
        self.ctx.runner.run(
            svc.call_list, self.ctx.db, self._call_day(), on_done=self._show_calls, parent=self
        )

    def _show_calls(self, rows: Any) -> None:
        self.call_model.set_rows(list(rows))
        self.view.call_table.resizeRowsToContents()
        text = (
            self.tr("{count} customer(s) to phone.").format(count=len(rows))
            if rows
            else self.tr("No bookings on this day.")
        )
        self.view.calls_status.setText(text)

    def _print_calls(self) -> None:
        from digituki.core.services import bookings as svc

        db, day, language = self.ctx.db, self._call_day(), self.ctx.translations.language
        self.ctx.runner.run(
            lambda: svc.write_call_list_pdf(db, day, common.pdf_folder(), language),  # type: ignore[arg-type]
            on_done=lambda path: common.show_pdf(self, path),
            parent=self,
        )


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
