"""How the wrapping columns of the Today and week tables share the width (issue 23): a header's
first word is never cut while the others can give way, and nothing is cut when all fit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digituki.ui.widgets.columns import _shares


def test_equal_shares_when_every_header_fits() -> None:
    assert _shares(600, [100, 120, 90]) == [200, 200, 200]


def test_a_long_header_word_gets_its_width_and_the_others_share_the_rest() -> None:
    # 'Önskemål' at 200 % needs ~170 px; equal shares of 474 would give it 158
    assert _shares(474, [90, 178, 100]) == [148, 178, 148]


def test_when_even_the_minimums_do_not_fit_each_column_keeps_its_minimum() -> None:
    assert _shares(200, [100, 120, 90]) == [100, 120, 90]


@given(
    st.integers(min_value=-50, max_value=3000),
    st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=8),
)
def test_no_column_is_below_its_minimum_and_the_width_is_not_overspent(
    available: int, minimums: list[int]
) -> None:
    widths = _shares(available, minimums)
    assert all(w >= m for w, m in zip(widths, minimums, strict=True))
    if sum(minimums) <= available:
        assert sum(widths) <= available
        assert available - sum(widths) < len(minimums)  # only rounding is left over
