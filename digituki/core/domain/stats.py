"""Statistics rules with no I/O: report periods, count tables and the anonymity rules.

Everything a person can read (PDF, XLSX, CSV, the screen) goes through `publish()`:

- **Primary suppression.** A count from 1 to k−1 is hidden and shown as ``"<k"`` (k is the site
  setting ``suppression_k``, 3–10, default 5). Zero stays zero: an empty cell tells nothing about
  a person.
- **Secondary suppression.** Where the published totals would let a reader work out a hidden
  count, more cells are hidden (shown as ``"×"``), smallest first, until no hidden count can be
  derived. Two checks run to a fixpoint:

  1. *what the markers say* (``"<k"`` is 1…k−1, ``"×"`` is at least k), narrowed through every
     line (a row, a column, a group with its subtotal) again and again, must not pin a hidden
     value to a single number (this also means a line never has exactly one hidden value);
  2. *the table as a whole*: a hidden value must not follow from any combination of the
     published lines (exact linear-algebra test over the hidden cells; all our tables are
     network matrices, so "not in the row space" means another non-negative integer completion
     exists).

  If a line cannot be protected by hiding more of its cells, its total is hidden; if even that
  is impossible (a total that must stay shown), the whole table is withheld.
- **Small months.** A period with fewer than `MIN_SESSIONS_FOR_DETAIL` sessions publishes only
  its number of sessions (the caller checks `detail_allowed`).
- **Coarsening.** Before suppressing, age bands may be merged into wider bands and the topics of
  a group into the group, when that keeps more non-zero cells visible (`publish_with_coarsening`);
  the result says what was combined so the report can state it.

Exactness: for flat tables and two-level trees (everything the person-readable reports hold),
check 1 is exact — no hidden value can be pinned even by a reader who knows what the markers mean.
For 2-D tables check 2 is exact for non-negative completions, but what the markers add is only
narrowed line by line, so a combination of several lines may still pin a value in rare layouts
(the coordinator's merged 2-D tables should keep this in mind).

Protection level (issue 18): a hidden value counts as derivable not only when it is pinned, but
when a reader can narrow a "<k" to fewer than all of 1…k−1, or a "×" to fewer than k−1 values.

Across reports (a range minus its months, a corrected month minus its first version, a regional
report before and after a late file) the rules of `domain.disclosure` apply on top of this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from digituki.core.domain.errors import ValidationError

DEFAULT_K: Final = 5
MIN_K: Final = 3
MAX_K: Final = 10
MIN_SESSIONS_FOR_DETAIL: Final = 10
MAX_PERIOD_MONTHS: Final = 120
SECONDARY_MARK: Final = "×"
TOTAL_CODE: Final = "__total__"  # `hidden_rows`: the table's total

Status = Literal["shown", "primary", "secondary"]
SHOWN: Final = "shown"
PRIMARY: Final = "primary"
SECONDARY: Final = "secondary"

# Age bands that may be merged when that keeps more cells visible (wide band -> its members).
COARSE_AGE_BANDS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("under_45", ("under_25", "25_44")),
    ("45_64", ("45_64",)),
    ("65_74", ("65_74",)),
    ("75_plus", ("75_84", "85_plus")),
    ("not_asked", ("not_asked",)),
)


# --- periods --------------------------------------------------------------------------------


def _parse_month(text: str) -> tuple[int, int]:
    parts = text.split("-")
    if len(text) != 7 or len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValidationError("month_invalid", "month", value=text)
    year, month = int(parts[0]), int(parts[1])
    if not (1 <= month <= 12 and 2000 <= year <= 2999):
        raise ValidationError("month_invalid", "month", value=text)
    return year, month


def _month_index(text: str) -> int:
    year, month = _parse_month(text)
    return year * 12 + month - 1


def _month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Period:
    """Whole months from `first` to `last` (``"YYYY-MM"``, inclusive); `kind` says how it was
    chosen (one month, a range of months or a calendar year)."""

    first: str
    last: str
    kind: Literal["month", "range", "year"] = "range"

    def __post_init__(self) -> None:
        start, end = _month_index(self.first), _month_index(self.last)
        if end < start:
            raise ValidationError("period_reversed", "period")
        if end - start + 1 > MAX_PERIOD_MONTHS:
            raise ValidationError("period_too_long", "period", limit=MAX_PERIOD_MONTHS)

    @classmethod
    def month(cls, month: str) -> Period:
        return cls(month, month, "month")

    @classmethod
    def range(cls, first: str, last: str) -> Period:
        kind: Literal["month", "range"] = "month" if first == last else "range"
        return cls(first, last, kind)

    @classmethod
    def year(cls, year: int) -> Period:
        if not 2000 <= year <= 2999:
            raise ValidationError("month_invalid", "year", value=str(year))
        return cls(f"{year:04d}-01", f"{year:04d}-12", "year")

    def months(self) -> tuple[str, ...]:
        """Every month of the period, in order."""
        return tuple(
            _month_text(i) for i in range(_month_index(self.first), _month_index(self.last) + 1)
        )

    def bounds(self) -> tuple[dt.date, dt.date]:
        """The first day of the period and the first day after it."""
        y1, m1 = _parse_month(self.first)
        after = _month_index(self.last) + 1
        return dt.date(y1, m1, 1), dt.date(after // 12, after % 12 + 1, 1)

    @property
    def label(self) -> str:
        """``"2026-10"``, ``"2026"`` or ``"2026-01..2026-06"``."""
        if self.first == self.last:
            return self.first
        whole_year = self.first.endswith("-01") and self.last.endswith("-12")
        if whole_year and self.first[:4] == self.last[:4]:
            return self.first[:4]
        return f"{self.first}..{self.last}"

    @property
    def slug(self) -> str:
        """The period in a file name: ``2026-10``, ``2026`` or ``2026-01_2026-06``."""
        return self.label.replace("..", "_")

    @classmethod
    def parse(cls, label: str) -> Period:
        """The inverse of `label`."""
        if ".." in label:
            first, last = label.split("..", 1)
            return cls.range(first, last)
        if len(label) == 4 and label.isdigit():
            return cls.year(int(label))
        return cls.month(label)


def validate_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not MIN_K <= k <= MAX_K:
        raise ValidationError("out_of_range", "suppression_k", low=MIN_K, high=MAX_K)
    return k


def detail_allowed(sessions: int) -> bool:
    """Whether a period with this many sessions may publish more than its total."""
    return sessions >= MIN_SESSIONS_FOR_DETAIL


def median_from_histogram(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as value -> how many times (None when empty)."""
    n = sum(histogram.values())
    if n == 0:
        return None
    wanted = (n - 1) // 2, n // 2  # 0-based positions of the middle value(s)
    found: list[int] = []
    seen = 0
    for value in sorted(histogram):
        count = histogram[value]
        for position in wanted:
            if seen <= position < seen + count:
                found.append(value)
        seen += count
    return (found[0] + found[1]) / 2


