"""The quick start path (`digituki.launch`) reads the window options exactly as the full parser
does, and hands everything else to the full parser, which keeps its help and error messages."""

from __future__ import annotations

import pytest

from digituki.cli import build_parser
from digituki.launch import window_options

WINDOW_STARTS = [
    [],
    ["--data-dir", "/tmp/desk"],
    ["--data-dir=/tmp/desk"],
    ["--quit-after-ms", "0", "--report-startup"],
    ["--quit-after-ms=2500", "--data-dir", "C:\\Digituki data", "--passphrase-stdin"],
]


@pytest.mark.parametrize("argv", WINDOW_STARTS)
def test_window_options_are_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    quick = window_options(argv)
    assert quick is not None
    full = build_parser().parse_args(argv)
    assert full.command is None  # the window
    for name in ("data_dir", "quit_after_ms", "report_startup", "passphrase_stdin"):
        assert getattr(quick, name) == getattr(full, name), name


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["self-test"],
        ["--data-dir", "/tmp/desk", "export", "--month", "2026-10"],
        ["--data"],  # abbreviations and mistakes: argparse explains them
        ["--data-dir"],
        ["--quit-after-ms", "soon"],
        ["--report-startup=yes"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert window_options(argv) is None


def test_a_mistyped_option_gets_argparse_s_message(capsys: pytest.CaptureFixture[str]) -> None:
    from digituki.launch import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--quit-after-ms", "soon"])
    assert exit_info.value.code == 2
    assert "invalid int value: 'soon'" in capsys.readouterr().err
