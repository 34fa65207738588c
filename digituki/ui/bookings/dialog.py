"""The booking form: new booking (time + customer), edit (customer only) and move (time only).

Made for booking on the phone with the keyboard alone: the next free time is already chosen and
has the focus, Tab goes down the form in visual order, Enter books.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digituki.core import clock
from digituki.ui.a11y import announce
from digituki.ui.bookings.common import error_text, language_text, slot_text
from digituki.ui.context import AppContext
from digituki.ui.errors import show_error

NEW, EDIT, MOVE = "new", "edit", "move"
FREE_SLOT_LIMIT = 400


class BookingDialog(QDialog):
    """`saved(BookingView)` is emitted after the booking was stored; then the dialog closes."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        mode: str = NEW,
        booking: Any = None,
        preferred_start: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.booking = booking
        self.preferred_start = preferred_start or (booking.start if booking else None)
        self.slots: list[Any] = []
        self.busy = False
        self._focus_slot = True
        self.setObjectName("bookingDialog")
        self.setModal(True)
        self._build()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.height() * 36)
        self.retranslate()
        if booking is not None and mode == EDIT:
            self._fill(booking)
        self._initial = self._typed()
        if mode in (NEW, MOVE):
            self.slot.setFocus()
            self._load_slots()
        else:
            self.name.setFocus()

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        outer.addWidget(self.heading)

        form = QFormLayout()
        self.slot_label = QLabel()
        self.slot = QComboBox()
        self.slot.setObjectName("slotCombo")
        self.slot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.slot_label.setBuddy(self.slot)
        self.from_label = QLabel()
        self.from_date = QDateEdit()
        self.from_date.setObjectName("fromDate")
        self.from_date.setCalendarPopup(True)
        today = clock.today()
        self.from_date.setDate(QDate(today.year, today.month, today.day))
        self.from_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.from_label.setBuddy(self.from_date)
        self.current_time = QLabel()
        self.current_time.setObjectName("currentTime")
        if self.mode in (NEW, MOVE):
            # The date filter comes first so that Tab goes from the (focused) time to the name.
            form.addRow(self.from_label, self.from_date)
            form.addRow(self.slot_label, self.slot)
        else:
            self.slot.hide()
            self.from_date.hide()
            self.slot_label.hide()
            self.from_label.hide()
            form.addRow(self.current_time)
        if self.mode == MOVE and self.booking is not None:
            form.addRow(self.current_time)

        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.name.setMaxLength(120)
        self.name_label.setBuddy(self.name)
        self.phone_label = QLabel()
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.phone.setMaxLength(40)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_label.setBuddy(self.phone)
        self.topic_filter_label = QLabel()
        self.topic_filter = QLineEdit()
        self.topic_filter.setObjectName("topicFilter")
        self.topic_filter.setClearButtonEnabled(True)
        self.topic_filter_label.setBuddy(self.topic_filter)
        self.topics = QListWidget()
        self.topics.setObjectName("topicList")
        self.topics.setMinimumHeight(self.fontMetrics().height() * 8)
        self._fill_topics()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("customerLanguage")
        for code in ("fi", "sv", "en", "other"):
            self.language.addItem("", code)
        self.language_label.setBuddy(self.language)
        self.interpreter = QCheckBox()
        self.hearing = QCheckBox()
        self.vision = QCheckBox()
        self.devices_box = QGroupBox()
        devices = QHBoxLayout(self.devices_box)
        self.device_phone = QCheckBox()
        self.device_tablet = QCheckBox()
        self.device_laptop = QCheckBox()
        for box in (self.device_phone, self.device_tablet, self.device_laptop):
            devices.addWidget(box)
        devices.addStretch(1)
        self.slip = QCheckBox()
        self.slip.setObjectName("openSlip")

        self.customer_widgets: list[QWidget] = [
            self.name,
            self.phone,
            self.topic_filter,
            self.topics,
            self.language,
            self.interpreter,
            self.hearing,
            self.vision,
            self.devices_box,
        ]
        if self.mode in (NEW, EDIT):
            form.addRow(self.name_label, self.name)
            form.addRow(self.phone_label, self.phone)
            form.addRow(self.topic_filter_label, self.topic_filter)
            form.addRow("", self.topics)
            form.addRow(self.language_label, self.language)
            needs = QVBoxLayout()
            for box in (self.interpreter, self.hearing, self.vision):
                needs.addWidget(box)
            form.addRow("", needs)
            form.addRow(self.devices_box)
            if self.mode == NEW:
                form.addRow("", self.slip)
        else:
            for widget in [*self.customer_widgets, self.slip]:
                widget.hide()
        outer.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)

        self.buttons = QDialogButtonBox()
        self.ok = QPushButton()
        self.ok.setObjectName("saveBooking")
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok.clicked.connect(self._save)
        self.cancel.clicked.connect(self.reject)
        outer.addWidget(self.buttons)

        self.topic_filter.textChanged.connect(self._filter_topics)
        self.topic_filter.installEventFilter(self)
        self.from_date.dateChanged.connect(lambda _d: self._load_slots(focus_slot=False))

    def _fill_topics(self) -> None:
        from digituki.core.domain.topics import load_topics

        language = self.ctx.translations.language
        for group in load_topics().groups:
            for topic in group.topics:
                item = QListWidgetItem(f"{topic.name(language)} ({group.name(language)})")
                item.setData(Qt.ItemDataRole.UserRole, topic.code)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
                self.topics.addItem(item)

    def retranslate(self) -> None:
        titles = {
            NEW: self.tr("New booking"),
            EDIT: self.tr("Change booking"),
            MOVE: self.tr("Move booking"),
        }
        self.setWindowTitle(titles[self.mode])
        self.heading.setText(titles[self.mode])
        self.slot_label.setText(self.tr("&Time:"))
        self.slot.setAccessibleName(self.tr("Time of the appointment"))
        self.slot.setToolTip(self.tr("The next free time is chosen already."))
        self.from_label.setText(self.tr("Show free times from &date:"))
        self.from_date.setAccessibleName(self.tr("Show free times from this date"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setAccessibleName(self.tr("Customer's name"))
        self.phone_label.setText(self.tr("&Phone:"))
        self.phone.setAccessibleName(self.tr("Customer's phone number"))
        self.phone.setPlaceholderText(self.tr("e.g. 040 123 4567"))
        self.topic_filter_label.setText(self.tr("Needs help &with:"))
        self.topic_filter.setAccessibleName(self.tr("Find a topic"))
        self.topic_filter.setPlaceholderText(self.tr("Type to find a topic"))
        self.topics.setAccessibleName(
            self.tr("Topics the customer needs help with; Space ticks a topic")
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Customer's language"))
        for index in range(self.language.count()):
            self.language.setItemText(index, language_text(self.language.itemData(index)))
        self.interpreter.setText(self.tr("Needs an &interpreter"))
        self.hearing.setText(self.tr("&Hearing difficulty"))
        self.vision.setText(self.tr("&Vision difficulty"))
        self.devices_box.setTitle(self.tr("Brings own device"))
        self.device_phone.setText(self.tr("Mobile phon&e"))
        self.device_tablet.setText(self.tr("T&ablet"))
        self.device_laptop.setText(self.tr("Laptop &computer"))
        self.slip.setText(self.tr("Open a confirmation &slip to print"))
        for box in (
            self.interpreter,
            self.hearing,
            self.vision,
            self.device_phone,
            self.device_tablet,
            self.device_laptop,
            self.slip,
        ):
            box.setAccessibleName(box.text().replace("&", ""))
        self.ok.setText(
            {NEW: self.tr("&Book"), EDIT: self.tr("&Save"), MOVE: self.tr("&Move here")}[self.mode]
        )
        self.ok.setAccessibleName(self.ok.text().replace("&", ""))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Close without saving"))
        if self.booking is not None:
            self.current_time.setText(
                self.tr("Booked time: {time}").format(
                    time=slot_text(self.booking.start, self.booking.end)
                )
            )

    # --- data ----------------------------------------------------------------------------------

    def _fill(self, booking: Any) -> None:
        self.name.setText(booking.name or "")
        self.phone.setText(booking.phone or "")
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(
                Qt.CheckState.Checked if code in booking.topics else Qt.CheckState.Unchecked
            )
        needs = booking.needs
        self.language.setCurrentIndex(max(0, self.language.findData(needs.language)))
        self.interpreter.setChecked(needs.interpreter)
        self.hearing.setChecked(needs.hearing)
        self.vision.setChecked(needs.vision)
        self.device_phone.setChecked("phone" in needs.devices)
        self.device_tablet.setChecked("tablet" in needs.devices)
        self.device_laptop.setChecked("laptop" in needs.devices)

    def _filter_topics(self, text: str) -> None:
        from digituki.core.domain.topics import load_topics

        found = [t.code for t in load_topics().search(text, self.ctx.translations.language)]
        rows = {}
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(code not in found)
            rows[code] = row
        # the best match is highlighted: Enter in the search field ticks it
        if text.strip() and found:
            self.topics.setCurrentRow(rows[found[0]])

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if (
            watched is self.topic_filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.topic_filter.text().strip()
        ):
            self._tick_highlighted()
            return True  # the typed topic first; the next Enter (empty field) books
        return super().eventFilter(watched, event)

    def _tick_highlighted(self) -> None:
        item = self.topics.currentItem()
        if item is None or item.isHidden():
            self._say(self.tr("No topic matches what you typed."))
            return
        item.setCheckState(Qt.CheckState.Checked)
        name = item.text()
        self.topic_filter.clear()
        self._say(self.tr("Topic ticked: {topic}. Press Enter to book.").format(topic=name))

    # --- leaving without saving ----------------------------------------------------------------

    def _typed(self) -> tuple[Any, ...]:
        if self.mode == MOVE:
            return ()
        customer = self.customer_input()
        return (customer.name.strip(), customer.phone.strip(), customer.topics, customer.needs)

    def reject(self) -> None:
        """Escape, Cancel or closing the window: ask before a typed name or phone is lost."""
        if self.mode != MOVE and self.isVisible() and self._typed() != self._initial:
            from digituki.ui import unsaved

            answer = unsaved.ask(
                self,
                self.tr("The booking has not been saved. Discard what you typed?"),
                discard=self.tr("&Discard the booking"),
            )
            if answer != unsaved.DISCARD:
                return
        super().reject()

    def _load_slots(self, focus_slot: bool = True) -> None:
        from digituki.core.domain.schedule import wall_clock
        from digituki.core.services import bookings as svc

        qdate = self.from_date.date()
        start_day = dt.date(qdate.year(), qdate.month(), qdate.day())
        after = max(clock.now(), wall_clock(start_day, dt.time(0)))
        self._focus_slot = focus_slot
        self.ctx.runner.run(
            lambda: svc.free_slots(self.ctx.db, after, limit=FREE_SLOT_LIMIT),  # type: ignore[arg-type]
            on_done=self._show_slots,
            parent=self,
        )

    def _show_slots(self, slots: Any) -> None:
        self.slots = list(slots)
        self.slot.clear()
        for slot in self.slots:
            self.slot.addItem(
                self.tr("{time} (free places: {count})").format(
                    time=slot_text(slot.start, slot.end), count=slot.free
                )
            )
        if not self.slots:
            self._say(self.tr("There are no free times. Add opening hours in Bookings."))
            return
        if self.preferred_start is None or not self.select_start(self.preferred_start):
            self.slot.setCurrentIndex(0)
        if self._focus_slot:
            self.slot.setFocus()

    def select_start(self, start: dt.datetime) -> bool:
        """Choose the offered time starting at `start`; False if it is not offered."""
        for index, slot in enumerate(self.slots):
            if slot.start == start:
                self.slot.setCurrentIndex(index)
                return True
        return False

    def selected_start(self) -> dt.datetime | None:
        index = self.slot.currentIndex()
        return self.slots[index].start if 0 <= index < len(self.slots) else None

    def customer_input(self) -> Any:
        from digituki.core.domain.booking import CustomerInput, Needs

        codes = tuple(
            self.topics.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.topics.count())
            if self.topics.item(row).checkState() == Qt.CheckState.Checked
        )
        devices = tuple(
            code
            for code, box in (
                ("phone", self.device_phone),
                ("tablet", self.device_tablet),
                ("laptop", self.device_laptop),
            )
            if box.isChecked()
        )
        return CustomerInput(
            name=self.name.text(),
            phone=self.phone.text(),
            topics=codes,
            needs=Needs(
                language=self.language.currentData() or "fi",
                interpreter=self.interpreter.isChecked(),
                hearing=self.hearing.isChecked(),
                vision=self.vision.isChecked(),
                devices=devices,
            ),
        )

    # --- saving ----------------------------------------------------------------------------------

    def _save(self) -> None:
        if self.busy:
            return
        from digituki.core.services import bookings as svc

        db = self.ctx.db
        if self.mode in (NEW, MOVE):
            start = self.selected_start()
            if start is None:
                self._say(self.tr("Choose a time first."))
                self.slot.setFocus()
                return
        if self.mode == NEW:
            customer = self.customer_input()
            job: Any = lambda: svc.create_booking(db, start, customer)  # type: ignore[arg-type]  # noqa: E731
        elif self.mode == EDIT:
            customer = self.customer_input()
            booking_id = self.booking.id
            job = lambda: svc.update_booking(db, booking_id, customer)  # type: ignore[arg-type]  # noqa: E731
        else:
            booking_id = self.booking.id
            job = lambda: svc.move_booking(db, booking_id, start)  # type: ignore[arg-type]  # noqa: E731
        self.busy = True
        self.ok.setEnabled(False)
        self.ctx.runner.run(job, on_done=self._saved, on_error=self._failed, parent=self)

    def _saved(self, booking: Any) -> None:
        self.busy = False
        self.ok.setEnabled(True)
        self.result_booking = booking
        self.saved.emit(booking)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.ok.setEnabled(True)
        text = error_text(error)
        if text is None:
            show_error(self, error)
            return
        self._say(text)
        field = getattr(error, "field", "")
        if getattr(error, "message_code", "") == "slot_full":
            next_free = getattr(error, "next_free", None)
            self.preferred_start = next_free
            self._load_slots()
            return
        target = {
            "slot": self.slot,
            "name": self.name,
            "phone": self.phone,
            "topics": self.topics,
            "language": self.language,
        }.get(field)
        if target is not None and target.isVisible():
            target.setFocus()
            if isinstance(target, QLineEdit):
                target.selectAll()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        announce(self.message, text)