# --- count tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CountTable:
    """Exact counts by one dimension (rows) or two (rows × columns).

    A 1-D table has the single column ``"count"``. Rows may form a tree: `parents[i]` names the
    row that row i is part of (its count is the sum of its children's), None for top rows; the
    total is the sum of the top rows. A 2-D table is flat, with row totals, column totals and a
    grand total.
    """

    key: str
    unit: str
    row_dimension: str
    rows: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    columns: tuple[str, ...] = ("count",)
    column_dimension: str | None = None
    parents: tuple[str | None, ...] = ()

    def __post_init__(self) -> None:
        if len(self.counts) != len(self.rows):
            raise ValueError(f"{self.key}: {len(self.rows)} rows but {len(self.counts)} counts")
        if any(len(line) != len(self.columns) for line in self.counts):
            raise ValueError(f"{self.key}: every row needs {len(self.columns)} counts")
        if any(c < 0 for line in self.counts for c in line):
            raise ValueError(f"{self.key}: negative count")
        if self.parents and len(self.parents) != len(self.rows):
            raise ValueError(f"{self.key}: parents must match rows")
        if self.parents and self.is_2d:
            raise ValueError(f"{self.key}: only 1-D tables may have sub-rows")
        for parent in self.parent_list():
            if parent is not None:
                if parent not in self.rows:
                    raise ValueError(f"{self.key}: unknown parent {parent!r}")
                if self.parent_list()[self.rows.index(parent)] is not None:
                    raise ValueError(f"{self.key}: only two levels of rows")
        for parent in set(p for p in self.parent_list() if p is not None):
            row = self.rows.index(parent)
            children = self.children_of(parent)
            if sum(self.counts[c][0] for c in children) != self.counts[row][0]:
                raise ValueError(f"{self.key}: {parent!r} is not the sum of its sub-rows")

    @property
    def is_2d(self) -> bool:
        return self.column_dimension is not None

    def parent_list(self) -> tuple[str | None, ...]:
        return self.parents or (None,) * len(self.rows)

    def children_of(self, code: str) -> list[int]:
        return [i for i, p in enumerate(self.parent_list()) if p == code]

    def top_rows(self) -> list[int]:
        return [i for i, p in enumerate(self.parent_list()) if p is None]

    def column_totals(self) -> tuple[int, ...]:
        top = self.top_rows()
        return tuple(sum(self.counts[r][c] for r in top) for c in range(len(self.columns)))

    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(line) for line in self.counts)

    def total(self) -> int:
        return sum(self.column_totals())

    def count(self, row: str, column: str = "count") -> int:
        return self.counts[self.rows.index(row)][self.columns.index(column)]


