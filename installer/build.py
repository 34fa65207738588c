"""Build the packaged app: icons → translations → PyInstaller → archive → smoke test.

    python installer/build.py [--no-smoke] [--dist DIR]

Produces DIR/Digituki/ (default dist/) and DIR/digituki-<version>-<platform>.tar.gz (.zip on
Windows), then smoke-tests the bundle with a temporary data folder: `Digituki self-test` and a start
that opens the main window offscreen and closes by itself. Prints size and file count.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "build" / "icons"


def version() -> str:
    text = (ROOT / "digituki" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match
    return match.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{platform.machine().lower()}"


def make_icons() -> None:
    """Render the SVG app icon to PNG (Linux menu) and ICO (Windows) with Qt itself."""
    ICONS.mkdir(parents=True, exist_ok=True)
    code = f"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
renderer = QSvgRenderer({str(ROOT / "digituki" / "ui" / "icons" / "digituki.svg")!r})
for size in (256, 48):
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img); renderer.render(p); p.end()
    img.save({str(ICONS)!r} + f"/digituki-{{size}}.png")
    if size == 256:
        img.save({str(ICONS)!r} + "/digituki.png")
        img.scaled(64, 64).save({str(ICONS)!r} + "/digituki.ico")
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def run_pyinstaller(dist: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile"], check=True)
    work = ROOT / "build" / "pyinstaller"
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work),
            str(ROOT / "installer" / "digituki.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    bundle = dist / "Digituki"
    # The Linux menu entry and its icon travel inside the bundle (installer/linux/install.sh).
    if sys.platform.startswith("linux"):
        shutil.copy(ICONS / "digituki.png", bundle / "digituki.png")
        shutil.copy(ROOT / "installer" / "linux" / "digituki.desktop", bundle)
        shutil.copy(ROOT / "installer" / "linux" / "install.sh", bundle)
    return bundle


def archive(bundle: Path, dist: Path) -> Path:
    name = f"digituki-{version()}-{platform_tag()}"
    if sys.platform == "win32":
        out = dist / f"{name}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path("Digituki") / path.relative_to(bundle))
    else:
        out = dist / f"{name}.tar.gz"
        with tarfile.open(out, "w:gz") as tf:
            tf.add(bundle, arcname="Digituki")
    return out


def executable(bundle: Path) -> Path:
    return bundle / ("Digituki.exe" if sys.platform == "win32" else "Digituki")


def smoke_test(bundle: Path) -> None:
    exe = executable(bundle)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DIGITUKI_HOME", None)
    # a build machine has no unlocked keyring: the smoke test gives the site passphrase itself
    env.setdefault("DIGITUKI_PASSPHRASE", "smoke test passphrase")
    with tempfile.TemporaryDirectory(prefix="digituki-smoke-") as tmp:
        result = subprocess.run(
            [str(exe), "self-test"], capture_output=True, text=True, env=env, timeout=120
        )
        print(result.stdout, end="")
        if result.returncode != 0:
            raise SystemExit(f"frozen self-test failed:\n{result.stderr}")
        result = subprocess.run(
            [str(exe), "--data-dir", tmp, "--quit-after-ms", "300", "--report-startup"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        if result.returncode != 0 or "ready" not in result.stdout:
            raise SystemExit(f"frozen start failed:\n{result.stdout}\n{result.stderr}")
        print("frozen start: window opened, data ready, closed by itself")


def size_report(bundle: Path, archive_path: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(
        f"bundle: {total / 1e6:.1f} MB unpacked in {len(files)} files; "
        f"archive {archive_path.name}: {archive_path.stat().st_size / 1e6:.1f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-smoke", action="store_true")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    make_icons()
    bundle = run_pyinstaller(dist)
    out = archive(bundle, dist)
    size_report(bundle, out)
    if not args.no_smoke:
        smoke_test(bundle)
    print(f"built {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
