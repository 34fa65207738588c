"""The only place that decides where Digituki's files go.

Normally the platform's folders (platformdirs). An override folder — `--data-dir`, or the
`DIGITUKI_HOME` environment variable — puts everything (data, config, logs, backups) under one
folder: used by tests, demo mode and portable installs.

Privacy: `ensure()` sets the process's umask to 077, so every file the app writes is 0600 and
every folder 0700 whatever the user's umask (POSIX). Folders the app creates are made 0700; an
existing override folder is never chmodded (it may be a shared folder the user chose on
purpose): `exposed()` names those readable by others, and the CLI and the log warn about them.

Printouts with customers' names (the call list, confirmation slips) go to `printouts_dir()`, a
private folder under the data folder, never the system's temp folder; the retention purge
deletes them after the day they were made (`core.services.backup.purge_printouts`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "Digituki"
ENV_HOME = "DIGITUKI_HOME"
PRINTOUTS_DIR_NAME = "printouts"
PRIVATE_UMASK = 0o077

log = logging.getLogger(__name__)
_current: Paths | None = None


@dataclass(frozen=True)
class Paths:
    """Folders and files the app uses; create them with `ensure()`."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path
    override: bool = False  # the folders were given (--data-dir / DIGITUKI_HOME): never chmodded

    @property
    def database(self) -> Path:
        return self.data_dir / "digituki.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "digituki.log"

    @property
    def printouts_dir(self) -> Path:
        return self.data_dir / PRINTOUTS_DIR_NAME

    def ensure(self) -> Paths:
        """Create the folders private to the user (0700; files 0600 through the umask). An
        existing override folder keeps its mode: a warning is logged if others can read it."""
        global _current
        use_private_umask()
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            existed = folder.is_dir()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if sys.platform != "win32" and not (existed and self.override):
                with contextlib.suppress(OSError):
                    folder.chmod(0o700)
        if self.exposed():
            log.warning("the data folder can be read by other users of this computer")
        _current = self
        return self

    def exposed(self) -> list[Path]:
        """The app's existing folders that other users of this computer can read or enter."""
        if sys.platform == "win32":
            return []
        found = []
        for folder in dict.fromkeys(
            (self.data_dir, self.config_dir, self.log_dir, self.backup_dir)
        ):
            with contextlib.suppress(OSError):
                if folder.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                    found.append(folder)
        return found


def use_private_umask() -> None:
    """Files this process creates are 0600 and folders 0700, whatever the user's umask."""
    if sys.platform != "win32":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Make one file the app wrote readable by its owner only (0600; POSIX)."""
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            path.chmod(0o600)


def printouts_dir(paths: Paths | None = None) -> Path:
    """The private folder for printouts with personal data (created 0700): under the data folder
    of `paths`, else of the paths this run ensured, else of `resolve_paths()`."""
    chosen = paths or _current or resolve_paths()
    folder = chosen.printouts_dir
    use_private_umask()
    existed = folder.is_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform != "win32" and not existed:
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
    return folder


def _under(home: Path) -> Paths:
    home = home.expanduser().resolve()
    return Paths(
        data_dir=home,
        config_dir=home / "config",
        log_dir=home / "logs",
        backup_dir=home / "backups",
        override=True,
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