@dataclass(frozen=True)
class Published:
    """One published number: its value when shown, or only how it was hidden."""

    value: int | None
    status: Status = SHOWN

    @property
    def hidden(self) -> bool:
        return self.status != SHOWN

    def text(self, k: int) -> str:
        if self.status == PRIMARY:
            return f"<{k}"
        if self.status == SECONDARY:
            return SECONDARY_MARK
        return str(self.value)


@dataclass(frozen=True)
class PublishedTable:
    """What a person may read of a `CountTable` (same shape, suppressed)."""

    key: str
    unit: str
    row_dimension: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    column_dimension: str | None
    parents: tuple[str | None, ...]
    cells: tuple[tuple[Published, ...], ...]
    column_totals: tuple[Published, ...]
    row_totals: tuple[Published, ...] = ()  # 2-D tables only
    grand_total: Published | None = None  # 2-D tables only
    k: int = DEFAULT_K
    coarsened: tuple[str, ...] = ()  # what was combined: "age_band" or topic group codes
    withheld: bool = False
    # "" or why the cells are not shown although the table is: "revised" (a corrected month:
    # its numbers changed since they were published, so only the total is published again)
    # or "combined" (a report of several months: a number hidden in any month is hidden).
    note: str = ""

    @property
    def is_2d(self) -> bool:
        return self.column_dimension is not None

    @property
    def total(self) -> Published:
        return self.grand_total if self.grand_total is not None else self.column_totals[0]

    def cell(self, row: str, column: str = "count") -> Published:
        return self.cells[self.rows.index(row)][self.columns.index(column)]

    def any_hidden(self) -> bool:
        return any(p.hidden for line in self.cells for p in line) or any(
            p.hidden for p in (*self.column_totals, *self.row_totals)
        )

    def level(self, index: int) -> int:
        return 0 if not self.parents or self.parents[index] is None else 1


# --- the suppression engine -----------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """`members` add up to `total` (indices into the values)."""

    members: tuple[int, ...]
    total: int


@dataclass
class _Layout:
    values: list[int]
    lines: list[Line]
    fixed: set[int] = field(default_factory=set)
    upper: dict[int, int] = field(default_factory=dict)


