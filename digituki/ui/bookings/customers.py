"""The Customers tab of Bookings: a customer's rights at the desk (find, print what we hold, erase).

Search by name or phone number the way the desk says them ("Aino", "040 111"). The list shows
each matching customer (name and phone) with their bookings: past, upcoming and cancelled.
"Print what we hold" opens the customer's PDF; "Erase now…" asks once, says what is erased and
that it cannot be undone. Results are cleared when the privacy lock hides personal data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digituki.core import clock
from digituki.core.domain.errors import ValidationError
from digituki.ui.a11y import announce
from digituki.ui.bookings import common
from digituki.ui.context import AppContext
from digituki.ui.errors import show_error
from digituki.ui.widgets.responsive import stack_when_large

translate = QCoreApplication.translate


def _table(name: str) -> Any:
    from digituki.ui.bookings.view import make_table

    return make_table(name)


class CustomerSearch(QWidget):
    """Find a customer, show their bookings, print what we hold, erase now."""

    changed = Signal()  # bookings were changed (an erase): the week view reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: tuple[Any, ...] = ()
        self.confirm: QMessageBox | None = None
        self.last_printout: Any = None

        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query_label = QLabel()
        self.query = QLineEdit()
        self.query.setObjectName("customerQuery")
        self.query.setClearButtonEnabled(True)
        self.query_label.setBuddy(self.query)
        self.search = QPushButton()
        self.search.setObjectName("customerSearch")
        row.addWidget(self.query_label)
        row.addWidget(self.query, 1)
        row.addWidget(self.search)
        outer.addLayout(row)
        stack_when_large(self, row)
        self.status = QLabel()
        self.status.setObjectName("customerStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        self.customers = _table("customerTable")
        self.customer_model = QStandardItemModel(self)
        self.customers.setModel(self.customer_model)
        outer.addWidget(self.customers, 1)
        buttons = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("printoutLanguage")
        self.language_label.setBuddy(self.language)
        self.print = QPushButton()
        self.print.setObjectName("printWhatWeHold")
        self.erase = QPushButton()
        self.erase.setObjectName("eraseCustomer")
        for w in (self.language_label, self.language, self.print, self.erase):
            buttons.addWidget(w)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        stack_when_large(self, buttons)

        self.bookings_label = QLabel()
        self.bookings_label.setWordWrap(True)
        outer.addWidget(self.bookings_label)
        self.bookings = _table("customerBookings")
        self.booking_model = QStandardItemModel(self)
        self.bookings.setModel(self.booking_model)
        self.bookings_label.setBuddy(self.bookings)
        outer.addWidget(self.bookings, 2)

        self.query.returnPressed.connect(self.run_search)
        self.search.clicked.connect(self.run_search)
        self.customers.selectionModel().currentRowChanged.connect(self._customer_changed)
        self.print.clicked.connect(self.print_what_we_hold)
        self.erase.clicked.connect(self.ask_erase)
        from digituki.ui.privacy import privacy_lock

        privacy_lock().changed.connect(self._lock_changed)
        self.retranslate()
        self._show_customer(None)

    def retranslate(self) -> None:
        self.query_label.setText(self.tr("&Find a customer:"))
        self.query.setPlaceholderText(self.tr('Name or phone number, e.g. "Aino" or "040 111"'))
        self.query.setAccessibleName(self.tr("Find a customer by name or phone number"))
        self.search.setText(self.tr("&Search"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.customers.setAccessibleName(self.tr("Customers found"))
        self.bookings_label.setText(self.tr("&Their bookings (past, upcoming and cancelled):"))
        self.bookings.setAccessibleName(self.tr("The customer's bookings"))
        self.language_label.setText(self.tr("Printout &language:"))
        self.language.setAccessibleName(self.tr("Language of the printout"))
        current = self.language.currentData()
        self.language.clear()
        for code, text in (
            ("fi", self.tr("Finnish")),
            ("sv", self.tr("Swedish")),
            ("en", self.tr("English")),
        ):
            self.language.addItem(text, code)
        if current:
            self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.print.setText(self.tr("&Print what we hold"))
        self.print.setAccessibleName(self.tr("Print what we hold about this customer (PDF)"))
        self.erase.setText(self.tr("&Erase now…"))
        self.erase.setAccessibleName(self.tr("Erase this customer's data now"))
        self.erase.setToolTip(
            self.tr("Erase the name, phone number and notes from all their bookings")
        )
        self._fill_customers()

    # --- search ----------------------------------------------------------------------------------

    def run_search(self) -> None:
        from digituki.core.services import customers as svc

        if self.ctx.db is None:
            return
        text = self.query.text()
        self.ctx.runner.run(
            svc.find_customers,
            self.ctx.db,
            text,
            on_done=self._show_found,
            on_error=self._search_failed,
            parent=self,
        )

    def _search_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.message_code == "query_too_short":
            self._say(
                self.tr("Type at least two letters of the name or three digits of the number.")
            )
            return
        show_error(self, error)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    def _show_found(self, found: Any, keep: int | None = None) -> None:
        self.found = tuple(found)
        self._fill_customers()
        if not self.found:
            self._say(
                self.tr(
                    "No customer found. Names and numbers are kept only {days} days "
                    "after the visit."
                ).format(days=self._retention())
            )
            self._show_customer(None)
            return
        self._say(self.tr("{count} customer(s) found.").format(count=len(self.found)))
        self.customers.setCurrentIndex(self.customer_model.index(0, 0))
        self._customer_changed(self.customers.currentIndex(), None)

    def _retention(self) -> int:
        return self.found[0].retention_days if self.found else 14

    def _fill_customers(self) -> None:
        from digituki.core.domain.booking import display_phone

        model = self.customer_model
        model.clear()
        model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("Bookings")])
        now = clock.now()
        for c in self.found:
            counts = self.tr("{past} past, {future} upcoming, {cancelled} cancelled").format(
                past=len(c.past(now)), future=len(c.future(now)), cancelled=len(c.cancelled())
            )
            cells = [
                QStandardItem(c.name or self.tr("(no name)")),
                QStandardItem(display_phone(c.phone) if c.phone else self.tr("(no phone)")),
                QStandardItem(counts),
            ]
            for cell in cells:
                cell.setEditable(False)
            model.appendRow(cells)

    def selected(self) -> Any:
        index = self.customers.currentIndex()
        if not index.isValid() or index.row() >= len(self.found):
            return None
        return self.found[index.row()]

    def _customer_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        self._show_customer(self.selected())

    def _show_customer(self, customer: Any) -> None:
        from digituki.ui.bookings.common import needs_text, status_text, topics_text

        model = self.booking_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Date and time"), self.tr("Status"), self.tr("Needs"), self.tr("Notes")]
        )
        self.print.setEnabled(customer is not None)
        self.erase.setEnabled(customer is not None)
        if customer is None:
            return
        now = clock.now()
        for b in customer.bookings:
            status = status_text(b.status)
            if b.status != "cancelled":
                status += " · " + (self.tr("upcoming") if b.is_future(now) else self.tr("past"))
            notes = "\n".join(b.notes)
            if b.notes_unreadable:
                notes += ("\n" if notes else "") + self.tr("(a note cannot be opened)")
            cells = [
                QStandardItem(common.slot_text(b.start, b.end)),
                QStandardItem(status),
                QStandardItem(
                    "; ".join(
                        p
                        for p in (
                            topics_text(b.topics, self.ctx.translations.language),
                            needs_text(b.needs),
                        )
                        if p
                    )
                ),
                QStandardItem(notes or "–"),
            ]
            for cell in cells:
                cell.setEditable(False)
            model.appendRow(cells)
        self.bookings.resizeRowsToContents()
        self.language.setCurrentIndex(max(0, self.language.findData(customer.language)))

    def _lock_changed(self, hidden: bool) -> None:
        if hidden:  # personal data leaves the screen with the lock
            self.found = ()
            self._fill_customers()
            self._show_customer(None)
            self.status.setText("")

    # --- print -----------------------------------------------------------------------------------

    def print_what_we_hold(self) -> None:
        from digituki.core.services import customers as svc
        from digituki.paths import printouts_dir

        customer = self.selected()
        if customer is None or self.ctx.db is None:
            return
        db, booking_id = self.ctx.db, customer.booking_ids[0]
        language = str(self.language.currentData() or customer.language)
        folder = printouts_dir(self.ctx.paths)

        def printed(path: Any) -> None:
            self.last_printout = path
            common.open_file(path)
            self._say(self.tr("The printout opened in the PDF viewer. Give it to the customer."))

        self.ctx.runner.run(
            lambda: svc.write_what_we_hold(db, booking_id, folder, language=language),
            on_done=printed,
            parent=self,
        )

    # --- erase -----------------------------------------------------------------------------------

    def ask_erase(self) -> QMessageBox | None:
        customer = self.selected()
        if customer is None:
            return None
        now = clock.now()
        upcoming = len(customer.future(now))
        box = QMessageBox(self)
        box.setObjectName("eraseConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase customer data"))
        box.setText(
            self.tr(
                "Erase the name, phone number and notes of {name} from {count} booking(s) now?"
            ).format(name=customer.name or self.tr("this customer"), count=len(customer.bookings))
        )
        keep: QCheckBox | None = None
        details = [
            self.tr("This cannot be undone."),
            self.tr("The bookings stay without a name; anonymous counts in the statistics stay."),
            self.tr("Older backups keep the data until they rotate out (a few weeks)."),
        ]
        if upcoming:
            details.insert(
                0,
                self.tr(
                    "{count} upcoming booking(s) will be cancelled, so the place frees up."
                ).format(count=upcoming),
            )
            keep = QCheckBox(self.tr("&Keep the upcoming appointment(s) without a name"))
            keep.setObjectName("keepUpcoming")
            box.setCheckBox(keep)
        box.setInformativeText("\n".join(details))
        erase = box.addButton(self.tr("&Erase now"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("eraseNow")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        # read the answer while the box is alive (it deletes itself when it closes)
        erase.clicked.connect(
            lambda: self._erase(customer, bool(keep is not None and keep.isChecked()))
        )
        self.confirm = box
        box.open()
        return box

    def _erase(self, customer: Any, keep_upcoming: bool) -> None:
        from digituki.core.services import customers as svc

        db, booking_id = self.ctx.db, customer.booking_ids[0]
        if db is None:
            return

        def erased(done: Any) -> None:
            self.found = tuple(c for c in self.found if c is not customer)
            self._fill_customers()
            self._show_customer(None)
            if self.found:
                self.customers.setCurrentIndex(self.customer_model.index(0, 0))
            parts = [
                self.tr("Erased the customer's data from {count} booking(s).").format(
                    count=done.bookings
                )
            ]
            if done.cancelled:
                parts.append(
                    self.tr("{count} upcoming booking(s) cancelled.").format(count=done.cancelled)
                )
            if done.kept:
                parts.append(
                    self.tr("{count} upcoming booking(s) kept without a name.").format(
                        count=done.kept
                    )
                )
            self._say(" ".join(parts))
            self.changed.emit()

        self.ctx.runner.run(
            lambda: svc.erase_customer(db, booking_id, keep_upcoming=keep_upcoming),
            on_done=erased,
            parent=self,
        )
