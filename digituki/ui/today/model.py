"""Today's agenda: the day's bookings and free slots (no day column)."""

from __future__ import annotations

from typing import Any

from digituki.ui.bookings.model import AgendaModel


class TodayModel(AgendaModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(show_day=False, parent=parent)
