"""Anonymity across everything a point or a region publishes (issue 18), with no I/O.

`domain.stats` protects one table. A reader who keeps every report can also subtract them: a
range minus its months, a corrected month minus the first version, a regional report before and
after a late file. The rules here make that impossible by construction, so no solver is needed
at run time:

1. **The month is the unit.** What is published about a month is a pure function of that
   month's counts (`domain.stats.publish`), and of what was published about it before (rule 3).
2. **Several months are sums of their months.** A range or year report shows a number only when
   every month of it showed that number; the number is then the sum of the months' numbers.
   A number hidden in any month is hidden in the range (shown as "×", of any size). So a range
   tells nothing that its months do not already tell, and subtracting reports finds nothing.
   A month with too few sessions for details hides all of them, so a range with such a month
   publishes only its numbers of sessions.
3. **A month published again shows nothing new.** Every number published earlier must be
   published the same or not at all: a number hidden before stays hidden; a table whose numbers
   changed since (a corrected month, a late file) publishes only its total again; a key figure
   that changed is left out. So the difference between two versions is never published.

The guarantee (tested by an independent attacker in `tests/`): with every report of a point or a
region together, every "<k" number can still be each of 1…k−1 and every "×" number at least
k−1 different values.

What is traded: a range or year shows fewer details than its own counts would allow, and a
corrected month shows less than its first version.

Snapshots are plain JSON-ready dicts (counts and markers, never people) kept in the publication
log; `snapshot_table` makes them, the other functions read them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, Final

from digituki.core.domain.stats import (
    COARSE_AGE_BANDS,
    PRIMARY,
    SECONDARY,
    SHOWN,
    TOTAL_CODE,
    CountTable,
    Published,
    PublishedTable,
    publish_with_coarsening,
)

Snapshot = dict[str, Any]
REVISED: Final = "revised"
COMBINED: Final = "combined"

# What a month without sessions published of a session table: every number is 0.
EMPTY: Final[Snapshot] = {
    "rows": [],
    "parents": [],
    "cells": [],
    "total": [SHOWN, 0],
    "withheld": False,
    "coarsened": [],
    "empty": True,
}

_COARSE_OF: Final[dict[str, str]] = {
    member: code for code, members in COARSE_AGE_BANDS for member in members
}
_MEMBERS: Final[dict[str, tuple[str, ...]]] = dict(COARSE_AGE_BANDS)


def snapshot_table(table: PublishedTable) -> Snapshot:
    """What a reader sees of `table`: each row's marker or number, and the total."""
    return {
        "rows": list(table.rows),
        "parents": list(table.parents or (None,) * len(table.rows)),
        "cells": [[line[0].status, line[0].value] for line in table.cells],
        "total": [table.total.status, table.total.value],
        "withheld": table.withheld,
        "coarsened": list(table.coarsened),
    }


def _shown(cell: Sequence[Any]) -> int | None:
    return int(cell[1]) if cell[0] == SHOWN and cell[1] is not None else None


def known_value(snap: Snapshot, code: str, parent: str | None) -> int | None:
    """The number a reader of `snap` knows for row `code` (None when hidden or not derivable).

    A row the table does not list is 0, unless its group's topics were combined into the group.
    An age band can be known through the wider band, or a wider band through its members."""
    if snap.get("empty"):
        return 0
    rows: list[str] = snap["rows"]
    if code in rows:
        return _shown(snap["cells"][rows.index(code)])
    if code in _COARSE_OF and _COARSE_OF[code] in rows and _COARSE_OF[code] != code:
        return None  # published only as part of the wider band
    if code in _MEMBERS and all(m in rows for m in _MEMBERS[code]):
        parts = [_shown(snap["cells"][rows.index(m)]) for m in _MEMBERS[code]]
        return None if any(p is None for p in parts) else sum(p for p in parts if p is not None)
    if parent is not None and (parent in snap["coarsened"] or parent not in rows):
        return None
    return 0


def _exact(table: CountTable, code: str) -> int:
    if code in table.rows:
        return table.count(code)
    if code in _MEMBERS:
        return sum(table.count(m) for m in _MEMBERS[code] if m in table.rows)
    return 0


def changed_since(table: CountTable, earlier: Sequence[Snapshot]) -> bool:
    """Whether any number a reader saw in an earlier version differs from `table` now."""
    parents = dict(zip(table.rows, table.parent_list(), strict=True))
    for snap in earlier:
        total = _shown(snap["total"])
        if total is not None and total != table.total():
            return True
        for code, cell in zip(snap["rows"], snap["cells"], strict=True):
            value = _shown(cell)
            if value is not None and value != _exact(table, code):
                return True
        for code in table.rows:  # rows that were not listed then, so were 0
            if code in snap["rows"] or _exact(table, code) == 0:
                continue
            if known_value(snap, code, parents.get(code)) == 0:
                return True
    return False


def hidden_before(earlier: Sequence[Snapshot]) -> set[str]:
    """Rows (and `TOTAL_CODE`) hidden in any earlier version: they stay hidden."""
    hidden: set[str] = set()
    for snap in earlier:
        if snap["total"][0] != SHOWN:
            hidden.add(TOTAL_CODE)
        for code, cell in zip(snap["rows"], snap["cells"], strict=True):
            if cell[0] == SHOWN:
                continue
            hidden.add(code)
            hidden.update(_MEMBERS.get(code, ()))
            if code in _COARSE_OF:
                hidden.add(_COARSE_OF[code])
        for group in snap["coarsened"]:
            if group != "age_band":
                hidden.add(f"{group}.*")  # its topics were not published one by one
    return hidden


