"""`digituki export` as a coordinator scripts it: no display, plain messages, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from digituki.cli import main
from digituki.core.exports.bundle import read_bundle


@pytest.fixture
def demo_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "demo", "--months", "2", "--today", "2026-11-20"]) == 0
    return home


def test_export_a_month_in_every_format(demo_home: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    code = main(["export", "--month", "2026-10", "--out", str(out), "--data-dir", str(demo_home)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "Exported 2026-10" in printed
    names = sorted(p.suffix for p in out.iterdir())
    assert names == [".csv", ".json", ".pdf", ".xlsx"]
    [bundle] = out.glob("*.json")
    assert read_bundle(bundle)["period"]["label"] == "2026-10"
    assert bundle.name.endswith("-2026-10.json")


def test_export_a_range_and_a_year(demo_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    home = ["--data-dir", str(demo_home)]
    args = ["export", "--from", "2026-09", "--to", "2026-10", "--format", "csv", "--out", str(out)]
    assert main([*home, *args]) == 0
    assert next(p.name for p in out.iterdir()).endswith("-2026-09_2026-10.csv")
    args = ["export", "--year", "2026", "--format", "pdf,xlsx", "--language", "sv", "--out"]
    assert main([*home, *args, str(out)]) == 0
    assert len(list(out.glob("*-2026.*"))) == 2


@pytest.mark.parametrize(
    "args",
    [
        ["--month", "2026-13"],
        ["--month", "2026-10", "--format", "docx"],
        ["--from", "2026-10", "--to", "2026-01"],
        ["--year", "2026", "--to", "2026-05"],
    ],
)
def test_bad_arguments_exit_2_with_a_plain_message(
    demo_home: Path, tmp_path: Path, args: list[str], capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    code = main(["export", *args, "--out", str(out), "--data-dir", str(demo_home)])
    assert code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "_" not in err.replace("--", "")  # no codes such as month_invalid
    assert not out.exists() or not list(out.iterdir())


def test_no_database_exits_1(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        [
            "export",
            "--month",
            "2026-10",
            "--out",
            str(tmp_path / "o"),
            "--data-dir",
            str(tmp_path / "none"),
        ]
    )
    assert code == 1
    assert "no database" in capsys.readouterr().err


def test_export_runs_headless_as_a_process(demo_home: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "digituki", "export", "--month", "2026-10", "--format", "bundle",
         "--out", str(tmp_path / "o"), "--data-dir", str(demo_home)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "bundle" in result.stdout