def _bounds(status: str, k: int) -> tuple[float, float]:
    """What a reader knows about a hidden value from its marker."""
    return (1, k - 1) if status == PRIMARY else (k, math.inf)


def _tighten(
    line: Line,
    values: Sequence[int],
    status: Sequence[str],
    bounds: dict[int, tuple[float, float]],
) -> bool:
    """Narrow the bounds of the hidden values of `line` using the line; True if any changed."""
    terms = [(m, 1) for m in line.members] + [(line.total, -1)]
    hidden = [(i, c) for i, c in terms if status[i] != SHOWN]
    if not hidden:
        return False
    known = sum(c * values[i] for i, c in terms if status[i] == SHOWN)
    changed = False
    for i, ci in hidden:
        rest_lo = rest_hi = 0.0
        for j, cj in hidden:
            if j == i:
                continue
            lo_j, hi_j = bounds[j]
            rest_lo += lo_j if cj > 0 else -hi_j
            rest_hi += hi_j if cj > 0 else -lo_j
        # ci * y_i = -known - rest
        if ci > 0:
            lo, hi = -known - rest_hi, -known - rest_lo
        else:
            lo, hi = known + rest_lo, known + rest_hi
        old_lo, old_hi = bounds[i]
        new = (max(lo, old_lo), min(hi, old_hi))
        if new != (old_lo, old_hi):
            bounds[i] = new
            changed = True
    return changed


def _pinned_by_bounds(
    lines: Sequence[Line],
    values: Sequence[int],
    status: Sequence[str],
    k: int,
    upper: Mapping[int, int] | None = None,
) -> set[int]:
    """Hidden values a reader narrows too much by narrowing what the markers say ("<k" is
    1…k−1, "×" at least k, and any public upper bound in `upper`) through the lines, again and
    again until nothing changes.

    Too much: a "<k" value must keep every one of 1…k−1 possible, a "×" value at least k−1
    possible values (the same number of candidates as a "<k" value)."""
    bounds = {i: _bounds(s, k) for i, s in enumerate(status) if s != SHOWN}
    if not bounds:
        return set()
    for i, high in (upper or {}).items():
        if i in bounds:
            lo, hi = bounds[i]
            bounds[i] = (lo, min(hi, high))
    for _ in range(4 * len(lines) + 4):
        if not any([_tighten(line, values, status, bounds) for line in lines]):
            break
    found = set()
    for i, (lo, hi) in bounds.items():
        if status[i] == PRIMARY:
            if lo > 1 or hi < k - 1:
                found.add(i)
        elif hi - lo < k - 2 or lo >= hi:
            found.add(i)
    return found


def _globally_determined(lines: Sequence[Line], hidden: Iterable[int]) -> set[int]:
    """Hidden values that follow from some combination of the lines.

    Exact for our layouts: every value appears in at most two lines, once as a member and once as
    a total, or twice on opposite sides of a 2-D table, so the system is a graph's incidence
    matrix; its rank over GF(2) equals its rank over the rationals, and a hidden value is free
    exactly when it lies on a cycle of hidden values (a kernel vector of ±1 steps).
    """
    hidden_set = set(hidden)
    basis: dict[int, int] = {}
    for line in lines:
        row = 0
        for i in (*line.members, line.total):
            if i in hidden_set:
                row ^= 1 << i
        while row:
            pivot = row.bit_length() - 1
            if pivot in basis:
                row ^= basis[pivot]
            else:
                basis[pivot] = row
                break
    determined: set[int] = set()
    for i in hidden_set:
        vec = 1 << i
        while vec:
            pivot = vec.bit_length() - 1
            if pivot not in basis:
                break
            vec ^= basis[pivot]
        if vec == 0:
            determined.add(i)
    return determined


