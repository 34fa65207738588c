"""The row of actions on the selected booking, shared by Today and the week view.

Arrived, Start help, Did not come, Cancel booking, Change, Move, Confirmation slip. Each button
is enabled only when the action is allowed for the booking's status; every action goes through the
runner and then asks the area to reload (`changed` signal).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QMessageBox, QPushButton, QWidget

from digituki.core import clock
from digituki.ui.a11y import announce
from digituki.ui.bookings import common
from digituki.ui.bookings.dialog import EDIT, MOVE, BookingDialog
from digituki.ui.context import AppContext
from digituki.ui.widgets.responsive import fewer_columns_when_large


class BookingActions(QWidget):
    """Buttons acting on `booking` (set with `set_booking`); emits `changed(message)`."""

    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.booking: Any = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.arrived = QPushButton()
        self.arrived.setObjectName("markArrived")
        self.start_help = QPushButton()
        self.start_help.setObjectName("startHelp")
        self.no_show = QPushButton()
        self.no_show.setObjectName("markNoShow")
        self.cancel = QPushButton()
        self.cancel.setObjectName("cancelBooking")
        self.edit = QPushButton()
        self.edit.setObjectName("editBooking")
        self.move = QPushButton()
        self.move.setObjectName("moveBooking")
        self.slip = QPushButton()
        self.slip.setObjectName("printSlip")
        self.buttons = (
            self.arrived,
            self.start_help,
            self.no_show,
            self.cancel,
            self.edit,
            self.move,
            self.slip,
        )
        # four buttons a row; three at large text sizes, so the row still fits the screen
        fewer_columns_when_large(self, layout, [(b,) for b in self.buttons], normal=4, large=3)
        self.arrived.clicked.connect(self._arrived)
        self.start_help.clicked.connect(self._start_help)
        self.no_show.clicked.connect(self._no_show)
        self.cancel.clicked.connect(self._cancel)
        self.edit.clicked.connect(self._edit)
        self.move.clicked.connect(self._move)
        self.slip.clicked.connect(self._slip)
        self.retranslate()
        self.set_booking(None)

    def retranslate(self) -> None:
        self.arrived.setText(self.tr("&Arrived"))
        self.start_help.setText(self.tr("Start &help"))
        self.no_show.setText(self.tr("Did &not come"))
        self.cancel.setText(self.tr("Cance&l booking"))
        self.edit.setText(self.tr("Chan&ge"))
        self.move.setText(self.tr("&Move"))
        self.slip.setText(self.tr("Confirmation sl&ip"))
        names = {
            self.arrived: self.tr("Mark the customer as arrived"),
            self.start_help: self.tr("Start helping this customer and open the help log"),
            self.no_show: self.tr("Mark that the customer did not come"),
            self.cancel: self.tr("Cancel the booking"),
            self.edit: self.tr("Change the customer's details"),
            self.move: self.tr("Move the booking to another time"),
            self.slip: self.tr("Open the confirmation slip to print"),
        }
        for button, name in names.items():
            button.setAccessibleName(name)
            button.setToolTip(name)

    def set_booking(self, booking: Any) -> None:
        """The selected booking (a BookingView) or None (then every button is disabled)."""
        from digituki.core.domain import booking as rules

        self.booking = booking
        status = booking.status if booking is not None else None
        allowed = rules.TRANSITIONS.get(status, frozenset()) if status else frozenset()
        self.arrived.setEnabled(rules.ARRIVED in allowed and status == rules.BOOKED)
        self.start_help.setEnabled(status in (rules.BOOKED, rules.ARRIVED, rules.IN_PROGRESS))
        started = booking is not None and booking.start <= clock.now()
        self.no_show.setEnabled(rules.NO_SHOW in allowed and started)
        self.cancel.setEnabled(rules.CANCELLED in allowed)
        self.edit.setEnabled(status in rules.EDITABLE)
        self.move.setEnabled(status in rules.MOVABLE)
        self.slip.setEnabled(status in (rules.BOOKED, rules.ARRIVED))

    # --- actions -------------------------------------------------------------------------------

    def _run(self, fn: Any, done_text: str, *args: Any) -> None:
        booking_id = self.booking.id
        db = self.ctx.db

        def done(_: object) -> None:
            self.changed.emit(done_text)
            announce(self, done_text)

        self.ctx.runner.run(
            lambda: fn(db, booking_id, *args),
            on_done=done,
            on_error=lambda exc: common.show_booking_error(self.window(), exc),
            parent=self,
        )

    def _arrived(self) -> None:
        from digituki.core.services import bookings as svc

        if self.booking is not None:
            self._run(svc.mark_arrived, self.tr("Marked as arrived."))

    def _no_show(self) -> None:
        from digituki.core.services import bookings as svc

        if self.booking is not None:
            self._run(svc.mark_no_show, self.tr("Marked: the customer did not come."))

    def _cancel(self) -> None:
        from digituki.core.services import bookings as svc

        if self.booking is None:
            return
        answer = QMessageBox.question(
            self.window(),
            self.tr("Cancel booking"),
            self.tr("Cancel the booking at {time}?").format(
                time=common.slot_text(self.booking.start, self.booking.end)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(svc.cancel_booking, self.tr("The booking was cancelled."))

    def _start_help(self) -> None:
        from digituki.core.services import bookings as svc

        if self.booking is None:
            return
        booking_id = self.booking.id
        db = self.ctx.db

        def done(prefill: Any) -> None:
            self.changed.emit(self.tr("Help started."))
            self.ctx.start_help(prefill)

        self.ctx.runner.run(
            lambda: svc.start_help(db, booking_id),  # type: ignore[arg-type]
            on_done=done,
            on_error=lambda exc: common.show_booking_error(self.window(), exc),
            parent=self,
        )

    def _dialog(self, mode: str) -> BookingDialog:
        dialog = BookingDialog(self.ctx, self.window(), mode=mode, booking=self.booking)
        dialog.saved.connect(
            lambda _b: self.changed.emit(
                self.tr("The booking was changed.")
                if mode == EDIT
                else self.tr("The booking was moved.")
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _edit(self) -> None:
        if self.booking is not None:
            self.last_dialog = self._dialog(EDIT)

    def _move(self) -> None:
        if self.booking is not None:
            self.last_dialog = self._dialog(MOVE)

    def _slip(self) -> None:
        if self.booking is not None:
            open_slip(self.ctx, self, self.booking.id)


def open_slip(ctx: AppContext, parent: QWidget, booking_id: int) -> None:
    """Write the confirmation slip and open it in the system's PDF viewer."""
    from digituki.core.services import bookings as svc

    db = ctx.db
    ctx.runner.run(
        lambda: svc.write_confirmation_slip(db, booking_id, common.pdf_folder()),  # type: ignore[arg-type]
        on_done=lambda path: common.show_pdf(parent, path),
        parent=parent,
    )
