"""Today: the desk's day — bookings in time order with their status, free times, walk-ins."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from digituki.core import clock
from digituki.core.domain.prefill import CHANNEL_WALK_IN, HelpPrefill
from digituki.ui.a11y import announce
from digituki.ui.bookings import common
from digituki.ui.bookings.actions import open_slip
from digituki.ui.bookings.dialog import NEW, BookingDialog
from digituki.ui.bookings.model import BOOKING, FREE, agenda_rows
from digituki.ui.context import AppContext
from digituki.ui.i18n import format_time
from digituki.ui.shortcuts import NEW_BOOKING, WALK_IN, shortcut_text
from digituki.ui.today.model import TodayModel
from digituki.ui.today.view import TodayView
from digituki.ui.widgets.area import Area


class TodayArea(Area):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = TodayView(self, ctx)
        self.model = TodayModel(self)
        self.view.table.setModel(self.model)
        self.day = clock.today()
        self.agenda: Any = None
        self.loads = 0
        self.dialog: BookingDialog | None = None
        v = self.view
        v.walk_in.clicked.connect(self._walk_in)
        v.new_booking.clicked.connect(lambda: self.new_booking())
        v.table.selectionModel().currentRowChanged.connect(self._row_changed)
        v.table.activated.connect(self._row_activated)
        v.actions.changed.connect(self._after_action)
        self.retranslate()

    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Today: {day}").format(day=common.day_text(self.day)))
        v.walk_in.setText(self.tr("&Walk-in customer"))
        v.walk_in.setAccessibleName(self.tr("Walk-in customer: start helping without a booking"))
        v.walk_in.setToolTip(
            self.tr("Start helping a customer who has no booking ({keys})").format(
                keys=shortcut_text(WALK_IN)
            )
        )
        v.new_booking.setToolTip(
            self.tr("Book a time for a customer ({keys})").format(keys=shortcut_text(NEW_BOOKING))
        )
        v.new_booking.setText(self.tr("&New booking (Ctrl+N)"))
        v.new_booking.setAccessibleName(self.tr("New booking"))
        v.table.setAccessibleName(self.tr("Today's bookings and free times"))
        v.actions.retranslate()
        self.model.retranslate(self.ctx.translations.language)
        if self.agenda is not None:
            self._show_free(self.agenda)

    def activate(self) -> None:
        self.day = clock.today()
        self.retranslate()
        self.load()

    def load(self) -> None:
        from digituki.core.services import bookings as svc

        if self.ctx.db is None:
            return
        self.ctx.runner.run(
            svc.day_agenda, self.ctx.db, self.day, on_done=self.show_day, parent=self
        )

    def show_day(self, agenda: Any) -> None:
        self.agenda = agenda
        selected = self._selected_row()
        keep = (
            (selected.kind, selected.start, getattr(selected.booking, "id", None))
            if selected
            else None
        )
        self.model.set_rows(agenda_rows(agenda), self.ctx.translations.language)
        self.view.table.resizeRowsToContents()
        target = 0
        if keep is not None:
            for row, item in enumerate(self.model.rows):
                if (item.kind, item.start, getattr(item.booking, "id", None)) == keep:
                    target = row
                    break
        if self.model.rows:
            self.view.table.setCurrentIndex(self.model.index(target, 0))
        self._row_changed(self.view.table.currentIndex(), None)
        self._show_free(agenda)
        self.loads += 1

    def _show_free(self, agenda: Any) -> None:
        now = clock.now()
        free = [s for s in agenda.slots if s.free > 0 and s.start >= now]
        if not agenda.slots:
            text = self.tr(
                "The point has no opening hours today. Walk-in customers can still be helped."
            )
        elif not free:
            text = self.tr("No free times left today.")
        else:
            times = ", ".join(
                self.tr("{time} ({count} free)").format(
                    time=format_time(common.local(s.start).time()), count=s.free
                )
                for s in free
            )
            text = self.tr("Free times today: {times}").format(times=times)
        self.view.free_summary.setText(text)

    def _selected_row(self) -> Any:
        index = self.view.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_changed(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        booking = row.booking if row is not None and row.kind == BOOKING else None
        self.view.actions.set_booking(booking)
        # Guides for the booked topics, listed and handed out in the customer's language.
        self.view.guides.set_customer_language(
            booking.needs.language if booking is not None else None
        )
        self.view.guides.set_topics(booking.topics if booking is not None else ())

    def _row_activated(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.kind == FREE:
            self.new_booking(row.start)
        elif self.view.actions.start_help.isEnabled():
            self.view.actions.start_help.click()

    def _after_action(self, text: str) -> None:
        self.view.status.setText(text)
        announce(self.view.status, text)
        self.load()

    def _walk_in(self) -> None:
        self.ctx.start_help(HelpPrefill(channel=CHANNEL_WALK_IN, started_at=clock.now()))

    def new_booking(self, start: dt.datetime | None = None) -> BookingDialog | None:
        if self.ctx.db is None:
            return None
        dialog = BookingDialog(self.ctx, self.window(), mode=NEW, preferred_start=start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._booked)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _booked(self, booking: Any) -> None:
        self._after_action(
            self.tr("Booked: {time}.").format(time=common.slot_text(booking.start, booking.end))
        )
        dialog = self.sender()
        if (
            dialog is not None
            and getattr(dialog, "slip", None) is not None
            and dialog.slip.isChecked()
        ):
            open_slip(self.ctx, self, booking.id)
