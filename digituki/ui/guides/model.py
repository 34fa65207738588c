"""List model of guide search results (fed with `GuideSummary` DTOs).

Each row reads as two lines: the title (with its language), then the service, the review date
(with "possibly out of date" when it is old: text and a warning icon) and "★ Favourite".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from digituki.ui.i18n import format_date

translate = QCoreApplication.translate

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}

Index = QModelIndex | QPersistentModelIndex


def out_of_date_text() -> str:
    return translate("GuideList", "⚠ possibly out of date")


def favourite_text() -> str:
    return translate("GuideList", "★ Favourite")


def describe(guide: Any) -> str:
    """The two lines a result shows (also what a screen reader reads)."""
    language = LANGUAGE_NAMES.get(guide.language, guide.language)
    details = [
        guide.service,
        translate("GuideList", "reviewed {date}").format(date=format_date(guide.reviewed)),
    ]
    if guide.out_of_date:
        details.append(out_of_date_text())
    if guide.favourite:
        details.append(favourite_text())
    return f"{guide.title} ({language})\n" + " · ".join(details)


class GuideListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, guide_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == guide_id), -1)

    def update_row(self, summary: Any) -> None:
        row = self.row_of(summary.id)
        if row >= 0:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        guide = self._rows[index.row()]
        if role == GUIDE_ID_ROLE:
            return guide.id
        if role == TITLE_ROLE:
            return guide.title
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(guide)
        if role == Qt.ItemDataRole.DecorationRole and guide.out_of_date:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and guide.summary:
            return guide.summary
        return None