def revised_table(table: CountTable, fresh: PublishedTable, total_shown: bool) -> PublishedTable:
    """`fresh` with every cell hidden: a corrected month republishes only its total."""
    cells = tuple(tuple(Published(None, SECONDARY) for _ in line) for line in fresh.cells)
    total = fresh.total
    if not total_shown:
        total = Published(None, SECONDARY)
    elif total.hidden:
        total = Published(table.total())
    return dataclasses.replace(
        fresh, cells=cells, column_totals=(total,), withheld=True, note=REVISED
    )


def republish(
    table: CountTable,
    earlier: Sequence[Snapshot],
    k: int,
    *,
    fixed_total: bool,
    total_is_public: bool,
    row_groups: Sequence[tuple[str, Sequence[str]]] | None = None,
    sub_row_upper: int | None = None,
) -> PublishedTable:
    """Publish `table` of a month that may have been published before (rule 3).

    `total_is_public`: the total is published elsewhere anyway (the month's number of sessions)."""
    hidden = hidden_before(earlier)
    rows_hidden = {c for c in hidden if c == TOTAL_CODE or c in table.rows or c in _MEMBERS}
    for code, parent in zip(table.rows, table.parent_list(), strict=True):
        if parent is not None and f"{parent}.*" in hidden:
            rows_hidden.add(code)
    fresh = publish_with_coarsening(
        table,
        k,
        fixed_total=fixed_total,
        row_groups=row_groups,
        hidden_rows=rows_hidden,
        sub_row_upper=sub_row_upper,
    )
    if not earlier or not changed_since(table, earlier):
        return fresh
    totals = [_shown(s["total"]) for s in earlier]
    same_total = all(t is None or t == table.total() for t in totals)
    return revised_table(table, fresh, fixed_total and (total_is_public or same_total))


def combine(
    table: CountTable,
    months: Sequence[Snapshot | None],
    k: int,
    *,
    fixed_total: bool,
    coarsen_ages: bool = False,
) -> PublishedTable:
    """The table of several months from what each month published (rule 2); `table` holds the
    exact counts of the whole period (only its rows and its structure are used for numbers that
    every month showed). A None month published nothing of this table."""
    del fixed_total  # a fixed total is shown in every month unless a correction hid it
    detailed = _combined(table, months, k)
    if coarsen_ages and not table.parents:
        from digituki.core.domain.stats import _score, coarsen_rows

        coarse = _combined(coarsen_rows(table, COARSE_AGE_BANDS), months, k)
        if _score(coarse) > _score(detailed):
            return dataclasses.replace(coarse, key=table.key, coarsened=(table.row_dimension,))
    if not table.parents:
        return detailed
    # groups none of whose topics can be shown are listed as the group alone
    collapse = []
    for code in table.rows:
        children = table.children_of(code)
        shown = [detailed.cells[c][0] for c in children]
        if children and any(p.hidden for p in shown) and not any(p.value for p in shown):
            collapse.append(code)
    if not collapse:
        return detailed
    keep = [i for i, p in enumerate(table.parent_list()) if p not in collapse]
    return dataclasses.replace(
        detailed,
        rows=tuple(table.rows[i] for i in keep),
        parents=tuple(table.parent_list()[i] for i in keep),
        cells=tuple(detailed.cells[i] for i in keep),
        coarsened=tuple(collapse),
    )


def _combined(table: CountTable, months: Sequence[Snapshot | None], k: int) -> PublishedTable:
    parents = table.parent_list()

    def summed(values: list[int | None]) -> Published:
        if any(v is None for v in values):
            return Published(None, SECONDARY)
        total = sum(v for v in values if v is not None)
        # every shown month number is 0 or at least k, so a sum is never a small number
        return Published(total, PRIMARY if 0 < total < k else SHOWN)

    cells = []
    for code, parent in zip(table.rows, parents, strict=True):
        values = [None if m is None else known_value(m, code, parent) for m in months]
        p = summed(values)
        cells.append((p if p.status != PRIMARY else Published(None, SECONDARY),))
    totals = [None if m is None else _shown(m["total"]) for m in months]
    total = summed(totals)
    if total.status == PRIMARY:
        total = Published(None, SECONDARY)
    hidden_any = any(c[0].hidden for c in cells)
    return PublishedTable(
        key=table.key,
        unit=table.unit,
        row_dimension=table.row_dimension,
        rows=table.rows,
        columns=table.columns,
        column_dimension=None,
        parents=table.parents,
        cells=tuple(cells),
        column_totals=(total,),
        k=k,
        note=COMBINED if hidden_any else "",
    )


def summary_value(
    value: int | float | None, name: str, earlier: Sequence[Mapping[str, Any]]
) -> int | float | None:
    """A key figure of a month published again: None when it differs from an earlier one."""
    if value is None:
        return None
    for snap in earlier:
        before = snap.get("summary", {}).get(name)
        if before is not None and before != value:
            return None
    return value
