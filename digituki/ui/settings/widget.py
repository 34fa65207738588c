"""Settings area: UI language and text size (this computer), the point's details (database)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

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
        v = self.view
        local = ctx.local_settings.load()
        v.language.setCurrentIndex(max(0, v.language.findData(local.language)))
        v.font_scale.setValue(local.font_scale)
        v.theme.setCurrentIndex(max(0, v.theme.findData(local.theme)))
        v.data_folder.setText(str(ctx.paths.data_dir))
        v.language.currentIndexChanged.connect(self._language_changed)
        v.font_scale.valueChanged.connect(self._font_scale_changed)
        v.theme.currentIndexChanged.connect(self._theme_changed)
        v.save_point.clicked.connect(self._save_point)
        from digituki.ui.settings.safety import SafetySection

        # Data safety (issue 8). The main window's own scroll area scrolls the whole area on a
        # small screen (a scroll area of its own here would break the reading order of Tab).
        self.safety = SafetySection(ctx)
        outer = self.layout()
        outer.insertWidget(outer.indexOf(v.status), self.safety)  # type: ignore[attr-defined]
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
        v.data_folder_label.setText(self.tr("Data folder:"))
        v.data_folder.setAccessibleName(self.tr("Data folder"))
        v.point.setTitle(self.tr("This digital-support point"))
        v.site_name_label.setText(self.tr("&Name of the point:"))
        v.site_name.setAccessibleName(self.tr("Name of the point"))
        v.municipality_label.setText(self.tr("&Municipality:"))
        v.municipality.setAccessibleName(self.tr("Municipality"))
        v.retention_label.setText(self.tr("&Keep customers' contact details for:"))
        v.retention.setAccessibleName(self.tr("Days to keep customers' contact details"))
        v.retention.setSuffix(self.tr(" days"))
        v.save_point.setText(self.tr("&Save the point's details"))
        v.save_point.setAccessibleName(self.tr("Save the point's details"))

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
            ),
            on_done=saved,
            parent=self,
        )

    def _say(self, text: str) -> None:
        from digituki.ui.a11y import announce

        self.view.status.setText(text)
        announce(self.view.status, text)
