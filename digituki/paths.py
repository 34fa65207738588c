"""The only place that decides where Digituki's files go.

Normally the platform's folders (platformdirs). An override folder — `--data-dir`, or the
`DIGITUKI_HOME` environment variable — puts everything (data, config, logs, backups) under one
folder: used by tests, demo mode and portable installs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "Digituki"
ENV_HOME = "DIGITUKI_HOME"


@dataclass(frozen=True)
class Paths:
    """Folders and files the app uses; create them with `ensure()`."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "digituki.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "digituki.log"

    def ensure(self) -> Paths:
        """Create the folders, private to the user where the OS allows it."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)
            if sys.platform != "win32":
                with contextlib.suppress(OSError):
                    folder.chmod(0o700)
        return self


def _under(home: Path) -> Paths:
    home = home.expanduser().resolve()
    return Paths(
        data_dir=home,
        config_dir=home / "config",
        log_dir=home / "logs",
        backup_dir=home / "backups",
    )


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Paths for this run: `data_dir` wins over `DIGITUKI_HOME`, which wins over the platform's."""
    if data_dir:
        return _under(Path(data_dir))
    env = os.environ.get(ENV_HOME)
    if env:
        return _under(Path(env))
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_DIR_NAME, appauthor=False, roaming=False)
    data = Path(dirs.user_data_dir)
    return Paths(
        data_dir=data,
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
        backup_dir=data / "backups",
    )


PRINTOUTS_DIR_NAME = "printouts"


def printouts_dir(paths: Paths | None = None) -> Path:
    """The private folder (0700) for printouts that hold personal data, under the data folder."""
    folder = (paths or resolve_paths()).data_dir / PRINTOUTS_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
    return folder
