"""Every command in README.md works as written, on a fresh home folder with no key store.

The `sh` code blocks are read; each line that runs a Digituki command (`digituki …`,
`.venv/bin/digituki …`, `./run …`, also after a pipe) is run by the shell as written, in order, in
one fresh home folder, with the demo folder `/tmp/digituki-demo` replaced by a temporary one.
`digituki`, `.venv/bin/digituki` and `./run` are small scripts that run this checkout's
`python -m digituki` (what `./run` execs once it has set things up). Lines whose comment says
`(example)` need something outside (a server, a coordinator's file) and are not run. A line that
opens the window gets `--quit-after-ms 0`.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DEMO_DIR = "/tmp/digituki-demo"
EXAMPLE = "(example)"  # in a line's trailing comment: not run
PROGRAMS = ("digituki", ".venv/bin/digituki", "./run")
COMMANDS = {"demo", "self-test", "export", "coordinator", "import-topics", "db", "backup",
            "restore", "check"}  # fmt: skip


def readme_commands() -> list[tuple[int, str]]:
    """(line number, command) of every Digituki command line in the README's sh blocks."""
    found: list[tuple[int, str]] = []
    in_block = False
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_block = not in_block and stripped in ("```sh", "```bash", "```shell")
            continue
        if not in_block or not stripped or stripped.startswith("#"):
            continue
        first_words = [part.split()[0] for part in stripped.split("|") if part.split()]
        if any(word in PROGRAMS for word in first_words):
            found.append((number, stripped))
    return found


def to_argv(line: str, demo_dir: Path) -> list[str] | None:
    """The shell command to run for a README line, or None for an example-only line."""
    if "#" in line and EXAMPLE in line.split(" #", 1)[-1]:
        return None
    command = line.replace(DEMO_DIR, shlex.quote(str(demo_dir)))
    words = shlex.split(command, comments=True)
    if "#" in line:  # drop the trailing comment (outside quotes)
        command = shlex.join(words) if "|" not in words else command.split(" #", 1)[0]
    opens_window = not (set(words) & COMMANDS) or "--open" in words
    if opens_window and "--version" not in words:
        command += " --quit-after-ms 0"
    return ["bash", "-c", "set -eo pipefail; " + command]


def make_programs(cwd: Path, bindir: Path) -> None:
    """`digituki` on PATH, `.venv/bin/digituki` and `./run` in `cwd`: this checkout's program."""
    script = f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m digituki "$@"\n'
    for path in (bindir / "digituki", cwd / ".venv" / "bin" / "digituki", cwd / "run"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(script, encoding="utf-8")
        path.chmod(0o755)


def fresh_env(home: Path, bindir: Path) -> dict[str, str]:
    dropped = ("DIGITUKI_", "XDG_", "PYTHON_KEYRING", "PGPASSWORD")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    env.update(
        HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # no key store, as on a server
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        PATH=str(bindir) + os.pathsep + env.get("PATH", "/usr/bin:/bin"),
    )
    return env


def test_the_readme_has_commands_to_check() -> None:
    lines = [line for _, line in readme_commands()]
    assert any(" demo " in line for line in lines)
    assert any(line.startswith("./run --data-dir /tmp/digituki-demo") for line in lines)
    assert all(to_argv(line, Path("/x")) is None for line in lines if "postgresql://" in line)


def test_every_readme_command_works_as_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    demo_dir = tmp_path / "digituki-demo"
    make_programs(tmp_path, tmp_path / "bin")
    env = fresh_env(home, tmp_path / "bin")
    ran = 0
    for number, line in readme_commands():
        argv = to_argv(line, demo_dir)
        if argv is None:
            continue
        result = subprocess.run(
            argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=90,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        output = result.stdout + result.stderr
        assert result.returncode == 0, f"README.md:{number}: {line}\n{output}"
        assert "Traceback" not in output, f"README.md:{number}: {line}\n{output}"
        ran += 1
    assert ran >= 15
    # What the commands made is there: demo data, exports that say "demo", a backup.
    exports = sorted(p.name for p in (tmp_path / "exports").iterdir())
    assert exports and all("demo" in name for name in exports), exports
    assert any((tmp_path / "backups").iterdir())


def test_demo_mode_lines_give_a_window_with_demo_data(tmp_path: Path) -> None:
    """README's two Demo-mode lines: the window opens on the demo point and shows its data."""
    home = tmp_path / "home"
    home.mkdir()
    demo_dir = tmp_path / "digituki-demo"
    make_programs(tmp_path, tmp_path / "bin")
    env = fresh_env(home, tmp_path / "bin")
    lines = [line for _, line in readme_commands()]
    start = lines.index(next(line for line in lines if line.startswith(".venv/bin/digituki demo")))
    demo_line, run_line = lines[start], lines[start + 1]
    assert run_line.startswith("./run ")
    for line in (demo_line, run_line):
        argv = to_argv(line, demo_dir)
        assert argv is not None
        if line is run_line:
            argv[-1] += " --report-startup"
        result = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=90, stdin=subprocess.DEVNULL)  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^ready \d", result.stdout, re.MULTILINE), result.stdout  # areas were built
    assert (demo_dir / "digituki.sqlite3").exists()


if __name__ == "__main__":  # pragma: no cover
    for n, line in readme_commands():
        print(n, line)
    pytest.main([__file__])
