"""Data safety in the window: the passphrase at start, restore of a damaged database, daily purge.

The main window calls `after_database_ready(window)` once the database is open and
`offer_restore(window)` when it is damaged. Everything heavy runs on the runner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from digituki.core.clock import HELSINKI
from digituki.core.domain.errors import DigitukiError, ValidationError
from digituki.ui.errors import message_for, show_error

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000


class PassphraseDialog(QDialog):
    """Asks for the point's passphrase (`create=True`: a new one, typed twice)."""

    def __init__(self, create: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create = create
        self.on_submit: Callable[[], None] | None = None
        self.setObjectName("passphraseDialog")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)
        self.again_label = QLabel()
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_label.setBuddy(self.again)
        if create:
            form.addRow(self.again_label, self.again)
        else:
            self.again_label.hide()
            self.again.hide()
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        if self.create:
            self.setWindowTitle(self.tr("Set the point's passphrase"))
            self.intro.setText(
                self.tr(
                    "Customers' names and phone numbers are stored locked. Choose a passphrase "
                    "for this point (at least 10 characters, for example a short sentence). "
                    "You can print it on a recovery sheet for the point's lead. Without it, the "
                    "names cannot be opened on another computer."
                )
            )
        else:
            self.setWindowTitle(self.tr("Open customers' details"))
            self.intro.setText(
                self.tr(
                    "Type the point's passphrase to show customers' names and phone numbers. "
                    "If you do not know it, press Cancel: everything else works, names are "
                    "shown as –."
                )
            )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again_label.setText(self.tr("&Again:"))
        self.again.setAccessibleName(self.tr("Passphrase again"))

    def value(self) -> str:
        return self.passphrase.text()

    def show_message(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.error.setText(text)
        announce(self.error, text)

    def _check(self) -> None:
        from digituki.core.security.keys import check_passphrase

        try:
            if self.create:
                check_passphrase(self.value())
                if self.value() != self.again.text():
                    raise ValidationError("passphrase_mismatch", "passphrase")
            elif not self.value():
                raise ValidationError("required", "passphrase")
        except DigitukiError as exc:
            self.show_message(message_for(exc))
            return
        if self.on_submit is not None:
            self.on_submit()  # the dialog stays open until the key answers
        else:
            self.accept()


def ask_passphrase(window: Any, create: bool, then: Any = None) -> None:
    """Show the passphrase dialog and unlock (or create) the key; `then()` after success."""
    from digituki.core.security import keys

    ctx = window.ctx
    dialog = PassphraseDialog(create, window)

    def accepted() -> None:
        passphrase = dialog.value()
        fn = keys.set_passphrase if create and _key_ready(ctx.db) else keys.unlock

        def done(_: object) -> None:
            dialog.done(QDialog.DialogCode.Accepted)
            dialog.deleteLater()
            _refresh(window)
            if then is not None:
                then(passphrase)

        def failed(exc: BaseException) -> None:
            dialog.setEnabled(True)
            if isinstance(exc, DigitukiError):
                dialog.show_message(message_for(exc))
            else:
                show_error(dialog, exc)

        dialog.setEnabled(False)
        ctx.runner.run(fn, ctx.db, passphrase, on_done=done, on_error=failed, parent=dialog)

    dialog.on_submit = accepted
    dialog.setModal(True)
    dialog.open()
    window._passphrase_dialog = dialog  # tests find it here


def _key_ready(db: Any) -> bool:
    from digituki.core.security import keys

    try:
        keys.data_key(db)
    except keys.KeyUnavailableError:
        return False
    return True


def _refresh(window: Any) -> None:
    from digituki.ui.widgets.area import Area

    page = window.stack.currentWidget()
    if isinstance(page, Area):
        page.activate()


def after_database_ready(window: Any, *, ask_key: bool = True) -> None:
    """Ask for the passphrase when needed, warn on a network drive, start the daily purge.

    `ask_key=False`: the first-run set-up asks for a new passphrase itself (its last step).
    """
    from digituki.core.security import keys
    from digituki.core.services import startup

    ctx = window.ctx
    if getattr(ctx.db, "read_only", False):
        from digituki.core.domain.errors import DatabaseReadOnlyError

        window.statusBar().showMessage(message_for(DatabaseReadOnlyError()))
        QMessageBox.information(
            window, translate("Safety", "Digituki"), message_for(DatabaseReadOnlyError())
        )

    def status_known(status: Any) -> None:
        if status.state == keys.KeyState.LOCKED:
            ask_passphrase(window, create=False)
        elif ask_key and (
            status.state == keys.KeyState.NEW_PASSPHRASE
            or (status.legacy_file and not status.secure_store)
        ):
            ask_passphrase(window, create=True, then=lambda pw: offer_recovery_sheet(window, pw))

    ctx.runner.run(keys.key_status, ctx.db, on_done=status_known, parent=window)
    show_upgrade_notes(window)

    path = startup.sqlite_file(str(ctx.db.engine.url))
    if path is not None and startup.is_network_path(path):
        window.statusBar().showMessage(
            translate(
                "Safety",
                "Warning: the database is on a network drive. Use a folder on this computer so "
                "that nothing is lost.",
            )
        )
    install_privacy_lock(window)
    old = getattr(window, "_purge_timer", None)
    if old is not None:
        old.stop()
        old.deleteLater()
    timer = QTimer(window)
    timer.setObjectName("dailyPurge")
    timer.setInterval(PURGE_INTERVAL_MS)
    timer.timeout.connect(lambda: run_daily_purge(window))
    timer.start()
    window._purge_timer = timer


def upgrade_note_text(note: Any) -> str:
    """What an upgrade repaired (or could not), in the user's language (issue 22)."""
    if note.kind == "topics_restored":
        return translate(
            "Safety",
            "Digituki was updated. An earlier update had lost the topics of help sessions; they "
            "were restored from the backup {backup}, and the statistics count them again. "
            "Sessions with their topics back: {count}.",
        ).format(backup=", ".join(note.backups), count=note.sessions)
    return translate(
        "Safety",
        "An earlier update lost the topics of help sessions, and no backup made before it was "
        "found. The sessions are kept, but their topics are missing from the statistics. A copy "
        "of the database from before that update still holds them: ask your support person. "
        "Sessions without topics: {count}.",
    ).format(count=note.sessions)


def show_upgrade_notes(window: Any) -> None:
    """Say once, in words, what the last upgrade repaired."""
    from digituki.core.services.upgrade_notes import take_upgrade_notes

    def shown(notes: Any) -> None:
        if notes:
            QMessageBox.information(
                window,
                translate("Safety", "Digituki was updated"),
                "\n\n".join(upgrade_note_text(n) for n in notes),
            )

    window.ctx.runner.run(take_upgrade_notes, window.ctx.db, on_done=shown, on_error=_log_only)


def run_daily_purge(window: Any) -> None:
    from digituki.core.services import backup

    ctx = window.ctx
    if ctx.db is None:
        return
    ctx.runner.run(
        backup.run_purge,
        ctx.db,
        None,
        ctx.paths.printouts_dir,  # call lists and slips of earlier days go too
        on_done=lambda _: None,
        on_error=_log_only,
    )
    if ctx.paths.backup_dir is not None and ctx.db.engine.dialect.name == "sqlite":
        ctx.runner.run(
            backup.auto_backup_if_due,
            ctx.db,
            ctx.paths.backup_dir,
            on_done=lambda _: None,
            on_error=_log_only,
        )


def _log_only(exc: BaseException) -> None:
    log.error("daily maintenance failed", exc_info=(type(exc), exc, exc.__traceback__))


def offer_recovery_sheet(window: Any, passphrase: str) -> None:
    """After a new passphrase: offer to save a printable recovery sheet (PDF)."""
    from PySide6.QtWidgets import QFileDialog

    answer = QMessageBox.question(
        window,
        translate("Safety", "Recovery sheet"),
        translate(
            "Safety",
            "Save a recovery sheet to print? It holds the passphrase: keep the paper locked "
            "away with the point's lead, and delete the file after printing.",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("Safety", "Save the recovery sheet"),
        str(Path.home() / "digituki-recovery-sheet.pdf"),
        translate("Safety", "PDF documents (*.pdf)"),
    )
    if name:
        save_recovery_sheet(window, Path(name), passphrase)


def save_recovery_sheet(window: Any, path: Path, passphrase: str) -> None:
    from digituki.core.exports.pdf.recovery_sheet import write_recovery_sheet
    from digituki.core.services.settings import get_site_settings

    ctx = window.ctx
    language = ctx.local_settings.load().language

    def write() -> Path:
        site = get_site_settings(ctx.db).site_name if ctx.db is not None else ""
        return write_recovery_sheet(path, passphrase, site, language)

    ctx.runner.run(
        write,
        on_done=lambda p: window.statusBar().showMessage(
            translate("Safety", "Recovery sheet saved: {path}").format(path=p), 10000
        ),
        parent=window,
    )


# --- a damaged database ----------------------------------------------------------------------


def offer_restore(window: Any, missing: bool = False) -> None:
    """The database is damaged (or `missing`): offer the newest good backup; keep the damaged
    file and any journal files left beside it aside."""
    from digituki.core.services import backup

    ctx = window.ctx

    def found(info: Any) -> None:
        if info is None and missing:
            start_new = QMessageBox.question(
                window,
                translate("Safety", "The database is missing"),
                translate(
                    "Safety",
                    "The database file is missing or empty, and there is no backup to bring "
                    "back. Start with a new, empty database? The files left beside it are kept "
                    "aside for your support person.",
                ),
            )
            if start_new == QMessageBox.StandardButton.Yes:
                ctx.runner.run(
                    backup.set_damaged_aside,
                    ctx.paths.database,
                    None,
                    "missing",
                    on_done=lambda _: window.open_database(),
                    parent=window,
                )
            return
        if info is None:
            QMessageBox.warning(
                window,
                translate("Safety", "Digituki"),
                translate(
                    "Safety",
                    "The database file is damaged and there is no backup to bring back. Ask "
                    "your support person for help. The damaged file is kept as it is.",
                ),
            )
            return

        from digituki.ui.i18n import format_date, format_time

        when = info.created.astimezone(HELSINKI)
        if missing:
            title = translate("Safety", "The database is missing")
            text = translate(
                "Safety",
                "The database file is missing or empty. Bring back the newest backup from "
                "{date} at {time}? Changes made after it are lost. Files left beside the "
                "database are kept aside.",
            )
        else:
            title = translate("Safety", "The database is damaged")
            text = translate(
                "Safety",
                "The database file is damaged. Bring back the newest backup from {date} at "
                "{time}? Changes made after it are lost. The damaged file is kept aside.",
            )
        answer = QMessageBox.question(
            window,
            title,
            text.format(date=format_date(when.date()), time=format_time(when.time())),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx.runner.run(
            _restore_damaged,
            info.path,
            ctx.paths.database,
            on_done=lambda _: window.open_database(),
            label=translate("Safety", "Bringing back the backup…"),
            parent=window,
            progress=True,
        )

    ctx.runner.run(backup.newest_good_backup, ctx.paths.backup_dir, on_done=found, parent=window)


def _restore_damaged(backup_file: Path, db_file: Path, progress: Any = None) -> Path | None:
    from digituki.core.services import backup

    return backup.restore(backup_file, db_file, progress=progress)


# --- the privacy lock ------------------------------------------------------------------------


def install_privacy_lock(window: Any) -> None:
    """The "Show" button in the status bar, the lock's minutes from the point's settings."""
    from PySide6.QtWidgets import QPushButton

    from digituki.core.services import privacy as privacy_service
    from digituki.ui.privacy import privacy_lock

    lock = privacy_lock()
    button = getattr(window, "_show_personal_button", None)
    if button is None:
        button = QPushButton(window)
        button.setObjectName("showPersonalData")
        window.statusBar().addPermanentWidget(button)
        window._show_personal_button = button
        button.clicked.connect(lambda: ask_to_show(window))

        def changed(hidden: bool) -> None:
            button.setVisible(hidden)
            if hidden:
                window.statusBar().showMessage(
                    translate("Safety", "Customers' details are hidden while nobody uses Digituki.")
                )
            else:
                window.statusBar().clearMessage()
            _refresh(window)

        lock.changed.connect(changed)
    text = translate("Safety", "&Show customers' details")
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))
    button.setVisible(lock.hidden())
    ctx = window.ctx
    ctx.runner.run(
        privacy_service.get_lock_settings,
        ctx.db,
        on_done=lambda s: lock.set_minutes(s.minutes),
        on_error=_log_only,
    )


def ask_to_show(window: Any) -> None:
    """Show personal data again; with a point PIN set, the PIN first."""
    from PySide6.QtWidgets import QInputDialog

    from digituki.core.services import privacy as privacy_service
    from digituki.ui.privacy import privacy_lock

    ctx = window.ctx
    lock = privacy_lock()

    def settings_known(settings: Any) -> None:
        if not settings.pin_set:
            lock.show_data()
            return
        pin, ok = QInputDialog.getText(
            window,
            translate("Safety", "Show customers' details"),
            translate("Safety", "Point PIN:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return

        def checked(right: bool) -> None:
            if right:
                lock.show_data()
            else:
                window.statusBar().showMessage(
                    translate("Safety", "The PIN is not right. Try again."), 8000
                )

        ctx.runner.run(privacy_service.check_pin, ctx.db, pin, on_done=checked, parent=window)

    ctx.runner.run(privacy_service.get_lock_settings, ctx.db, on_done=settings_known, parent=window)
