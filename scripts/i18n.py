#!/usr/bin/env python3
"""Qt Linguist workflow for Digituki's UI strings.

  python scripts/i18n.py update          refresh resources/i18n/digituki_{fi,sv,en}.ts from the code
  python scripts/i18n.py compile         compile .ts → digituki/ui/translations/*.qm (package data)
  python scripts/i18n.py fill LANG FILE  fill unfinished messages from JSON {source: text}
  python scripts/i18n.py missing LANG    list messages without a finished translation

English is the source language: `update` fills digituki_en.ts with the source texts themselves, so
the English file is always complete (a test checks fi, sv and en). To word an English text
differently, change the source string in the code.

The .ts files are the sources (edit them in Qt Linguist or with `fill`); .qm files are build output.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "digituki" / "ui" / "translations"
LANGUAGES = ("fi", "sv", "en")


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted((ROOT / "digituki" / "ui").rglob("*.py"))
    files.append(ROOT / "digituki" / "app.py")
    return [str(p.relative_to(ROOT)) for p in files if p.exists()]


def ts_path(lang: str) -> Path:
    return TS_DIR / f"digituki_{lang}.ts"


def _lupdate(lang: str) -> None:
    """Refresh one .ts file from the code (also puts it back in lupdate's own layout)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts_path(lang).relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        _lupdate(lang)
    fill_english()
    _lupdate("en")


def fill_english() -> None:
    """English is the source language: its translations are the source texts."""
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        source = message.findtext("source", "")
        if translation.get("type") == "unfinished" or translation.text != source:
            translation.text = source
            translation.attrib.pop("type", None)
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_all(quiet: bool = True) -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        qm = QM_DIR / f"digituki_{lang}.qm"
        if not ts.exists():
            continue
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL if quiet else None,
        )


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts_path(lang))
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            out.append((name, message.findtext("source", ""), message))
    return out


def fill(lang: str, tsv: Path) -> None:
    table: dict[str, str] = {}
    if tsv.suffix == ".json":
        table = json.loads(tsv.read_text(encoding="utf-8"))
    else:
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                src, dst = line.split("\t", 1)
                table[src] = dst
    path = ts_path(lang)
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or source not in table:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
    _write(tree, path)
    _lupdate(lang)
    print(f"{lang}: filled {filled} messages")


def missing(lang: str) -> list[str]:
    out = []
    for context, source, message in messages(lang):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            out.append(f"{context}\t{source}")
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "update":
        update()
    elif cmd == "compile":
        compile_all()
    elif cmd == "fill" and len(argv) == 3:
        fill(argv[1], Path(argv[2]))
    elif cmd == "missing" and len(argv) == 2:
        for line in missing(argv[1]):
            print(line)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
