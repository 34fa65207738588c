"""Anonymity rules of published statistics: primary and secondary suppression, small periods,
coarsening. The property tests search every integer completion of a published table (brute force
with propagation) and fail if any hidden count has only one possible value."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digituki.core.domain.errors import ValidationError
from digituki.core.domain.stats import (
    COARSE_AGE_BANDS,
    PRIMARY,
    SECONDARY,
    SHOWN,
    CountTable,
    Line,
    Period,
    PublishedTable,
    _layout_1d,
    _layout_2d,
    detail_allowed,
    median_from_histogram,
    publish,
    publish_with_coarsening,
    suppress,
    validate_k,
)

# --- a brute-force attacker -------------------------------------------------------------------


def _alternative_exists(
    values: Sequence[int],
    lines: Sequence[Line],
    status: Sequence[str],
    bounds: dict[int, tuple[int, int]],
    target: int,
) -> bool:
    """Is there an integer completion of the published table in which `target` differs from its
    true value? Hidden values range over `bounds`; shown values are fixed."""
    assign = {i: v for i, v in enumerate(values) if status[i] == SHOWN}
    hidden = [i for i in range(len(values)) if status[i] != SHOWN]
    true_value = values[target]

    def propagate(a: dict[int, int]) -> dict[int, int] | None:
        a = dict(a)
        changed = True
        while changed:
            changed = False
            for line in lines:
                terms = [(m, 1) for m in line.members] + [(line.total, -1)]
                unknown = [(i, c) for i, c in terms if i not in a]
                known = sum(c * a[i] for i, c in terms if i in a)
                if not unknown:
                    if known != 0:
                        return None
                elif len(unknown) == 1:
                    i, c = unknown[0]
                    value = -known * c
                    lo, hi = bounds[i]
                    if not lo <= value <= hi:
                        return None
                    if i == target and value == true_value:
                        return None
                    a[i] = value
                    changed = True
        return a

    def search(a: dict[int, int]) -> bool:
        a2 = propagate(a)
        if a2 is None:
            return False
        free = [i for i in hidden if i not in a2]
        if not free:
            return a2[target] != true_value
        var = target if target in free else free[0]
        lo, hi = bounds[var]
        for value in range(lo, hi + 1):
            if var == target and value == true_value:
                continue
            if search({**a2, var: value}):
                return True
        return False

    return search(assign)


def _check_no_disclosure(
    values: Sequence[int], lines: Sequence[Line], status: Sequence[str], k: int, *, bounded: bool
) -> None:
    cap = sum(values) + 2 * k + 2  # any witness within this range proves "not determined"
    bounds: dict[int, tuple[int, int]] = {}
    for i, s in enumerate(status):
        if s == PRIMARY:
            bounds[i] = (1, k - 1) if bounded else (0, cap)
        elif s == SECONDARY:
            bounds[i] = (k, cap) if bounded else (0, cap)
    for i, s in enumerate(status):
        if s != SHOWN:
            assert _alternative_exists(values, lines, status, bounds, i), (
                f"hidden value #{i} ({values[i]}) can be derived: values={values} status={status}"
            )


def _statuses_1d(published: PublishedTable) -> list[str]:
    return [line[0].status for line in published.cells] + [published.column_totals[0].status]


def _statuses_2d(published: PublishedTable) -> list[str]:
    return (
        [p.status for line in published.cells for p in line]
        + [p.status for p in published.row_totals]
        + [p.status for p in published.column_totals]
        + [published.total.status]
    )


def _check_common(table: CountTable, published: PublishedTable, statuses: list[str]) -> None:
    values = [c for line in table.counts for c in line]
    k = published.k
    for value, status in zip(values, statuses, strict=False):
        if value == 0:
            assert status == SHOWN, "zero stays zero"
        elif value < k:
            assert status != SHOWN, "a small count is never shown"
    for line in published.cells:
        for p in line:
            assert (p.value is None) == p.hidden


def _check_withheld(table: CountTable, published: PublishedTable) -> None:
    """A withheld table shows no non-zero cell (its total only when that is the fixed one)."""
    for line in published.cells:
        for p in line:
            assert p.value in (None, 0)
    assert all(p.value in (None, 0) for p in published.row_totals)


# --- property tests ---------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=14)
ks = st.integers(min_value=3, max_value=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(counts, min_size=1, max_size=6), ks, st.booleans())
def test_flat_table_hides_nothing_derivable_even_knowing_the_markers(
    row_counts: list[int], k: int, fixed_total: bool
) -> None:
    """1-D with a total: the reader knows "<k" means 1…k−1 and "×" means at least k."""
    table = CountTable(
        "t",
        "sessions",
        "d",
        tuple(f"r{i}" for i in range(len(row_counts))),
        tuple((c,) for c in row_counts),
    )
    published = publish(table, k, fixed_total=fixed_total)
    statuses = _statuses_1d(published)
    _check_common(table, published, statuses)
    if fixed_total:
        assert published.total.value == sum(row_counts)
    if published.withheld:
        _check_withheld(table, published)
        return
    values, lines, _ = _layout_1d(table)
    hidden_in_line = [i for i in (*lines[0].members, lines[0].total) if statuses[i] != SHOWN]
    assert len(hidden_in_line) != 1, "a line never has exactly one hidden value"
    _check_no_disclosure(values, lines, statuses, k, bounded=True)


@st.composite
def trees(draw: st.DrawFn) -> CountTable:
    rows: list[str] = []
    row_counts: list[int] = []
    parents: list[str | None] = []
    for g in range(draw(st.integers(min_value=1, max_value=3))):
        children = draw(st.lists(counts, min_size=0, max_size=3))
        code = f"g{g}"
        rows.append(code)
        parents.append(None)
        row_counts.append(sum(children) if children else draw(counts))
        for c, value in enumerate(children):
            rows.append(f"{code}.t{c}")
            parents.append(code)
            row_counts.append(value)
    return CountTable(
        "topics",
        "topic_mentions",
        "topic",
        tuple(rows),
        tuple((c,) for c in row_counts),
        parents=tuple(parents),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trees(), ks)
def test_topics_under_groups_hide_nothing_derivable_from_subtotals(
    table: CountTable, k: int
) -> None:
    published = publish(table, k)
    statuses = _statuses_1d(published)
    _check_common(table, published, statuses)
    if published.withheld:
        _check_withheld(table, published)
        return
    values, lines, _ = _layout_1d(table)
    _check_no_disclosure(values, lines, statuses, k, bounded=True)


@st.composite
def grids(draw: st.DrawFn) -> CountTable:
    n_rows = draw(st.integers(min_value=2, max_value=3))
    n_cols = draw(st.integers(min_value=2, max_value=3))
    cells = tuple(
        tuple(draw(st.integers(min_value=0, max_value=8)) for _ in range(n_cols))
        for _ in range(n_rows)
    )
    return CountTable(
        "grid",
        "sessions",
        "r",
        tuple(f"r{i}" for i in range(n_rows)),
        cells,
        columns=tuple(f"c{j}" for j in range(n_cols)),
        column_dimension="c",
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids(), ks, st.booleans())
def test_two_way_table_hides_nothing_derivable_from_its_margins(
    table: CountTable, k: int, fixed_total: bool
) -> None:
    """For every hidden cell or margin, min and max over all non-negative integer completions that
    agree with what is published differ. (What the markers add — "<k" is at most k−1 — is only
    narrowed line by line for 2-D tables, which is not complete; the person-readable reports hold
    1-D tables and two-level trees only, where it is, see the two tests above.)"""
    published = publish(table, k, fixed_total=fixed_total)
    statuses = _statuses_2d(published)
    _check_common(table, published, statuses)
    if published.withheld:
        _check_withheld(table, published)
        return
    values, lines, _ = _layout_2d(table)
    for line in lines:
        hidden = [i for i in (*line.members, line.total) if statuses[i] != SHOWN]
        assert len(hidden) != 1, "every row and column with a hidden cell has at least two"
    _check_no_disclosure(values, lines, statuses, k, bounded=False)


def test_the_attacker_finds_a_disclosure_when_there_is_one() -> None:
    """The checker itself can fail: one hidden cell in a row with a shown total."""
    values = [3, 10, 13]
    lines = [Line((0, 1), 2)]
    with pytest.raises(AssertionError, match="can be derived"):
        _check_no_disclosure(values, lines, [PRIMARY, SHOWN, SHOWN], 5, bounded=False)
    # Two "<5" cells adding up to 8 are both 4 for a reader who knows what "<5" means.
    with pytest.raises(AssertionError, match="can be derived"):
        _check_no_disclosure([4, 4, 8], lines, [PRIMARY, PRIMARY, SHOWN], 5, bounded=True)


# --- examples ---------------------------------------------------------------------------------


def _flat(*values: int) -> CountTable:
    return CountTable(
        "t",
        "sessions",
        "d",
        tuple(f"r{i}" for i in range(len(values))),
        tuple((v,) for v in values),
    )


def test_small_counts_become_less_than_k_and_zero_stays_zero() -> None:
    published = publish(_flat(12, 3, 20, 0, 2), 5, fixed_total=True)
    texts = [line[0].text(5) for line in published.cells]
    assert texts == ["12", "<5", "20", "0", "<5"]
    assert published.total.text(5) == "37"


def test_one_hidden_cell_in_a_line_gets_a_partner() -> None:
    published = publish(_flat(12, 3, 20, 0), 5, fixed_total=True)
    assert [line[0].status for line in published.cells] == [SECONDARY, PRIMARY, SHOWN, SHOWN]
    assert published.cells[0][0].text(5) == "×"
    assert published.total.value == 35


def test_k_is_configurable_between_3_and_10() -> None:
    assert [p[0].text(8) for p in publish(_flat(7, 9, 30), 8, fixed_total=True).cells] == [
        "<8",
        "×",
        "30",
    ]
    for bad in (2, 11):
        with pytest.raises(ValidationError):
            validate_k(bad)


def test_two_small_cells_that_would_reveal_each_other_are_protected() -> None:
    # "<5" + "<5" = 2 would mean both are 1: another cell is hidden too.
    published = publish(_flat(1, 1, 30), 5, fixed_total=True)
    assert [line[0].status for line in published.cells] == [PRIMARY, PRIMARY, SECONDARY]


def test_a_line_that_cannot_be_protected_withholds_the_table() -> None:
    _status, withheld = suppress([1, 1, 2], [Line((0, 1), 2)], 5, fixed=[2])
    assert withheld
    published = publish(_flat(1, 1), 5, fixed_total=True)
    assert published.withheld
    assert all(line[0].value is None for line in published.cells)
    assert published.total.value == 2


def test_two_way_table_keeps_margins_when_it_can() -> None:
    table = CountTable(
        "x", "sessions", "r", ("a", "b"), ((3, 4), (6, 7)), columns=("p", "q"), column_dimension="c"
    )
    published = publish(table, 5, fixed_total=True)
    assert [[p.text(5) for p in line] for line in published.cells] == [["<5", "<5"], ["×", "×"]]
    # Row a's total 7 would leave each of its "<5" cells only 3 or 4: the row totals are hidden.
    assert [p.value for p in published.row_totals] == [None, None]
    assert [p.value for p in published.column_totals] == [9, 11]
    assert published.total.value == 20


def test_age_bands_are_combined_when_that_shows_more() -> None:
    ages = ("under_25", "25_44", "45_64", "65_74", "75_84", "85_plus", "not_asked")
    table = CountTable(
        "age", "customers", "age_band", ages, tuple((v,) for v in (2, 3, 12, 40, 30, 4, 6))
    )
    published = publish_with_coarsening(table, 5, fixed_total=True, row_groups=COARSE_AGE_BANDS)
    assert published.coarsened == ("age_band",)
    assert published.rows == ("under_45", "45_64", "65_74", "75_plus", "not_asked")
    assert [line[0].value for line in published.cells] == [5, 12, 40, 34, 6]
    # Without small cells nothing is combined.
    plain = CountTable(
        "age", "customers", "age_band", ages, tuple((v,) for v in (6, 7, 12, 40, 30, 8, 6))
    )
    assert publish_with_coarsening(plain, 5, row_groups=COARSE_AGE_BANDS).coarsened == ()


def test_topics_of_a_group_are_combined_when_none_could_be_shown() -> None:
    table = CountTable(
        "topics",
        "topic_mentions",
        "topic",
        ("a", "a.1", "a.2", "b", "b.1", "b.2", "b.3"),
        ((5,), (3,), (2,), (32,), (20,), (10,), (2,)),
        parents=(None, "a", "a", None, "b", "b", "b"),
    )
    published = publish_with_coarsening(table, 5)
    assert published.coarsened == ("a",)
    assert published.rows == ("a", "b", "b.1", "b.2", "b.3")
    assert published.cell("a").value == 5
    assert published.cell("b.1").value == 20
    assert published.cell("b.3").text(5) == "<5"


def test_fewer_than_ten_sessions_publish_only_the_total() -> None:
    assert not detail_allowed(9)
    assert detail_allowed(10)


def test_median_from_a_histogram() -> None:
    assert median_from_histogram({}) is None
    assert median_from_histogram({20: 1}) == 20
    assert median_from_histogram({10: 1, 20: 1}) == 15
    assert median_from_histogram({10: 2, 30: 1, 90: 1}) == 20
    assert median_from_histogram({5: 3, 60: 2}) == 5


def test_periods() -> None:
    assert Period.month("2026-10").months() == ("2026-10",)
    assert Period.year(2026).label == "2026"
    assert Period.range("2025-11", "2026-02").months() == (
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    )
    assert Period.range("2026-01", "2026-06").slug == "2026-01_2026-06"
    assert Period.parse("2026-01..2026-06") == Period.range("2026-01", "2026-06")
    assert Period.parse("2026") == Period.year(2026)
    first, after = Period.range("2026-11", "2026-12").bounds()
    assert (first.isoformat(), after.isoformat()) == ("2026-11-01", "2027-01-01")
    for bad in ("2026-13", "26-10", "2026-1", "abcd-ef"):
        with pytest.raises(ValidationError):
            Period.month(bad)
    with pytest.raises(ValidationError):
        Period.range("2026-06", "2026-01")
    assert math.isfinite(len(Period.year(2026).months()))
