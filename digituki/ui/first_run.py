"""The first start of a real point: a short guided set-up (issue 16).

Three steps, each of which can be skipped and finished later in Settings:
1. the point: name, municipality, and the contact customers see on slips (phone, where to find us);
2. the opening hours: a sensible default week to edit;
3. the protection of customers' details: the OS key store when there is one, otherwise a
   passphrase, with a recovery sheet offered for printing.
It is offered once, on an empty database (`core.services.first_run.setup_needed`); finishing or
skipping it records that, so it is not shown again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

# The GUI tests of other areas open windows on empty databases; they turn this off (conftest).
ENABLED = True


def after_database_ready(window: Any) -> None:
    """Offer the set-up on an empty database; otherwise the usual start (passphrase, purge…)."""
    from digituki.ui import safety

    ctx = window.ctx
    if not ENABLED or window.coordinator_mode or getattr(ctx.db, "read_only", False):
        safety.after_database_ready(window)
        return
    from digituki.core.services import first_run

    def known(needed: bool) -> None:
        if needed:
            show(window)
        safety.after_database_ready(window, ask_key=not needed)  # step 3 asks for the key

    ctx.runner.run(
        first_run.setup_needed,
        ctx.db,
        on_done=known,
        on_error=lambda _: safety.after_database_ready(window),
        parent=window,
    )


def show(window: Any) -> FirstRunDialog:
    dialog = FirstRunDialog(window)
    window.first_run_dialog = dialog  # tests find it here
    dialog.setModal(True)
    dialog.open()
    return dialog


class FirstRunDialog(QDialog):
    """The set-up steps in one dialog; Enter goes on, Escape finishes later."""

    setup_finished = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.passphrase_set = ""
        self.setObjectName("firstRun")
        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setObjectName("firstRunStep")
        layout.addWidget(self.step_label)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self._build_point_page()
        self._build_hours_page()
        self._build_key_page()
        self.message = QLabel()
        self.message.setObjectName("firstRunMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.later = QPushButton()
        self.later.setObjectName("firstRunLater")
        self.back = QPushButton()
        self.back.setObjectName("firstRunBack")
        self.skip = QPushButton()
        self.skip.setObjectName("firstRunSkip")
        self.next = QPushButton()
        self.next.setObjectName("firstRunNext")
        self.next.setDefault(True)
        for button in (self.later, self.back, self.skip, self.next):
            button.setAutoDefault(False)
        self.next.setAutoDefault(True)
        buttons.addWidget(self.later)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.next)
        layout.addLayout(buttons)
        self.later.clicked.connect(self.reject)
        self.back.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.skip.clicked.connect(lambda: self._go(self.pages.currentIndex() + 1))
        self.next.clicked.connect(self._save_step)
        self.retranslate()
        self._go(0)

    # --- pages -----------------------------------------------------------------------------------

    def _line(self, form: QFormLayout, name: str, limit: int) -> tuple[QLabel, QLineEdit]:
        label = QLabel()
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(limit)
        label.setBuddy(edit)
        form.addRow(label, edit)
        return label, edit

    def _build_point_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.point_intro = QLabel()
        self.point_intro.setWordWrap(True)
        layout.addWidget(self.point_intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_label, self.name = self._line(form, "firstRunName", 120)
        self.municipality_label, self.municipality = self._line(form, "firstRunMunicipality", 120)
        self.phone_label, self.phone = self._line(form, "firstRunPhone", 40)
        self.place_label, self.place = self._line(form, "firstRunPlace", 200)
        layout.addLayout(form)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _build_hours_page(self) -> None:
        from digituki.core.services.first_run import DEFAULT_WEEK

        page = QWidget()
        layout = QVBoxLayout(page)
        self.hours_intro = QLabel()
        self.hours_intro.setWordWrap(True)
        layout.addWidget(self.hours_intro)
        grid = QGridLayout()
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for row, day in enumerate(DEFAULT_WEEK):
            check = QCheckBox()
            check.setObjectName(f"firstRunDay{day.weekday}")
            check.setChecked(day.open)
            start, end = QTimeEdit(), QTimeEdit()
            for edit, value in ((start, day.start), (end, day.end)):
                edit.setDisplayFormat("HH:mm")
                edit.setTime(QTime(value.hour, value.minute))
                edit.setEnabled(day.open)
                check.toggled.connect(edit.setEnabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(QLabel("–"), row, 2)
            grid.addWidget(end, row, 3)
            self.days.append((check, start, end))
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _build_key_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.key_intro = QLabel()
        self.key_intro.setObjectName("firstRunKeyIntro")
        self.key_intro.setWordWrap(True)
        layout.addWidget(self.key_intro)
        form = QFormLayout()
        self.passphrase_label, self.passphrase = self._line(form, "firstRunPassphrase", 200)
        self.again_label, self.again = self._line(form, "firstRunPassphraseAgain", 200)
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form)
        self.recovery = QPushButton()
        self.recovery.setObjectName("firstRunRecovery")
        self.recovery.setEnabled(False)
        self.recovery.setAutoDefault(False)  # Enter still means "Finish"
        self.recovery.clicked.connect(self._save_recovery_sheet)
        layout.addWidget(self.recovery, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.secure_store = False

    # --- texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        from digituki.ui.bookings.common import weekday_text

        self.setWindowTitle(self.tr("Welcome to Digituki"))
        self.point_intro.setText(
            self.tr(
                "Tell Digituki about your point. The contact is printed on customers' "
                "confirmation slips and handouts."
            )
        )
        self.name_label.setText(self.tr("&Name of the point:"))
        self.name.setAccessibleName(self.tr("Name of the point"))
        self.municipality_label.setText(self.tr("&Municipality:"))
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.phone_label.setText(self.tr("Point's &phone number:"))
        self.phone.setAccessibleName(self.tr("Point's phone number"))
        self.phone.setPlaceholderText(self.tr("printed on slips, e.g. 09 123 4567"))
        self.place_label.setText(self.tr("&Where to find us:"))
        self.place.setAccessibleName(self.tr("Where to find us"))
        self.place.setPlaceholderText(self.tr("e.g. Main library, 2nd floor, information desk"))
        self.hours_intro.setText(
            self.tr(
                "When is the point open for bookings? Tick the days and set the times; you can "
                "change them and add closed days later under Bookings → Opening hours."
            )
        )
        for weekday, (check, start, end) in enumerate(self.days):
            name = weekday_text(weekday)
            check.setText(name)
            start.setAccessibleName(self.tr("{day}: opens at").format(day=name))
            end.setAccessibleName(self.tr("{day}: closes at").format(day=name))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again_label.setText(self.tr("&Again:"))
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.recovery.setText(self.tr("Save a &recovery sheet to print…"))
        self.recovery.setAccessibleName(self.tr("Save a recovery sheet to print"))
        self.later.setText(self.tr("Finish &later"))
        self.later.setToolTip(self.tr("Everything can be set later in Settings."))
        self.back.setText(self.tr("&Back"))
        self.skip.setText(self.tr("S&kip this step"))
        self._texts_for_step()

    def _texts_for_step(self) -> None:
        index = self.pages.currentIndex()
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=self.pages.count())
        )
        last = index == self.pages.count() - 1
        self.next.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.back.setEnabled(index > 0)
        if self.secure_store:
            text = self.tr(
                "Customers' names and phone numbers are stored locked. The key is kept in this "
                "computer's secure key store. A passphrase is still wise: with it the details "
                "can be opened on another computer (at least 10 characters)."
            )
        else:
            text = self.tr(
                "Customers' names and phone numbers are stored locked. This computer has no "
                "secure key store, so choose a passphrase for the point (at least 10 "
                "characters, for example a short sentence); it is asked once at each start."
            )
        self.key_intro.setText(text)

    # --- moving between steps --------------------------------------------------------------------

    def _go(self, index: int) -> None:
        if index >= self.pages.count():
            self._finish()
            return
        self.pages.setCurrentIndex(max(0, index))
        self.message.clear()
        self._texts_for_step()
        if self.pages.currentIndex() == 2:
            from digituki.core.security import keys

            self.ctx.runner.run(keys.key_status, self.ctx.db, on_done=self._key_known, parent=self)
        first = {0: self.name, 1: self.days[0][0], 2: self.passphrase}[self.pages.currentIndex()]
        if self.isVisible():
            self.activateWindow()  # the keys stay here while the areas behind refresh
        first.setFocus()

    def _key_known(self, status: Any) -> None:
        self.secure_store = bool(status.secure_store)
        self._texts_for_step()

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.message.setText(text)
        announce(self.message, text)

    def _failed(self, exc: BaseException) -> None:
        from digituki.core.domain.errors import DigitukiError
        from digituki.ui.errors import message_for, show_error

        self._busy(False)
        if isinstance(exc, DigitukiError):
            self._say(message_for(exc))
        else:
            show_error(self, exc)

    def _busy(self, busy: bool) -> None:
        # The buttons only (disabling the dialog would move the keyboard focus out of it).
        for button in (self.next, self.skip, self.back, self.later):
            button.setEnabled(not busy)
        if not busy:
            self.back.setEnabled(self.pages.currentIndex() > 0)

    def _run(self, fn: Any, *args: Any, then: Any) -> None:
        self._busy(True)

        def done(result: object) -> None:
            self._busy(False)
            then(result)

        self.ctx.runner.run(fn, *args, on_done=done, on_error=self._failed, parent=self)

    def _save_step(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            self._save_point()
        elif index == 1:
            self._save_hours()
        else:
            self._save_key()

    def _save_point(self) -> None:
        from digituki.core.services import settings as settings_service

        db = self.ctx.db
        changes = {
            "site_name": self.name.text().strip(),
            "municipality": self.municipality.text().strip(),
            "contact_phone": self.phone.text().strip(),
            "contact_place": self.place.text().strip(),
        }
        self._run(
            lambda: settings_service.update_site_settings(db, **changes), then=lambda _: self._go(1)
        )

    def week(self) -> list[Any]:
        from digituki.core.services.first_run import OpeningDay

        return [
            OpeningDay(
                weekday,
                check.isChecked(),
                dt.time(start.time().hour(), start.time().minute()),
                dt.time(end.time().hour(), end.time().minute()),
            )
            for weekday, (check, start, end) in enumerate(self.days)
        ]

    def _save_hours(self) -> None:
        from digituki.core.services import first_run

        self._run(first_run.save_opening_week, self.ctx.db, self.week(), then=lambda _: self._go(2))

    def _save_key(self) -> None:
        from digituki.core.domain.errors import DigitukiError, ValidationError
        from digituki.core.security import keys
        from digituki.ui.errors import message_for

        passphrase = self.passphrase.text()
        if self.passphrase_set or (not passphrase and not self.again.text()):
            self._finish()  # nothing typed: this step is skipped
            return
        try:
            keys.check_passphrase(passphrase)
            if passphrase != self.again.text():
                raise ValidationError("passphrase_mismatch", "passphrase")
        except DigitukiError as exc:
            self._say(message_for(exc))
            return
        db = self.ctx.db

        def protect() -> None:
            try:
                keys.data_key(db)
            except keys.KeyUnavailableError:
                keys.unlock(db, passphrase)  # no key yet: made now, wrapped by the passphrase
            else:
                keys.set_passphrase(db, passphrase)

        def done(_: object) -> None:
            self.passphrase_set = passphrase
            self.recovery.setEnabled(True)
            self.next.setText(self.tr("&Finish"))
            self._say(
                self.tr("The passphrase is set. Save a recovery sheet to print, then press Finish.")
            )
            self.recovery.setFocus()

        self._run(protect, then=done)

    def choose_recovery_path(self) -> str:
        """Where to save the recovery sheet (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Safety", "Save the recovery sheet"),
            str(Path.home() / "digituki-recovery-sheet.pdf"),
            translate("Safety", "PDF documents (*.pdf)"),
        )
        return name

    def _save_recovery_sheet(self) -> None:
        from digituki.ui import safety

        name = self.choose_recovery_path()
        if name and self.passphrase_set:
            safety.save_recovery_sheet(self.window_, Path(name), self.passphrase_set)

    def _finish(self) -> None:
        from digituki.core.services import first_run

        def done(_: object) -> None:
            self.setup_finished.emit()
            self.accept()
            from digituki.ui import safety

            safety._refresh(self.window_)

        self._run(first_run.finish_setup, self.ctx.db, then=done)

    def reject(self) -> None:
        """Finish later: the steps not done are in Settings; the set-up is not offered again."""
        from digituki.core.services import first_run

        if self.ctx.db is not None and not getattr(self, "_closing", False):
            self._closing = True
            self.ctx.runner.run(first_run.finish_setup, self.ctx.db, parent=self.window_)
        super().reject()
