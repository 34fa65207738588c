"""Settings area: UI language and text size (this computer), the point's details (database)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from digituki.ui.context import AppContext
from digituki.ui.errors import show_error
from digituki.ui.settings.view import SettingsView
from digituki.ui.style import apply_font_scale, apply_theme
from digituki.ui.widgets.area import Area

log = logging.getLogger(__name__)


class SettingsArea(Area):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view = SettingsView(self)
        self._topic_file = ""
        v = self.view
        local = ctx.local_settings.load()
        v.language.setCurrentIndex(max(0, v.language.findData(local.language)))
        v.font_scale.setValue(local.font_scale)
        v.theme.setCurrentIndex(max(0, v.theme.findData(local.theme)))
        v.mode.setCurrentIndex(max(0, v.mode.findData(local.mode)))
        v.data_folder.setText(str(ctx.paths.data_dir))
        v.language.currentIndexChanged.connect(self._language_changed)
        v.font_scale.valueChanged.connect(self._font_scale_changed)
        v.theme.currentIndexChanged.connect(self._theme_changed)
        v.mode.currentIndexChanged.connect(self._mode_changed)
        v.save_point.clicked.connect(self._save_point)
        v.import_topics.clicked.connect(self._import_topics)
        from digituki.ui.settings.safety import SafetySection

        # Data safety (issue 8). The main window's own scroll area scrolls the whole area on a
        # small screen (a scroll area of its own here would break the reading order of Tab).
        self.safety = SafetySection(ctx)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(v.status), self.safety)  # type: ignore[attr-defined]
        from digituki.ui.settings.privacy_notice import PrivacySection

        # Privacy: the privacy notice (tietosuojaseloste) in fi/sv/en (issue 17).
        self.privacy = PrivacySection(ctx)
        outer.insertWidget(outer.indexOf(v.status), self.privacy)  # type: ignore[attr-defined]
        from digituki.ui.settings.database import DatabaseSection

        # Database: this computer only, or a shared server (issue 11).
        self.database = DatabaseSection(ctx)
        outer.insertWidget(outer.indexOf(v.status), self.database)  # type: ignore[attr-defined]
        self.retranslate()
        self._load_point()

    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Settings"))
        v.this_computer.setTitle(self.tr("This computer"))
        v.language_label.setText(self.tr("&Language:"))
        v.language.setAccessibleName(self.tr("Language"))
        v.font_scale_label.setText(self.tr("&Text size:"))
        v.font_scale.setAccessibleName(self.tr("Text size"))
        v.theme_label.setText(self.tr("C&olours:"))
        v.theme.setAccessibleName(self.tr("Colours"))
        v.theme.setItemText(0, self.tr("Normal"))
        v.theme.setItemText(1, self.tr("High contrast (black, white, yellow)"))
        v.mode_label.setText(self.tr("&Use Digituki as:"))
        v.mode.setAccessibleName(self.tr("Use Digituki as"))
        v.mode.setItemText(0, self.tr("A digital-support point (the desk)"))
        v.mode.setItemText(1, self.tr("Regional coordinator (collect the points' statistics)"))
        v.data_folder_label.setText(self.tr("Data folder:"))
        v.data_folder.setAccessibleName(self.tr("Data folder"))
        if self.ctx.local_settings.load().mode == "coordinator":
            v.point.setTitle(self.tr("This region (its name heads the regional report)"))
            v.site_name_label.setText(self.tr("&Name of the region:"))
            v.site_name.setAccessibleName(self.tr("Name of the region"))
        else:
            v.point.setTitle(self.tr("This digital-support point"))
            v.site_name_label.setText(self.tr("&Name of the point:"))
            v.site_name.setAccessibleName(self.tr("Name of the point"))
        v.municipality_label.setText(self.tr("&Municipality:"))
        v.municipality.setAccessibleName(self.tr("Municipality"))
        v.contact_phone_label.setText(self.tr("Point's &phone number:"))
        v.contact_phone.setAccessibleName(self.tr("Point's phone number"))
        v.contact_phone.setPlaceholderText(self.tr("printed on slips, e.g. 09 123 4567"))
        v.contact_place_label.setText(self.tr("&Where to find us:"))
        v.contact_place.setAccessibleName(self.tr("Where to find us"))
        v.contact_place.setPlaceholderText(
            self.tr("e.g. Main library, 2nd floor, information desk")
        )
        v.contact_email_label.setText(self.tr("Point's &e-mail:"))
        v.contact_email.setAccessibleName(self.tr("Point's e-mail"))
        v.retention_label.setText(self.tr("&Keep customers' contact details for:"))
        v.retention.setAccessibleName(self.tr("Days to keep customers' contact details"))
        v.retention.setSuffix(self.tr(" days"))
        v.customer_language_label.setText(self.tr("Customers' usual language of ser&vice:"))
        v.customer_language.setAccessibleName(self.tr("Customers' usual language of service"))
        from digituki.ui.helplog import labels as helplog_labels

        for index, (_code, text) in enumerate(helplog_labels.choices("language")):
            if index < v.customer_language.count():
                v.customer_language.setItemText(index, text)
        coordinator = self.ctx.local_settings.load().mode == "coordinator"
        v.customer_language.setVisible(not coordinator)
        v.customer_language_label.setVisible(not coordinator)
        v.save_point.setText(self.tr("&Save the point's details"))
        v.save_point.setAccessibleName(self.tr("Save the point's details"))
        v.import_topics.setText(self.tr("Import a new topic list from the &coordinator…"))
        v.import_topics.setAccessibleName(self.tr("Import a new topic list from the coordinator"))

    # --- this computer ---------------------------------------------------------------------------

    def _language_changed(self, index: int) -> None:
        code = self.view.language.itemData(index)
        try:
            self.ctx.local_settings.update(language=code)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.translations.apply(code)
        self._say(self.tr("Language changed."))

    def _font_scale_changed(self, value: int) -> None:
        try:
            self.ctx.local_settings.update(font_scale=value)
        except Exception as exc:
            show_error(self, exc)
            return
        apply_font_scale(value)

    def _theme_changed(self, index: int) -> None:
        theme = self.view.theme.itemData(index)
        try:
            self.ctx.local_settings.update(theme=theme)
        except Exception as exc:
            show_error(self, exc)
            return
        apply_theme(theme)
        self._say(self.tr("Colours changed."))

    def _mode_changed(self, index: int) -> None:
        from PySide6.QtCore import QTimer

        v = self.view
        mode = v.mode.itemData(index)
        if mode == self.ctx.local_settings.load().mode:
            return
        if mode == "coordinator":
            text = self.tr(
                "Switch to coordinator mode now? The window changes to the coordinator's view "
                "with its own data. The point's data stays safe and comes back when you switch "
                "back here."
            )
        else:
            text = self.tr(
                "Switch back to the digital-support point's desk now? The coordinator's data "
                "stays safe."
            )
        answer = QMessageBox.question(self, self.tr("Change mode"), text)
        if answer != QMessageBox.StandardButton.Yes:
            v.mode.blockSignals(True)
            v.mode.setCurrentIndex(v.mode.findData(self.ctx.local_settings.load().mode))
            v.mode.blockSignals(False)
            return
        try:
            self.ctx.local_settings.update(mode=mode)
        except Exception as exc:
            show_error(self, exc)
            return
        window = self.window()
        switch = getattr(window, "switch_mode", None)
        if callable(switch):
            QTimer.singleShot(0, switch)  # this area is rebuilt too: not from inside its slot

    # --- the point -------------------------------------------------------------------------------

    def _load_point(self) -> None:
        enabled = self.ctx.db is not None
        self.view.point.setEnabled(enabled)
        if not enabled:
            return
        from digituki.core.services import settings as settings_service

        self.ctx.runner.run(
            settings_service.get_site_settings, self.ctx.db, on_done=self._show_point, parent=self
        )

    def _show_point(self, site: object) -> None:
        v = self.view
        v.site_name.setText(site.site_name)  # type: ignore[attr-defined]
        v.municipality.setText(site.municipality)  # type: ignore[attr-defined]
        v.retention.setValue(site.retention_days)  # type: ignore[attr-defined]
        usual = v.customer_language.findData(site.customer_language)  # type: ignore[attr-defined]
        v.customer_language.setCurrentIndex(max(usual, 0))
        from digituki.core.services.settings import contact_phone_text

        v.contact_phone.setText(contact_phone_text(site))  # type: ignore[arg-type]
        v.contact_place.setText(site.contact_place)  # type: ignore[attr-defined]
        v.contact_email.setText(site.contact_email)  # type: ignore[attr-defined]

    def _save_point(self) -> None:
        from digituki.core.services import settings as settings_service

        v = self.view

        def saved(_: object) -> None:
            self._say(self.tr("The point's details were saved."))

        db = self.ctx.db
        self.ctx.runner.run(
            lambda: settings_service.update_site_settings(
                db,  # type: ignore[arg-type]
                site_name=v.site_name.text().strip(),
                municipality=v.municipality.text().strip(),
                retention_days=v.retention.value(),
                customer_language=v.customer_language.currentData() or "fi",
                contact_phone=v.contact_phone.text().strip(),
                contact_place=v.contact_place.text().strip(),
                contact_email=v.contact_email.text().strip(),
            ),
            on_done=saved,
            parent=self,
        )

    def choose_topic_file(self) -> str:
        """Ask for the coordinator's topic-list file (tests replace this)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the topic-list file"),
            str(Path.home()),
            self.tr("Topic-list files (*.json);;All files (*)"),
        )
        return name

    def _import_topics(self) -> None:
        name = self.choose_topic_file()
        if not name or self.ctx.db is None:
            return
        self._topic_file = name
        self._run_topic_import(name)

    def _run_topic_import(
        self, name: str, *, accept_new_key: bool = False, accept_unsigned: bool = False
    ) -> None:
        from pathlib import Path

        from digituki.core.services import topic_updates

        self.ctx.runner.run(
            lambda: topic_updates.import_topic_list(
                self.ctx.db,  # type: ignore[arg-type]
                Path(name),
                accept_new_key=accept_new_key,
                accept_unsigned=accept_unsigned,
            ),
            on_done=self._topics_imported,
            on_error=self._topics_refused,
            parent=self,
        )

    def _topics_imported(self, result: Any) -> None:
        text = self.tr(
            "Topic list version {version} is now in use ({added} new topics, {changed} "
            "changed). The regional reports count earlier statistics under the new topics."
        ).format(
            version=result.version,
            added=len(result.added),
            changed=len(result.renamed) + len(result.split) + len(result.merged),
        )
        if result.first_key:
            text += " " + self.tr(
                "The list is signed by the coordinator key {fingerprint}. This point keeps that "
                "key from now on and refuses lists signed by another one. Compare the "
                "fingerprint with your coordinator on the phone."
            ).format(fingerprint=result.fingerprint)
        self._say(text)

    def _topics_refused(self, error: BaseException) -> None:
        reason = getattr(error, "reason", None)
        if reason is None:
            show_error(self, error)
            return
        if reason in ("not_trusted", "unsigned"):
            if reason == "not_trusted":
                question = self.tr(
                    "This topic list is signed by ANOTHER key than the coordinator's lists "
                    "before: {fingerprint}.\n\nSomeone else may have made it. Accept it only if "
                    "your coordinator tells you on the phone that their key changed and reads "
                    "out the same fingerprint."
                ).format(fingerprint=getattr(error, "detail", ""))
            else:
                question = self.tr(
                    "This topic list is NOT SIGNED: anyone can make such a file.\n\nAccept it "
                    "only if you are sure it comes from your coordinator."
                )
            answer = QMessageBox.question(
                self,
                self.tr("Accept this topic list?"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes and self._topic_file:
                self._run_topic_import(
                    self._topic_file,
                    accept_new_key=reason == "not_trusted",
                    accept_unsigned=reason == "unsigned",
                )
                return
        texts = {
            "already_current": self.tr("This topic list (or a newer one) is already in use."),
            "version_order": self.tr(
                "This topic list skips a version. Import the coordinator's earlier topic list "
                "first."
            ),
            "checksum": self.tr("The file was damaged or changed after it was made."),
            "signature": self.tr("The file was changed after the coordinator signed it."),
        }
        self._say(
            texts.get(
                reason,
                self.tr("This file is not a usable topic list from the coordinator."),
            )
            + " "
            + self.tr("Nothing was changed.")
        )

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.view.status.setText(text)
        announce(self.view.status, text)