def _problems(layout: _Layout, status: Sequence[str], k: int) -> list[int]:
    found = _pinned_by_bounds(layout.lines, layout.values, status, k, layout.upper)
    hidden = [i for i, s in enumerate(status) if s != SHOWN]
    found.update(_globally_determined(layout.lines, hidden))
    return sorted(found)


def _candidates(
    layout: _Layout, status: Sequence[str], near: Iterable[int]
) -> dict[int, tuple[int, int]]:
    """Shown, non-zero, hideable values in the lines through any of `near`, each with its
    preference: members before totals, smallest first (the least information lost)."""
    wanted = set(near)
    found: dict[int, tuple[int, int]] = {}
    for line in layout.lines:
        if wanted.isdisjoint((*line.members, line.total)):
            continue
        for rank, group in ((0, line.members), (1, (line.total,))):
            for i in group:
                if status[i] == SHOWN and layout.values[i] > 0 and i not in layout.fixed:
                    key = (rank, layout.values[i])
                    found[i] = min(found.get(i, key), key)
    return found


def suppress(
    values: Sequence[int],
    lines: Sequence[Line],
    k: int,
    fixed: Iterable[int] = (),
    *,
    hidden: Iterable[int] = (),
    upper: Mapping[int, int] | None = None,
) -> tuple[list[str], bool]:
    """Statuses for `values` under the rules of this module, and whether the table must be
    withheld. `fixed` values are always shown (e.g. the period's number of sessions); `hidden`
    values are hidden from the start (e.g. hidden in an earlier publication of the same month);
    `upper` holds bounds every reader knows (a topic is mentioned at most once per session).

    Greedy to a fixpoint: while some hidden value can be derived, hide the shown value (in a line
    through a derivable one) that leaves the fewest derivable values, preferring cells over
    totals and small counts over large ones.
    """
    validate_k(k)
    layout = _Layout(list(values), list(lines), set(fixed), dict(upper or {}))
    for line in layout.lines:
        for i in (*line.members, line.total):
            if not 0 <= i < len(layout.values):
                raise ValueError("line refers to an unknown value")
    status = [
        PRIMARY if 1 <= v < k and i not in layout.fixed else SHOWN
        for i, v in enumerate(layout.values)
    ]
    for i in hidden:
        if i not in layout.fixed and status[i] == SHOWN and layout.values[i] > 0:
            status[i] = SECONDARY
    problems = _problems(layout, status, k)
    while problems:
        candidates = _candidates(layout, status, problems)
        if not candidates:
            return status, True
        best: tuple[tuple[int, int, int, int], int, list[int]] | None = None
        for candidate, (rank, value) in candidates.items():
            trial = list(status)
            trial[candidate] = SECONDARY
            left = _problems(layout, trial, k)
            score = (len(left), rank, value, candidate)
            if best is None or score < best[0]:
                best = (score, candidate, left)
        assert best is not None
        status[best[1]] = SECONDARY
        problems = best[2]
    return status, False


def _layout_1d(table: CountTable) -> tuple[list[int], list[Line], int]:
    """Values: the rows, then the total; lines: each parent with its children, the top rows."""
    values = [line[0] for line in table.counts] + [table.total()]
    total_index = len(table.rows)
    lines: list[Line] = []
    for index, code in enumerate(table.rows):
        children = table.children_of(code)
        if children:
            lines.append(Line(tuple(children), index))
    lines.append(Line(tuple(table.top_rows()), total_index))
    return values, lines, total_index


def _layout_2d(table: CountTable) -> tuple[list[int], list[Line], tuple[int, int, int]]:
    """Values: the cells row by row, the row totals, the column totals, the grand total."""
    n_rows, n_cols = len(table.rows), len(table.columns)
    values = [c for line in table.counts for c in line]
    row_total_at = len(values)
    values += list(table.row_totals())
    col_total_at = len(values)
    values += list(table.column_totals())
    grand_at = len(values)
    values.append(table.total())
    lines = [
        Line(tuple(r * n_cols + c for c in range(n_cols)), row_total_at + r) for r in range(n_rows)
    ]
    lines += [
        Line(tuple(r * n_cols + c for r in range(n_rows)), col_total_at + c) for c in range(n_cols)
    ]
    lines.append(Line(tuple(row_total_at + r for r in range(n_rows)), grand_at))
    lines.append(Line(tuple(col_total_at + c for c in range(n_cols)), grand_at))
    return values, lines, (row_total_at, col_total_at, grand_at)


