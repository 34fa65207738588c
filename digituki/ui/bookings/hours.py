"""Opening hours editor (a tab of Bookings): slot length, capacity, weekly hours, exceptions.

Every change is saved at once. When a change leaves upcoming bookings outside the opening hours
(or over the capacity), they are listed to the user, kept, and marked in the week view to be
moved or cancelled — never dropped silently.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from digituki.core import clock
from digituki.ui.a11y import announce
from digituki.ui.bookings import common
from digituki.ui.context import AppContext
from digituki.ui.i18n import format_date, format_time
from digituki.ui.widgets.responsive import stack_when_large


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class OpeningHoursEditor(QWidget):
    """Emits `changed()` after every saved change (the week view then reloads)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build()
        self.retranslate()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # slots
        self.slots_box = QGroupBox()
        form = QFormLayout(self.slots_box)
        self.slot_minutes_label = QLabel()
        self.slot_minutes = QSpinBox()
        self.slot_minutes.setObjectName("slotMinutes")
        self.slot_minutes.setRange(15, 120)
        self.slot_minutes.setSingleStep(5)
        self.slot_minutes_label.setBuddy(self.slot_minutes)
        self.capacity_label = QLabel()
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 20)
        self.capacity_label.setBuddy(self.capacity)
        self.save_slots = QPushButton()
        self.save_slots.setObjectName("saveSlots")
        form.addRow(self.slot_minutes_label, self.slot_minutes)
        form.addRow(self.capacity_label, self.capacity)
        form.addRow("", self.save_slots)
        outer.addWidget(self.slots_box)

        # weekly hours
        self.weekly_box = QGroupBox()
        weekly = QVBoxLayout(self.weekly_box)
        self.weekly_list = QListWidget()
        self.weekly_list.setObjectName("weeklyHours")
        weekly.addWidget(self.weekly_list)
        row = QHBoxLayout()
        self.weekday_label = QLabel()
        self.weekday = QComboBox()
        self.weekday.setObjectName("weekday")
        for day in range(7):
            self.weekday.addItem("", day)
        self.weekday_label.setBuddy(self.weekday)
        self.weekly_from_label = QLabel()
        self.weekly_from = QTimeEdit(QTime(10, 0))
        self.weekly_from.setObjectName("weeklyFrom")
        self.weekly_from_label.setBuddy(self.weekly_from)
        self.weekly_to_label = QLabel()
        self.weekly_to = QTimeEdit(QTime(12, 0))
        self.weekly_to.setObjectName("weeklyTo")
        self.weekly_to_label.setBuddy(self.weekly_to)
        self.add_weekly = QPushButton()
        self.add_weekly.setObjectName("addWeekly")
        for widget in (
            self.weekday_label,
            self.weekday,
            self.weekly_from_label,
            self.weekly_from,
            self.weekly_to_label,
            self.weekly_to,
            self.add_weekly,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        weekly.addLayout(row)
        stack_when_large(self.weekly_box, row)
        self.remove_weekly = QPushButton()
        self.remove_weekly.setObjectName("removeWeekly")
        weekly.addWidget(self.remove_weekly, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.weekly_box)

        # exceptions
        self.exceptions_box = QGroupBox()
        exceptions = QVBoxLayout(self.exceptions_box)
        self.exception_list = QListWidget()
        self.exception_list.setObjectName("exceptions")
        exceptions.addWidget(self.exception_list)
        row = QHBoxLayout()
        self.exception_day_label = QLabel()
        self.exception_day = QDateEdit()
        self.exception_day.setObjectName("exceptionDay")
        self.exception_day.setCalendarPopup(True)
        today = clock.today()
        self.exception_day.setDate(QDate(today.year, today.month, today.day))
        self.exception_day_label.setBuddy(self.exception_day)
        self.exception_kind = QComboBox()
        self.exception_kind.setObjectName("exceptionKind")
        self.exception_kind.addItem("", "closed")
        self.exception_kind.addItem("", "open")
        self.exception_from_label = QLabel()
        self.exception_from = QTimeEdit(QTime(10, 0))
        self.exception_from_label.setBuddy(self.exception_from)
        self.exception_to_label = QLabel()
        self.exception_to = QTimeEdit(QTime(12, 0))
        self.exception_to_label.setBuddy(self.exception_to)
        self.add_exception = QPushButton()
        self.add_exception.setObjectName("addException")
        for widget in (
            self.exception_day_label,
            self.exception_day,
            self.exception_kind,
            self.exception_from_label,
            self.exception_from,
            self.exception_to_label,
            self.exception_to,
            self.add_exception,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        exceptions.addLayout(row)
        stack_when_large(self.exceptions_box, row)
        self.remove_exception = QPushButton()
        self.remove_exception.setObjectName("removeException")
        exceptions.addWidget(self.remove_exception, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.exceptions_box)

        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        outer.addStretch(1)

        self.save_slots.clicked.connect(self._save_slots)
        self.add_weekly.clicked.connect(self._add_weekly)
        self.remove_weekly.clicked.connect(self._remove_weekly)
        self.add_exception.clicked.connect(self._add_exception)
        self.remove_exception.clicked.connect(self._remove_exception)
        self.exception_kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def retranslate(self) -> None:
        self.slots_box.setTitle(self.tr("Appointments"))
        self.slot_minutes_label.setText(self.tr("Length of an &appointment:"))
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.slot_minutes.setAccessibleName(self.tr("Length of an appointment in minutes"))
        self.capacity_label.setText(self.tr("Customers &at the same time:"))
        self.capacity.setAccessibleName(
            self.tr("How many customers can be helped at the same time")
        )
        self.save_slots.setText(self.tr("Sa&ve"))
        self.save_slots.setAccessibleName(self.tr("Save the appointment length and places"))
        self.weekly_box.setTitle(self.tr("Weekly opening hours"))
        self.weekly_list.setAccessibleName(self.tr("Weekly opening hours"))
        self.weekday_label.setText(self.tr("&Day:"))
        self.weekday.setAccessibleName(self.tr("Weekday"))
        for index in range(7):
            self.weekday.setItemText(index, common.weekday_text(index))
        self.weekly_from_label.setText(self.tr("&From:"))
        self.weekly_from.setAccessibleName(self.tr("Opening time"))
        self.weekly_to_label.setText(self.tr("&To:"))
        self.weekly_to.setAccessibleName(self.tr("Closing time"))
        self.add_weekly.setText(self.tr("Add &hours"))
        self.add_weekly.setAccessibleName(self.tr("Add these weekly opening hours"))
        self.remove_weekly.setText(self.tr("&Remove selected hours"))
        self.remove_weekly.setAccessibleName(self.tr("Remove the selected weekly opening hours"))
        self.exceptions_box.setTitle(self.tr("Closed days and extra openings"))
        self.exception_list.setAccessibleName(self.tr("Closed days and extra openings"))
        self.exception_day_label.setText(self.tr("Dat&e:"))
        self.exception_day.setAccessibleName(self.tr("Date of the exception"))
        self.exception_kind.setItemText(0, self.tr("Closed"))
        self.exception_kind.setItemText(1, self.tr("Extra opening"))
        self.exception_kind.setAccessibleName(self.tr("Closed or extra opening"))
        self.exception_from_label.setText(self.tr("Fr&om:"))
        self.exception_from.setAccessibleName(self.tr("Extra opening starts"))
        self.exception_to_label.setText(self.tr("T&ill:"))
        self.exception_to.setAccessibleName(self.tr("Extra opening ends"))
        self.add_exception.setText(self.tr("Add e&xception"))
        self.add_exception.setAccessibleName(self.tr("Add this closed day or extra opening"))
        self.remove_exception.setText(self.tr("Remove selected e&xception"))
        self.remove_exception.setAccessibleName(self.tr("Remove the selected exception"))

    def _kind_changed(self, *_: Any) -> None:
        extra = self.exception_kind.currentData() == "open"
        for widget in (
            self.exception_from,
            self.exception_to,
            self.exception_from_label,
            self.exception_to_label,
        ):
            widget.setEnabled(extra)

    # --- data ----------------------------------------------------------------------------------

    def load(self) -> None:
        from digituki.core.services import bookings as svc

        if self.ctx.db is None:
            return
        self.ctx.runner.run(svc.get_schedule, self.ctx.db, on_done=self.show_schedule, parent=self)

    def show_schedule(self, schedule: Any) -> None:
        self.schedule = schedule
        self.slot_minutes.setValue(schedule.slot_minutes)
        self.capacity.setValue(schedule.capacity)
        self.weekly_list.clear()
        for w in schedule.weekly:
            item = QListWidgetItem(
                f"{common.weekday_text(w.weekday)} {format_time(w.start)}–{format_time(w.end)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            self.weekly_list.addItem(item)
        self.exception_list.clear()
        for e in schedule.exceptions:
            if e.kind == "closed":
                what = self.tr("closed")
            else:
                what = self.tr("extra opening {start}–{end}").format(
                    start=format_time(e.start), end=format_time(e.end)
                )
            item = QListWidgetItem(
                f"{common.weekday_text(e.day.weekday())} {format_date(e.day)}: {what}"
            )
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            self.exception_list.addItem(item)

    def _apply(self, job: Any, done_text: str) -> None:
        def done(change: Any) -> None:
            self.show_schedule(change.schedule)
            self._say(done_text)
            self.changed.emit()
            if change.affected:
                self._show_affected(change.affected)

        self.ctx.runner.run(
            job,
            on_done=done,
            on_error=lambda exc: common.show_booking_error(self.window(), exc),
            parent=self,
        )

    def _show_affected(self, affected: Any) -> None:
        lines = "\n".join(
            f"• {common.slot_text(b.start, b.end)} {common.customer_text(b)}" for b in affected
        )
        QMessageBox.warning(
            self.window(),
            self.tr("Bookings to move"),
            self.tr(
                "These bookings no longer fit the opening hours. They were kept: move or cancel "
                "them in the week view (they are marked there).\n\n{bookings}"
            ).format(bookings=lines),
        )

    def _save_slots(self) -> None:
        from digituki.core.services import bookings as svc

        db, minutes, capacity = self.ctx.db, self.slot_minutes.value(), self.capacity.value()
        self._apply(
            lambda: svc.update_slot_settings(db, minutes, capacity),  # type: ignore[arg-type]
            self.tr("Saved."),
        )

    def _add_weekly(self) -> None:
        from digituki.core.services import bookings as svc

        db = self.ctx.db
        day = int(self.weekday.currentData())
        start, end = _time(self.weekly_from.time()), _time(self.weekly_to.time())
        self._apply(
            lambda: svc.add_weekly_hours(db, day, start, end),  # type: ignore[arg-type]
            self.tr("Opening hours added."),
        )

    def _remove_weekly(self) -> None:
        from digituki.core.services import bookings as svc

        item = self.weekly_list.currentItem()
        if item is None:
            self._say(self.tr("Select the hours to remove first."))
            return
        db, hours_id = self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole))
        self._apply(
            lambda: svc.remove_weekly_hours(db, hours_id),  # type: ignore[arg-type]
            self.tr("Opening hours removed."),
        )

    def _add_exception(self) -> None:
        from digituki.core.services import bookings as svc

        db = self.ctx.db
        qdate = self.exception_day.date()
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        kind = str(self.exception_kind.currentData())
        start = _time(self.exception_from.time()) if kind == "open" else None
        end = _time(self.exception_to.time()) if kind == "open" else None
        self._apply(
            lambda: svc.add_exception(db, day, kind, start, end),  # type: ignore[arg-type]
            self.tr("Exception added."),
        )

    def _remove_exception(self) -> None:
        from digituki.core.services import bookings as svc

        item = self.exception_list.currentItem()
        if item is None:
            self._say(self.tr("Select the exception to remove first."))
            return
        db, exception_id = self.ctx.db, int(item.data(Qt.ItemDataRole.UserRole))
        self._apply(
            lambda: svc.remove_exception(db, exception_id),  # type: ignore[arg-type]
            self.tr("Exception removed."),
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)
