from __future__ import annotations

from pathlib import Path

import pytest

from digituki.paths import resolve_paths


def test_data_dir_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITUKI_HOME", str(tmp_path / "env"))
    paths = resolve_paths(tmp_path / "arg")
    assert paths.database == (tmp_path / "arg" / "digituki.sqlite3").resolve()


def test_environment_puts_everything_under_one_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITUKI_HOME", str(tmp_path / "env"))
    paths = resolve_paths().ensure()
    home = (tmp_path / "env").resolve()
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, paths.backup_dir):
        assert folder.is_dir()
        assert folder == home or home in folder.parents
    assert oct(paths.data_dir.stat().st_mode & 0o777) == "0o700"


def test_platform_folders_without_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIGITUKI_HOME", raising=False)
    paths = resolve_paths()
    assert "Digituki" in str(paths.data_dir)
    assert paths.settings_file.name == "settings.ini"
