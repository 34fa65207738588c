"""A screen reader's view: under Xvfb with the AT-SPI bus, the real app exposes the main controls of
each area by role and name (as Orca would find them). Skipped, with the reason, where the tools
(xvfb-run, dbus-run-session, at-spi2-core, python3-pyatspi) are missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"

# (role, accessible name) a screen reader must find, English UI; one or more per area.
EXPECTED = [
    ("list", "Areas"),
    ("list item", "Today"),
    ("push button", "Walk-in customer: start helping without a booking"),
    ("push button", "New booking"),
    ("table", "Today's bookings and free times"),
    ("page tab", "Week"),
    ("push button", "Previous week"),
    ("push button", "Next week"),
    ("page tab", "New session"),
    ("push button", "Save the point's details"),
    ("text", "Search guides"),
    ("menu item", "New booking"),
    ("menu item", "Search guides"),
]


def _missing_tools() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi is not installed for the system Python"
    return None


@pytest.mark.slow
def test_a_screen_reader_finds_the_main_controls_of_each_area(tmp_path: Path) -> None:
    reason = _missing_tools()
    if reason:
        print(f"AT-SPI smoke test skipped: {reason}")
        pytest.skip(reason)
    from digituki.core.services.settings import LocalSettingsStore
    from digituki.paths import resolve_paths

    paths = resolve_paths(tmp_path / "home").ensure()
    LocalSettingsStore(paths.settings_file).update(language="en")
    expected_file = tmp_path / "expected.json"
    expected_file.write_text(json.dumps(EXPECTED), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DIGITUKI_HOME=str(paths.data_dir),
    )
    script = (
        f'"{sys.executable}" -m digituki --data-dir "{paths.data_dir}" --quit-after-ms 60000 '
        f"> /dev/null 2>&1 & app=$!; "
        f'"{SYSTEM_PYTHON}" "{HERE / "atspi_probe.py"}" 40 "{expected_file}"; '
        "kill $app 2>/dev/null; wait $app; true"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    lines = [x for x in result.stdout.splitlines() if x.startswith("ATSPI-JSON ")]
    assert lines, result.stderr[-2000:]
    tree = json.loads(lines[-1].removeprefix("ATSPI-JSON "))
    assert tree["apps"] == ["Digituki"]
    seen = {(role, name) for role, name, _depth in tree["nodes"]}
    missing = [pair for pair in EXPECTED if pair not in seen]
    assert missing == [], sorted(n for n in seen if n[0] in {"push button", "page tab"})
    unnamed_buttons = [d for r, n, d in tree["nodes"] if r == "push button" and not n.strip()]
    assert unnamed_buttons == []  # incl. the clear buttons Qt puts inside search fields
