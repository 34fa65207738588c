"""The command line as a coordinator or an installer would use it (no display needed)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from digituki import __version__
from digituki.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digituki", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_version_via_python_dash_m() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Digituki {__version__}"


def test_self_test_passes_headless(data_dir: Path) -> None:
    result = run("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "FAIL" not in result.stdout


@pytest.mark.parametrize("before", [True, False])
def test_data_dir_before_or_after_the_command_wins_over_env(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    before: bool,
) -> None:
    monkeypatch.setenv("DIGITUKI_HOME", str(tmp_path / "env-home"))
    target = tmp_path / "chosen"
    args = ["--data-dir", str(target), "demo"] if before else ["demo", "--data-dir", str(target)]
    assert main([*args, "--seed", "3", "--today", "2026-11-20"]) == 0
    assert (target / "digituki.sqlite3").exists()
    assert not (tmp_path / "env-home" / "digituki.sqlite3").exists()
    assert str(target) in capsys.readouterr().out


def _dump(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT IN ('alembic_version', 'site_secret') ORDER BY name"
            )
        ]
        rows: list[tuple[object, ...]] = []
        for table in tables:
            for r in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                # Encrypted personal data differs by design (random nonce, per-folder key).
                rows.append((table, *("<encrypted>" if isinstance(v, bytes) else v for v in r)))
        return rows
    finally:
        con.close()


def test_demo_is_deterministic_with_seed(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert main(["demo", "--data-dir", str(tmp_path / name), "--seed", "7",
                     "--today", "2026-11-20"]) == 0  # fmt: skip
    first, second = (
        _dump(tmp_path / "a" / "digituki.sqlite3"),
        _dump(tmp_path / "b" / "digituki.sqlite3"),
    )
    assert first and first == second


def test_bad_argument_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    result = run("demo", "--data-dir", str(tmp_path), "--months", "99")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "--months" in result.stderr


def test_typed_errors_become_plain_sentences_without_codes() -> None:
    from digituki.cli import cli_message
    from digituki.core.domain.errors import ConflictError, ValidationError

    assert cli_message(ValidationError("passphrase_short", "passphrase", low=12)) == (
        "the passphrase must be at least 12 characters long."
    )
    assert cli_message(ValidationError("out_of_range", "retention_months", low=1, high=60)) == (
        "retention months must be between 1 and 60."
    )
    for error in (ValidationError("some_new_rule", "point_name"), ConflictError()):
        text = cli_message(error)
        assert "_" not in text and "(" not in text, text
        assert "nothing was changed" in text
