"""Start-up is part of the product: the window appears before heavy libraries are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CODE = """
import sys
from PySide6.QtWidgets import QApplication
from digituki.app import create_window
from digituki.paths import resolve_paths
app = QApplication([])
window = create_window(resolve_paths(sys.argv[1]).ensure(), app)
window.show()
app.processEvents()
heavy = sorted({m.split('.')[0] for m in sys.modules}
               & {'sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'keyring', 'cryptography'})
print(','.join(heavy))
"""


def test_window_shows_without_loading_heavy_libraries(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_a_second_window_on_the_same_data_folder_names_the_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One window per data folder (issue 22): the second says which process has it open."""
    import os

    from PySide6.QtWidgets import QMessageBox

    from digituki.core.storage import instance_lock
    from digituki.paths import resolve_paths
    from digituki.ui.instance import hold_instance_lock

    paths = resolve_paths(data_dir).ensure()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    first = hold_instance_lock(paths)
    assert first is not None and not said
    try:
        # flock is per open file: a second acquire in this process is refused like another's
        assert hold_instance_lock(paths) is None
        assert said and f"process {os.getpid()}" in said[0]
    finally:
        first.release()
    with instance_lock.acquire(paths.data_dir, "Digituki"):
        pass
