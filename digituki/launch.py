"""The program's entry point (`digituki`, `python -m digituki`, the frozen build).

The usual start — the window, with at most the window options — is recognised here without
importing the command-line parser (start-up speed: argparse, its gettext and every command's
parser cost milliseconds before the first frame). Anything else goes to `digituki.cli`, which
parses it in full; so does anything this quick look does not recognise exactly, such as an
abbreviated option, and argparse then gives its usual help and error messages.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


class WindowOptions:
    """The window's options (a plain class: a dataclass costs a compile at start-up)."""

    def __init__(
        self,
        data_dir: str | None = None,
        quit_after_ms: int | None = None,
        report_startup: bool = False,
        passphrase_stdin: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.quit_after_ms = quit_after_ms
        self.report_startup = report_startup
        self.passphrase_stdin = passphrase_stdin


def window_options(argv: Sequence[str]) -> WindowOptions | None:
    """The window options in `argv`, or None when `argv` needs the full parser."""
    values: dict[str, object] = {}
    items = iter(argv)
    for arg in items:
        name, has_value, value = arg.partition("=")
        if name in ("--data-dir", "--quit-after-ms"):
            if not has_value:
                following = next(items, None)
                if following is None or following.startswith("-"):
                    return None
                value = following
            if name == "--data-dir":
                values["data_dir"] = value
            else:
                try:
                    values["quit_after_ms"] = int(value)
                except ValueError:
                    return None
        elif arg == "--report-startup":
            values["report_startup"] = True
        elif arg == "--passphrase-stdin":
            values["passphrase_stdin"] = True
        else:
            return None
    return WindowOptions(**values)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    options = window_options(arguments)
    if options is None:
        from digituki.cli import main as cli_main

        return cli_main(arguments)
    try:
        if options.passphrase_stdin:
            from digituki.core.security import keys

            keys.set_session_passphrase(sys.stdin.readline().rstrip("\r\n"))
        from digituki.app import run_gui
        from digituki.paths import resolve_paths

        return run_gui(
            resolve_paths(options.data_dir),
            quit_after_ms=options.quit_after_ms,
            report_startup=options.report_startup,
        )
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # no stack trace for the user: log it, say it plainly
        from digituki.cli import report_failure

        return report_failure(exc, "gui")
