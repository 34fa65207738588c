"""What every area gets: paths, settings, translations, the runner and (once open) the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digituki.paths import Paths
from digituki.ui.i18n import Translations

if TYPE_CHECKING:  # imported lazily at run time: SQLAlchemy is loaded after the window shows
    from digituki.core.domain.prefill import HelpPrefill
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.core.storage.database import Database
    from digituki.ui.runner import Runner


@dataclass
class AppContext:
    paths: Paths
    local_settings: LocalSettingsStore
    translations: Translations
    db: Database | None = None
    # Set by the main window: opens the help-log form with these values (from a booking/walk-in).
    start_help: Callable[[HelpPrefill], None] = lambda prefill: None
    _runner: Runner | None = field(default=None, repr=False)

    @property
    def runner(self) -> Runner:
        """The background runner, created on first use (after the window is on screen)."""
        if self._runner is None:
            from digituki.ui.runner import Runner

            self._runner = Runner()
        return self._runner
