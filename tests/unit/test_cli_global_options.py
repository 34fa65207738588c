"""Global options (`--data-dir`, `--passphrase-stdin`, …) work before or after every command."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from digituki.cli import GLOBAL_OPTIONS, build_parser, main

# The smallest valid arguments of each command (its path of names first). A new command without
# an entry here fails `test_every_command_is_listed`.
SAMPLES: dict[tuple[str, ...], list[str]] = {
    ("demo",): ["--seed", "2"],
    ("self-test",): [],
    ("export",): ["--month", "2026-10", "--out", "OUT"],
    ("coordinator", "import"): ["bundle.json"],
    ("coordinator", "matrix"): [],
    ("coordinator", "report"): ["--month", "2026-10", "--out", "OUT"],
    ("coordinator", "points"): [],
    ("coordinator", "pending"): [],
    ("coordinator", "accept"): ["00000000-0000-4000-8000-00000000000a"],
    ("coordinator", "publish-topics"): ["--topics", "t.json", "--mapping", "m.json", "--out", "o"],
    ("import-topics",): ["file.json"],
    ("db", "migrate-to-server"): ["postgresql://u@h/d"],
    ("db", "use-server"): ["postgresql://u@h/d"],
    ("db", "use-local"): [],
    ("backup",): ["--out", "OUT"],
    ("restore",): ["backup.sqlite3", "--yes"],
    ("check",): [],
    ("customer", "find"): ["aino"],
    ("customer", "show"): ["--booking", "3", "--pdf"],
    ("customer", "erase"): ["aino", "--yes"],
    ("gui",): [],
}

GLOBALS = ["--data-dir", "/tmp/chosen", "--passphrase-stdin"]
WINDOW = ["--quit-after-ms", "50", "--report-startup"]


def _leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {path} if path else set()
    for action in subs:
        for name, child in action.choices.items():
            found |= _leaf_commands(child, (*path, name))
    return found


def test_every_command_is_listed() -> None:
    assert _leaf_commands(build_parser()) == set(SAMPLES)


def test_every_global_option_is_on_every_command() -> None:
    flags = {flag for flag, _ in GLOBAL_OPTIONS}
    assert {"--data-dir", "--passphrase-stdin"} <= flags

    def check(parser: argparse.ArgumentParser, where: str) -> None:
        own = {s for a in parser._actions for s in a.option_strings}
        assert flags <= own, f"{where} lacks {sorted(flags - own)}"
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    check(child, f"{where} {name}")

    check(build_parser(), "digituki")


@pytest.mark.parametrize("command", sorted(SAMPLES), ids=" ".join)
def test_global_options_before_or_after_every_command(command: tuple[str, ...]) -> None:
    parser = build_parser()
    extra = SAMPLES[command]
    window = WINDOW if command == ("gui",) else []
    before = parser.parse_args([*GLOBALS, *window, *command, *extra])
    after = parser.parse_args([*command, *extra, *GLOBALS, *window])
    between = parser.parse_args([command[0], *GLOBALS, *command[1:], *extra])  # nested: in between
    for ns in (before, after, between):
        assert ns.data_dir == "/tmp/chosen"
        assert ns.passphrase_stdin is True
    assert vars(before) == vars(after)
    if window:
        assert (after.quit_after_ms, after.report_startup) == (50, True)


def test_defaults_without_global_options() -> None:
    ns = build_parser().parse_args(["check"])
    assert (ns.data_dir, ns.passphrase_stdin, ns.quit_after_ms, ns.report_startup) == (
        None, False, None, False)  # fmt: skip


def test_window_options_on_a_command_without_window_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["check", "--quit-after-ms", "10"])
    assert stop.value.code == 2
    assert "only when a window opens" in capsys.readouterr().err


def test_passphrase_after_the_command_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's example: `demo --passphrase-stdin …` was 'unrecognized arguments'."""
    import io

    from digituki.core.security import keys

    seen: list[str | None] = []
    monkeypatch.setattr(keys, "set_session_passphrase", seen.append)
    monkeypatch.setattr("sys.stdin", io.StringIO("a passphrase for the test\n"))
    code = main(["self-test", "--passphrase-stdin", "--data-dir", str(tmp_path)])
    assert code == 0
    assert seen == ["a passphrase for the test"]