def publish(
    table: CountTable,
    k: int,
    *,
    fixed_total: bool = False,
    hidden_rows: Iterable[str] = (),
    sub_row_upper: int | None = None,
) -> PublishedTable:
    """Apply primary and secondary suppression to `table` (`fixed_total`: its total is the
    period's published number of sessions or customers and stays shown).

    1-D tables only: `hidden_rows` are hidden from the start (hidden in an earlier publication);
    `sub_row_upper` is a bound every reader knows for each sub-row (a topic is mentioned at most
    once per session, so at most the number of sessions)."""
    validate_k(k)
    if table.is_2d:
        values, lines, where = _layout_2d(table)
        grand_at = where[2]
        status, withheld = suppress(values, lines, k, {grand_at} if fixed_total else ())
        return _published_2d(table, values, status, withheld, where, k, fixed_total)
    values, lines, total_at = _layout_1d(table)
    wanted = set(hidden_rows)
    upper = {}
    if sub_row_upper is not None:
        upper = {i: sub_row_upper for i, p in enumerate(table.parent_list()) if p is not None}
    status, withheld = suppress(
        values,
        lines,
        k,
        {total_at} if fixed_total else (),
        hidden=[i for i, code in enumerate(table.rows) if code in wanted]
        + ([total_at] if TOTAL_CODE in wanted and not fixed_total else []),
        upper=upper,
    )
    if withheld:
        status = [SHOWN if v == 0 else SECONDARY for v in values]
        if fixed_total:
            status[total_at] = SHOWN
    cells = tuple(
        (Published(None if status[i] != SHOWN else values[i], _st(status[i])),)
        for i in range(len(table.rows))
    )
    total = Published(
        None if status[total_at] != SHOWN else values[total_at], _st(status[total_at])
    )
    return PublishedTable(
        key=table.key,
        unit=table.unit,
        row_dimension=table.row_dimension,
        rows=table.rows,
        columns=table.columns,
        column_dimension=None,
        parents=table.parents,
        cells=cells,
        column_totals=(total,),
        k=k,
        withheld=withheld,
    )


def _st(status: str) -> Status:
    if status == PRIMARY:
        return PRIMARY
    if status == SECONDARY:
        return SECONDARY
    return SHOWN


def _published_2d(
    table: CountTable,
    values: list[int],
    status: list[str],
    withheld: bool,
    where: tuple[int, int, int],
    k: int,
    fixed_total: bool,
) -> PublishedTable:
    row_total_at, col_total_at, grand_at = where
    if withheld:
        status = [SHOWN if v == 0 else SECONDARY for v in values]
        if fixed_total:
            status[grand_at] = SHOWN

    def pub(i: int) -> Published:
        return Published(None if status[i] != SHOWN else values[i], _st(status[i]))

    n_cols = len(table.columns)
    cells = tuple(tuple(pub(r * n_cols + c) for c in range(n_cols)) for r in range(len(table.rows)))
    return PublishedTable(
        key=table.key,
        unit=table.unit,
        row_dimension=table.row_dimension,
        rows=table.rows,
        columns=table.columns,
        column_dimension=table.column_dimension,
        parents=(),
        cells=cells,
        column_totals=tuple(pub(col_total_at + c) for c in range(n_cols)),
        row_totals=tuple(pub(row_total_at + r) for r in range(len(table.rows))),
        grand_total=pub(grand_at),
        k=k,
        withheld=withheld,
    )


