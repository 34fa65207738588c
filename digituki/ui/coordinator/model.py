"""Table models of the Coordinator area: import results, the completeness matrix, the points.

Each is fed with ready-made texts via `set_rows()` (the widget turns DTOs into words in the
user's language); the models only show them. Meaning never rests on colour: every cell carries a
word and a symbol, and the accessible text spells it out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Rows of display texts; optional per-cell accessible texts, tooltips and row data."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._spoken: list[list[str]] = []
        self._tips: list[list[str]] = []
        self._data: list[Any] = []

    def set_rows(
        self,
        headers: list[str],
        rows: list[list[str]],
        *,
        spoken: list[list[str]] | None = None,
        tips: list[list[str]] | None = None,
        data: list[Any] | None = None,
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._spoken = [list(r) for r in spoken] if spoken is not None else []
        self._tips = [list(r) for r in tips] if tips is not None else []
        self._data = list(data) if data is not None else [None] * len(rows)
        self.endResetModel()

    def row_data(self, row: int) -> Any:
        return self._data[row] if 0 <= row < len(self._data) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, c = index.row(), index.column()
        if not 0 <= c < len(self._rows[r]):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[r][c]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if self._spoken and self._spoken[r][c]:
                return self._spoken[r][c]
            return self._rows[r][c]
        if role == Qt.ItemDataRole.ToolTipRole and self._tips and self._tips[r][c]:
            return self._tips[r][c]
        if role == Qt.ItemDataRole.UserRole:
            return self._data[r]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None
