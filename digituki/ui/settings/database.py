"""Settings → Database: this computer only (SQLite, the default) or a shared server (PostgreSQL).

The connection is saved in this computer's settings without the password; the password goes to
the OS secret store (core/services/shared_db.py). "Test connection" runs on the worker thread and
says in plain words what it found. A change takes effect after a restart, which is offered.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QProcess
from PySide6.QtWidgets import (
    QComboBox,
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

from digituki.ui.context import AppContext
from digituki.ui.errors import register_validation_messages, show_error
from digituki.ui.widgets.responsive import fit_combo

log = logging.getLogger(__name__)


def _messages(code: str) -> str | None:
    texts = {
        "host_invalid": QCoreApplication.translate(
            "DatabaseSection", "Type the server's name or address."
        ),
        "database_name_invalid": QCoreApplication.translate(
            "DatabaseSection", "Type the name of the database on the server."
        ),
        "user_invalid": QCoreApplication.translate("DatabaseSection", "Type the login name."),
    }
    return texts.get(code)


register_validation_messages(_messages)


class DatabaseSection(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("databaseSection")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # A combo box, not radio buttons: Tab reaches it like every other field.
        self.mode_label = QLabel()
        self.mode = QComboBox()
        self.mode.setObjectName("dbMode")
        self.mode.addItem("", "local")
        self.mode.addItem("", "server")
        self.mode_label.setBuddy(self.mode)
        fit_combo(self.mode)
        form.addRow(self.mode_label, self.mode)

        self.host_label = QLabel()
        self.host = QLineEdit()
        self.host.setObjectName("dbHost")
        self.host_label.setBuddy(self.host)
        form.addRow(self.host_label, self.host)
        self.port_label = QLabel()
        self.port = QSpinBox()
        self.port.setObjectName("dbPort")
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.port_label.setBuddy(self.port)
        form.addRow(self.port_label, self.port)
        self.database_label = QLabel()
        self.database = QLineEdit()
        self.database.setObjectName("dbName")
        self.database.setMaxLength(63)
        self.database_label.setBuddy(self.database)
        form.addRow(self.database_label, self.database)
        self.user_label = QLabel()
        self.user = QLineEdit()
        self.user.setObjectName("dbUser")
        self.user.setMaxLength(63)
        self.user_label.setBuddy(self.user)
        form.addRow(self.user_label, self.user)
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("dbPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)

        buttons = QHBoxLayout()
        self.test = QPushButton()
        self.test.setObjectName("dbTest")
        self.save = QPushButton()
        self.save.setObjectName("dbSave")
        buttons.addWidget(self.test)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.result = QLabel()
        self.result.setObjectName("dbResult")
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self._server_fields = (self.host, self.port, self.database, self.user, self.password)
        self._password_saved = False

        self.mode.currentIndexChanged.connect(lambda _: self._mode_changed(self._is_server()))
        self.test.clicked.connect(self._test)
        self.save.clicked.connect(self._save)
        self._load()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Database"))
        self.mode_label.setText(self.tr("Where the &data is kept:"))
        self.mode.setAccessibleName(self.tr("Where the data is kept"))
        self.mode.setItemText(0, self.tr("This computer only"))
        self.mode.setItemText(1, self.tr("Shared server (several desks)"))
        self.host_label.setText(self.tr("S&erver:"))
        self.host.setAccessibleName(self.tr("Server name or address"))
        self.port_label.setText(self.tr("Port (&usually 5432):"))
        self.port.setAccessibleName(self.tr("Server port"))
        self.database_label.setText(self.tr("D&atabase:"))
        self.database.setAccessibleName(self.tr("Database name on the server"))
        self.user_label.setText(self.tr("Lo&gin name:"))
        self.user.setAccessibleName(self.tr("Login name on the server"))
        self.password_label.setText(self.tr("Pass&word:"))
        self.password.setAccessibleName(self.tr("Password on the server"))
        self.test.setText(self.tr("Test &connection"))
        self.test.setAccessibleName(self.tr("Test the connection to the server"))
        self.save.setText(self.tr("Sa&ve and restart…"))
        self.save.setAccessibleName(self.tr("Save the database choice and restart"))
        self._placeholder()

    def _placeholder(self) -> None:
        self.password.setPlaceholderText(
            self.tr("Saved; type a new one to change it") if self._password_saved else ""
        )

    def _password_known(self, saved: object) -> None:
        self._password_saved = bool(saved)
        self._placeholder()

    # --- state -----------------------------------------------------------------------------------

    def _load(self) -> None:
        from digituki.core.services import shared_db

        conn = shared_db.parse(self.ctx.local_settings.load().database_url)
        if conn is None:
            conn = shared_db.ServerConnection(host="")
            self.mode.setCurrentIndex(0)
        else:
            self.mode.setCurrentIndex(1)
            # the OS secret store may be slow to answer: asked on the worker thread
            self.ctx.runner.run(
                lambda: shared_db.stored_password(conn) is not None,
                on_done=self._password_known,
                parent=self,
            )
        self.host.setText(conn.host)
        self.port.setValue(conn.port)
        self.database.setText(conn.database)
        self.user.setText(conn.user)
        self._mode_changed(self._is_server())

    def _is_server(self) -> bool:
        return bool(self.mode.currentData() == "server")

    def _mode_changed(self, server: bool) -> None:
        for widget in self._server_fields:
            widget.setEnabled(server)
        self.test.setEnabled(server)

    def _connection(self) -> Any:
        from digituki.core.services import shared_db

        return shared_db.ServerConnection(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.result.setText(text)
        announce(self.result, text)

    # --- test connection -------------------------------------------------------------------------

    def _test(self) -> None:
        from digituki.core.services import shared_db

        conn = self._connection()
        try:
            shared_db.validate(conn)
        except Exception as exc:
            show_error(self, exc)
            return
        self.test.setEnabled(False)
        self._say(self.tr("Connecting to the server…"))
        self.ctx.runner.run(
            shared_db.check_connection,
            conn,
            self.password.text() or None,
            on_done=self._tested,
            on_error=self._test_failed,
            parent=self,
        )

    def _test_failed(self, error: BaseException) -> None:
        self.test.setEnabled(self._is_server())
        show_error(self, error)

    def _tested(self, check: Any) -> None:
        self.test.setEnabled(self._is_server())
        self._say(self.check_text(check.code))

    def check_text(self, code: str) -> str:
        texts = {
            "ok_new": self.tr(
                "The connection works. The database is empty: Digituki will set it up at the "
                "first start."
            ),
            "ok_ready": self.tr("The connection works. The point's data is on the server."),
            "ok_upgrade": self.tr(
                "The connection works. The data on the server will be updated for this version "
                "at the first start."
            ),
            "too_new": self.tr(
                "The connection works, but a newer Digituki uses this database. Update Digituki "
                "on this computer first."
            ),
            "unreachable": self.tr(
                "The server cannot be reached. Check the server name, the port and the network "
                "cable or Wi-Fi."
            ),
            "login_failed": self.tr("The server did not accept the login name or the password."),
            "no_database": self.tr("The server has no database with this name."),
            "not_allowed": self.tr(
                "This login may not use the database. Ask your IT support to give the rights."
            ),
        }
        return texts.get(code, self.tr("The connection did not work. Ask your IT support."))

    # --- save ------------------------------------------------------------------------------------

    def _save(self) -> None:
        from digituki.core.security.secrets import SecureStoreUnavailable
        from digituki.core.services import shared_db

        url = ""
        if self._is_server():
            conn = self._connection()
            try:
                shared_db.validate(conn)
                if self.password.text():
                    shared_db.save_password(conn, self.password.text())
            except SecureStoreUnavailable:
                QMessageBox.warning(
                    self,
                    self.tr("Database"),
                    self.tr(
                        "This computer has no safe place to keep the password, so it was not "
                        "saved. Ask your IT support to set the password up for Digituki."
                    ),
                )
                return
            except Exception as exc:
                show_error(self, exc)
                return
            url = conn.url()
        try:
            self.ctx.local_settings.update(database_url=url)
        except Exception as exc:
            show_error(self, exc)
            return
        typed = bool(self.password.text())
        self.password.clear()
        self._password_known(bool(url) and (typed or self._password_saved))
        self._say(self.tr("Saved. The change takes effect when Digituki starts again."))
        answer = QMessageBox.question(
            self,
            self.tr("Restart Digituki?"),
            self.tr("The database choice was saved. Restart Digituki now to use it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> None:
        """Start a new Digituki and close this one (its window saves its state on closing)."""
        if getattr(sys, "frozen", False):
            program, arguments = sys.executable, sys.argv[1:]
        else:
            program, arguments = sys.executable, ["-m", "digituki", *sys.argv[1:]]
        if QProcess.startDetached(program, arguments)[0]:
            self.window().close()
        else:
            log.warning("could not restart Digituki")
            self._say(self.tr("Please close Digituki and start it again."))