def exempt(table: CountTable, k: int) -> PublishedTable:
    """`table` with every number shown: only for totals of the point itself (e.g. sessions per
    month in the trend), which the rules publish whatever their size."""
    if table.is_2d or table.parents:
        raise ValueError("only flat 1-D tables of totals are exempt")
    return PublishedTable(
        key=table.key,
        unit=table.unit,
        row_dimension=table.row_dimension,
        rows=table.rows,
        columns=table.columns,
        column_dimension=None,
        parents=(),
        cells=tuple(tuple(Published(c) for c in line) for line in table.counts),
        column_totals=tuple(Published(c) for c in table.column_totals()),
        k=k,
    )


# --- coarsening -----------------------------------------------------------------------------


def _score(published: PublishedTable) -> tuple[int, int]:
    """More visible non-zero cells is better; then fewer hidden cells."""
    visible = sum(1 for line in published.cells for p in line if not p.hidden and p.value)
    hidden = sum(1 for line in published.cells for p in line if p.hidden)
    return visible, -hidden


def coarsen_rows(
    table: CountTable, groups: Sequence[tuple[str, Sequence[str]]], key_suffix: str = ""
) -> CountTable:
    """A flat 1-D table with its rows merged into `groups` (wide code -> member codes)."""
    if table.is_2d or table.parents:
        raise ValueError("only flat 1-D tables are coarsened this way")
    rows = tuple(code for code, _ in groups)
    counts = tuple(
        (sum(table.count(m) for m in members if m in table.rows),) for _, members in groups
    )
    return CountTable(table.key + key_suffix, table.unit, table.row_dimension, rows, counts)


def publish_with_coarsening(
    table: CountTable,
    k: int,
    *,
    fixed_total: bool = False,
    row_groups: Sequence[tuple[str, Sequence[str]]] | None = None,
    hidden_rows: Iterable[str] = (),
    sub_row_upper: int | None = None,
) -> PublishedTable:
    """Publish `table`, combining rows where that keeps more cells visible.

    - A flat table with `row_groups` (e.g. `COARSE_AGE_BANDS`) is published with the wider rows
      when that shows more non-zero cells (`coarsened` then holds the table's row dimension).
    - A two-level table (topics under their groups) has the sub-rows of a group dropped when none
      of them could be shown anyway; `coarsened` holds those groups' codes.
    """
    hidden_rows = tuple(hidden_rows)
    detailed = publish(
        table, k, fixed_total=fixed_total, hidden_rows=hidden_rows, sub_row_upper=sub_row_upper
    )
    if row_groups is not None and not table.parents:
        coarse_table = coarsen_rows(table, row_groups)
        coarse_hidden = [
            code
            for code, members in row_groups
            if any(m in hidden_rows for m in members) or code in hidden_rows
        ]
        coarse = publish(coarse_table, k, fixed_total=fixed_total, hidden_rows=coarse_hidden)
        if _score(coarse) > _score(detailed):
            return dataclasses.replace(coarse, key=table.key, coarsened=(table.row_dimension,))
        return detailed
    if not table.parents:
        return detailed
    collapse: list[str] = []
    for code in table.rows:
        children = table.children_of(code)
        if not children:
            continue
        shown = [detailed.cells[c][0] for c in children]
        if any(p.hidden for p in shown) and not any(not p.hidden and p.value for p in shown):
            collapse.append(code)
    if not collapse:
        return detailed
    keep = [i for i, p in enumerate(table.parent_list()) if p not in collapse]
    reduced = CountTable(
        key=table.key,
        unit=table.unit,
        row_dimension=table.row_dimension,
        rows=tuple(table.rows[i] for i in keep),
        counts=tuple(table.counts[i] for i in keep),
        parents=tuple(table.parent_list()[i] for i in keep),
    )
    return dataclasses.replace(
        publish(
            reduced,
            k,
            fixed_total=fixed_total,
            hidden_rows=hidden_rows,
            sub_row_upper=sub_row_upper,
        ),
        coarsened=tuple(collapse),
    )
