"""Horizontal bar charts for the statistics report (reportlab.graphics).

Every bar carries its name on the left and its number at its end, so nothing depends on colour;
a hidden number has no bar and shows its marker ("<5", "×") instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

FONT: Final = "Helvetica"
BAR_COLOUR: Final = colors.HexColor("#2f5d8a")
TEXT_COLOUR: Final = colors.HexColor("#1a1a1a")


def _shorten(text: str, size: float, width: float) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(
    names: Sequence[str],
    values: Sequence[int | None],
    value_texts: Sequence[str],
    *,
    width: float,
    font_size: float = 12,
    title: str = "",
    value_max: float | None = None,
) -> Drawing:
    """A labelled horizontal bar chart: one bar per name, top to bottom in the given order.

    `value_max`: the length of the longest possible bar (charts continued over several pages
    share it, so their bars compare); by default the largest value."""
    count = max(len(names), 1)
    bar_step = font_size * 1.9
    label_width = min(width * 0.42, max(stringWidth(n, FONT, font_size) for n in names) + 8)
    title_height = font_size * 1.8 if title else 0
    height = count * bar_step + 12 + title_height
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6
    chart.width = width - label_width - font_size * 4
    chart.height = count * bar_step
    numbers = [v or 0 for v in values]
    # reportlab draws the first category at the bottom: reverse so the list reads top-down.
    chart.data = [list(reversed(numbers))]
    chart.categoryAxis.categoryNames = [
        _shorten(n, font_size, label_width - 8) for n in reversed(names)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = font_size
    chart.categoryAxis.labels.fillColor = TEXT_COLOUR
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.strokeColor = colors.HexColor("#666666")
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    top = value_max if value_max is not None else max(numbers, default=0)
    chart.valueAxis.valueMax = max(top, 1) * 1.05
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_step * 0.62
    chart.groupSpacing = bar_step * 0.38
    # With the format "values" reportlab prints the given texts; any other format is applied to
    # the bar's number, which would label a hidden cell (no bar) as "0".
    chart.barLabelArray = [list(reversed(list(value_texts)))]
    chart.barLabelFormat = "values"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = font_size
    chart.barLabels.fillColor = TEXT_COLOUR
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    if title:
        drawing.add(
            String(
                0,
                height - font_size,
                title,
                fontName=FONT,
                fontSize=font_size,
                fillColor=TEXT_COLOUR,
            )
        )
    return drawing


# Bars that fit on one A4 page of the report's body frame (about 700 pt high) at 12 pt.
MAX_BARS_PER_CHART = 28


def bar_charts(
    names: Sequence[str],
    values: Sequence[int | None],
    value_texts: Sequence[str],
    *,
    width: float,
    font_size: float = 12,
    max_bars: int = MAX_BARS_PER_CHART,
) -> list[Drawing]:
    """`bar_chart`, split into parts of at most `max_bars` bars so each fits on a page (a long
    trend or a long topic list would otherwise not fit at all); the parts share one scale."""
    top = max((v or 0 for v in values), default=0)
    return [
        bar_chart(
            names[start : start + max_bars],
            values[start : start + max_bars],
            value_texts[start : start + max_bars],
            width=width,
            font_size=font_size,
            value_max=top,
        )
        for start in range(0, len(names), max_bars)
    ]
