"""What a booking or a walk-in hands to the help-log form when the volunteer starts helping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (datetime is not needed before the first frame)
    import datetime as dt

CHANNEL_BOOKED = "booked"
CHANNEL_WALK_IN = "walk_in"


@dataclass(frozen=True)
class HelpPrefill:
    """Initial values for a new help session; the volunteer can change every one of them."""

    channel: str = CHANNEL_WALK_IN  # CHANNEL_BOOKED or CHANNEL_WALK_IN
    booking_id: int | None = None  # set when started from a booking: saving marks it done
    topics: tuple[str, ...] = ()  # topic codes the customer wished for
    language: str | None = None  # "fi", "sv", "en" or "other"
    started_at: dt.datetime | None = None  # timezone-aware; None = now
    duration_minutes: int | None = None  # e.g. the booked slot length
