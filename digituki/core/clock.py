"""The one place the app asks what time it is.

Everything that decides "now" or "today" at the desk calls these, so a test can pin the
clock (monkeypatch `clock.now`) and the desk's day is always the point's (Helsinki) date,
whatever time zone the computer is set to.
"""

from __future__ import annotations

import datetime as dt

from digituki.core.domain.schedule import local_date


def now() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today's date at the point (Helsinki calendar)."""
    return local_date(now())
