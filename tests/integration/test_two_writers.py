"""Two processes writing one SQLite file wait for each other instead of failing (issue 22).

Each writer reads, then writes, in one transaction — the pattern of the start-up purge and of most
saves. With a deferred `BEGIN` the second writer's upgrade from reading to writing failed at once
("database is locked") instead of waiting out the busy timeout; `BEGIN IMMEDIATE` takes the write
lock at the start, where SQLite waits.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from digituki.core.storage.database import Database
from digituki.core.storage.orm import SiteSetting

ROUNDS = 40
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sqlalchemy import func, select
    from digituki.core.storage.database import Database
    from digituki.core.storage.orm import SiteSetting

    db = Database.open_file(Path(sys.argv[1]))
    name, rounds = sys.argv[2], int(sys.argv[3])
    for i in range(rounds):
        with db.unit_of_work() as uow:
            n = uow.session.scalar(select(func.count()).select_from(SiteSetting))
            time.sleep(0.005)  # the other writer gets its chance here
            uow.session.add(SiteSetting(key=f"t.{name}.{i}", value=str(n)))
            uow.commit()
    db.close()
    print("done")
    """
)


def test_two_processes_reading_then_writing_both_finish(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    Database.open_file(path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(ROUNDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0 and out.strip() == "done", err[-800:]
    db = Database.open_file(path)
    try:
        with db.unit_of_work() as uow:
            written = uow.session.scalar(
                select(func.count()).select_from(SiteSetting).where(SiteSetting.key.like("t.%"))
            )
    finally:
        db.close()
    assert written == 2 * ROUNDS
