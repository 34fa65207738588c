"""The one place the app asks what time it is.

Everything that decides "now" or "today" at the desk calls these, so a test can pin the
clock (monkeypatch `clock.now`) and the desk's day is always the point's (Helsinki) date,
whatever time zone the computer is set to.
"""

from __future__ import annotations

import datetime as dt

from digituki.core.domain.schedule import LOCAL_TZ, local_date

HELSINKI = LOCAL_TZ  # the point's time zone: defined once, in domain/schedule.py


def now() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def utc_now() -> dt.datetime:
    """The same as `now()`, under the name the services use (a test that pins `now` pins it)."""
    return now()


def today() -> dt.date:
    """Today's date at the point (Helsinki calendar)."""
    return local_date(now())
