"""Settings → Data safety: passphrase and recovery sheet, backup and restore, purge record, lock."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from digituki.core.clock import HELSINKI
from digituki.ui import safety
from digituki.ui.context import AppContext
from digituki.ui.widgets.responsive import stack_when_large, wrap_when_large

log = logging.getLogger(__name__)


class SafetySection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dataSafety")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        self.key_status = QLabel()
        self.key_status.setObjectName("keyStatus")
        self.key_status.setWordWrap(True)
        form.addRow(self.key_status)
        self.signing_key = QLabel()  # read out to the coordinator on the phone (issue 20)
        self.signing_key.setObjectName("signingKey")
        self.signing_key.setWordWrap(True)
        self.signing_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signing_key.setVisible(False)
        form.addRow(self.signing_key)
        self.passphrase = QPushButton()
        self.passphrase.setObjectName("setPassphrase")
        form.addRow(self.passphrase)

        buttons = QHBoxLayout()
        self.backup = QPushButton()
        self.backup.setObjectName("backupNow")
        self.restore = QPushButton()
        self.restore.setObjectName("restoreBackup")
        buttons.addWidget(self.backup)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        form.addRow(buttons)
        stack_when_large(self, buttons)
        self.purge_status = QLabel()
        self.purge_status.setObjectName("purgeStatus")
        self.purge_status.setWordWrap(True)
        form.addRow(self.purge_status)

        self.lock_minutes_label = QLabel()
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setRange(1, 120)
        self.lock_minutes_label.setBuddy(self.lock_minutes)
        form.addRow(self.lock_minutes_label, self.lock_minutes)
        self.pin_label = QLabel()
        wrap_when_large(self.pin_label)
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin_label.setBuddy(self.pin)
        form.addRow(self.pin_label, self.pin)
        self.save_lock = QPushButton()
        self.save_lock.setObjectName("saveLock")
        form.addRow("", self.save_lock)
        self.message = QLabel()
        self.message.setObjectName("safetyMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)

        self.passphrase.clicked.connect(self._set_passphrase)
        self.backup.clicked.connect(self._backup_now)
        self.restore.clicked.connect(self._restore)
        self.save_lock.clicked.connect(self._save_lock)
        self.retranslate()
        self.setEnabled(ctx.db is not None)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Data safety"))
        self.passphrase.setText(self.tr("Set or change the &passphrase…"))
        self.passphrase.setAccessibleName(self.tr("Set or change the point's passphrase"))
        self.backup.setText(self.tr("&Back up now…"))
        self.backup.setAccessibleName(self.tr("Back up now to a folder or USB stick"))
        self.restore.setText(self.tr("&Restore from backup…"))
        self.restore.setAccessibleName(self.tr("Restore the data from a backup file"))
        self.lock_minutes_label.setText(self.tr("&Hide customers' details after:"))
        self.lock_minutes.setSuffix(self.tr(" min without use"))
        self.lock_minutes.setAccessibleName(
            self.tr("Minutes without use before customers' details are hidden")
        )
        self.pin_label.setText(self.tr("Point P&IN to show them (optional):"))
        self.pin.setAccessibleName(self.tr("Point PIN, 4 to 12 digits; empty for none"))
        self.pin.setPlaceholderText(self.tr("4–12 digits; leave empty for none"))
        self.save_lock.setText(self.tr("Save the &lock settings"))
        self.save_lock.setAccessibleName(self.tr("Save the lock settings"))

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.ctx.db
        if db is None:
            return
        from digituki.core.security import keys
        from digituki.core.services import backup, privacy

        self.ctx.runner.run(keys.key_status, db, on_done=self._show_key, parent=self)
        from digituki.core.security import signing

        self.ctx.runner.run(
            signing.own_fingerprint, db, on_done=self._show_fingerprint, parent=self
        )
        self.ctx.runner.run(backup.last_purge, db, on_done=self._show_purge, parent=self)
        self.ctx.runner.run(privacy.get_lock_settings, db, on_done=self._show_lock, parent=self)

    def _show_key(self, status: Any) -> None:
        from digituki.core.security.keys import KeyState

        if getattr(status, "demo", False) and status.state == KeyState.READY:
            text = self.tr(
                "This is a demo point: its data is made up and its key is public, so it needs "
                "no passphrase. Never enter real customers here; start a real point in its own "
                "data folder."
            )
        elif status.state == KeyState.LOCKED:
            text = self.tr(
                "Customers' details are locked on this computer. Use the passphrase to open them."
            )
        elif status.state in (KeyState.NEW_PASSPHRASE, KeyState.LOST):
            text = self.tr(
                "Customers' details cannot be opened: no key. Set a passphrase to start again."
            )
        elif status.secure_store and status.passphrase_set:
            text = self.tr(
                "The key is kept in this computer's secure key store and protected by the "
                "point's passphrase."
            )
        elif status.secure_store:
            text = self.tr(
                "The key is kept in this computer's secure key store. Set a passphrase so the "
                "data can be opened on another computer."
            )
        else:
            text = self.tr(
                "This computer has no secure key store: the point's passphrase is asked once "
                "each time Digituki starts."
            )
        self.key_status.setText(text)

    def _show_fingerprint(self, fingerprint: str) -> None:
        self.signing_key.setVisible(bool(fingerprint))
        self.signing_key.setText(
            self.tr(
                "This point signs its coordinator files with the key {fingerprint}. If the "
                "coordinator asks, read it out on the phone."
            ).format(fingerprint=fingerprint)
        )

    def _show_purge(self, report: Any) -> None:
        if report is None:
            self.purge_status.setText(self.tr("Old contact details have not been removed yet."))
            return

        from digituki.ui.i18n import format_date, format_time

        when = report.ran_at.astimezone(HELSINKI)
        self.purge_status.setText(
            self.tr(
                "Old contact details and notes were last removed on {date} at {time}: "
                "{count} records cleared."
            ).format(
                date=format_date(when.date()), time=format_time(when.time()), count=report.total
            )
        )

    def _show_lock(self, settings: Any) -> None:
        self.lock_minutes.setValue(settings.minutes)
        self.pin.clear()
        if settings.pin_set:
            self.pin.setPlaceholderText(self.tr("A PIN is set; type a new one to change it"))

    # --- actions ---------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.message.setText(text)
        announce(self.message, text)

    def _set_passphrase(self) -> None:
        window = self.window()

        def then(passphrase: str) -> None:
            self._say(self.tr("The passphrase was saved."))
            self.reload()
            safety.offer_recovery_sheet(window, passphrase)

        safety.ask_passphrase(window, create=True, then=then)

    def _backup_now(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder or USB stick for the backup")
        )
        if not folder:
            return
        self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        from digituki.core.services import backup

        answer = QMessageBox.question(
            self,
            self.tr("Back up now"),
            self.tr(
                "Write a backup of all data to {folder}?\n\nThe backup holds customers' names "
                "and phone numbers (encrypted) until you delete the copy: the retention purge "
                "cannot reach a copy outside Digituki's own folder. Keep it safe and delete it "
                "when it is no longer needed."
            ).format(folder=folder),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(path: Path) -> None:
            self._say(
                self.tr(
                    "Backup written and checked: {path}. It holds customers' details until you "
                    "delete it."
                ).format(path=path)
            )

        self.ctx.runner.run(
            lambda progress=None: backup.backup_now(self.ctx.db, folder, progress),  # type: ignore[arg-type]
            on_done=done,
            label=self.tr("Writing the backup…"),
            parent=self,
            progress=True,
        )

    def _restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup to restore"),
            str(self.ctx.paths.backup_dir),
            self.tr("Digituki backups (*.sqlite3)"),
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> None:
        from digituki.core.services import backup

        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace all data with the backup {name}? Changes made after the backup are "
                "lost. The current data file is kept aside."
            ).format(name=path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = self.window()
        db = self.ctx.db
        self.ctx.db = None
        if db is not None:
            self.ctx.runner.wait()
            db.close()
        target = self.ctx.paths.database

        def restore(progress: Any = None) -> Path | None:
            return backup.restore(path, target, progress=progress)

        def done(_: object) -> None:
            reopen = getattr(window, "open_database", None)
            if callable(reopen):
                reopen()

        def failed(exc: BaseException) -> None:
            from digituki.ui.errors import show_error

            show_error(self, exc)
            done(None)  # the old file is still in place: open it again

        self.ctx.runner.run(
            restore,
            on_done=done,
            on_error=failed,
            label=self.tr("Restoring the backup…"),
            parent=window,
            progress=True,
        )

    def _save_lock(self) -> None:
        from digituki.core.services import privacy
        from digituki.ui.privacy import privacy_lock

        db = self.ctx.db
        minutes = self.lock_minutes.value()
        pin = self.pin.text().strip()

        def save() -> Any:
            privacy.set_lock_minutes(db, minutes)  # type: ignore[arg-type]
            if pin:
                return privacy.set_pin(db, pin)  # type: ignore[arg-type]
            return privacy.get_lock_settings(db)  # type: ignore[arg-type]

        def done(settings: Any) -> None:
            privacy_lock().set_minutes(settings.minutes)
            self._show_lock(settings)
            self._say(self.tr("The lock settings were saved."))

        self.ctx.runner.run(save, on_done=done, parent=self)
