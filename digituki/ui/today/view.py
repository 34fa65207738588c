"""Layout of the Today area: the day's heading, the walk-in button, the agenda, the actions."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from digituki.ui.bookings.actions import BookingActions
from digituki.ui.bookings.view import make_table
from digituki.ui.context import AppContext
from digituki.ui.guides.linked import LinkedGuides
from digituki.ui.widgets.responsive import stack_when_large


class TodayView:
    def __init__(self, root: QWidget, ctx: AppContext) -> None:
        outer = QVBoxLayout(root)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)  # the long date wraps at large text sizes
        top.addWidget(self.heading, 1)
        self.new_booking = QPushButton()
        self.new_booking.setObjectName("newBooking")
        top.addWidget(self.new_booking)
        outer.addLayout(top)

        self.walk_in = QPushButton()
        self.walk_in.setObjectName("walkIn")
        self.walk_in.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Large bold text and padding come from the style sheet (digituki/ui/style.py), so the
        # button follows the text-size setting.
        outer.addWidget(self.walk_in)

        self.free_summary = QLabel()
        self.free_summary.setObjectName("freeSummary")
        self.free_summary.setWordWrap(True)
        outer.addWidget(self.free_summary)

        self.table = make_table("todayTable")
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        # Guides for the chosen booking's topics, one click away (a booked customer's wishes).
        self.guides = LinkedGuides(ctx)
        middle.addWidget(self.guides, 1)
        outer.addLayout(middle, 1)
        # at large text the heading sits above the button, the guides below the day's table
        stack_when_large(root, top, middle)
        self.actions = BookingActions(ctx)
        outer.addWidget(self.actions)
        self.status = QLabel()
        self.status.setObjectName("todayStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
