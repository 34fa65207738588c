"""Start-up: time from process start to the window on screen, Digituki vs a bare PySide6 window.

Each run is a fresh process (offscreen Qt). Prints min/median/max for both and the ratio of
medians, plus Digituki's time until the database is open and the areas are built.
Usage: .venv/bin/python bench/startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from _stats import line, ms  # bench/_stats.py: one p95 for every bench

BARE = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1100, 720); w.show()
QTimer.singleShot(0, lambda: (print("shown"), sys.stdout.flush(), app.quit()))
app.exec()
"""

DIGITUKI = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from digituki.app import create_window
from digituki.paths import resolve_paths
app = QApplication([])
w = create_window(resolve_paths(sys.argv[1]).ensure(), app)
w.show()
def shown():
    print("shown", flush=True)
    w.open_database()
    def poll():
        if w.ctx.db is not None and not w.ctx.runner.busy():
            print("ready", flush=True); app.quit()
        else:
            QTimer.singleShot(5, poll)
    poll()
QTimer.singleShot(0, shown)
app.exec()
"""


def run(code: str, *args: str) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "DIGITUKI_PASSPHRASE": "bench passphrase",
    }
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for out_line in proc.stdout:
        marks[out_line.strip()] = time.perf_counter() - start
    proc.wait()
    return marks


def summary(name: str, values: list[float]) -> str:
    return line(name, ms(values), width=28, full=True)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    bare, shown, ready = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        run(DIGITUKI, tmp)  # first start creates and migrates the database: not measured
        for _ in range(runs):
            bare.append(run(BARE)["shown"])
            marks = run(DIGITUKI, tmp)
            shown.append(marks["shown"])
            ready.append(marks["ready"])
    print(f"start-up over {runs} runs each (fresh process, offscreen)")
    print(summary("bare PySide6 window shown", bare))
    print(summary("Digituki window shown", shown))
    print(summary("Digituki areas ready", ready))
    ratio = statistics.median(shown) / statistics.median(bare)
    print(f"ratio window shown / bare (medians): {ratio:.2f}")


if __name__ == "__main__":
    main()
