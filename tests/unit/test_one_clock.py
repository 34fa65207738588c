"""The core asks what time it is in one place (core/clock.py) and knows one time zone
(domain/schedule.py), so a desk's "today" is the same everywhere and a test can pin it."""

from __future__ import annotations

import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "digituki" / "core"
ASKS = re.compile(r"datetime\.now\(|date\.today\(|ZoneInfo\(|def _?utc_now\b")
# Where the computer's own wall clock is right: a file name stamp and the "since" a person reads.
ALLOWED = {
    "clock.py": "the one clock",
    "domain/schedule.py": "the one time zone",
    "storage/migrate.py": "the backup file's name stamp (the computer's local time)",
    "storage/instance_lock.py": "'open since' shown to the person at this computer",
}


def test_the_core_asks_the_time_only_in_core_clock() -> None:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE).as_posix()
        if rel in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ASKS.search(line):
                found.append(f"{rel}:{number}: {line.strip()}")
    assert found == [], "use digituki.core.clock (now, utc_now, today, HELSINKI):\n" + "\n".join(
        found
    )
