"""Month-over-month change of a monthly series (the trend table of a report)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def month_changes(values: Sequence[int | None]) -> list[int | None]:
    """Per month, the change from the month before in whole percent (rounded half away from
    zero); None for the first month, after a hidden number, or after a month of zero."""
    changes: list[int | None] = [None]
    for before, now in itertools.pairwise(values):
        if before is None or now is None or before == 0:
            changes.append(None)
            continue
        exact = (now - before) * 100 / before
        changes.append(int(exact + 0.5) if exact >= 0 else -int(-exact + 0.5))
    return changes[: len(values)]


def change_text(change: int | None) -> str:
    """``+12 %``, ``−5 %`` (a real minus sign), ``±0 %``, or an en dash when there is none."""
    if change is None:
        return "–"
    if change > 0:
        return f"+{change} %"
    if change < 0:
        return f"\u2212{-change} %"
    return "±0 %"
