"""What every export shares: spreadsheet safety, file names, atomic writes.

Spreadsheet safety follows OWASP's advice on CSV (formula) injection: a text cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with an apostrophe, so Excel and
LibreOffice show it as text instead of running it — unless the whole text is a number. Control
characters a cell cannot hold are replaced by spaces.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Final

_DANGEROUS: Final = ("=", "+", "-", "@", "\t", "\r")
_NUMBER: Final = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


# control characters an XLSX cell cannot hold (openpyxl raises IllegalCharacterError) and a
# terminal would interpret (ESC, C1); tab, line feed and carriage return are legal in a cell
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def safe_cell_text(value: str) -> str:
    """`value` made harmless for a spreadsheet cell (see the module doc); control characters a
    cell cannot hold become spaces, so one pasted vertical tab never breaks an export."""
    value = _ILLEGAL.sub(" ", value)
    if value.startswith(_DANGEROUS) and not _NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def slugify(text: str) -> str:
    """A file-name-safe, lower-case ASCII form of `text` (``"Kallion kirjasto"`` ->
    ``"kallion-kirjasto"``)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:48].strip("-")


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that a power cut leaves either the old file or the new one:
    a temporary file in the same folder, flushed to disk, then renamed over the target."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomically(path, write)


def write_atomically(path: Path, build: Callable[[Path], object]) -> Path:
    """Let `build(tmp)` write a temporary file next to `path` (a library that wants a file name,
    such as ReportLab's canvas), then flush it to disk and rename it over `path`, and make the
    rename itself durable. Every export and printout is written this way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        build(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        try:
            dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return path
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)
    return path
