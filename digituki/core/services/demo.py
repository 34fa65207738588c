"""Demo mode: fills a database with realistic, deterministic synthetic data (no real people)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from digituki.core import clock
from digituki.core.security import keys
from digituki.core.services import bookings as bookings_service
from digituki.core.services import helplog as helplog_service
from digituki.core.services import settings as settings_service
from digituki.core.storage.database import Database

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    months: int
    counts: dict[str, int] = field(default_factory=dict)


def generate_demo(
    db: Database,
    *,
    seed: int = 1,
    months: int = 3,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill `db` with a demo point: the same `seed` and `today` give the same data.

    The database becomes a demo point with the public demo key (no secret needed); a database
    holding a real point's bookings or help log is refused (`DemoOnRealPointError`).
    """
    keys.use_demo_key(db)
    today = today or clock.today()
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    settings_service.update_site_settings(
        db,
        site_name="Kirjaston digitukipiste (demo)",
        municipality=rng.choice(["Esimerkkilä", "Mallikylä", "Kuvitelmala"]),
        retention_days=14,
    )
    counts["settings"] = 1
    counts["bookings"] = bookings_service.generate_demo_bookings(db, rng, today, months)
    counts.update(helplog_service.generate_demo_sessions(db, rng, today, months))
    if progress:
        progress(1, 1)
    return DemoSummary(seed=seed, months=months, counts=counts)
