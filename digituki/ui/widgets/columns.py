"""Table columns that share the width: the fitted ones (a time, a short status) fit their text,
the others share what is left and wrap their text, each at least as wide as its header's first
word, so that at 200 % text a header reads "Önskemål och…", never "Önsk…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView


def _shares(available: int, minimums: list[int]) -> list[int]:
    """Equal shares of `available`, except that a column whose minimum is more than its share gets
    its minimum and the others share the rest (water-filling)."""
    widths = [0] * len(minimums)
    left = list(range(len(minimums)))
    while left:
        share = max(available, 0) // len(left)
        over = [i for i in left if minimums[i] > share]
        if not over:
            for i in left:
                widths[i] = share
            break
        for i in over:
            widths[i] = minimums[i]
            available -= minimums[i]
        left = [i for i in left if i not in over]
    return widths


class SharedColumns(QObject):
    def __init__(self, table: QTableView, fitted: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table = table
        self.fitted = set(fitted)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.relayout)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._section_resized)
        header.sectionCountChanged.connect(lambda *_: self.schedule())
        model = table.model()
        if model is not None:  # a new language renames the headers
            model.headerDataChanged.connect(lambda *_: self.schedule())
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        self.schedule()

    def schedule(self) -> None:
        self._timer.start()

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section in self.fitted and not self._busy:
            self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.relayout()
        return False

    def _minimum(self, section: int) -> int:
        """What the style needs to draw the header's first word whole: its text in the header's
        font (bold too, as styles often draw headers), margins, padding and border."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
        words = title.split()
        if not words:
            return 0
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section = section
        # a longer title is elided after its first word: "Toiveet…" needs room for the "…" too
        option.text = words[0] + ("…" if len(words) > 1 else "")
        bold = QFont(header.font())
        bold.setBold(True)
        widths = []
        for font in (header.font(), bold):
            option.fontMetrics = QFontMetrics(font)
            size = header.style().sizeFromContents(
                QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
            )
            widths.append(max(size.width(), option.fontMetrics.horizontalAdvance(option.text)))
        return max(widths) + 6

    def relayout(self) -> None:
        if self._busy:
            return
        header = self.table.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        self._busy = True
        try:
            shared = []
            for section in range(count):
                mode = (
                    QHeaderView.ResizeMode.ResizeToContents
                    if section in self.fitted
                    else QHeaderView.ResizeMode.Fixed
                )
                if header.sectionResizeMode(section) != mode:
                    header.setSectionResizeMode(section, mode)
                if section not in self.fitted and not header.isSectionHidden(section):
                    shared.append(section)
            used = sum(
                header.sectionSize(s)
                for s in range(count)
                if s in self.fitted and not header.isSectionHidden(s)
            )
            available = self.table.viewport().width() - used
            widths = _shares(available, [self._minimum(s) for s in shared])
            for section, width in zip(shared, widths, strict=True):
                if header.sectionSize(section) != width:
                    header.resizeSection(section, width)
        finally:
            self._busy = False


def share_columns(table: QTableView, fitted: tuple[int, ...] = (0, 1)) -> SharedColumns:
    table.horizontalHeader().setStretchLastSection(False)
    return SharedColumns(table, fitted)
