"""Untrusted text and JSON, made safe once at the door (no I/O).

- `clean_name`: a person-typed or received name (point, site, volunteer, guide, topic): NFC,
  no control characters (C0, DEL and C1; line breaks and tabs become one space), no zero-width
  or direction-override format characters, spaces collapsed, trimmed, at most `limit` characters.
  A pasted vertical tab or an ANSI escape can then never reach a spreadsheet, a terminal or a
  PDF.
- `printable`: text for a terminal: anything unprintable is shown as ``\\xNN`` / ``\\uNNNN``.
- `loads_bounded`: `json.loads` with a limit on the digits of a number (Python refuses to read
  integers of more than 4,300 digits with a `ValueError`; a bundle never needs more than 20).
- `is_exact`: a regular expression matched against the whole string (``re.fullmatch``):
  JSON Schema's ``$`` in Python also matches before a final newline.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, Final

MAX_DIGITS: Final = 30

# C0 controls, DEL, C1 controls
_CONTROL_RE: Final = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# zero-width and bidirectional formatting characters (an ANSI-free way to disguise a name)
_FORMAT_RE: Final = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ESCAPE_SEQUENCE_RE: Final = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?)?")
_SPACES_RE: Final = re.compile(r"\s+")


class NumberTooLongError(ValueError):
    """A number in a JSON document has more digits than `MAX_DIGITS`."""


def clean_name(value: str, limit: int | None = None) -> str:
    """`value` normalised: NFC, no control or format characters, single spaces, trimmed, and at
    most `limit` characters (cut, not refused: the caller checks length where it must refuse)."""
    text = unicodedata.normalize("NFC", value)
    text = _ESCAPE_SEQUENCE_RE.sub("", text)  # "\x1b[31m" goes whole, not just its ESC
    text = _CONTROL_RE.sub(" ", text)
    text = _FORMAT_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip()
    return text


def has_control(value: str) -> bool:
    """True when `value` holds a control or format character `clean_name` would remove."""
    return bool(_CONTROL_RE.search(value) or _FORMAT_RE.search(value))


def printable(value: object) -> str:
    """`value` as text safe for a terminal: unprintable characters escaped, never interpreted."""
    text = str(value)
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    return "".join(out)


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise NumberTooLongError(len(text))
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > MAX_DIGITS + 10:
        raise NumberTooLongError(len(text))
    return float(text)


def loads_bounded(text: str) -> Any:
    """`json.loads(text)` with numbers of at most `MAX_DIGITS` digits (`NumberTooLongError`)."""
    return json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float)


def is_exact(pattern: str | re.Pattern[str], value: object) -> bool:
    """Whether the whole of `value` (a string) matches `pattern`."""
    return isinstance(value, str) and re.fullmatch(pattern, value) is not None
