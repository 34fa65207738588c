"""A light horizontal bar chart widget: each bar with its name and its number as text, so that
nothing depends on colour; a hidden number has no bar and shows its marker ("<5", "×")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._values: list[int] = []
        self._texts: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(
        self, names: Sequence[str], values: Sequence[int | None], texts: Sequence[str]
    ) -> None:
        self._names = list(names)
        self._values = [v or 0 for v in values]
        self._texts = list(texts)
        description = "; ".join(f"{n}: {t}" for n, t in zip(self._names, self._texts, strict=True))
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, str]]:
        """(name, shown text) per bar, top to bottom (what the chart says)."""
        return list(zip(self._names, self._texts, strict=True))

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.6)

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().averageCharWidth() * 60,
            self._row_height() * max(len(self._names), 1) + 4,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._names:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        palette = self.palette()
        row = self._row_height()
        label_width = min(
            max(metrics.horizontalAdvance(n) for n in self._names) + 12, int(self.width() * 0.45)
        )
        value_width = max(metrics.horizontalAdvance(t) for t in self._texts) + 12
        bar_space = max(self.width() - label_width - value_width, 10)
        top = max(self._values) or 1
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for i, (name, value, text) in enumerate(
            zip(self._names, self._values, self._texts, strict=True)
        ):
            y = i * row + 2
            painter.setPen(text_colour)
            name_rect = QRectF(0, y, label_width - 8, row)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(name_rect.width()))
            painter.drawText(
                name_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown
            )
            length = bar_space * value / top
            if length > 0:
                painter.fillRect(QRectF(label_width, y + row * 0.2, length, row * 0.6), bar_colour)
            painter.drawText(
                QRectF(label_width + length + 6, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()
