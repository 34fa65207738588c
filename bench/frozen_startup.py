"""Start-up of the frozen app vs a bare PySide6 one-window app frozen the same way.

Builds (if missing) dist/Digituki via installer/build.py and a bare app into build/bare-dist, then
starts them alternately (interleaved, fresh processes, offscreen) and reports, from process start:
- the main window shown,
- the data shown (the database opened and the areas built),
as min/median/max, the ratio of medians against the bare window, plus bundle size and file count.
Usage: .venv/bin/python bench/frozen_startup.py [runs] [--rebuild]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _stats import line, ms  # bench/_stats.py: one p95 for every bench

ROOT = Path(__file__).resolve().parent.parent
BARE_SRC = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1100, 720); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def build_bare() -> Path:
    out = ROOT / "build" / "bare-dist"
    exe = out / "bare" / "bare"
    if exe.exists():
        return exe
    work = ROOT / "build" / "bare-work"
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare.py"
    script.write_text(BARE_SRC, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--windowed", "--strip",
         "--log-level", "WARN", "--distpath", str(out), "--workpath", str(work / "w"),
         "--specpath", str(work), "--name", "bare", str(script)],
        check=True,
    )  # fmt: skip
    return exe


def build_app(rebuild: bool) -> Path:
    exe = ROOT / "dist" / "Digituki" / "Digituki"
    if rebuild or not exe.exists():
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], check=True)
    return exe


def run(cmd: list[str]) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "DIGITUKI_PASSPHRASE": "bench passphrase",
    }
    env.pop("DIGITUKI_HOME", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for out_line in proc.stdout:
        word = out_line.split()[0] if out_line.strip() else ""
        marks.setdefault(word, time.perf_counter() - start)
    proc.wait()
    return marks


def fmt(name: str, values: list[float]) -> str:
    return line(name, ms(values), width=30, full=True)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 9
    app = build_app("--rebuild" in sys.argv)
    bare = build_bare()
    files = [p for p in app.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 1e6
    bare_t, shown_t, ready_t = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [str(app), "--data-dir", tmp, "--quit-after-ms", "0", "--report-startup"]
        run(cmd)  # first start creates the database: not measured
        for _ in range(runs):  # interleaved, so machine load affects both alike
            bare_t.append(run([str(bare)])["shown"])
            marks = run(cmd)
            shown_t.append(marks["shown"])
            ready_t.append(marks["ready"])
    print(f"frozen start-up, {runs} interleaved runs each (offscreen, fresh processes)")
    print(fmt("bare PySide6 window shown", bare_t))
    print(fmt("Digituki window shown", shown_t))
    print(fmt("Digituki data shown", ready_t))
    base = statistics.median(bare_t)
    print(f"ratio window shown / bare: {statistics.median(shown_t) / base:.2f}")
    print(f"ratio data shown / bare:   {statistics.median(ready_t) / base:.2f}")
    print(f"bundle: {size:.1f} MB in {len(files)} files")


if __name__ == "__main__":
    main()
