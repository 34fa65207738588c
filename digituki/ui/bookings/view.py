"""Layout of the Bookings area: tabs for the week, the call list and the opening hours."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digituki.ui.bookings.actions import BookingActions
from digituki.ui.bookings.hours import OpeningHoursEditor
from digituki.ui.context import AppContext
from digituki.ui.widgets.columns import share_columns
from digituki.ui.widgets.responsive import stack_when_large


def make_table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    # rows follow their text (wrapping, and the text-size setting) by themselves
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def wrap_text_columns(table: QTableView, fitted: tuple[int, ...] = (0, 1)) -> None:
    """The `fitted` columns (the time, short statuses) fit their contents; the others share the
    rest of the table's width and wrap their text, each at least as wide as its header's first
    word. With every column fitted to its unwrapped text, the wishes column was one character wide
    or off-screen at 200 % text; with equal shares, Swedish 'Önskemål' was cut at 200 %."""
    share_columns(table, fitted)


class BookingsView:
    def __init__(self, root: QWidget, ctx: AppContext) -> None:
        outer = QVBoxLayout(root)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        top.addWidget(self.heading)
        top.addStretch(1)
        self.new_booking = QPushButton()
        self.new_booking.setObjectName("newBooking")
        top.addWidget(self.new_booking)
        outer.addLayout(top)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        # week
        self.week_page = QWidget()
        week = QVBoxLayout(self.week_page)
        nav = QHBoxLayout()
        self.previous_week = QPushButton()
        self.previous_week.setObjectName("previousWeek")
        self.this_week = QPushButton()
        self.this_week.setObjectName("thisWeek")
        self.next_week = QPushButton()
        self.next_week.setObjectName("nextWeek")
        self.week_title = QLabel()
        self.week_title.setObjectName("weekTitle")
        self.week_title.setWordWrap(True)
        week.addWidget(self.week_title)  # its own line: the buttons stay on screen at large text
        for widget in (self.previous_week, self.this_week, self.next_week):
            nav.addWidget(widget)
        nav.addStretch(1)
        week.addLayout(nav)
        stack_when_large(self.week_page, nav)
        self.week_table = make_table("weekTable")
        week.addWidget(self.week_table, 1)
        self.actions = BookingActions(ctx)
        week.addWidget(self.actions)
        self.week_notice = QLabel()
        self.week_notice.setObjectName("weekNotice")
        self.week_notice.setWordWrap(True)
        week.addWidget(self.week_notice)
        self.week_status = QLabel()
        self.week_status.setObjectName("weekStatus")
        self.week_status.setWordWrap(True)
        week.addWidget(self.week_status)
        self.tabs.addTab(self.week_page, "")

        # call list
        self.calls_page = QWidget()
        calls = QVBoxLayout(self.calls_page)
        row = QHBoxLayout()
        self.call_day_label = QLabel()
        self.call_day = QDateEdit()
        self.call_day.setObjectName("callDay")
        self.call_day.setCalendarPopup(True)
        self.call_day_label.setBuddy(self.call_day)
        self.print_calls = QPushButton()
        self.print_calls.setObjectName("printCallList")
        row.addWidget(self.call_day_label)
        row.addWidget(self.call_day)
        row.addWidget(self.print_calls)
        row.addStretch(1)
        calls.addLayout(row)
        self.call_table = make_table("callTable")
        calls.addWidget(self.call_table, 1)
        self.calls_status = QLabel()
        self.calls_status.setWordWrap(True)
        calls.addWidget(self.calls_status)
        self.tabs.addTab(self.calls_page, "")

        # opening hours
        self.hours = OpeningHoursEditor(ctx)
        self.hours.setObjectName("openingHours")
        self.hours_scroll = QScrollArea()
        self.hours_scroll.setWidgetResizable(True)
        self.hours_scroll.setWidget(self.hours)
        self.tabs.addTab(self.hours_scroll, "")

        # customers: find one, print what we hold, erase now (issue 17)
        from digituki.ui.bookings.customers import CustomerSearch

        self.customers = CustomerSearch(ctx)
        self.customers.setObjectName("customerSearchPage")
        self.tabs.addTab(self.customers, "")
