"""Start-up is part of the product: the window appears before heavy libraries are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
